"""The preparation steps (setup, participants, input tracking, issues, indicators), driven
through their real widgets; each check reads the database afterwards."""

import pytest
from driving import (
    cell_text,
    choose,
    choose_in_cell,
    edit_cell,
    find,
    replace_text,
    toggle_cell,
    type_text,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
)

from scorecard_app.core import entities as e
from scorecard_app.gui.main_window import MainWindow


@pytest.fixture
def cycle(store):
    f = e.Facility("Riverside Health Centre", sector="health")
    return store.create_cycle(e.Cycle(f.id, "North › Lakeside › Mai › Green Hill"), f)


@pytest.fixture
def errors():
    return []


@pytest.fixture
def win(qtbot, store, settings, cycle, errors):
    w = MainWindow(store, settings)
    w.show_error = errors.append  # the sentences the user would see, without a modal box
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    w.open_cycle(cycle.id)
    return w


def page(win, stage):
    win.workspace.go_to(stage)
    return win.workspace.page(stage)


def undo(win):
    win.act_undo.trigger()


def redo(win):
    win.act_redo.trigger()


def test_setup_page_saves_each_field_and_dates(qtbot, win, store, cycle):
    p = page(win, "setup")
    replace_text(qtbot, find(p, QLineEdit, "Facility name"), "Riverside HC")
    replace_text(qtbot, find(p, QLineEdit, "Village"), "Green Hill Upper")
    stack = win.workspace.undo_stack
    after_village = stack.index()
    choose(qtbot, find(p, QComboBox, "Scale"), "1–10")
    choose(qtbot, find(p, QComboBox, "Scoring mode"), "Both")
    choose(qtbot, find(p, QComboBox, "Session language"), "עברית (Hebrew)")
    replace_text(qtbot, find(p, QLineEdit, "Lead facilitator"), "Mai")
    replace_text(qtbot, find(p, QLineEdit, "Other facilitators"), "Duc,  Hoa ,")
    replace_text(qtbot, find(p, QLineEdit, "Planned date of Issues"), "2026-12-01")
    replace_text(qtbot, find(p, QLineEdit, "Actual date of Issues"), "2026-12-03")
    replace_text(qtbot, find(p, QLineEdit, "Next round planned for"), "2027-06-01")
    assert store.load_cycle(cycle.id).cycle.next_review == "2027-06-01"
    undo(win)
    assert store.load_cycle(cycle.id).cycle.next_review is None
    d = store.load_cycle(cycle.id)
    assert d.facility.name == "Riverside HC"
    assert d.cycle.community == "North › Lakeside › Mai › Green Hill Upper"
    assert (d.cycle.scale_code, d.cycle.scoring_mode, d.cycle.language) == ("ten", "both", "he")
    assert d.cycle.lead_facilitator == "Mai" and d.cycle.facilitators == ["Duc", "Hoa"]
    assert d.cycle.stage_dates["issues"] == e.StageDates("2026-12-01", "2026-12-03")

    undo(win)  # the actual date goes, the planned one stays
    assert store.load_cycle(cycle.id).cycle.stage_dates["issues"].actual is None
    assert find(p, QLineEdit, "Actual date of Issues").text() == ""
    redo(win)
    assert store.load_cycle(cycle.id).cycle.stage_dates["issues"].actual == "2026-12-03"
    while stack.index() > after_village:  # (arrow keys on a combo make one step per level)
        undo(win)
    d = store.load_cycle(cycle.id)
    assert d.facility.name == "Riverside HC" and d.cycle.scale_code == "faces5"
    assert d.cycle.community == "North › Lakeside › Mai › Green Hill Upper"


def test_bad_date_is_refused_and_nothing_saved(qtbot, win, store, cycle, errors):
    messages = errors
    p = page(win, "setup")
    box = find(p, QLineEdit, "Planned date of Setup")
    replace_text(qtbot, box, "next week")
    from scorecard_app.gui.field_message import FieldMessage

    said = win.findChild(FieldMessage)  # next to the box, which keeps what was typed
    assert said.isVisible() and "not a date" in said.text() and not messages
    assert box.text() == "next week"
    assert said.geometry().top() >= box.mapTo(win, box.rect().bottomLeft()).y()
    assert "setup" not in store.load_cycle(cycle.id).cycle.stage_dates


def test_scale_is_locked_once_scores_exist(qtbot, win, store, cycle):
    g = store.add(e.Group(cycle.id, "Women", type="women"))
    ind = store.add(e.Indicator(cycle.id, "Waiting time"))
    store.set_score(cycle.id, g.id, ind.id, value=3)
    win.workspace.ctx.invalidate()
    assert not find(page(win, "setup"), QComboBox, "Scale").isEnabled()


