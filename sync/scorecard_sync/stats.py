"""What an admin checks after a field trip: records per entity and per device, open conflicts."""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from . import tables as t


def stats(engine: Engine) -> dict[str, Any]:
    with engine.connect() as conn:
        per_entity = conn.execute(
            sa.select(t.records.c.entity, sa.func.count())
            .where(t.records.c.deleted.is_(False))
            .group_by(t.records.c.entity)
            .order_by(t.records.c.entity)
        ).all()
        deleted = conn.execute(
            sa.select(t.records.c.entity, sa.func.count())
            .where(t.records.c.deleted.is_(True))
            .group_by(t.records.c.entity)
        ).all()
        ops = conn.execute(
            sa.select(
                t.applied_ops.c.device_id,
                t.applied_ops.c.entity,
                t.applied_ops.c.status,
                sa.func.count(),
            ).group_by(t.applied_ops.c.device_id, t.applied_ops.c.entity, t.applied_ops.c.status)
        ).all()
        records_by_device = conn.execute(
            sa.select(t.records.c.device_id, t.records.c.entity, sa.func.count())
            .where(t.records.c.deleted.is_(False), t.records.c.device_id.is_not(None))
            .group_by(t.records.c.device_id, t.records.c.entity)
        ).all()
        devices = {
            r.id: r.label for r in conn.execute(sa.select(t.devices.c.id, t.devices.c.label))
        }
        open_conflicts = conn.execute(
            sa.select(sa.func.count())
            .select_from(t.conflicts)
            .where(t.conflicts.c.resolved_at.is_(None))
        ).scalar()
        quarantined = conn.execute(sa.select(sa.func.count()).select_from(t.quarantine)).scalar()
        attachment_rows = conn.execute(
            sa.select(t.records.c.organisation_id, t.records.c.data).where(
                t.records.c.entity == "attachment", t.records.c.deleted.is_(False)
            )
        ).all()
        stored_blobs = set(
            conn.execute(sa.select(t.blobs.c.organisation_id, t.blobs.c.sha256)).tuples()
        )
        blobs = conn.execute(
            sa.select(sa.func.count(), sa.func.coalesce(sa.func.sum(t.blobs.c.size), 0))
        ).first()
    by_device: dict[str, dict[str, Any]] = {}
    for device_id, entity, count in records_by_device:
        entry = by_device.setdefault(
            device_id, {"label": devices.get(device_id, ""), "records": {}, "ops": {}}
        )
        entry["records"][entity] = count
    for device_id, _entity, status, count in ops:
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
        "records": {e: c for e, c in per_entity},
        "attachments": {"expected": len(attachment_rows), "missing": len(missing)},
        "deleted": {e: c for e, c in deleted},
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
