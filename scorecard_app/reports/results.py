"""Results for the people in the room: the community's one-page summary, the provider's report,
the interface meeting wall chart, the joint action plan and the follow-up checklist.

Every figure comes from core.aggregation (exact medians); rounding happens only when a number
is written, through PrintContext.num.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepInFrame

from scorecard_app.core.entities import ACTION_STATUSES, PRIORITIES, Action
from scorecard_app.i18n import QT_TRANSLATE_NOOP

from .blank_sheets import signature_block
from .charts import BarRow, CompareBars, Face, Legend, band_of
from .common import about_line, group_label
from .context import PrintContext
from .layout import Printout


def reasons(ctx: PrintContext, indicator_id: str, provider: bool = False, field: str = "reason"):
    """The groups' own words for one indicator, in group order, without repeats."""
    d = ctx.data
    groups = d.provider_groups if provider else d.community_groups
    order = {g.id: n for n, g in enumerate(groups)}
    out: list[str] = []
    for s in sorted(
        (s for s in d.scores if s.indicator_id == indicator_id and s.group_id in order),
        key=lambda s: order[s.group_id],
    ):
        text = getattr(s, field).strip()
        if text and text not in out:
            out.append(text)
    return out


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _actions_sorted(ctx: PrintContext) -> list[Action]:
    return sorted(ctx.data.actions, key=lambda a: (a.due or "9999", a.what))


def community_summary(ctx: PrintContext) -> Printout:
    """One page to read aloud and leave on the wall: each indicator's face, number and word,
    the main reason, the agreed actions with who and when, and the next review date."""
    out = Printout(ctx)
    d = ctx.data
    scale = d.cycle.scale
    title = ctx.tr(QT_TRANSLATE_NOOP("Printables", "Community scorecard results"))
    story_start = len(out.story)
    out.heading(title, *about_line(ctx))
    results = [r for r in ctx.results if not r.indicator.provider_only]
    many = len(results) > 10
    face = (9 if many else 15) * mm
    out.table(
        [
            [
                "",
                ctx.tr(QT_TRANSLATE_NOOP("Printables", "Indicator")),
                ctx.tr(QT_TRANSLATE_NOOP("Printables", "Score")),
                ctx.tr(QT_TRANSLATE_NOOP("Printables", "Main reason")),
            ]
        ]
        + [
            [
                Face(band_of(scale, r.community), face),
                out.p(r.indicator.text, out.s.cell_bold),
                [
                    out.p(ctx.num(r.community), out.s.big),
                    out.p(ctx.word(r.community), out.s.cell_centre),
                ],
                out.p(_short((reasons(ctx, r.indicator.id) or [""])[0], 110), out.s.cell),
            ]
            for r in results
        ],
        [face + 4 * mm, out.width * 0.34, 26 * mm, out.width * 0.66 - face - 30 * mm],
        style=[("VALIGN", (0, 0), (-1, -1), "MIDDLE")],
    )
    out.h2(ctx.tr(QT_TRANSLATE_NOOP("Printables", "What we agreed to do")))
    acts = _actions_sorted(ctx)
    if acts:
        rows = [
            [
                ctx.tr(QT_TRANSLATE_NOOP("Printables", "Action")),
                ctx.tr(QT_TRANSLATE_NOOP("Printables", "Who")),
                ctx.tr(QT_TRANSLATE_NOOP("Printables", "By when")),
            ]
        ]
        rows += [[a.what, a.responsible, ctx.date(a.due)] for a in acts]
        w = out.width
        out.table(rows, [w * 0.55, w * 0.27, w * 0.18])
    else:
        out.text(ctx.tr(QT_TRANSLATE_NOOP("Printables", "No actions have been agreed yet.")))
    out.space(3)
    out.text(
        ctx.fmt(
            QT_TRANSLATE_NOOP("Printables", "Next review: {date}"),
            date=ctx.date(d.cycle.next_review),
        ),
        out.s.h2,
    )
    # One page, always: shrink the whole sheet when a cycle has many indicators or actions.
    body = out.story[story_start:]
    del out.story[story_start:]
    out.add(KeepInFrame(out.width, out.height, body, mode="shrink"))
    return out


def _comparison_table(out: Printout) -> None:
    ctx = out.ctx
    rows = [
        [
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Indicator")),
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Community")),
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Self-assessment")),
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Gap")),
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Previous round")),
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Change")),
        ]
    ]
    for r in ctx.results:
        rows.append(
            [
                r.indicator.text,
                f"{ctx.num(r.community)}\n{ctx.word(r.community)}",
                f"{ctx.num(r.provider)}\n{ctx.word(r.provider)}",
                ctx.signed(r.gap),
                ctx.num(r.previous_community),
                ctx.signed(r.change),
            ]
        )
    w = out.width
    widths = [w * 0.36] + [w * 0.128] * 5
    out.table(rows, widths, centred=(1, 2, 3, 4, 5))


