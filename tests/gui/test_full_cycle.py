"""A whole Community Score Card cycle, from an empty database, through the real widgets found by
accessible name: setup → groups and participants → input tracking → issues with votes →
indicators → individual votes (Women) and consensus (Men, Youth) → provider scores →
interface meeting → 4 actions → a follow-up → finish. Then the file is opened again with a new
Store and a new MainWindow, and every value and every median is checked.
"""

from __future__ import annotations

import pytest
from driving import choose, choose_in_cell, edit_cell, find, replace_text, toggle_cell
from driving import type_text as type_into
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTextBrowser,
)
from scoring_helpers import fill, pick, press, type_cell
from scoring_helpers import type_text as type_keys

from scorecard_app.core import entities as e
from scorecard_app.core.aggregation import indicator_results
from scorecard_app.gui.main_window import MainWindow
from scorecard_app.store import Store

# A whole cycle through the window, end to end: left out of `make test-fast`
pytestmark = pytest.mark.slow

COMMUNITY = "North Region › Lakeside District › Mai Commune › Green Hill"
INDICATORS = (
    "Long waiting time",  # from the ranked issues
    "Medicines available when needed",  # library HC03
    "Staff treat patients with respect",  # library HC02
    "Night-time emergency care",  # custom
    "Dirty toilets",  # from the ranked issues
)
# Women vote one by one (rows: participants, columns: the five indicators)
WOMEN_VOTES = ((2, 3, 4, 1, 2), (3, 3, 5, 2, 2), (2, 4, 4, 1, 3), (4, 3, 5, 2, 5))
WOMEN_MEDIANS = (2.5, 3, 4.5, 1.5, 2.5)  # exact medians: 3.5 stays 3.5
WOMEN_MEANS = (2.75, 3.25, 4.5, 1.5, 3.0)
MEN_SCORES = (3, 2, 4, 2, 3)
YOUTH_SCORES = (2, 2, 3, 1, 4)
STAFF_SCORES = (4, 3, 5, 3, 4)
COMMUNITY_MEDIANS = (2.5, 2, 4, 1.5, 3)  # median of the three groups' figures
GAPS = (-1.5, -1, -1, -1.5, -1)
ACTIONS = (
    ("Numbered tickets at the gate", "Ms Lan", "Health centre", "2027-01-15", "Printing", 0),
    ("Weekly stock report to district", "Mr Binh", "Health centre", "2027-01-31", "Phone", 1),
    ("Night on-call roster", "Dr Hoa", "District health office", "2027-02-28", "Allowance", 3),
    ("Cleaning roster for toilets", "Committee", "Commune", "2027-03-15", "Soap, brushes", 4),
)


def go(qtbot, win, stage):
    """Open a step, with the window active (keys and focus need it)."""
    win.workspace.go_to(stage)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=10_000)
    return win.workspace.page(stage)


def create_cycle(qtbot, win) -> str:
    def fill_dialog():
        dlg = QApplication.activeModalWidget()
        choose(qtbot, find(dlg, QComboBox, "Facility"), "New facility…")
        type_into(qtbot, find(dlg, QLineEdit, "New facility name"), "Hill Clinic", enter=False)
        choose(qtbot, find(dlg, QComboBox, "Sector"), "Health centre")
        parts = COMMUNITY.split(" › ")
        for name, text in zip(("Region", "District", "Commune", "Village"), parts, strict=True):
            type_into(qtbot, find(dlg, QLineEdit, name), text, enter=False)
        choose(qtbot, find(dlg, QComboBox, "Scoring mode"), "Both")
        type_into(qtbot, find(dlg, QLineEdit, "Lead facilitator"), "Mai", enter=False)
        type_into(qtbot, find(dlg, QLineEdit, "Other facilitators"), "Duc, Hoa", enter=False)
        find(dlg, QPushButton, "Create cycle").click()

    QTimer.singleShot(0, fill_dialog)
    win.new_cycle()
    assert win.workspace is not None
    return win.workspace.cycle_id


