"""Issue 14, keyboard and data entry: redo keys, input tracking, issue suggestions, F11,
text saved while typing, pasting a block of votes, one half-point rule per scale."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QTableView
from scoring_helpers import find, make_cycle, open_window_on, press, type_cell
from scoring_helpers import type_text as type_keys

from scorecard_app.gui.main_window import redo_shortcuts

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


# ---------------------------------------------------------------------------------- 1. redo
def test_redo_keys_are_each_registered_once_whatever_the_platform_scheme():
    """On Linux desktops the platform's own redo key *is* Ctrl+Shift+Z: adding it again made
    the shortcut ambiguous (and left Ctrl+Y out). Each key once, both always there."""
    x11 = [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
    windows = [QKeySequence("Ctrl+Y"), QKeySequence("Alt+Shift+Backspace")]
    for platform in (x11, windows, x11[:1]):
        keys = [k.toString() for k in redo_shortcuts(platform)]
        assert len(keys) == len(set(keys)), keys
        assert {"Ctrl+Shift+Z", "Ctrl+Y"} <= set(keys)


def test_ctrl_shift_z_and_ctrl_y_both_redo_in_theopen_window_on(qtbot, store, settings):
    c = make_cycle(store, scoring_mode="individual")
    cid = c["cycle"].id
    win, _ws, page = open_window_on(qtbot, store, settings, cid, "community_scoring")
    seqs = [k.toString() for a in win.findChildren(type(win.act_redo)) for k in a.shortcuts()]
    assert len(seqs) == len(set(seqs)), f"a key is registered twice: {seqs}"
    grid = find(page, QTableView, "Individual votes")
    type_cell(qtbot, grid, 0, 0, "3")
    type_cell(qtbot, grid, 1, 0, "4")
    votes = lambda: sorted(v.value for v in store.load_cycle(cid).votes)  # noqa: E731
    for key, mods in ((Qt.Key.Key_Z, CTRL | SHIFT), (Qt.Key.Key_Y, CTRL)):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)
        assert votes() == [3.0]
        qtbot.keyClick(QApplication.focusWidget(), key, mods)
        assert votes() == [3.0, 4.0], QKeySequence(key | mods).toString()


# ------------------------------------------------------------------------ 2. input tracking
def test_input_tracking_enter_moves_on_to_the_unit_and_remove_asks(qtbot, store, settings):
    from driving import type_text as type_into
    from PySide6.QtWidgets import QLineEdit, QPushButton, QTableWidget

    c = make_cycle(store)
    cid = c["cycle"].id
    _win, _ws, page = open_window_on(qtbot, store, settings, cid, "input_tracking")
    entry = find(page, QLineEdit, "New input item")
    type_into(qtbot, entry, "Nurses on duty")
    # the unit typed next goes into the new row's unit, not into the entry box
    type_keys(qtbot, "people")
    press(qtbot, Qt.Key.Key_Return)
    items = store.load_cycle(cid).input_items
    assert [(i.item, i.unit) for i in items] == [("Nurses on duty", "people")]
    assert entry.text() == ""
    # a Space on the focused Remove button asks first; Enter on the question keeps the row
    table = find(page, QTableWidget, "Input tracking matrix")
    table.setCurrentCell(0, 0)
    remove = find(page, QPushButton, "Remove input item")
    remove.setFocus()
    qtbot.keyClick(remove, Qt.Key.Key_Space)
    QApplication.processEvents()
    assert [i.item for i in store.load_cycle(cid).input_items] == ["Nurses on duty"]
    box = page.question
    assert box.isVisible() and "Nurses on duty" in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Return)  # the default answer keeps it
    QApplication.processEvents()
    assert [i.item for i in store.load_cycle(cid).input_items] == ["Nurses on duty"]
    qtbot.keyClick(remove, Qt.Key.Key_Space)
    QApplication.processEvents()
    find(page.question, QPushButton, "Remove").click()
    QApplication.processEvents()
    assert store.load_cycle(cid).input_items == []


# -------------------------------------------------------------------------------- 3. issues
def test_issue_suggestion_added_once_and_same_wording_refused(qtbot, store, settings):
    from driving import type_text as type_into
    from PySide6.QtWidgets import QLineEdit

    c = make_cycle(store)
    cid = c["cycle"].id
    _win, _ws, page = open_window_on(qtbot, store, settings, cid, "issues")
    entry = find(page, QLineEdit, "New issue")
    type_into(qtbot, entry, "Waiting time too long")
    type_into(qtbot, entry, "Drugs out of stock")
    # another group: "wa", Down onto the suggestion, Enter adds it; a second Enter adds nothing
    page.group.setCurrentIndex(1)
    entry.setFocus()
    qtbot.keyClicks(entry, "wa")
    popup = entry.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=10_000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert entry.text() == ""
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    QApplication.processEvents()
    texts = lambda: sorted(  # noqa: E731
        (i.text, i.group_id) for i in store.load_cycle(cid).issues
    )
    men = c["groups"]["Men"].id
    assert [t for t, g in texts() if g == men] == ["Waiting time too long"]
    # the same wording again in one group (any case, any spaces) is refused, text kept
    type_into(qtbot, entry, "waiting  time too LONG")
    assert [t for t, g in texts() if g == men] == ["Waiting time too long"]
    assert entry.text() == "waiting  time too LONG"
    assert "already" in page.entry_error.text() and page.entry_error.isVisible()
    # non-ASCII wording is compared the same way
    type_into(qtbot, entry, "Thiếu thuốc")
    type_into(qtbot, entry, "THIẾU THUỐC")
    assert [t for t, g in texts() if g == men] == ["Thiếu thuốc", "Waiting time too long"]


# ----------------------------------------------------------------------- 4. F11, projector
def test_f11_anywhere_on_the_meeting_step_in_the_sessions_language(qtbot, demo_store, settings):
    from PySide6.QtWidgets import QLabel, QListWidget

    from scorecard_app.core import entities as e
    from scorecard_app.i18n import translate

    cid = demo_store.demo_ids[1]
    demo_store.update(e.Cycle, cid, language="vi")  # the session is held in Vietnamese
    _win, ws, page = open_window_on(qtbot, demo_store, settings, cid, "interface_meeting")
    nav = find(ws, QListWidget, "Steps")  # focus on the step list, not in the meeting table
    nav.setFocus()
    qtbot.keyClick(nav, Qt.Key.Key_F11)
    proj = page.projector
    assert proj is not None and proj.isFullScreen()
    footer = translate(
        "ProjectorView",
        "Screen {page} of {pages} — Page Down: next · Page Up: back · Esc: leave",
        "vi",
    ).format(page=1, pages=4)
    assert proj.footer.text() == footer
    texts = [w.text() for w in proj.findChildren(QLabel)]
    community = translate("ProjectorView", "Community", "vi")
    assert community != "Community" and any(t.startswith(community + ":") for t in texts)
    qtbot.keyClick(proj, Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert page.projector is None
    # the interface itself stays English
    assert page.projector_button.text().startswith("&Projector")


# --------------------------------------------------------------------------------- 6. paste
def test_paste_a_spreadsheet_block_into_the_voting_grid(qtbot, store, settings):
    c = make_cycle(store, scoring_mode="individual")
    cid = c["cycle"].id
    win, _ws, page = open_window_on(qtbot, store, settings, cid, "community_scoring")
    grid = find(page, QTableView, "Individual votes")
    from scoring_helpers import reveal

    reveal(grid)
    grid.setFocus()
    grid.setCurrentIndex(grid.model().index(1, 0))
    # what a spreadsheet puts on the clipboard: tabs between cells, CRLF after each row
    QApplication.clipboard().setText("3\t4\t5\r\n2\t2,5\t1\r\n")
    qtbot.keyClick(grid, Qt.Key.Key_V, CTRL)
    QApplication.processEvents()
    women = c["people"]["Women"]
    inds = [i.id for i in c["indicators"]]
    got = {(v.participant_id, v.indicator_id): v.value for v in store.load_cycle(cid).votes}
    assert got == {}  # 2,5 is not a step of the 1–5 scale: nothing pasted, and it says why
    from scorecard_app.gui.field_message import FieldMessage

    said = win.findChild(FieldMessage)
    msg = said.text()
    assert said.isVisible() and "2,5" in msg and "\t" not in msg
    assert "row 2" in msg and "column 2" in msg
    QApplication.clipboard().setText("3\t4\t5\r\n2\t2\t1\r\n")
    qtbot.keyClick(grid, Qt.Key.Key_V, CTRL)
    QApplication.processEvents()
    got = {(v.participant_id, v.indicator_id): v.value for v in store.load_cycle(cid).votes}
    assert got == {
        (women[1].id, inds[0]): 3.0,
        (women[1].id, inds[1]): 4.0,
        (women[1].id, inds[2]): 5.0,
        (women[2].id, inds[0]): 2.0,
        (women[2].id, inds[1]): 2.0,
        (women[2].id, inds[2]): 1.0,
    }
    assert grid.model().index(2, 2).data() == "1 · Very bad"
    # one paste is one undo
    qtbot.keyClick(grid, Qt.Key.Key_Z, CTRL)
    QApplication.processEvents()
    assert store.load_cycle(cid).votes == []
    # a block that does not fit is refused whole, with the reason
    grid.setCurrentIndex(grid.model().index(3, 1))
    qtbot.keyClick(grid, Qt.Key.Key_V, CTRL)
    QApplication.processEvents()
    assert store.load_cycle(cid).votes == []
    assert "does not fit" in said.text() and said.isVisible()
