"""Text as printables need it: NFC, escaped for Paragraph markup, and Hebrew laid out by hand.

reportlab's own bidi needs a package we don't have, and running bidi over a paragraph before
wrapping reverses the order of its lines. So right-to-left text is wrapped in logical order at
the available width, then each line is reordered on its own (the pure-Python bidi algorithm,
which also mirrors brackets) and drawn right-aligned.
"""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

from bidi.algorithm import get_display
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph


def clean(text: object) -> str:
    """Any value as NFC text ('' for None), so composed and decomposed input print alike."""
    if text is None:
        return ""
    return unicodedata.normalize("NFC", str(text))


# Hebrew and Arabic letters: text holding any of them needs the bidi algorithm even inside a
# left-to-right printable (a Hebrew cycle printed in English).
_RTL_LETTERS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def has_rtl(text: str) -> bool:
    return bool(_RTL_LETTERS.search(text))


def visual(text: str, rtl: bool) -> str:
    """One line in the order it is drawn: reordered when the line or the page is right-to-left."""
    text = clean(text)
    if not text:
        return text
    if rtl:
        return get_display(text, base_dir="R")
    return get_display(text, base_dir="L") if has_rtl(text) else text


def wrap_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Logical-order lines no wider than width (a word longer than the width is cut)."""
    out: list[str] = []
    for para in clean(text).split("\n"):
        for line in simpleSplit(para, font, size, width) or [""]:
            while stringWidth(line, font, size) > width and len(line) > 1:
                cut = len(line)
                while cut > 1 and stringWidth(line[:cut], font, size) > width:
                    cut -= 1
                out.append(line[:cut])
                line = line[cut:]
            out.append(line)
    return out


def draw_line(canv, x: float, y: float, width: float, text: str, rtl: bool, align: str) -> None:
    """Draw one line in a box [x, x+width]; align is 'start', 'end' or 'centre' (logical)."""
    shown = visual(text, rtl)
    if align == "centre":
        canv.drawCentredString(x + width / 2, y, shown)
    elif (align == "start") != rtl:  # start in LTR, end in RTL → left edge
        canv.drawString(x, y, shown)
    else:
        canv.drawRightString(x + width, y, shown)


class RTLParagraph(Flowable):
    """A paragraph wrapped in logical order with each line reordered on its own: right-aligned
    Hebrew on a right-to-left page (rtl=True), or mixed text on a left-to-right page."""

    def __init__(self, text: str, style: ParagraphStyle, rtl: bool = True):
        super().__init__()
        self.text = clean(text)
        self.style = style
        self.rtl = rtl
        self.lines: list[str] = []
        self._width = 0.0

    def wrap(self, avail_width, avail_height):
        s = self.style
        self._width = avail_width
        self.lines = wrap_lines(self.text, s.fontName, s.fontSize, avail_width)
        return avail_width, len(self.lines) * s.leading

    def split(self, avail_width, avail_height):
        self.wrap(avail_width, avail_height)
        fit = int(avail_height // self.style.leading)
        if fit <= 0 or fit >= len(self.lines):
            return [] if fit <= 0 else [self]
        first = RTLParagraph("", self.style, self.rtl)
        second = RTLParagraph("", self.style, self.rtl)
        first.text = "\n".join(self.lines[:fit])
        second.text = "\n".join(self.lines[fit:])
        return [first, second]

    def getSpaceBefore(self):  # noqa: N802 - reportlab's name
        return self.style.spaceBefore

    def getSpaceAfter(self):  # noqa: N802 - reportlab's name
        return self.style.spaceAfter

    def draw(self):
        s, c = self.style, self.canv
        c.setFont(s.fontName, s.fontSize)
        c.setFillColor(s.textColor)
        if self.rtl:  # physical alignment → logical side
            align = {TA_CENTER: "centre", TA_LEFT: "end"}.get(s.alignment, "start")
        else:
            align = {TA_CENTER: "centre", TA_RIGHT: "end"}.get(s.alignment, "start")
        y = len(self.lines) * s.leading - s.fontSize
        for line in self.lines:
            draw_line(c, 0, y, self._width, line, self.rtl, align)
            y -= s.leading


def paragraph(text: object, style: ParagraphStyle, rtl: bool) -> Flowable:
    """The right flowable for a piece of user or translated text in this reading direction."""
    if rtl or has_rtl(clean(text)):
        return RTLParagraph(clean(text), style, rtl)
    return Paragraph(escape(clean(text)).replace("\n", "<br/>"), style)


__all__ = [
    "TA_CENTER",
    "TA_LEFT",
    "TA_RIGHT",
    "RTLParagraph",
    "clean",
    "has_rtl",
    "draw_line",
    "paragraph",
    "visual",
    "wrap_lines",
]
