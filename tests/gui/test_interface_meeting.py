"""Interface meeting: both sides' scores and the gap in words, last round beside them, notes,
attendance, and the projector view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QSpinBox, QTableView
from scoring_helpers import (
    find,
    focusable_without_name,
    make_cycle,
    open_step,
    press,
    type_cell,
    type_text,
)

from scorecard_app.core.entities import InterfaceMeeting


def _scored_cycle(store):
    c = make_cycle(store, scoring_mode="consensus")
    cid = c["cycle"].id
    women, men, staff = (c["groups"][n].id for n in ("Women", "Men", "Staff"))
    a, b, d = (i.id for i in c["indicators"])
    for g, vals in ((women, (2, 4, 3)), (men, (3, 4, 2))):
        for ind, v in zip((a, b, d), vals, strict=True):
            store.set_score(cid, g, ind, value=v)
    for ind, v in zip((a, b, d), (4, 4, 1), strict=True):
        store.set_score(cid, staff, ind, value=v)
    return c


def test_scores_side_by_side_with_gap_in_words(qtbot, store):
    c = _scored_cycle(store)
    _ws, page = open_step(qtbot, store, c["cycle"].id, "interface_meeting")
    table = find(page, QTableView, "Community and provider scores")
    m = table.model()
    row = [m.index(0, col).data() for col in range(6)]
    # community = median of the groups' 2 and 3 = 2.5; providers 4
    assert row[:4] == ["Waiting time", "2.5 · Bad", "4 · Good", "-1.5  Providers rate 1.5 higher"]
    assert m.index(1, 3).data() == "0  Both sides give the same score"
    assert m.index(2, 3).data() == "+1.5  Community rates 1.5 higher"
    assert m.index(0, 5).data() == "No score from an earlier round"
    assert m.index(0, 1).data(Qt.ItemDataRole.DecorationRole) is not None  # the face


def test_notes_date_venue_attendance_and_officials_are_saved(qtbot, store):
    c = _scored_cycle(store)
    cid = c["cycle"].id
    _ws, page = open_step(qtbot, store, cid, "interface_meeting")
    table = find(page, QTableView, "Community and provider scores")
    type_cell(qtbot, table, 0, 6, "Tickets from next month")
    m = store.load_cycle(cid).meeting
    assert m.indicator_notes == {c["indicators"][0].id: "Tickets from next month"}
    venue = find(page, QLineEdit, "Venue")
    venue.setFocus()
    type_text(qtbot, "School hall")
    press(qtbot, Qt.Key.Key_Tab, venue)
    assert store.load_cycle(cid).meeting.venue == "School hall"
    when = find(page, QLineEdit, "Meeting date")
    when.setFocus()
    when.selectAll()
    type_text(qtbot, "2026-11-20")
    press(qtbot, Qt.Key.Key_Tab, when)
    assert store.load_cycle(cid).meeting.held_on == "2026-11-20"
    count = find(page, QSpinBox, "Community members present")
    count.setFocus()
    count.lineEdit().selectAll()
    type_text(qtbot, "23")
    press(qtbot, Qt.Key.Key_Tab, count)
    assert store.load_cycle(cid).meeting.community_attendees == 23
    new = find(page, QLineEdit, "New official")
    for name in ("Mr Son (commune chief)", "Dr Thu (district)"):
        new.setFocus()
        type_text(qtbot, name)
        press(qtbot, Qt.Key.Key_Return, new)
    assert store.load_cycle(cid).meeting.officials == [
        "Mr Son (commune chief)",
        "Dr Thu (district)",
    ]
    lst = find(page, QListWidget, "Officials present")
    lst.setFocus()
    lst.setCurrentRow(0)
    press(qtbot, Qt.Key.Key_Delete, lst)
    assert store.load_cycle(cid).meeting.officials == ["Dr Thu (district)"]
    # one meeting row, not one per edit
    assert len(store._select(InterfaceMeeting, "cycle_id = ?", (cid,))) == 1


def test_previous_round_and_change_beside_this_round(qtbot, demo_store):
    r2, r3 = demo_store.demo_ids[1], demo_store.demo_ids[2]
    _ws, page = open_step(qtbot, demo_store, r3, "interface_meeting")
    m = page.model
    assert "Round 2" in m.headerData(4, Qt.Orientation.Horizontal)
    from scorecard_app.core.aggregation import indicator_results

    res = indicator_results(demo_store.load_cycle(r3), demo_store.load_cycle(r2))
    shared = [r for r in res if not r.indicator.provider_only]
    first = shared[0]
    from scorecard_app.core.scales import display_value

    assert m.index(0, 4).data() == (
        f"{display_value(first.previous_community)} · {display_value(first.previous_provider)}"
    )
    assert m.index(0, 5).data().endswith("since round 2")
    assert focusable_without_name(page) == []


def test_projector_opens_with_f11_and_leaves_with_esc(qtbot, demo_store):
    _ws, page = open_step(qtbot, demo_store, demo_store.demo_ids[1], "interface_meeting")
    table = find(page, QTableView, "Community and provider scores")
    table.setFocus()
    press(qtbot, Qt.Key.Key_F11, table)
    proj = page.projector
    assert proj is not None and proj.isFullScreen()
    texts = [w.text() for w in proj.findChildren(type(page.summary)) if w.text()]
    from scorecard_app.core.aggregation import indicator_results
    from scorecard_app.gui.scale_widgets import gap_words, score_text

    data = demo_store.load_cycle(demo_store.demo_ids[1])
    first = next(r for r in indicator_results(data) if not r.indicator.provider_only)
    assert any(gap_words(first.gap) in t for t in texts)
    assert any(
        t.startswith(f"Community: {score_text(data.cycle.scale, first.community)}") for t in texts
    )
    assert proj.footer.text().startswith("Screen 1 of 4")
    press(qtbot, Qt.Key.Key_PageDown, proj)
    assert proj.footer.text().startswith("Screen 2 of 4")
    big = proj.title.font().pixelSize()
    assert big >= 30  # large type
    press(qtbot, Qt.Key.Key_Escape, proj)
    QApplication.processEvents()
    assert page.projector is None
