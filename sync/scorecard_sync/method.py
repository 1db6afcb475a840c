"""The server's stored records of a cycle, turned back into the app's own core objects.

Head office computes nothing itself: it rebuilds `CycleData` from the records laptops pushed and
hands it to `scorecard_app.core.aggregation`, the very code the laptop prints its results with,
so a median on the dashboard is the median on the laptop's community summary.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
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
    if entity != "cycle" and "id" not in data and _FIELDS[entity].issuperset(data):
        values = data  # every field known (the usual case): no copy to make
    else:
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


_CYCLE_ROWS = sa.select(
    t.records.c.cycle_id, t.records.c.entity, t.records.c.record_id, t.records.c.data
).where(
    t.records.c.organisation_id == sa.bindparam("org"),
    t.records.c.cycle_id.in_(sa.bindparam("ids", expanding=True)),
    t.records.c.deleted.is_(False),
)
_FACILITIES = sa.select(t.records.c.record_id, t.records.c.data).where(
    t.records.c.organisation_id == sa.bindparam("org"),
    t.records.c.entity == "facility",
    t.records.c.record_id.in_(sa.bindparam("ids", expanding=True)),
)


def load_cycle(conn: Connection, org: str, cycle_id: str) -> e.CycleData | None:
    """A cycle as the laptop holds it (deleted rows left out), or None if head office has no
    usable cycle record yet."""
    return load_cycles(conn, org, [cycle_id])[cycle_id]


# What records of the wrong types (a broken or hostile laptop) make building a cycle raise.
UNUSABLE = (TypeError, ValueError, AttributeError, KeyError, ArithmeticError)


def load_cycles(
    conn: Connection,
    org: str,
    cycle_ids: list[str] | set[str],
    unusable: set[str] | None = None,
    parsed: Mapping[tuple[str, str], tuple[str, dict[str, Any]]] | None = None,
) -> dict[str, e.CycleData | None]:
    """Several cycles, read in two statements per 500 (their records, then their facilities).
    With `unusable`, a cycle whose records cannot be built is None and its id is added there;
    without it, the error is raised. `parsed`: (entity, record_id) → (JSON text, its fields)
    the caller already holds (a push's own records), used where the stored text is the same."""
    ids = sorted(set(cycle_ids))
    rows: dict[str, list[sa.Row]] = {cid: [] for cid in ids}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for row in conn.execute(_CYCLE_ROWS, {"org": org, "ids": chunk}):
            rows[row.cycle_id].append(row)
    built = {}
    for cid in ids:
        try:
            built[cid] = _assemble(cid, rows[cid], parsed or {})
        except UNUSABLE:
            if unusable is None:
                raise
            unusable.add(cid)
            built[cid] = None
    wanted = sorted({b[0].facility_id for b in built.values() if b is not None})
    facilities: dict[str, e.Facility] = {}
    for start in range(0, len(wanted), 500):
        params = {"org": org, "ids": wanted[start : start + 500]}
        for row in conn.execute(_FACILITIES, params):
            found = build("facility", row.record_id, json.loads(row.data))
            if found is not None:
                facilities[row.record_id] = found
    out: dict[str, e.CycleData | None] = {}
    for cid, b in built.items():
        if b is None:
            out[cid] = None
            continue
        cycle, parts, meetings = b
        facility = facilities.get(cycle.facility_id) or e.Facility(name="", id=cycle.facility_id)
        out[cid] = e.CycleData(
            cycle=cycle,
            facility=facility,
            meeting=meetings[0] if meetings else None,
            **parts,
        )
    return out


def _assemble(
    cycle_id: str, rows: list[sa.Row], parsed: Mapping[tuple[str, str], tuple[str, dict]]
) -> tuple[e.Cycle, dict[str, list[Any]], list[e.InterfaceMeeting]] | None:
    parts: dict[str, list[Any]] = {name: [] for name in _LISTS.values()}
    cycle: e.Cycle | None = None
    meetings: list[e.InterfaceMeeting] = []
    for row in rows:
        if row.entity not in CLASSES:
            continue  # attachments and entities of later protocol versions
        held = parsed.get((row.entity, row.record_id))
        fields = held[1] if held is not None and held[0] == row.data else json.loads(row.data)
        obj = build(row.entity, row.record_id, fields)
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
    return cycle, parts, meetings


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
