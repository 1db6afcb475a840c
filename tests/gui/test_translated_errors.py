"""Errors from core and the store reach the screen in the interface language (issue #15):
a score the scale refuses and a change to a cycle finished meanwhile, in Vietnamese."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from scoring_helpers import make_cycle, open_step, type_cell

from scorecard_app.core import entities as e
from scorecard_app.gui.field_message import FieldMessage
from scorecard_app.gui.i18n_runtime import set_language


@pytest.fixture
def vietnamese(qapp):
    set_language("vi")
    yield
    set_language("en")


def test_a_refused_score_is_explained_in_vietnamese(qtbot, store, vietnamese):
    c = make_cycle(store, scoring_mode="individual")
    _ws, page = open_step(qtbot, store, c["cycle"].id, "community_scoring")
    type_cell(qtbot, page.grid, 2, 1, "7")
    msg = page.window().findChild(FieldMessage)
    assert msg.isVisible()
    # "“7” was not saved: 7 is outside the scale 1–5." — both sentences in Vietnamese
    assert "7 nằm ngoài thang điểm 1–5" in msg.text()
    assert "outside" not in msg.text() and "not saved" not in msg.text()
    assert store.load_cycle(c["cycle"].id).votes == []


def test_a_cycle_finished_meanwhile_says_so_in_vietnamese(qtbot, store, vietnamese):
    c = make_cycle(store, scoring_mode="individual")
    cid = c["cycle"].id
    ws, page = open_step(qtbot, store, cid, "community_scoring")
    said = []
    ws.ctx.error.connect(said.append)
    # Another window (or a sync) finishes the cycle while this page still takes typing.
    store.update(e.Cycle, cid, status="complete")
    type_cell(qtbot, page.grid, 0, 0, "3")
    QApplication.processEvents()
    assert said, "the refusal was not reported"
    assert "Chu kỳ này đã kết thúc" in said[-1] and "finished" not in said[-1]
    assert store.load_cycle(cid).votes == []
