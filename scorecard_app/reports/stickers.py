"""Numbered participant stickers on a standard label sheet.

Participants are anonymous numbers; a sticker on each person's shirt or card keeps the number
with them through the day. Labels: A4 3×7 (63.5 × 38.1 mm, like L7160); Letter 3×10
(2⅝ × 1 in, like 5160). The footer sits in the sheet's bottom margin, below the labels.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import inch, mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from scorecard_app.i18n import QT_TRANSLATE_NOOP

from .common import group_label
from .context import PrintContext
from .fonts import FONT, FONT_BOLD, register_fonts
from .layout import canvas_class, page_size
from .text import draw_line, draw_lines, plain, wrap_lines


@dataclass(frozen=True)
class LabelSheet:
    cols: int
    rows: int
    width: float
    height: float
    left: float
    top: float
    gap_x: float
    gap_y: float


SHEETS = {
    "a4": LabelSheet(3, 7, 63.5 * mm, 38.1 * mm, 7.2 * mm, 15.1 * mm, 2.5 * mm, 0),
    "letter": LabelSheet(3, 10, 2.625 * inch, 1 * inch, 0.1875 * inch, 0.5 * inch, 0.125 * inch, 0),
}


def sticker_list(ctx: PrintContext) -> list[tuple[int, str]]:
    """(number, group) for every countable participant, then the next free numbers to fill
    the last sheet, so latecomers get a sticker too."""
    d = ctx.data
    sheet = SHEETS[ctx.paper]
    per = sheet.cols * sheet.rows
    out = []
    for p in sorted(d.participants, key=lambda p: p.number):
        if p.countable:
            g = d.group(p.group_id)
            out.append((p.number, group_label(ctx, g) if g else ""))
    nxt = max((n for n, _ in out), default=0) + 1
    while not out or len(out) % per:
        out.append((nxt, ""))
        nxt += 1
    return out


def stickers(ctx: PrintContext, out_path: str, title: str) -> None:
    register_fonts()
    size = page_size(ctx)
    sheet = SHEETS[ctx.paper]
    per = sheet.cols * sheet.rows
    cls = canvas_class(ctx, footer_y=(sheet.top - 9 * 2) / 2 + 2)
    c: Canvas = cls(str(out_path), pagesize=size)
    c.setTitle(title)
    c.setAuthor(f"Scorecard {ctx.version}")
    number_word = ctx.tr(QT_TRANSLATE_NOOP("Printables", "Participant"))
    facility = ctx.data.facility.name
    items = sticker_list(ctx)
    for start in range(0, len(items), per):
        for k, (number, group) in enumerate(items[start : start + per]):
            r, col = divmod(k, sheet.cols)
            if ctx.rtl:
                col = sheet.cols - 1 - col
            x = sheet.left + col * (sheet.width + sheet.gap_x)
            y = size[1] - sheet.top - (r + 1) * sheet.height - r * sheet.gap_y
            _label(c, ctx, x, y, sheet, number, group, number_word, facility)
        c.showPage()
    c.save()


def _label(c, ctx, x, y, sheet, number, group, number_word, facility) -> None:
    pad = 3 * mm
    w, h = sheet.width - 2 * pad, sheet.height
    c.setStrokeColorRGB(0.8, 0.8, 0.8)
    c.setLineWidth(0.3)
    c.roundRect(x + 1, y + 1, sheet.width - 2, sheet.height - 2, 3 * mm, stroke=1, fill=0)
    c.setFillColorRGB(0, 0, 0)
    big = min(h * 0.5, 28)
    c.setFont(FONT_BOLD, big)
    c.drawCentredString(x + sheet.width / 2, y + h * 0.3, str(number))
    small = max(6.0, min(8.0, h * 0.16))
    # The group's name is what sorts people into rooms: never cut it. It gets its own line
    # under the label word, in smaller type when it is long.
    c.setFont(FONT, small)
    draw_line(c, x + pad, y + h - pad - small, w, number_word, ctx.rtl, "centre")
    if group:
        size = small
        while size > 5 and stringWidth(plain(group), FONT_BOLD, size) > w:
            size -= 0.25
        lines = wrap_lines(group, FONT_BOLD, size, w)[:2]
        c.setFont(FONT_BOLD, size)
        gy = y + h - pad - small - size * 1.15
        draw_lines(c, x + pad, gy, w, lines, ctx.rtl, "centre", size * 1.1)
    c.setFont(FONT, small)
    bottom = wrap_lines(facility, FONT, small, w)[0]
    draw_line(c, x + pad, y + pad * 0.6, w, bottom, ctx.rtl, "centre")