def add_group(qtbot, p, type_label, name=""):
    choose(qtbot, find(p, QComboBox, "New group type"), type_label)
    if name:
        type_text(qtbot, find(p, QLineEdit, "New group name"), name, enter=False)
    find(p, QPushButton, "Add group").click()


def test_participants_groups_people_and_warnings(qtbot, win, store, cycle, errors):
    p = page(win, "participants")
    add_group(qtbot, p, "Women")
    add_group(qtbot, p, "Men")
    add_group(qtbot, p, "Staff", "Clinic staff")
    d = store.load_cycle(cycle.id)
    assert [(g.name, g.kind, g.type) for g in d.groups] == [
        ("Women", "community", "women"),
        ("Men", "community", "men"),
        ("Clinic staff", "provider", "staff"),
    ]
    warnings = find(p, QLabel, "", visible_only=False) and p.warnings.text()
    assert "no youth group" in warnings

    groups = find(p, QListWidget, "Groups")
    groups.setCurrentRow(1)  # Men
    replace_text(qtbot, find(p, QLineEdit, "Facilitators of the selected group"), "Duc, Hoa")
    assert store.load_cycle(cycle.id).groups[1].facilitators == ["Duc", "Hoa"]
    undo(win)
    assert store.load_cycle(cycle.id).groups[1].facilitators == []
    redo(win)
    table = find(p, QTableWidget, "Participants")
    for _ in range(3):
        find(p, QPushButton, "Add participant").click()
    assert [cell_text(table, r, 0) for r in range(3)] == ["1", "2", "3"]
    choose_in_cell(qtbot, table, 0, 1, "18-24")  # youth follows the age band
    choose_in_cell(qtbot, table, 1, 2, "Other")
    toggle_cell(qtbot, table, 2, 3)  # disability
    toggle_cell(qtbot, table, 2, 5)  # poor
    edit_cell(qtbot, table, 2, 0, "1")  # taken: refused, nothing saved
    assert errors[-1] == "Sticker number 1 is already used by someone else."
    assert cell_text(table, 2, 0) == "3"
    edit_cell(qtbot, table, 2, 0, "17")  # the sticker number
    find(p, QPushButton, "Add anonymous participant").click()
    people = {x.number: x for x in store.load_cycle(cycle.id).participants}
    assert people[1].age_band == "18-24" and people[1].youth and people[1].gender == "male"
    assert people[2].gender == "other"
    assert people[17].disability and people[17].poor and not people[17].minority
    assert not people[0].countable
    summary = p.summary.text()
    assert "3 community members counted." in summary and "Young: 1 (33%)" in summary
    assert "Women are 0% of participants." in p.warnings.text()

    undo(win)  # the anonymous participant
    undo(win)  # the sticker number
    assert sorted(x.number for x in store.load_cycle(cycle.id).participants) == [1, 2, 3]
    redo(win)
    assert sorted(x.number for x in store.load_cycle(cycle.id).participants) == [1, 2, 17]

    groups.setCurrentRow(0)
    find(p, QPushButton, "Add participant").click()
    women = [x for x in store.load_cycle(cycle.id).participants if x.gender == "female"]
    assert [x.number for x in women] == [18]  # running number after 17, gender from group

    groups.setCurrentRow(1)
    find(p, QPushButton, "Remove group").click()
    d = store.load_cycle(cycle.id)
    assert [g.name for g in d.groups] == ["Women", "Clinic staff"] and len(d.participants) == 1
    undo(win)
    assert len(store.load_cycle(cycle.id).participants) == 4


def test_input_tracking_matrix_saves_each_cell_and_shows_gap(qtbot, win, store, cycle, errors):
    p = page(win, "input_tracking")
    type_text(qtbot, find(p, QLineEdit, "New input item"), "Nurses on duty")
    table = find(p, QTableWidget, "Input tracking matrix")
    edit_cell(qtbot, table, 0, 1, "persons")
    edit_cell(qtbot, table, 0, 2, "4")
    edit_cell(qtbot, table, 0, 3, "Staffing norm 2024")
    edit_cell(qtbot, table, 0, 4, "2,5")
    edit_cell(qtbot, table, 0, 6, "One post vacant")
    (it,) = store.load_cycle(cycle.id).input_items
    assert (it.item, it.unit, it.entitlement, it.source, it.actual, it.remarks) == (
        "Nurses on duty",
        "persons",
        4.0,
        "Staffing norm 2024",
        2.5,
        "One post vacant",
    )
    assert cell_text(table, 0, 5) == "-1.5 (less than entitled)"
    edit_cell(qtbot, table, 0, 4, "many")  # refused: not a number
    assert errors == ["“many” is not a number; write it like 12 or 3.5."]
    assert store.load_cycle(cycle.id).input_items[0].actual == 2.5
    assert cell_text(table, 0, 4) == "2.5"
    undo(win)
    assert store.load_cycle(cycle.id).input_items[0].remarks == ""
    undo(win)
    assert store.load_cycle(cycle.id).input_items[0].actual is None
    assert cell_text(table, 0, 5) == ""
    redo(win)
    assert cell_text(table, 0, 5) == "-1.5 (less than entitled)"


