"""Results for the people in the room: the community's one-page summary, the provider's report,
the interface meeting wall chart, the joint action plan and the follow-up checklist.

Every figure comes from core.aggregation (exact medians); rounding happens only when a number
is written, through PrintContext.num.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepInFrame

from scorecard_app.core.aggregation import SCALE_RULE
from scorecard_app.core.entities import ACTION_STATUSES, PRIORITIES, Action
from scorecard_app.i18n import QT_TRANSLATE_NOOP

from .blank_sheets import signature_block
from .charts import Badge, BarRow, CompareBars, Face, Legend, band_of
from .common import about_line, group_label, line_field
from .context import PrintContext
from .layout import Printout, fit_words
from .text import isolate, joined


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


def _next_review(ctx: PrintContext) -> str:
    """'Next review: 12 March 2027', or a line to write the date on when none is set."""
    label = QT_TRANSLATE_NOOP("Printables", "Next review")
    when = ctx.cycle.next_review
    if not when:
        return line_field(ctx, ctx.tr(label), 20)
    return f"{ctx.tr(label)}: {isolate(ctx.date(when))}"


def _change_cell(out: Printout, before, now, change) -> list:
    """'3 → 6' over 'up 3'; a new indicator says so."""
    ctx = out.ctx
    if before is None or now is None:
        word = QT_TRANSLATE_NOOP("Printables", "New this round") if before is None else ""
        return [out.p(ctx.tr(word) if word and now is not None else "–", out.s.cell_centre)]
    return [
        out.p(ctx.then(before, now), out.s.cell_centre),
        out.p(ctx.change_words(change), out.s.head_centre),
    ]


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
    face = (9 if many else 13) * mm
    badge = (11 if many else 14) * mm
    first = ctx.previous is None
    if first:
        out.text(
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "This is the first round: no earlier scores.")),
            out.s.body,
        )
    else:
        out.text(
            ctx.fmt(
                QT_TRANSLATE_NOOP("Printables", "Round {then} {arrow} round {now}"),
                then=ctx.num(ctx.previous.cycle.round_no),
                arrow=ctx.arrow,
                now=ctx.num(ctx.cycle.round_no),
            ),
            out.s.body,
        )
    header = [
        "",
        ctx.tr(QT_TRANSLATE_NOOP("Printables", "Indicator")),
        "",
        ctx.tr(QT_TRANSLATE_NOOP("Printables", "Score")),
    ]
    if not first:
        header.append(ctx.tr(QT_TRANSLATE_NOOP("Printables", "Change")))
    header.append(ctx.tr(QT_TRANSLATE_NOOP("Printables", "Main reason")))
    rows = [header]
    for n, r in enumerate(results, 1):
        row = [
            Badge(n, badge, r.indicator.pictogram),
            out.p(ctx.indicator(r.indicator), out.s.cell_bold),
            Face(band_of(scale, r.community), face),
            [
                out.p(ctx.num(r.community), out.s.big),
                out.p(ctx.word(r.community), out.s.cell_centre),
            ],
        ]
        if not first:
            row.append(_change_cell(out, r.previous_community, r.community, r.change))
        row.append(out.p(_short((reasons(ctx, r.indicator.id) or [""])[0], 110), out.s.cell))
        rows.append(row)
    w = out.width
    widths = [badge + 4 * mm, w * 0.27, face + 4 * mm, 24 * mm]
    if not first:
        widths.append(27 * mm)
    widths.append(w - sum(widths))
    out.table(
        rows,
        widths,
        style=[("VALIGN", (0, 0), (-1, -1), "MIDDLE")],
        centred=(3, 4) if not first else (3,),
    )
    if not first and ctx.previous.cycle.scale_code != ctx.cycle.scale_code:
        out.text(ctx.tr(SCALE_RULE, "Scale"), out.s.small)
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
    out.text(_next_review(ctx), out.s.h2)
    # One page, always: shrink the whole sheet when a cycle has many indicators or actions.
    body = out.story[story_start:]
    del out.story[story_start:]
    out.add(KeepInFrame(out.width, out.height, body, mode="shrink"))
    return out


def _comparison_table(out: Printout) -> None:
    """Both sides now, before and the change, per indicator (the providers' own ones too);
    the side's name spans its three columns so narrow columns keep whole words."""
    from reportlab.lib.styles import ParagraphStyle

    ctx = out.ctx
    now = ctx.tr(QT_TRANSLATE_NOOP("Printables", "This round"))
    prev = ctx.tr(QT_TRANSLATE_NOOP("Printables", "Previous round"))
    change = ctx.tr(QT_TRANSLATE_NOOP("Printables", "Change"))
    word_style = ParagraphStyle("word", parent=out.s.cell_centre, fontSize=7.5, leading=9)
    top = [""] * 8
    top[0] = ctx.tr(QT_TRANSLATE_NOOP("Printables", "Indicator"))
    top[7] = ctx.tr(QT_TRANSLATE_NOOP("Printables", "Gap"))
    # a spanned cell shows what its physical first cell holds: the logical last in Hebrew
    # (given as paragraphs: a side's name has its three columns' width, not one's)
    top[3 if ctx.rtl else 1] = out.p(
        ctx.tr(QT_TRANSLATE_NOOP("Printables", "Community")), out.s.head_centre
    )
    top[6 if ctx.rtl else 4] = out.p(
        ctx.tr(QT_TRANSLATE_NOOP("Printables", "Self-assessment")), out.s.head_centre
    )
    rows = [top, ["", now, prev, change, now, prev, change, ""]]

    col = out.width * 0.1 - 6

    def value(v):
        word = ctx.word(v)  # whole, in smaller type when one word is wider than the column
        return [out.p(ctx.num(v), out.s.head_centre), out.p(word, fit_words(word_style, word, col))]

    for r in ctx.results:
        rows.append(
            [
                ctx.indicator(r.indicator),
                value(r.community),
                ctx.num(r.previous_community),
                ctx.signed(r.change),
                value(r.provider),
                ctx.num(r.previous_provider),
                ctx.signed(r.provider_change),
                ctx.signed(r.gap),
            ]
        )
    w = out.width
    widths = [w * 0.28] + [w * 0.1] * 6 + [w * 0.12]
    spans = [
        ("SPAN", (1, 0), (3, 0)),
        ("SPAN", (4, 0), (6, 0)),
        ("SPAN", (0, 0), (0, 1)),
        ("SPAN", (7, 0), (7, 1)),
    ]
    out.table(rows, widths, header_rows=2, centred=(1, 2, 3, 4, 5, 6, 7), style=spans)
    if ctx.previous is not None and ctx.previous.cycle.scale_code != ctx.cycle.scale_code:
        out.text(ctx.tr(SCALE_RULE, "Scale"), out.s.small)


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
            [
                BarRow(
                    ctx.indicator(r.indicator),
                    r.community,
                    r.provider,
                    pictogram=r.indicator.pictogram,
                    number=n,
                )
                for n, r in enumerate(ctx.results, 1)
            ],
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
            why = joined("; ", reasons(ctx, r.indicator.id))
            line = f"• {isolate(ctx.indicator(r.indicator))} ({ctx.num(r.community)})"
            out.text(f"{line}: {why}" if why else line)
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
                    ctx.indicator(r.indicator),
                    joined(", ", groups),
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
            ctx.indicator(r.indicator),
            r.community,
            r.provider,
            ctx.signed(r.gap) if r.gap is not None else "",
            _short((reasons(ctx, r.indicator.id) or [""])[0], 90),
            pictogram=r.indicator.pictogram,
            number=n,
        )
        for n, r in enumerate(ctx.results, 1)
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
            faces=True,
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
    """The agreed actions; with_status adds priority, status and the escalation flag (the
    plan as signed), otherwise it is the short list for the provider."""
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
        header += [
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Priority")),
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Status")),
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Escalated")),
        ]
    rows = [header]
    yes = ctx.tr(QT_TRANSLATE_NOOP("Printables", "Yes"))
    for n, a in enumerate(acts, 1):
        ind = d.indicator(a.indicator_id)
        who = joined(", ", (a.responsible, a.institution))
        row = [str(n), ctx.indicator(ind), a.what, who, ctx.date(a.due), a.resources]
        if with_status:
            row += [
                ctx.tr(PRIORITIES.get(a.priority, a.priority), "Vocabulary"),
                ctx.tr(ACTION_STATUSES.get(a.status, a.status), "Vocabulary"),
                yes if a.escalated else "",
            ]
        rows.append(row)
    w = out.width
    if with_status:
        widths = [9 * mm, w * 0.15, w * 0.21, w * 0.15, w * 0.1, w * 0.09, w * 0.08, w * 0.09]
    else:
        widths = [9 * mm, w * 0.18, w * 0.27, w * 0.18, w * 0.12]
    widths.append(w - sum(widths))
    out.table(rows, widths, centred=(0, 8) if with_status else (0,))