def add_people(qtbot, page, group_row: int, count: int, *, age=None, flags=()) -> None:
    find(page, QListWidget, "Groups").setCurrentRow(group_row)
    table = find(page, QTableWidget, "Participants")
    start = table.rowCount()
    for _ in range(count):
        find(page, QPushButton, "Add participant").click()
    for row in range(start, start + count):
        if age:
            choose_in_cell(qtbot, table, row, 1, age)
        for col in flags:
            toggle_cell(qtbot, table, row, col)


def test_a_whole_cycle_through_the_widgets_then_reopened(qtbot, tmp_path, settings):
    path = tmp_path / "field.sqlite3"
    store = Store.open(path, backups=False)
    win = MainWindow(store, settings)
    errors: list[str] = []
    win.show_error = errors.append
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=10_000)

    # 1. setup -------------------------------------------------------------------------------
    cid = create_cycle(qtbot, win)
    page = go(qtbot, win, "setup")
    replace_text(qtbot, find(page, QLineEdit, "Planned date of Setup"), "2026-11-02")
    replace_text(qtbot, find(page, QLineEdit, "Actual date of Setup"), "2026-11-03")
    replace_text(qtbot, find(page, QLineEdit, "Planned date of Interface meeting"), "2026-11-20")

    # 2. groups and participants (12 community members + 2 staff + 1 anonymous) ------------------
    page = go(qtbot, win, "participants")
    for type_label, name in (("Women", ""), ("Men", ""), ("Youth", ""), ("Staff", "Clinic staff")):
        choose(qtbot, find(page, QComboBox, "New group type"), type_label)
        if name:
            type_into(qtbot, find(page, QLineEdit, "New group name"), name, enter=False)
        find(page, QPushButton, "Add group").click()
    add_people(qtbot, page, 0, 4, age="25-34", flags=(5,))  # women, poor
    add_people(qtbot, page, 1, 4, age="35-49")
    toggle_cell(qtbot, find(page, QTableWidget, "Participants"), 0, 3)  # man no. 5: disability
    add_people(qtbot, page, 2, 4, age="18-24", flags=(4,))  # youth, minority
    find(page, QPushButton, "Add anonymous participant").click()
    add_people(qtbot, page, 3, 2, age="35-49")

    # 3. input tracking ------------------------------------------------------------------------
    page = go(qtbot, win, "input_tracking")
    matrix = find(page, QTableWidget, "Input tracking matrix")
    for row, (item, unit, ent, src, act) in enumerate(
        (
            ("Nurses on duty", "persons", "4", "Staffing norm", "3"),
            ("Paracetamol", "boxes/month", "50", "Medicines list", "32"),
        )
    ):
        type_into(qtbot, find(page, QLineEdit, "New input item"), item)
        for col, text in ((1, unit), (2, ent), (3, src), (4, act)):
            edit_cell(qtbot, matrix, row, col, text)
    assert matrix.item(1, 5).text() == "-18 (less than entitled)"

    # 4. issues with votes, one duplicate merged -------------------------------------------------
    page = go(qtbot, win, "issues")
    group = find(page, QComboBox, "Group raising issues")
    entry = find(page, QLineEdit, "New issue")
    table = find(page, QTableWidget, "Issues of the group")
    raised = {
        "Women": (("Long waiting time", "12"), ("Dirty toilets", "7")),
        "Men": (("Waiting too long", "9"), ("Rude staff", "4")),
        "Youth": (("Dirty toilets", "6"),),
    }
    for gname, items in raised.items():
        choose(qtbot, group, gname)
        for text, _v in items:
            type_into(qtbot, entry, text)
        for row, (_t, votes) in enumerate(items):
            edit_cell(qtbot, table, row, 1, votes)
    ranked = find(page, QListWidget, "Ranked issues")
    for r in range(ranked.count()):
        ranked.item(r).setSelected("aiting" in ranked.item(r).text())
    find(page, QPushButton, "Merge selected issues").click()
    for r in range(ranked.count()):
        ranked.item(r).setSelected("Dirty toilets" in ranked.item(r).text())
    find(page, QPushButton, "Merge selected issues").click()
    top = [ranked.item(r).text().split("\n")[0] for r in range(ranked.count())]
    assert top[0] == "1. Long waiting time — raised by 2 groups, 21 votes"
    assert top[1] == "2. Dirty toilets — raised by 2 groups, 13 votes"

    # 5. five indicators: two issues, two from the library, one custom -------------------------
    page = go(qtbot, win, "indicators")
    from_issues = find(page, QListWidget, "Ranked issues to choose from")
    from_issues.setCurrentRow(0)
    find(page, QPushButton, "Use issue as indicator").click()
    for words in ("medicines available", "respect"):
        search = find(page, QLineEdit, "Search the library")
        search.clear()
        type_into(qtbot, search, words)
        find(page, QPushButton, "Add from library").click()
    type_into(qtbot, find(page, QLineEdit, "Custom indicator"), "Night-time emergency care")
    from_issues.setCurrentRow(1)
    find(page, QPushButton, "Use issue as indicator").click()
    chosen = find(page, QListWidget, "Chosen indicators")
    assert [chosen.item(r).text().split("  (")[0] for r in range(5)] == [
        f"{n}. {t}" for n, t in enumerate(INDICATORS, start=1)
    ]

    # 6. community scoring: Women vote one by one, Men and Youth agree a score -------------------
    page = go(qtbot, win, "community_scoring")
    tabs = page.tabs
    page.select_group("Women")
    tabs.setCurrentIndex(page.tab_votes)
    grid = find(page, QTableView, "Individual votes")
    for row, votes in enumerate(WOMEN_VOTES):
        for col, v in enumerate(votes):
            type_cell(qtbot, grid, row, col, str(v), key=Qt.Key.Key_Tab)
    tabs.setCurrentIndex(page.tab_consensus)
    consensus = find(page, QTableView, "Consensus scores")
    for gname, scores in (("Men", MEN_SCORES), ("Youth", YOUTH_SCORES)):
        page.select_group(gname)
        for row, v in enumerate(scores):
            type_cell(qtbot, consensus, row, 1, str(v))
        type_cell(qtbot, consensus, 0, 2, f"{gname}: we wait half a day")
        type_cell(qtbot, consensus, 0, 3, "Numbered tickets")

    # 7. provider self-evaluation ---------------------------------------------------------------
    page = go(qtbot, win, "provider_scoring")
    provider = find(page, QTableView, "Provider scores")
    for row, v in enumerate(STAFF_SCORES):
        type_cell(qtbot, provider, row, 1, str(v))
    type_cell(qtbot, provider, 0, 2, "We see everyone within the day")

    # 8. interface meeting ---------------------------------------------------------------------
    page = go(qtbot, win, "interface_meeting")
    fill(qtbot, page, "Meeting date", "2026-11-20")
    fill(qtbot, page, "Venue", "Commune hall")
    count = find(page, QSpinBox, "Community members present")
    count.setFocus()
    count.lineEdit().selectAll()
    type_keys(qtbot, "14")
    press(qtbot, Qt.Key.Key_Tab, count)
    new_official = find(page, QLineEdit, "New official")
    new_official.setFocus()
    type_keys(qtbot, "Mr Son (commune chief)")
    press(qtbot, Qt.Key.Key_Return, new_official)
    side_by_side = find(page, QTableView, "Community and provider scores")
    type_cell(qtbot, side_by_side, 0, 6, "Tickets from next month")
    shown = [side_by_side.model().index(r, 1).data() for r in range(5)]
    assert [s.split(" ")[0] for s in shown] == ["2.5", "2", "4", "1.5", "3"]

    # 9. four actions --------------------------------------------------------------------------
    page = go(qtbot, win, "action_plan")
    for what, who, inst, due, res, ind in ACTIONS:
        find(page, QPushButton, "Add action").click()
        fill(qtbot, page, "What will be done", what)
        fill(qtbot, page, "Responsible person", who)
        fill(qtbot, page, "Institution", inst)
        fill(qtbot, page, "Due date", due)
        fill(qtbot, page, "Resources needed", res)
        pick(qtbot, page, "Indicator", INDICATORS[ind])
    pick(qtbot, page, "Priority", "High")  # the last one
    esc = find(page, QCheckBox, "Escalate to the district")
    esc.setFocus()
    press(qtbot, Qt.Key.Key_Space, esc)

    # 10. a follow-up --------------------------------------------------------------------------
    page = go(qtbot, win, "follow_up")
    panel = page.this_round
    actions = find(panel, QTableView, "Actions of this round").model()
    row = next(r for r in range(actions.rowCount()) if actions.index(r, 0).data() == ACTIONS[0][0])
    panel.table.setCurrentIndex(actions.index(row, 0))
    fill(qtbot, panel, "Update date", "2026-12-01")
    status = find(panel, QComboBox, "New status")
    status.setFocus()
    while status.currentData() != "in_progress":
        press(qtbot, Qt.Key.Key_Down, status)
    note = find(panel, QLineEdit, "Update note")
    note.setFocus()
    type_keys(qtbot, "Ticket machine ordered")
    press(qtbot, Qt.Key.Key_Return, note)

    # 11. finish: nothing is missing any more, the cycle is locked -------------------------------
    dlg = win.workspace.ask_finish()
    report = find(dlg, QTextBrowser, "What is missing")
    assert dlg.missing_count == 0, report.toPlainText()
    find(dlg, QPushButton, "Finish and lock").click()
    assert errors == []
    win.close()
    store.close()

    # ---- a new Store and a new window on the same file: everything is there -----------------
    again = Store.open(path, backups=False)
    try:
        check_database(again, cid)
        win2 = MainWindow(again, settings)
        qtbot.addWidget(win2)
        win2.show()
        rows = find(win2, QTableView, "Cycles").model()
        assert rows.rowCount() == 1 and rows.index(0, 4).data() == "Complete"
        assert rows.index(0, 3).data() == "Follow-up"
        ws = win2.open_cycle(cid)
        steps = [ws.nav.item(i).text() for i in range(ws.nav.count())]
        assert len(steps) == 10 and all("✓ done" in t for t in steps), steps
        assert "finished and locked" in ws.header.text()
        ws.go_to("interface_meeting")
        table = find(ws.page("interface_meeting"), QTableView, "Community and provider scores")
        for r in range(5):
            assert table.model().index(r, 0).data() == INDICATORS[r]
            community = table.model().index(r, 1).data().split(" ")[0]
            providers = table.model().index(r, 2).data().split(" ")[0]
            assert float(community) == COMMUNITY_MEDIANS[r]
            assert float(providers) == STAFF_SCORES[r]
        ws.go_to("community_scoring")
        scoring = ws.page("community_scoring")
        scoring.select_group("Women")
        scoring.tabs.setCurrentIndex(scoring.tab_votes)
        grid = find(scoring, QTableView, "Individual votes")
        for row, votes in enumerate(WOMEN_VOTES):
            for col, v in enumerate(votes):
                assert grid.model().index(row, col).data().split(" ")[0] == str(v)
        win2.close()
    finally:
        again.close()


