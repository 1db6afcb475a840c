"""Issue 14 item 12: the small things a new facilitator tripped on."""

from __future__ import annotations

import pytest
from driving import choose
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
)
from scoring_helpers import find, make_cycle, open_step, show_window

from scorecard_app.core import entities as e
from scorecard_app.gui.i18n_runtime import set_language


@pytest.fixture(autouse=True)
def english_after(qapp):
    set_language("en")  # as the app does at start (its plural forms included)
    yield
    set_language("en")


def test_language_switch_retranslates_the_status_bar(qtbot, store, settings):
    win = show_window(qtbot, store, settings, active=False)
    texts = lambda: [w.text() for w in win.statusBar().findChildren(QLabel) if w.text()]  # noqa: E731
    english = texts()
    assert any("waiting" in t for t in english), english
    set_language("vi")
    assert not any("waiting" in t for t in texts()), texts()


def test_english_plurals_read_naturally(qtbot, store, settings):
    c = make_cycle(store, people=1)
    cid = c["cycle"].id
    store.add(e.Action(cid, "Numbered tickets"))
    _ws, page = open_step(qtbot, store, cid, "action_plan")
    assert page.summary.text().startswith("1 action, 0 done")
    _ws, page = open_step(qtbot, store, cid, "participants")
    groups = find(page, QListWidget, "Groups")
    assert groups.item(0).text() == "Women (1 person)"


def test_new_cycle_dialog_preselects_no_facility(qtbot, demo_store, settings):
    from scorecard_app.gui.cycle_setup import CycleSetupDialog

    before = len(demo_store.list_cycles())
    dlg = CycleSetupDialog(demo_store)
    qtbot.addWidget(dlg)
    dlg.show()
    facility = find(dlg, QComboBox, "Facility")
    assert facility.currentIndex() == -1
    assert "round 1" in find(dlg, QLabel, "Round").text().casefold()
    village = find(dlg, QLineEdit, "Village")
    village.setFocus()
    qtbot.keyClicks(village, "Hill")
    qtbot.keyClick(village, Qt.Key.Key_Return)  # Enter creates nothing without a facility
    QApplication.processEvents()
    assert len(demo_store.list_cycles()) == before
    assert "facility" in dlg.error.text().casefold()


def test_a_groups_type_can_be_changed(qtbot, store):
    c = make_cycle(store)
    cid = c["cycle"].id
    _ws, page = open_step(qtbot, store, cid, "participants")
    page.select_group(c["groups"]["Men"].id)
    choose(qtbot, find(page, QComboBox, "Selected group type"), "Youth")
    g = store.require(e.Group, c["groups"]["Men"].id)
    assert (g.type, g.kind) == ("youth", "community")


def test_indicator_from_an_issue_is_not_called_custom(qtbot, store):
    c = make_cycle(store, indicators=())
    cid = c["cycle"].id
    store.add(e.Issue(cid, c["groups"]["Women"].id, "Nurses shout at mothers", votes=5))
    _ws, page = open_step(qtbot, store, cid, "indicators")
    issues = find(page, QListWidget, "Ranked issues to choose from")
    issues.setFocus()
    issues.setCurrentRow(0)
    find(page, QPushButton, "Use issue as indicator").click()
    chosen = [page.chosen.item(r).text() for r in range(page.chosen.count())]
    assert chosen == ["1. Nurses shout at mothers  (from the issues)"]


def test_the_providers_own_indicator_is_in_the_meeting_table(qtbot, store):
    c = make_cycle(store)
    cid = c["cycle"].id
    own = store.add(e.Indicator(cid, "Staff housing", position=9, provider_only=True))
    store.set_score(cid, c["groups"]["Staff"].id, own.id, value=2)
    _ws, page = open_step(qtbot, store, cid, "interface_meeting")
    table = find(page, QTableView, "Community and provider scores")
    m = table.model()
    rows = [m.index(r, 0).data() for r in range(m.rowCount())]
    assert rows[-1] == "Staff housing (providers' own)"
    assert m.index(m.rowCount() - 1, 2).data() == "2 · Bad"