def test_issues_fast_entry_votes_merge_and_ranking(qtbot, win, store, cycle):
    for name, gtype in (("Women", "women"), ("Men", "men"), ("Youth", "youth")):
        g = store.add(e.Group(cycle.id, name, type=gtype))
        if name == "Women":  # someone in the room raises the women's issues
            anon = store.add(e.Participant(cycle.id, g.id, 0, countable=False))
            store.add(e.Participant(cycle.id, g.id, 1))
    win.workspace.ctx.invalidate()
    p = page(win, "issues")
    group = find(p, QComboBox, "Group raising issues")
    entry = find(p, QLineEdit, "New issue")
    table = find(p, QTableWidget, "Issues of the group")
    texts = {"Women": ["Long waiting time", "Rude staff"], "Men": ["Waiting too long"]}
    texts["Youth"] = ["Thuốc hết hàng", "Long waiting time"]
    votes = {"Women": ["12", "5"], "Men": ["20"], "Youth": ["3", "9"]}
    for gname, items in texts.items():
        choose(qtbot, group, gname)
        for t in items:
            type_text(qtbot, entry, t)
        assert entry.text() == ""  # ready for the next one
        for row, v in enumerate(votes[gname]):
            edit_cell(qtbot, table, row, 1, v)
    issues = store.load_cycle(cycle.id).issues
    assert sorted((i.text, i.votes) for i in issues) == [
        ("Long waiting time", 9),
        ("Long waiting time", 12),
        ("Rude staff", 5),
        ("Thuốc hết hàng", 3),
        ("Waiting too long", 20),
    ]
    youth_id = next(g.id for g in store.load_cycle(cycle.id).groups if g.name == "Youth")
    by = {i.text: i.participant_id for i in issues if i.group_id != youth_id}
    assert by == {"Long waiting time": anon.id, "Rude staff": anon.id, "Waiting too long": None}
    ranked = find(p, QListWidget, "Ranked issues")
    assert ranked.item(0).text().startswith("1. Waiting too long — raised by 1 group, 20 votes")

    # merge the three "waiting" issues into one
    ranked.clearSelection()
    for r in range(ranked.count()):
        t = ranked.item(r).text()
        if "aiting" in t:
            ranked.item(r).setSelected(True)
    find(p, QPushButton, "Merge selected issues").click()
    first = ranked.item(0).text()
    assert first.startswith("1. Waiting too long — raised by 3 groups, 41 votes"), first
    assert "Men, Women, Youth" in first
    live = [i for i in store.load_cycle(cycle.id).issues if i.merged_into is None]
    assert sorted((i.text, i.votes) for i in live) == [
        ("Rude staff", 5),
        ("Thuốc hết hàng", 3),
        ("Waiting too long", 41),
    ]
    # the men's own votes can still be corrected; the merged total follows
    choose(qtbot, group, "Men")
    edit_cell(qtbot, table, 0, 1, "21")
    assert ranked.item(0).text().startswith("1. Waiting too long — raised by 3 groups, 42 votes")
    undo(win)
    undo(win)  # the merge
    live = [i for i in store.load_cycle(cycle.id).issues if i.merged_into is None]
    assert len(live) == 5 and sum(i.votes for i in live) == 49
    redo(win)
    assert ranked.item(0).text().startswith("1. Waiting too long — raised by 3 groups, 41 votes")


