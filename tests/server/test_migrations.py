"""The Alembic migrations build exactly the tables the code uses, on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from scorecard_sync.migrate import upgrade
from scorecard_sync.tables import metadata


def test_migrated_database_matches_the_table_definitions(engine):
    upgrade(engine)  # a second run changes nothing
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def test_migrate_creates_one_default_organisation_and_a_server_id(engine):
    import sqlalchemy as sa
    from scorecard_sync import tables as t

    with engine.connect() as conn:
        names = conn.execute(sa.select(t.organisations.c.name)).scalars().all()
        server_ids = conn.execute(
            sa.select(t.meta.c.value).where(t.meta.c.key == "server_id")
        ).all()
    assert "Default organisation" in names and len(server_ids) == 1