def provider_report(ctx: PrintContext) -> Printout:
    """For the facility staff: community vs self-assessment, strengths, weaknesses, suggestions,
    the actions chosen, and the change since the previous round."""
    out = Printout(ctx)
    d = ctx.data
    scale = d.cycle.scale
    title = ctx.tr(QT_TRANSLATE_NOOP("Printables", "Report for the service provider"))
    out.heading(title, *about_line(ctx))
    if ctx.previous is None:
        out.text(
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "This is the first round: no earlier scores.")),
            out.s.small,
        )
    out.h2(ctx.tr(QT_TRANSLATE_NOOP("Printables", "Community scores and self-assessment")))
    _comparison_table(out)
    out.space(3)
    out.add(
        Legend(
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Community")),
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Self-assessment")),
            ctx.rtl,
        )
    )
    out.add(
        CompareBars(
            [BarRow(r.indicator.text, r.community, r.provider) for r in ctx.results],
            scale,
            ctx.num,
            ctx.rtl,
            font_size=8,
        )
    )
    strong = [r for r in ctx.results if r.community is not None and scale.band(r.community) >= 3]
    weak = [r for r in ctx.results if r.community is not None and scale.band(r.community) <= 1]
    for heading, items in (
        (QT_TRANSLATE_NOOP("Printables", "Strengths"), strong),
        (QT_TRANSLATE_NOOP("Printables", "Weaknesses"), weak),
    ):
        out.h2(ctx.tr(heading))
        if not items:
            out.text(ctx.tr(QT_TRANSLATE_NOOP("Printables", "None this round.")))
        for r in items:
            why = "; ".join(reasons(ctx, r.indicator.id))
            out.text(f"• {r.indicator.text} ({ctx.num(r.community)}): {why}".rstrip(": "))
    out.h2(ctx.tr(QT_TRANSLATE_NOOP("Printables", "Suggestions from the groups")))
    rows = [
        [
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Indicator")),
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Group")),
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Suggestion")),
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "In the plan")),
        ]
    ]
    planned = {a.indicator_id for a in d.actions}
    yes = ctx.tr(QT_TRANSLATE_NOOP("Printables", "Yes"))
    for r in ctx.results:
        # the same suggestion from several groups is one row naming them all
        by_text: dict[str, list[str]] = {}
        for s in d.scores:
            if s.indicator_id == r.indicator.id and s.suggestion.strip():
                g = d.group(s.group_id)
                by_text.setdefault(s.suggestion.strip(), []).append(
                    group_label(ctx, g) if g else ""
                )
        for text, groups in by_text.items():
            rows.append(
                [
                    r.indicator.text,
                    ", ".join(x for x in groups if x),
                    text,
                    yes if r.indicator.id in planned else "",
                ]
            )
    if len(rows) > 1:
        w = out.width
        out.table(rows, [w * 0.28, w * 0.17, w * 0.43, w * 0.12], centred=(3,))
    else:
        out.text(ctx.tr(QT_TRANSLATE_NOOP("Printables", "None this round.")))
    _actions_table(out, with_status=False)
    return out


def interface_chart(ctx: PrintContext) -> Printout:
    """The A3 landscape wall chart for the interface meeting: both sides' scores, the gap, and
    the community's main reason per indicator."""
    out = Printout(ctx, wall=True, text_scale=1.25)
    d = ctx.data
    title = ctx.tr(QT_TRANSLATE_NOOP("Printables", "Interface meeting: community and provider"))
    out.heading(title, *about_line(ctx))
    gap_word = ctx.tr(QT_TRANSLATE_NOOP("Printables", "Gap"))
    out.add(
        Legend(
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Community")),
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Service provider")),
            ctx.rtl,
            font_size=11,
        )
    )
    out.space(2)
    rows = [
        BarRow(
            r.indicator.text,
            r.community,
            r.provider,
            ctx.signed(r.gap) if r.gap is not None else "",
            _short((reasons(ctx, r.indicator.id) or [""])[0], 90),
        )
        for r in ctx.results
    ]
    # Type as large as the sheet allows, so the chart reads from the back of the room.
    per_row = (out.height - 95) / max(1, len(rows) + 1)
    fs = max(8.0, min(16.0, (per_row - 9) / 2.4))
    out.add(
        CompareBars(
            rows,
            d.cycle.scale,
            ctx.num,
            ctx.rtl,
            font_size=fs,
            label_share=0.26,
            note_width=fs * 7,
            detail_share=0.3,
            header=[
                ctx.tr(QT_TRANSLATE_NOOP("Printables", "Indicator")),
                ctx.tr(QT_TRANSLATE_NOOP("Printables", "Scores")),
                gap_word,
                ctx.tr(QT_TRANSLATE_NOOP("Printables", "Main reason")),
            ],
        )
    )
    return out


