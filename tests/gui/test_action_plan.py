"""The action plan: add, edit every field from the keyboard, delete — saved at each step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPushButton, QTableView
from scoring_helpers import find, focusable_without_name, make_cycle, open_step, press, type_text

from scorecard_app.core.entities import Action


def _fill(qtbot, page, name: str, text: str) -> None:
    box = find(page, QLineEdit, name)
    box.setFocus()
    box.selectAll()
    type_text(qtbot, text)
    press(qtbot, Qt.Key.Key_Tab, box)


def _choose(qtbot, page, name: str, text: str) -> None:
    """Pick an entry of a combo box from the keyboard (type its first letters)."""
    box = find(page, QComboBox, name)
    box.setFocus()
    i = box.findText(text, Qt.MatchFlag.MatchContains)
    assert i >= 0, text
    while box.currentIndex() != i:
        press(qtbot, Qt.Key.Key_Down if box.currentIndex() < i else Qt.Key.Key_Up, box)


def test_add_and_edit_an_action_saves_each_field(qtbot, store):
    c = make_cycle(store)
    cid = c["cycle"].id
    _ws, page = open_step(qtbot, store, cid, "action_plan")
    find(page, QPushButton, "Add action").click()
    acts = store.load_cycle(cid).actions
    assert len(acts) == 1 and acts[0].what == "New action"
    _fill(qtbot, page, "What will be done", "Numbered tickets at the gate")
    _fill(qtbot, page, "Responsible person", "Ms Lan")
    _fill(qtbot, page, "Institution", "Health centre")
    _fill(qtbot, page, "Due date", "2027-01-15")
    _fill(qtbot, page, "Resources needed", "Printing 20 USD")
    _choose(qtbot, page, "Indicator", "Waiting time")
    _choose(qtbot, page, "Status", "In progress")
    _choose(qtbot, page, "Priority", "High")
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
    _fill(qtbot, page, "Due date", "next week")
    assert store.load_cycle(cid).actions[0].due is None
    assert "is not a date" in page.message.text()
    _fill(qtbot, page, "What will be done", "")
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
    _choose(qtbot, page, "Status", "Done")
    target = demo_store.load_cycle(cid).actions[1]
    assert target.status == "done"
    find(page, QPushButton, "Add action").click()  # adding is refused: the cycle is finished
    assert len(demo_store.load_cycle(cid).actions) == 4
    assert "finished" in page.message.text()
