"""What a reader notices on the page: exact medians, one-page summary, mirrored Hebrew tables,
paper sizes, the footer on every page, complete catalogues."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET

import pytest

from scorecard_app.core import entities as e
from scorecard_app.i18n.catalog import translations_dir
from scorecard_app.reports import render
from scorecard_app.reports.samples import build_sample_cycle

from .conftest import LANGS, need_poppler, pdf_info, pdf_text


def _median_cycle(store, lang: str) -> str:
    """Two community groups scoring 3 and 4: the community's median is exactly 3.5."""
    f = e.Facility("Median Clinic")
    c = store.create_cycle(e.Cycle(f.id, "Hill › Vale", language=lang), f)
    ind = store.add(e.Indicator(c.id, "Queue", position=0))
    for n, value in enumerate((3, 4)):
        g = store.add(e.Group(c.id, f"G{n}", position=n))
        store.set_score(c.id, g.id, ind.id, value=value, reason="")
    return c.id


@pytest.mark.parametrize("lang, shown", [("en", "3.5"), ("et", "3,5"), ("he", "3.5")])
def test_exact_median_is_shown_with_the_languages_decimal_mark(store, tmp_path, lang, shown):
    cid = _median_cycle(store, lang)
    pdf = render("community-summary", store.load_cycle(cid), None, tmp_path / "s.pdf")
    text = pdf_text(pdf, rtl=lang == "he")
    assert shown in text
    assert " 4 " not in text.replace("Page 1 of 1", "")  # not rounded up


def test_summary_of_twenty_long_indicators_stays_on_one_page(store, tmp_path):
    cid = build_sample_cycle(store, "vi", indicators=20, name_length=40)
    pdf = render("community-summary", store.load_cycle(cid), None, tmp_path / "s.pdf")
    assert pdf_info(pdf)["Pages"] == "1"


@pytest.mark.parametrize(
    "kind, paper, size",
    [
        ("score-sheet", "a4", "595.276 x 841.89 pts (A4)"),
        ("score-sheet", "letter", "612 x 792 pts (letter)"),
        ("interface-chart", "a4", "1190.55 x 841.89 pts (A3)"),
        ("interface-chart", "letter", "1224 x 792 pts"),
    ],
)
def test_paper_sizes(printed, kind, paper, size):
    assert pdf_info(printed.pdf(kind, "en", paper))["Page size"].startswith(size)


def test_footer_on_every_page_says_page_x_of_y(printed):
    pdf = printed.pdf("score-sheet", "et")
    pages = int(pdf_info(pdf)["Pages"])
    assert pages > 1
    text = pdf_text(pdf)
    for n in range(1, pages + 1):
        assert f"Lk {n}/{pages}" in text
    assert text.count("Jõeäärse tervisekeskus · 2. voor") >= pages
    assert text.count("Scorecard 0.1.0") == pages


def _word_x(pdf, word: str) -> float:
    """Left edge of the first occurrence of a word on page 1 (poppler's bounding boxes list
    words as drawn, so a Hebrew word is looked for in visual order)."""
    if re.search("[\u0590-\u05ff]", word):
        word = word[::-1]
    need_poppler()
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    m = re.search(r'<word xMin="([\d.]+)"[^>]*>' + re.escape(word) + "</word>", html)
    assert m, f"{word!r} not on page 1"
    return float(m.group(1))


def test_hebrew_tables_read_right_to_left(printed):
    he = printed.pdf("score-sheet", "he")
    en = printed.pdf("score-sheet", "en")
    # "No." is the first column: on the right in Hebrew, on the left in English
    assert _word_x(he, "מס׳") > _word_x(he, "מדד") > _word_x(he, "הצעה")
    assert _word_x(en, "No.") < _word_x(en, "Indicator") < _word_x(en, "Suggestion")


def test_catalogues_are_complete_and_keep_placeholders():
    for lang in LANGS[1:]:
        root = ET.parse(translations_dir() / f"common_{lang}.ts").getroot()
        contexts = {c.findtext("name") for c in root.iter("context")}
        assert {"Printables", "Scale", "Stage", "Vocabulary", "Checks"} <= contexts
        for msg in root.iter("message"):
            src, tr = msg.findtext("source"), msg.find("translation")
            assert tr is not None and tr.get("type") is None, f"{lang}: {src} unfinished"
            assert (tr.text or "").strip(), f"{lang}: {src} empty"
            assert set(re.findall(r"\{\w+\}", src)) == set(re.findall(r"\{\w+\}", tr.text))
        assert (translations_dir() / f"common_{lang}.qm").exists()


def test_hebrew_cycle_printed_in_english_keeps_hebrew_readable(printed, tmp_path):
    pdf = render("community-summary", printed.data("he"), None, tmp_path / "he-en.pdf", lang="en")
    text = pdf_text(pdf, rtl=True)
    assert "Community scorecard results" in text
    assert "זמן ההמתנה עד שמטופל נבדק" in text  # logical order, not reversed


def test_rtl_paragraph_wraps_in_logical_order_and_draws_each_line_reordered(tmp_path):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate

    from scorecard_app.reports.fonts import FONT, register_fonts
    from scorecard_app.reports.text import RTLParagraph

    register_fonts()
    words = "אחד שתיים שלוש ארבע חמש שש שבע שמונה תשע עשר (ציון 4)"
    para = RTLParagraph(words, ParagraphStyle("h", fontName=FONT, fontSize=12, leading=15))
    para.wrap(120, 1000)
    assert len(para.lines) > 2
    assert para.lines[0].startswith("אחד")  # the first line holds the first words
    assert " ".join(para.lines) == words
    pdf = tmp_path / "p.pdf"
    SimpleDocTemplate(str(pdf), initialFontName=FONT).build([para])
    assert words.replace("(ציון 4)", "").strip() in pdf_text(pdf, rtl=True)
