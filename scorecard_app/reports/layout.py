"""Pages: paper sizes, styles, the footer on every page, tables that mirror for right-to-left."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A3, A4, LETTER, TABLOID, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from scorecard_app.i18n import QT_TRANSLATE_NOOP

from .context import PrintContext
from .fonts import FONT, FONT_BOLD, register_fonts
from .text import draw_line, isolate, paragraph

PAPERS = {"a4": A4, "letter": LETTER}
WALL_PAPERS = {"a4": landscape(A3), "letter": landscape(TABLOID)}  # wall charts: A3 / 11×17 in
MARGIN = 15 * mm
FOOTER_SPACE = 12 * mm
INK = colors.HexColor("#1a1a1a")
GREY = colors.HexColor("#6b6b6b")
RULE = colors.HexColor("#9a9a9a")
SHADE = colors.HexColor("#e8eef4")


def page_size(ctx: PrintContext, wall: bool = False) -> tuple[float, float]:
    table = WALL_PAPERS if wall else PAPERS
    try:
        return table[ctx.paper]
    except KeyError:
        raise ValueError(f"Unknown paper “{ctx.paper}”; use a4 or letter.") from None


@dataclass
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_centre: ParagraphStyle
    head_centre: ParagraphStyle
    big: ParagraphStyle


def styles(ctx: PrintContext, scale: float = 1.0) -> Styles:
    """Paragraph styles for this language: start-aligned (right in Hebrew), shaping on."""
    register_fonts()
    start = TA_RIGHT if ctx.rtl else TA_LEFT

    def st(name, size, font=FONT, align=start, before=0, after=0, color=INK, keep=0):
        size *= scale
        return ParagraphStyle(
            name,
            fontName=font,
            fontSize=size,
            leading=size * 1.25,
            alignment=align,
            spaceBefore=before,
            spaceAfter=after,
            textColor=color,
            shaping=1,
            keepWithNext=keep,
        )

    return Styles(
        title=st("title", 18, FONT_BOLD, after=2, keep=1),
        subtitle=st("subtitle", 9.5, color=GREY, after=6, keep=1),
        h2=st("h2", 12.5, FONT_BOLD, before=8, after=4, keep=1),
        body=st("body", 10, after=3),
        small=st("small", 8.5, color=GREY),
        cell=st("cell", 9),
        cell_bold=st("cell_bold", 9, FONT_BOLD),
        cell_centre=st("cell_centre", 9, align=TA_CENTER),
        head_centre=st("head_centre", 9, FONT_BOLD, align=TA_CENTER),
        big=st("big", 14, FONT_BOLD, align=TA_CENTER),
    )


class Printout:
    """Builds one printable: a story of flowables in a document with the shared footer."""

    def __init__(self, ctx: PrintContext, wall: bool = False, text_scale: float = 1.0):
        register_fonts()
        self.ctx = ctx
        self.rtl = ctx.rtl
        self.pagesize = page_size(ctx, wall)
        self.s = styles(ctx, text_scale)
        self.story: list[Flowable] = []

    @property
    def width(self) -> float:
        return self.pagesize[0] - 2 * MARGIN

    @property
    def height(self) -> float:
        return self.pagesize[1] - 2 * MARGIN - FOOTER_SPACE

    # ----------------------------------------------------------- adding
    def p(self, text: object, style: ParagraphStyle | None = None) -> Flowable:
        return paragraph(text, style or self.s.body, self.rtl)

    def add(self, *flowables: Flowable) -> None:
        self.story.extend(flowables)

    def text(self, text: object, style: ParagraphStyle | None = None) -> None:
        self.story.append(self.p(text, style))

    def heading(self, title: str, *details: str) -> None:
        """The printable's title, then one grey line of what it is about."""
        self.text(title, self.s.title)
        line = "  ·  ".join(isolate(d) for d in details if d)
        if line:
            self.text(line, self.s.subtitle)

    def h2(self, text: str) -> None:
        self.text(text, self.s.h2)

    def space(self, height_mm: float) -> None:
        self.story.append(Spacer(1, height_mm * mm))

    def table(self, rows, widths, **kw) -> Table:
        """A grid (see `grid`) added to the page."""
        t = self.grid(rows, widths, **kw)
        self.story.append(t)
        return t

    def grid(
        self,
        rows: Sequence[Sequence[object]],
        widths: Sequence[float],
        header_rows: int = 1,
        style: Sequence[tuple] = (),
        min_height: float | None = None,
        cell_style: ParagraphStyle | None = None,
        centred: Sequence[int] = (),
    ) -> Table:
        """A grid with wrapped cells. Columns are given in reading order; in Hebrew the table is
        mirrored (first column on the right) and cells are right-aligned. Style commands use
        reading-order column numbers too. min_height gives body rows room to write in, while a
        row whose text needs more still grows (fixed heights would let text spill out)."""
        n = len(widths)
        cs = cell_style or self.s.cell
        out_rows = []
        for r, row in enumerate(rows):
            cells = []
            for c, v in enumerate(row):
                if isinstance(v, Flowable) or isinstance(v, list):
                    cells.append(v)
                    continue
                st = self.s.cell_bold if r < header_rows else cs
                if c in centred:
                    st = self.s.head_centre if r < header_rows else self.s.cell_centre
                if r < header_rows:
                    st = fit_words(st, str(v), widths[c] - 6)
                cells.append(self.p(v, st))
            out_rows.append(list(reversed(cells)) if self.rtl else cells)
        cmds = [
            ("FONT", (0, 0), (-1, -1), FONT, 9),
            ("GRID", (0, 0), (-1, -1), 0.5, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        if header_rows:
            cmds.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE))
        for cmd in style:
            cmds.append(mirror_command(cmd, n) if self.rtl else cmd)
        ws = list(reversed(widths)) if self.rtl else list(widths)
        heights = None
        if min_height is not None:
            heights = [
                None if r < header_rows else max(min_height, _natural_height(row, ws))
                for r, row in enumerate(out_rows)
            ]
        t = Grid(out_rows, colWidths=ws, rowHeights=heights, repeatRows=header_rows)
        t.hAlign = "RIGHT" if self.rtl else "LEFT"  # stays under the heading when shrunk
        t.setStyle(TableStyle(cmds))
        return t

    # ------------------------------------------------------------ output
    def build(self, out_path: str, title: str) -> None:
        ctx = self.ctx
        frame = Frame(
            MARGIN, MARGIN + FOOTER_SPACE, self.width, self.height, id="body", showBoundary=0
        )
        doc = BaseDocTemplate(
            str(out_path),
            pagesize=self.pagesize,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            title=title,
            author=f"Scorecard {ctx.version}",
            creator=f"Scorecard {ctx.version}",
            lang=ctx.lang,
        )
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        doc.build(list(self.story), canvasmaker=canvas_class(ctx))


