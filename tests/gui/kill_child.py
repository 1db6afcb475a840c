"""Child process for test_kill_during_scoring: runs the real main window (offscreen) on a
database, types votes into the real voting grid cell after cell, and prints one line per
committed entry ("VOTE participant indicator value") — until the parent kills it.

Usage: python kill_child.py DB_PATH CYCLE_ID GROUP_NAME SETTINGS_INI
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView

from scorecard_app.gui.app import make_app, open_store
from scorecard_app.gui.main_window import MainWindow


def main() -> int:
    db, cycle_id, group, ini = sys.argv[1:5]
    app = make_app([sys.argv[0]])
    store = open_store(db)
    win = MainWindow(store, QSettings(ini, QSettings.Format.IniFormat))
    win.show()
    win.activateWindow()
    for _ in range(200):
        app.processEvents()
        if win.isActiveWindow():
            break
    ws = win.open_cycle(cycle_id)
    ws.go_to("community_scoring")
    page = ws.page("community_scoring")
    page.select_group(group)
    grid = next(
        t for t in page.findChildren(QTableView) if t.accessibleName() == "Individual votes"
    )
    page.tabs.setCurrentWidget(grid)
    model = grid.model()
    grid.setFocus()
    grid.setCurrentIndex(model.index(0, 0))
    app.processEvents()
    print("READY", flush=True)
    k = 0
    while True:
        cur = grid.currentIndex()
        r, c = cur.row(), cur.column()
        value = str(1 + (r * 3 + c) % 5)
        for ch in value:
            QTest.keyClick(QApplication.focusWidget(), ch)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        app.processEvents()
        shown = model.index(r, c).data(Qt.ItemDataRole.EditRole)
        if shown == value:  # committed: the grid reloads what the database holds
            p, ind = model.participants[r], model.indicators[c]
            print(f"VOTE {p.id} {ind.id} {value}", flush=True)
        k += 1
        if grid.currentIndex() == cur:  # the last cell: nothing more to type
            print("DONE", flush=True)
            app.processEvents()
            return 0


if __name__ == "__main__":
    sys.exit(main())
