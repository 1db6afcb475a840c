"""Actions that carry forward: the unfinished actions of every earlier round of a cycle.

A round's follow-up opens by reviewing what is still open from before (methodology: "the next
cycle opens by reviewing the previous plan"). The actions stay in their own round — updates are
recorded against them there — and are listed here until they are done or dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

from scorecard_app.core import entities as e

from .mapping import from_row, sql_list
from .repository import Store

_OPEN = sql_list(e.OPEN_ACTION_STATUSES)

# Every round before this one, walking previous_cycle_id back (a cycle's own id is excluded).
_EARLIER = """
WITH RECURSIVE earlier(id, depth) AS (
    SELECT previous_cycle_id, 1 FROM cycle WHERE id = :cycle AND previous_cycle_id IS NOT NULL
    UNION
    SELECT c.previous_cycle_id, earlier.depth + 1
    FROM cycle c JOIN earlier ON c.id = earlier.id
    WHERE c.previous_cycle_id IS NOT NULL AND earlier.depth < 1000
)
"""


@dataclass(frozen=True)
class CarriedAction:
    action: e.Action
    round_no: int
    cycle_id: str
    updates: list[e.ActionUpdate]  # oldest first


def carried_forward_actions(store: Store, cycle_id: str) -> list[CarriedAction]:
    """Unfinished actions (not started, in progress, blocked) of every earlier round linked to
    this cycle, oldest round first, then by due date; each with its updates."""
    sql = (
        _EARLIER
        + f"""
        SELECT a.*, c.round_no AS _round FROM action a
        JOIN cycle c ON c.id = a.cycle_id
        WHERE a.cycle_id IN (SELECT id FROM earlier) AND a.deleted_at IS NULL
          AND c.deleted_at IS NULL AND a.status IN ({_OPEN})
        ORDER BY c.round_no, a.due IS NULL, a.due, a.rowid
        """
    )
    rows = store.conn.execute(sql, {"cycle": cycle_id}).fetchall()
    if not rows:
        return []
    actions = [
        (from_row(e.Action, {k: r[k] for k in r.keys() if k != "_round"}), r["_round"])
        for r in rows
    ]
    marks = ",".join("?" * len(actions))
    ups: dict[str, list[e.ActionUpdate]] = {}
    for r in store.conn.execute(
        f"SELECT * FROM action_update WHERE deleted_at IS NULL AND action_id IN ({marks}) "
        "ORDER BY on_date, rowid",
        [a.id for a, _ in actions],
    ):
        u = from_row(e.ActionUpdate, r)
        ups.setdefault(u.action_id, []).append(u)
    return [CarriedAction(a, n, a.cycle_id, ups.get(a.id, [])) for a, n in actions]
