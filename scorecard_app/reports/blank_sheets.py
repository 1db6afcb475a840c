"""Blank sheets for the session: score sheets, ballots and tallies, attendance, input tracking,
issue prioritisation and the action plan form. What the cycle already knows is filled in."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak

from scorecard_app.core.scales import FACE_WORDS
from scorecard_app.i18n import QT_TRANSLATE_NOOP

from .charts import Badge, Face, FaceRow
from .common import about_line, band_ranges, blank_faces, group_label, line_field, scale_legend
from .context import PrintContext
from .fonts import FONT
from .layout import RULE, Printout
from .text import joined

_P = "Printables"


def _indicators_for(ctx: PrintContext, group) -> list:
    d = ctx.data
    inds = d.indicators if group is not None and group.is_provider else d.shared_indicators
    return sorted(inds, key=lambda i: i.position)


def _session_fields(out: Printout) -> None:
    ctx = out.ctx
    out.text(
        "     ".join(
            [
                line_field(ctx, ctx.tr(QT_TRANSLATE_NOOP("Printables", "Date"))),
                line_field(ctx, ctx.tr(QT_TRANSLATE_NOOP("Printables", "Facilitator")), 24),
            ]
        )
    )
    out.space(2)


def score_sheet(ctx: PrintContext) -> Printout:
    """One sheet per group: each indicator with its symbol, faces to circle, reason, suggestion."""
    out = Printout(ctx)
    title = ctx.tr(QT_TRANSLATE_NOOP("Printables", "Score sheet"))
    groups = ctx.data.groups or [None]
    faces5 = ctx.cycle.scale_code == "faces5"
    for n, g in enumerate(groups):
        if n:
            out.add(PageBreak())
        out.heading(title, *about_line(ctx, group_label(ctx, g) if g else ""))
        _session_fields(out)
        scale_legend(out, 9 * mm)
        out.space(3)
        header = [
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "No.")),
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Indicator")),
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Score")),
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Reason")),
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Suggestion")),
        ]
        rows = [header]
        for i, ind in enumerate(_indicators_for(ctx, g), 1):
            score = blank_faces(ctx, 6.5 * mm) if faces5 else ""
            rows.append([Badge(i, 19 * mm, ind.pictogram), ctx.indicator(ind), score, "", ""])
        w = out.width
        widths = [22 * mm, w * 0.23, 50 * mm if faces5 else 22 * mm]
        rest = w - sum(widths)
        widths += [rest / 2, rest / 2]
        out.table(rows, widths, min_height=23 * mm)
    return out


def _one_ballot(out: Printout, width: float, face: float, badge: float) -> list:
    """One participant's ballot as flowables: its title, fields, the scale's faces with their
    numbers once, then a row per indicator — its symbol and five faces to circle."""
    ctx = out.ctx
    title = ctx.tr(QT_TRANSLATE_NOOP("Printables", "Ballot"))
    fields = "   ".join(
        [
            line_field(ctx, ctx.tr(QT_TRANSLATE_NOOP("Printables", "Participant number")), 6),
            line_field(ctx, ctx.tr(QT_TRANSLATE_NOOP("Printables", "Group")), 12),
        ]
    )
    instruction = ctx.tr(
        QT_TRANSLATE_NOOP(
            "Printables", "Circle one face for each indicator. Do not write your name."
        )
    )
    faces_w = face * 1.3 * 5
    text_w = width - badge - 2 * mm - faces_w
    legend = out.grid(
        [["", out.p(instruction, out.s.small), blank_faces(ctx, face * 0.8)]],
        [badge + 2 * mm, text_w, faces_w],
        header_rows=0,
        style=[("GRID", (0, 0), (-1, -1), 0, colors.white), ("VALIGN", (0, 0), (-1, -1), "BOTTOM")],
    )
    rows = [
        [
            Badge(i, badge, ind.pictogram),
            ctx.indicator(ind),
            FaceRow(band_ranges(ctx), face, rtl=ctx.rtl, numbers=False),
        ]
        for i, ind in enumerate(_indicators_for(ctx, None), 1)
    ]
    body = out.grid(
        rows,
        [badge + 2 * mm, text_w, faces_w],
        header_rows=0,
        style=[("VALIGN", (0, 0), (-1, -1), "MIDDLE")],
    )
    return [
        out.p(title, out.s.h2),
        out.p(joined("  ·  ", about_line(ctx)), out.s.small),
        out.p(fields, out.s.body),
        legend,
        body,
    ]


def ballot(ctx: PrintContext) -> Printout:
    """Ballots each participant marks alone — two to a landscape page, to copy and cut apart,
    when the indicators fit — then a tally sheet per group for counting hands."""
    from reportlab.lib.pagesizes import landscape
    from reportlab.platypus import Table, TableStyle

    out = Printout(ctx)
    out.pagesize = landscape(out.pagesize)
    inds = _indicators_for(ctx, None)
    face, badge = 8.5 * mm, 10 * mm
    row_h = max(face, badge) + 2.5 * mm
    two = len(inds) * row_h + 42 * mm <= out.height
    gutter = 8 * mm
    col = (out.width - gutter) / 2 if two else out.width
    if two:
        cells = [
            _one_ballot(out, col - 8, face, badge),
            "",
            _one_ballot(out, col - 8, face, badge),
        ]
        t = Table([cells], colWidths=[col, gutter, col])
        t.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FONT, 9),  # empty cells too: never Helvetica
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    # the cutting line between the two ballots
                    ("LINEAFTER", (0, 0), (0, 0), 0.8, RULE, None, (4, 3)),
                ]
            )
        )
        out.add(t)
    else:
        out.add(*_one_ballot(out, col, face, badge))

    # The tally sheet: one column per level of the scale, its face on top, hands counted in.
    out_tally(out, inds)
    return out


def out_tally(out: Printout, inds: list) -> None:
    ctx = out.ctx
    tally_title = ctx.tr(QT_TRANSLATE_NOOP("Printables", "Tally sheet"))
    words = [ctx.tr(w, "Scale") for w in FACE_WORDS]
    ranges = band_ranges(ctx)
    for g in ctx.data.community_groups or [None]:
        out.add(PageBreak())
        out.heading(tally_title, *about_line(ctx, group_label(ctx, g) if g else ""))
        out.text(
            ctx.tr(
                QT_TRANSLATE_NOOP(
                    "Printables", "Count the hands raised for each level and write the number."
                )
            ),
            out.s.small,
        )
        out.space(2)
        header = [
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "No.")),
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Indicator")),
        ]
        header += [
            [Face(band, 12 * mm), out.p(r, out.s.big), out.p(w, out.s.head_centre)]
            for band, (r, w) in enumerate(zip(ranges, words, strict=True))
        ]
        rows = [header] + [
            [Badge(i, 15 * mm, ind.pictogram), ctx.indicator(ind), "", "", "", "", ""]
            for i, ind in enumerate(inds, 1)
        ]
        cw = (out.width - 19 * mm - out.width * 0.3) / 5
        out.table(
            rows,
            [19 * mm, out.width * 0.3] + [cw] * 5,
            min_height=17 * mm,
            centred=(0, 2, 3, 4, 5, 6),
        )


GENDER_CODES = (
    # the letter written on the sheet for each gender: translated, so a Hebrew sheet uses
    # Hebrew letters
    (QT_TRANSLATE_NOOP("Printables", "F"), "female"),
    (QT_TRANSLATE_NOOP("Printables", "M"), "male"),
    (QT_TRANSLATE_NOOP("Printables", "O"), "other"),
)


def attendance_legend(ctx: PrintContext) -> str:
    """What to write in the gender and age columns, in the sheet's language."""
    from scorecard_app.core.entities import GENDERS

    codes = ", ".join(
        f"{ctx.tr(code)} = {ctx.tr(GENDERS[g], 'Vocabulary')}" for code, g in GENDER_CODES
    )
    return ctx.fmt(
        QT_TRANSLATE_NOOP(
            "Printables",
            "Gender: {codes}. Age band: under 18, 18–24, 25–34, 35–49, 50–64, 65+. "
            "Tick what applies; the name is optional.",
        ),
        codes=codes,
    )


