"""Engine set-up for SQLite (default, WAL, one writer at a time) and PostgreSQL."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine

from scorecard_app.wire import canonical_text, sha256_hex

BUSY_SECONDS = 10.0  # how long a write waits for the database before the answer is a 503


class DatabaseBusy(Exception):
    """The database stayed locked by another writer longer than we wait: answered 503."""


def busy_seconds() -> float:
    try:
        return float(os.environ.get("SCORECARD_DB_BUSY_SECONDS", BUSY_SECONDS))
    except ValueError:
        return BUSY_SECONDS


__all__ = ["canonical_json", "is_postgres", "make_engine", "sha256_hex", "utc_now", "write"]


def make_engine(url: str) -> Engine:
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    wait = busy_seconds()
    if url.startswith("sqlite"):
        engine = sa.create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": wait},
            pool_size=20,
            pool_timeout=wait,
        )

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (below)
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute(f"PRAGMA busy_timeout={int(wait * 1000)}")
            cur.execute("PRAGMA foreign_keys=ON")
            # A push writes rows all over the primary-key indexes: a 64 MB page cache (allocated
            # as used) and a 64 MB WAL between checkpoints keep a 500-op batch from re-reading
            # and syncing the same pages batch after batch (17 % of a push at 500 cycles).
            cur.execute("PRAGMA cache_size=-65536")
            cur.execute("PRAGMA wal_autocheckpoint=16384")
            cur.close()

        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            if conn.get_execution_options().get("scorecard_read"):
                # A reader (pull, check, auth, blob offsets): a deferred BEGIN reads the last
                # committed state under WAL and never waits for, nor blocks, the writer.
                conn.exec_driver_sql("BEGIN")
                return
            # Writers take the write lock up front: a deferred transaction that later writes can
            # fail with "database is locked" instead of waiting its turn.
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    return sa.create_engine(
        url, pool_size=20, max_overflow=20, pool_pre_ping=True, pool_timeout=wait
    )


def is_postgres(conn_or_engine: Connection | Engine) -> bool:
    return conn_or_engine.dialect.name == "postgresql"


_sqlite_writer = threading.Lock()


@contextmanager
def write(engine: Engine) -> Iterator[Connection]:
    """One write transaction (committed on success, rolled back on any error).

    SQLite has one writer at a time; threads queue on a lock here instead of spinning in
    SQLite's busy handler, which sleeps in coarse steps and wrecks latency under load. A wait
    longer than the busy time is DatabaseBusy (a 503 with Retry-After), never a hang or a 500."""
    if engine.dialect.name == "sqlite":
        if not _sqlite_writer.acquire(timeout=busy_seconds()):
            raise DatabaseBusy()
        try:
            with engine.begin() as conn:
                yield conn
        finally:
            _sqlite_writer.release()
    else:
        with engine.begin() as conn:
            yield conn


@contextmanager
def read(engine: Engine) -> Iterator[Connection]:
    """A read-only transaction: one consistent view, and on SQLite no write lock."""
    with engine.connect() as conn:
        conn.execution_options(scorecard_read=True)
        with conn.begin():
            yield conn


def utc_now() -> str:
    """2026-11-30T05:06:21.123456Z (isoformat: a push stamps every op, strftime is slower)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")[:-6] + "Z"


# The one JSON spelling (hashes, signatures, stored records) is the wire module's.
canonical_json = canonical_text


# Column type → (PostgreSQL array type, the Python types its values may have on the fast path).
_FAST = (
    (sa.Boolean, "BOOLEAN[]", (bool,)),
    (sa.Integer, "BIGINT[]", (int,)),
    (sa.Float, "DOUBLE PRECISION[]", (float, int)),
    (sa.String, "TEXT[]", (str,)),
)
_NONE = type(None)


def insert_rows(conn: Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    """Insert many rows of the same keys, the cheapest way each database offers.

    A push writes hundreds of rows to each table per batch, and a plain executemany spends more
    on per-row parameter handling than the database spends storing them. SQLite: the rows as
    tuples straight to the driver's executemany. PostgreSQL: one INSERT … SELECT FROM unnest(…)
    with one array (binary) per column instead of one pipelined statement per row. Same rows,
    same errors (an IntegrityError is still SQLAlchemy's). A value of an unexpected Python type
    (a whole number sent as 1.0, say) takes SQLAlchemy's own executemany, which converts it."""
    if not rows:
        return
    keys = list(rows[0])
    prep = conn.dialect.identifier_preparer
    columns = [[r[k] for r in rows] for k in keys]
    arrays = []
    for key, values in zip(keys, columns, strict=True):
        col_type = table.c[key].type
        kind = next(((a, ok) for base, a, ok in _FAST if isinstance(col_type, base)), None)
        found = set(map(type, values)) - {_NONE}
        if kind is None or not found.issubset(kind[1]):
            conn.execute(table.insert(), rows)
            return
        arrays.append(kind[0])
    names = ", ".join(prep.format_column(table.c[k]) for k in keys)
    target = prep.format_table(table)
    if conn.dialect.name != "postgresql":
        sql = f"INSERT INTO {target} ({names}) VALUES ({', '.join('?' * len(keys))})"
        conn.exec_driver_sql(sql, list(zip(*columns, strict=True)))
        return
    params: dict[str, list[Any]] = {}
    for i, (kind, values) in enumerate(zip(arrays, columns, strict=True)):
        if kind == "DOUBLE PRECISION[]":  # psycopg types a list by its first value
            values = [None if v is None else float(v) for v in values]
        params[f"p{i}"] = values
    unnest = ", ".join(f"CAST(%(p{i})b AS {kind})" for i, kind in enumerate(arrays))
    conn.exec_driver_sql(f"INSERT INTO {target} ({names}) SELECT * FROM unnest({unnest})", params)
