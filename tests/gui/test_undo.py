"""Ctrl+Z and Ctrl+Shift+Z in the real main window, over scoring and action-plan edits: every
undo and redo goes back to the database at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton, QTableView
from scoring_helpers import find, make_cycle, press, type_cell, type_text

from scorecard_app.gui.main_window import MainWindow


def _window(qtbot, store, settings, cycle_id, stage):
    win = MainWindow(store, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=10_000)
    ws = win.open_cycle(cycle_id)
    ws.go_to(stage)
    return win, ws.page(stage)


def undo(qtbot, win):
    qtbot.keyClick(
        QApplication.focusWidget() or win, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
    )
    QApplication.processEvents()


def redo(qtbot, win):
    qtbot.keyClick(
        QApplication.focusWidget() or win,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    QApplication.processEvents()


def _votes(store, cid):
    return sorted(v.value for v in store.load_cycle(cid).votes)


def test_undo_redo_votes(qtbot, store, settings):
    c = make_cycle(store, scoring_mode="individual")
    cid = c["cycle"].id
    win, page = _window(qtbot, store, settings, cid, "community_scoring")
    grid = find(page, QTableView, "Individual votes")
    type_cell(qtbot, grid, 0, 0, "3")
    type_cell(qtbot, grid, 1, 0, "4")
    type_cell(qtbot, grid, 1, 0, "5")  # a change of mind
    assert _votes(store, cid) == [3.0, 5.0]
    undo(qtbot, win)
    assert _votes(store, cid) == [3.0, 4.0]
    assert grid.model().index(1, 0).data() == "4 · Good"  # the grid shows it at once
    undo(qtbot, win)
    assert _votes(store, cid) == [3.0]
    undo(qtbot, win)
    assert _votes(store, cid) == []
    redo(qtbot, win)
    redo(qtbot, win)
    assert _votes(store, cid) == [3.0, 4.0]
    redo(qtbot, win)
    assert _votes(store, cid) == [3.0, 5.0]
    assert page.results.group_table.item(0, 3).text() == "4 · Good"  # median of 3 and 5


def test_undo_redo_consensus_and_tally(qtbot, store, settings):
    c = make_cycle(store, scoring_mode="both")
    cid = c["cycle"].id
    win, page = _window(qtbot, store, settings, cid, "community_scoring")
    table = find(page, QTableView, "Consensus scores")
    type_cell(qtbot, table, 0, 1, "2")
    type_cell(qtbot, table, 0, 2, "Too slow")
    tally = find(page, QTableView, "Show of hands")
    type_cell(qtbot, tally, 0, 4, "6")
    data = store.load_cycle(cid)
    assert [(s.value, s.reason) for s in data.scores] == [(2.0, "Too slow")]
    assert [(t.value, t.count) for t in data.tallies] == [(5.0, 6)]
    undo(qtbot, win)
    assert [t.count for t in store.load_cycle(cid).tallies] == [0]
    undo(qtbot, win)
    assert [(s.value, s.reason) for s in store.load_cycle(cid).scores] == [(2.0, "")]
    undo(qtbot, win)
    assert [s.value for s in store.load_cycle(cid).scores] == [None]
    assert table.model().index(0, 1).data() == ""
    redo(qtbot, win)
    redo(qtbot, win)
    redo(qtbot, win)
    data = store.load_cycle(cid)
    assert [(s.value, s.reason) for s in data.scores] == [(2.0, "Too slow")]
    assert [(t.value, t.count) for t in data.tallies] == [(5.0, 6)]


def test_undo_redo_action_edits(qtbot, store, settings):
    c = make_cycle(store)
    cid = c["cycle"].id
    win, page = _window(qtbot, store, settings, cid, "action_plan")
    find(page, QPushButton, "Add action").click()
    who = find(page, QLineEdit, "Responsible person")
    who.setFocus()
    type_text(qtbot, "Ms Lan")
    press(qtbot, Qt.Key.Key_Tab, who)
    status = find(page, QComboBox, "Status")
    status.setFocus()
    press(qtbot, Qt.Key.Key_Down, status)
    a = store.load_cycle(cid).actions[0]
    assert (a.responsible, a.status) == ("Ms Lan", "in_progress")
    undo(qtbot, win)
    assert store.load_cycle(cid).actions[0].status == "not_started"
    assert status.currentData() == "not_started"
    undo(qtbot, win)
    assert store.load_cycle(cid).actions[0].responsible == ""
    assert who.text() == ""
    undo(qtbot, win)
    assert store.load_cycle(cid).actions == []
    redo(qtbot, win)
    redo(qtbot, win)
    redo(qtbot, win)
    a = store.load_cycle(cid).actions[0]
    assert (a.what, a.responsible, a.status) == ("New action", "Ms Lan", "in_progress")
    find(page, QPushButton, "Delete action").click()
    assert store.load_cycle(cid).actions == []
    undo(qtbot, win)
    assert [x.id for x in store.load_cycle(cid).actions] == [a.id]


def test_undo_follow_up_update_on_a_finished_round(qtbot, demo_store, settings):
    r2, r3 = demo_store.demo_ids[1], demo_store.demo_ids[2]
    win, page = _window(qtbot, demo_store, settings, r3, "follow_up")
    panel = page.previous_round
    before = demo_store.load_cycle(r2)
    panel.table.setCurrentCell(0, 0)
    status = find(panel, QComboBox, "New status")
    status.setCurrentIndex(status.findData("blocked"))
    find(panel, QPushButton, "Add update").click()
    after = demo_store.load_cycle(r2)
    assert len(after.updates) == len(before.updates) + 1
    assert after.actions[0].status == "blocked"
    undo(qtbot, win)
    again = demo_store.load_cycle(r2)
    assert len(again.updates) == len(before.updates)
    assert again.actions[0].status == before.actions[0].status
    redo(qtbot, win)
    assert demo_store.load_cycle(r2).actions[0].status == "blocked"
