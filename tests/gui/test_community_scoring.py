"""Community scoring through the real widgets: the voting grid, consensus, show of hands."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QTableView,
    QTableWidget,
    QTabWidget,
)
from scoring_helpers import (
    find,
    focusable_without_name,
    make_cycle,
    open_step,
    press,
    type_cell,
    type_text,
)

from scorecard_app.core import entities as e


def _votes(store, cycle_id):
    return {(v.participant_id, v.indicator_id): v.value for v in store.load_cycle(cycle_id).votes}


def _results_cell(page, table_name, row, col):
    return find(page, QTableWidget, table_name).item(row, col).text()


def test_typed_votes_are_saved_at_once_and_give_the_exact_median(qtbot, store):
    c = make_cycle(store, scoring_mode="individual")
    cid = c["cycle"].id
    ws, page = open_step(qtbot, store, cid, "community_scoring")
    page.select_group("Women")
    grid = find(page, QTableView, "Individual votes")
    women = c["people"]["Women"]
    first = c["indicators"][0]
    for row, value in enumerate(("3", "4", "3", "4")):
        type_cell(qtbot, grid, row, 0, value)
        # saved the moment Enter was pressed, and the cursor moved on along the row
        assert _votes(store, cid)[(women[row].id, first.id)] == float(value)
        assert (grid.currentIndex().row(), grid.currentIndex().column()) == (row, 1)
    # Tab also saves and moves on
    type_cell(qtbot, grid, 0, 1, "5", key=Qt.Key.Key_Tab)
    assert _votes(store, cid)[(women[0].id, c["indicators"][1].id)] == 5.0
    assert grid.currentIndex().column() == 2
    # live results: exact median 3.5 (not 4), mean 3.5, four votes, the distribution
    assert _results_cell(page, "Results of this group", 0, 3) == "3.5 · Good"
    assert _results_cell(page, "Results of this group", 0, 4) == "3.5"
    assert _results_cell(page, "Results of this group", 0, 2) == "4"
    assert _results_cell(page, "Results of this group", 0, 5) == "1: 0  2: 0  3: 2  4: 2  5: 0"
    # the grid cell shows face + number + word, never colour alone
    idx = grid.model().index(1, 0)
    assert idx.data() == "4 · Good"
    assert idx.data(Qt.ItemDataRole.DecorationRole) is not None
    assert len(store.load_cycle(cid).votes) == 5


def test_out_of_range_vote_is_refused_with_a_sentence_and_nothing_saved(qtbot, store):
    c = make_cycle(store, scoring_mode="individual")
    cid = c["cycle"].id
    _ws, page = open_step(qtbot, store, cid, "community_scoring")
    grid = find(page, QTableView, "Individual votes")
    before = store.conn.execute("SELECT count(*) FROM outbox").fetchone()[0]
    type_cell(qtbot, grid, 2, 1, "7")
    from scorecard_app.gui.field_message import FieldMessage

    msg = page.window().findChild(FieldMessage)  # said next to the cell, over the page
    assert msg.isVisible()
    assert "7" in msg.text() and "outside the scale 1–5" in msg.text()
    assert QApplication.focusWidget().text() == "7"  # what was typed stays, to be corrected
    assert _votes(store, cid) == {}
    assert store.conn.execute("SELECT count(*) FROM outbox").fetchone()[0] == before
    # the cursor stays on the refused cell, so the right value can be typed straight away
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (2, 1)
    type_text(qtbot, "2")
    press(qtbot, Qt.Key.Key_Return)
    assert list(_votes(store, cid).values()) == [2.0]
    assert not msg.isVisible()
    # letters are refused too
    type_cell(qtbot, grid, 0, 0, "x")
    assert "not a number" in msg.text()
    assert len(_votes(store, cid)) == 1


def test_delete_clears_a_vote(qtbot, store):
    c = make_cycle(store, scoring_mode="individual")
    cid = c["cycle"].id
    _ws, page = open_step(qtbot, store, cid, "community_scoring")
    grid = find(page, QTableView, "Individual votes")
    type_cell(qtbot, grid, 0, 0, "2")
    assert len(_votes(store, cid)) == 1
    grid.setCurrentIndex(grid.model().index(0, 0))
    press(qtbot, Qt.Key.Key_Delete, grid)
    assert _votes(store, cid) == {}


def test_grid_cells_tell_screen_readers_row_column_and_value(qtbot, store):
    c = make_cycle(store, scoring_mode="individual")
    cid = c["cycle"].id
    _ws, page = open_step(qtbot, store, cid, "community_scoring")
    grid = find(page, QTableView, "Individual votes")
    type_cell(qtbot, grid, 1, 2, "4")
    idx = grid.model().index(1, 2)
    name = idx.data(Qt.ItemDataRole.AccessibleTextRole)
    assert name == "Participant 2, Medicines in stock: 4, Good, on a scale of 1 to 5"
    assert idx.data(Qt.ItemDataRole.AccessibleDescriptionRole) == "Row 2 of 4, column 3 of 3"
    # the editor that opens on a cell is named after that cell
    grid.setCurrentIndex(grid.model().index(0, 1))
    grid.setFocus()
    press(qtbot, Qt.Key.Key_F2, grid)
    from PySide6.QtWidgets import QApplication

    editor = QApplication.focusWidget()
    assert editor.accessibleName().startswith("Participant 1, Respectful staff: no score")


def test_consensus_score_reason_and_suggestion(qtbot, store):
    c = make_cycle(store, scoring_mode="consensus")
    cid = c["cycle"].id
    _ws, page = open_step(qtbot, store, cid, "community_scoring")
    tabs = find(page, QTabWidget, "Ways of scoring")
    visible = [tabs.tabText(i) for i in range(tabs.count()) if tabs.isTabVisible(i)]
    assert visible == ["Group &consensus"]  # the cycle's mode decides which ways appear
    page.select_group("Men")
    table = find(page, QTableView, "Consensus scores")
    type_cell(qtbot, table, 1, 1, "2")
    type_cell(qtbot, table, 1, 2, "Staff shout at old people")
    type_cell(qtbot, table, 1, 3, "Customer care training")
    s = store.load_cycle(cid).scores
    assert len(s) == 1
    assert (s[0].group_id, s[0].indicator_id) == (c["groups"]["Men"].id, c["indicators"][1].id)
    assert (s[0].value, s[0].reason, s[0].suggestion) == (
        2.0,
        "Staff shout at old people",
        "Customer care training",
    )
    assert table.model().index(1, 1).data() == "2 · Bad"
    assert _results_cell(page, "Results by group", 1, 2) == "2 · Bad"  # the Men column
    type_cell(qtbot, table, 0, 1, "0")
    assert "outside the scale" in find(page, QLabel, "Message").text()
    assert len(store.load_cycle(cid).scores) == 1


def test_show_of_hands_counts_per_level(qtbot, store):
    c = make_cycle(store, scoring_mode="individual")
    cid = c["cycle"].id
    _ws, page = open_step(qtbot, store, cid, "community_scoring")
    tabs = find(page, QTabWidget, "Ways of scoring")
    tabs.setCurrentIndex(2)
    page.select_group("Men")
    tally = find(page, QTableView, "Show of hands")
    # indicator 1: 3 hands for "2 Bad", 2 hands for "3 Acceptable"  → median of 2,2,2,3,3 = 2
    type_cell(qtbot, tally, 0, 1, "3")
    type_cell(qtbot, tally, 0, 2, "2")
    rows = {(t.value, t.count) for t in store.load_cycle(cid).tallies}
    assert rows == {(2.0, 3), (3.0, 2)}
    assert _results_cell(page, "Results of this group", 0, 3) == "2 · Bad"
    assert _results_cell(page, "Results of this group", 0, 2) == "5"
    type_cell(qtbot, tally, 0, 3, "-1")
    assert "whole number" in find(page, QLabel, "Message").text()


def test_results_by_attribute_and_both_modes(qtbot, store):
    c = make_cycle(store, scoring_mode="both")
    cid = c["cycle"].id
    ind = c["indicators"][0]
    for p, v in zip(c["people"]["Women"], (5, 4, 4, 2), strict=True):
        store.set_vote(cid, p.id, ind.id, v)
    for p, v in zip(c["people"]["Men"], (1, 2, 2, 2), strict=True):
        store.set_vote(cid, p.id, ind.id, v)
    _ws, page = open_step(qtbot, store, cid, "community_scoring")
    tabs = find(page, QTabWidget, "Ways of scoring")
    assert all(tabs.isTabVisible(i) for i in range(3))
    box = find(page, QComboBox, "Break down by")
    box.setCurrentIndex(box.findData("gender"))
    t = find(page, QTableWidget, "Results by participant attribute")
    heads = [t.horizontalHeaderItem(i).text() for i in range(t.columnCount())]
    assert heads == ["Indicator", "Female", "Male"]
    assert t.item(0, 1).text() == "4 · Good (mean 3.8, 4 votes)"
    assert t.item(0, 2).text() == "2 · Bad (mean 1.8, 4 votes)"
    box.setCurrentIndex(box.findData("poor"))
    heads = [t.horizontalHeaderItem(i).text() for i in range(t.columnCount())]
    assert heads == ["Indicator", "no", "yes"]
    # community = median of group medians (4, 2) = 3
    assert _results_cell(page, "Results by group", 0, 3) == "3 · Acceptable"


def test_ten_point_scale_takes_halves_and_shows_words(qtbot, store):
    c = make_cycle(store, scoring_mode="individual", scale_code="ten")
    cid = c["cycle"].id
    _ws, page = open_step(qtbot, store, cid, "community_scoring")
    grid = find(page, QTableView, "Individual votes")
    type_cell(qtbot, grid, 0, 0, "7,5")
    type_cell(qtbot, grid, 1, 0, "7.25")
    assert list(_votes(store, cid).values()) == [7.5]
    assert "steps of 0.5" in find(page, QLabel, "Message").text()
    assert grid.model().index(0, 0).data() == "7.5 · Good"


def test_scoring_pages_name_every_focusable_widget(qtbot, demo_store):
    for cycle_id in demo_store.demo_ids[1:]:
        for stage in ("community_scoring", "provider_scoring"):
            ws, page = open_step(qtbot, demo_store, cycle_id, stage)
            assert focusable_without_name(page) == []


def test_finished_cycle_refuses_votes(qtbot, demo_store):
    cid = demo_store.demo_ids[1]  # round 2 is finished
    _ws, page = open_step(qtbot, demo_store, cid, "community_scoring")
    data = demo_store.load_cycle(cid)
    before = len(data.votes)
    page.select_group("Women")
    tabs = find(page, QTabWidget, "Ways of scoring")
    tabs.setCurrentIndex(1)
    grid = find(page, QTableView, "Individual votes")
    old = grid.model().index(0, 0).data(Qt.ItemDataRole.EditRole)
    new = "1" if old != "1" else "2"
    type_cell(qtbot, grid, 0, 0, new)  # a finished cycle's grid takes no typing at all
    assert grid.state() != grid.State.EditingState
    assert len(demo_store.load_cycle(cid).votes) == before
    assert grid.model().index(0, 0).data(Qt.ItemDataRole.EditRole) == old
    assert isinstance(e.Vote, type)


def test_percent_scale_shows_word_bands_and_no_show_of_hands(qtbot, store):
    c = make_cycle(store, scoring_mode="individual", scale_code="percent")
    cid = c["cycle"].id
    _ws, page = open_step(qtbot, store, cid, "community_scoring")
    assert page.legend.accessibleDescription() == (
        "0–20 Very bad, 21–40 Bad, 41–60 Acceptable, 61–80 Good, 81–100 Very good"
    )
    assert page.tally.isHidden() and not page.tally_note.isHidden()
    grid = find(page, QTableView, "Individual votes")
    type_cell(qtbot, grid, 0, 0, "73")
    assert list(_votes(store, cid).values()) == [73.0]
    assert grid.model().index(0, 0).data() == "73 · Good"
