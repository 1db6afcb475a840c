"""A finished round still takes follow-up updates — and taking one back (undo) — but nothing else."""

import pytest

from scorecard_app.core.entities import Action, ActionUpdate
from scorecard_app.store.repository import CycleLocked


def test_follow_up_update_can_be_removed_and_restored_on_a_finished_cycle(demo_store):
    r2 = demo_store.demo_ids[1]
    act = demo_store.load_cycle(r2).actions[0]
    u = demo_store.add(ActionUpdate(act.id, "2026-11-20", "done", "checked"))
    demo_store.delete(ActionUpdate, u.id)
    assert u.id not in {x.id for x in demo_store.load_cycle(r2).updates}
    demo_store.restore(ActionUpdate, u.id)
    assert u.id in {x.id for x in demo_store.load_cycle(r2).updates}
    with pytest.raises(CycleLocked):
        demo_store.delete(Action, act.id)
