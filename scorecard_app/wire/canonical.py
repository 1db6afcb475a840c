"""The one byte form that hashes and signatures are computed over."""

from __future__ import annotations

import hashlib
import json
from typing import Any

# What an op's payload_hash covers (sync/schema/v1/op.json): not its id, cycle or clock.
HASHED_KEYS = ("entity", "record_id", "op", "fields", "base", "base_version")


def canonical_text(obj: Any) -> str:
    """Sorted keys, no spaces, UTF-8 kept as is (never \\u escapes)."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def canonical_json(obj: Any) -> bytes:
    return canonical_text(obj).encode("utf-8")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def payload_hash(op: dict[str, Any]) -> str:
    return sha256_hex(canonical_json({k: op.get(k) for k in HASHED_KEYS}))
