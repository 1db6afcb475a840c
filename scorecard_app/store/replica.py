"""Sync bookkeeping in SQL: applying what arrives (pulled changes, another laptop's bundle)
WITHOUT writing outbox rows, attachments, blob uploads, conflicts, and the outbox as exported.

Everything arriving is applied in one transaction together with the marker that says it was
applied (the pull position, or the op ids of a bundle), so a crash repeats work, never loses it.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from scorecard_app.core.digest import cycle_digest
from scorecard_app.core.entities import OpKind as Op
from scorecard_app.core.ids import utc_now, uuid7
from scorecard_app.core.text import message

from .connection import StoreError
from .mapping import ENTITIES, field_names, from_column, sql_list, to_column, wire_value
from .repository import Store, op_from_row

SINCE_KEY = "sync.since"
# What an attachment may be of (checked: it arrives in bundles from other laptops too).
_SUBJECT = re.compile(r"(|meeting|(issue|action):[0-9A-Za-z-]{1,64})")
ATTACHMENT_FIELDS = ("cycle_id", "sha256", "filename", "media_type", "size", "subject")
# Entity → table for everything an op may name (the domain tables plus attachments).
TABLES: dict[str, tuple[str, tuple[str, ...]]] = {
    name: (table, tuple(f for f in field_names(cls) if f != "id"))
    for name, (cls, table) in ENTITIES.items()
}
TABLES["attachment"] = ("attachment", ATTACHMENT_FIELDS)
CYCLES_KEY = "sync.cycles"  # cycles fetched whole from the server (JSON list)


class BadOp(StoreError):
    """An op from a bundle that this laptop cannot apply (unknown record type, bad fields)."""


# ------------------------------------------------------------------ files
def files_dir(store: Store) -> Path:
    if store.path is None:
        raise StoreError(message("Store", "This database has no folder for attached files."))
    return store.path.with_name(store.path.name + ".files")


def blob_path(store: Store, sha256: str) -> Path:
    return files_dir(store) / sha256[:2] / sha256


def _sha256_file(path: Path) -> tuple[str, int]:
    h, size = hashlib.sha256(), 0
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
            size += len(chunk)
    return h.hexdigest(), size


def keep_blob(store: Store, source: Path, sha256: str | None = None) -> tuple[str, int]:
    """Copy a file into the content-addressed folder; returns (sha256, size)."""
    digest, size = _sha256_file(source)
    if sha256 is not None and digest != sha256:
        raise StoreError(
            message("Store", "{name} is damaged: its content does not match its checksum."),
            name=source.name,
        )
    target = blob_path(store, digest)
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".part")
        shutil.copyfile(source, tmp)
        tmp.replace(target)
    return digest, size


def add_attachment(
    store: Store, cycle_id: str, source: Path, media_type: str, subject: str = ""
) -> dict[str, Any]:
    """Attach a file (a photo of a flip chart) to a cycle — `subject` says what of: an issue
    ("issue:<id>"), an action ("action:<id>"), the interface meeting ("meeting"). The record
    syncs as an op, the file uploads afterwards, resumably."""
    if not _SUBJECT.fullmatch(subject):
        raise StoreError(
            message("Store", "“{subject}” is not something a photo can be attached to."),
            subject=subject,
        )
    sha, size = keep_blob(store, Path(source))
    att = {
        "id": uuid7(),
        "cycle_id": cycle_id,
        "sha256": sha,
        "filename": Path(source).name,
        "media_type": media_type,
        "size": size,
        "subject": subject,
    }
    now = utc_now()
    with store.db.atomic():
        training = store._guard("attachment", Op.INSERT, cycle_id)
        store.conn.execute(
            "INSERT INTO attachment (id, cycle_id, sha256, filename, media_type, size, subject,"
            " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
            (*att.values(), now, now),
        )
        fields = {k: att[k] for k in ATTACHMENT_FIELDS}
        store._outbox("attachment", att["id"], Op.INSERT, fields, {}, 0, cycle_id, training)
        if not training:
            _want_blob(store, sha, size)
    return att


def _want_blob(store: Store, sha256: str, size: int) -> None:
    store.conn.execute(
        "INSERT INTO blob_upload (sha256, size) VALUES (?, ?) ON CONFLICT(sha256) DO NOTHING",
        (sha256, size),
    )


def attachments(store: Store, cycle_id: str, subject: str | None = None) -> list[dict[str, Any]]:
    """A cycle's attachments (those of one subject when given), oldest first."""
    sql = (
        "SELECT id, cycle_id, sha256, filename, media_type, size, subject FROM attachment"
        " WHERE cycle_id = ? AND deleted_at IS NULL"
    )
    args: tuple = (cycle_id,)
    if subject is not None:
        sql, args = sql + " AND subject = ?", (cycle_id, subject)
    return [dict(r) for r in store.conn.execute(sql + " ORDER BY rowid", args)]


