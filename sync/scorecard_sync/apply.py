"""Apply pushed ops set-wise: idempotency, parents, conflict rules; one transaction per batch.

Every op is answered applied / duplicate / conflict / deferred / rejected. Whatever a device sent
that we refuse is quarantined with its reason, never dropped. Decisions use the server's order of
arrival only; the laptop's clock (`created_at`) is stored, never compared.

A batch costs a handful of statements, not a few per op: what it may read (the op log's entries
for its op ids; its records, its own locked FOR UPDATE; their parents and cycles; the identifying
keys of its cycles) is read up front in a few set-wise SELECTs. The ops are then decided one
after another, in order, against that state held in memory, so each decision sees the batch's
earlier writes exactly as if they had been written one by one. Last, each table gets its rows in
one executemany.

The payload hash is the server's own: computed from the op (scorecard_app.wire.payload_hash),
stored in the op log and compared on a replay. A laptop of an earlier version still sends its
own `payload_hash`; it is checked against the content (a mismatch is `hash_mismatch`, as before).
"""

from __future__ import annotations

import hashlib
import json
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, IntegrityError

from scorecard_app.core.scales import SCALES, ScoreOutOfRange

from . import derived
from . import tables as t
from .contract import entities
from .db import canonical_json, insert_rows, is_postgres, utc_now, write
from .feed import publish_records
from .fieldcheck import field_problem
from .merge import Merge, three_way
from .spelling import Spelled, spelled


@dataclass(frozen=True)
class Device:
    id: str
    organisation_id: str
    label: str = ""


OPS = ("insert", "update", "delete", "restore")
CHUNK = 900  # ids per IN list (SQLite allows 32,766 variables; a bundle may hold 1,000,000 ops)

_B = sa.bindparam
_TOUCH_DEVICE = (
    sa.update(t.devices).where(t.devices.c.id == _B("device")).values(last_seen_at=_B("now"))
)
_UPDATE_RECORD = (
    sa.update(t.records)
    .where(
        t.records.c.organisation_id == _B("w_org"),
        t.records.c.entity == _B("w_entity"),
        t.records.c.record_id == _B("w_rid"),
    )
    .values(
        version=_B("v_version"),
        data=_B("v_data"),
        deleted=_B("v_deleted"),
        device_id=_B("v_device_id"),
        updated_at=_B("v_updated_at"),
        cycle_id=_B("v_cycle_id"),
    )
)
# The batch's ids as one parameter. SQLite: an expanding IN list. PostgreSQL: joined against
# unnest(array), so the primary key is probed per id; with a list of 500 parameters in IN (…)
# the planner chose a scan that compared every row with every id (0.5 s a batch at 500 cycles).
_IDS = (
    sa.func.unnest(sa.bindparam("ids", type_=ARRAY(sa.String)))
    .table_valued("id")
    .render_derived(name="x")
)
_R, _L = t.records.c, t.applied_ops.c
_RECORDS = (
    sa.select(t.records)
    .where(
        _R.organisation_id == _B("org"),
        _R.entity == _B("entity"),
        _R.record_id.in_(_B("ids", expanding=True)),
    )
    .order_by(_R.record_id)
)
# PostgreSQL: every entity's ids in one statement, joined against unnest(entities, ids).
_KEYS = (
    sa.func.unnest(
        sa.bindparam("entities", type_=ARRAY(sa.String)),
        sa.bindparam("ids", type_=ARRAY(sa.String)),
    )
    .table_valued("entity", "id")
    .render_derived(name="k")
)
_RECORDS_PG = (
    sa.select(t.records)
    .join_from(t.records, _KEYS, sa.and_(_R.entity == _KEYS.c.entity, _R.record_id == _KEYS.c.id))
    .where(_R.organisation_id == _B("org"))
    .order_by(_R.entity, _R.record_id)
)
_LOCKED = {  # FOR UPDATE: a plain SELECT on SQLite (one writer anyway)
    False: {False: _RECORDS, True: _RECORDS_PG},
    True: {False: _RECORDS.with_for_update(), True: _RECORDS_PG.with_for_update(of=t.records)},
}
_LOGGED = sa.select(_L.op_id, _L.payload_hash, _L.result).where(
    _L.organisation_id == _B("org"), _L.op_id.in_(_B("ids", expanding=True))
)
_LOGGED_PG = (
    sa.select(_L.op_id, _L.payload_hash, _L.result)
    .join_from(t.applied_ops, _IDS, _L.op_id == _IDS.c.id)
    .where(_L.organisation_id == _B("org"))
)
_LIVE_IN_CYCLES = sa.select(
    t.records.c.entity, t.records.c.cycle_id, t.records.c.record_id, t.records.c.data
).where(
    t.records.c.organisation_id == _B("org"),
    t.records.c.cycle_id.in_(_B("cycles", expanding=True)),
    t.records.c.deleted.is_(False),
)
_ADVISORY = sa.text("SELECT pg_advisory_xact_lock(k) FROM unnest(CAST(:keys AS BIGINT[])) AS k")