def action_plan(ctx: PrintContext) -> Printout:
    """The joint action plan (JAAP) as agreed, with a signature block."""
    from reportlab.lib.pagesizes import landscape

    out = Printout(ctx, text_scale=1.15)  # read by everyone who signs it: not small print
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
    """A checklist to take to each follow-up visit: every action of this round and every
    unfinished one carried from earlier rounds, its state, room for notes."""
    out = Printout(ctx)
    d = ctx.data
    title = ctx.tr(QT_TRANSLATE_NOOP("Printables", "Follow-up checklist"))
    out.heading(title, *about_line(ctx))
    out.text(
        "     ".join(
            [
                line_field(ctx, ctx.tr(QT_TRANSLATE_NOOP("Printables", "Visit date")), 16),
                line_field(ctx, ctx.tr(QT_TRANSLATE_NOOP("Printables", "Visited by")), 22),
            ]
        )
    )
    out.space(2)
    overdue_word = ctx.tr(QT_TRANSLATE_NOOP("Printables", "Overdue"))
    header = [
        ctx.tr(QT_TRANSLATE_NOOP("Printables", "Action")),
        ctx.tr(QT_TRANSLATE_NOOP("Printables", "Responsible")),
        ctx.tr(QT_TRANSLATE_NOOP("Printables", "Due date")),
        ctx.tr(QT_TRANSLATE_NOOP("Printables", "Status so far")),
        ctx.tr(QT_TRANSLATE_NOOP("Printables", "Done?")),
        ctx.tr(QT_TRANSLATE_NOOP("Printables", "Notes")),
    ]

    def row(a: Action, data, round_no: int | None) -> list:
        status = ctx.tr(ACTION_STATUSES.get(a.status, a.status), "Vocabulary")
        last = data.updates_of(a.id)
        if last:
            note = f": {isolate(last[-1].note)}" if last[-1].note else ""
            status += f"\n{isolate(ctx.date(last[-1].on_date))}{note}"
        due = ctx.date(a.due)
        if a.is_overdue(ctx.today):
            due += f"\n{overdue_word}"
        if a.escalated:
            due += "\n" + ctx.tr(QT_TRANSLATE_NOOP("Printables", "Escalated"))
        ind = data.indicator(a.indicator_id)
        what = a.what + (f"\n({isolate(ctx.indicator(ind))})" if ind else "")
        if round_no is not None:
            what += "\n" + ctx.fmt(
                QT_TRANSLATE_NOOP("Printables", "Agreed in round {n}"), n=ctx.num(round_no)
            )
        return [what, a.responsible, due, status, "", ""]

    rows = [header] + [row(a, d, None) for a in _actions_sorted(ctx)]
    carried = ctx.carried_actions()
    if carried:
        by_round = {dd.cycle.round_no: dd for dd in ctx.history()}
        rows += [row(a, by_round[n], n) for n, a in carried]
    rows += [[""] * 6 for _ in range(3)]
    w = out.width
    widths = [w * 0.27, w * 0.16, w * 0.12, w * 0.18, w * 0.09]
    widths.append(w - sum(widths))
    out.table(rows, widths, min_height=12 * mm)
    if carried:
        out.text(
            ctx.fmt(
                QT_TRANSLATE_NOOP(
                    "Printables",
                    "{n} unfinished actions from earlier rounds are carried forward.",
                ),
                n=ctx.num(len(carried)),
            ),
            out.s.small,
        )
    out.space(3)
    out.text(_next_review(ctx), out.s.h2)
    return out
