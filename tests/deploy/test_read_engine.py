"""DATABASE_URL_READ: reads for exports and the dashboard go to the replica when one is named,
and to the main database otherwise."""

from __future__ import annotations

import sqlalchemy as sa
from scorecard_sync.api import create_app
from scorecard_sync.config import Settings, read_engine
from scorecard_sync.db import make_engine
from scorecard_sync.migrate import upgrade


def test_without_a_replica_reads_use_the_main_engine(tmp_path, monkeypatch):
    monkeypatch.delenv("DATABASE_URL_READ", raising=False)
    url = f"sqlite:///{tmp_path / 'main.sqlite3'}"
    settings = Settings.from_env(url, str(tmp_path / "blobs"))
    engine = make_engine(url)
    upgrade(engine)
    assert settings.database_url_read is None
    assert read_engine(settings, engine) is engine
    assert create_app(settings, engine).state.read_engine is engine


def test_a_named_replica_gets_its_own_engine_and_the_app_reads_from_it(tmp_path, monkeypatch):
    main, replica = tmp_path / "main.sqlite3", tmp_path / "replica.sqlite3"
    monkeypatch.setenv("DATABASE_URL_READ", f"sqlite:///{replica}")
    settings = Settings.from_env(f"sqlite:///{main}", str(tmp_path / "blobs"))
    engine = make_engine(settings.database_url)
    upgrade(engine)
    app = create_app(settings, engine)
    read = app.state.read_engine
    assert read is not engine and read.url.database == str(replica)
    with read.connect() as conn:  # the replica file, not the main one
        assert conn.execute(sa.text("PRAGMA database_list")).first()[2] == str(replica)
