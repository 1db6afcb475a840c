"""Vector pictures for printables: score faces and the community-vs-provider bar chart.

A score is never shown by colour or face alone: every face here goes with its number and word.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from scorecard_app.core.scales import Scale

from .fonts import FONT, FONT_BOLD
from .pictograms import draw_pictogram
from .text import base_rtl, draw_line, draw_lines, visual, wrap_lines

# Weakest to strongest; light enough that black features and a black-and-white copy still read.
FACE_FILLS = [colors.HexColor(c) for c in ("#f4a7a3", "#f8c99b", "#fbe7a1", "#cfe8a9", "#9fd89a")]
COMMUNITY = colors.HexColor("#2f5d8a")
PROVIDER = colors.HexColor("#d9a43a")


def draw_face(canv, cx: float, cy: float, r: float, band: int | None, fill: bool = True) -> None:
    """A face for one of the five levels (0 very bad … 4 very good); None draws an empty face."""
    canv.saveState()
    canv.setLineWidth(max(0.6, r / 10))
    canv.setStrokeColor(colors.black)
    if fill and band is not None:
        canv.setFillColor(FACE_FILLS[band])
    else:
        canv.setFillColor(colors.white)
    canv.circle(cx, cy, r, stroke=1, fill=1)
    canv.setFillColor(colors.black)
    if band is None:
        canv.restoreState()
        return
    eye = r * 0.11
    canv.circle(cx - r * 0.33, cy + r * 0.25, eye, stroke=0, fill=1)
    canv.circle(cx + r * 0.33, cy + r * 0.25, eye, stroke=0, fill=1)
    bend = (band - 2) * r * 0.22  # >0 smiles, <0 frowns
    x0, x1, y = cx - r * 0.45, cx + r * 0.45, cy - r * 0.32 + max(bend, 0) * 0.4
    p = canv.beginPath()
    p.moveTo(x0, y)
    p.curveTo(x0 + r * 0.25, y - bend, x1 - r * 0.25, y - bend, x1, y)
    canv.setLineCap(1)
    canv.drawPath(p, stroke=1, fill=0)
    canv.restoreState()


class Face(Flowable):
    """A face of a given diameter, centred in its cell."""

    def __init__(self, band: int | None, size: float, fill: bool = True):
        super().__init__()
        self.band, self.size, self.fill = band, size, fill
        self._w = size

    def wrap(self, avail_width, avail_height):
        self._w = min(avail_width, max(self.size, avail_width))
        return self._w, self.size

    def draw(self):
        draw_face(self.canv, self._w / 2, self.size / 2, self.size / 2 - 0.5, self.band, self.fill)


def band_of(scale: Scale, value: float | None) -> int | None:
    return None if value is None else scale.band(value)


@dataclass
class BarRow:
    label: str
    community: float | None
    provider: float | None
    note: str = ""  # e.g. the gap, written beside the bars
    detail: str = ""  # e.g. the main reason, in its own column at the end
    pictogram: str = ""  # the indicator's symbol, drawn with its number at the row's start
    number: int = 0  # the indicator's number on the session's cards (0: no symbol column)


class CompareBars(Flowable):
    """Per indicator: its name, a community bar and a provider bar on the cycle's scale.

    Each bar carries its number; the two sides differ in colour AND fill (solid vs outlined),
    so the chart still reads in black and white. Columns run label | bars | note | detail in
    reading order, mirrored for right-to-left readers.
    """

    def __init__(
        self,
        rows: Sequence[BarRow],
        scale: Scale,
        number: Callable[[float | None], str],
        rtl: bool,
        font_size: float = 9,
        label_share: float = 0.36,
        note_width: float = 0,
        detail_share: float = 0,
        header: Sequence[str] = (),
        faces: bool = False,
    ):
        super().__init__()
        self.faces = faces  # a face beside the community's number, for those who don't read
        self.header = list(header)  # column titles: label, bars, note, detail (repeated on split)
        self.rows, self.scale, self.number, self.rtl = list(rows), scale, number, rtl
        self.fs, self.label_share, self.note_width = font_size, label_share, note_width
        self.detail_share = detail_share
        self._heights: list[float] = []
        self._w = 0.0

    def _kw(self) -> dict:
        return dict(
            font_size=self.fs,
            label_share=self.label_share,
            note_width=self.note_width,
            detail_share=self.detail_share,
            header=self.header,
            faces=self.faces,
        )

    @property
    def _badge(self) -> float:
        """Side of the symbol square at each row's start (0 when the rows carry none)."""
        return max(self.fs * 2.3 + 2, 9 * mm) if any(r.number for r in self.rows) else 0.0

    def _layout(self, width: float) -> None:
        self._w = width
        fs, small = self.fs, self.fs * 0.85
        lw = width * self.label_share - 6 - self._badge
        dw = width * self.detail_share - 6
        self._lines = [wrap_lines(r.label, FONT, fs, lw)[:3] for r in self.rows]
        self._details = [
            wrap_lines(r.detail, FONT, small, dw)[:3] if dw > 0 and r.detail else []
            for r in self.rows
        ]
        bar_h = fs * 1.15
        self._heights = [
            max(len(ls) * fs * 1.2, len(ds) * small * 1.2, 2 * bar_h + 2, self._badge) + 8
            for ls, ds in zip(self._lines, self._details, strict=True)
        ]

    @property
    def _head_h(self) -> float:
        return self.fs * 1.9 if self.header else 0.0

    def wrap(self, avail_width, avail_height):
        self._layout(avail_width)
        return avail_width, sum(self._heights) + self._head_h

    def split(self, avail_width, avail_height):
        self._layout(avail_width)
        used, n = self._head_h, 0
        for h in self._heights:
            if used + h > avail_height:
                break
            used += h
            n += 1
        if n == 0 or n == len(self.rows):
            return [] if n == 0 else [self]
        return [
            CompareBars(self.rows[:n], self.scale, self.number, self.rtl, **self._kw()),
            CompareBars(self.rows[n:], self.scale, self.number, self.rtl, **self._kw()),
        ]

    def _x(self, x: float, width: float) -> float:
        """Physical left edge of a box given by its logical start and width."""
        return self._w - x - width if self.rtl else x

    def draw(self):
        c, w, fs = self.canv, self._w, self.fs
        small = fs * 0.85
        label_w = w * self.label_share
        detail_w = w * self.detail_share
        face_w = fs * 1.6 if self.faces else 0.0
        num_w = fs * 3.2 + face_w
        bar_area = w - label_w - detail_w - self.note_width - num_w - 6
        bar_h = fs * 1.15
        badge = self._badge
        # Bars start at the scale's lowest mark, so their length is the distance up the scale;
        # the lowest mark itself shows as a short stub with its number.
        lo, hi = self.scale.minimum, self.scale.maximum
        y_top = sum(self._heights)
        if self.header:
            self._draw_header(y_top, label_w, bar_area + num_w, detail_w)
        rows = zip(self.rows, self._lines, self._details, self._heights, strict=True)
        for row, lines, details, h in rows:
            y_top -= h
            c.setStrokeColor(colors.HexColor("#cccccc"))
            c.setLineWidth(0.4)
            c.line(0, y_top, w, y_top)
            c.setFillColor(colors.black)
            c.setFont(FONT, fs)
            ty = y_top + h - 4 - fs
            if badge and row.number:
                Badge(row.number, badge, row.pictogram).drawOn(
                    c, self._x(0, badge), y_top + (h - badge) / 2
                )
                c.setFillColor(colors.black)
                c.setFont(FONT, fs)
            lx, lw = (badge + 4, label_w - 10 - badge) if badge else (0, label_w - 6)
            base = base_rtl(row.label, self.rtl)
            for line in lines:
                draw_line(c, self._x(lx, lw), ty, lw, line, self.rtl, "start", base)
                ty -= fs * 1.2
            by = y_top + h / 2 + 1
            for value, colour, solid, y in (
                (row.community, COMMUNITY, True, by),
                (row.provider, PROVIDER, False, by - bar_h - 2),
            ):
                length = 0.0 if value is None else (value - lo) / (hi - lo) * bar_area
                if value is not None:
                    length = max(length, 3.0)
                c.setFillColor(colour)
                c.setStrokeColor(colour)
                c.setLineWidth(1.2)
                if length > 0:
                    c.rect(self._x(label_w, length), y, length, bar_h, stroke=1, fill=int(solid))
                c.setFillColor(colors.black)
                c.setFont(FONT_BOLD, fs)
                nx = self._x(label_w + length + 3, num_w - face_w)
                text = self.number(value)
                draw_line(c, nx, y + bar_h * 0.2, num_w - face_w, text, self.rtl, "start")
                if face_w and solid and value is not None:
                    tw = stringWidth(text, FONT_BOLD, fs)
                    fx = label_w + length + 3 + tw + fs * 0.5 + face_w / 2
                    cx = self._w - fx if self.rtl else fx
                    draw_face(c, cx, y + bar_h / 2, face_w / 2, self.scale.band(value))
            x = w - detail_w - self.note_width
            if row.note and self.note_width:
                c.setFont(FONT_BOLD, fs)
                nx = self._x(x, self.note_width)
                draw_line(c, nx, by - bar_h / 2, self.note_width, row.note, self.rtl, "centre")
            if details:
                c.setFont(FONT, small)
                c.setFillColor(colors.HexColor("#333333"))
                ty = y_top + h - 4 - small
                dx = self._x(w - detail_w, detail_w)
                draw_lines(c, dx, ty, detail_w, details, self.rtl, "start", small * 1.2)

    def _draw_header(self, y: float, label_w: float, bars_w: float, detail_w: float) -> None:
        c, fs = self.canv, self.fs
        c.setFont(FONT_BOLD, fs * 0.9)
        c.setFillColor(colors.HexColor("#444444"))
        y += fs * 0.6
        names = self.header + [""] * (4 - len(self.header))
        spans = [
            (0, label_w - 6),
            (label_w, bars_w),
            (label_w + bars_w + 6, self.note_width),
            (self._w - detail_w, detail_w),
        ]
        for name, (x, width) in zip(names, spans, strict=True):
            if name and width > 0:
                draw_line(c, self._x(x, width), y, width, name, self.rtl, "start")


