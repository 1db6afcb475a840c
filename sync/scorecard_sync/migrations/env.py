"""Alembic environment: runs on the connection scorecard_sync.migrate hands over."""

from __future__ import annotations

from alembic import context
from scorecard_sync.tables import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only via scorecard_sync.migrate.upgrade
    raise SystemExit("Run migrations with `scorecard-sync migrate`.")
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
