"""Child process for test_pseudo_layout: the real main window on a real 1366×768 screen (the
offscreen platform configured with that screen), pseudo-long strings, a text size and a
contrast; walks the home list, every step of a running cycle and the Settings dialog, then
prints one JSON list of problems: clipped texts, a window or dialog wider or taller than the
screen, faces drawn in the background colour, grid lines that do not show.

Usage: python layout_child.py DB_PATH SETTINGS_INI TEXT_SCALE CONTRAST
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ["SCORECARD_PSEUDO"] = "long"

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtGui import QColor  # noqa: E402
from PySide6.QtWidgets import QLabel, QTableView  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from layout_check import clipped_texts  # noqa: E402

from scorecard_app.core.stages import STAGE_CODES  # noqa: E402
from scorecard_app.gui.app import make_app  # noqa: E402
from scorecard_app.gui.appearance import appearance  # noqa: E402
from scorecard_app.gui.i18n_runtime import set_language  # noqa: E402
from scorecard_app.gui.main_window import MainWindow  # noqa: E402
from scorecard_app.gui.settings_dialog import SettingsDialog  # noqa: E402
from scorecard_app.store import Store  # noqa: E402


def settle(app, n: int = 5) -> None:
    for _ in range(n):
        app.processEvents()


def too_big(w, screen, what: str) -> list[str]:
    g, fg = screen.availableGeometry(), w.frameGeometry()
    out = []
    if fg.width() > g.width() or w.minimumSizeHint().width() > g.width():
        out.append(
            f"{what} is {fg.width()} px wide (needs {w.minimumSizeHint().width()}), screen {g.width()}"
        )
    if fg.height() > g.height() or w.minimumSizeHint().height() > g.height():
        out.append(
            f"{what} is {fg.height()} px high (needs {w.minimumSizeHint().height()}), screen {g.height()}"
        )
    return out


def ink_problems(page, what: str) -> list[str]:
    """Faces must differ from the background they sit on; table grid lines must show."""
    out = []
    bg = page.palette().color(page.backgroundRole())
    for lab in page.findChildren(QLabel):
        pm = lab.pixmap()
        if pm is None or pm.isNull() or not lab.isVisible():
            continue
        img = pm.toImage()
        inked = [
            QColor(img.pixel(x, y))
            for x in range(img.width())
            for y in range(img.height())
            if QColor.fromRgba(img.pixel(x, y)).alpha() > 128
        ]
        if inked and all(abs(c.lightness() - bg.lightness()) < 60 for c in inked):
            out.append(f"{what}: a face drawn in the background colour")
    for view in page.findChildren(QTableView):
        if not view.isVisible() or not view.showGrid() or view.model() is None:
            continue
        if view.model().rowCount() < 2 or view.model().columnCount() < 2:
            continue
        img = view.viewport().grab().toImage()
        x = view.columnViewportPosition(1) - 1  # the line left of the second column
        y = view.rowViewportPosition(0) + view.rowHeight(0) // 2
        if 0 <= x < img.width() and 0 <= y < img.height():
            line = QColor(img.pixel(x, y))
            base = view.palette().color(view.viewport().backgroundRole())
            if abs(line.lightness() - base.lightness()) < 40:
                out.append(f"{what}: grid lines of {view.accessibleName()!r} do not show")
    return out


def switching(app, win, screen) -> list[str]:
    """Switch at run time through the Settings dialog: 200 % and back to 100 % (the window must
    come back inside the screen), then high contrast (faces and grid lines must show)."""
    ws = win.workspace
    ws.go_to("community_scoring")
    settle(app)
    dlg = SettingsDialog(win.settings, win)
    dlg.show()
    dlg.text_size.setValue(200)
    settle(app)
    problems = too_big(win, screen, "window at 200 %")
    dlg.text_size.setValue(100)
    settle(app)
    problems += too_big(win, screen, "window back at 100 %")
    if win.frameGeometry().width() > screen.availableGeometry().width():
        problems.append("the window did not shrink back")
    dlg.contrast.setCurrentIndex(2)
    settle(app)
    problems += ink_problems(ws.page("community_scoring"), "after switching to high contrast")
    dlg.close()
    return problems


def main() -> int:
    db, ini, scale, contrast = sys.argv[1:5]
    if contrast == "switch":
        app = make_app([sys.argv[0]])
        set_language("en")
        store = Store.open(db)
        win = MainWindow(store, QSettings(ini, QSettings.Format.IniFormat))
        win.show()
        settle(app)
        win.open_cycle(next(c for c in store.list_cycles() if c.status != "complete").id)
        print(json.dumps(switching(app, win, app.primaryScreen())), flush=True)
        return 0
    app = make_app([sys.argv[0]])
    appearance().set_text_scale(int(scale))
    appearance().set_contrast(contrast)
    set_language("en")
    store = Store.open(db)
    screen = app.primaryScreen()
    win = MainWindow(store, QSettings(ini, QSettings.Format.IniFormat))
    win.show()  # at the size the app chooses for this screen
    settle(app)
    problems = [f"home: {p}" for p in clipped_texts(win)] + too_big(win, screen, "home window")
    current = next(c for c in store.list_cycles() if c.status != "complete")
    ws = win.open_cycle(current.id)
    for stage in STAGE_CODES:
        ws.go_to(stage)
        settle(app)
        page = ws.page(stage)
        problems += [f"{stage}: {p}" for p in clipped_texts(page)]
        problems += too_big(win, screen, f"window on {stage}")
        if contrast == "high":
            problems += ink_problems(page, stage)
    problems += [f"window: {p}" for p in clipped_texts(ws) if "page_" not in p]
    dlg = SettingsDialog(win.settings, win)
    dlg.show()
    settle(app)
    problems += [f"settings: {p}" for p in clipped_texts(dlg)] + too_big(dlg, screen, "Settings")
    dlg.close()
    print(json.dumps(problems), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
