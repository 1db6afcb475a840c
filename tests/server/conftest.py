"""Server test fixtures: every test module gets a fresh database on SQLite and on PostgreSQL.

PostgreSQL comes from $SCORECARD_TEST_PG_URL (`eval "$(bash .ci/start-postgres)"`). Without it the
PostgreSQL half is skipped locally, but fails in CI (CI=true), so it can never be silently lost.
"""

from __future__ import annotations

import os
import uuid

import pytest
import sqlalchemy as sa
from scorecard_sync.config import Settings
from scorecard_sync.db import make_engine
from scorecard_sync.migrate import upgrade

from .helpers import LiveServer

PG_URL = os.environ.get("SCORECARD_TEST_PG_URL")


def _need_pg() -> str:
    if PG_URL:
        return PG_URL
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail("SCORECARD_TEST_PG_URL is not set: the PostgreSQL server tests must run in CI.")
    pytest.skip("PostgreSQL not available (set SCORECARD_TEST_PG_URL; see .ci/start-postgres)")
    raise AssertionError


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def database_url(request, tmp_path_factory):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('server') / 'headoffice.sqlite3'}"
        return
    admin_url = _need_pg()
    name = f"sc_{request.module.__name__.rsplit('.', 1)[-1][:30]}_{uuid.uuid4().hex[:8]}".lower()
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = sa.engine.make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    yield url
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


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