def check_database(store: Store, cid: str) -> None:
    d = store.load_cycle(cid)
    c = d.cycle
    assert (d.facility.name, d.facility.sector) == ("Hill Clinic", "health")
    assert (c.community, c.round_no, c.previous_cycle_id) == (COMMUNITY, 1, None)
    assert (c.scale_code, c.scoring_mode, c.language, c.training) == ("faces5", "both", "en", False)
    assert (c.lead_facilitator, c.facilitators) == ("Mai", ["Duc", "Hoa"])
    assert c.status == "complete" and c.finished_at
    assert c.stage == "follow_up"
    assert c.stage_dates["setup"] == e.StageDates("2026-11-02", "2026-11-03")
    assert c.stage_dates["interface_meeting"].planned == "2026-11-20"

    groups = {g.name: g for g in d.groups}
    assert [(g.name, g.kind, g.type) for g in d.groups] == [
        ("Women", "community", "women"),
        ("Men", "community", "men"),
        ("Youth", "community", "youth"),
        ("Clinic staff", "provider", "staff"),
    ]
    by_group = {name: d.participants_of(g.id) for name, g in groups.items()}
    women, men, youth, staff = (by_group[n] for n in ("Women", "Men", "Youth", "Clinic staff"))
    assert [p.number for p in women] == [1, 2, 3, 4]
    assert all(p.gender == "female" and p.age_band == "25-34" and p.poor for p in women)
    assert [p.number for p in men] == [5, 6, 7, 8]
    assert [p.disability for p in men] == [True, False, False, False]
    assert all(p.gender == "male" and not p.youth for p in men)
    countable_youth = [p for p in youth if p.countable]
    assert [p.number for p in countable_youth] == [9, 10, 11, 12]
    assert all(p.youth and p.minority and p.age_band == "18-24" for p in countable_youth)
    assert [(p.number, p.countable) for p in youth if not p.countable] == [(0, False)]
    assert [p.number for p in staff] == [13, 14]
    assert sum(1 for p in d.participants if p.countable) == 14

    assert [(i.item, i.unit, i.entitlement, i.source, i.actual, i.gap) for i in d.input_items] == [
        ("Nurses on duty", "persons", 4, "Staffing norm", 3, -1),
        ("Paracetamol", "boxes/month", 50, "Medicines list", 32, -18),
    ]

    live = sorted((i.text, i.votes) for i in d.issues if i.merged_into is None)
    assert live == [("Dirty toilets", 13), ("Long waiting time", 21), ("Rude staff", 4)]
    merged = sorted(i.text for i in d.issues if i.merged_into is not None)
    assert merged == ["Dirty toilets", "Waiting too long"]

    assert [i.text for i in d.indicators] == list(INDICATORS)
    assert [i.code for i in d.indicators][1:3] == ["HC03", "HC02"]
    assert all(d.indicators[k].is_custom for k in (0, 3, 4))
    assert d.indicators[0].source_issue_id is not None

    assert len(d.votes) == 20
    for p, votes in zip(women, WOMEN_VOTES, strict=True):
        mine = {v.indicator_id: v.value for v in d.votes if v.participant_id == p.id}
        assert [mine[i.id] for i in d.indicators] == list(votes)

    results = indicator_results(d)
    for k, r in enumerate(results):
        w = r.by_group[groups["Women"].id]
        assert w.consensus is None and w.votes.count == 4
        assert w.votes.median == WOMEN_MEDIANS[k] and w.votes.mean == WOMEN_MEANS[k]
        assert r.by_group[groups["Men"].id].score == MEN_SCORES[k]
        assert r.by_group[groups["Youth"].id].score == YOUTH_SCORES[k]
        assert r.by_group[groups["Clinic staff"].id].score == STAFF_SCORES[k]
        assert r.community == COMMUNITY_MEDIANS[k]
        assert r.provider == STAFF_SCORES[k]
        assert r.gap == GAPS[k]
    scores = {(s.group_id, s.indicator_id): s for s in d.scores}
    first = d.indicators[0].id
    men_first = scores[(groups["Men"].id, first)]
    assert (men_first.reason, men_first.suggestion) == (
        "Men: we wait half a day",
        "Numbered tickets",
    )
    assert scores[(groups["Youth"].id, first)].reason == "Youth: we wait half a day"
    assert scores[(groups["Clinic staff"].id, first)].reason == "We see everyone within the day"

    m = d.meeting
    assert (m.held_on, m.venue, m.community_attendees) == ("2026-11-20", "Commune hall", 14)
    assert m.officials == ["Mr Son (commune chief)"]
    assert m.indicator_notes == {first: "Tickets from next month"}

    assert len(d.actions) == 4
    for a, (what, who, inst, due, res, ind) in zip(d.actions, ACTIONS, strict=True):
        assert (a.what, a.responsible, a.institution, a.due, a.resources) == (
            what,
            who,
            inst,
            due,
            res,
        )
        assert a.indicator_id == d.indicators[ind].id
    assert [a.priority for a in d.actions] == ["medium", "medium", "medium", "high"]
    assert [a.escalated for a in d.actions] == [False, False, False, True]
    assert [a.status for a in d.actions] == [
        "in_progress",
        "not_started",
        "not_started",
        "not_started",
    ]
    (u,) = d.updates
    assert (u.action_id, u.on_date, u.status, u.note) == (
        d.actions[0].id,
        "2026-12-01",
        "in_progress",
        "Ticket machine ordered",
    )
    events = store.cycle_events(cid)
    assert [ev["kind"] for ev in events] == ["finished"]
