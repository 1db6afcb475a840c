"""Engine set-up for SQLite (default, WAL, one writer at a time) and PostgreSQL."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine

from scorecard_app.wire import canonical_text, sha256_hex

__all__ = ["canonical_json", "is_postgres", "make_engine", "sha256_hex", "utc_now", "write"]


def make_engine(url: str) -> Engine:
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    if url.startswith("sqlite"):
        engine = sa.create_engine(
            url, connect_args={"check_same_thread": False, "timeout": 60}, pool_size=20
        )

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (below)
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA busy_timeout=60000")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            # Take the write lock up front: a deferred transaction that later writes can fail
            # with "database is locked" instead of waiting its turn.
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    return sa.create_engine(url, pool_size=20, max_overflow=20, pool_pre_ping=True)


def is_postgres(conn_or_engine: Connection | Engine) -> bool:
    return conn_or_engine.dialect.name == "postgresql"


_sqlite_writer = threading.Lock()


@contextmanager
def write(engine: Engine) -> Iterator[Connection]:
    """One write transaction (committed on success, rolled back on any error).

    SQLite has one writer at a time; threads queue on a lock here instead of spinning in
    SQLite's busy handler, which sleeps in coarse steps and wrecks latency under load."""
    if engine.dialect.name == "sqlite":
        with _sqlite_writer, engine.begin() as conn:
            yield conn
    else:
        with engine.begin() as conn:
            yield conn


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


# The one JSON spelling (hashes, signatures, stored records) is the wire module's.
canonical_json = canonical_text
