"""Issue 14, honest screens: progress marks that do not claim what is not done, looking that
changes nothing, a finished cycle that looks read-only."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget
from scoring_helpers import find

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
