"""Bits several printables share: the line under a title, the scale legend, blank rows."""

from __future__ import annotations

from reportlab.lib.units import mm

from scorecard_app.core.entities import GROUP_TYPES
from scorecard_app.core.scales import FACE_WORDS
from scorecard_app.i18n import QT_TRANSLATE_NOOP

from .charts import Face, FaceRow
from .context import PrintContext
from .layout import Printout


def about_line(ctx: PrintContext, *extra: str) -> list[str]:
    """Facility, village, round, and whatever else the title needs underneath."""
    c = ctx.data.cycle
    parts = [*extra, ctx.data.facility.name, c.village]
    parts.append(ctx.fmt(QT_TRANSLATE_NOOP("Printables", "Round {n}"), n=c.round_no))
    return [p for p in parts if p]


def group_label(ctx: PrintContext, group) -> str:
    """A group's own name, with its kind when the name alone doesn't say it."""
    return group.name or ctx.tr(GROUP_TYPES.get(group.type, "Other"), "Vocabulary")


def band_ranges(ctx: PrintContext) -> list[str]:
    """The numbers each of the five words covers on this cycle's scale ('4' or '7–8.5')."""
    scale = ctx.cycle.scale
    out = []
    for band in range(5):
        levels = [v for v in scale.levels if scale.band(v) == band]
        if not levels:
            out.append("–")
        elif len(levels) == 1:
            out.append(ctx.num(levels[0]))
        else:
            out.append(ctx.ltr(f"{ctx.num(levels[0])}–{ctx.num(levels[-1])}"))
    return out


def scale_legend(out: Printout, face_size: float = 11 * mm) -> None:
    """The scale as faces, words and numbers, in one row, weakest on the reader's start side."""
    ctx = out.ctx
    ranges = band_ranges(ctx)
    words = [ctx.tr(w, "Scale") for w in FACE_WORDS]
    cells_face = [Face(i, face_size) for i in range(5)]
    cells_word = [out.p(f"{w}", out.s.cell_centre) for w in words]
    cells_num = [out.p(r, out.s.big) for r in ranges]
    w = out.width / 5
    out.table([cells_face, cells_num, cells_word], [w] * 5, header_rows=0)


def blank_faces(ctx: PrintContext, size: float) -> FaceRow:
    """Five empty-coloured faces with their numbers, for someone to circle one."""
    return FaceRow(band_ranges(ctx), size, fill=False, rtl=ctx.rtl)


def line_field(ctx: PrintContext, label: str, width_chars: int = 18) -> str:
    """'Date: ________' — a label and room to write."""
    return f"{label}: " + "_" * width_chars
