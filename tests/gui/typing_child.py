"""Child process for test_typing_saved_before_sigkill: the real main window (offscreen) on a
database, the interface-meeting step open; it types into the venue and the notes without
Enter or Tab, says "TYPED" once the typing pause has passed, then idles until it is killed.

Usage: python typing_child.py DB_PATH CYCLE_ID SETTINGS_INI
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from scorecard_app.gui.app import make_app, open_store
from scorecard_app.gui.main_window import MainWindow
from scorecard_app.gui.typing_pause import PAUSE_MS


def named(root, cls, name):
    return next(w for w in root.findChildren(cls) if w.accessibleName() == name)


def idle(app, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def main() -> int:
    db, cycle_id, ini = sys.argv[1:4]
    app = make_app([sys.argv[0]])
    store = open_store(db)
    win = MainWindow(store, QSettings(ini, QSettings.Format.IniFormat))
    win.show()
    win.activateWindow()
    idle(app, 0.3)
    ws = win.open_cycle(cycle_id)
    ws.go_to("interface_meeting")
    page = ws.page("interface_meeting")
    venue = named(page, QLineEdit, "Venue")
    venue.setFocus()
    QTest.keyClicks(venue, "Village hall")
    idle(app, PAUSE_MS / 1000 + 0.5)
    m = store.load_cycle(cycle_id).meeting  # saved by the pause, focus still in the box
    print(f"VENUE {m.venue if m else ''}|{venue.hasFocus()}", flush=True)
    notes = named(page, QPlainTextEdit, "Meeting notes")
    notes.setFocus()
    idle(app, 0.1)
    ev = QInputMethodEvent()
    ev.setCommitString("Trưởng trạm hứa sửa mái nhà")
    QApplication.sendEvent(notes, ev)
    idle(app, PAUSE_MS / 1000 + 0.5)
    print("TYPED", flush=True)
    idle(app, 60)
    return 0


if __name__ == "__main__":
    sys.exit(main())
