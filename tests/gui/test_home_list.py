"""The home list filters and sorts its own rows: what the facilitator types narrows the list,
the row they chose stays chosen, a column sort keeps the filter, and rows whose "missing" count
arrives later join a filter on that word."""

from driving import find
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTableView

from scorecard_app.core import entities as e
from scorecard_app.gui.cycle_list import CycleListPage
from scorecard_app.gui.main_window import MainWindow


def shown(win, col=1):
    model = find(win, QTableView, "Cycles").model()
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_filter_narrows_keeps_the_chosen_row_and_survives_a_sort(qtbot, store, settings):
    river = e.Facility("Riverside", sector="health")
    hill = e.Facility("Hilltop School", sector="education")
    for n, place in enumerate(("Bao", "Mai", "Green Hill", "Lakeside")):
        store.create_cycle(e.Cycle(river.id, f"North › {place}"), river if n == 0 else None)
    store.create_cycle(e.Cycle(hill.id, "South › Mai"), hill)
    win = MainWindow(store, settings)
    qtbot.addWidget(win)
    win.show()
    table = find(win, QTableView, "Cycles")
    assert shown(win, 0) == ["Hilltop School"] + ["Riverside"] * 4
    table.setCurrentIndex(table.model().index(2, 0))  # Riverside, North › Green Hill
    chosen = win.home.current_cycle_id()

    box = find(win, QLineEdit, "Filter cycles")
    qtbot.keyClicks(box, "north")  # any case
    assert shown(win) == ["North › Bao", "North › Green Hill", "North › Lakeside", "North › Mai"]
    assert win.home.current_cycle_id() == chosen
    table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert shown(win) == ["North › Mai", "North › Lakeside", "North › Green Hill", "North › Bao"]
    box.clear()
    qtbot.keyClicks(box, "MAI")
    assert shown(win) == ["South › Mai", "North › Mai"]
    box.clear()
    qtbot.keyClicks(box, "setup")  # the stage column, as shown
    assert len(shown(win)) == 5
    box.clear()
    assert len(shown(win)) == 5 and win.home.current_cycle_id() == chosen


def test_rows_join_a_filter_on_missing_as_their_counts_arrive(qtbot, store, settings):
    f = e.Facility("Riverside", sector="health")
    store.add(f)
    n = CycleListPage.MISSING_BATCH + 6
    for k in range(n):
        store.create_cycle(e.Cycle(f.id, f"North › Village {k:03d}"))
    win = MainWindow(store, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.keyClicks(find(win, QLineEdit, "Filter cycles"), "missing")
    assert len(shown(win)) >= CycleListPage.MISSING_BATCH  # the first batch, counted at once
    qtbot.waitUntil(lambda: len(shown(win)) == n, timeout=5000)
    assert all("missing" in text for text in shown(win, 5))


def test_coming_back_home_shows_the_counts_at_once_and_recounts_after_an_edit(
    qtbot, store, settings
):
    f = e.Facility("Riverside", sector="health")
    store.add(f)
    n = CycleListPage.MISSING_BATCH + 6
    cycles = [store.create_cycle(e.Cycle(f.id, f"North › Village {k:03d}")) for k in range(n)]
    win = MainWindow(store, settings)
    qtbot.addWidget(win)
    win.show()
    model = win.home.model
    qtbot.waitUntil(lambda: len(model.missing) == n, timeout=5000)
    last = cycles[-1].id
    before = model.missing[last]

    win.open_cycle(cycles[0].id)
    win.show_home()  # nothing changed: every count is there at once, none waits for a batch
    assert len(model.missing) == n and model.missing[last] == before

    store.update(e.Cycle, last, lead_facilitator="Mai")  # an edit: one thing less is missing
    win.open_cycle(cycles[0].id)
    win.show_home()
    qtbot.waitUntil(lambda: len(model.missing) == n, timeout=5000)
    assert model.missing[last] == before - 1
