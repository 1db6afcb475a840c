"""The server's stored records of a cycle, turned back into the app's own core objects.

Head office computes nothing itself: it rebuilds `CycleData` from the records laptops pushed and
hands it to `scorecard_app.core.aggregation`, the very code the laptop prints its results with,
so a median on the dashboard is the median on the laptop's community summary.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from scorecard_app.core import entities as e

from . import tables as t

# Wire entity → core dataclass (the wire's field names are the dataclasses' own).
CLASSES: dict[str, type] = {
    "facility": e.Facility,
    "cycle": e.Cycle,
    "group": e.Group,
    "participant": e.Participant,
    "input_item": e.InputItem,
    "issue": e.Issue,
    "indicator": e.Indicator,
    "score": e.Score,
    "vote": e.Vote,
    "tally": e.Tally,
    "interface_meeting": e.InterfaceMeeting,
    "action": e.Action,
    "action_update": e.ActionUpdate,
}
_FIELDS = {name: {f.name for f in dataclasses.fields(cls)} for name, cls in CLASSES.items()}
_LISTS = {"group": "groups", "participant": "participants", "input_item": "input_items"}
_LISTS |= {"issue": "issues", "indicator": "indicators", "score": "scores", "vote": "votes"}
_LISTS |= {"tally": "tallies", "action": "actions", "action_update": "updates"}
# The laptop's load order (store.load_cycle), so ties sort the same way on both sides.
_ORDER = {
    "groups": lambda o: o.position,
    "participants": lambda o: o.number,
    "input_items": lambda o: o.position,
    "indicators": lambda o: o.position,
    "updates": lambda o: o.on_date or "",
}


def build(entity: str, record_id: str, data: dict[str, Any]) -> Any | None:
    """One core object from a record's fields; None when the record cannot make one (a field
    a laptop of a future version dropped, a value of the wrong type): skipped, never guessed."""
    cls = CLASSES[entity]
    values = {k: v for k, v in data.items() if k in _FIELDS[entity] and k != "id"}
    if entity == "cycle":
        dates = values.get("stage_dates") or {}
        try:
            values["stage_dates"] = {
                str(k): e.StageDates(planned=v.get("planned"), actual=v.get("actual"))
                for k, v in dates.items()
                if isinstance(v, dict)
            }
        except AttributeError:
            values["stage_dates"] = {}
    try:
        obj = cls(id=record_id, **values)
        if entity == "cycle":
            obj.scale  # noqa: B018 - an unknown scale code makes the cycle unusable
        return obj
    except (TypeError, ValueError):
        return None


def _rows(conn: Connection, org: str, cycle_id: str) -> list[sa.Row]:
    return conn.execute(
        sa.select(t.records.c.entity, t.records.c.record_id, t.records.c.data).where(
            t.records.c.organisation_id == org,
            t.records.c.cycle_id == cycle_id,
            t.records.c.deleted.is_(False),
        )
    ).all()


def _facility(conn: Connection, org: str, facility_id: str) -> e.Facility:
    row = conn.execute(
        sa.select(t.records.c.data).where(
            t.records.c.organisation_id == org,
            t.records.c.entity == "facility",
            t.records.c.record_id == facility_id,
        )
    ).first()
    found = build("facility", facility_id, json.loads(row.data)) if row is not None else None
    return found or e.Facility(name="", id=facility_id)


def load_cycle(conn: Connection, org: str, cycle_id: str) -> e.CycleData | None:
    """A cycle as the laptop holds it (deleted rows left out), or None if head office has no
    usable cycle record yet."""
    parts: dict[str, list[Any]] = {name: [] for name in _LISTS.values()}
    cycle: e.Cycle | None = None
    meetings: list[e.InterfaceMeeting] = []
    for row in _rows(conn, org, cycle_id):
        if row.entity not in CLASSES:
            continue  # attachments and entities of later protocol versions
        obj = build(row.entity, row.record_id, json.loads(row.data))
        if obj is None:
            continue
        if row.entity == "cycle":
            cycle = obj if row.record_id == cycle_id else cycle
        elif row.entity == "interface_meeting":
            meetings.append(obj)
        elif row.entity in _LISTS:
            parts[_LISTS[row.entity]].append(obj)
    if cycle is None:
        return None
    for name, key in _ORDER.items():
        parts[name].sort(key=key)
    action_ids = {a.id for a in parts["actions"]}
    parts["updates"] = [u for u in parts["updates"] if u.action_id in action_ids]
    meetings.sort(key=lambda m: m.id)
    return e.CycleData(
        cycle=cycle,
        facility=_facility(conn, org, cycle.facility_id),
        meeting=meetings[0] if meetings else None,
        **parts,
    )


def load_previous(conn: Connection, org: str, data: e.CycleData) -> e.CycleData | None:
    """The round before (the cycle's `previous_cycle_id`), as the laptop's previous_data."""
    prev = data.cycle.previous_cycle_id
    if not prev or prev == data.cycle.id:
        return None
    return load_cycle(conn, org, prev)


def load_rounds(conn: Connection, org: str, cycle_id: str) -> list[e.CycleData]:
    """This cycle and every earlier round linked to it, oldest first (store.rounds)."""
    out: list[e.CycleData] = []
    seen: set[str] = set()
    cur = load_cycle(conn, org, cycle_id)
    while cur is not None and cur.cycle.id not in seen:
        seen.add(cur.cycle.id)
        out.append(cur)
        cur = load_previous(conn, org, cur)
    return list(reversed(out))
