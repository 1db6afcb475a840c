"""Issue 14, honest screens: progress marks that do not claim what is not done, looking that
changes nothing, a finished cycle that looks read-only."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget
from scoring_helpers import find, show_window

from scorecard_app.core import entities as e
from scorecard_app.gui.workspace import CycleWorkspace


def _new_cycle(store) -> str:
    fac = e.Facility("River Clinic")
    c = e.Cycle(fac.id, "South › River Village")
    store.create_cycle(c, fac)
    return c.id


def _open(qtbot, store, cid) -> CycleWorkspace:
    ws = CycleWorkspace(store, cid)
    qtbot.addWidget(ws)
    ws.resize(1366, 768)
    ws.show()
    qtbot.waitExposed(ws)
    return ws


# ------------------------------------------------------------------------ 8. progress marks
def test_a_new_cycle_shows_nothing_done_that_is_not(qtbot, store):
    cid = _new_cycle(store)
    ws = _open(qtbot, store, cid)
    nav = find(ws, QListWidget, "Steps")
    marks = [nav.item(r).text() for r in range(nav.count())]
    done = [m.splitlines()[0] for m in marks if "✓" in m]
    assert done == [], done  # follow-up, provider self-evaluation, action plan: not done
    store.add(e.Group(cid, "Staff", kind="provider", type="staff"))  # providers, no indicator
    ws.ctx.invalidate()
    provider = nav.item(6).text()
    assert provider.startswith("7.") and "✓" not in provider, provider
    # Finish lists what is missing before finishing — follow-up comes after, it is not missing
    dlg = ws.ask_finish()
    assert "follow-up" not in dlg.report.toPlainText().casefold()
    assert "No follow-up" not in dlg.report.toPlainText()
    dlg.reject()


def test_opening_a_later_step_changes_nothing(qtbot, store):
    cid = _new_cycle(store)
    before = (store.load_cycle(cid).cycle.stage, store.outbox_count())
    ws = _open(qtbot, store, cid)
    for stage in ("issues", "interface_meeting", "follow_up"):
        ws.go_to(stage)
    assert (store.load_cycle(cid).cycle.stage, store.outbox_count()) == before
    # an edit on a later step is progress: the furthest stage follows it
    ws.go_to("issues")
    from driving import type_text
    from PySide6.QtWidgets import QLineEdit

    store.add(e.Group(cid, "Women", type="women"))
    ws.ctx.invalidate()
    type_text(qtbot, find(ws.page("issues"), QLineEdit, "New issue"), "Nurses shout")
    assert store.load_cycle(cid).cycle.stage == "issues"


# ---------------------------------------------------------------- 9. finished is read-only
def _typeable(page) -> list[str]:
    """Every visible place on a page where typing would change the cycle."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QAbstractSpinBox,
        QCheckBox,
        QComboBox,
        QHeaderView,
        QLineEdit,
        QPlainTextEdit,
    )

    def kept(w) -> bool:  # what stays editable on purpose (action status, follow-up, filters)
        while w is not None:
            if w.property("keepWhenLocked"):
                return True
            w = w.parentWidget()
        return False

    out = []
    for w in page.findChildren(QLineEdit) + page.findChildren(QPlainTextEdit):
        inner = isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox))
        viewport = isinstance(
            w.parentWidget() and w.parentWidget().parentWidget(), QAbstractItemView
        )
        if w.isVisibleTo(page) and w.isEnabled() and not w.isReadOnly() and not kept(w):
            if not inner and not viewport:
                out.append(f"{type(w).__name__} {w.accessibleName()!r}")
    for w in page.findChildren(QAbstractSpinBox) + page.findChildren(QCheckBox):
        if w.isVisibleTo(page) and w.isEnabled() and not kept(w):
            out.append(f"{type(w).__name__} {w.accessibleName()!r}")
    for v in page.findChildren(QAbstractItemView):
        if isinstance(v, QHeaderView):
            continue
        m = v.model()
        if not v.isVisibleTo(page) or kept(v) or m is None or not m.rowCount():
            continue
        if v.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers:
            continue
        try:
            cols = m.columnCount()
        except TypeError:  # a list model
            cols = 1
        if any(m.flags(m.index(0, c)) & Qt.ItemFlag.ItemIsEditable for c in range(cols)):
            out.append(f"{type(v).__name__} {v.accessibleName()!r}")
    return out


