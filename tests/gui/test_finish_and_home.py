"""Finishing (what is missing, in sentences; locks), reopening with a logged reason, the home
list's stage and attention column, search across cycles, and the tips panel."""

from driving import find, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTableView, QTextBrowser

from scorecard_app.core import entities as e
from scorecard_app.gui.main_window import MainWindow


def home_rows(win):
    model = find(win, QTableView, "Cycles").model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_finish_lists_missing_then_locks_and_reopen_logs_reason(qtbot, store, settings):
    f = e.Facility("Riverside", sector="health")
    c = store.create_cycle(e.Cycle(f.id, "North › Green Hill", lead_facilitator="Mai"), f)
    win = MainWindow(store, settings)
    win.show_error = lambda m: None
    qtbot.addWidget(win)
    win.show()
    ws = win.open_cycle(c.id)
    find(ws, QPushButton, "Finish cycle").click()
    dlg = ws.dialog
    report = find(dlg, QTextBrowser, "What is missing").toPlainText()
    assert "There is no community group." in report
    assert "No indicators have been chosen yet." in report
    assert "The action plan has no actions." in report
    dlg.reject()
    assert store.require(e.Cycle, c.id).status == "in_progress"

    find(ws, QPushButton, "Finish cycle").click()
    find(ws.dialog, QPushButton, "Finish and lock").click()
    assert store.require(e.Cycle, c.id).status == "complete"
    assert "finished and locked" in ws.header.text()
    page = ws.page("input_tracking")
    assert not find(page, QLineEdit, "New input item").isEnabled()
    assert not find(ws, QPushButton, "Finish cycle").isVisibleTo(ws)

    find(ws, QPushButton, "Reopen cycle").click()
    dlg = ws.dialog
    ok = find(dlg, QPushButton, "Reopen")
    assert not ok.isEnabled()  # no reason, no reopening
    assert ok.isDefault()
    type_text(qtbot, find(dlg, QLineEdit, "Reason for reopening"), "Youth votes were missing")
    assert store.require(e.Cycle, c.id).status == "in_progress"
    events = store.cycle_events(c.id)
    assert [(ev["kind"], ev["reason"]) for ev in events] == [
        ("finished", ""),
        ("reopened", "Youth votes were missing"),
    ]
    assert find(page, QLineEdit, "New input item").isEnabled()


def test_home_shows_stage_attention_and_searches_inside_cycles(qtbot, demo_store, settings):
    ids = demo_store.demo_ids
    # one overdue action in round 3 (the demo's round 3 has no action plan yet)
    demo_store.add(e.Action(ids[2], "Repair the gate", responsible="Chief", due="2020-01-01"))
    win = MainWindow(demo_store, settings)
    qtbot.addWidget(win)
    win.show()
    rows = {r[2]: r for r in home_rows(win)}
    assert rows[3][3] == "Provider self-evaluation"
    attention = rows[3][5]
    assert " missing" in attention and "1 overdue action" in attention
    assert rows[1][5] == "" or "overdue" in rows[1][5]  # finished rounds are not "missing"

    box = find(win, QLineEdit, "Filter cycles")
    qtbot.keyClicks(box, "queue board")  # an action's text, only in rounds 1 and 2
    assert sorted(r[2] for r in home_rows(win)) == [1, 2]
    found = find(win, QLabel, "Search results")
    assert (
        found.isVisibleTo(win)
        and "action “Introduce numbered tickets and a queue board”" in found.text()
    )
    box.clear()
    qtbot.keyClicks(box, "repair the gate")
    assert [r[2] for r in home_rows(win)] == [3]
    box.clear()
    assert len(home_rows(win)) == 3 and not found.isVisibleTo(win)


