"""Schema migrations (Alembic) plus the rows every server needs: its id and a default organisation."""

from __future__ import annotations

import uuid
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Engine

from . import tables as t
from .db import utc_now

DEFAULT_ORGANISATION = "Default organisation"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    return cfg


def upgrade(engine: Engine) -> None:
    cfg = alembic_config()
    if engine.dialect.name == "sqlite":
        # Alembic needs a plain deferred transaction; our engine begins IMMEDIATE, which is fine.
        pass
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    ensure_defaults(engine)


def ensure_defaults(engine: Engine) -> None:
    with engine.begin() as conn:
        if (
            conn.execute(sa.select(t.meta.c.value).where(t.meta.c.key == "server_id")).first()
            is None
        ):
            conn.execute(sa.insert(t.meta).values(key="server_id", value=str(uuid.uuid4())))
        if conn.execute(sa.select(t.organisations.c.id)).first() is None:
            create_organisation(conn, DEFAULT_ORGANISATION)


def create_organisation(conn: sa.Connection, name: str) -> str:
    org_id = str(uuid.uuid4())
    conn.execute(sa.insert(t.organisations).values(id=org_id, name=name, created_at=utc_now()))
    conn.execute(sa.insert(t.pull_counters).values(organisation_id=org_id, last_seq=0))
    return org_id
