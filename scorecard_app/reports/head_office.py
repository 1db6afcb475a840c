"""The head-office report: cycle facts, planned vs actual stage dates, participation by group and
attribute, scores raw and normalised with their trend, action completion and overdue items."""

from __future__ import annotations

from datetime import date

from scorecard_app.core.aggregation import (
    SCALE_RULE,
    action_completion,
    indicator_key,
    participation,
)
from scorecard_app.core.entities import (
    ACTION_STATUSES,
    AGE_BANDS,
    CYCLE_STATUSES,
    GENDERS,
    GROUP_KINDS,
    SCORING_MODES,
    SECTORS,
)
from scorecard_app.core.stages import STAGES
from scorecard_app.i18n import LANGUAGES, QT_TRANSLATE_NOOP

from .common import about_line, group_label
from .context import PrintContext
from .layout import Printout
from .text import isolate, joined


def _days_late(planned: str | None, actual: str | None) -> int | None:
    if not planned or not actual:
        return None
    return (date.fromisoformat(actual[:10]) - date.fromisoformat(planned[:10])).days


def head_office_report(ctx: PrintContext) -> Printout:
    out = Printout(ctx)
    d = ctx.data
    c = d.cycle
    voc = "Vocabulary"
    title = ctx.tr(QT_TRANSLATE_NOOP("Printables", "Report for head office"))
    out.heading(title, *about_line(ctx))

    out.h2(ctx.tr(QT_TRANSLATE_NOOP("Printables", "Cycle")))
    facts = [
        (
            QT_TRANSLATE_NOOP("Printables", "Facility"),
            joined(" ", (d.facility.name, d.facility.code)),
        ),
        (
            QT_TRANSLATE_NOOP("Printables", "Sector"),
            ctx.tr(SECTORS.get(d.facility.sector, ""), voc),
        ),
        (QT_TRANSLATE_NOOP("Printables", "Community"), c.community),
        (QT_TRANSLATE_NOOP("Printables", "Round"), ctx.num(c.round_no)),
        (QT_TRANSLATE_NOOP("Printables", "Scale"), ctx.tr(c.scale.name, "Scale")),
        (
            QT_TRANSLATE_NOOP("Printables", "Scoring"),
            ctx.tr(SCORING_MODES.get(c.scoring_mode, c.scoring_mode), voc),
        ),
        (QT_TRANSLATE_NOOP("Printables", "Language"), LANGUAGES[c.language].native),
        (QT_TRANSLATE_NOOP("Printables", "Lead facilitator"), c.lead_facilitator),
        (QT_TRANSLATE_NOOP("Printables", "Status"), ctx.tr(CYCLE_STATUSES.get(c.status, ""), voc)),
        (QT_TRANSLATE_NOOP("Printables", "Next review"), ctx.date(c.next_review)),
    ]
    if c.training:
        facts.append((QT_TRANSLATE_NOOP("Printables", "Training cycle"), "✓"))
    w = out.width
    out.table([[ctx.tr(k), v] for k, v in facts], [w * 0.3, w * 0.7], header_rows=0)

    out.h2(ctx.tr(QT_TRANSLATE_NOOP("Printables", "Stage dates")))
    rows = [
        [
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Stage")),
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Planned")),
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Actual")),
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Days late")),
        ]
    ]
    for code, name in STAGES:
        sd = c.stage_dates.get(code)
        planned, actual = (sd.planned, sd.actual) if sd else (None, None)
        late = _days_late(planned, actual)
        rows.append(
            [
                ctx.tr(name, "Stage"),
                ctx.date(planned),
                ctx.date(actual),
                ctx.signed(late) if late else ("0" if late == 0 else "–"),
            ]
        )
    out.table(rows, [w * 0.4, w * 0.22, w * 0.22, w * 0.16], centred=(3,))

    _participation(out)
    _scores(out)
    _actions(out)
    return out


def _participation(out: Printout) -> None:
    ctx = out.ctx
    d = ctx.data
    w = out.width
    part = participation(d, community_only=False)
    out.h2(ctx.tr(QT_TRANSLATE_NOOP("Printables", "Participation")))
    rows = [
        [
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Group")),
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Kind")),
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Participants")),
        ]
    ]
    for g in d.groups:
        kind = ctx.tr(GROUP_KINDS.get(g.kind, g.kind), "Vocabulary")
        rows.append([group_label(ctx, g), kind, ctx.num(part.by_group.get(g.id, 0))])
    rows.append([ctx.tr(QT_TRANSLATE_NOOP("Printables", "Total")), "", ctx.num(part.total)])
    out.table(rows, [w * 0.5, w * 0.3, w * 0.2], centred=(2,))
    out.space(3)

    community = participation(d, community_only=True)
    total = community.total

    def share(n: int) -> str:
        pct = round(100 * n / total) if total else 0
        return f"{ctx.num(n)} ({ctx.num(pct)} %)"

    rows = [
        [
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Community participants by attribute")),
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Count (share)")),
        ]
    ]
    for code, word in GENDERS.items():
        rows.append(
            [ctx.tr(word, "Vocabulary"), share(community.by_attribute["gender"].get(code, 0))]
        )
    unknown = community.by_attribute["gender"].get(None, 0)
    if unknown:
        rows.append(
            [ctx.tr(QT_TRANSLATE_NOOP("Printables", "Gender not recorded")), share(unknown)]
        )
    for band in AGE_BANDS:
        n = community.by_attribute["age_band"].get(band, 0)
        if n:
            rows.append(
                [ctx.fmt(QT_TRANSLATE_NOOP("Printables", "Age {band}"), band=band), share(n)]
            )
    for attr, word in (
        ("disability", QT_TRANSLATE_NOOP("Printables", "With a disability")),
        ("minority", QT_TRANSLATE_NOOP("Printables", "From a minority")),
        ("poor", QT_TRANSLATE_NOOP("Printables", "Poor households")),
        ("youth", QT_TRANSLATE_NOOP("Printables", "Youth")),
    ):
        rows.append([ctx.tr(word), share(community.by_attribute[attr].get(True, 0))])
    out.table(rows, [w * 0.6, w * 0.4], centred=(1,))


