"""Blank sheets for the session: score sheets, ballots and tallies, attendance, input tracking,
issue prioritisation and the action plan form. What the cycle already knows is filled in."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak

from scorecard_app.core.scales import FACE_WORDS
from scorecard_app.i18n import QT_TRANSLATE_NOOP

from .charts import Badge
from .common import about_line, band_ranges, blank_faces, group_label, line_field, scale_legend
from .context import PrintContext
from .layout import Printout

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
            rows.append([Badge(i, 14 * mm, ind.pictogram), ind.text, score, "", ""])
        w = out.width
        widths = [17 * mm, w * 0.25, 50 * mm if faces5 else 22 * mm]
        rest = w - sum(widths)
        widths += [rest / 2, rest / 2]
        out.table(rows, widths, min_height=21 * mm)
    return out


def ballot(ctx: PrintContext) -> Printout:
    """A ballot each participant marks alone, then a tally sheet per group for counting hands."""
    out = Printout(ctx)
    title = ctx.tr(QT_TRANSLATE_NOOP("Printables", "Ballot"))
    out.heading(title, *about_line(ctx))
    out.text(
        "     ".join(
            [
                line_field(ctx, ctx.tr(QT_TRANSLATE_NOOP("Printables", "Participant number")), 8),
                line_field(ctx, ctx.tr(QT_TRANSLATE_NOOP("Printables", "Group")), 20),
            ]
        )
    )
    out.text(
        ctx.tr(
            QT_TRANSLATE_NOOP(
                "Printables", "Circle one face for each indicator. Do not write your name."
            )
        ),
        out.s.small,
    )
    out.space(2)
    scale_legend(out, 8 * mm)
    out.space(2)
    inds = _indicators_for(ctx, None)
    rows = [
        [
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "No.")),
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Indicator")),
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Your score")),
        ]
    ]
    for i, ind in enumerate(inds, 1):
        rows.append([Badge(i, 8 * mm, ind.pictogram), ind.text, blank_faces(ctx, 6 * mm)])
    out.table(rows, [14 * mm, out.width - 14 * mm - 62 * mm, 62 * mm])

    # The tally sheet: one column per word of the scale, hands counted into the boxes.
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
        header += [f"{r}\n{w}" for r, w in zip(ranges, words, strict=True)]
        rows = [header] + [[str(i), ind.text, "", "", "", "", ""] for i, ind in enumerate(inds, 1)]
        cw = (out.width * 0.6) / 5
        out.table(
            rows,
            [out.width * 0.06, out.width * 0.34] + [cw] * 5,
            min_height=12 * mm,
            centred=(0, 2, 3, 4, 5, 6),
        )
    return out


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
        out.text(
            ctx.tr(
                QT_TRANSLATE_NOOP(
                    "Printables",
                    "Gender: F, M or O. Age band: under 18, 18–24, 25–34, 35–49, 50–64, 65+. "
                    "Tick what applies; the name is optional.",
                )
            ),
            out.s.small,
        )
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
        numbers = [str(p.number) for p in people]
        numbers += [""] * max(0, rows_per_page - len(numbers))
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
    out = Printout(ctx)
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
    rows += [[""] * 7 for _ in range(max(4, 14 - len(rows)))]
    w = out.width
    widths = [w * 0.22, w * 0.09, w * 0.11, w * 0.18, w * 0.1, w * 0.09]
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
    rows = [header] + [[ind.text, "", "", "", "", "", ""] for ind in ctx.data.shared_indicators]
    rows += [[""] * 7 for _ in range(3)]
    w = out.width
    widths = [w * 0.22, w * 0.24, w * 0.14, w * 0.12, w * 0.09, w * 0.11]
    widths.append(w - sum(widths))
    out.table(rows, widths, min_height=13 * mm)
    out.space(4)
    signature_block(out)
    return out
