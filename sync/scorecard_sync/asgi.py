"""The application for a process manager running several workers:

    uvicorn --factory scorecard_sync.asgi:create --workers 4
    gunicorn -w 4 -k uvicorn_worker.UvicornWorker 'scorecard_sync.asgi:create()'

Each worker builds its own app and connection pool from the environment (DATABASE_URL,
DATABASE_URL_READ, SCORECARD_BLOB_DIR, SCORECARD_OPEN_DATA_DIR). Migrations are not run here: run
`scorecard-sync migrate` once before the workers start (the systemd unit's ExecStartPre), so four
workers never race to upgrade the schema.
"""

from __future__ import annotations

from fastapi import FastAPI

from .api import create_app
from .config import Settings
from .db import make_engine


def create() -> FastAPI:
    settings = Settings.from_env()
    return create_app(settings, make_engine(settings.database_url))
