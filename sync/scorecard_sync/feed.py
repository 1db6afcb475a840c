"""Head office's changes for laptops to pull, numbered without gaps per organisation.

Each publishing transaction locks its organisation's counter row (SELECT … FOR UPDATE) and takes
the next numbers from it, so numbers are handed out in commit order: a reader at `since=N` can
never miss a row that commits later with a smaller number (which a database sequence allows).
"""

from __future__ import annotations

import json
import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from . import tables as t
from .db import canonical_json, insert_rows, read, utc_now, write


def next_seq(conn: Connection, org: str, count: int = 1) -> int:
    """Reserve `count` numbers; returns the first."""
    row = conn.execute(
        sa.select(t.pull_counters.c.last_seq)
        .where(t.pull_counters.c.organisation_id == org)
        .with_for_update()
    ).first()
    if row is None:
        raise LookupError(f"No organisation {org}.")
    seq = row.last_seq + 1
    conn.execute(
        sa.update(t.pull_counters)
        .where(t.pull_counters.c.organisation_id == org)
        .values(last_seq=row.last_seq + count)
    )
    return seq


def publish_records(conn: Connection, org: str, items: list[dict[str, Any]]) -> None:
    """Put records laptops changed into the feed, each with its whole current state and its
    cycle, so every laptop working on that cycle ends with the server's copy (the server's order
    decides). Called once at the end of a batch: the counter row is locked only for the commit."""
    if not items:
        return
    first = next_seq(conn, org, len(items))
    now = utc_now()
    insert_rows(
        conn,
        t.changes,
        [
            {
                "organisation_id": org,
                "seq": first + i,
                "entity": it["entity"],
                "record_id": it["record_id"],
                "op": "delete" if it["deleted"] else "upsert",
                "fields": it["data"],
                "server_time": now,
                "cycle_id": it["cycle_id"],
            }
            for i, it in enumerate(items)
        ],
    )


def publish(
    conn: Connection, org: str, entity: str, record_id: str, fields: dict[str, Any] | None
) -> int | None:
    """Publish one record (fields=None: a tombstone). Returns its seq, or None when nothing changed."""
    where = (
        t.published.c.organisation_id == org,
        t.published.c.entity == entity,
        t.published.c.record_id == record_id,
    )
    old = conn.execute(sa.select(t.published).where(*where).with_for_update()).first()
    deleted = fields is None
    text = canonical_json(fields or {})
    if old is not None and old.deleted == deleted and (deleted or old.fields == text):
        return None
    if old is None and deleted:
        return None
    seq = next_seq(conn, org)
    now = utc_now()
    conn.execute(
        sa.insert(t.changes).values(
            organisation_id=org,
            seq=seq,
            entity=entity,
            record_id=record_id,
            op="delete" if deleted else "upsert",
            fields=text,
            server_time=now,
        )
    )
    if old is None:
        conn.execute(
            sa.insert(t.published).values(
                organisation_id=org,
                entity=entity,
                record_id=record_id,
                fields=text,
                deleted=deleted,
                seq=seq,
            )
        )
    else:
        conn.execute(
            sa.update(t.published).where(*where).values(fields=text, deleted=deleted, seq=seq)
        )
    return seq


def pull(
    engine: Engine, org: str, since: int, limit: int, device_id: str | None = None
) -> dict[str, Any]:
    """Changes after `since` for one laptop: head office's (no cycle) and those of the cycles it
    works on (`cycles`, listed too so it can fetch a whole cycle it did not hold before).

    A `since` beyond the last number (the server was restored from an older backup) starts the
    feed again from 0: every change is an upsert or tombstone, so receiving one twice is
    harmless, while missing one is not. `last` is read first: every number up to it belongs to a
    committed change (the counter row is locked until commit), so a page that ends early can
    move the position to `last` without skipping anything."""
    with read(engine) as conn:
        last = (
            conn.execute(
                sa.select(t.pull_counters.c.last_seq).where(
                    t.pull_counters.c.organisation_id == org
                )
            ).scalar()
            or 0
        )
        if since > last:
            since = 0
        mine = sa.select(t.device_cycles.c.cycle_id).where(
            t.device_cycles.c.device_id == (device_id or "")
        )
        rows = conn.execute(
            sa.select(t.changes)
            .where(
                t.changes.c.organisation_id == org,
                t.changes.c.seq > since,
                t.changes.c.seq <= last,
                sa.or_(t.changes.c.cycle_id.is_(None), t.changes.c.cycle_id.in_(mine)),
            )
            .order_by(t.changes.c.seq)
            .limit(limit + 1)
        ).all()
        cycles = sorted(conn.execute(mine).scalars())
    more = len(rows) > limit
    rows = rows[:limit]
    return {
        "changes": [
            {
                "seq": r.seq,
                "entity": r.entity,
                "record_id": r.record_id,
                "op": r.op,
                "fields": json.loads(r.fields),
                "server_time": r.server_time,
            }
            for r in rows
        ],
        "next_since": rows[-1].seq if more else last,
        "more": more,
        "cycles": cycles,
    }


def device_changes(
    engine: Engine, org: str, device_id: str, since: int = 0
) -> list[dict[str, Any]]:
    """Every change after `since` that this device's pulls would receive, in order: what head
    office puts in a USB bundle for a laptop (bundles.export_bundle): head office's own changes
    (signing keys and revocations among them, org-wide) and those of the laptop's cycles."""
    out: list[dict[str, Any]] = []
    while True:
        page = pull(engine, org, since, 1000, device_id)
        out += page["changes"]
        if not page["more"] or page["next_since"] <= since:
            return out
        since = page["next_since"]