def apply_ops(
    engine: Engine, device: Device, ops: list[dict[str, Any]], via: str = "push"
) -> list[dict[str, Any]]:
    """Handle a batch in one transaction (one commit, not one per op), retrying it whole when
    PostgreSQL reports a lost race; nothing of a failed attempt is kept, so a retry is exact."""
    for attempt in range(8):
        try:
            with write(engine) as conn:
                batch = Batch(conn, device, via)
                results = batch.apply(ops)
                batch.flush()
                derived.refresh_after_ops(
                    conn, device.organisation_id, ops, results, batch.parsed()
                )
                conn.execute(_TOUCH_DEVICE, {"device": device.id, "now": utc_now()})
                batch.finish()
                return results
        except IntegrityError:
            # Two requests carried the same op (or record) at once: the loser retries and sees
            # a duplicate.
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


@dataclass(eq=False)
class Rec:
    """A record as this transaction sees it: read once, then kept current by the batch's writes."""

    entity: str
    record_id: str
    text: str  # canonical JSON of its fields
    deleted: bool
    version: int
    origin: str
    cycle_id: str | None
    new: bool = False  # not in the database yet: inserted at the flush
    written: bool = False
    created_at: str = ""
    updated_at: str = ""
    _data: dict[str, Any] | None = None

    @classmethod
    def of(cls, row: sa.Row) -> Rec:
        return cls(
            row.entity,
            row.record_id,
            row.data,
            bool(row.deleted),
            row.version,
            row.origin,
            row.cycle_id,
        )

    @property
    def data(self) -> dict[str, Any]:
        """A fresh copy of the fields (callers may change it)."""
        return dict(self.peek(""))

    def peek(self, name: str) -> Any:
        """One field, without copying the fields ("" for all of them, not to be changed)."""
        if self._data is None:
            self._data = json.loads(self.text)
        return self._data.get(name) if name else self._data


Key = tuple[str, str]  # (entity, record_id)


