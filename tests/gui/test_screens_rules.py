"""Issue 14 item 7: one entry rule per scale for votes, consensus and a show of hands, said
on the page; a due date already past is saved with a word of warning."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTableView
from scoring_helpers import find, make_cycle, open_step, press, type_cell, type_text


def test_ten_point_scale_one_rule_for_votes_consensus_and_hands(qtbot, store):
    c = make_cycle(store, scoring_mode="both", scale_code="ten")
    cid = c["cycle"].id
    _ws, page = open_step(qtbot, store, cid, "community_scoring")
    grid = find(page, QTableView, "Individual votes")
    consensus = find(page, QTableView, "Consensus scores")
    tally = find(page, QTableView, "Show of hands")
    type_cell(qtbot, grid, 0, 0, "7.25")
    refused_vote = page.message.text()
    type_cell(qtbot, consensus, 0, 1, "7,25")
    refused_consensus = page.message.text()
    d = store.load_cycle(cid)
    assert d.votes == [] and d.scores == []  # the same value refused both ways…
    assert "steps of 0.5" in refused_vote and "steps of 0.5" in refused_consensus
    type_cell(qtbot, grid, 0, 0, "7.5")
    type_cell(qtbot, consensus, 0, 1, "7,5")
    d = store.load_cycle(cid)
    assert [v.value for v in d.votes] == [7.5] and [s.value for s in d.scores] == [7.5]
    # …and a show of hands has a column per step, 1 to 10 in half points
    model = tally.model()
    heads = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert model.columnCount() == 19 and heads[13].startswith("7.5")
    # the rule is said on the page, in one sentence
    rule = page.findChild(QLabel, "scaleRule")
    assert rule.isVisible() and "from 1 to 10 in half points" in rule.text()


def test_a_due_date_in_the_past_is_saved_with_a_warning(qtbot, store):
    c = make_cycle(store)
    cid = c["cycle"].id
    _ws, page = open_step(qtbot, store, cid, "action_plan")
    find(page, QPushButton, "Add action").click()
    due = find(page, QLineEdit, "Due date")
    past = (date.today() - timedelta(days=40)).isoformat()
    due.setFocus()
    due.selectAll()
    type_text(qtbot, past)
    press(qtbot, Qt.Key.Key_Tab, due)
    assert store.load_cycle(cid).actions[0].due == past
    assert page.due_note.isVisible() and past in page.due_note.text()
    assert "already past" in page.due_note.text()
    soon = (date.today() + timedelta(days=30)).isoformat()
    due.setFocus()
    due.selectAll()
    type_text(qtbot, soon)
    press(qtbot, Qt.Key.Key_Tab, due)
    assert store.load_cycle(cid).actions[0].due == soon
    assert not page.due_note.isVisible()
