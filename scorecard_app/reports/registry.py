"""The printables by KIND: what each is called, which module builds it, and `render`."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from scorecard_app.core.entities import CycleData
from scorecard_app.i18n import QT_TRANSLATE_NOOP, language

from . import blank_sheets, head_office, results, stickers, trends
from .context import CycleFigures, PreviousLoader, PrintContext
from .layout import PAPERS
from .text import one_render


@dataclass(frozen=True)
class Kind:
    code: str
    title: str  # English, marked for translation (context "Printables")
    family: str  # "blank" (for the session) or "results"
    build: Callable[[PrintContext], object] | None = None  # returns a layout.Printout
    draw: Callable[[PrintContext, str, str], None] | None = None  # writes the PDF itself


KINDS: dict[str, Kind] = {
    k.code: k
    for k in (
        Kind("score-sheet", QT_TRANSLATE_NOOP("Printables", "Score sheet"), "blank", blank_sheets.score_sheet),
        Kind("ballot", QT_TRANSLATE_NOOP("Printables", "Ballot"), "blank", blank_sheets.ballot),
        Kind("attendance", QT_TRANSLATE_NOOP("Printables", "Attendance sheet"), "blank", blank_sheets.attendance),
        Kind("input-tracking", QT_TRANSLATE_NOOP("Printables", "Input tracking matrix"), "blank", blank_sheets.input_tracking),
        Kind("issue-sheet", QT_TRANSLATE_NOOP("Printables", "Issue prioritisation sheet"), "blank", blank_sheets.issue_sheet),
        Kind("action-plan-form", QT_TRANSLATE_NOOP("Printables", "Action plan form"), "blank", blank_sheets.action_plan_form),
        Kind("stickers", QT_TRANSLATE_NOOP("Printables", "Participant stickers"), "blank", draw=stickers.stickers),
        Kind("community-summary", QT_TRANSLATE_NOOP("Printables", "Community scorecard results"), "results", results.community_summary),
        Kind("provider-report", QT_TRANSLATE_NOOP("Printables", "Report for the service provider"), "results", results.provider_report),
        Kind("interface-chart", QT_TRANSLATE_NOOP("Printables", "Interface meeting: community and provider"), "results", results.interface_chart),
        Kind("action-plan", QT_TRANSLATE_NOOP("Printables", "Joint action plan"), "results", results.action_plan),
        Kind("follow-up", QT_TRANSLATE_NOOP("Printables", "Follow-up checklist"), "results", results.follow_up),
        Kind("trends", QT_TRANSLATE_NOOP("Printables", "Trends across rounds"), "results", trends.trend_report),
        Kind("trends-wall", QT_TRANSLATE_NOOP("Printables", "Trends across rounds: wall chart"), "results", trends.trend_wall),
        Kind("head-office-report", QT_TRANSLATE_NOOP("Printables", "Report for head office"), "results", head_office.head_office_report),
    )
}  # fmt: skip


class UnknownKind(ValueError):
    pass


def kind(code: str) -> Kind:
    try:
        return KINDS[code]
    except KeyError:
        raise UnknownKind(f"Unknown printable “{code}”; use one of: {', '.join(KINDS)}.") from None


def render(
    kind_code: str,
    data: CycleData | CycleFigures,
    previous: CycleData | PreviousLoader | None,
    out_path: str | os.PathLike,
    lang: str | None = None,
    paper: str = "a4",
    today: str | None = None,
) -> Path:
    """Write one printable of a cycle as PDF and return its path.

    `previous` is the round before (CycleData), or a loader `f(data) -> CycleData | None` that
    is only called by printables that need earlier rounds (trends), or None. `lang` defaults to
    the cycle's language; `paper` is "a4" or "letter".

    To make several printables of one cycle, pass `CycleFigures(data, previous)` as `data` (and
    None as `previous`): the earlier rounds are then loaded, and the results worked out, once
    for all of them.
    """
    k = kind(kind_code)
    if isinstance(data, CycleFigures):
        if previous is not None:
            raise ValueError("Give the previous round to CycleFigures, not to render as well.")
        figures = data
    else:
        figures = CycleFigures(data, previous)
    data = figures.data
    lang = lang or data.cycle.language
    language(lang)  # unknown codes fail with a sentence
    if paper not in PAPERS:
        raise ValueError(f"Unknown paper “{paper}”; use a4 or letter.")
    ctx = PrintContext(data, lang, paper, figures.loader, figures=figures)
    if today:
        ctx.today = today
    out_path = Path(out_path)
    with one_render():
        title = ctx.tr(k.title)
        if k.draw is not None:
            k.draw(ctx, str(out_path), title)
        else:
            k.build(ctx).build(str(out_path), title)
    return out_path