def publish_library(engine: Engine, org: str, library: dict[str, Any]) -> dict[str, int]:
    """Publish the indicator library (the shape of the app's resources/library/indicators.json).

    Indicators missing from the new file are withdrawn (a tombstone); unchanged ones cost nothing."""
    wanted: dict[str, dict[str, Any]] = {}
    for sector, items in (library.get("sectors") or {}).items():
        for item in items:
            code = str(item["code"])
            wanted[code] = {
                "code": code,
                "sector": sector,
                "text": str(item["text"]),
                "pictogram": str(item.get("pictogram", "")),
            }
    counts = {"published": 0, "withdrawn": 0, "unchanged": 0}
    with engine.begin() as conn:
        for code, fields in wanted.items():
            counts[
                "published"
                if publish(conn, org, "library_indicator", code, fields)
                else "unchanged"
            ] += 1
        existing = conn.execute(
            sa.select(t.published.c.record_id).where(
                t.published.c.organisation_id == org,
                t.published.c.entity == "library_indicator",
                t.published.c.deleted.is_(False),
            )
        ).scalars()
        for code in [c for c in existing if c not in wanted]:
            publish(conn, org, "library_indicator", code, None)
            counts["withdrawn"] += 1
    return counts


def publish_facilities(
    engine: Engine, org: str, facilities: list[dict[str, Any]]
) -> dict[str, int]:
    """Publish facilities; from then on they belong to head office (laptops cannot change them)."""
    counts = {"published": 0, "unchanged": 0}
    now = utc_now()
    with engine.begin() as conn:
        for item in facilities:
            record_id = str(item.get("id") or uuid.uuid4())
            fields = {
                "name": str(item["name"]),
                "sector": str(item.get("sector", "health")),
                "code": str(item.get("code", "")),
            }
            seq = publish(conn, org, "facility", record_id, fields)
            counts["published" if seq else "unchanged"] += 1
            where = (
                t.records.c.organisation_id == org,
                t.records.c.entity == "facility",
                t.records.c.record_id == record_id,
            )
            if conn.execute(sa.select(t.records.c.record_id).where(*where)).first() is None:
                conn.execute(
                    sa.insert(t.records).values(
                        organisation_id=org,
                        entity="facility",
                        record_id=record_id,
                        data=canonical_json(fields),
                        deleted=False,
                        version=1,
                        origin="server",
                        created_at=now,
                        updated_at=now,
                    )
                )
            else:
                conn.execute(
                    sa.update(t.records)
                    .where(*where)
                    .values(
                        data=canonical_json(fields),
                        origin="server",
                        deleted=False,
                        updated_at=now,
                        version=t.records.c.version + 1,
                    )
                )
    return counts


def add_note(engine: Engine, org: str, action_id: str, note: str, author: str) -> int:
    """Head office's note on an action plan item; laptops pull it as an `action_note`."""
    with engine.begin() as conn:
        seq = publish(
            conn,
            org,
            "action_note",
            str(uuid.uuid4()),
            {"action_id": action_id, "note": note, "author": author, "created_at": utc_now()},
        )
    assert seq is not None
    return seq


def resolve_conflict(engine: Engine, conflict_id: str, keep: str) -> dict[str, Any]:
    """Settle an action-plan conflict: keep the server's values or take the device's.

    The outcome is published as a `conflict_resolution` change, so every laptop ends up with the
    same values (the one whose edit lost included)."""
    if keep not in ("server", "device"):
        raise ValueError("keep must be 'server' or 'device'")
    with write(engine) as conn:
        row = conn.execute(sa.select(t.conflicts).where(t.conflicts.c.id == conflict_id)).first()
        if row is None:
            raise LookupError(
                f"There is no conflict {conflict_id}. See `scorecard-sync conflicts`."
            )
        if row.resolved_at is not None:
            raise LookupError(f"Conflict {conflict_id} was already settled ({row.resolution}).")
        where = (
            t.records.c.organisation_id == row.organisation_id,
            t.records.c.entity == row.entity,
            t.records.c.record_id == row.record_id,
        )
        record = conn.execute(sa.select(t.records).where(*where)).first()
        data = json.loads(record.data)
        disputed = json.loads(row.fields)
        chosen = {
            name: (values["device"] if keep == "device" else data.get(name))
            for name, values in disputed.items()
        }
        now = utc_now()
        if keep == "device" and any(data.get(k) != v for k, v in chosen.items()):
            conn.execute(
                sa.update(t.records)
                .where(*where)
                .values(
                    data=canonical_json(data | chosen),
                    updated_at=now,
                    version=t.records.c.version + 1,
                )
            )
            publish_records(
                conn,
                row.organisation_id,
                [
                    {
                        "entity": row.entity,
                        "record_id": row.record_id,
                        "data": canonical_json(data | chosen),
                        "deleted": bool(record.deleted),
                        "cycle_id": record.cycle_id,
                    }
                ],
            )
        conn.execute(
            sa.update(t.conflicts)
            .where(t.conflicts.c.id == conflict_id)
            .values(resolved_at=now, resolution=keep)
        )
        fields = {
            "entity": row.entity,
            "record_id": row.record_id,
            "fields": chosen,
            "resolution": keep,
        }
        publish(conn, row.organisation_id, "conflict_resolution", conflict_id, fields)
    return fields
