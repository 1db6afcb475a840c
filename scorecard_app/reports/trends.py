"""Trends across every round: a small chart per indicator — the community's and the providers'
scores round by round, in this round's scale units, with the gap under each round.

Two sizes: A4 portrait to hand out (two charts a row) and A3 landscape for the wall (three a
row, larger type). Rounds run in the reader's direction: oldest on the right in Hebrew.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from scorecard_app.core.aggregation import SCALE_RULE, IndicatorTrend
from scorecard_app.core.scales import Scale
from scorecard_app.i18n import QT_TRANSLATE_NOOP

from .charts import COMMUNITY, PROVIDER, Badge, Legend
from .common import about_line
from .context import PrintContext
from .fonts import FONT, FONT_BOLD
from .layout import Printout
from .text import base_rtl, draw_line, draw_lines, wrap_lines

GRID = colors.HexColor("#cccccc")


class TrendChart(Flowable):
    """One indicator across rounds: paired bars (community solid, providers outlined) rising
    from the scale's lowest mark, each with its number; the round and the gap underneath."""

    def __init__(
        self,
        trend: IndicatorTrend,
        label: str,
        number: int,
        scale: Scale,
        fmt: Callable[[float | None], str],
        signed: Callable[[float | None], str],
        round_label: Callable[[int], str],
        gap_word: str,
        rtl: bool,
        height: float,
        font_size: float = 8,
    ):
        super().__init__()
        self.trend, self.label, self.number = trend, label, number
        self.scale, self.fmt, self.signed = scale, fmt, signed
        self.round_label, self.gap_word, self.rtl = round_label, gap_word, rtl
        self.height, self.fs = height, font_size
        self._w = 0.0

    def wrap(self, avail_width, avail_height):
        self._w = avail_width
        return avail_width, self.height

    def _x(self, x: float, width: float = 0.0) -> float:
        return self._w - x - width if self.rtl else x

    def draw(self):
        c, w, h, fs = self.canv, self._w, self.height, self.fs
        badge = fs * 3.6
        # title: the indicator's symbol and name
        Badge(self.number, badge, self.trend.indicator.pictogram).drawOn(
            c, self._x(0, badge), h - badge
        )
        c.setFillColor(colors.black)
        c.setFont(FONT_BOLD, fs)
        lw = w - badge - 4
        lines = wrap_lines(self.label, FONT_BOLD, fs, lw)[:3]
        draw_lines(
            c,
            self._x(badge + 4, lw),
            h - fs * 1.1,
            lw,
            lines,
            self.rtl,
            "start",
            fs * 1.2,
            base_rtl(self.label, self.rtl),
        )
        # plot
        axis_w = fs * 2.6
        bottom = fs * 3.2  # round labels and gaps below the bars
        top = h - badge - fs * 1.6  # room for the numbers above the tallest bars
        plot_h = top - bottom
        lo, hi = self.scale.minimum, self.scale.maximum
        c.setFont(FONT, fs * 0.85)
        c.setStrokeColor(GRID)
        c.setLineWidth(0.5)
        for v in (lo, (lo + hi) / 2, hi):
            y = bottom + (v - lo) / (hi - lo) * plot_h
            c.line(self._x(axis_w), y, self._x(w), y)
            c.setFillColor(colors.HexColor("#555555"))
            draw_line(
                c, self._x(0, axis_w - 3), y - fs * 0.3, axis_w - 3, self.fmt(v), self.rtl, "end"
            )
        points = self.trend.points
        slot = (w - axis_w) / max(1, len(points))
        bar = min(slot * 0.32, fs * 3)
        for i, p in enumerate(points):
            x0 = axis_w + slot * i + (slot - 2 * bar - 2) / 2
            for k, (value, colour, solid) in enumerate(
                ((p.community, COMMUNITY, True), (p.provider, PROVIDER, False))
            ):
                bx = x0 + k * (bar + 2)
                c.setFillColor(colour)
                c.setStrokeColor(colour)
                c.setLineWidth(1.1)
                if value is not None:
                    length = max(2.0, (value - lo) / (hi - lo) * plot_h)
                    c.rect(self._x(bx, bar), bottom, bar, length, stroke=1, fill=int(solid))
                    c.setFillColor(colors.black)
                    c.setFont(FONT_BOLD, fs)
                    draw_line(
                        c, self._x(bx - 4, bar + 8), bottom + length + 2, bar + 8,
                        self.fmt(value), self.rtl, "centre",
                    )  # fmt: skip
            c.setFillColor(colors.black)
            c.setFont(FONT_BOLD, fs * 0.9)
            cx = axis_w + slot * i
            draw_line(
                c, self._x(cx, slot), bottom - fs * 1.3, slot, self.round_label(p.round_no),
                self.rtl, "centre",
            )  # fmt: skip
            if p.gap is not None:
                c.setFont(FONT, fs * 0.85)
                gap = f"{self.gap_word} {self.signed(p.gap)}"
                draw_line(c, self._x(cx, slot), bottom - fs * 2.6, slot, gap, self.rtl, "centre")