def remove_attachment(store: Store, attachment_id: str) -> None:
    """Remove a photo (a tombstone that syncs; the file stays, another record may use it)."""
    with store.db.atomic():
        row = store.conn.execute(
            "SELECT cycle_id, version FROM attachment WHERE id = ? AND deleted_at IS NULL",
            (attachment_id,),
        ).fetchone()
        if row is None:
            raise StoreError(message("Store", "That photo is not there any more."))
        training = store._guard("attachment", Op.DELETE, row["cycle_id"])
        now = utc_now()
        store.conn.execute(
            "UPDATE attachment SET deleted_at = ?, updated_at = ?, version = version + 1"
            " WHERE id = ?",
            (now, now, attachment_id),
        )
        store._outbox(
            "attachment",
            attachment_id,
            Op.DELETE,
            {},
            {},
            row["version"],
            row["cycle_id"],
            training,
        )


def pending_blobs(store: Store) -> list[dict[str, Any]]:
    rows = store.conn.execute(
        "SELECT sha256, size, uploaded_offset FROM blob_upload WHERE done_at IS NULL ORDER BY rowid"
    )
    return [dict(r) for r in rows]


def note_blob_offset(store: Store, sha256: str, offset: int, *, done: bool = False) -> None:
    with store.db.atomic():
        store.conn.execute(
            "UPDATE blob_upload SET uploaded_offset = ?, done_at = ? WHERE sha256 = ?",
            (offset, utc_now() if done else None, sha256),
        )


# ------------------------------------------------------------- pulled data
def pull_position(store: Store) -> int:
    return int(store.get_setting(SINCE_KEY, "0") or 0)


def _pending_fields(store: Store, entity: str, record_id: str) -> set[str]:
    """Fields this laptop changed and has not sent yet: a pull must not overwrite them."""
    out: set[str] = set()
    for (fields,) in store.conn.execute(
        "SELECT fields FROM outbox WHERE sent_at IS NULL AND entity = ? AND record_id = ?",
        (entity, record_id),
    ):
        out |= set(json.loads(fields))
    return out


def apply_pulled(store: Store, changes: Iterable[dict[str, Any]], next_since: int) -> int:
    """Apply one page of server changes and remember the new position, in one transaction.

    No outbox rows are written: these changes came from the server. Returns how many applied."""
    n = 0
    store.changed_outside()
    with store.db.atomic():
        for ch in changes:
            entity, rid = ch["entity"], ch["record_id"]
            deleted = ch["op"] == Op.DELETE
            fields = ch.get("fields") or {}
            if entity in TABLES:  # a record of a cycle this laptop works on, or a facility
                _take_server_copy(store, entity, rid, fields, deleted)
            else:
                if entity == "conflict_resolution" and not deleted:
                    _apply_resolution(store, rid, fields)
                store.conn.execute(
                    "INSERT INTO replica_record (entity, record_id, data, deleted, seq, server_time)"
                    " VALUES (?,?,?,?,?,?) ON CONFLICT(entity, record_id) DO UPDATE SET"
                    " data = CASE WHEN excluded.deleted THEN replica_record.data ELSE excluded.data END,"
                    " deleted = excluded.deleted, seq = excluded.seq, server_time = excluded.server_time",
                    (
                        entity,
                        rid,
                        json.dumps(fields, ensure_ascii=False, sort_keys=True),
                        int(deleted),
                        int(ch["seq"]),
                        ch.get("server_time"),
                    ),
                )
            n += 1
        store.set_setting(SINCE_KEY, str(int(next_since)))
    return n


