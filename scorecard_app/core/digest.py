"""The post-sync check's digest: what a laptop and the server each compute over one cycle's
records, so the two copies can be compared without sending them (as Anki's sanity check).

Both sides pass every record of the cycle as (entity, record_id, deleted, fields) with `fields`
holding exactly the contract's field names for that entity (sync/schema/v1/entities.json)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any


def _plain(value: Any) -> Any:
    """3.0 and 3 are the same score (a REAL column on the laptop, a JSON integer on the wire)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def cycle_digest(records: Iterable[tuple[str, str, bool, dict[str, Any]]]) -> dict[str, dict]:
    """entity → {count: live records, digest: SHA-256 over every record, deleted ones too}."""
    lines: dict[str, list[str]] = {}
    counts: dict[str, int] = {}
    for entity, record_id, deleted, fields in records:
        text = json.dumps(_plain(fields), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        lines.setdefault(entity, []).append(f"{record_id}\x1f{int(bool(deleted))}\x1f{text}")
        counts[entity] = counts.get(entity, 0) + (not deleted)
    return {
        entity: {
            "count": counts[entity],
            "digest": hashlib.sha256("\n".join(sorted(found)).encode("utf-8")).hexdigest(),
        }
        for entity, found in sorted(lines.items())
    }
