# Run-time hook in place of PyInstaller's own for PySide6, which imports QtCore when the frozen
# program starts: `scorecard print|sync|import…` must not load Qt at all. PySide6's PyPI wheels
# relocate Qt themselves when imported (an embedded qt.conf), so pointing at the plugins suffices.
import os
import sys

_qt = os.path.join(sys._MEIPASS, "PySide6")
if not sys.platform.startswith("win"):
    _qt = os.path.join(_qt, "Qt")
os.environ["QT_PLUGIN_PATH"] = os.path.join(_qt, "plugins")
if sys.platform.startswith("win"):  # Qt's DLLs and OpenSSL collected next to the program
    os.environ["PATH"] = sys._MEIPASS + os.pathsep + os.environ.get("PATH", "")