def _references(store: Store, table: str) -> dict[str, tuple[str, bool]]:
    """column → (table it points to, whether it may be empty), read from the schema once."""
    cache = store.__dict__.setdefault("_fk_cache", {})
    if table not in cache:
        notnull = {
            r["name"]: bool(r["notnull"]) for r in store.conn.execute(f"PRAGMA table_info({table})")
        }
        cache[table] = {
            r["from"]: (r["table"], not notnull.get(r["from"], False))
            for r in store.conn.execute(f"PRAGMA foreign_key_list({table})")
        }
    return cache[table]


def _unique_keys(store: Store, table: str) -> list[list[str]]:
    """The columns of each unique index of a table that holds one live record per key (one
    score per group and indicator), read from the schema once."""
    cache = store.__dict__.setdefault("_unique_cache", {})
    if table not in cache:
        keys = []
        for idx in store.conn.execute(f"PRAGMA index_list({table})").fetchall():
            if idx["unique"] and idx["origin"] == "c":
                cols = [r["name"] for r in store.conn.execute(f"PRAGMA index_info({idx['name']})")]
                keys.append(cols)
        cache[table] = keys
    return cache[table]


def _make_room(store: Store, table: str, rid: str, values: dict[str, Any]) -> bool:
    """Another laptop's record that is the same as one made here under another id (both scored
    the same group and indicator): the server kept one; this laptop's copy gives way to it. Its
    values stay in the outbox and, where they differed, on the review list. False when the local
    one still has an unsent change (it goes up first; the check fetches the cycle after)."""
    for cols in _unique_keys(store, table):
        if any(c not in values for c in cols):
            continue
        where = " AND ".join(f"{c} IS ?" for c in cols)
        params = [to_column(c, values[c]) for c in cols]
        for (other,) in store.conn.execute(
            f"SELECT id FROM {table} WHERE {where} AND deleted_at IS NULL AND id != ?",
            (*params, rid),
        ).fetchall():
            if store.conn.execute(
                "SELECT 1 FROM outbox WHERE sent_at IS NULL AND record_id = ?", (other,)
            ).fetchone():
                return False
            store.conn.execute(f"DELETE FROM {table} WHERE id = ?", (other,))
    return True


def _take_server_copy(
    store: Store, entity: str, rid: str, fields: dict[str, Any], deleted: bool
) -> bool:
    """Hold the server's copy of a record, except fields with an unsent edit here (those go up
    in the next push and the server decides). A record whose parent this laptop does not hold
    yet is left for the cycle's next fetch (returns False); an optional link to a record that is
    not here is left empty."""
    table, allowed = TABLES[entity]
    skip = _pending_fields(store, entity, rid)
    values = {k: v for k, v in fields.items() if k in allowed and k not in skip}
    if entity == "cycle":
        values.pop("training", None)  # training cycles never travel; the server holds none
    for column, (target, optional) in _references(store, table).items():
        ref = values.get(column)
        if ref is None or target == table and ref == rid:
            continue
        if not store.conn.execute(f"SELECT 1 FROM {target} WHERE id = ?", (ref,)).fetchone():
            if not optional:
                return False
            values[column] = None
    if not deleted and not _make_room(store, table, rid, values):
        return False
    if store.conn.execute(
        "SELECT 1 FROM outbox WHERE sent_at IS NULL AND entity = ? AND record_id = ?"
        f" AND op IN ({sql_list((Op.DELETE, Op.RESTORE))})",
        (entity, rid),
    ).fetchone():  # an unsent delete or restore here: this laptop's choice goes up first
        row = store.conn.execute(f"SELECT deleted_at FROM {table} WHERE id = ?", (rid,)).fetchone()
        deleted = bool(row and row[0])
    _upsert_row(store, table, rid, values, deleted=deleted)
    return True


