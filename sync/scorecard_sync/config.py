"""Server settings: where the data lives and the limits announced in /v1/hello."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

DEFAULT_DATABASE_URL = "sqlite:///headoffice.sqlite3"


@dataclass(frozen=True)
class Settings:
    database_url: str = DEFAULT_DATABASE_URL
    blob_dir: Path = Path("headoffice-blobs")
    # A read replica for the dashboard and exports (None: read from database_url).
    database_url_read: str | None = None
    # Where published open-data packages are kept (None: "open-data" next to the blob folder).
    open_data_dir: Path | None = None
    max_batch_ops: int = 500
    max_body_bytes: int = 8 * 1024 * 1024
    max_blob_chunk_bytes: int = 2 * 1024 * 1024
    max_blob_bytes: int = 256 * 1024 * 1024
    pull_limit_max: int = 1000
    enrol_failures_per_window: int = 10  # wrong enrolment codes per client address…
    enrol_window_seconds: float = 900.0  # …in this many seconds, then 429 until the window passes
    api_docs: bool = False  # /docs and /openapi.json are off unless asked for

    @classmethod
    def from_env(cls, database_url: str | None = None, blob_dir: str | None = None) -> Settings:
        url = database_url or os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL
        blobs = blob_dir or os.environ.get("SCORECARD_BLOB_DIR") or default_blob_dir(url)
        read = os.environ.get("DATABASE_URL_READ") or None
        open_data = os.environ.get("SCORECARD_OPEN_DATA_DIR")
        return cls(
            database_url=url,
            blob_dir=Path(blobs),
            api_docs=os.environ.get("SCORECARD_API_DOCS", "") in ("1", "true", "yes"),
            database_url_read=read,
            open_data_dir=Path(open_data) if open_data else None,
        )

    @property
    def open_data_path(self) -> Path:
        return self.open_data_dir or self.blob_dir.resolve().parent / "open-data"

    def limits(self) -> dict[str, int]:
        return {
            "max_batch_ops": self.max_batch_ops,
            "max_body_bytes": self.max_body_bytes,
            "max_blob_chunk_bytes": self.max_blob_chunk_bytes,
            "max_blob_bytes": self.max_blob_bytes,
        }


def default_blob_dir(url: str) -> str:
    """Attachments sit next to a SQLite file; for PostgreSQL in ./headoffice-blobs."""
    if url.startswith("sqlite:///") and len(url) > len("sqlite:///"):
        return url[len("sqlite:///") :] + ".blobs"
    return "headoffice-blobs"


def read_engine(settings: Settings, engine: Engine) -> Engine:
    """The engine for reads that may lag a little (dashboard, exports): the replica named by
    DATABASE_URL_READ, or else the main engine itself."""
    if not settings.database_url_read:
        return engine
    from .db import make_engine

    return make_engine(settings.database_url_read)