ATTRIBUTE_HEADERS = (
    QT_TRANSLATE_NOOP("Printables", "Disability"),
    QT_TRANSLATE_NOOP("Printables", "Minority"),
    QT_TRANSLATE_NOOP("Printables", "Poor"),
    QT_TRANSLATE_NOOP("Printables", "Youth"),
)


def attendance(ctx: PrintContext) -> Printout:
    """Who came, without names if they prefer: number, gender, age band, tick boxes."""
    from reportlab.lib.pagesizes import landscape

    out = Printout(ctx)
    out.pagesize = landscape(out.pagesize)  # nine columns need the width
    title = ctx.tr(QT_TRANSLATE_NOOP("Printables", "Attendance sheet"))
    rows_per_page = 13
    for n, g in enumerate(ctx.data.groups or [None]):
        if n:
            out.add(PageBreak())
        out.heading(title, *about_line(ctx, group_label(ctx, g) if g else ""))
        _session_fields(out)
        out.text(attendance_legend(ctx), out.s.small)
        out.space(2)
        header = [
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "No.")),
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Name (optional)")),
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Gender")),
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Age band")),
            *[ctx.tr(h) for h in ATTRIBUTE_HEADERS],
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Signature or thumbprint")),
        ]
        people = [p for p in ctx.data.participants_of(g.id) if p.countable] if g else []
        numbers = [p.number for p in people]
        # empty rows are numbered on from the last participant, for people who arrive later
        nxt = max(numbers, default=0) + 1
        while len(numbers) < rows_per_page:
            numbers.append(nxt)
            nxt += 1
        numbers = [str(n) for n in numbers]
        rows = [header] + [[num] + [""] * 8 for num in numbers]
        w = out.width
        tick = 24 * mm
        widths = [12 * mm, w * 0.22, 20 * mm, 22 * mm, tick, tick, tick, tick]
        widths.append(w - sum(widths))
        out.table(
            rows,
            widths,
            min_height=8.5 * mm,
            cell_style=out.s.cell_centre,
            centred=(0, 2, 3, 4, 5, 6, 7),
        )
    return out