def known_cycles(store: Store) -> set[str]:
    return set(json.loads(store.get_setting(CYCLES_KEY, "[]") or "[]"))


def apply_cycle_snapshot(store: Store, cycle_id: str, records: list[dict[str, Any]]) -> int:
    """Take a whole cycle as the server holds it (a cycle head office assigned to this laptop,
    or a repair after the post-sync check found a difference), in one transaction. Returns how
    many records could not be placed (a parent missing: reported by the next check)."""
    missed = 0
    store.changed_outside()
    with store.db.atomic():
        for rec in records:
            if rec.get("entity") not in TABLES:
                continue
            ok = _take_server_copy(
                store,
                rec["entity"],
                str(rec["record_id"]),
                rec.get("fields") or {},
                bool(rec.get("deleted")),
            )
            missed += not ok
        store.set_setting(CYCLES_KEY, json.dumps(sorted(known_cycles(store) | {cycle_id})))
    return missed


def _cycle_rows(store: Store, entity: str, table: str, cycle_id: str) -> list[Any]:
    if entity == "cycle":
        return store.conn.execute("SELECT * FROM cycle WHERE id = ?", (cycle_id,)).fetchall()
    if entity == "action_update":
        return store.conn.execute(
            "SELECT u.* FROM action_update u JOIN action a ON a.id = u.action_id"
            " WHERE a.cycle_id = ?",
            (cycle_id,),
        ).fetchall()
    return store.conn.execute(f"SELECT * FROM {table} WHERE cycle_id = ?", (cycle_id,)).fetchall()


def local_cycle_digest(store: Store, cycle_id: str) -> dict[str, dict]:
    """What this laptop holds of a cycle, digested as the server digests its copy."""
    records = []
    for entity, (table, allowed) in TABLES.items():
        if entity == "facility":
            continue
        for row in _cycle_rows(store, entity, table, cycle_id):
            fields = {f: wire_value(f, from_column(f, row[f])) for f in allowed}
            records.append((entity, row["id"], row["deleted_at"] is not None, fields))
    return cycle_digest(records)


def cycles_with_pending_ops(store: Store) -> set[str]:
    return {
        r[0]
        for r in store.conn.execute(
            "SELECT DISTINCT cycle_id FROM outbox WHERE sent_at IS NULL AND cycle_id IS NOT NULL"
        )
    }


def _apply_resolution(store: Store, conflict_id: str, res: dict[str, Any]) -> None:
    """Head office settled a conflict: hold the agreed values (no outbox row: they came from the
    server; a field with a newer unsent edit here keeps it) and close it in the review list."""
    entity, rid = res.get("entity"), res.get("record_id")
    if entity in TABLES and rid:
        table, allowed = TABLES[entity]
        skip = _pending_fields(store, entity, rid)
        values = {
            k: v for k, v in (res.get("fields") or {}).items() if k in allowed and k not in skip
        }
        if values and store.conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (rid,)).fetchone():
            sets = ", ".join(f"{k} = ?" for k in values)
            store.conn.execute(
                f"UPDATE {table} SET {sets}, updated_at = ?, version = version + 1 WHERE id = ?",
                (*[to_column(k, v) for k, v in values.items()], utc_now(), rid),
            )
    store.conn.execute(
        "UPDATE sync_conflict SET reviewed_at = coalesce(reviewed_at, ?) WHERE conflict_id = ?",
        (utc_now(), conflict_id),
    )


