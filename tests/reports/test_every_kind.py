"""Every printable in every language: the translated heading and the cycle's own words are in
the PDF (Hebrew in logical order), and every font is embedded."""

from __future__ import annotations

import re

import pytest

from scorecard_app.i18n import translate
from scorecard_app.reports import KINDS
from scorecard_app.reports.samples import TEXTS

from .conftest import LANGS, pdf_fonts, pdf_text


def own_words(kind: str, lang: str) -> list[str]:
    """Text typed into the sample cycle that this printable must show."""
    t = TEXTS[lang]
    first_indicator, first_reason = t.indicators[0], t.reasons[0]
    return {
        "score-sheet": [first_indicator, t.groups[0]],
        "ballot": [first_indicator],
        "attendance": [t.groups[0], t.facility],
        "input-tracking": [t.inputs[0][0], t.inputs[0][2]],
        "issue-sheet": [first_reason],
        "action-plan-form": [first_indicator],
        "stickers": [t.facility, t.groups[0]],
        "community-summary": [first_indicator, first_reason, t.actions[0][0]],
        "provider-report": [first_indicator, t.suggestions[0]],
        "interface-chart": [first_indicator, first_reason],
        "action-plan": [t.actions[0][0], t.actions[0][1]],
        "follow-up": [t.actions[0][0]],
        "trends": [first_indicator],
        "trends-wall": [first_indicator],
        "head-office-report": [first_indicator, t.facility],
    }[kind]


def collapse(text: str, rtl: bool = False) -> str:
    """Whitespace collapsed. For right-to-left text also without neutral punctuation: poppler
    guesses which side of a space a colon goes when it restores logical order."""
    if rtl:
        text = re.sub(r"[:;,.()]", " ", text)
    return " ".join(text.split())


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", list(KINDS))
def test_heading_and_own_text_in_the_cycles_language(printed, kind, lang):
    path = printed.pdf(kind, lang)
    rtl = lang == "he"
    text = collapse(pdf_text(path, rtl=rtl), rtl)
    heading = translate("Printables", KINDS[kind].title, lang)
    if lang != "en":
        assert heading != KINDS[kind].title, f"{kind} title is not translated into {lang}"
    if kind == "stickers":  # labels carry no title; the sheet's label word is translated
        heading = translate("Printables", "Participant", lang)
    assert collapse(heading, rtl) in text
    for words in own_words(kind, lang):
        assert collapse(words, rtl) in text, f"{words!r} missing from {kind} ({lang})"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", list(KINDS))
def test_every_font_is_embedded(printed, kind, lang):
    fonts = pdf_fonts(printed.pdf(kind, lang))
    assert fonts, "no fonts at all"
    assert all(f["emb"] == "yes" for f in fonts), fonts
    assert {f["name"].split("+")[-1] for f in fonts} <= {"DejaVuSans", "DejaVuSans-Bold"}