def input_tracking(ctx: PrintContext) -> Printout:
    """The input tracking matrix: what was promised, where that is written, what is there."""
    from reportlab.lib.pagesizes import landscape

    out = Printout(ctx)
    out.pagesize = landscape(out.pagesize)  # seven columns whose titles must not break
    title = ctx.tr(QT_TRANSLATE_NOOP("Printables", "Input tracking matrix"))
    out.heading(title, *about_line(ctx))
    _session_fields(out)
    header = [
        ctx.tr(QT_TRANSLATE_NOOP("Printables", "Input or service")),
        ctx.tr(QT_TRANSLATE_NOOP("Printables", "Unit")),
        ctx.tr(QT_TRANSLATE_NOOP("Printables", "Entitlement")),
        ctx.tr(QT_TRANSLATE_NOOP("Printables", "Source of entitlement")),
        ctx.tr(QT_TRANSLATE_NOOP("Printables", "Actual")),
        ctx.tr(QT_TRANSLATE_NOOP("Printables", "Gap")),
        ctx.tr(QT_TRANSLATE_NOOP("Printables", "Remarks")),
    ]
    rows = [header]
    for it in ctx.data.input_items:
        rows.append(
            [
                it.item,
                it.unit,
                ctx.num(it.entitlement) if it.entitlement is not None else "",
                it.source,
                ctx.num(it.actual) if it.actual is not None else "",
                ctx.signed(it.gap) if it.gap is not None else "",
                it.remarks,
            ]
        )
    rows += [[""] * 7 for _ in range(max(4, 10 - len(rows)))]
    w = out.width
    widths = [w * 0.2, w * 0.12, w * 0.12, w * 0.18, w * 0.1, w * 0.09]
    widths.append(w - sum(widths))
    out.table(rows, widths, min_height=11 * mm)
    return out


