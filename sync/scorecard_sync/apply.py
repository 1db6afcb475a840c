"""Apply pushed ops: idempotency, parents, conflict rules; one transaction per op.

Every op is answered applied / duplicate / conflict / deferred / rejected. Whatever a device sent
that we refuse is quarantined with its reason, never dropped. Decisions use the server's order of
arrival only; the laptop's clock (`created_at`) is stored, never compared.
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, IntegrityError

from . import derived
from . import tables as t
from .contract import entities, payload_hash
from .db import canonical_json, utc_now, write
from .merge import Merge, last_writer_wins, three_way


@dataclass(frozen=True)
class Device:
    id: str
    organisation_id: str
    label: str = ""


OPS = ("insert", "update", "delete", "restore")

# Statements built once: building SQLAlchemy expressions per op cost more than running them.
_B = sa.bindparam
_SEEN = sa.select(t.applied_ops.c.payload_hash, t.applied_ops.c.result).where(
    t.applied_ops.c.organisation_id == _B("org"), t.applied_ops.c.op_id == _B("op_id")
)
_RECORD = sa.select(t.records).where(
    t.records.c.organisation_id == _B("org"),
    t.records.c.entity == _B("entity"),
    t.records.c.record_id == _B("rid"),
)
_RECORD_FOR_UPDATE = _RECORD.with_for_update()  # plain SELECT on SQLite (one writer anyway)
_UPDATE_RECORD = (
    sa.update(t.records)
    .where(
        t.records.c.organisation_id == _B("w_org"),
        t.records.c.entity == _B("w_entity"),
        t.records.c.record_id == _B("w_rid"),
    )
    .values(
        version=t.records.c.version + 1,
        data=_B("v_data"),
        deleted=_B("v_deleted"),
        device_id=_B("v_device_id"),
        updated_at=_B("v_updated_at"),
        cycle_id=_B("v_cycle_id"),
    )
)
_INSERT_RECORD = t.records.insert()
_TOUCH_DEVICE = (
    sa.update(t.devices).where(t.devices.c.id == _B("device")).values(last_seen_at=_B("now"))
)
_INSERT_APPLIED = t.applied_ops.insert()


def apply_ops(
    engine: Engine, device: Device, ops: list[dict[str, Any]], via: str = "push"
) -> list[dict[str, Any]]:
    """Handle a batch in one transaction (one commit, not one per op), retrying it whole when
    PostgreSQL reports a lost race; nothing of a failed attempt is kept, so a retry is exact."""
    for attempt in range(8):
        try:
            with write(engine) as conn:
                conn.info["records_seen"] = {}  # parent/cycle look-ups, valid for this transaction
                try:
                    results = [_apply(conn, device, op, via) for op in ops]
                    derived.refresh_after_ops(conn, device.organisation_id, ops, results)
                    conn.execute(_TOUCH_DEVICE, {"device": device.id, "now": utc_now()})
                    return results
                finally:
                    conn.info.pop("records_seen", None)
        except IntegrityError:
            # Two requests carried the same op at once: the loser retries and sees a duplicate.
            if attempt == 7:
                raise
        except DBAPIError as exc:  # deadlock / serialisation failure: try again
            text = str(exc).lower()
            if exc.connection_invalidated or attempt == 7:
                raise
            if "deadlock" not in text and "could not serialize" not in text:
                raise
        time.sleep(0.01 * (attempt + 1))
    raise RuntimeError("unreachable")


def apply_op(
    engine: Engine, device: Device, op: dict[str, Any], via: str = "push"
) -> dict[str, Any]:
    return apply_ops(engine, device, [op], via)[0]


def _result(op: dict[str, Any], status: str, **extra: Any) -> dict[str, Any]:
    return {
        "op_id": op["op_id"],
        "status": status,
        **{k: v for k, v in extra.items() if v is not None},
    }


def _apply(conn: Connection, device: Device, op: dict[str, Any], via: str) -> dict[str, Any]:
    org = device.organisation_id
    now = utc_now()
    op_text = canonical_json(op)
    if payload_hash(op) != op.get("payload_hash"):
        # Damaged in transit or built wrongly: keep it, do not remember the op id (a good copy may follow).
        _quarantine(conn, device, op, op_text, "hash_mismatch", now)
        return _result(op, "rejected", reason="hash_mismatch")

    # Concurrency (PostgreSQL): the record row is read FOR UPDATE, and the primary keys of
    # applied_ops and records make a racing duplicate fail; apply_ops then retries the batch.
    seen = conn.execute(_SEEN, {"org": org, "op_id": op["op_id"]}).first()
    if seen is not None:
        if seen.payload_hash == op["payload_hash"]:
            first = json.loads(seen.result)
            extra = {k: first[k] for k in ("reason", "conflict", "conflict_id") if k in first}
            return _result(op, "duplicate", original_status=first["status"], **extra)
        _quarantine(conn, device, op, op_text, "op_id_reused", now)
        return _result(op, "rejected", reason="op_id_reused")

    outcome = _decide(conn, device, op, now)
    if outcome["status"] == "deferred":
        return outcome  # nothing stored: the device sends it again later
    if outcome["status"] == "rejected":
        _quarantine(conn, device, op, op_text, outcome["reason"], now)
    conn.execute(
        _INSERT_APPLIED,
        {
            "organisation_id": org,
            "op_id": op["op_id"],
            "device_id": device.id,
            "payload_hash": op["payload_hash"],
            "entity": str(op["entity"])[:32],
            "record_id": str(op["record_id"])[:64],
            "op": op_text,
            "result": canonical_json(outcome),
            "status": outcome["status"],
            "received_at": now,
            "via": via,
        },
    )
    return outcome


def _quarantine(
    conn: Connection, device: Device, op: dict[str, Any], op_text: str, reason: str, now: str
) -> None:
    conn.execute(
        sa.insert(t.quarantine).values(
            id=str(uuid.uuid4()),
            organisation_id=device.organisation_id,
            device_id=device.id,
            op_id=str(op.get("op_id", ""))[:64],
            payload_hash=str(op.get("payload_hash", ""))[:64],
            op=op_text,
            reason=reason,
            received_at=now,
        )
    )


def _record(conn: Connection, org: str, entity: str, record_id: str) -> sa.Row | None:
    """A record as this transaction sees it (parents and cycles: looked up once per batch)."""
    seen = conn.info.setdefault("records_seen", {})
    key = (entity, record_id)
    if key not in seen:
        seen[key] = conn.execute(_RECORD, {"org": org, "entity": entity, "rid": record_id}).first()
    return seen[key]


def _record_for_update(conn: Connection, org: str, entity: str, record_id: str) -> sa.Row | None:
    params = {"org": org, "entity": entity, "rid": record_id}
    return conn.execute(_RECORD_FOR_UPDATE, params).first()


def _cycle_complete(conn: Connection, org: str, cycle_id: str | None) -> bool:
    if not cycle_id:
        return False
    row = _record(conn, org, "cycle", cycle_id)
    return row is not None and json.loads(row.data).get("status") == "complete"


def _decide(conn: Connection, device: Device, op: dict[str, Any], now: str) -> dict[str, Any]:
    org = device.organisation_id
    spec = entities().get(op["entity"])
    if spec is None:
        return _result(op, "rejected", reason="unknown_entity")
    kind = op["op"]
    if kind not in OPS:
        return _result(op, "rejected", reason="invalid_op")
    fields, base = op.get("fields") or {}, op.get("base") or {}
    allowed = set(spec["fields"])
    if (
        not isinstance(fields, dict)
        or not isinstance(base, dict)
        or set(fields) - allowed
        or set(base) - allowed
    ):
        return _result(op, "rejected", reason="unknown_field")
    entity, record_id, rule = op["entity"], op["record_id"], spec["rule"]
    current = _record_for_update(conn, org, entity, record_id)

    if current is None and kind != "insert":
        return _result(op, "deferred", reason="unknown_record")
    if current is None:
        for parent_field, parent_entity in spec["parents"].items():
            parent_id = fields.get(parent_field)
            if parent_id is None or _record(conn, org, parent_entity, parent_id) is None:
                return _result(op, "deferred", reason="missing_parent")

    cycle_id = _cycle_of(conn, org, entity, record_id, fields, op, current)
    if rule == "fact" and _cycle_complete(conn, org, cycle_id):
        return _result(op, "rejected", reason="cycle_complete")
    server_owned = current is not None and current.origin == "server"
    data = json.loads(current.data) if current is not None else {}

    if kind in ("delete", "restore"):
        if server_owned:
            return _result(op, "rejected", reason="reference_data")
        _write(
            conn, device, entity, record_id, data, current, cycle_id, now, deleted=kind == "delete"
        )
        return _result(op, "applied")

    if rule == "append" and (kind == "update" or (current is not None and data != data | fields)):
        return _result(op, "rejected", reason="append_only")
    if server_owned:
        if data | fields != data:
            return _result(op, "rejected", reason="reference_data")
        return _result(op, "applied")

    merge: Merge
    if rule == "plan" and current is not None:
        merge = three_way(data, fields, base if kind == "update" else {})
    else:
        merge = last_writer_wins(data, fields)
    if merge.data != data or current is None:
        _write(
            conn,
            device,
            entity,
            record_id,
            merge.data,
            current,
            cycle_id,
            now,
            deleted=bool(current.deleted) if current is not None else False,
        )
    if merge.conflicts:
        conflict_id = str(uuid.uuid4())
        conn.execute(
            sa.insert(t.conflicts).values(
                id=conflict_id,
                organisation_id=org,
                entity=entity,
                record_id=record_id,
                op_id=op["op_id"],
                device_id=device.id,
                fields=canonical_json(merge.conflicts),
                created_at=now,
            )
        )
        return _result(
            op,
            "conflict",
            reason="changed_on_server",
            conflict_id=conflict_id,
            conflict=merge.conflicts,
        )
    return _result(op, "applied")


def _cycle_of(
    conn: Connection,
    org: str,
    entity: str,
    record_id: str,
    fields: dict,
    op: dict,
    current: sa.Row | None,
) -> str | None:
    if entity == "cycle":
        return record_id
    if current is not None and current.cycle_id:
        return current.cycle_id
    if entity == "action_update" and fields.get("action_id"):
        action = _record(conn, org, "action", fields["action_id"])
        if action is not None:
            return action.cycle_id
    found = fields.get("cycle_id") or op.get("cycle_id")
    return str(found) if found else None


def _write(
    conn: Connection,
    device: Device,
    entity: str,
    record_id: str,
    data: dict,
    current: sa.Row | None,
    cycle_id: str | None,
    now: str,
    *,
    deleted: bool,
) -> None:
    conn.info.get("records_seen", {}).pop((entity, record_id), None)
    values = {
        "data": canonical_json(data),
        "deleted": deleted,
        "device_id": device.id,
        "updated_at": now,
        "cycle_id": cycle_id[:64] if cycle_id else None,
    }
    if current is None:
        conn.execute(
            _INSERT_RECORD,
            {
                "organisation_id": device.organisation_id,
                "entity": entity,
                "record_id": record_id,
                "version": 1,
                "origin": "device",
                "created_at": now,
                **values,
            },
        )
    else:
        conn.execute(
            _UPDATE_RECORD,
            {
                "w_org": device.organisation_id,
                "w_entity": entity,
                "w_rid": record_id,
                **{f"v_{k}": v for k, v in values.items()},
            },
        )
