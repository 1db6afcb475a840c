"""Follow-up: dated updates that set the action's status, the overdue list, and the review of
the previous round's actions (allowed although that round is finished)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QTabWidget,
)
from scoring_helpers import find, focusable_without_name, make_cycle, open_step, press, type_text

from scorecard_app.core.entities import Action


def test_update_sets_status_and_is_listed(qtbot, store):
    c = make_cycle(store)
    cid = c["cycle"].id
    late = (date.today() - timedelta(days=5)).isoformat()
    later = (date.today() + timedelta(days=30)).isoformat()
    a = store.add(Action(cid, "Repair the toilets", responsible="Mr Binh", due=late))
    store.add(Action(cid, "Post fees", due=later))
    _ws, page = open_step(qtbot, store, cid, "follow_up")
    panel = page.this_round
    tabs = find(page, QTabWidget, "Follow-up")
    assert tabs.tabText(page.tab_overdue) == "Overdue (1)"
    overdue = find(page, QTableView, "Overdue actions").model()
    assert [overdue.index(0, i).data() for i in (0, 2, 4)] == ["Repair the toilets", "Mr Binh", "5"]
    actions = find(panel, QTableView, "Actions of this round")
    assert "overdue by 5 days" in actions.model().index(0, 3).data()
    actions.setCurrentIndex(actions.model().index(0, 0))
    when = find(panel, QLineEdit, "Update date")
    when.setFocus()
    when.selectAll()
    type_text(qtbot, "2026-11-20")
    press(qtbot, Qt.Key.Key_Tab, when)
    status = find(panel, QComboBox, "New status")
    status.setCurrentIndex(status.findData("done"))
    note = find(panel, QLineEdit, "Update note")
    note.setFocus()
    type_text(qtbot, "Both toilets work again")
    press(qtbot, Qt.Key.Key_Return, note)
    data = store.load_cycle(cid)
    assert [(u.on_date, u.status, u.note) for u in data.updates_of(a.id)] == [
        ("2026-11-20", "done", "Both toilets work again")
    ]
    assert data.actions[0].status == "done"
    assert tabs.tabText(page.tab_overdue) == "Overdue (0)"
    hist = find(panel, QListWidget, "Updates of the selected action")
    assert hist.item(0).text() == "2026-11-20 — Done: Both toilets work again"
    assert focusable_without_name(page) == []


def test_previous_round_actions_are_reviewed_in_the_new_round(qtbot, demo_store):
    r2, r3 = demo_store.demo_ids[1], demo_store.demo_ids[2]
    _ws, page = open_step(qtbot, demo_store, r3, "follow_up")
    tabs = find(page, QTabWidget, "Follow-up")
    assert tabs.isTabVisible(page.tab_prev)
    assert tabs.tabText(page.tab_prev) == "Round 2: review"
    assert tabs.currentIndex() == page.tab_prev  # round 3 has no actions yet: review comes first
    panel = page.previous_round
    table = find(panel, QTableView, "Actions of the previous round")
    prev = demo_store.load_cycle(r2)
    assert table.model().rowCount() == len(prev.actions) == 4
    blocked = next(i for i, a in enumerate(prev.actions) if a.status == "blocked")
    table.setCurrentIndex(table.model().index(blocked, 0))
    status = find(panel, QComboBox, "New status")
    status.setCurrentIndex(status.findData("in_progress"))
    note = find(panel, QLineEdit, "Update note")
    note.setFocus()
    type_text(qtbot, "District approved the night allowance")
    find(panel, QPushButton, "Add update").click()
    again = demo_store.load_cycle(r2)
    assert again.cycle.status == "complete"  # the round stays finished
    act = again.actions[blocked]
    assert act.status == "in_progress"
    assert again.updates_of(act.id)[-1].note == "District approved the night allowance"
    assert demo_store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_unfinished_actions_of_every_earlier_round_are_carried_forward(qtbot, demo_store):
    from scorecard_app.store.carry_forward import carried_forward_actions

    r1, r2, r3 = demo_store.demo_ids[:3]
    earlier = [demo_store.load_cycle(r1), demo_store.load_cycle(r2)]
    open_ones = [(d.cycle.round_no, a.what) for d in earlier for a in d.actions if a.is_open]
    assert open_ones, "the demo needs open actions in earlier rounds"
    carried = carried_forward_actions(demo_store, r3)
    assert sorted((c.round_no, c.action.what) for c in carried) == sorted(open_ones)
    assert carried_forward_actions(demo_store, r1) == []  # a first round carries nothing
    _ws, page = open_step(qtbot, demo_store, r3, "follow_up")
    tabs = find(page, QTabWidget, "Follow-up")
    assert tabs.isTabVisible(page.tab_carried)
    assert tabs.tabText(page.tab_carried) == f"Carried forward ({len(open_ones)})"
    table = find(page.carried_forward, QTableView, "Unfinished actions of earlier rounds")
    m = table.model()
    shown = sorted((int(m.index(r, 1).data()), m.index(r, 0).data()) for r in range(m.rowCount()))
    assert shown == sorted(open_ones)
    assert "carried forward" in page.intro.text()
    # finishing one in its own round takes it off the list
    table.setCurrentIndex(m.index(0, 0))
    first = carried[0]
    row = next(r for r in range(m.rowCount()) if m.index(r, 0).data() == first.action.what)
    table.setCurrentIndex(m.index(row, 0))
    status = find(page.carried_forward, QComboBox, "New status")
    status.setCurrentIndex(status.findData("done"))
    find(page.carried_forward, QPushButton, "Add update").click()
    assert demo_store.get(Action, first.action.id).status == "done"
    assert m.rowCount() == len(open_ones) - 1
