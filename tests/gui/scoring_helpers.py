"""Helpers for the scoring, meeting, action and follow-up page tests: a small real cycle, the
workspace opened on one step, widgets found by accessible name, typing into table cells."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from scorecard_app.core import entities as e
from scorecard_app.gui.workspace import CycleWorkspace
from scorecard_app.store import Store

INDICATORS = ("Waiting time", "Respectful staff", "Medicines in stock")


def make_cycle(
    store: Store,
    *,
    scoring_mode: str = "both",
    scale_code: str = "faces5",
    people: int = 4,
    indicators: tuple[str, ...] = INDICATORS,
) -> dict:
    """A fresh cycle: Women and Men groups (`people` each), a staff group, some indicators."""
    fac = e.Facility("Hill Clinic")
    cycle = e.Cycle(
        fac.id,
        "North › Hill Village",
        scale_code=scale_code,
        scoring_mode=scoring_mode,
        lead_facilitator="Mai",
        stage="community_scoring",
    )
    store.create_cycle(cycle, fac)
    out = {"cycle": cycle, "groups": {}, "people": {}, "indicators": []}
    number = 1
    for pos, (name, gtype, gender) in enumerate(
        (("Women", "women", "female"), ("Men", "men", "male"))
    ):
        g = store.add(e.Group(cycle.id, name, type=gtype, position=pos))
        out["groups"][name] = g
        out["people"][name] = []
        for k in range(people):
            p = store.add(
                e.Participant(
                    cycle.id, g.id, number, gender=gender, age_band="25-34", poor=k % 2 == 0
                )
            )
            out["people"][name].append(p)
            number += 1
    staff = store.add(e.Group(cycle.id, "Staff", kind="provider", type="staff", position=9))
    out["groups"]["Staff"] = staff
    for n, text in enumerate(indicators):
        out["indicators"].append(store.add(e.Indicator(cycle.id, text, position=n)))
    return out


def open_step(qtbot, store: Store, cycle_id: str, stage: str):
    """The workspace of a cycle, shown, on one step; returns (workspace, page)."""
    ws = CycleWorkspace(store, cycle_id)
    qtbot.addWidget(ws)
    ws.resize(1366, 768)
    ws.show()
    qtbot.waitExposed(ws)
    ws.activateWindow()
    qtbot.waitUntil(ws.isActiveWindow, timeout=10_000)  # keys and shortcuts need an active window
    ws.go_to(stage)
    return ws, ws.page(stage)


def show_window(qtbot, store: Store, settings, active: bool = True):
    """The main window at a laptop's 1366×768, shown and (by default) active: keys and
    shortcuts need an active window."""
    from scorecard_app.gui.main_window import MainWindow

    win = MainWindow(store, settings)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    if active:
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow, timeout=10_000)
    return win


def open_window_on(qtbot, store: Store, settings, cycle_id: str, stage: str):
    """The main window, shown and active, with a cycle open on one step; returns
    (window, workspace, page)."""
    win = show_window(qtbot, store, settings)
    ws = win.open_cycle(cycle_id)
    ws.go_to(stage)
    return win, ws, ws.page(stage)


def find(root: QWidget, cls: type, name: str):
    for w in root.findChildren(cls):
        if w.accessibleName() == name:
            return w
    raise AssertionError(f"no {cls.__name__} named {name!r}")


def press(qtbot, key, widget: QWidget | None = None) -> None:
    target = widget or QApplication.focusWidget()
    qtbot.keyClick(target, key)
    QApplication.processEvents()  # Enter commits through a queued call


def type_text(qtbot, text: str) -> None:
    """Type ASCII text into whatever has the keyboard focus (an open cell editor included)."""
    for ch in text:
        qtbot.keyClick(QApplication.focusWidget(), ch)
    QApplication.processEvents()


def reveal(widget: QWidget) -> None:
    """Bring the tab that holds a widget to the front, as a user would."""
    from PySide6.QtWidgets import QStackedWidget

    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget):
            parent.setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()


def type_cell(qtbot, table, row: int, col: int, text: str, key=Qt.Key.Key_Return) -> None:
    """Put the cursor on a cell, type as a facilitator would, then Enter (or Tab)."""
    reveal(table)
    table.setFocus()
    QApplication.processEvents()
    assert QApplication.focusWidget() is table, QApplication.focusWidget()
    table.setCurrentIndex(table.model().index(row, col))
    type_text(qtbot, text)
    press(qtbot, key)


def fill(qtbot, page, name: str, text: str) -> None:
    """Type ASCII text into a named line edit and leave it with Tab (which saves it)."""
    from PySide6.QtWidgets import QLineEdit

    box = find(page, QLineEdit, name)
    box.setFocus()
    box.selectAll()
    type_text(qtbot, text)
    press(qtbot, Qt.Key.Key_Tab, box)


def pick(qtbot, page, name: str, text: str) -> None:
    """Choose the entry of a named combo box that contains `text`, by arrow keys."""
    from PySide6.QtWidgets import QComboBox

    box = find(page, QComboBox, name)
    box.setFocus()
    i = box.findText(text, Qt.MatchFlag.MatchContains)
    assert i >= 0, text
    while box.currentIndex() != i:
        press(qtbot, Qt.Key.Key_Down if box.currentIndex() < i else Qt.Key.Key_Up, box)


def focusable_without_name(root: QWidget) -> list[str]:
    """Every visible focusable widget that a screen reader could not name."""
    from PySide6.QtGui import QAccessible

    missing = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or w.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        iface = QAccessible.queryAccessibleInterface(w)
        name = iface.text(QAccessible.Text.Name) if iface else ""
        if not (w.accessibleName() or name):
            missing.append(f"{type(w).__name__} {w.objectName()!r} in {type(w.parent()).__name__}")
    return missing