def test_indicators_from_issues_library_custom_reorder_and_lock(
    qtbot, win, store, cycle, monkeypatch
):
    g = store.add(e.Group(cycle.id, "Women", type="women"))
    store.add(e.Issue(cycle.id, g.id, "Long waiting time", votes=12))
    store.add(e.Issue(cycle.id, g.id, "Rude staff", votes=3))
    win.workspace.ctx.invalidate()
    p = page(win, "indicators")
    issues = find(p, QListWidget, "Ranked issues to choose from")
    issues.setCurrentRow(0)
    find(p, QPushButton, "Use issue as indicator").click()
    type_text(qtbot, find(p, QLineEdit, "Search the library"), "medicines")
    lib = find(p, QListWidget, "Library indicators")
    assert lib.currentItem().text() == "HC03 — Medicines available when needed"
    qtbot.keyClick(lib, Qt.Key.Key_Return)  # Enter on the library entry adds it
    type_text(qtbot, find(p, QLineEdit, "Custom indicator"), "Night-time emergency care")
    chosen = find(p, QListWidget, "Chosen indicators")
    d = store.load_cycle(cycle.id)
    assert [(i.text, i.code[:7]) for i in d.indicators] == [
        ("Long waiting time", "custom-"),
        ("Medicines available when needed", "HC03"),
        ("Night-time emergency care", "custom-"),
    ]
    assert d.indicators[0].source_issue_id == d.issues[0].id
    assert d.indicators[1].pictogram == "pills"
    # the custom one moves up twice by keyboard (Ctrl+Up on the list)
    chosen.setFocus()
    chosen.setCurrentRow(2)
    qtbot.keyClick(chosen, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    find(p, QPushButton, "Move indicator up").click()
    order = [i.text for i in store.load_cycle(cycle.id).indicators]
    assert order == [
        "Night-time emergency care",
        "Long waiting time",
        "Medicines available when needed",
    ]
    assert chosen.currentRow() == 0
    undo(win)
    assert [i.text for i in store.load_cycle(cycle.id).indicators][1] == "Night-time emergency care"
    redo(win)
    replace_text(qtbot, find(p, QLineEdit, "Indicator text"), "Emergency care at night")
    assert store.load_cycle(cycle.id).indicators[0].text == "Emergency care at night"

    # scoring starts: the list locks; unlocking says what it affects and asks
    ind = store.load_cycle(cycle.id).indicators[0]
    store.set_score(cycle.id, g.id, ind.id, value=2)
    win.workspace.ctx.invalidate()
    remove = find(p, QPushButton, "Remove indicator")
    assert not remove.isEnabled() and "Locked" in p.lock_label.text()
    asked = []

    def answer(parent, title, text, *a, **k):
        from PySide6.QtWidgets import QMessageBox

        asked.append(text)
        return QMessageBox.StandardButton.Yes

    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", answer)
    find(p, QPushButton, "Unlock indicators").click()
    assert "1 group scores" in asked[0] and "scores are hidden" in asked[0]
    chosen.setCurrentRow(2)
    remove.click()
    assert len(store.load_cycle(cycle.id).indicators) == 2
    undo(win)
    assert len(store.load_cycle(cycle.id).indicators) == 3


def test_library_indicator_is_stored_in_the_session_language(qtbot, win, store, cycle):
    store.update(e.Cycle, cycle.id, language="vi")
    win.workspace.ctx.invalidate()
    p = page(win, "indicators")
    type_text(qtbot, find(p, QLineEdit, "Search the library"), "medicines available")  # English
    lib = find(p, QListWidget, "Library indicators")
    assert lib.currentItem().text() == "HC03 — Có thuốc khi cần"
    find(p, QPushButton, "Add from library").click()
    (ind,) = store.load_cycle(cycle.id).indicators
    assert (ind.code, ind.text) == ("HC03", "Có thuốc khi cần")


def test_ctrl_z_in_the_issue_box_undoes_the_saved_issue(qtbot, win, store, cycle):
    store.add(e.Group(cycle.id, "Women", type="women"))
    win.workspace.ctx.invalidate()
    p = page(win, "issues")
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=10_000)
    entry = find(p, QLineEdit, "New issue")
    type_text(qtbot, entry, "Long waiting time")
    assert [i.text for i in store.load_cycle(cycle.id).issues] == ["Long waiting time"]
    entry.setFocus()
    qtbot.keyClick(entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.load_cycle(cycle.id).issues == []
    mods = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(entry, Qt.Key.Key_Z, mods)
    assert [i.text for i in store.load_cycle(cycle.id).issues] == ["Long waiting time"]
    # while typing, Ctrl+Z undoes the typing only
    qtbot.keyClicks(entry, "Rude")
    qtbot.keyClick(entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(store.load_cycle(cycle.id).issues) == 1


def test_delete_key_removes_the_current_row_undoably(qtbot, win, store, cycle):
    store.add(e.InputItem(cycle.id, "Nurses", position=0))
    store.add(e.InputItem(cycle.id, "Beds", position=1))
    win.workspace.ctx.invalidate()
    p = page(win, "input_tracking")
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=10_000)
    table = find(p, QTableWidget, "Input tracking matrix")
    table.setFocus()
    table.setCurrentCell(1, 0)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [i.item for i in store.load_cycle(cycle.id).input_items] == ["Nurses"]
    undo(win)
    assert [i.item for i in store.load_cycle(cycle.id).input_items] == ["Nurses", "Beds"]


def test_providers_can_raise_issues_too(qtbot, win, store, cycle):
    store.add(e.Group(cycle.id, "Women", type="women"))
    store.add(e.Group(cycle.id, "Staff", kind="provider", type="staff"))
    win.workspace.ctx.invalidate()
    p = page(win, "issues")
    choose(qtbot, find(p, QComboBox, "Group raising issues"), "Staff (service provider)")
    type_text(qtbot, find(p, QLineEdit, "New issue"), "Patients come late")
    (issue,) = store.load_cycle(cycle.id).issues
    assert issue.group_id == store.load_cycle(cycle.id).provider_groups[0].id
