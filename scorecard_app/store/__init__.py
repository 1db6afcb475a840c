"""The only code that speaks SQL. Opens the database, migrates it, and loads and saves core objects.

Every mutating call is one transaction that also appends its outbox row.

The package itself is light: its errors come at once, `Store` and `open_database` (SQLite, the
schema and core's entities: ~20 ms) when first asked for, so the GUI can paint before loading them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .errors import StoreCorrupt, StoreError

if TYPE_CHECKING:
    from .connection import open_database
    from .repository import Store

__all__ = ["Store", "StoreError", "StoreCorrupt", "open_database"]


def __getattr__(name: str):
    if name == "Store":
        from .repository import Store

        return Store
    if name == "open_database":
        from .connection import open_database

        return open_database
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
