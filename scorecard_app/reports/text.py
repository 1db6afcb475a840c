"""Text as printables need it: NFC, escaped for Paragraph markup, and mixed scripts laid out by
hand with the Unicode bidi algorithm.

reportlab's own bidi needs a package we don't have, and running bidi over a paragraph before
wrapping reverses the order of its lines. So text that needs it is wrapped in logical order at
the available width, then each line is reordered on its own (python-bidi's full UBA: bracket
pairs, isolates; brackets mirrored here) with the base direction of its whole paragraph — the first strong
letter outside isolates, the page's direction when there is none. A Latin sentence on a Hebrew
page therefore keeps its full stop and brackets where its writer put them.

Values put into a sentence (a name into "Next review: {date}", the parts of a heading) are
wrapped in first-strong isolates (FSI … PDI) so that they neither set the sentence's direction
nor borrow it. The isolate marks are removed before anything is measured or drawn (the font has
no glyphs for them).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from xml.sax.saxutils import escape

from bidi import get_display
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfbase.ttfonts import ShapedFragWord, makeShapedFragWord, shapeFragWord
from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph as _Paragraph
from reportlab.platypus.paragraph import _getFragWords, _HSFrag, _processed_frags

FSI, LRI, RLI, PDI = "\u2068", "\u2066", "\u2067", "\u2069"
_ISOLATE_OPEN = (FSI, LRI, RLI)
# Every explicit bidi control: they steer the algorithm but are never drawn.
_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")

# What one printable works out about its texts — shaped words, wrapped lines, lines in visual
# order — kept while it is made (`one_render`) and dropped after: a page repeats short texts
# (scale words, numbers, headings) and measures each cell several times. Outside a render
# nothing is kept. One per thread/context, so printing in a worker thread is safe.
_MEMO: ContextVar[dict | None] = ContextVar("scorecard_print_memo", default=None)


@contextmanager
def one_render() -> Iterator[None]:
    token = _MEMO.set({})
    try:
        yield
    finally:
        _MEMO.reset(token)


def _memo(table: str) -> dict | None:
    memo = _MEMO.get()
    return None if memo is None else memo.setdefault(table, {})


def clean(text: object) -> str:
    """Any value as NFC text ('' for None), so composed and decomposed input print alike."""
    if text is None:
        return ""
    return unicodedata.normalize("NFC", str(text))


def isolate(text: object) -> str:
    """A value to put inside a sentence: it keeps its own direction and leaves the sentence's."""
    text = clean(text)
    return f"{FSI}{text}{PDI}" if text else ""


def plain(text: str) -> str:
    """Text without bidi controls: what is measured and drawn."""
    return _CONTROLS.sub("", text)


# Hebrew and Arabic letters: text holding any of them needs the bidi algorithm even inside a
# left-to-right printable (a Hebrew cycle printed in English).
_RTL_LETTERS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def has_rtl(text: str) -> bool:
    return bool(_RTL_LETTERS.search(text))


def base_rtl(text: str, page_rtl: bool) -> bool:
    """A paragraph's direction (UBA rules P2–P3): its first strong letter outside isolates
    decides; text with none (numbers, dashes, only isolated values) takes the page's."""
    depth = 0
    for ch in text:
        if ch in _ISOLATE_OPEN:
            depth += 1
        elif ch == PDI:
            depth = max(0, depth - 1)
        elif depth == 0:
            kind = unicodedata.bidirectional(ch)
            if kind == "L":
                return False
            if kind in ("R", "AL"):
                return True
    return page_rtl


_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")
_MIRROR = dict(zip("()[]{}<>«»‹›", ")(][}{><»«›‹", strict=True))
_INVISIBLE = {"BN", "LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"}


def _levels(text: str, base: str) -> list[int]:
    """The embedding level of each character (UBA rules up to I2), from python-bidi's Rust
    implementation; it reports them per UTF-8 byte in its debug output only."""
    info = get_display(text, base_dir=base, debug=True)
    block = info[info.index("levels: [") : info.index("paragraphs:")]
    per_byte = [int(x) for x in _LEVEL.findall(block)]
    out, pos = [], 0
    for ch in text:
        out.append(per_byte[pos])
        pos += len(ch.encode("utf-8"))
    return out


