"""Apply pushed ops: idempotency, parents, conflict rules; one transaction per op.

Every op is answered applied / duplicate / conflict / deferred / rejected. Whatever a device sent
that we refuse is quarantined with its reason, never dropped. Decisions use the server's order of
arrival only; the laptop's clock (`created_at`) is stored, never compared.
"""

from __future__ import annotations

import hashlib
import json
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, IntegrityError

from scorecard_app.core.scales import SCALES, ScoreOutOfRange

from . import derived
from . import tables as t
from .contract import entities, payload_hash
from .db import canonical_json, is_postgres, utc_now, write
from .feed import publish_records
from .fieldcheck import field_problem
from .merge import Merge, three_way


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
                conn.info["batch"] = batch = Batch()
                try:
                    results = [_apply(conn, device, op, via) for op in ops]
                    derived.refresh_after_ops(conn, device.organisation_id, ops, results)
                    conn.execute(_TOUCH_DEVICE, {"device": device.id, "now": utc_now()})
                    _finish_batch(conn, device, batch)
                    return results
                finally:
                    conn.info.pop("records_seen", None)
                    conn.info.pop("batch", None)
                    conn.info.pop("twins", None)
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


@dataclass
class Batch:
    """What one batch changed, gathered while its ops apply and acted on once at its end."""

    written: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    cycles: set[str] = field(default_factory=set)  # cycles the batch's ops touched


def _finish_batch(conn: Connection, device: Device, batch: Batch) -> None:
    """The same transaction, after the last op: publish what changed, note the device's cycles.
    (Work that depends on the cycles a batch touched belongs here too: `batch.cycles`.)"""
    org = device.organisation_id
    publish_records(conn, org, [it for w in batch.written.values() for it in _scoped(conn, org, w)])
    known = {
        c
        for c in conn.execute(
            sa.select(t.device_cycles.c.cycle_id).where(
                t.device_cycles.c.device_id == device.id,
                t.device_cycles.c.cycle_id.in_(sorted(batch.cycles)),
            )
        ).scalars()
    }
    new = sorted(batch.cycles - known)
    if new:
        now = utc_now()
        conn.execute(
            sa.insert(t.device_cycles),
            [
                {
                    "device_id": device.id,
                    "cycle_id": c,
                    "organisation_id": org,
                    "how": "own",
                    "added_at": now,
                }
                for c in new
            ],
        )


def _scoped(conn: Connection, org: str, item: dict[str, Any]) -> list[dict[str, Any]]:
    """A record goes to the laptops of its cycle. A facility (no cycle) goes to the laptops of
    each cycle held there; a new one to nobody yet (it travels with its cycle's first fetch)."""
    if item["cycle_id"] is not None or item["entity"] != "facility":
        return [item]
    spelled = canonical_json({"facility_id": item["record_id"]})[1:-1]
    cycles = conn.execute(
        sa.select(t.records.c.record_id).where(
            t.records.c.organisation_id == org,
            t.records.c.entity == "cycle",
            t.records.c.data.contains(spelled, autoescape=True),
        )
    ).scalars()
    return [item | {"cycle_id": c} for c in cycles]


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
            extra = {
                k: first[k] for k in ("reason", "detail", "conflict", "conflict_id") if k in first
            }
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
    if kind in ("insert", "update") and (why := field_problem(op["entity"], fields)):
        return _result(op, "rejected", reason="invalid_field", detail=why)
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
    if current is None and spec.get("unique") and cycle_id:
        twin = _twin(conn, org, entity, spec["unique"], cycle_id, fields)
        if twin is not None:  # another laptop made the same record under another id first
            record_id, current, kind, base = twin.record_id, twin, "insert", {}
    if rule == "fact" and _cycle_complete(conn, org, cycle_id):
        return _result(op, "rejected", reason="cycle_complete")
    if entity in _SCORED and fields.get("value") is not None:
        why = _off_scale(conn, org, cycle_id, fields["value"])
        if why:
            return _result(op, "rejected", reason="invalid_field", detail=f"value: {why}")
    server_owned = current is not None and current.origin == "server"
    data = json.loads(current.data) if current is not None else {}
    batch: Batch = conn.info["batch"]

    if kind in ("delete", "restore"):
        if server_owned:
            return _result(op, "rejected", reason="reference_data")
        _write(
            conn, device, entity, record_id, data, current, cycle_id, now, deleted=kind == "delete"
        )
        _touched(batch, cycle_id)
        return _result(op, "applied")

    if rule == "append" and (kind == "update" or (current is not None and data != data | fields)):
        return _result(op, "rejected", reason="append_only")
    if server_owned:
        if data | fields != data:
            return _result(op, "rejected", reason="reference_data")
        return _result(op, "applied")

    # One rule for every editable record (facts, the cycle header, the action plan): a field
    # applies where the server still holds the value the laptop started from; otherwise the first
    # change to arrive stays and the later one is a conflict, listed on the laptop that made it
    # and at head office. The server's order of arrival decides, never a laptop's clock; the
    # feed then brings every laptop working on the cycle to the server's copy.
    merge: Merge
    if current is not None:
        merge = three_way(data, fields, base if kind == "update" else {})
    else:
        merge = Merge(data=dict(fields))
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
    _touched(batch, cycle_id)
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


