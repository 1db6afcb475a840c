"""File ▸ Export open data…: the dialog writes the same valid package, off the GUI thread."""

from __future__ import annotations

from gui.driving import find as _find
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QProgressBar, QPushButton

from scorecard_app.gui.export_data import ExportDataDialog
from scorecard_app.store import Store

from .helpers import PLANTED, all_text, assert_valid, package_tables, planted_cycle


def test_menu_entry_needs_an_open_cycle_and_exports_csv_in_the_background(
    qtbot, window, demo_store, tmp_path, monkeypatch
):
    act = window.act_export_data
    assert act in window.file_menu.actions() and not act.isEnabled()
    window.open_cycle(demo_store.demo_ids[1])
    assert act.isEnabled()
    act.trigger()
    dlg = window.export_data_dialog
    qtbot.addWidget(dlg)
    target = tmp_path / "pkg"
    target.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(target))
    seen = []
    bar = _find(dlg, QProgressBar, "Progress")
    bar.valueChanged.connect(lambda v: seen.append((v, bar.maximum())))
    _find(dlg, QPushButton, "Export").click()
    qtbot.waitUntil(lambda: dlg.written is not None, timeout=30000)  # a real worker thread
    assert (target / "datapackage.json").exists() and seen and seen[-1][0] == seen[-1][1]
    assert "Saved" in _find(dlg, QLabel, "Status").text()
    assert_valid(target)
    dlg.adjustSize()
    dlg.grab().save(str(tmp_path / "export-dialog.png"))
    window.show_home()
    assert not act.isEnabled()


def test_json_with_another_licence_and_a_training_cycle_refused(qtbot, db_path, tmp_path):
    with Store.open(db_path, backups=False) as store:
        real = planted_cycle(store)
        practice = planted_cycle(store, training=True)
        dlg = ExportDataDialog(store, real)
        qtbot.addWidget(dlg)
        fmt, lic = _find(dlg, QComboBox, "Format"), _find(dlg, QComboBox, "Licence")
        fmt.setCurrentIndex(fmt.findData("json"))
        lic.setCurrentIndex(lic.findData("CC0-1.0"))
        out = tmp_path / "one.json"
        dlg.export_to(out, fmt.currentData())
        qtbot.waitUntil(lambda: dlg.written is not None, timeout=30000)
        assert_valid(out)
        assert PLANTED not in all_text(out) and '"CC0-1.0"' in out.read_text(encoding="utf-8")
        youth = [r for r in package_tables(out)["results"] if r["group_type"] == "youth"]
        assert youth and all(r["score"] == "<5" for r in youth)

        refused = ExportDataDialog(store, practice)
        qtbot.addWidget(refused)
        assert not _find(refused, QPushButton, "Export").isEnabled()
        assert "training cycle" in _find(refused, QLabel, "Status").text()
