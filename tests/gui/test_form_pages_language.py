"""The pages built from Qt Designer forms (setup, participants, input tracking, indicators, the
new-cycle dialog) follow a language switch through their form's retranslateUi, on the same
widgets, while the rest of the window keeps its looked-up retranslation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from scorecard_app.gui.context import CycleContext
from scorecard_app.gui.cycle_setup import CycleSetupDialog
from scorecard_app.gui.i18n_runtime import retranslate_static_texts, set_language
from scorecard_app.gui.steps.indicators import IndicatorsPage
from scorecard_app.gui.steps.input_tracking import InputTrackingPage
from scorecard_app.gui.steps.participants import ParticipantsPage
from scorecard_app.gui.steps.setup import SetupPage


@pytest.fixture(autouse=True)
def back_to_english(qapp):
    yield
    set_language("en")


@pytest.fixture
def ctx(demo_store):
    cycle_id = next(c.id for c in demo_store.list_cycles() if c.round_no == 3)
    return CycleContext(demo_store, cycle_id, QUndoStack())


def switch(lang: str) -> None:
    """Qt posts LanguageChange to the windows: it arrives with the next events."""
    set_language(lang)
    QApplication.processEvents()


@pytest.mark.parametrize(
    "cls, name, getter, context, source",
    [
        (SetupPage, "dates_box", "title", "SetupForm", "Dates of each step"),
        (SetupPage, "facility_name_caption", "text", "SetupForm", "F&acility:"),
        (ParticipantsPage, "add_button", "text", "ParticipantsForm", "&Add participant"),
        (ParticipantsPage, "groups", "accessibleName", "ParticipantsForm", "Groups"),
        (InputTrackingPage, "remove_button", "text", "InputTrackingForm", "&Remove item"),
        (IndicatorsPage, "choose_box", "title", "IndicatorsForm", "Choose indicators"),
        (
            IndicatorsPage,
            "search",
            "placeholderText",
            "IndicatorsForm",
            "Search the indicator library…",
        ),
    ],
)
def test_a_form_page_follows_a_switch_on_the_same_widgets(
    qtbot, ctx, cls, name, getter, context, source
):
    page = cls(ctx)
    qtbot.addWidget(page)
    page.refresh()
    widget = page.findChild(QWidget, name)
    read = getattr(widget, getter)
    assert read() == source
    for lang in ("vi", "he", "lv"):
        switch(lang)
        shown = read()
        assert shown == QCoreApplication.translate(context, source)
        assert shown != source, f"{lang}: {source!r} is not translated"
    switch("en")
    assert read() == source


def test_the_setup_page_lists_and_step_names_follow_a_switch(qtbot, ctx):
    page = SetupPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert page.step_names["issues"].text() == "Issues"
    assert page.mode.currentText() == "Both"
    switch("et")
    assert page.step_names["issues"].text() != "Issues"
    assert page.mode.currentText() != "Both"
    assert page.mode.code() == "both"  # the choice stays, only its words change
    assert page.step_names["issues"].text() in page.planned["issues"].accessibleName()


def test_the_new_cycle_dialog_switches_to_hebrew_while_open(qtbot, demo_store):
    dlg = CycleSetupDialog(demo_store)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.windowTitle() == "New score card cycle"
    assert dlg.round_label.text() == "Round 1 (the first score card here)"
    switch("he")
    tr = QCoreApplication.translate
    assert (
        dlg.windowTitle() == tr("CycleSetupForm", "New score card cycle") != "New score card cycle"
    )
    assert dlg.ui.facility_label.text() == tr("CycleSetupForm", "&Facility:")
    assert dlg.ok_button.text() == tr("CycleSetupDialog", "Create cycle") != "Create cycle"
    new = dlg.facility.findData(dlg.NEW)
    assert dlg.facility.itemText(new) == tr("CycleSetupDialog", "New facility…")
    assert dlg.round_label.text() == tr("CycleSetupDialog", "Round 1 (the first score card here)")
    assert dlg.location.edits[0].placeholderText() == tr("LocationEditor", "Region") != "Region"
    assert dlg.isRightToLeft()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_looked_up_retranslation_leaves_form_pages_to_themselves(qtbot, ctx):
    """The window's guessing of sources never touches a page that follows a switch itself:
    a word the page shows that is also a menu title stays as the page's form put it."""
    window = QWidget()
    qtbot.addWidget(window)
    menu_like = QLabel("&File", window)  # like the window's own fixed texts
    page = ParticipantsPage(ctx, window)
    page.ui.summary.setText("&File")  # the same words inside a form page
    QVBoxLayout(window).addWidget(page)
    set_language("vi")
    changed = retranslate_static_texts(window, "en")
    assert menu_like.text() == QCoreApplication.translate("MainWindow", "&File") != "&File"
    assert page.ui.summary.text() == "&File"
    assert changed == 1


def test_after_a_switch_the_open_step_fills_its_room_as_before(qtbot, demo_store, settings):
    """The rebuilt page takes the place of the old one (its scroll area went with it)."""
    from scorecard_app.gui.main_window import MainWindow

    win = MainWindow(demo_store, settings)
    qtbot.addWidget(win)
    win.resize(1200, 700)
    win.show()
    ws = win.open_cycle(next(c.id for c in demo_store.list_cycles() if c.round_no == 3))
    ws.go_to("participants")
    QApplication.processEvents()
    before = ws.page("participants")
    where = (before.mapTo(win, before.rect().topLeft()), before.height())
    switch("et")  # left to right, like English: the page must start where it started
    after = ws.page("participants")
    QApplication.processEvents()
    assert after is not before
    assert (after.mapTo(win, after.rect().topLeft()), after.height()) == where
    holder = ws.pages.widget(ws.pages.currentIndex())
    assert holder.layout().count() == 1
