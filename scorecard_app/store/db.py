"""The connection the store works through, and the registry of the schema's migrations.

Both stand in for sqlite-utils on the start path: importing sqlite-utils costs about a tenth of a
second (click, dateutil, its plugin machinery), and an up-to-date database needs none of it. It
is still what applies migrations (a first start, an upgrade): `Migrations.apply` hands the same
list to `sqlite_utils.Migrations`, which keeps its `_sqlite_migrations` table as before.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

_savepoints = itertools.count()


class Database:
    """`conn` with transactions that nest (the outermost is BEGIN … COMMIT, inner ones are
    savepoints), as `sqlite_utils.Database.atomic` does them."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        conn.execute("PRAGMA recursive_triggers = on")  # as sqlite-utils set it

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def table_names(self) -> list[str]:
        return [
            r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        if self.conn.in_transaction:
            name = f"sc_{next(_savepoints)}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                # an error may already have ended the whole transaction, savepoints included
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    self.conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
        else:
            self.conn.execute("BEGIN")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            else:
                try:
                    self.conn.execute("COMMIT")
                except BaseException:
                    if self.conn.in_transaction:
                        self.conn.execute("ROLLBACK")
                    raise


@dataclass
class Migration:
    name: str
    fn: Callable[[Any], None]
    transactional: bool = True


class Migrations:
    """Declares migrations like `sqlite_utils.Migrations` (`@migrations()` on a function taking
    the database) and tells which are pending with one SELECT."""

    TABLE = "_sqlite_migrations"  # sqlite-utils' bookkeeping table

    def __init__(self, name: str):
        self.name = name
        self._migrations: list[Migration] = []

    def __call__(self, *, name: str | None = None, transactional: bool = True):
        def register(fn):
            self._migrations.append(Migration(name or fn.__name__, fn, transactional))
            return fn

        return register

    def pending(self, db: Database) -> list[Migration]:
        conn = db.conn
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (self.TABLE,)).fetchone():
            return list(self._migrations)
        done = {
            r[0]
            for r in conn.execute(
                f"SELECT name FROM {self.TABLE} WHERE migration_set = ?", (self.name,)
            )
        }
        return [m for m in self._migrations if m.name not in done]

    def apply(self, db: Database) -> None:
        if not self.pending(db):
            return
        import sqlite_utils

        real = sqlite_utils.Migrations(self.name)
        for m in self._migrations:
            real(name=m.name, transactional=m.transactional)(m.fn)
        real.apply(sqlite_utils.Database(db.conn, strict=True))
