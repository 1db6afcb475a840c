"""The wire contract files (sync/schema/v1) as the server reads them."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from scorecard_app.wire import HASHED_KEYS, payload_hash

__all__ = ["HASHED_KEYS", "SCHEMA_DIR", "entities", "payload_hash", "pull_entities"]


def _schema_dir() -> Path:
    """sync/schema/v1 in a source checkout; scorecard_sync/schema/v1 inside an installed wheel."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "schema" / "v1", here.parent / "schema" / "v1"):
        if (candidate / "entities.json").is_file():
            return candidate
    raise RuntimeError(f"The wire contract files (schema/v1) are missing next to {here}.")


SCHEMA_DIR = _schema_dir()


@cache
def entities() -> dict[str, dict[str, Any]]:
    """entity → {fields, parents, rule} for the entities a laptop pushes."""
    return json.loads((SCHEMA_DIR / "entities.json").read_text(encoding="utf-8"))["entities"]


@cache
def pull_entities() -> dict[str, list[str]]:
    return json.loads((SCHEMA_DIR / "entities.json").read_text(encoding="utf-8"))["pull_entities"]
