"""Tab walks the forms in reading order (the order is the <tabstops> of each ui/*.ui)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from scorecard_app.gui.context import CycleContext
from scorecard_app.gui.cycle_setup import CycleSetupDialog
from scorecard_app.gui.steps.indicators import IndicatorsPage
from scorecard_app.gui.steps.participants import ParticipantsPage


def tabbed(qtbot, start: QWidget, steps: int) -> list[str]:
    """What Tab reaches from `start`, by the name a screen reader says: Qt's own walk (the focus
    chain, skipping what takes no Tab focus, is hidden or is off), without a window manager."""
    seen, w = [], start
    while len(seen) < steps:
        seen.append(w.accessibleName() or w.objectName())
        w = w.nextInFocusChain()
        while not (
            w.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
            and w.isVisible()
            and w.isEnabled()
        ):
            w = w.nextInFocusChain()
    return seen


def test_new_cycle_dialog_tab_order(qtbot, demo_store):
    dlg = CycleSetupDialog(demo_store)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.facility.setCurrentIndex(dlg.facility.findData(dlg.NEW))  # its name and sector open
    assert tabbed(qtbot, dlg.facility, 15) == [
        "Facility",
        "New facility name",
        "Sector",
        "Region",
        "District",
        "Commune",
        "Village",
        "Scale",
        "Scoring mode",
        "Session language",
        "Lead facilitator",
        "Other facilitators",
        "Training cycle",
        "Create cycle",
        "Cancel",
    ]


def test_step_pages_tab_order(qtbot, demo_store):
    cycle_id = next(c.id for c in demo_store.list_cycles() if c.round_no == 3)
    ctx = CycleContext(demo_store, cycle_id, QUndoStack())
    page = ParticipantsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    assert tabbed(qtbot, page.groups, 12) == [
        "Groups",
        "New group type",
        "New group name",
        "Add group",
        "Selected group name",
        "Selected group type",
        "Facilitators of the selected group",
        "Remove group",
        "Participants",
        "Add participant",
        "Remove participant",
        "Add anonymous participant",
    ]
    ind = IndicatorsPage(ctx)
    qtbot.addWidget(ind)
    ind.show()
    qtbot.waitExposed(ind)
    ind.refresh()
    # (scoring has started: the list is locked, so its text box and buttons are off)
    assert tabbed(qtbot, ind.custom, 4) == [
        "Custom indicator",
        "Unlock indicators",
        "Chosen indicators",
        "Where indicators come from",
    ]