def _actions_table(out: Printout, with_status: bool = True) -> None:
    ctx = out.ctx
    d = ctx.data
    out.h2(ctx.tr(QT_TRANSLATE_NOOP("Printables", "Actions")))
    acts = _actions_sorted(ctx)
    if not acts:
        out.text(ctx.tr(QT_TRANSLATE_NOOP("Printables", "No actions have been agreed yet.")))
        return
    header = [
        ctx.tr(QT_TRANSLATE_NOOP("Printables", "No.")),
        ctx.tr(QT_TRANSLATE_NOOP("Printables", "Indicator")),
        ctx.tr(QT_TRANSLATE_NOOP("Printables", "Action")),
        ctx.tr(QT_TRANSLATE_NOOP("Printables", "Responsible")),
        ctx.tr(QT_TRANSLATE_NOOP("Printables", "Due date")),
        ctx.tr(QT_TRANSLATE_NOOP("Printables", "Resources")),
    ]
    if with_status:
        header.append(ctx.tr(QT_TRANSLATE_NOOP("Printables", "Priority")))
    rows = [header]
    for n, a in enumerate(acts, 1):
        ind = d.indicator(a.indicator_id)
        who = ", ".join(x for x in (a.responsible, a.institution) if x)
        row = [str(n), ind.text if ind else "", a.what, who, ctx.date(a.due), a.resources]
        if with_status:
            row.append(ctx.tr(PRIORITIES.get(a.priority, a.priority), "Vocabulary"))
        rows.append(row)
    w = out.width
    widths = [9 * mm, w * 0.18, w * 0.27, w * 0.18, w * 0.12]
    widths.append(w - sum(widths) - (w * 0.1 if with_status else 0))
    if with_status:
        widths.append(w * 0.1)
    out.table(rows, widths, centred=(0,))


def action_plan(ctx: PrintContext) -> Printout:
    """The joint action plan (JAAP) as agreed, with a signature block."""
    from reportlab.lib.pagesizes import landscape

    out = Printout(ctx)
    out.pagesize = landscape(out.pagesize)
    d = ctx.data
    title = ctx.tr(QT_TRANSLATE_NOOP("Printables", "Joint action plan"))
    out.heading(title, *about_line(ctx))
    m = d.meeting
    if m is not None:
        facts = [
            ctx.fmt(
                QT_TRANSLATE_NOOP("Printables", "Interface meeting: {date}"),
                date=ctx.date(m.held_on),
            ),
            m.venue,
        ]
        out.text("  ·  ".join(f for f in facts if f))
    _actions_table(out)
    out.space(4)
    signature_block(out)
    return out


def follow_up(ctx: PrintContext) -> Printout:
    """A checklist to take to each follow-up visit: every action, its state, room for notes."""
    out = Printout(ctx)
    d = ctx.data
    title = ctx.tr(QT_TRANSLATE_NOOP("Printables", "Follow-up checklist"))
    out.heading(title, *about_line(ctx))
    out.text(
        "     ".join(
            [
                ctx.tr(QT_TRANSLATE_NOOP("Printables", "Visit date")) + ": " + "_" * 16,
                ctx.tr(QT_TRANSLATE_NOOP("Printables", "Visited by")) + ": " + "_" * 22,
            ]
        )
    )
    out.space(2)
    overdue_word = ctx.tr(QT_TRANSLATE_NOOP("Printables", "Overdue"))
    rows = [
        [
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Action")),
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Responsible")),
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Due date")),
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Status so far")),
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Done?")),
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Notes")),
        ]
    ]
    for a in _actions_sorted(ctx):
        status = ctx.tr(ACTION_STATUSES.get(a.status, a.status), "Vocabulary")
        last = d.updates_of(a.id)
        if last:
            status += f"\n{ctx.date(last[-1].on_date)}: {last[-1].note}".rstrip(": ")
        due = ctx.date(a.due)
        if a.is_overdue(ctx.today):
            due += f"\n{overdue_word}"
        ind = d.indicator(a.indicator_id)
        what = a.what + (f"\n({ind.text})" if ind else "")
        rows.append([what, a.responsible, due, status, "", ""])
    rows += [[""] * 6 for _ in range(3)]
    w = out.width
    widths = [w * 0.28, w * 0.14, w * 0.12, w * 0.18, w * 0.11]
    widths.append(w - sum(widths))
    out.table(rows, widths, min_height=12 * mm)
    out.space(3)
    out.text(
        ctx.fmt(
            QT_TRANSLATE_NOOP("Printables", "Next review: {date}"),
            date=ctx.date(d.cycle.next_review),
        ),
        out.s.h2,
    )
    return out