def _reorder(text: str, base_is_rtl: bool) -> str:
    """One line in visual order: UBA rules L1 (trailing spaces at the paragraph's level),
    L2 (reverse runs from the highest level down) and L4 (mirror brackets in right-to-left
    runs — python-bidi's own display string leaves "(" unmirrored)."""
    levels = _levels(text, "R" if base_is_rtl else "L")
    i = len(text) - 1
    while i >= 0 and (text[i].isspace() or unicodedata.bidirectional(text[i]) in _INVISIBLE):
        levels[i] = int(base_is_rtl)
        i -= 1
    chars = [_MIRROR.get(c, c) if lv % 2 else c for c, lv in zip(text, levels, strict=True)]
    odd = [lv for lv in levels if lv % 2]
    top = max(levels, default=0)
    order = list(range(len(chars)))
    for level in range(top, (min(odd) if odd else top + 1) - 1, -1):
        j = 0
        while j < len(order):
            if levels[order[j]] < level:
                j += 1
                continue
            k = j
            while k < len(order) and levels[order[k]] >= level:
                k += 1
            order[j:k] = order[j:k][::-1]
            j = k
    return "".join(chars[n] for n in order)


def visual(text: str, rtl: bool, base: bool | None = None) -> str:
    """One line in the order it is drawn. `rtl` is the page's direction; `base` the direction
    of the paragraph the line belongs to (found from the line itself when not given)."""
    memo = _memo("visual")
    if memo is None:
        return _visual(text, rtl, base)
    key = (text, rtl, base)
    if key not in memo:
        memo[key] = _visual(text, rtl, base)
    return memo[key]


def _visual(text: str, rtl: bool, base: bool | None) -> str:
    text = clean(text)
    if not text:
        return text
    if base is None:
        base = base_rtl(text, rtl)
    if not base and not has_rtl(text):
        return plain(text)  # nothing to reorder
    return plain(_reorder(text, base))


def _width(text: str, font: str, size: float) -> float:
    return stringWidth(plain(text), font, size)


def _rebalance(lines: list[str]) -> list[str]:
    """Carry isolates that a line break cut open onto the next line, so each line reorders
    its part of a value the way the whole value would be."""
    out, open_stack = [], []
    for line in lines:
        carried = "".join(open_stack)
        for ch in line:
            if ch in _ISOLATE_OPEN:
                open_stack.append(ch)
            elif ch == PDI and open_stack:
                open_stack.pop()
        out.append(carried + line)
    return out