def test_an_edit_on_a_later_step_moves_the_cycle_stage_and_tips_follow(qtbot, store, settings):
    f = e.Facility("Riverside", sector="health")
    c = store.create_cycle(e.Cycle(f.id, "North › Green Hill"), f)
    store.add(e.Group(c.id, "Women", type="women"))
    win = MainWindow(store, settings)
    qtbot.addWidget(win)
    win.show()
    ws = win.open_cycle(c.id)
    assert "leaders" in ws.tips.text.text()
    ws.go_to("issues")
    assert "What works?" in ws.tips.text.text()
    assert store.require(e.Cycle, c.id).stage == "setup"  # looking is not progress
    type_text(qtbot, find(ws.page("issues"), QLineEdit, "New issue"), "Nurses shout")
    assert store.require(e.Cycle, c.id).stage == "issues"
    ws.go_to("participants")  # going back does not move the stage back
    assert store.require(e.Cycle, c.id).stage == "issues"
    qtbot.keyClick(ws.tips.toggle, Qt.Key.Key_Space)
    assert not ws.tips.text.isVisibleTo(ws)
    win.show_home()
    assert home_rows(win)[0][3] == "Issues"


def test_cycle_menu_offers_finish_or_reopen_as_fits(qtbot, demo_store, settings):
    win = MainWindow(demo_store, settings)
    qtbot.addWidget(win)
    win.show()
    assert not win.act_finish.isEnabled() and not win.act_reopen.isEnabled()  # home
    win.open_cycle(demo_store.demo_ids[2])
    assert win.act_finish.isEnabled() and not win.act_reopen.isEnabled()
    win.open_cycle(demo_store.demo_ids[0])
    assert not win.act_finish.isEnabled() and win.act_reopen.isEnabled()
    win.show_home()
    assert not win.act_reopen.isEnabled()


def test_finished_cycle_offers_its_next_round(qtbot, demo_store, settings, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    win = MainWindow(demo_store, settings)
    qtbot.addWidget(win)
    win.show()
    ws = win.open_cycle(demo_store.demo_ids[1])  # round 2, finished; round 3 exists
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    find(ws, QPushButton, "Start next round").click()
    assert win.workspace.cycle_id == demo_store.demo_ids[2]  # opened, not created twice
    assert len(demo_store.list_cycles()) == 3


def test_missing_counts_of_many_running_cycles_arrive_in_batches(qtbot, store, settings):
    from scorecard_app.gui.cycle_list import CycleListPage

    f = e.Facility("Riverside", sector="health")
    store.add(f)
    for n in range(CycleListPage.MISSING_BATCH + 5):
        store.create_cycle(e.Cycle(f.id, f"North › Village {n:03d}"))
    win = MainWindow(store, settings)
    qtbot.addWidget(win)
    win.show()
    model = win.home.model

    def counted():
        return sum(1 for c in model.rows if c.id in model.missing)

    assert counted() == CycleListPage.MISSING_BATCH  # the first batch at once
    qtbot.waitUntil(lambda: counted() == len(model.rows), timeout=10_000)
    assert all("missing" in model.attention(c) for c in model.rows)


def test_finish_lists_inclusion_warnings_and_escapes_user_text(qtbot, store, settings):
    f = e.Facility("Riverside", sector="health")
    c = store.create_cycle(e.Cycle(f.id, "North › Green Hill", lead_facilitator="Mai"), f)
    g = store.add(e.Group(c.id, "Men <b>only</b>", type="men"))
    store.add(e.Participant(c.id, g.id, 1, gender="male"))
    store.add(e.Group(c.id, "Elders <i>x</i>", type="elders"))
    win = MainWindow(store, settings)
    qtbot.addWidget(win)
    win.show()
    dlg = win.open_cycle(c.id).ask_finish()
    text = find(dlg, QTextBrowser, "What is missing").toPlainText()
    assert "Who may have been left out (not required)" in text
    assert "There is no women's group." in text and "Women are 0% of participants." in text
    assert "The Elders <i>x</i> group has no participants." in text  # shown as typed
    assert dlg.missing_count > 0
    dlg.reject()