def _trend_text(ctx: PrintContext, values: list[float | None]) -> str:
    """'3 → 6 → 10' (rounds without a figure left out), the arrow the reader's way."""
    return f" {ctx.arrow} ".join(isolate(ctx.num(v)) for v in values if v is not None)


def _scores(out: Printout) -> None:
    ctx = out.ctx
    d = ctx.data
    w = out.width
    scale = d.cycle.scale
    out.h2(ctx.tr(QT_TRANSLATE_NOOP("Printables", "Scores")))
    history = ctx.history()
    trends = ctx.trends if len(history) > 1 else None
    note = ctx.tr(
        QT_TRANSLATE_NOOP(
            "Printables",
            "Raw scores are medians on the cycle's scale; 0–100 makes cycles on different "
            "scales comparable. The trends list the community's and the providers' scores, "
            "round by round, in this round's scale units.",
        )
    )
    if trends is not None and trends.converted:
        note += " " + ctx.tr(SCALE_RULE, "Scale")
    out.text(note, out.s.small)
    out.space(1)
    series = {t.key: t for t in trends.indicators} if trends else {}
    rounds_word = ""
    if trends:
        rounds_word = ctx.fmt(
            QT_TRANSLATE_NOOP("Printables", "Rounds {first}–{last}"),
            first=ctx.num(trends.rounds[0]),
            last=ctx.num(trends.rounds[-1]),
        )
    rows = [
        [
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Indicator")),
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Community")),
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Community 0–100")),
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Provider")),
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Provider 0–100")),
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Trend"))
            + (f"\n{rounds_word}" if trends else ""),
        ]
    ]

    def norm(v: float | None) -> str:
        return ctx.num(None if v is None else scale.normalise(v))

    community_word = ctx.tr(QT_TRANSLATE_NOOP("Printables", "Community"))
    provider_word = ctx.tr(QT_TRANSLATE_NOOP("Printables", "Provider"))
    for r in ctx.results:
        t = series.get(indicator_key(r.indicator))
        trend = ""
        if t is not None:
            lines = []
            for word, side in ((community_word, "community"), (provider_word, "provider")):
                values = [getattr(p, side) for p in t.points]
                if sum(v is not None for v in values) > 1:
                    lines.append(f"{word}: {_trend_text(ctx, values)}")
            trend = "\n".join(lines)
        rows.append(
            [
                ctx.indicator(r.indicator),
                ctx.num(r.community),
                norm(r.community),
                ctx.num(r.provider),
                norm(r.provider),
                trend,
            ]
        )
    out.table(
        rows,
        [w * 0.26, w * 0.11, w * 0.11, w * 0.11, w * 0.11, w * 0.3],
        centred=(1, 2, 3, 4),
    )


def _actions(out: Printout) -> None:
    ctx = out.ctx
    d = ctx.data
    w = out.width
    counts = action_completion(d, ctx.today)
    out.h2(ctx.tr(QT_TRANSLATE_NOOP("Printables", "Action plan completion")))
    total = counts["total"]
    rate = round(100 * counts["done"] / total) if total else 0
    rows = [
        [ctx.tr(QT_TRANSLATE_NOOP("Printables", "Actions agreed")), ctx.num(total)],
        [
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Done")),
            f"{ctx.num(counts['done'])} ({ctx.num(rate)} %)",
        ],
        [ctx.tr(QT_TRANSLATE_NOOP("Printables", "Still open")), ctx.num(counts["open"])],
        [ctx.tr(QT_TRANSLATE_NOOP("Printables", "Overdue")), ctx.num(counts["overdue"])],
        [
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Escalated (cannot be solved locally)")),
            ctx.num(counts["escalated"]),
        ],
    ]
    carried = ctx.carried_actions()
    rows.append(
        [
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Unfinished from earlier rounds")),
            ctx.num(len(carried)),
        ]
    )
    out.table(rows, [w * 0.6, w * 0.4], header_rows=0, centred=(1,))
    late = [
        a for a in d.actions + [a for _, a in carried] if a.is_overdue(ctx.today) or a.escalated
    ]
    if not late:
        return
    out.h2(ctx.tr(QT_TRANSLATE_NOOP("Printables", "Overdue and escalated actions")))
    rows = [
        [
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Action")),
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Responsible")),
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Due date")),
            ctx.tr(QT_TRANSLATE_NOOP("Printables", "Status")),
        ]
    ]
    overdue = ctx.tr(QT_TRANSLATE_NOOP("Printables", "Overdue"))
    escalated = ctx.tr(QT_TRANSLATE_NOOP("Printables", "Escalated"))
    for a in sorted(late, key=lambda a: a.due or ""):
        flags = [ctx.tr(ACTION_STATUSES.get(a.status, a.status), "Vocabulary")]
        if a.is_overdue(ctx.today):
            flags.append(overdue)
        if a.escalated:
            flags.append(escalated)
        who = joined(", ", (a.responsible, a.institution))
        rows.append([a.what, who, ctx.date(a.due), joined(" · ", flags)])
    out.table(rows, [w * 0.4, w * 0.25, w * 0.15, w * 0.2])
    out.space(2)
