"""Which laptop works on which cycle, a whole cycle for a laptop that joins it, and the digest
a laptop compares its copy with after each sync (docs/protocol.md, "Convergence")."""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from scorecard_app.core.digest import cycle_digest

from . import tables as t
from .apply import Device
from .contract import entities
from .db import read, utc_now, write
from .devices import find_device


def assign(engine: Engine, cycle_ref: str, device_ref: str) -> dict[str, Any]:
    """Head office gives a cycle to a laptop (a second facilitator, a replaced laptop): its next
    sync fetches the whole cycle, and from then on the feed carries the cycle's changes to it."""
    device = find_device(engine, device_ref)
    if device["revoked_at"]:
        raise LookupError(f"Device {device['label'] or device['id']} has been revoked.")
    org = device["organisation_id"]
    with write(engine) as conn:
        cycles = (
            conn.execute(
                sa.select(t.records.c.record_id).where(
                    t.records.c.organisation_id == org,
                    t.records.c.entity == "cycle",
                    t.records.c.record_id.startswith(cycle_ref, autoescape=True),
                )
            )
            .scalars()
            .all()
        )
        if len(cycles) != 1:
            raise LookupError(
                f"No cycle matches “{cycle_ref}” in this device's organisation."
                if not cycles
                else f"“{cycle_ref}” matches {len(cycles)} cycles; give more of the cycle id."
            )
        cycle_id = cycles[0]
        known = conn.execute(
            sa.select(t.device_cycles.c.how).where(
                t.device_cycles.c.device_id == device["id"],
                t.device_cycles.c.cycle_id == cycle_id,
            )
        ).scalar()
        if known is None:
            conn.execute(
                sa.insert(t.device_cycles).values(
                    device_id=device["id"],
                    cycle_id=cycle_id,
                    organisation_id=org,
                    how="assigned",
                    added_at=utc_now(),
                )
            )
    return {"cycle_id": cycle_id, "device": device, "already": known is not None}


def device_cycles(engine: Engine, device: Device) -> list[str]:
    with read(engine) as conn:
        return sorted(
            conn.execute(
                sa.select(t.device_cycles.c.cycle_id).where(
                    t.device_cycles.c.device_id == device.id
                )
            ).scalars()
        )


def _cycle_rows(conn: sa.Connection, org: str, cycle_id: str) -> list[sa.Row]:
    return conn.execute(
        sa.select(
            t.records.c.entity, t.records.c.record_id, t.records.c.deleted, t.records.c.data
        ).where(t.records.c.organisation_id == org, t.records.c.cycle_id == cycle_id)
    ).all()


def _fields(entity: str, data: dict[str, Any]) -> dict[str, Any]:
    spec = entities().get(entity)
    return {k: data.get(k) for k in spec["fields"]} if spec else data


def snapshot(engine: Engine, device: Device, cycle_id: str) -> dict[str, Any] | None:
    """Every record of a cycle this device works on (and its facility), parents first.
    None when the device does not work on it: another laptop's cycle is not for the asking."""
    org = device.organisation_id
    with read(engine) as conn:
        allowed = conn.execute(
            sa.select(t.device_cycles.c.cycle_id).where(
                t.device_cycles.c.device_id == device.id, t.device_cycles.c.cycle_id == cycle_id
            )
        ).first()
        if allowed is None:
            return None
        rows = _cycle_rows(conn, org, cycle_id)
        header = next((r for r in rows if r.entity == "cycle"), None)
        facility_id = json.loads(header.data).get("facility_id") if header else None
        if facility_id:
            rows += conn.execute(
                sa.select(
                    t.records.c.entity,
                    t.records.c.record_id,
                    t.records.c.deleted,
                    t.records.c.data,
                ).where(
                    t.records.c.organisation_id == org,
                    t.records.c.entity == "facility",
                    t.records.c.record_id == facility_id,
                )
            ).all()
    order = {name: i for i, name in enumerate(entities())}
    rows.sort(key=lambda r: (order.get(r.entity, 99), r.record_id))
    return {
        "cycle_id": cycle_id,
        "records": [
            {
                "entity": r.entity,
                "record_id": r.record_id,
                "deleted": bool(r.deleted),
                "fields": json.loads(r.data),
            }
            for r in rows
        ],
    }


def check(engine: Engine, device: Device) -> dict[str, Any]:
    """Per cycle the device works on: record counts and a digest per entity."""
    org = device.organisation_id
    out: dict[str, Any] = {}
    with read(engine) as conn:
        mine = conn.execute(
            sa.select(t.device_cycles.c.cycle_id).where(t.device_cycles.c.device_id == device.id)
        ).scalars()
        for cycle_id in sorted(mine):
            rows = _cycle_rows(conn, org, cycle_id)
            out[cycle_id] = cycle_digest(
                (r.entity, r.record_id, bool(r.deleted), _fields(r.entity, json.loads(r.data)))
                for r in rows
            )
    return {"cycles": out}
