"""Shared fixtures. Qt runs offscreen; every test gets its own real SQLite file."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from scorecard_app.demo import seed_demo
from scorecard_app.store import Store


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "scorecard.sqlite3"


@pytest.fixture
def store(db_path):
    s = Store.open(db_path)
    yield s
    s.close()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    with Store.open(path, backups=False) as s:
        ids = seed_demo(s)
    return path, ids


@pytest.fixture
def demo_store(_demo_template, tmp_path):
    """A fresh copy of the demo database (three rounds of one health centre)."""
    import shutil

    src, ids = _demo_template
    dst = tmp_path / "demo.sqlite3"
    shutil.copy(src, dst)
    s = Store.open(dst, backups=False)
    s.demo_ids = ids
    yield s
    s.close()


@pytest.fixture
def settings(tmp_path):
    """The window's settings in a file of the test's own (never the user's)."""
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, demo_store, settings):
    """The main window over a copy of the demo database."""
    from scorecard_app.gui.main_window import MainWindow

    win = MainWindow(demo_store, settings)
    qtbot.addWidget(win)
    return win