def _trend_sheet(ctx: PrintContext, wall: bool) -> Printout:
    out = Printout(ctx, wall=wall, text_scale=1.3 if wall else 1.0)
    title = ctx.tr(
        QT_TRANSLATE_NOOP("Printables", "Trends across rounds: wall chart")
        if wall
        else QT_TRANSLATE_NOOP("Printables", "Trends across rounds")
    )
    out.heading(title, *about_line(ctx))
    trends = ctx.trends
    if len(trends.rounds) < 2:
        out.text(
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "This is the first round: no earlier scores.")),
            out.s.body,
        )
    note = ctx.fmt(
        QT_TRANSLATE_NOOP("Printables", "Scores of rounds {rounds} on the scale {scale}."),
        rounds=f" {ctx.arrow} ".join(ctx.num(n) for n in trends.rounds),
        scale=ctx.tr(trends.scale.name, "Scale"),
    )
    if trends.converted:
        note += " " + ctx.tr(SCALE_RULE, "Scale")
    out.text(note, out.s.small)
    fs = 11.0 if wall else 8.0
    out.add(
        Legend(
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Community")),
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Service provider")),
            ctx.rtl,
            font_size=fs,
        )
    )
    out.space(2)
    per_row = 3 if wall else 2
    col = out.width / per_row
    height = (out.height - 40 * mm) / (2 if wall else 4)
    round_word = ctx.tr(QT_TRANSLATE_NOOP("Printables", "R{n}"))
    gap_word = ctx.tr(QT_TRANSLATE_NOOP("Printables", "Gap"))
    charts = [
        TrendChart(
            t,
            ctx.indicator(t.indicator),
            n,
            trends.scale,
            ctx.num,
            ctx.signed,
            lambda rn: round_word.format(n=ctx.num(rn)),
            gap_word,
            ctx.rtl,
            height - 8,
            fs,
        )
        for n, t in enumerate(trends.indicators, 1)
    ]
    rows = [charts[i : i + per_row] for i in range(0, len(charts), per_row)]
    if rows:
        rows[-1] += [""] * (per_row - len(rows[-1]))
        rows = [list(reversed(r)) for r in rows] if ctx.rtl else rows
        t = Table(rows, colWidths=[col] * per_row, rowHeights=height)
        t.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FONT, 9),  # empty cells too: never Helvetica
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 5),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
                ]
            )
        )
        out.add(t)
    return out


def trend_report(ctx: PrintContext) -> Printout:
    """A4: every indicator's chart across all rounds, two to a row."""
    return _trend_sheet(ctx, wall=False)


def trend_wall(ctx: PrintContext) -> Printout:
    """A3 landscape for the wall: the same charts, three to a row, larger type."""
    return _trend_sheet(ctx, wall=True)