def _upsert_row(
    store: Store, table: str, record_id: str, fields: dict[str, Any], *, deleted: bool
) -> None:
    now = utc_now()
    exists = store.conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (record_id,)).fetchone()
    if exists:
        sets = [f"{k} = ?" for k in fields] + ["deleted_at = ?", "updated_at = ?"]
        values = [to_column(k, v) for k, v in fields.items()]
        store.conn.execute(
            f"UPDATE {table} SET {', '.join(sets)}, version = version + 1 WHERE id = ?",
            (*values, now if deleted else None, now, record_id),
        )
    elif not deleted:
        row = {"id": record_id} | {k: to_column(k, v) for k, v in fields.items()}
        row |= {"created_at": now, "updated_at": now}
        store.conn.execute(
            f"INSERT INTO {table} ({','.join(row)}) VALUES ({','.join('?' * len(row))})",
            tuple(row.values()),
        )


def replica_records(store: Store, entity: str) -> list[dict[str, Any]]:
    rows = store.conn.execute(
        "SELECT record_id, data FROM replica_record WHERE entity = ? AND deleted = 0 ORDER BY seq",
        (entity,),
    )
    return [{"record_id": r[0], **json.loads(r[1])} for r in rows]


def published_library(store: Store) -> list[dict[str, Any]]:
    """The indicators head office published, withdrawn ones included (their last text kept)
    with `withdrawn` True: the indicator picker adds the new ones and marks the withdrawn."""
    rows = store.conn.execute(
        "SELECT record_id, data, deleted FROM replica_record WHERE entity = 'library_indicator'"
        " ORDER BY seq"
    )
    return [{"code": r[0], **json.loads(r[1]), "withdrawn": bool(r[2])} for r in rows]


def action_notes(store: Store, action_id: str) -> list[dict[str, Any]]:
    """Head office's notes on one action, oldest first."""
    rows = store.conn.execute(
        "SELECT data FROM replica_record WHERE entity = 'action_note' AND deleted = 0"
        " AND json_extract(data, '$.action_id') = ? ORDER BY seq",
        (action_id,),
    )
    return [json.loads(r[0]) for r in rows]


# -------------------------------------------------------------- conflicts
def keep_conflicts(store: Store, items: Iterable[dict[str, Any]]) -> None:
    """Remember what the server did not apply as sent (conflict or rejected), for review."""
    now = utc_now()
    with store.db.atomic():
        for it in items:
            store.conn.execute(
                "INSERT INTO sync_conflict (op_id, entity, record_id, status, reason, conflict_id,"
                " detail, reported_at) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(op_id) DO NOTHING",
                (
                    it["op_id"],
                    it["entity"],
                    it["record_id"],
                    it["status"],
                    it.get("reason") or "",
                    it.get("conflict_id"),
                    json.dumps(it.get("conflict") or {}, ensure_ascii=False, sort_keys=True),
                    now,
                ),
            )


def conflicts(store: Store, *, include_reviewed: bool = False) -> list[dict[str, Any]]:
    sql = "SELECT * FROM sync_conflict"
    if not include_reviewed:
        sql += " WHERE reviewed_at IS NULL"
    rows = store.conn.execute(sql + " ORDER BY reported_at, rowid")
    return [dict(r) | {"detail": json.loads(r["detail"])} for r in rows]


def mark_reviewed(store: Store, op_ids: Iterable[str]) -> None:
    with store.db.atomic():
        store.conn.executemany(
            "UPDATE sync_conflict SET reviewed_at = ? WHERE op_id = ?",
            [(utc_now(), op) for op in op_ids],
        )


# ---------------------------------------------------------------- bundles
def all_pending_ops(store: Store) -> list[dict[str, Any]]:
    """Every unsent op, oldest first (the push splits them into batches)."""
    rows = store.conn.execute("SELECT * FROM outbox WHERE sent_at IS NULL ORDER BY seq")
    return [op_from_row(r) for r in rows]


