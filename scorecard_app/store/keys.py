"""Public signing keys this laptop trusts: head office's and its organisation's devices'.

They arrive as the pulled entity `signing_key` (record id = the signer: a device id, or
"headoffice"), so they live with the other pulled records in `replica_record` and are applied in
the same transaction as the rest of a pull. Enrolment (online, or from an enrolment file) seeds
them the same way. This laptop's own private key is a setting (like the token): never pulled,
never exported, never logged.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from .repository import Store

ENTITY = "signing_key"
PRIVATE_KEY_SETTING = "sync.signing_key"  # the device's Ed25519 private key (hex seed)


def remember(store: Store, records: Iterable[dict[str, Any]]) -> int:
    """Keep key records that did not come through a pull (enrolment). Each record is
    {signer, kind, label, public_key, revoked_at}; a later pull of the same signer replaces it."""
    n = 0
    with store.db.atomic():
        for rec in records:
            store.conn.execute(
                "INSERT INTO replica_record (entity, record_id, data, deleted, seq, server_time)"
                " VALUES (?,?,?,0,0,NULL) ON CONFLICT(entity, record_id) DO UPDATE SET"
                " data = excluded.data WHERE replica_record.seq = 0",
                (ENTITY, str(rec["signer"]), json.dumps(rec, ensure_ascii=False, sort_keys=True)),
            )
            n += 1
    return n


def signer(store: Store, signer_id: str) -> dict[str, Any] | None:
    """The key record of this signer, or None when this laptop has never heard of it."""
    row = store.conn.execute(
        "SELECT data, deleted FROM replica_record WHERE entity = ? AND record_id = ?",
        (ENTITY, signer_id),
    ).fetchone()
    if row is None:
        return None
    rec = json.loads(row[0])
    if row[1]:  # head office withdrew the key record altogether: treat it as revoked
        rec["revoked_at"] = rec.get("revoked_at") or "withdrawn"
    return rec


def signers(store: Store) -> list[dict[str, Any]]:
    rows = store.conn.execute(
        "SELECT data FROM replica_record WHERE entity = ? ORDER BY record_id", (ENTITY,)
    )
    return [json.loads(r[0]) for r in rows]
