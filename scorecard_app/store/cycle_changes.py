"""A loaded cycle brought up to date after edits made through this Store, record by record: an
edit in the voting grid changes one vote, and reading the whole cycle again for it cost most of
what a keystroke does in Python. Anything this cannot apply exactly as `load_cycle` would order
it asks for a full reload instead."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from scorecard_app.core import entities as e

from .mapping import ENTITIES

if TYPE_CHECKING:
    from .repository import Store

# CycleData's lists that load_cycle keeps in rowid order: a new row has the highest rowid, so an
# insert goes last and an update stays where it was, as a reload would put them. (The others
# are ordered by position or number, which an edit may change; a restored row keeps its old
# rowid; a removed action takes its follow-ups along: those ask for a reload.)
IN_ROWID_ORDER = {
    "vote": "votes",
    "score": "scores",
    "tally": "tallies",
    "issue": "issues",
    "action": "actions",
}


def updated(
    store: Store, data: e.CycleData, changes: list[tuple[str, str, str]]
) -> e.CycleData | None:
    """`data` with `changes` (entity, record id, op, in order) applied, as a new CycleData (the
    old one is left as it was: pages compare against it); None when a reload is needed."""
    cycle_id = data.cycle.id
    lists: dict[str, list] = {}
    cycle = data.cycle
    for entity, record_id, op in changes:
        if entity == "cycle":
            if record_id != cycle_id:
                continue  # another cycle (a next round started from this one)
            if op != e.OpKind.UPDATE:
                return None
            cycle = store.require(e.Cycle, record_id)
            continue
        attr = IN_ROWID_ORDER.get(entity)
        if attr is None or op == e.OpKind.RESTORE:
            return None
        if entity == "action" and op == e.OpKind.DELETE:
            return None  # its follow-ups leave the cycle with it
        rows = lists.get(attr)
        if rows is None:
            rows = lists[attr] = list(getattr(data, attr))
        at = next((i for i, r in enumerate(rows) if r.id == record_id), None)
        row = None if op == e.OpKind.DELETE else store.get(ENTITIES[entity][0], record_id)
        if row is not None and row.cycle_id != cycle_id:
            continue  # a record of another cycle
        if row is None:  # deleted (or its insert rolled back)
            if at is not None:
                del rows[at]
        elif at is not None:
            rows[at] = row
        elif op == e.OpKind.INSERT:
            rows.append(row)
        else:  # an update of a record this cycle did not show
            return None
    return dataclasses.replace(data, cycle=cycle, **lists)
