"""Server test fixtures: every test module gets a fresh database on SQLite and on PostgreSQL.

PostgreSQL comes from $SCORECARD_TEST_PG_URL (`eval "$(bash .ci/start-postgres)"`). Without it the
PostgreSQL half is skipped locally, but fails in CI (CI=true), so it can never be silently lost.
"""

from __future__ import annotations

import pytest
from scorecard_sync.config import Settings
from scorecard_sync.db import make_engine
from scorecard_sync.migrate import upgrade

from .helpers import LiveServer


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def database_url(request, tmp_path_factory):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('server') / 'headoffice.sqlite3'}"
        return
    dbs = request.getfixturevalue("pg_databases")
    url = dbs.create(f"sc_{request.module.__name__.rsplit('.', 1)[-1][:30]}")
    yield url
    dbs.drop(url)


@pytest.fixture(scope="module")
def settings(database_url, tmp_path_factory) -> Settings:
    return Settings(database_url=database_url, blob_dir=tmp_path_factory.mktemp("blobs"))


@pytest.fixture(scope="module")
def engine(settings):
    eng = make_engine(settings.database_url)
    upgrade(eng)
    yield eng
    eng.dispose()


@pytest.fixture(scope="module")
def server(settings, engine):
    live = LiveServer(settings, engine).start()
    yield live
    live.stop()


@pytest.fixture(scope="module")
def device(server):
    return server.enrol("Amina's laptop")
