"""The wire contract files (sync/schema/v1) as the server reads them."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from .db import canonical_json, sha256_hex

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schema" / "v1"
HASHED_KEYS = ("entity", "record_id", "op", "fields", "base", "base_version")


@cache
def entities() -> dict[str, dict[str, Any]]:
    """entity → {fields, parents, rule} for the entities a laptop pushes."""
    return json.loads((SCHEMA_DIR / "entities.json").read_text(encoding="utf-8"))["entities"]


@cache
def pull_entities() -> dict[str, list[str]]:
    return json.loads((SCHEMA_DIR / "entities.json").read_text(encoding="utf-8"))["pull_entities"]


def payload_hash(op: dict[str, Any]) -> str:
    return sha256_hex(canonical_json({k: op.get(k) for k in HASHED_KEYS}).encode("utf-8"))
