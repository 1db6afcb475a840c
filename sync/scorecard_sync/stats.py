"""What an admin checks after a field trip: records per entity and per device, open conflicts."""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from . import tables as t


def stats(engine: Engine) -> dict[str, Any]:
    """One GROUP BY per big table (records, the op log): every figure below is a sum of its
    groups, so an organisation of 10,000 cycles is read once, not once per figure."""
    r, o = t.records.c, t.applied_ops.c
    with engine.connect() as conn:
        groups = conn.execute(
            sa.select(r.entity, r.deleted, r.device_id, sa.func.count()).group_by(
                r.entity, r.deleted, r.device_id
            )
        ).all()
        ops = conn.execute(
            sa.select(o.device_id, o.status, sa.func.count()).group_by(o.device_id, o.status)
        ).all()
        devices = {
            d.id: d.label for d in conn.execute(sa.select(t.devices.c.id, t.devices.c.label))
        }
        open_conflicts = conn.execute(
            sa.select(sa.func.count())
            .select_from(t.conflicts)
            .where(t.conflicts.c.resolved_at.is_(None))
        ).scalar()
        quarantined = conn.execute(sa.select(sa.func.count()).select_from(t.quarantine)).scalar()
        attachment_rows = []
        for org in conn.execute(sa.select(t.organisations.c.id)).scalars().all():
            attachment_rows += conn.execute(  # the primary key's prefix: no scan of records
                sa.select(r.organisation_id, r.data).where(
                    r.organisation_id == org, r.entity == "attachment", r.deleted.is_(False)
                )
            ).all()
        stored_blobs = set(
            conn.execute(sa.select(t.blobs.c.organisation_id, t.blobs.c.sha256)).tuples()
        )
        blobs = conn.execute(
            sa.select(sa.func.count(), sa.func.coalesce(sa.func.sum(t.blobs.c.size), 0))
        ).first()
    per_entity: dict[str, int] = {}
    deleted: dict[str, int] = {}
    by_device: dict[str, dict[str, Any]] = {}
    for entity, is_deleted, device_id, count in groups:
        tally = deleted if is_deleted else per_entity
        tally[entity] = tally.get(entity, 0) + count
        if not is_deleted and device_id is not None:
            entry = by_device.setdefault(
                device_id, {"label": devices.get(device_id, ""), "records": {}, "ops": {}}
            )
            entry["records"][entity] = entry["records"].get(entity, 0) + count
    for device_id, status, count in ops:
        entry = by_device.setdefault(
            device_id, {"label": devices.get(device_id, ""), "records": {}, "ops": {}}
        )
        entry["ops"][status] = entry["ops"].get(status, 0) + count
    missing = [
        json.loads(data).get("sha256")
        for org, data in attachment_rows
        if (org, json.loads(data).get("sha256")) not in stored_blobs
    ]
    return {
        "records": dict(sorted(per_entity.items())),
        "attachments": {"expected": len(attachment_rows), "missing": len(missing)},
        "deleted": dict(sorted(deleted.items())),
        "devices": by_device,
        "open_conflicts": open_conflicts,
        "quarantined_ops": quarantined,
        "blobs": {"count": blobs[0], "bytes": int(blobs[1])},
    }


def conflict_list(engine: Engine) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        rows = conn.execute(sa.select(t.conflicts).order_by(t.conflicts.c.created_at)).all()
    return [dict(r._mapping) for r in rows]


def quarantine_list(engine: Engine) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        rows = conn.execute(sa.select(t.quarantine).order_by(t.quarantine.c.received_at)).all()
    return [dict(r._mapping) for r in rows]