def issue_sheet(ctx: PrintContext) -> Printout:
    """Issues raised so far, with room for more, votes and the agreed rank."""
    out = Printout(ctx)
    title = ctx.tr(QT_TRANSLATE_NOOP("Printables", "Issue prioritisation sheet"))
    out.heading(title, *about_line(ctx))
    _session_fields(out)
    out.text(
        ctx.tr(
            QT_TRANSLATE_NOOP(
                "Printables",
                "Write each issue once. Everyone gives their votes; the issues with most votes "
                "become indicators.",
            )
        ),
        out.s.small,
    )
    out.space(2)
    header = [
        ctx.tr(QT_TRANSLATE_NOOP("Printables", "No.")),
        ctx.tr(QT_TRANSLATE_NOOP("Printables", "Issue")),
        ctx.tr(QT_TRANSLATE_NOOP("Printables", "Raised by")),
        ctx.tr(QT_TRANSLATE_NOOP("Printables", "Votes")),
        ctx.tr(QT_TRANSLATE_NOOP("Printables", "Rank")),
    ]
    rows = [header]
    issues = [i for i in ctx.data.issues if i.merged_into is None]
    issues.sort(key=lambda i: -i.votes)
    for n, iss in enumerate(issues, 1):
        g = ctx.data.group(iss.group_id)
        rows.append([str(n), iss.text, group_label(ctx, g) if g else "", "", ""])
    start = len(rows)
    rows += [[str(n), "", "", "", ""] for n in range(start, max(start + 4, 20))]
    w = out.width
    widths = [11 * mm, w * 0.5, w * 0.2, w * 0.12]
    widths.append(w - sum(widths))
    out.table(rows, widths, min_height=10 * mm, centred=(0, 3, 4))
    return out


SIGNATORIES = (
    QT_TRANSLATE_NOOP("Printables", "Service provider"),
    QT_TRANSLATE_NOOP("Printables", "Community representative"),
    QT_TRANSLATE_NOOP("Printables", "Local official"),
)


def signature_block(out: Printout) -> None:
    """Three signatures: provider, community representative, official."""
    ctx = out.ctx
    name = ctx.tr(QT_TRANSLATE_NOOP("Printables", "Name"))
    sign = ctx.tr(QT_TRANSLATE_NOOP("Printables", "Signature"))
    date = ctx.tr(QT_TRANSLATE_NOOP("Printables", "Date"))
    cells = [
        [
            out.p(ctx.tr(role), out.s.cell_bold),
            out.p(f"{name}:\n\n{sign}:\n\n{date}:", out.s.cell),
        ]
        for role in SIGNATORIES
    ]
    out.h2(ctx.tr(QT_TRANSLATE_NOOP("Printables", "Signatures")))
    w = out.width / 3
    out.table([cells], [w] * 3, header_rows=0, min_height=34 * mm)


def action_plan_form(ctx: PrintContext) -> Printout:
    """The blank joint action plan, one row per indicator, with the signature lines."""
    from reportlab.lib.pagesizes import landscape

    out = Printout(ctx)
    out.pagesize = landscape(out.pagesize)
    title = ctx.tr(QT_TRANSLATE_NOOP("Printables", "Action plan form"))
    out.heading(title, *about_line(ctx))
    _session_fields(out)
    header = [
        ctx.tr(QT_TRANSLATE_NOOP("Printables", "Indicator or issue")),
        ctx.tr(QT_TRANSLATE_NOOP("Printables", "Action")),
        ctx.tr(QT_TRANSLATE_NOOP("Printables", "Responsible")),
        ctx.tr(QT_TRANSLATE_NOOP("Printables", "Institution")),
        ctx.tr(QT_TRANSLATE_NOOP("Printables", "Due date")),
        ctx.tr(QT_TRANSLATE_NOOP("Printables", "Resources")),
        ctx.tr(QT_TRANSLATE_NOOP("Printables", "Priority")),
    ]
    rows = [header] + [
        [ctx.indicator(ind), "", "", "", "", "", ""] for ind in ctx.data.shared_indicators
    ]
    rows += [[""] * 7 for _ in range(3)]
    w = out.width
    widths = [w * 0.22, w * 0.24, w * 0.14, w * 0.12, w * 0.09, w * 0.11]
    widths.append(w - sum(widths))
    out.table(rows, widths, min_height=13 * mm)
    out.space(4)
    signature_block(out)
    return out
