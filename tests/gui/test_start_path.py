"""The GUI start loads no printing library: reportlab comes with the first print, not before the
window appears (it cost a few hundred ms of every start). A fresh process, as a user starts it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from scorecard_app import cli

    app = QApplication([sys.argv[0]])

    def look():  # as soon as the window is up (a loaded machine may take a while)
        win = next((w for w in app.topLevelWidgets() if w.inherits("QMainWindow")), None)
        if win is None or not win.isVisible():
            QTimer.singleShot(20, look)
            return
        print("shown", win.isVisible(), "reportlab" in sys.modules, flush=True)
        win.act_print_centre  # the print centre's menu entry is there all the same
        app.quit()

    QTimer.singleShot(0, look)
    sys.exit(cli.main(["--db", sys.argv[1]]))
    """
)


def test_the_window_opens_without_loading_reportlab(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    p = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "s.sqlite3")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert p.returncode == 0, p.stderr[-2000:]
    assert "shown True False" in p.stdout, (p.stdout, p.stderr[-2000:])