class Legend(Flowable):
    """Two swatches naming the community and provider bars."""

    def __init__(self, community: str, provider: str, rtl: bool, font_size: float = 9):
        super().__init__()
        self.items = [(community, COMMUNITY, True), (provider, PROVIDER, False)]
        self.rtl, self.fs = rtl, font_size
        self._w = 0.0

    def wrap(self, avail_width, avail_height):
        self._w = avail_width
        return avail_width, self.fs * 1.8

    def draw(self):
        from reportlab.pdfbase.pdfmetrics import stringWidth

        c, fs = self.canv, self.fs
        x = self._w if self.rtl else 0.0
        for text, colour, solid in self.items:
            sw = fs * 2
            tw = stringWidth(text, FONT, fs)
            c.setFillColor(colour)
            c.setStrokeColor(colour)
            c.setLineWidth(1.2)
            bx = x - sw if self.rtl else x
            c.rect(bx, 2, sw, fs, stroke=1, fill=1 if solid else 0)
            c.setFillColor(colors.black)
            c.setFont(FONT, fs)
            tx = bx - 4 - tw if self.rtl else bx + sw + 4
            draw_line(c, tx, 3, tw, text, self.rtl, "start")
            step = sw + tw + 4 + fs * 2
            x = x - step if self.rtl else x + step


