"""The laptop's side of the wire: outbox rows as ops, batch ids, enrolment links. The byte form,
hashes and signatures are scorecard_app.wire's (shared with head office)."""

from __future__ import annotations

import hashlib
import uuid
from typing import Any
from urllib.parse import parse_qs, urlsplit

from scorecard_app.wire import canonical_json, payload_hash

from .errors import BAD_LINK, SyncError

PROTOCOL_VERSION = 1
__all__ = [
    "PROTOCOL_VERSION",
    "batch_id",
    "canonical_json",
    "parse_enrol_link",
    "payload_hash",
    "wire_op",
]


def wire_op(op: dict[str, Any]) -> dict[str, Any]:
    """An outbox row (store.pending_ops) as the push message carries it."""
    out = {
        "op_id": op["op_id"],
        "entity": op["entity"],
        "record_id": op["record_id"],
        "op": op["op"],
        "fields": op["fields"],
        "base": op["base"],
        "base_version": op["base_version"],
        "cycle_id": op["cycle_id"],
        "created_at": op["created_at"],
    }
    out["payload_hash"] = payload_hash(out)
    return out


def batch_id(op_ids: list[str]) -> str:
    """The same ops always make the same batch id, so a resent batch is recognisably a replay."""
    digest = hashlib.sha256("\n".join(op_ids).encode()).digest()
    return str(uuid.UUID(bytes=digest[:16], version=4))


def parse_enrol_link(link: str) -> tuple[str, str]:
    """`scorecard://enrol?url=…&code=…` → (url, code)."""
    parts = urlsplit(link.strip())
    if parts.scheme != "scorecard" or (parts.netloc or parts.path.strip("/")) != "enrol":
        raise SyncError(BAD_LINK)
    query = parse_qs(parts.query)
    url, code = query.get("url", [""])[0], query.get("code", [""])[0]
    if not url.startswith(("http://", "https://")) or not code:
        raise SyncError(BAD_LINK)
    return url, code
