"""The GUI start paints before loading what can wait: the database (core's entities and the
store), the sync client, the window's feature modules (print centre, sync panel, settings dialog,
trends, data export) all come right after the first paint, one step per turn of the event loop,
with every menu entry there; no printing library (reportlab comes with the first print). A fresh
process, as a user starts it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

CHILD = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QEvent, QObject, QTimer
    from scorecard_app import cli
    from scorecard_app.gui.main_window import EXTENSIONS, MainWindow

    WATCH = ["reportlab", "scorecard_app.sync_client", "nacl", "scorecard_app.core.entities",
             "scorecard_app.store.repository"]
    WATCH += [f"scorecard_app.gui.{name}" for name in EXTENSIONS]
    seen = {}

    class FirstPaint(QObject):
        def eventFilter(self, win, event):
            if event.type() == QEvent.Type.Paint and "paint" not in seen:
                seen["paint"] = [m for m in WATCH if m in sys.modules]
                seen["paint_installed"] = win.extensions_installed
                win.extensions_ready.connect(lambda: QTimer.singleShot(0, lambda: done(win)))
            return False

    def done(win):
        seen["ready"] = [m for m in WATCH if m in sys.modules]
        seen["actions"] = [
            a.text() for a in (win.act_print_centre, win.sync_panel.act_sync, win.act_settings,
                               win.act_trends, win.act_export_data)
        ]
        seen["menus"] = [a.text() for a in win.menuBar().actions()]
        print(json.dumps(seen), flush=True)
        win.close()

    spy = FirstPaint()
    made = MainWindow.__init__

    def init(self, *args, **kwargs):
        made(self, *args, **kwargs)
        self.installEventFilter(spy)

    MainWindow.__init__ = init
    sys.exit(cli.main(["--db", sys.argv[1]]))
    """
)


def test_the_window_paints_before_printing_and_feature_modules_load(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    p = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "s.sqlite3")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert p.returncode == 0, p.stderr[-2000:]
    seen = json.loads(p.stdout.strip().splitlines()[-1])
    assert seen["paint"] == [] and seen["paint_installed"] is False, seen
    # right after the paint every feature module is there, printing still is not
    assert "reportlab" not in seen["ready"], seen
    assert "scorecard_app.gui.print_centre" in seen["ready"], seen
    assert "scorecard_app.gui.sync_panel" in seen["ready"], seen
    assert "scorecard_app.store.repository" in seen["ready"], seen
    assert "nacl" not in seen["ready"], seen  # PyNaCl comes with the first signature
    assert seen["actions"] == [
        "&Print centre…",
        "&Sync now",
        "&Settings…",
        "&Trends across rounds…",
        "Export open &data…",
    ]
    assert "Sync &with head office" in seen["menus"] and seen["menus"][-1] == "&Help", seen