class Badge(Flowable):
    """An indicator's symbol: its pictogram (when we draw one) and its number in a rounded
    square, so people who don't read can match the rows of a sheet with the session's cards."""

    def __init__(self, number: int, size: float, pictogram: str = ""):
        super().__init__()
        self.number, self.size, self.pictogram = number, size, pictogram
        self._w = size

    def wrap(self, avail_width, avail_height):
        self._w = max(self.size, avail_width)
        return self._w, self.size

    def draw(self):
        c, s = self.canv, self.size
        x = (self._w - s) / 2
        c.saveState()
        c.setStrokeColor(colors.black)
        c.setFillColor(colors.HexColor("#eef2f6"))
        c.setLineWidth(1)
        c.roundRect(x, 0, s, s, s * 0.18, stroke=1, fill=1)
        c.setFillColor(colors.black)
        # the symbol fills most of the square (recognised at arm's length); its number sits
        # small in the corner
        if draw_pictogram(c, self.pictogram, x + s * 0.26, s * 0.04, s * 0.7):
            c.setFont(FONT_BOLD, s * 0.26)
            c.drawString(x + s * 0.07, s * 0.7, str(self.number))
        else:
            c.setFont(FONT_BOLD, s * 0.5)
            c.drawCentredString(x + s / 2, s * 0.32, str(self.number))
        c.restoreState()


class FaceRow(Flowable):
    """The scale's five faces side by side, each with its number underneath: circle or tick one."""

    def __init__(
        self,
        labels: Sequence[str],
        size: float,
        fill: bool = False,
        rtl: bool = False,
        numbers: bool = True,
    ):
        super().__init__()
        self.labels, self.size, self.fill, self.rtl = list(labels), size, fill, rtl
        self.numbers = numbers  # False: faces only (the numbers are given once, above)
        self._w = 0.0

    @property
    def _under(self) -> float:
        return self.size * 0.55 if self.numbers else 0.0

    def wrap(self, avail_width, avail_height):
        self._w = avail_width
        return avail_width, self.size + self._under

    def draw(self):
        c, s, n = self.canv, self.size, len(self.labels)
        step = self._w / n
        for i, label in enumerate(self.labels):
            slot = n - 1 - i if self.rtl else i  # weakest on the reader's start side
            cx = step * slot + step / 2
            draw_face(c, cx, self._under + s / 2, s / 2 - 0.5, i, self.fill)
            if not self.numbers:
                continue
            c.setFont(FONT_BOLD, s * 0.4)
            c.setFillColor(colors.black)
            c.drawCentredString(cx, 0, visual(label, self.rtl))
