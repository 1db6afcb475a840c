"""Issue 14 item 13: a View menu with real entries; Help with the offline guide, the keyboard
shortcuts and the version; Save PDF suggests facility, round and kind in the documents folder."""

from __future__ import annotations

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton
from scoring_helpers import show_window

from scorecard_app import __version__


def _entries(menu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_view_menu_moves_between_steps_from_the_keyboard(qtbot, demo_store, settings):
    win = show_window(qtbot, demo_store, settings)
    view = win.view_menu
    assert len(_entries(view)) >= 4
    ws = win.open_cycle(demo_store.demo_ids[-1])
    ws.go_to("issues")
    # open View with Alt+V, then Next step with its mnemonic
    qtbot.keyClick(win, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(view.isVisible, timeout=10_000)
    qtbot.keyClick(view, Qt.Key.Key_N)
    QApplication.processEvents()
    assert ws.current_stage() == "indicators"
    assert any(t.endswith("\tF11") for t in _entries(view))


def test_help_has_the_guide_the_shortcuts_and_the_version(qtbot, store, settings):
    win = show_window(qtbot, store, settings)
    texts = _entries(win.help_menu)
    assert f"Version {__version__}" in texts
    guide = win.show_guide()
    doc = guide.browser.document()
    assert "Facilitator guide" in doc.toPlainText()[:200]
    images = [f for f in doc.toHtml().split('src="')[1:]]
    assert len(images) >= 10  # the screenshots are there, offline
    from PySide6.QtGui import QTextDocument

    first = images[0].split('"')[0]
    shown = doc.resource(
        QTextDocument.ResourceType.ImageResource, guide.browser.source().resolved(first)
    )
    assert shown is not None and not shown.isNull()
    guide.close()
    keys = win.show_shortcuts()
    rows = {
        keys.table.item(r, 0).text(): keys.table.item(r, 1).text()
        for r in range(keys.table.rowCount())
    }
    assert "Ctrl+Shift+Z" in rows["Redo"] and "Ctrl+Y" in rows["Redo"]
    assert any("F11" in k for k in rows.values())


def test_save_pdf_suggests_facility_round_and_kind_in_documents(
    qtbot, demo_store, settings, tmp_path, monkeypatch
):
    win = show_window(qtbot, demo_store, settings)
    cid = demo_store.demo_ids[-1]
    d = demo_store.load_cycle(cid)
    win.open_cycle(cid)
    win.act_print_centre.trigger()
    dlg = win.print_centre
    qtbot.addWidget(dlg)
    dlg.select("community-summary")
    asked = []

    def save_dialog(
        parent, title, suggested, filters
    ):  # the file dialog cannot be typed into offscreen
        asked.append(suggested)
        return str(tmp_path / "x.pdf"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    [b for b in dlg.findChildren(QPushButton) if b.accessibleName() == "Save PDF"][0].click()
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    facility = d.facility.name.replace(" ", "-")
    assert asked == [f"{docs}/{facility}-round{d.cycle.round_no}-community-summary.pdf"]
    assert (tmp_path / "x.pdf").exists()