_SCORED = ("score", "vote", "tally")  # a `value` on the cycle's scale


def _off_scale(conn: Connection, org: str, cycle_id: str | None, value: Any) -> str | None:
    """Why a value is not on its cycle's scale (scorecard_app.core.scales), or None."""
    row = _record(conn, org, "cycle", cycle_id) if cycle_id else None
    code = json.loads(row.data).get("scale_code") if row is not None else None
    if code not in SCALES:
        return None  # the contract's range was checked; nothing more is known
    try:
        SCALES[code].validate(value)
    except ScoreOutOfRange as exc:
        return str(exc)
    return None


_CYCLE_RECORDS = sa.select(t.records.c.record_id, t.records.c.data).where(
    t.records.c.organisation_id == _B("org"),
    t.records.c.cycle_id == _B("cycle"),
    t.records.c.entity == _B("entity"),
    t.records.c.deleted.is_(False),
)


def _key(unique: list[str], data: dict[str, Any]) -> str:
    return canonical_json([data.get(f) for f in unique])


def _twin(
    conn: Connection, org: str, entity: str, unique: list[str], cycle_id: str, fields: dict
) -> sa.Row | None:
    """The live record of this cycle with the same identifying fields (one score per group and
    indicator), if one exists: a second laptop's insert merges into it, so every laptop ends with
    one record. The keys of a cycle are read once per batch (`_write` keeps them current).
    PostgreSQL: a transaction-scoped advisory lock on the key makes two concurrent inserts of
    the same key take turns."""
    key = _key(unique, fields)
    if is_postgres(conn):
        digest = hashlib.sha256(f"{org}|{entity}|{cycle_id}|{key}".encode()).digest()
        conn.execute(_ADVISORY, {"k": int.from_bytes(digest[:8], "big", signed=True)})
    keys = conn.info.setdefault("twins", {})
    known = keys.get((entity, cycle_id[:64]))
    if known is None:
        rows = conn.execute(_CYCLE_RECORDS, {"org": org, "cycle": cycle_id[:64], "entity": entity})
        known = keys[(entity, cycle_id[:64])] = {
            _key(unique, json.loads(r.data)): r.record_id for r in rows
        }
    found = known.get(key)
    if found is None:
        return None
    return conn.execute(_RECORD_FOR_UPDATE, {"org": org, "entity": entity, "rid": found}).first()


_ADVISORY = sa.text("SELECT pg_advisory_xact_lock(:k)")


def _touched(batch: Batch, cycle_id: str | None) -> None:
    if cycle_id:
        batch.cycles.add(cycle_id[:64])


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
    unique = entities()[entity].get("unique")
    known = conn.info.get("twins", {}).get((entity, cycle_id[:64] if cycle_id else None))
    if unique and known is not None:  # keep this batch's key look-up current
        for k in [k for k, rid in known.items() if rid == record_id]:
            del known[k]
        if not deleted:
            known[_key(unique, data)] = record_id
    if "batch" in conn.info:  # the last state of each record in the batch goes into the feed
        conn.info["batch"].written[(entity, record_id)] = {
            "entity": entity,
            "record_id": record_id,
            "data": canonical_json(data),
            "deleted": deleted,
            "cycle_id": cycle_id[:64] if cycle_id else None,
        }
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
