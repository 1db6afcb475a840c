"""Issue 14 item 14: what head office sends down is shown — published library indicators in
the picker (new ones added, withdrawn ones marked and refused), notes on actions in follow-up.
The pulled changes go through the store exactly as the sync client applies them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidget, QPushButton, QTableView
from scoring_helpers import find, make_cycle, open_step

from scorecard_app.core.entities import Action
from scorecard_app.store import replica


def _pull(store, changes):
    seq = replica.pull_position(store)
    for n, ch in enumerate(changes, start=seq + 1):
        ch.setdefault("seq", n)
        ch.setdefault("server_time", "2026-11-20T08:00:00Z")
    replica.apply_pulled(store, changes, changes[-1]["seq"])


def test_published_indicators_appear_in_the_picker(qtbot, store):
    c = make_cycle(store, indicators=())
    cid = c["cycle"].id
    old = {"code": "HC01", "sector": "health", "text": "Waiting time before being seen"}
    new = {"code": "HC90", "sector": "health", "text": "Mothers get a bed after delivery"}
    _pull(
        store,
        [
            {"entity": "library_indicator", "record_id": "HC01", "op": "upsert", "fields": old},
            {"entity": "library_indicator", "record_id": "HC90", "op": "upsert", "fields": new},
            {"entity": "library_indicator", "record_id": "HC01", "op": "delete", "fields": None},
        ],
    )
    _ws, page = open_step(qtbot, store, cid, "indicators")
    lib = find(page, QListWidget, "Library indicators")
    texts = [lib.item(r).text() for r in range(lib.count())]
    assert any(
        t.startswith("HC90 — Mothers get a bed") and "new from head office" in t for t in texts
    )
    withdrawn = next(t for t in texts if t.startswith("HC01"))
    assert "withdrawn by head office" in withdrawn
    # choosing the withdrawn one is refused, with a sentence; the new one is added
    search = page.search
    search.setFocus()
    qtbot.keyClicks(search, "HC01")
    row = next(r for r in range(lib.count()) if lib.item(r).text().startswith("HC01"))
    lib.setCurrentRow(row)
    find(page, QPushButton, "Add from library").click()
    assert store.load_cycle(cid).indicators == []
    search.clear()
    qtbot.keyClicks(search, "HC90")
    lib.setCurrentRow(next(r for r in range(lib.count()) if lib.item(r).text().startswith("HC90")))
    lib.setFocus()
    qtbot.keyClick(lib, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert [(i.code, i.text) for i in store.load_cycle(cid).indicators] == [
        ("HC90", "Mothers get a bed after delivery")
    ]


def test_head_office_notes_on_an_action_show_in_follow_up(qtbot, store):
    c = make_cycle(store)
    cid = c["cycle"].id
    a = store.add(Action(cid, "Numbered tickets at the gate"))
    note = {
        "action_id": a.id,
        "note": "Huyện đã duyệt kinh phí in vé.",
        "author": "district office",
        "created_at": "2026-11-20T08:00:00Z",
    }
    _pull(store, [{"entity": "action_note", "record_id": "n1", "op": "upsert", "fields": note}])
    _ws, page = open_step(qtbot, store, cid, "follow_up")
    table = find(page.this_round, QTableView, "Actions of this round")
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    history = find(page.this_round, QListWidget, "Updates of the selected action")
    lines = [history.item(r).text() for r in range(history.count())]
    assert "Head office, 2026-11-20: Huyện đã duyệt kinh phí in vé." in lines