def canvas_class(ctx: PrintContext, footer_y: float = MARGIN) -> type[Canvas]:
    """A canvas class that writes this cycle's footer on every page, in the reader's direction."""
    footer = footer_parts(ctx)
    page_word = ctx.tr(QT_TRANSLATE_NOOP("Printables", "Page {page} of {pages}"))
    rtl = ctx.rtl

    class _Canvas(FooterCanvas):
        def __init__(self, *a, **kw):
            # the doc template passes None for these; None would mean Helvetica (not embedded)
            kw["initialFontName"] = kw.get("initialFontName") or FONT
            kw["initialFontSize"] = kw.get("initialFontSize") or 10
            super().__init__(*a, **kw)
            self.footer, self.rtl, self.page_word = footer, rtl, page_word
            self.footer_y = footer_y

    return _Canvas


class Grid(Table):
    """A reportlab Table that measures its cells once: the one-page shrink and drawing wrap
    the same table again (at slightly different available widths), and reportlab would
    measure every cell again each time. Columns given in points and rows in points or natural
    height (all our grids) come out the same whatever the available size; anything relative
    to it is measured per size."""

    def _calc(self, availWidth, availHeight):  # noqa: N803 - reportlab's names
        fixed = all(isinstance(w, (int, float)) for w in self._argW) and all(
            h is None or isinstance(h, (int, float)) for h in self._argH
        )
        key = "fixed" if fixed else (availWidth, availHeight)
        if self.__dict__.get("_measured_for") == key:
            return
        super()._calc(availWidth, availHeight)
        self._measured_for = key