def test_a_finished_cycle_takes_no_typing_but_follow_up(qtbot, demo_store):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QLineEdit

    from scorecard_app.core.stages import STAGE_CODES

    cid = demo_store.demo_ids[1]
    assert demo_store.load_cycle(cid).cycle.status == "complete"
    ws = _open(qtbot, demo_store, cid)
    ws.activateWindow()
    leaks = {}
    for stage in STAGE_CODES:
        if stage == "follow_up":  # recorded after finishing, on purpose
            continue
        ws.go_to(stage)
        found = _typeable(ws.page(stage))
        if found:
            leaks[stage] = found
    assert leaks == {}, "\n".join(f"{k}: {v}" for k, v in leaks.items())
    # typing into the lead facilitator's box changes nothing and raises no refusal
    ws.go_to("setup")
    lead = find(ws.page("setup"), QLineEdit, "Lead facilitator")
    errors = []
    ws.ctx.error.connect(errors.append)
    before = lead.text()
    lead.setFocus()
    qtbot.keyClicks(lead, "Someone else")
    qtbot.keyClick(lead, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert lead.text() == before and errors == []
    assert demo_store.load_cycle(cid).cycle.lead_facilitator == before
    assert ws.lock_banner.isVisible()


# ------------------------------------------------------------------- 10. one way for errors
def test_errors_are_said_next_to_the_field_without_a_dialog_or_erasing(qtbot, store, settings):
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton

    from scorecard_app.gui.field_message import FieldMessage

    cid = _new_cycle(store)
    win = show_window(qtbot, store, settings)
    dialogs = []

    def close_any_dialog():  # a modal box would block here: note it and close it
        w = QApplication.activeModalWidget()
        if w is not None:
            dialogs.append(w.windowTitle())
            w.close()

    timer = QTimer(win, interval=200, timeout=close_any_dialog)
    timer.start()
    ws = win.open_cycle(cid)
    ws.go_to("interface_meeting")
    page = ws.page("interface_meeting")
    date_box = find(page, QLineEdit, "Meeting date")
    venue = find(page, QLineEdit, "Venue")
    where = (date_box.geometry(), venue.geometry())
    date_box.setFocus()
    qtbot.keyClicks(date_box, "31/12/2026")
    qtbot.keyClick(date_box, Qt.Key.Key_Tab)
    QApplication.processEvents()
    said = win.findChild(FieldMessage)
    assert said is not None and said.isVisible() and "31/12/2026" in said.text()
    assert date_box.text() == "31/12/2026"  # kept, to be corrected
    assert store.load_cycle(cid).meeting is None  # nothing saved
    assert (date_box.geometry(), venue.geometry()) == where  # nothing moved
    below = date_box.mapTo(win, date_box.rect().bottomLeft())
    assert 0 <= said.geometry().top() - below.y() <= 10 and said.x() <= below.x() + 2
    # a refusal from the store (adding to a finished cycle) is said the same way, no dialog
    ws.go_to("action_plan")
    store.finish_cycle(cid)
    ws.ctx.invalidate()
    add = find(ws.page("action_plan"), QPushButton, "Add action")
    add.setFocus()
    qtbot.keyClick(add, Qt.Key.Key_Space)
    QApplication.processEvents()
    timer.stop()
    close_any_dialog()  # a modal box ran and was closed above, or is open now: either is noted
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    assert dialogs == [] and shown == []
    assert said.isVisible() and "finished" in said.text()