@dataclass
class Batch:
    """One batch's state: what it read, what it decided, what it will write."""

    conn: Connection
    device: Device
    via: str
    recs: dict[Key, Rec | None] = field(default_factory=dict)  # None: no such record
    locked: set[Key] = field(default_factory=set)
    logged: dict[str, tuple[str, dict[str, Any]]] = field(default_factory=dict)  # op log
    twins: dict[tuple[str, str], dict[tuple, str]] = field(default_factory=dict)
    written: dict[Key, dict[str, Any]] = field(default_factory=dict)  # the feed's items
    cycles: set[str] = field(default_factory=set)  # cycles the batch's ops touched
    applied_rows: list[dict[str, Any]] = field(default_factory=list)
    quarantine_rows: list[dict[str, Any]] = field(default_factory=list)
    conflict_rows: list[dict[str, Any]] = field(default_factory=list)

    @property
    def org(self) -> str:
        return self.device.organisation_id

    # ---------------------------------------------------------------- reading, set-wise
    def apply(self, ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
        spellings = [spelled(op) for op in ops]
        self._read_log(ops)
        self._lock_keys(ops)
        self._read_records(ops)
        self._read_keys(ops)
        return [self._apply(op, sp) for op, sp in zip(ops, spellings, strict=True)]

    def _read_log(self, ops: list[dict[str, Any]]) -> None:
        ids = sorted({str(op["op_id"]) for op in ops})
        query = _LOGGED_PG if is_postgres(self.conn) else _LOGGED
        for chunk in _chunks(ids):
            for r in self.conn.execute(query, {"org": self.org, "ids": chunk}):
                self.logged[r.op_id] = (r.payload_hash, json.loads(r.result))

    def _fetch(self, keys: Iterable[Key], lock: bool) -> None:
        """Read these records (FOR UPDATE when `lock`; in key order, so that two batches lock
        rows in the same order); the ones not found are remembered as absent. PostgreSQL: one
        statement per 900 keys; SQLite: one per entity, its ids one expanding parameter."""
        wanted = sorted(k for k in set(keys) if k not in self.recs)
        postgres = is_postgres(self.conn)
        query = _LOCKED[lock][postgres]
        if postgres:
            for chunk in _chunks(wanted):
                params = {"org": self.org, "entities": [e for e, _r in chunk]}
                for row in self.conn.execute(query, params | {"ids": [r for _e, r in chunk]}):
                    self.recs[(row.entity, row.record_id)] = Rec.of(row)
        else:
            by_entity: dict[str, list[str]] = {}
            for entity, rid in wanted:
                by_entity.setdefault(entity, []).append(rid)
            for entity, ids in sorted(by_entity.items()):
                for chunk in _chunks(ids):
                    params = {"org": self.org, "entity": entity, "ids": chunk}
                    for row in self.conn.execute(query, params):
                        self.recs[(row.entity, row.record_id)] = Rec.of(row)
        for key in wanted:
            self.recs.setdefault(key, None)
            if lock:
                self.locked.add(key)

    def _read_records(self, ops: list[dict[str, Any]]) -> None:
        specs = entities()
        own: set[Key] = set()
        refs: set[Key] = set()
        for op in ops:
            spec = specs.get(op["entity"])
            if spec is None:
                continue
            own.add((op["entity"], op["record_id"]))
            fields = op.get("fields")
            fields = fields if isinstance(fields, dict) else {}
            for parent_field, parent_entity in spec["parents"].items():
                if isinstance(fields.get(parent_field), str):
                    refs.add((parent_entity, fields[parent_field]))
            cycle = fields.get("cycle_id") or op.get("cycle_id")
            if isinstance(cycle, str):
                refs.add(("cycle", cycle))
        self._fetch(own, lock=True)
        self._fetch(refs, lock=False)
        # The cycles of records filed earlier (updates, action updates): scale and status checks.
        self._fetch(
            (("cycle", r.cycle_id) for r in list(self.recs.values()) if r and r.cycle_id),
            lock=False,
        )

    def _get(self, entity: str, record_id: str) -> Rec | None:
        """A record (parent, cycle, action) as this batch sees it; read alone if not read yet."""
        key = (entity, record_id)
        if key not in self.recs:
            self._fetch([key], lock=False)
        return self.recs[key]

    def _twin_candidates(self, ops: list[dict[str, Any]]) -> dict[tuple[str, str], list[tuple]]:
        """(entity, cycle) → the identifying keys of the batch's inserts there."""
        specs = entities()
        out: dict[tuple[str, str], list[str]] = {}
        for op in ops:
            spec = specs.get(op["entity"])
            fields = op.get("fields")
            if spec is None or not spec.get("unique") or op["op"] != "insert":
                continue
            if not isinstance(fields, dict):
                continue
            cycle = fields.get("cycle_id") or op.get("cycle_id")
            if cycle:
                out.setdefault((op["entity"], str(cycle)), []).append(_key(spec["unique"], fields))
        return out

    def _lock_keys(self, ops: list[dict[str, Any]]) -> None:
        """PostgreSQL: transaction-scoped advisory locks on the identifying keys the batch
        inserts, taken before they are read and in one order, so that two concurrent inserts of
        one key (two laptops scoring the same group and indicator) take turns."""
        if not is_postgres(self.conn):
            return
        locks = set()
        for (entity, cycle), keys in self._twin_candidates(ops).items():
            for key in keys:
                digest = hashlib.sha256(f"{self.org}|{entity}|{cycle}|{key}".encode()).digest()
                locks.add(int.from_bytes(digest[:8], "big", signed=True))
        if locks:
            self.conn.execute(_ADVISORY, {"keys": sorted(locks)})

    def _read_keys(self, ops: list[dict[str, Any]]) -> None:
        """The live records' identifying keys in the cycles the batch inserts into, read once
        (the batch's writes keep them current)."""
        specs = entities()
        pairs = sorted({(e, c[:64]) for e, c in self._twin_candidates(ops)})
        for pair in pairs:
            self.twins[pair] = {}
        # By cycle only (its index), the entities picked here: with `entity = ?` in the query
        # SQLite chose the primary key and read every score of the organisation.
        cycles = sorted({cycle for _e, cycle in pairs})
        for chunk in _chunks(cycles):
            rows = self.conn.execute(_LIVE_IN_CYCLES, {"org": self.org, "cycles": chunk})
            for r in rows:
                known = self.twins.get((r.entity, r.cycle_id))
                if known is not None:
                    known[_key(specs[r.entity]["unique"], json.loads(r.data))] = r.record_id

    # ---------------------------------------------------------------- deciding, op by op
    def _apply(self, op: dict[str, Any], sp: Spelled) -> dict[str, Any]:
        now = utc_now()
        op_text, h = sp.text, sp.hash
        sent = op.get("payload_hash")
        if sent is not None and sent != h:
            # Damaged in transit or built wrongly: keep it, do not remember the op id (a good
            # copy may follow).
            self._quarantine(op, op_text, "hash_mismatch", now, str(sent))
            return _result(op, "rejected", reason="hash_mismatch")

        # Concurrency (PostgreSQL): the batch's records were read FOR UPDATE, and the primary
        # keys of applied_ops and records make a racing duplicate fail at the flush;
        # apply_ops then retries the batch.
        seen = self.logged.get(op["op_id"])
        if seen is not None:
            if seen[0] == h:
                first = seen[1]
                extra = {
                    k: first[k]
                    for k in ("reason", "detail", "conflict", "conflict_id")
                    if k in first
                }
                return _result(op, "duplicate", original_status=first["status"], **extra)
            self._quarantine(op, op_text, "op_id_reused", now, h)
            return _result(op, "rejected", reason="op_id_reused")

        outcome = self._decide(op, now, sp)
        if outcome["status"] == "deferred":
            return outcome  # nothing stored: the device sends it again later
        if outcome["status"] == "rejected":
            self._quarantine(op, op_text, outcome["reason"], now, h)
        self.logged[op["op_id"]] = (h, outcome)
        self.applied_rows.append(
            {
                "organisation_id": self.org,
                "op_id": op["op_id"],
                "device_id": self.device.id,
                "payload_hash": h,
                "entity": str(op["entity"])[:32],
                "record_id": str(op["record_id"])[:64],
                "op": op_text,
                "result": sp.result(outcome),
                "status": outcome["status"],
                "received_at": now,
                "via": self.via,
            }
        )
        return outcome

    def _quarantine(self, op: dict[str, Any], op_text: str, reason: str, now: str, h: str) -> None:
        self.quarantine_rows.append(
            {
                "id": str(uuid.uuid4()),
                "organisation_id": self.org,
                "device_id": self.device.id,
                "op_id": str(op.get("op_id", ""))[:64],
                "payload_hash": h[:64],
                "op": op_text,
                "reason": reason,
                "received_at": now,
            }
        )

    def _cycle_complete(self, cycle_id: str | None) -> bool:
        if not cycle_id:
            return False
        rec = self._get("cycle", cycle_id)
        return rec is not None and rec.peek("status") == "complete"

    def _off_scale(self, cycle_id: str | None, value: Any) -> str | None:
        """Why a value is not on its cycle's scale (scorecard_app.core.scales), or None."""
        rec = self._get("cycle", cycle_id) if cycle_id else None
        code = rec.peek("scale_code") if rec is not None else None
        if code not in SCALES:
            return None  # the contract's range was checked; nothing more is known
        try:
            SCALES[code].validate(value)
        except ScoreOutOfRange as exc:
            return str(exc)
        return None

    def _cycle_of(self, entity: str, record_id: str, fields: dict, op: dict, current: Rec | None):
        if entity == "cycle":
            return record_id
        if current is not None and current.cycle_id:
            return current.cycle_id
        if entity == "action_update" and fields.get("action_id"):
            action = self._get("action", fields["action_id"])
            if action is not None:
                return action.cycle_id
        found = fields.get("cycle_id") or op.get("cycle_id")
        return str(found) if found else None

    def _twin(self, entity: str, unique: list[str], cycle_id: str, fields: dict) -> Rec | None:
        """The live record of this cycle with the same identifying fields (one score per group
        and indicator), if one exists: a second laptop's insert merges into it, so every laptop
        ends with one record."""
        known = self.twins.get((entity, cycle_id[:64]))
        found = known.get(_key(unique, fields)) if known is not None else None
        if found is None:
            return None
        key = (entity, found)
        if key not in self.locked and not (self.recs.get(key) and self.recs[key].new):
            self.recs.pop(key, None)
            self._fetch([key], lock=True)
        return self.recs[key]

    def _decide(self, op: dict[str, Any], now: str, sp: Spelled) -> dict[str, Any]:
        spec = entities().get(op["entity"])
        if spec is None:
            return _result(op, "rejected", reason="unknown_entity")
        kind = op["op"]
        if kind not in OPS:
            return _result(op, "rejected", reason="invalid_op")
        fields, base = op.get("fields") or {}, op.get("base") or {}
        allowed = _allowed(op["entity"])
        if (
            not isinstance(fields, dict)
            or not isinstance(base, dict)
            or not allowed.issuperset(fields)
            or not allowed.issuperset(base)
        ):
            return _result(op, "rejected", reason="unknown_field")
        if kind in ("insert", "update") and (why := field_problem(op["entity"], fields)):
            return _result(op, "rejected", reason="invalid_field", detail=why)
        entity, record_id, rule = op["entity"], op["record_id"], spec["rule"]
        current = self._get(entity, record_id)

        if current is None and kind != "insert":
            return _result(op, "deferred", reason="unknown_record")
        if current is None:
            for parent_field, parent_entity in spec["parents"].items():
                parent_id = fields.get(parent_field)
                if parent_id is None or self._get(parent_entity, parent_id) is None:
                    return _result(op, "deferred", reason="missing_parent")

        cycle_id = self._cycle_of(entity, record_id, fields, op, current)
        if current is None and spec.get("unique") and cycle_id:
            twin = self._twin(entity, spec["unique"], cycle_id, fields)
            if twin is not None:  # another laptop made the same record under another id first
                record_id, current, kind, base = twin.record_id, twin, "insert", {}
        if rule == "fact" and self._cycle_complete(cycle_id):
            return _result(op, "rejected", reason="cycle_complete")
        if entity in _SCORED and fields.get("value") is not None:
            why = self._off_scale(cycle_id, fields["value"])
            if why:
                return _result(op, "rejected", reason="invalid_field", detail=f"value: {why}")
        server_owned = current is not None and current.origin == "server"
        data = current.data if current is not None else {}

        if kind in ("delete", "restore"):
            if server_owned:
                return _result(op, "rejected", reason="reference_data")
            self._write(entity, record_id, data, current, cycle_id, now, deleted=kind == "delete")
            self._touched(cycle_id)
            return _result(op, "applied")

        if rule == "append" and (
            kind == "update" or (current is not None and data != data | fields)
        ):
            return _result(op, "rejected", reason="append_only")
        if server_owned:
            if data | fields != data:
                return _result(op, "rejected", reason="reference_data")
            return _result(op, "applied")

        # One rule for every editable record (facts, the cycle header, the action plan): a field
        # applies where the server still holds the value the laptop started from; otherwise the
        # first change to arrive stays and the later one is a conflict, listed on the laptop that
        # made it and at head office. The server's order of arrival decides, never a laptop's
        # clock; the feed then brings every laptop working on the cycle to the server's copy.
        merge: Merge
        if current is not None:
            merge = three_way(data, fields, base if kind == "update" else {})
        else:
            merge = Merge(data=dict(fields))
        if merge.data != data or current is None:
            deleted = current.deleted if current is not None else False
            # A new record is the op's fields as sent: their spelling is the op's own.
            text = (
                sp.values.get("fields") if current is None and fields is op.get("fields") else None
            )
            self._write(
                entity, record_id, merge.data, current, cycle_id, now, deleted=deleted, text=text
            )
        self._touched(cycle_id)
        if merge.conflicts:
            conflict_id = str(uuid.uuid4())
            self.conflict_rows.append(
                {
                    "id": conflict_id,
                    "organisation_id": self.org,
                    "entity": entity,
                    "record_id": record_id,
                    "op_id": op["op_id"],
                    "device_id": self.device.id,
                    "fields": canonical_json(merge.conflicts),
                    "created_at": now,
                }
            )
            return _result(
                op,
                "conflict",
                reason="changed_on_server",
                conflict_id=conflict_id,
                conflict=merge.conflicts,
            )
        return _result(op, "applied")

    def _touched(self, cycle_id: str | None) -> None:
        if cycle_id:
            self.cycles.add(cycle_id[:64])

    def _write(
        self,
        entity: str,
        record_id: str,
        data: dict,
        current: Rec | None,
        cycle_id: str | None,
        now: str,
        *,
        deleted: bool,
        text: str | None = None,
    ) -> None:
        cycle = cycle_id[:64] if cycle_id else None
        text = canonical_json(data) if text is None else text
        unique = entities()[entity].get("unique")
        known = self.twins.get((entity, cycle)) if cycle else None
        if unique and known is not None:  # keep the batch's key look-up current
            if current is not None:  # (a record new to the batch has no key there yet)
                for k in [k for k, rid in known.items() if rid == record_id]:
                    del known[k]
            if not deleted:
                known[_key(unique, data)] = record_id
        # The last state of each record in the batch goes into the feed.
        self.written[(entity, record_id)] = {
            "entity": entity,
            "record_id": record_id,
            "data": text,
            "deleted": deleted,
            "cycle_id": cycle,
        }
        if current is None:
            rec = Rec(
                entity, record_id, text, deleted, 1, "device", cycle, new=True, created_at=now
            )
        else:
            rec = current
            rec.text, rec.deleted, rec.cycle_id = text, deleted, cycle
            rec.version += 1  # one version per write, as when each op wrote its own row
        rec._data = dict(data)
        rec.written = True
        rec.updated_at = now
        self.recs[(entity, record_id)] = rec

    def parsed(self) -> dict[Key, tuple[str, dict[str, Any]]]:
        """The records this batch holds decoded: the derived tables need not decode them again."""
        return {k: (r.text, r._data) for k, r in self.recs.items() if r and r._data is not None}

    # ---------------------------------------------------------------- writing, set-wise
    def flush(self) -> None:
        """Every row the batch decided on, one executemany per table (before the derived
        tables are refreshed: they read the records back)."""
        org, device = self.org, self.device.id
        new, changed = [], []
        for _k, rec in sorted(self.recs.items(), key=lambda kv: kv[0]):
            if rec is None or not rec.written:
                continue
            values = {
                "data": rec.text,
                "deleted": rec.deleted,
                "device_id": device,
                "updated_at": rec.updated_at,
                "cycle_id": rec.cycle_id,
            }
            if rec.new:
                new.append(
                    {
                        "organisation_id": org,
                        "entity": rec.entity,
                        "record_id": rec.record_id,
                        "version": rec.version,
                        "origin": "device",
                        "created_at": rec.created_at,
                        **values,
                    }
                )
            else:
                changed.append(
                    {
                        "w_org": org,
                        "w_entity": rec.entity,
                        "w_rid": rec.record_id,
                        "v_version": rec.version,
                        **{f"v_{k}": v for k, v in values.items()},
                    }
                )
        insert_rows(self.conn, t.records, new)
        if changed:
            self.conn.execute(_UPDATE_RECORD, changed)
        for table, rows in (
            (t.applied_ops, self.applied_rows),
            (t.quarantine, self.quarantine_rows),
            (t.conflicts, self.conflict_rows),
        ):
            insert_rows(self.conn, table, rows)

    def finish(self) -> None:
        """The same transaction, after the last op: publish what changed, note the device's
        cycles. (Work that depends on the cycles a batch touched belongs here too.)"""
        conn, org = self.conn, self.org
        publish_records(conn, org, _scoped(conn, org, list(self.written.values())))
        if not self.cycles:
            return
        known = set()
        for chunk in _chunks(sorted(self.cycles)):
            known.update(
                conn.execute(
                    sa.select(t.device_cycles.c.cycle_id).where(
                        t.device_cycles.c.device_id == self.device.id,
                        t.device_cycles.c.cycle_id.in_(chunk),
                    )
                ).scalars()
            )
        new = sorted(self.cycles - known)
        if new:
            now = utc_now()
            insert_rows(
                conn,
                t.device_cycles,
                [
                    {
                        "device_id": self.device.id,
                        "cycle_id": c,
                        "organisation_id": org,
                        "how": "own",
                        "added_at": now,
                    }
                    for c in new
                ],
            )


def _scoped(conn: Connection, org: str, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A record goes to the laptops of its cycle. A facility (no cycle) goes to the laptops of
    each cycle held there; a new one to nobody yet (it travels with its cycle's first fetch).
    The facilities' cycles are read in one go (each cycle names its facility)."""
    facilities = {
        it["record_id"] for it in items if it["cycle_id"] is None and it["entity"] == "facility"
    }
    held: dict[str, list[str]] = {}
    if facilities:
        spelled = {canonical_json({"facility_id": f})[1:-1]: f for f in facilities}
        c = t.records.c
        for chunk in _chunks(sorted(spelled)):
            rows = conn.execute(
                sa.select(c.record_id, c.data).where(
                    c.organisation_id == org,
                    c.entity == "cycle",
                    sa.or_(*(c.data.contains(s, autoescape=True) for s in chunk)),
                )
            )
            for r in rows:
                for s, f in spelled.items():
                    if s in r.data:
                        held.setdefault(f, []).append(r.record_id)
    out: list[dict[str, Any]] = []
    for it in items:
        if it["cycle_id"] is not None or it["entity"] != "facility":
            out.append(it)
        else:
            out.extend(it | {"cycle_id": cyc} for cyc in held.get(it["record_id"], []))
    return out


_SCORED = ("score", "vote", "tally")


@cache
def _allowed(entity: str) -> frozenset[str]:
    return frozenset(entities()[entity]["fields"])  # a `value` on the cycle's scale


def _key(unique: list[str], data: dict[str, Any]) -> tuple:
    """A record's identifying values, told apart exactly as their JSON spelling would (1, 1.0
    and true are three values), without writing JSON for every insert."""
    return tuple([_exact(data.get(f)) for f in unique])


_PLAIN = frozenset({type(None), str, int, float, bool})


def _exact(value: Any) -> Any:
    kind = type(value)
    if kind in _PLAIN:
        return (kind.__name__, value)
    if value is None or isinstance(value, str | int | float | bool):  # subclasses
        return (type(value).__name__, value)
    return ("json", canonical_json(value))


def _chunks(items: list, size: int = CHUNK) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
