"""The only code that speaks SQL. Opens the database, migrates it, and loads and saves core objects.

Every mutating call is one transaction that also appends its outbox row.
"""

from .connection import StoreCorrupt, StoreError, open_database
from .repository import Store

__all__ = ["Store", "StoreError", "StoreCorrupt", "open_database"]
