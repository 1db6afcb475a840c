"""The Print centre: Ctrl+P only with a cycle open; preview pages; save a PDF that reads back."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from driving import find as _find
from PySide6.QtWidgets import QComboBox, QFileDialog, QListWidget, QPushButton

from scorecard_app.gui.print_centre import PrintCentre


def test_print_centre_action_needs_an_open_cycle(window, demo_store):
    act = window.act_print_centre
    assert act.shortcut().toString() == "Ctrl+P"
    assert not act.isEnabled()
    window.open_cycle(demo_store.demo_ids[-1])
    assert act.isEnabled()
    act.trigger()
    assert isinstance(window.print_centre, PrintCentre)
    window.show_home()
    assert not act.isEnabled()


def test_preview_shows_pages_and_save_writes_the_pdf(
    qtbot, window, demo_store, tmp_path, monkeypatch
):
    if shutil.which("pdftoppm") is None:
        pytest.fail("poppler-utils (pdftoppm) is needed for the preview")
    window.open_cycle(demo_store.demo_ids[-1])
    window.act_print_centre.trigger()
    dlg = window.print_centre
    qtbot.addWidget(dlg)
    _find(dlg, QListWidget, "Printables")
    preview = _find(dlg, QPushButton, "Preview")
    assert not preview.isEnabled()  # nothing ticked yet
    dlg.select("community-summary", "score-sheet")
    lang = _find(dlg, QComboBox, "Language")
    lang.setCurrentIndex(lang.findData("vi"))
    preview.click()
    pages = dlg.preview_pages()
    assert len(pages) >= 2 and all(not p.pixmap().isNull() for p in pages)

    dlg.select("community-summary")
    target = tmp_path / "summary.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    _find(dlg, QPushButton, "Save PDF").click()
    assert target.exists()
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Kết quả chấm điểm của cộng đồng" in " ".join(text.split())


def test_every_widget_has_a_name(window, demo_store, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    window.open_cycle(demo_store.demo_ids[-1])
    dlg = PrintCentre(demo_store, demo_store.demo_ids[-1], window)
    qtbot.addWidget(dlg)
    unnamed = [
        w
        for w in dlg.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and w.isVisibleTo(dlg)
        and not w.accessibleName()
        and type(w).__name__ in ("QPushButton", "QComboBox", "QListWidget", "QScrollArea")
    ]
    assert unnamed == []


def test_printing_sends_every_page_to_the_printer(qtbot, demo_store, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from scorecard_app.gui.print_centre import make_printables

    if shutil.which("pdftoppm") is None:
        pytest.fail("poppler-utils (pdftoppm) is needed to print")
    dlg = PrintCentre(demo_store, demo_store.demo_ids[-1])
    qtbot.addWidget(dlg)
    made = make_printables(
        demo_store.path, demo_store.demo_ids[-1], ["attendance"], "en", "a4", lambda *a: None, False
    )
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    pages = dlg.print_to(printer, made)
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    source = subprocess.run(
        ["pdfinfo", str(made.pdfs["attendance"])], capture_output=True, text=True
    ).stdout
    count = next(line.split()[-1] for line in source.splitlines() if line.startswith("Pages"))
    assert pages == int(count) > 1
    assert f"Pages:           {count}" in info


def test_a_batch_of_results_reads_the_earlier_round_once(demo_store, monkeypatch):
    """Printing several result sheets of round 3 walks back through the earlier rounds once,
    not once per sheet."""
    from scorecard_app.gui.print_centre import make_printables
    from scorecard_app.store import Store

    calls = []
    real = Store.previous_data
    monkeypatch.setattr(Store, "previous_data", lambda s, cid: calls.append(cid) or real(s, cid))
    kinds = ["community-summary", "provider-report", "interface-chart", "head-office-report"]
    made = make_printables(
        demo_store.path, demo_store.demo_ids[-1], kinds, "en", "a4", lambda *a: None, False
    )
    assert sorted(made.pdfs) == sorted(kinds)
    assert calls[0] == demo_store.demo_ids[-1]
    assert len(calls) == len(set(calls))
