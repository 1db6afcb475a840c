from driving import find as _find
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTableView

from scorecard_app.gui.main_window import MainWindow


def test_demo_database_lists_three_rounds_two_complete(qtbot, demo_store, settings):
    win = MainWindow(demo_store, settings)
    qtbot.addWidget(win)
    win.show()
    table = _find(win, QTableView, "Cycles")
    model = table.model()
    assert model.rowCount() == 3
    rows = []
    for r in range(3):
        rows.append([model.index(r, c).data() for c in range(model.columnCount())])
    rows.sort(key=lambda r: r[2])
    assert [r[2] for r in rows] == [1, 2, 3]
    assert [r[4] for r in rows] == ["Complete", "Complete", "In progress"]


def test_filter_box_narrows_the_list(qtbot, demo_store, settings):
    win = MainWindow(demo_store, settings)
    qtbot.addWidget(win)
    box = _find(win, QLineEdit, "Filter cycles")
    qtbot.keyClicks(box, "in progress")
    assert _find(win, QTableView, "Cycles").model().rowCount() == 1
    box.clear()
    qtbot.keyClicks(box, "no such village")
    assert _find(win, QTableView, "Cycles").model().rowCount() == 0


def test_enter_opens_cycle_with_step_completeness(qtbot, demo_store, settings):
    win = MainWindow(demo_store, settings)
    qtbot.addWidget(win)
    win.show()
    table = _find(win, QTableView, "Cycles")
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert win.workspace is not None
    nav = win.workspace.nav
    assert nav.count() == 10
    texts = [nav.item(i).text() for i in range(10)]
    assert texts[0].startswith("1. Setup")
    assert all(("done" in t) or ("to do" in t) for t in texts)


def test_window_geometry_is_kept(qtbot, demo_store, settings):
    win = MainWindow(demo_store, settings)
    qtbot.addWidget(win)
    win.show()
    win.resize(640, 480)
    qtbot.waitUntil(lambda: win.width() == 640, timeout=10_000)
    win.close()
    again = MainWindow(demo_store, settings)
    qtbot.addWidget(again)
    assert again.size().width() == 640


def test_every_stage_has_its_own_page_and_a_missing_one_is_an_error(monkeypatch):
    """Each stage's page comes from the module named by its code; a stage whose module is gone
    raises instead of showing a placeholder page that says nothing is wrong."""
    import pytest

    from scorecard_app.core.stages import STAGE_CODES
    from scorecard_app.gui import steps
    from scorecard_app.gui.steps.base import StepPage

    for stage in STAGE_CODES:
        cls = steps.page_class(stage)
        assert issubclass(cls, StepPage) and cls.__module__ == f"{steps.__name__}.{stage}"
        assert cls.stage == stage
    monkeypatch.setattr(steps, "STAGE_CODES", (*STAGE_CODES, "renamed_stage"))
    with pytest.raises(ModuleNotFoundError):
        steps.page_class("renamed_stage")