def cycles_with_ops(store: Store) -> list[str]:
    return [
        r[0]
        for r in store.conn.execute(
            "SELECT DISTINCT cycle_id FROM outbox WHERE cycle_id IS NOT NULL ORDER BY cycle_id"
        )
    ]


def ops_for_export(store: Store, cycle_ids: Iterable[str] | None) -> list[dict[str, Any]]:
    """Every op ever written for these cycles (all cycles when None), sent or not, oldest first,
    plus the ops of the facilities they belong to. A bundle carries whole cycles: the server
    absorbs what it already has as duplicates."""
    if cycle_ids is None:
        rows = store.conn.execute("SELECT * FROM outbox ORDER BY seq").fetchall()
        return [op_from_row(r) for r in rows]
    ids = list(cycle_ids)
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    facilities = [
        r[0]
        for r in store.conn.execute(
            f"SELECT DISTINCT facility_id FROM cycle WHERE id IN ({marks})", ids
        )
    ]
    fmarks = ",".join("?" * len(facilities)) or "NULL"
    rows = store.conn.execute(
        f"SELECT * FROM outbox WHERE cycle_id IN ({marks})"
        f" OR (entity = 'facility' AND record_id IN ({fmarks})) ORDER BY seq",
        (*ids, *facilities),
    ).fetchall()
    if not any(r["cycle_id"] for r in rows):
        return []  # only training cycles (or none): nothing of theirs leaves the laptop
    return [op_from_row(r) for r in rows]


def known_op(store: Store, op_id: str) -> bool:
    return bool(
        store.conn.execute("SELECT 1 FROM outbox WHERE op_id = ?", (op_id,)).fetchone()
        or store.conn.execute("SELECT 1 FROM applied_op WHERE op_id = ?", (op_id,)).fetchone()
    )


def apply_bundle_ops(
    store: Store, ops: list[dict[str, Any]], blobs: dict[str, Path], source: str
) -> dict[str, int]:
    """Apply another laptop's ops here, all or nothing, skipping ops already known.

    Returns {"applied": n, "skipped": m, "refused": r}: an op a local edit could not make (a
    finished cycle is locked) is refused, not applied. Raises BadOp (and changes nothing) on an op
    that cannot be applied."""
    applied = skipped = refused = 0
    store.changed_outside()
    for sha, path in blobs.items():  # files first: content-addressed, harmless if unused
        keep_blob(store, path, sha)
    with store.db.atomic():
        for op in ops:
            if known_op(store, op["op_id"]):
                skipped += 1
                continue
            if not _allowed_as_local_edit(store, op):
                refused += 1
                continue
            _apply_op(store, op)
            store.conn.execute(
                "INSERT INTO applied_op (op_id, source, applied_at) VALUES (?,?,?)",
                (op["op_id"], source, utc_now()),
            )
            applied += 1
    return {"applied": applied, "skipped": skipped, "refused": refused}


def _allowed_as_local_edit(store: Store, op: dict[str, Any]) -> bool:
    """The finished-cycle lock of Store._guard, for an op from elsewhere. The cycle is taken from
    this laptop's own rows (never from the op's cycle_id alone), before and after the change."""
    from .repository import CycleLocked

    entity, fields = op["entity"], op.get("fields") or {}
    if entity not in TABLES or entity in ("cycle", "facility"):
        return True
    table = TABLES[entity][0]
    cycles: set[str] = set()
    row = store.conn.execute(f"SELECT * FROM {table} WHERE id = ?", (op["record_id"],)).fetchone()
    if entity == "action_update":
        for action_id in {fields.get("action_id"), row["action_id"] if row else None} - {None}:
            found = store.conn.execute(
                "SELECT cycle_id FROM action WHERE id = ?", (action_id,)
            ).fetchone()
            cycles |= {found[0]} if found else set()
    else:
        cycles |= {c for c in (fields.get("cycle_id"), row["cycle_id"] if row else None) if c}
    for cycle_id in cycles:
        if not store.conn.execute("SELECT 1 FROM cycle WHERE id = ?", (cycle_id,)).fetchone():
            continue  # not here (yet): _apply_op says what is wrong with it
        try:
            store._guard(entity, op["op"], cycle_id)
        except CycleLocked:
            return False
    return True