def wrap_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Logical-order lines no wider than width, broken at spaces (a word longer than the
    width is cut); bidi controls take no room."""
    memo = _memo("wrap")
    if memo is None:
        return list(_wrap_lines(text, font, size, width))
    key = (text, font, size, width)
    if key not in memo:
        memo[key] = _wrap_lines(text, font, size, width)
    return list(memo[key])


def _wrap_lines(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    out: list[str] = []
    for para in clean(text).split("\n"):
        lines: list[str] = []
        line = ""
        for word in para.split(" "):
            trial = f"{line} {word}" if line else word
            if line and _width(trial, font, size) > width:
                lines.append(line)
                line = word
            else:
                line = trial
            while _width(line, font, size) > width and len(plain(line)) > 1:
                cut = len(line)
                while cut > 1 and _width(line[:cut], font, size) > width:
                    cut -= 1
                lines.append(line[:cut])
                line = line[cut:]
        lines.append(line)
        out.extend(_rebalance(lines))
    return tuple(out)


def draw_line(
    canv, x: float, y: float, width: float, text: str, rtl: bool, align: str, base=None
) -> None:
    """Draw one line in a box [x, x+width]; align is 'start', 'end' or 'centre' (logical, in
    the page's direction); base is the direction of the line's paragraph when it is part of one."""
    shown = visual(text, rtl, base)
    if align == "centre":
        canv.drawCentredString(x + width / 2, y, shown)
    elif (align == "start") != rtl:  # start in LTR, end in RTL → left edge
        canv.drawString(x, y, shown)
    else:
        canv.drawRightString(x + width, y, shown)


def draw_lines(canv, x, y, width, lines, rtl, align, leading, base=None) -> float:
    """Draw wrapped lines of one paragraph top-down from y; returns the y below the last."""
    if base is None:
        base = base_rtl("".join(lines), rtl)
    for line in lines:
        draw_line(canv, x, y, width, line, rtl, align, base)
        y -= leading
    return y


class RTLParagraph(Flowable):
    """A paragraph wrapped in logical order with each line reordered on its own: right-aligned
    Hebrew on a right-to-left page (rtl=True), or mixed text on a left-to-right page."""

    def __init__(self, text: str, style: ParagraphStyle, rtl: bool = True, base=None):
        super().__init__()
        self.text = clean(text)
        self.style = style
        self.rtl = rtl
        # the paragraph's own direction, decided once for all its lines (kept across splits)
        self.base = base_rtl(self.text, rtl) if base is None else base
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
        first = RTLParagraph("", self.style, self.rtl, self.base)
        second = RTLParagraph("", self.style, self.rtl, self.base)
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
        draw_lines(c, 0, y, self._width, self.lines, self.rtl, align, s.leading, self.base)


def _shaped(word: list) -> list:
    """One of reportlab's frag words ([width, (frag, text), …]) shaped, from the cache when
    it holds a single run of plain text, and marked as shaped either way (reportlab shapes
    again any word not so marked, on every wrap)."""
    if isinstance(word, ShapedFragWord):
        return word
    simple = (
        type(word) in (list, _HSFrag)
        and len(word) == 2
        and type(word[1][1]) is str
        and not hasattr(word[1][0], "cbDefn")
    )
    if not simple:
        out = shapeFragWord(word)
        return out if isinstance(out, ShapedFragWord) else makeShapedFragWord(word)(word)
    # HarfBuzz's glyphs and advances for a word do not depend on the paragraph it is in: kept
    # per (text, font, size) for the render; None when HarfBuzz leaves the word as it is.
    frag, text = word[1]
    shaped = _memo("shaped")
    if shaped is None:
        shaped = {}
    key = (text, frag.fontName, frag.fontSize)
    if key not in shaped:
        out = shapeFragWord(word)
        shaped[key] = None if out is word else (out[0], [run for _, run in out[1:]])
    known = shaped[key]
    if known is None:
        return makeShapedFragWord(word)(word)
    width, runs = known
    return makeShapedFragWord(word)([width, *((frag, run) for run in runs)])


class Paragraph(_Paragraph):
    """reportlab's Paragraph, shaped once and laid out once per width.

    A cell is wrapped several times at the same width (a table sizes its rows, the one-page
    shrink measures, the container and the table wrap again to draw) and reportlab breaks the
    lines each time; the lines are kept per width here. reportlab shapes each word with
    HarfBuzz on the first wrap, and again on every later wrap each word that HarfBuzz left
    unchanged; here each distinct word is shaped once per render (see `_shaped`) and every
    word is marked as shaped. What is drawn does not change: the same words, broken the same way."""

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's names
        laid = self.__dict__.setdefault("_laid", {})
        known = laid.get(availWidth)
        if known is not None:
            self.blPara, self.width, self.height, self._wrapWidths, self._width_max = known
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        if "blPara" in self.__dict__:  # not when the width was too small to lay out at all
            laid[availWidth] = (
                self.blPara,
                self.width,
                self.height,
                self._wrapWidths,
                getattr(self, "_width_max", 0),
            )
        return size

    def breakLines(self, width):  # noqa: N802 - reportlab's name
        shaping = self.style.shaping and getFont(self.style.fontName).shapable
        if shaping and self.frags and not _processed_frags(self.frags):
            first = width[0] if isinstance(width, (list, tuple)) else width
            words = _getFragWords(self.frags, first)
            if words:  # reportlab's own first wrap starts from these same words
                self.frags = [_shaped(w) for w in words]
        lines = super().breakLines(width)
        if shaping and _processed_frags(self.frags):
            self.frags = [_shaped(w) for w in self.frags]
        return lines

    def split(self, availWidth, availHeight):  # noqa: N803 - reportlab's names
        self.__dict__.pop("_laid", None)  # the parts are new paragraphs; so is this one after
        return super().split(availWidth, availHeight)


def paragraph(text: object, style: ParagraphStyle, rtl: bool) -> Flowable:
    """The right flowable for a piece of user or translated text in this reading direction."""
    text = clean(text)
    if rtl or has_rtl(text):
        return RTLParagraph(text, style, rtl)
    return Paragraph(escape(plain(text)).replace("\n", "<br/>"), style)


__all__ = [
    "TA_CENTER",
    "TA_LEFT",
    "TA_RIGHT",
    "Paragraph",
    "RTLParagraph",
    "base_rtl",
    "clean",
    "draw_line",
    "draw_lines",
    "has_rtl",
    "isolate",
    "joined",
    "one_render",
    "paragraph",
    "plain",
    "visual",
    "wrap_lines",
]


def joined(sep: str, parts) -> str:
    """Several values in one line ('Ms. Lan, המרפאה'): each isolated, empty ones left out."""
    return sep.join(isolate(p) for p in parts if clean(p))
