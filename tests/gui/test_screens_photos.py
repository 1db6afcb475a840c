"""Issue 14 item 15: photos attached to an issue, an action or the interface meeting — by the
file dialog and by dropping files — shown as thumbnails, opened full size, removed, and carried
by a USB bundle with what they are of."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton, QTableView, QTableWidget
from scoring_helpers import find, make_cycle, open_step

from scorecard_app.core import entities as e
from scorecard_app.store import replica


def _photo(path, w=640, h=480, colour="#3070c0"):
    img = QImage(w, h, QImage.Format.Format_RGB32)
    img.fill(QColor(colour))
    assert img.save(str(path))
    return path


def _drop(widget, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = widget.rect().center()
    enter = QDragEnterEvent(
        pos,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        pos.toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, drop)


def test_meeting_photos_dropped_shown_opened_and_removed(qtbot, store, tmp_path):
    c = make_cycle(store)
    cid = c["cycle"].id
    _ws, page = open_step(qtbot, store, cid, "interface_meeting")
    strip = page.photos
    not_a_photo = tmp_path / "notes.txt"
    not_a_photo.write_text("hello")
    _drop(strip, [_photo(tmp_path / "họp xã.png"), not_a_photo])
    atts = replica.attachments(store, cid, "meeting")
    assert [(a["filename"], a["media_type"]) for a in atts] == [("họp xã.png", "image/png")]
    assert strip.list.count() == 1 and not strip.list.item(0).icon().isNull()
    from scorecard_app.gui.field_message import FieldMessage

    said = strip.window().findChild(FieldMessage)
    assert said.isVisible() and "notes.txt" in said.text()  # refused, with the reason
    strip.list.setFocus()
    strip.list.setCurrentRow(0)
    qtbot.keyClick(strip.list, Qt.Key.Key_Return)  # Enter opens it full size
    viewer = strip.viewer
    assert viewer is not None and viewer.image.pixmap().size().width() == 640
    viewer.close()
    remove = find(strip, QPushButton, "Remove photo")
    remove.click()
    find(strip.question, QPushButton, "Remove").click()
    QApplication.processEvents()
    assert replica.attachments(store, cid) == [] and strip.list.count() == 0


def test_issue_and_action_photos_travel_in_a_bundle_with_their_subject(
    qtbot, store, tmp_path, monkeypatch
):
    c = make_cycle(store)
    cid = c["cycle"].id
    issue = store.add(e.Issue(cid, c["groups"]["Women"].id, "Toilets are dirty"))
    action = store.add(e.Action(cid, "Cleaning roster"))
    flip = _photo(tmp_path / "flipchart.jpg")
    monkeypatch.setattr(  # the native file dialog cannot be typed into offscreen
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(flip)], "")
    )
    _ws, page = open_step(qtbot, store, cid, "issues")
    table = find(page, QTableWidget, "Issues of the group")
    table.setFocus()
    table.setCurrentCell(0, 0)
    find(page.photos, QPushButton, "Add photo").click()
    _ws, plan = open_step(qtbot, store, cid, "action_plan")
    actions = find(plan, QTableView, "Actions")
    actions.setCurrentIndex(actions.model().index(0, 0))
    _drop(plan.photos, [_photo(tmp_path / "signed plan.png", 300, 200, "#ffffff")])
    subjects = sorted(a["subject"] for a in replica.attachments(store, cid))
    assert subjects == [f"action:{action.id}", f"issue:{issue.id}"]
    assert plan.photos.list.count() == 1
    ops = [o for o in replica.ops_for_export(store, [cid]) if o["entity"] == "attachment"]
    assert sorted(o["fields"]["subject"] for o in ops) == subjects
