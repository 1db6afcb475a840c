"""Printing without doing things twice changes nothing a reader sees: a cycle's earlier rounds
are loaded once for a batch of printables, and a paragraph shaped once and laid out once per
width reads, breaks and draws exactly as reportlab's own paragraph does."""

from __future__ import annotations

import subprocess
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepInFrame, SimpleDocTemplate, Table
from reportlab.platypus import Paragraph as PlainParagraph

from scorecard_app.reports import KINDS, CycleFigures, render
from scorecard_app.reports.fonts import FONT, register_fonts
from scorecard_app.reports.layout import Grid
from scorecard_app.reports.samples import TEXTS, build_sample_cycle
from scorecard_app.reports.text import Paragraph, one_render

from .conftest import need_poppler, pdf_text

RESULTS = [code for code, k in KINDS.items() if k.family == "results"]


def test_a_batch_of_printables_loads_each_earlier_round_once(store, tmp_path):
    first = build_sample_cycle(store, "en")
    cid = build_sample_cycle(store, "en", round_no=2, previous_id=first)
    data = store.load_cycle(cid)
    asked: list[str] = []

    def loader(d):
        asked.append(d.cycle.id)
        return store.previous_data(d.cycle.id)

    figures = CycleFigures(data, loader)
    for code in RESULTS:
        render(code, figures, None, tmp_path / f"{code}.pdf", today="2026-11-29")
    # the round before this one, then the one before that (none): each asked for once
    assert asked == [cid, first]
    for code in RESULTS:  # and each page says what a printable made on its own says
        alone = render(
            code,
            store.load_cycle(cid),
            lambda d: store.previous_data(d.cycle.id),
            tmp_path / f"{code}-alone.pdf",
            today="2026-11-29",
        )
        assert pdf_text(tmp_path / f"{code}.pdf") == pdf_text(alone), code


def test_figures_and_a_second_previous_round_are_refused(store, tmp_path):
    cid = build_sample_cycle(store, "en")
    data = store.load_cycle(cid)
    with pytest.raises(ValueError, match="CycleFigures"):
        render("community-summary", CycleFigures(data), data, tmp_path / "x.pdf")


def _pages(pdf: Path, folder: Path) -> list[bytes]:
    prefix = folder / pdf.stem
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(pdf), str(prefix)], check=True)
    return [p.read_bytes() for p in sorted(folder.glob(f"{pdf.stem}-*.png"))]


@pytest.mark.parametrize("lang", ["en", "vi", "mk", "lv", "et"])
def test_paragraph_laid_out_once_prints_like_reportlabs_own(tmp_path, lang):
    """Cells of fixed-width columns in a sheet that must shrink to one page: every cell is
    wrapped at several widths (measure, shrink, draw), words repeat across cells."""
    need_poppler()
    register_fonts()
    t = TEXTS[lang]
    words = [escape(w) for w in (t.facility, *t.indicators, *t.reasons, *t.reasons)]  # repeats
    style = ParagraphStyle("c", fontName=FONT, fontSize=9, leading=11.25, shaping=1)
    made = {}
    for name, para, table in (("ours", Paragraph, Grid), ("reportlab", PlainParagraph, Table)):
        rows = [
            [para(w, style), para(f"{w}<br/>{w[::-1]}", style), para(w.upper(), style)]
            for w in words * 4
        ]
        grid = table(rows, colWidths=[40 * mm, 70 * mm, 60 * mm])
        story = [KeepInFrame(180 * mm, 250 * mm, [grid], mode="shrink")]
        path = tmp_path / f"{name}.pdf"
        with one_render():  # as in render: shaped words shared between cells
            SimpleDocTemplate(str(path)).build(story)
        made[name] = path
    assert pdf_text(made["ours"]) == pdf_text(made["reportlab"])
    assert _pages(made["ours"], tmp_path) == _pages(made["reportlab"], tmp_path)
