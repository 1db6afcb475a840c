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
    "push_op",
    "wire_op",
]


def wire_op(op: dict[str, Any]) -> dict[str, Any]:
    """An outbox row (store.pending_ops) whole, payload hash included: a bundle's line (the
    bundle format checks every key), or a push to a server that needs every field."""
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


def push_op(op: dict[str, Any], server_computes: frozenset[str] | set[str]) -> dict[str, Any]:
    """An outbox row as a push carries it, without what head office works out itself: the
    payload hash when the server's hello lists it in `server_computes` (about half the bytes of
    a push), and a cycle id the op already names (a cycle's own id, or its fields' cycle_id)."""
    out = wire_op(op) if "payload_hash" not in server_computes else _bare(op)
    cycle = out["cycle_id"]
    if (
        cycle is None
        or cycle == out["fields"].get("cycle_id")
        or (out["entity"] == "cycle" and cycle == out["record_id"])
    ):
        del out["cycle_id"]
    return out


_KEYS = ("op_id", "entity", "record_id", "op", "fields", "base", "base_version", "cycle_id")


def _bare(op: dict[str, Any]) -> dict[str, Any]:
    return {k: op[k] for k in (*_KEYS, "created_at")}


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
