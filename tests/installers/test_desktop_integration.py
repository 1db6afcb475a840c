"""Desktop integration: a clicked scorecard://enrol link (the desktop runs `scorecard LINK`) opens
the window on the enrolment dialog, filled in; the user confirms and the laptop is enrolled. The
window carries the app's icon."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel  # noqa: E402

from scorecard_app.gui.app import open_enrol_link  # noqa: E402
from scorecard_app.gui.main_window import MainWindow  # noqa: E402
from scorecard_app.gui.sync_panel import EnrolDialog  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
from sync.stub_server import StubHeadOffice  # noqa: E402

# The real `scorecard` entry point with a link as its argument; a timer reports the dialog that
# opened and closes everything. Own process: the app's QSettings stay in a temporary HOME.
DRIVER = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from scorecard_app.cli import main
from scorecard_app.gui.app import make_app

app = make_app()

def poke():
    dlg = QApplication.activeModalWidget()
    if dlg is None:
        QTimer.singleShot(50, poke)
        return
    print("dialog", type(dlg).__name__, dlg.url.text(), *dlg.values(), sep="|")
    icon = dlg.parent().windowIcon()
    print("icon", *(f"{s.width()}x{s.height()}" for s in icon.availableSizes()), sep="|")
    dlg.reject()
    QTimer.singleShot(0, QApplication.closeAllWindows)

QTimer.singleShot(0, poke)
QTimer.singleShot(30000, app.quit)
sys.exit(main(sys.argv[1:]))
"""


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    env.update(XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    return env


def test_scorecard_with_a_link_opens_the_filled_enrolment_dialog(tmp_path):
    link = "scorecard://enrol?url=https%3A%2F%2Fho.example.org&code=K7QF-M2XD-9TWA"
    db = tmp_path / "laptop.sqlite3"
    r = subprocess.run(
        [sys.executable, "-c", DRIVER, link, "--db", str(db)],
        capture_output=True, text=True, env=_env(tmp_path), cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    lines = [line for line in r.stdout.splitlines() if line.startswith("dialog|")]
    assert lines == [f"dialog|EnrolDialog|{link}|https://ho.example.org|K7QF-M2XD-9TWA"]
    assert "icon|256x256" in r.stdout.splitlines()  # the window's icon, from the app's resources


def test_a_link_with_a_sub_command_is_one_plain_line(tmp_path):
    r = subprocess.run(
        [sys.executable, "-m", "scorecard_app", "scorecard://enrol?url=x&code=y", "list",
         "--db", str(tmp_path / "x.sqlite3")],
        capture_output=True, text=True, env=_env(tmp_path), cwd=ROOT,
    )  # fmt: skip
    assert r.returncode == 2 and "give it on its own" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_confirming_the_dialog_from_a_link_enrols_the_laptop(qtbot, demo_store, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    with StubHeadOffice() as head_office:
        win = MainWindow(demo_store, settings)
        qtbot.addWidget(win)
        win.show()
        seen = []

        def confirm():
            dlg = QApplication.activeModalWidget()
            if not isinstance(dlg, EnrolDialog):
                QTimer.singleShot(20, confirm)
                return
            seen.append(dlg.values())
            dlg.accept()

        QTimer.singleShot(0, confirm)
        open_enrol_link(win, f"scorecard://enrol?url={head_office.url}&code=ABCD")
        assert seen == [(head_office.url, "ABCD")]
        status = [
            w for w in win.findChildren(QLabel) if w.accessibleName() == "Connection to head office"
        ]
        qtbot.waitUntil(lambda: status[0].text() == "Online", timeout=10000)
