"""The only package that imports PySide6: windows, step pages, models, workers, settings."""

import sys


def _pin_singletons() -> None:
    """Work around a PySide6 6.12.0 reference-count bug on CPython < 3.12.

    PySide drops a reference it never took to shared constant objects: each call of a Qt
    method returning void drops one from None (1000 × QLabel.setText lowers
    sys.getrefcount(None) by 1000), each Signal.emit one from True/False. These objects start
    with a few thousand references, so after minutes of real use the app dies with "Fatal Python
    error: none_dealloc: deallocating None" (or bool_dealloc). Python 3.12+ makes them immortal;
    here we give them, and the other interpreter-wide constants, a count that cannot run down.
    """
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    if hasattr(sys, "gettotalrefcount"):  # debug builds may put other fields first
        return
    import ctypes

    constants = [None, True, False, Ellipsis, NotImplemented, "", (), b""]
    constants += list(range(-5, 257))  # the cached small ints
    for obj in constants:
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(obj)).value += 1 << 48


_pin_singletons()
