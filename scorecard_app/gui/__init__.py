"""The only package that imports PySide6: windows, step pages, models, workers, settings."""

import sys


def _keep_none_alive() -> None:
    """Work around a PySide6 6.12.0 reference-count bug on CPython < 3.12.

    Every call of a Qt method that returns void drops one reference to None without taking
    it (measured: 1000 × QLabel.setText lowers sys.getrefcount(None) by 1000). None starts
    with only a few thousand references, so after some minutes of real use the app dies with
    "Fatal Python error: none_dealloc: deallocating None". Giving None a reference count that
    cannot be run down does what Python 3.12 does anyway (None is immortal there).
    """
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    import ctypes

    # ob_refcnt is the first field of every CPython object.
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 48


_keep_none_alive()
