"""Creating cycles through the dialog, and starting the next round."""

from driving import choose, find, type_text
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QLineEdit, QPushButton

from scorecard_app.core import entities as e
from scorecard_app.gui.cycle_setup import CycleSetupDialog
from scorecard_app.gui.main_window import MainWindow


def fill_new_cycle(qtbot, dlg, village="Green Hill"):
    choose(qtbot, find(dlg, QComboBox, "Facility"), "New facility…")
    type_text(qtbot, find(dlg, QLineEdit, "New facility name"), "Hill School", enter=False)
    choose(qtbot, find(dlg, QComboBox, "Sector"), "Primary school")
    for name, text in (
        ("Region", "North"),
        ("District", "Lakeside"),
        ("Commune", "Mai"),
        ("Village", village),
    ):
        type_text(qtbot, find(dlg, QLineEdit, name), text, enter=False)
    choose(qtbot, find(dlg, QComboBox, "Scale"), "0–100")
    choose(qtbot, find(dlg, QComboBox, "Scoring mode"), "Individual votes")
    choose(qtbot, find(dlg, QComboBox, "Session language"), "Tiếng Việt (Vietnamese)")
    type_text(qtbot, find(dlg, QLineEdit, "Lead facilitator"), "Nguyễn Thị Mai", enter=False)
    type_text(qtbot, find(dlg, QLineEdit, "Other facilitators"), "Duc, Hoa", enter=False)


def test_new_cycle_with_new_facility_is_saved_and_opened(qtbot, store, settings):
    win = MainWindow(store, settings)
    qtbot.addWidget(win)
    win.show()

    def fill_and_accept():
        dlg = QApplication.activeModalWidget()
        assert isinstance(dlg, CycleSetupDialog)
        fill_new_cycle(qtbot, dlg)
        find(dlg, QCheckBox, "Training cycle").setChecked(True)
        assert find(dlg, QLabel, "Round").text().startswith("Round 1")
        find(dlg, QPushButton, "Create cycle").click()

    QTimer.singleShot(0, fill_and_accept)
    win.new_cycle()
    assert win.workspace is not None
    c = store.load_cycle(win.workspace.cycle_id)
    assert c.facility.name == "Hill School" and c.facility.sector == "school"
    assert c.cycle.community == "North › Lakeside › Mai › Green Hill"
    assert (c.cycle.round_no, c.cycle.scale_code, c.cycle.scoring_mode) == (
        1,
        "percent",
        "individual",
    )
    assert c.cycle.language == "vi" and c.cycle.training
    assert c.cycle.lead_facilitator == "Nguyễn Thị Mai" and c.cycle.facilitators == ["Duc", "Hoa"]
    # a training cycle never reaches the outbox (only the new facility record does)
    assert {op["entity"] for op in store.pending_ops()} == {"facility"}
    assert win.workspace.training_banner.isVisible()


def test_second_cycle_of_same_place_becomes_round_two(qtbot, store):
    first = CycleSetupDialog(store)
    qtbot.addWidget(first)
    fill_new_cycle(qtbot, first)
    find(first, QPushButton, "Create cycle").click()
    one = store.require(e.Cycle, first.created_id)
    store.add(e.Indicator(one.id, "Teachers on time", code="PS01"))

    again = CycleSetupDialog(store)
    qtbot.addWidget(again)
    choose(qtbot, find(again, QComboBox, "Facility"), "Hill School")
    # the place is filled from the facility's last cycle, and the link is shown
    assert find(again, QLineEdit, "Village").text() == "Green Hill"
    assert "Round 2, linked to round 1" in find(again, QLabel, "Round").text()
    find(again, QPushButton, "Create cycle").click()
    two = store.load_cycle(again.created_id)
    assert two.cycle.round_no == 2 and two.cycle.previous_cycle_id == one.id
    assert [i.code for i in two.indicators] == ["PS01"]  # indicators carry on for trends


def test_missing_village_is_refused_in_plain_words(qtbot, store):
    dlg = CycleSetupDialog(store)
    qtbot.addWidget(dlg)
    choose(qtbot, find(dlg, QComboBox, "Facility"), "New facility…")
    type_text(qtbot, find(dlg, QLineEdit, "New facility name"), "X", enter=False)
    find(dlg, QPushButton, "Create cycle").click()
    assert dlg.created_id is None and "village" in dlg.error.text()
    assert store.list_cycles() == []


def test_start_next_round_from_home(qtbot, demo_store, settings, monkeypatch):
    from PySide6.QtWidgets import QMessageBox, QTableView

    win = MainWindow(demo_store, settings)
    qtbot.addWidget(win)
    win.show()
    table = find(win, QTableView, "Cycles")
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 2).data() == 3)
    table.selectRow(row)
    asked = []

    def yes(parent, title, text, *a, **k):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    find(win, QPushButton, "Start next round").click()
    new = demo_store.load_cycle(win.workspace.cycle_id)
    assert new.cycle.round_no == 4 and new.cycle.previous_cycle_id == demo_store.demo_ids[2]
    assert asked[0].startswith("Round 3 is not finished yet.")
    k = len(demo_store.load_cycle(demo_store.demo_ids[2]).indicators)
    assert f"The {k} indicators of round 3 are copied" in asked[0]
    assert len(new.indicators) == k
    win.workspace.go_to("setup")
    setup = win.workspace.page("setup")
    assert setup.round_label.text() == "Round 4, following round 3 (not finished)"
    win.show_home()
    assert find(win, QTableView, "Cycles").model().rowCount() == 4


def test_practice_round_is_not_taken_as_the_previous_real_round(qtbot, store):
    f = e.Facility("Hill School", sector="school")
    store.create_cycle(e.Cycle(f.id, "North › Lakeside › Mai › Green Hill", training=True), f)
    dlg = CycleSetupDialog(store)
    qtbot.addWidget(dlg)
    choose(qtbot, find(dlg, QComboBox, "Facility"), "Hill School")
    assert find(dlg, QLabel, "Round").text().startswith("Round 1")
    find(dlg, QCheckBox, "Training cycle").setChecked(True)
    assert find(dlg, QLabel, "Round").text().startswith("Round 2")
    find(dlg, QCheckBox, "Training cycle").setChecked(False)
    type_text(qtbot, find(dlg, QLineEdit, "Lead facilitator"), "Mai", enter=False)
    find(dlg, QPushButton, "Create cycle").click()
    real = store.require(e.Cycle, dlg.created_id)
    assert (real.round_no, real.previous_cycle_id, real.training) == (1, None, False)