def _apply_op(store: Store, op: dict[str, Any]) -> None:
    entity, rid, kind = op["entity"], op["record_id"], op["op"]
    if entity not in TABLES:
        raise BadOp(
            message(
                "Store", "The bundle holds a kind of record this version does not know ({kind})."
            ),
            kind=entity,
        )
    table, allowed = TABLES[entity]
    fields = op.get("fields") or {}
    unknown = set(fields) - set(allowed)
    if unknown:
        raise BadOp(
            message("Store", "The bundle holds unknown fields for a record ({kind}): {fields}."),
            kind=entity,
            fields=", ".join(sorted(unknown)),
        )
    if entity == "attachment" and not _SUBJECT.fullmatch(str(fields.get("subject", ""))):
        raise BadOp(message("Store", "The bundle holds a photo attached to something unknown."))
    now = op.get("created_at") or utc_now()
    exists = store.conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (rid,)).fetchone()
    if kind == Op.INSERT:
        if exists:
            return  # the same record came another way (a pull, an earlier bundle)
        fields = dict(fields)
        prev = fields.get("previous_cycle_id")
        if prev and not store.conn.execute("SELECT 1 FROM cycle WHERE id = ?", (prev,)).fetchone():
            fields["previous_cycle_id"] = None  # an earlier round that was not in the bundle
        row = {"id": rid} | {k: to_column(k, v) for k, v in fields.items()}
        row |= {"created_at": now, "updated_at": now}
        store.conn.execute(
            f"INSERT INTO {table} ({','.join(row)}) VALUES ({','.join('?' * len(row))})",
            tuple(row.values()),
        )
        if entity == "attachment":
            _want_blob(store, fields["sha256"], int(fields["size"]))
            store.conn.execute(  # the other laptop uploads it; we only keep the file
                "UPDATE blob_upload SET done_at = ? WHERE sha256 = ?", (now, fields["sha256"])
            )
    elif not exists:
        raise BadOp(
            message("Store", "The bundle changes a record ({kind}) that is not on this laptop."),
            kind=entity,
        )
    elif kind == Op.UPDATE:
        sets = ", ".join(f"{k} = ?" for k in fields)
        store.conn.execute(
            f"UPDATE {table} SET {sets}, updated_at = ?, version = version + 1 WHERE id = ?",
            (*[to_column(k, v) for k, v in fields.items()], now, rid),
        )
    elif kind in (Op.DELETE, Op.RESTORE):
        store.conn.execute(
            f"UPDATE {table} SET deleted_at = ?, updated_at = ?, version = version + 1 WHERE id = ?",
            (now if kind == Op.DELETE else None, now, rid),
        )
    else:
        raise BadOp(
            message("Store", "The bundle holds an operation this version does not know ({op})."),
            op=kind,
        )


# ----------------------------------------------------------- sync status
def outbox_summary(store: Store) -> dict[str, int]:
    row = store.conn.execute(
        "SELECT count(*) FILTER (WHERE sent_at IS NULL),"
        " count(*) FILTER (WHERE sent_at IS NOT NULL) FROM outbox"
    ).fetchone()
    blobs = store.conn.execute("SELECT count(*) FROM blob_upload WHERE done_at IS NULL").fetchone()
    return {"waiting": row[0], "sent": row[1], "files_waiting": blobs[0]}


def training_cycle_ops(store: Store) -> int:
    """Outbox rows that belong to training cycles; always 0 (checked by tests and status)."""
    return store.conn.execute(
        "SELECT count(*) FROM outbox o JOIN cycle c ON c.id = o.cycle_id WHERE c.training = 1"
    ).fetchone()[0]
