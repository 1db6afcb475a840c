"""The shapes that cross the wire (sync/schema/v1 is the contract) and the hashes over them."""

from __future__ import annotations

import hashlib
import hmac
import json
import uuid
from typing import Any
from urllib.parse import parse_qs, urlsplit

from .errors import BAD_LINK, SyncError

PROTOCOL_VERSION = 1
_HASHED = ("entity", "record_id", "op", "fields", "base", "base_version")


def canonical_json(obj: Any) -> bytes:
    """The one byte form that hashes and signatures are computed over."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def payload_hash(op: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json({k: op[k] for k in _HASHED})).hexdigest()


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


def sign(manifest: dict[str, Any], key: str) -> str:
    body = {k: v for k, v in manifest.items() if k != "signature"}
    return hmac.new(key.encode(), canonical_json(body), hashlib.sha256).hexdigest()


def signature_ok(manifest: dict[str, Any], key: str) -> bool:
    return hmac.compare_digest(sign(manifest, key), str(manifest.get("signature", "")))


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
