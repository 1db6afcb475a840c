"""The action plan: add, edit every field from the keyboard, delete — saved at each step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QPushButton, QTableView
from scoring_helpers import (
    fill,
    find,
    focusable_without_name,
    make_cycle,
    open_step,
    pick,
    press,
)

from scorecard_app.core.entities import Action


def test_add_and_edit_an_action_saves_each_field(qtbot, store):
    c = make_cycle(store)
    cid = c["cycle"].id
    _ws, page = open_step(qtbot, store, cid, "action_plan")
    find(page, QPushButton, "Add action").click()
    acts = store.load_cycle(cid).actions
    assert len(acts) == 1 and acts[0].what == "New action"
    fill(qtbot, page, "What will be done", "Numbered tickets at the gate")
    fill(qtbot, page, "Responsible person", "Ms Lan")
    fill(qtbot, page, "Institution", "Health centre")
    fill(qtbot, page, "Due date", "2027-01-15")
    fill(qtbot, page, "Resources needed", "Printing 20 USD")
    pick(qtbot, page, "Indicator", "Waiting time")
    pick(qtbot, page, "Status", "In progress")
    pick(qtbot, page, "Priority", "High")
    esc = find(page, QCheckBox, "Escalate to the district")
    esc.setFocus()
    press(qtbot, Qt.Key.Key_Space, esc)
    a = store.load_cycle(cid).actions[0]
    assert (a.what, a.responsible, a.institution, a.due, a.resources) == (
        "Numbered tickets at the gate",
        "Ms Lan",
        "Health centre",
        "2027-01-15",
        "Printing 20 USD",
    )
    assert (a.indicator_id, a.status, a.priority, a.escalated) == (
        c["indicators"][0].id,
        "in_progress",
        "high",
        True,
    )
    table = find(page, QTableView, "Actions")
    m = table.model()
    row = [m.index(0, col).data() for col in range(m.columnCount())]
    assert row[:8] == [
        "Numbered tickets at the gate",
        "Waiting time",
        "Ms Lan",
        "Health centre",
        "2027-01-15",
        "In progress",
        "High",
        "escalated",
    ]
    assert focusable_without_name(page) == []


def test_bad_date_and_empty_text_are_refused(qtbot, store):
    c = make_cycle(store)
    cid = c["cycle"].id
    _ws, page = open_step(qtbot, store, cid, "action_plan")
    find(page, QPushButton, "Add action").click()
    fill(qtbot, page, "Due date", "next week")
    assert store.load_cycle(cid).actions[0].due is None
    assert "is not a date" in page.message.text()
    fill(qtbot, page, "What will be done", "")
    assert store.load_cycle(cid).actions[0].what == "New action"


def test_delete_key_removes_the_selected_action(qtbot, store):
    c = make_cycle(store)
    cid = c["cycle"].id
    store.add(Action(cid, "First"))
    store.add(Action(cid, "Second"))
    _ws, page = open_step(qtbot, store, cid, "action_plan")
    table = find(page, QTableView, "Actions")
    table.setFocus()
    table.setCurrentIndex(table.model().index(1, 0))
    press(qtbot, Qt.Key.Key_Delete, table)
    assert [a.what for a in store.load_cycle(cid).actions] == ["First"]
    assert table.model().rowCount() == 1


def test_finished_cycle_still_takes_status_changes(qtbot, demo_store):
    cid = demo_store.demo_ids[1]
    _ws, page = open_step(qtbot, demo_store, cid, "action_plan")
    table = find(page, QTableView, "Actions")
    table.setCurrentIndex(table.model().index(1, 0))
    pick(qtbot, page, "Status", "Done")
    target = demo_store.load_cycle(cid).actions[1]
    assert target.status == "done"
    find(page, QPushButton, "Add action").click()  # adding is refused: the cycle is finished
    assert len(demo_store.load_cycle(cid).actions) == 4
    assert "finished" in page.message.text()
