"""The window opens without the libraries only other work needs: `requests` comes with the first
talk to a server, sqlite-utils with a migration. Each cost a tenth of a second or more of every
start. A fresh process, as a user starts it, on an up-to-date database with cycles in it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from scorecard_app.core import entities as e
from scorecard_app.store import Store

CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from scorecard_app import cli

    app = QApplication([sys.argv[0]])

    def look():
        win = next(w for w in app.topLevelWidgets() if w.inherits("QMainWindow"))
        rows = win.home.model.rowCount()
        print("shown", win.isVisible(), rows, "requests" in sys.modules,
              "sqlite_utils" in sys.modules, flush=True)
        app.quit()

    QTimer.singleShot(300, look)
    sys.exit(cli.main(["--db", sys.argv[1]]))
    """
)


def test_the_window_opens_without_requests_or_sqlite_utils(tmp_path):
    path = tmp_path / "s.sqlite3"
    with Store.open(path) as s:  # made and migrated here, as by an earlier start
        f = e.Facility("Riverside")
        for n in range(3):
            s.create_cycle(e.Cycle(f.id, f"North › Village {n}"), f if n == 0 else None)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    p = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert p.returncode == 0, p.stderr[-2000:]
    assert "shown True 3 False False" in p.stdout, (p.stdout, p.stderr[-2000:])
