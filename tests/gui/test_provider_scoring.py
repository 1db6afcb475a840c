"""Provider self-evaluation: the shared indicators plus the providers' own, with reasons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTableView
from scoring_helpers import find, make_cycle, open_step, press, type_cell, type_text


def test_providers_score_shared_and_own_indicators(qtbot, store):
    c = make_cycle(store)
    cid = c["cycle"].id
    _ws, page = open_step(qtbot, store, cid, "provider_scoring")
    table = find(page, QTableView, "Provider scores")
    assert table.model().rowCount() == 3
    type_cell(qtbot, table, 0, 1, "5")
    type_cell(qtbot, table, 0, 2, "We see everyone within the hour")
    # add an own indicator from the keyboard: type it, Enter; the cursor goes to its score cell
    box = find(page, QLineEdit, "New own indicator")
    box.setFocus()
    type_text(qtbot, "Patients bring their health card")
    press(qtbot, Qt.Key.Key_Return, box)
    data = store.load_cycle(cid)
    own = [i for i in data.indicators if i.provider_only]
    assert [i.text for i in own] == ["Patients bring their health card"]
    assert table.model().rowCount() == 4
    assert table.currentIndex().row() == 3 and table.currentIndex().column() == 1
    assert "(providers' own)" in table.model().index(3, 0).data()
    type_cell(qtbot, table, 3, 1, "2")
    scores = {
        (s.indicator_id, s.value, s.reason)
        for s in store.load_cycle(cid).scores
        if s.group_id == c["groups"]["Staff"].id
    }
    assert scores == {
        (c["indicators"][0].id, 5.0, "We see everyone within the hour"),
        (own[0].id, 2.0, ""),
    }
    # a shared indicator cannot be removed here; the own one can
    table.setCurrentIndex(table.model().index(0, 1))
    find(page, QPushButton, "Remove own indicator").click()
    assert "shared with the community" in find(page, QLabel, "Message").text()
    table.setCurrentIndex(table.model().index(3, 1))
    find(page, QPushButton, "Remove own indicator").click()
    assert [i for i in store.load_cycle(cid).indicators if i.provider_only] == []
    assert table.model().rowCount() == 3
    # the community page never shows the providers' own indicators
    _ws.ctx.undo_stack.undo()  # bring it back
    assert table.model().rowCount() == 4
    community = _ws.page("community_scoring")
    assert community.votes_model.columnCount() == 3


def test_empty_own_indicator_is_not_added(qtbot, store):
    c = make_cycle(store)
    _ws, page = open_step(qtbot, store, c["cycle"].id, "provider_scoring")
    find(page, QPushButton, "Add own indicator").click()
    assert "Type the new indicator first" in find(page, QLabel, "Message").text()
    assert len(store.load_cycle(c["cycle"].id).indicators) == 3
