"""After an edit, undo or redo the open cycle takes just the records that changed (a keystroke in
the voting grid changes one vote), and what the pages read is always exactly what a fresh load of
the cycle gives: same records, same order. Anything it cannot apply in place (a restored row, a
reordered indicator, head office's copies, another program's write) reads the cycle again."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtGui import QUndoStack

from scorecard_app.core import entities as e
from scorecard_app.gui.context import CycleContext


@pytest.fixture
def ctx(demo_store):
    cycle_id = demo_store.demo_ids[2]  # round 3: groups, participants and indicators, running
    return CycleContext(demo_store, cycle_id, QUndoStack())


@pytest.fixture
def loads(demo_store, monkeypatch):
    """How often the whole cycle is read (the real call, counted)."""
    made = []
    real = demo_store.load_cycle

    def counted(cycle_id):
        made.append(cycle_id)
        return real(cycle_id)

    monkeypatch.setattr(demo_store, "load_cycle", counted)
    return made


def as_loaded(ctx) -> bool:
    return ctx.data() == ctx.store.load_cycle(ctx.cycle_id)


def test_votes_scores_and_tallies_update_in_place_exactly(ctx, demo_store, loads):
    data = ctx.data()
    p = data.participants[0]
    ind, other = data.indicators[0], data.indicators[1]
    group = next(g for g in data.groups if g.id == p.group_id)
    scale = data.cycle.scale
    low, high = scale.minimum, scale.maximum
    before = len(loads)
    s = ctx.store
    cid = ctx.cycle_id
    steps = [
        lambda: ctx.edit("vote", lambda: s.set_vote(cid, p.id, ind.id, high), lambda: None),
        lambda: ctx.edit("vote", lambda: s.set_vote(cid, p.id, ind.id, low), lambda: None),
        lambda: ctx.edit("vote", lambda: s.set_vote(cid, p.id, other.id, high), lambda: None),
        lambda: ctx.edit("clear", lambda: s.set_vote(cid, p.id, ind.id, None), lambda: None),
        lambda: ctx.edit(
            "score",
            lambda: s.set_score(cid, group.id, ind.id, value=high, reason="long queues"),
            lambda: None,
        ),
        lambda: ctx.edit("hands", lambda: s.set_tally(cid, group.id, ind.id, low, 4), lambda: None),
    ]
    for step in steps:
        assert step()
        assert as_loaded(ctx)
    # the comparison loads above are this test's own: the context itself read nothing again
    assert len(loads) - before == len(steps)


def test_undo_and_redo_match_a_fresh_load_after_each_step(ctx, demo_store):
    data = ctx.data()
    p, ind = data.participants[1], data.indicators[2]
    s, cid = ctx.store, ctx.cycle_id
    vote = s.set_vote  # the grid's own pair: set the new value, undo sets the old one back
    was = next(
        (v.value for v in data.votes if v.participant_id == p.id and v.indicator_id == ind.id),
        None,
    )
    scale = data.cycle.scale
    new = scale.maximum if was != scale.maximum else scale.minimum
    assert ctx.edit(
        "vote", lambda: vote(cid, p.id, ind.id, new), lambda: vote(cid, p.id, ind.id, was)
    )
    assert ctx.add("issue", e.Issue(cid, data.groups[0].id, "No water in the tap"))
    issue = ctx.data().issues[-1]
    assert ctx.update("rename", e.Issue, issue.id, text="No clean water")
    assert ctx.remove("drop", e.Issue, issue.id)
    for _ in range(4):
        ctx.undo_stack.undo()  # the last undo restores a soft-deleted row: read again
        assert as_loaded(ctx)
    for _ in range(4):
        ctx.undo_stack.redo()
        assert as_loaded(ctx)


def test_a_reordered_indicator_and_another_programs_write_read_the_cycle_again(
    ctx, demo_store, loads
):
    data = ctx.data()
    first, second = data.indicators[0], data.indicators[1]
    assert ctx.update("move", e.Indicator, first.id, position=second.position + 1)
    n = len(loads)
    assert as_loaded(ctx) and len(loads) == n + 2  # the context's reload, then the comparison's
    # another connection (a second window, a sync running beside) changes someone's vote
    theirs = ctx.data().votes[-1]
    scale = data.cycle.scale
    value = scale.minimum if theirs.value != scale.minimum else scale.maximum
    other = sqlite3.connect(demo_store.path)
    with other:
        other.execute("UPDATE vote SET value = ? WHERE id = ?", (value, theirs.id))
    other.close()
    p = next(x for x in data.participants if x.id != theirs.participant_id)
    assert ctx.edit(
        "vote", lambda: demo_store.set_vote(ctx.cycle_id, p.id, first.id, None), lambda: None
    )
    assert as_loaded(ctx)
    assert next(v for v in ctx.data().votes if v.id == theirs.id).value == value


def test_removing_an_action_drops_its_follow_ups_too(ctx, demo_store):
    cid = ctx.cycle_id
    action = e.Action(cid, "Fix the gate", responsible="Chief")
    assert ctx.add("action", action)
    assert ctx.add("update", e.ActionUpdate(action.id, "2026-12-01", "in_progress", "Ordered"))
    assert [u.action_id for u in ctx.data().updates] == [action.id]
    assert ctx.remove("drop", e.Action, action.id)  # a reload lists no follow-up of it
    assert as_loaded(ctx) and ctx.data().updates == []