PAD = 3  # reportlab's default cell padding, each side


def _natural_height(row: Sequence[object], widths: Sequence[float]) -> float:
    """Height a table row needs for its content at these column widths."""
    tallest = 0.0
    for cell, w in zip(row, widths, strict=True):
        parts = cell if isinstance(cell, list) else [cell]
        h = sum(f.wrap(w - 2 * PAD, 1e6)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in parts)
        tallest = max(tallest, h)
    return tallest + 2 * PAD + 1


def fit_words(style: ParagraphStyle, text: str, width: float) -> ParagraphStyle:
    """The style, made smaller when a single word of a column title would not fit the column
    (reportlab would otherwise break the word in the middle); never below 6 pt."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    words = text.split()
    if not words or width <= 0:
        return style
    widest = max(stringWidth(w, style.fontName, style.fontSize) for w in words)
    if widest <= width:
        return style
    size = max(6.0, style.fontSize * width / widest)
    return ParagraphStyle(f"{style.name}-fit", parent=style, fontSize=size, leading=size * 1.2)


def footer_parts(ctx: PrintContext) -> tuple[str, str]:
    """First line (facility · round) and second line (printed date · app version)."""
    d = ctx.data
    start = "  ·  ".join(
        isolate(p)
        for p in (
            d.facility.name,
            ctx.fmt(QT_TRANSLATE_NOOP("Printables", "Round {n}"), n=d.cycle.round_no),
        )
    )
    middle = "  ·  ".join(
        isolate(p)
        for p in [
            ctx.fmt(QT_TRANSLATE_NOOP("Printables", "Printed {date}"), date=ctx.date(ctx.today)),
            f"Scorecard {ctx.version}",
        ]
    )
    return start, middle


class FooterCanvas(Canvas):
    """Holds pages back until the end so each footer can say 'page x of y'."""

    footer: tuple[str, str] = ("", "")
    rtl = False
    page_word = "Page {page} of {pages}"
    footer_y = MARGIN

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self):  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_footer(total)
            Canvas.showPage(self)
        Canvas.save(self)

    def _draw_footer(self, total: int) -> None:
        w, _ = self._pagesize
        width = w - 2 * MARGIN
        top = self.footer_y + 9
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN, top + 9, w - MARGIN, top + 9)
        self.setFillColor(GREY)
        self.setFont(FONT, 7.5)
        start, second = self.footer
        page = self.page_word.format(page=self._pageNumber, pages=total)
        # facility · round at the start edge, page x of y at the end edge, date · version below
        draw_line(self, MARGIN, top, width, start, self.rtl, "start")
        draw_line(self, MARGIN, top, width, page, self.rtl, "end")
        draw_line(self, MARGIN, top - 9, width, second, self.rtl, "start")
        self.restoreState()


def mirror_command(cmd: tuple, ncols: int) -> tuple:
    """A TableStyle command with its column numbers mirrored (for right-to-left tables)."""
    name, (c0, r0), (c1, r1), *rest = cmd

    def m(c: int) -> int:
        c = c if c >= 0 else ncols + c
        return ncols - 1 - c

    a, b = sorted((m(c0), m(c1)))
    return (name, (a, r0), (b, r1), *rest)
