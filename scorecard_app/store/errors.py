"""The store's errors, in a module of their own: `scorecard` (and the GUI's start) can name them
without importing the store itself."""

from __future__ import annotations

from scorecard_app.core.text import UserError


class StoreError(UserError):
    """A problem with the database file or a refused change, said in plain, translatable words
    (context "Store")."""


class StoreCorrupt(StoreError):
    pass
