"""How edits reach the screen now that a keystroke updates only what it changed: the cell, that
group's live result, the step's completeness mark; pages not on screen catch up when shown; the
home list takes background counts cell by cell and keeps its language-aware order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView, QTableWidget
from scoring_helpers import find, make_cycle, open_step, type_cell

from scorecard_app.core import entities as e
from scorecard_app.core.checks import check_stage
from scorecard_app.core.stages import STAGE_CODES
from scorecard_app.gui.main_window import MainWindow


def _nav_text(ws, stage: str) -> str:
    return ws.nav.item(STAGE_CODES.index(stage)).text()


def test_a_typed_vote_updates_its_cell_the_live_result_and_the_completeness_mark(qtbot, store):
    c = make_cycle(store, scoring_mode="individual", people=2)
    cid = c["cycle"].id
    ws, page = open_step(qtbot, store, cid, "community_scoring")
    first = c["indicators"][0]
    results = find(page, QTableWidget, "Results of this group")
    grid = find(page, QTableView, "Individual votes")
    marks = []
    for name in ("Women", "Men"):
        page.select_group(name)
        for row in range(2):
            for col in range(len(c["indicators"])):
                type_cell(qtbot, grid, row, col, "4" if row == 0 else "2")
                marks.append(_nav_text(ws, "community_scoring"))
                # the step's mark always says what the stored cycle is missing now
                left = len(check_stage(store.load_cycle(cid), "community_scoring"))
                assert ("✓" in marks[-1]) == (left == 0), (marks[-1], left)
        # this group's live result follows the votes just typed: median of 4 and 2
        assert results.item(0, 3).text() == "3 · Acceptable"
        assert grid.model().index(1, 0).data() == "2 · Bad"
    assert "✓" in marks[-1] and "✓" not in marks[0]
    votes = {(v.participant_id, v.indicator_id) for v in store.load_cycle(cid).votes}
    assert (c["people"]["Men"][1].id, first.id) in votes


def test_a_page_built_earlier_shows_votes_typed_on_another_step_when_shown_again(qtbot, store):
    c = make_cycle(store, scoring_mode="individual", people=2)
    cid = c["cycle"].id
    for ind in c["indicators"]:
        store.set_score(cid, c["groups"]["Staff"].id, ind.id, value=4)
    ws, meeting = open_step(qtbot, store, cid, "interface_meeting")
    table = find(meeting, QTableView, "Community and provider scores")
    assert table.model().index(0, 1).data() != "2 · Bad"  # no community votes yet
    ws.go_to("community_scoring")
    page = ws.page("community_scoring")
    page.select_group("Women")
    grid = find(page, QTableView, "Individual votes")
    type_cell(qtbot, grid, 0, 0, "2")
    type_cell(qtbot, grid, 1, 0, "2")
    ws.go_to("interface_meeting")
    assert table.model().index(0, 1).data() == "2 · Bad"


def test_home_list_shows_background_counts_and_keeps_the_language_order(qtbot, store, settings):
    from scorecard_app.gui.cycle_list import CycleListPage

    names = ["zebra Clinic", "Alpha Post", "beta Centre"]
    for n in range(CycleListPage.MISSING_BATCH * 3):
        f = store.add(e.Facility(names[n % 3]))
        store.create_cycle(e.Cycle(f.id, f"North › Village {n:03d}"))
    win = MainWindow(store, settings)
    qtbot.addWidget(win)
    win.show()
    table = win.home.table
    proxy = table.model()

    def column(col: int) -> list[str]:
        return [str(proxy.index(r, col).data()) for r in range(proxy.rowCount())]

    # case-insensitive alphabetical order, as a reader of the interface language expects
    facilities = column(0)
    assert facilities == sorted(facilities, key=str.lower)
    assert facilities[0] == "Alpha Post" and facilities[-1] == "zebra Clinic"
    # the counts computed in the background arrive in the visible cells
    qtbot.waitUntil(lambda: all("missing" in t for t in column(5)), timeout=10_000)
    # sorting by a column and back keeps every row and the id behind it
    ids = sorted(proxy.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(proxy.rowCount()))
    table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    communities = column(1)
    assert communities == sorted(communities, reverse=True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert column(0) == facilities
    after = sorted(
        proxy.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(proxy.rowCount())
    )
    assert after == ids
    # a change made meanwhile shows after a reload, still in order
    cid = win.home.model.rows[0].id
    store.update(e.Cycle, cid, community="North › Aardvark")
    win.home.reload()
    assert "North › Aardvark" in column(1)
    assert column(0) == sorted(column(0), key=str.lower)


def test_live_results_follow_each_indicator_through_votes_undo_and_the_breakdown(qtbot, store):
    c = make_cycle(store, scoring_mode="individual", people=2)
    cid = c["cycle"].id
    ws, page = open_step(qtbot, store, cid, "community_scoring")
    page.select_group("Women")
    grid = find(page, QTableView, "Individual votes")
    own = find(page, QTableWidget, "Results of this group")
    by_group = find(page, QTableWidget, "Results by group")
    by_attr = find(page, QTableWidget, "Results by participant attribute")
    type_cell(qtbot, grid, 0, 0, "5")
    type_cell(qtbot, grid, 1, 1, "1")
    assert own.item(0, 3).text() == "5 · Very good" and own.item(1, 3).text() == "1 · Very bad"
    assert by_group.item(1, 1).text() == "1 · Very bad"  # the Women column, second indicator
    before = [by_attr.item(0, col).text() for col in range(by_attr.columnCount())]
    type_cell(qtbot, grid, 1, 0, "3")  # the first indicator again: median of 5 and 3
    assert own.item(0, 3).text() == "4 · Good" and own.item(1, 3).text() == "1 · Very bad"
    after = [by_attr.item(0, col).text() for col in range(by_attr.columnCount())]
    assert after != before and "2 votes" in " ".join(after)
    ws.undo_stack.undo()
    assert own.item(0, 3).text() == "5 · Very good" and own.item(0, 2).text() == "1"
    assert [by_attr.item(0, col).text() for col in range(by_attr.columnCount())] == before
