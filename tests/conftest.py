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


class ScratchDatabases:
    """Throw-away PostgreSQL databases on the server $SCORECARD_TEST_PG_URL names."""

    def __init__(self, admin_url: str):
        import sqlalchemy as sa

        self._sa = sa
        self.admin_url = admin_url
        self.admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
        self.names: list[str] = []

    def create(self, prefix: str) -> str:
        """A new empty database; returns its URL (its name is the URL's database)."""
        import uuid

        name = f"{prefix}_{uuid.uuid4().hex[:8]}".lower()
        with self.admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        self.names.append(name)
        url = self._sa.engine.make_url(self.admin_url).set(database=name)
        return url.render_as_string(hide_password=False)

    def drop(self, url: str) -> None:
        name = self._sa.engine.make_url(url).database
        with self.admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if name in self.names:
            self.names.remove(name)


@pytest.fixture(scope="session")
def pg_databases():
    """Make PostgreSQL databases for a test; any left are dropped at the end. Without
    $SCORECARD_TEST_PG_URL (`eval "$(bash .ci/start-postgres)"`) the test is skipped locally but
    fails in CI (CI=true), so the PostgreSQL path can never be silently lost."""
    admin_url = os.environ.get("SCORECARD_TEST_PG_URL")
    if not admin_url:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("SCORECARD_TEST_PG_URL is not set: the PostgreSQL tests must run in CI.")
        pytest.skip("PostgreSQL not available (set SCORECARD_TEST_PG_URL; see .ci/start-postgres)")
    dbs = ScratchDatabases(admin_url)
    yield dbs
    for name in list(dbs.names):
        with dbs.admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    dbs.admin.dispose()
