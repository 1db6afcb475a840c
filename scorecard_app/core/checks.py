"""Completeness checks per stage and inclusion warnings, as plain sentences.

Each check returns Message objects (translatable templates with values), e.g.
"Indicator 'Waiting time' has no score from the Youth group".
"""

from __future__ import annotations

from datetime import date

from .aggregation import group_results, participation
from .entities import CycleData
from .stages import STAGE_CODES
from .text import QT_TRANSLATE_NOOP, Message

_C = "Checks"
WOMEN_SHARE_MIN = 0.4  # below this share of participants, women are under-represented


def _m(code: str, template: str, **params) -> Message:
    return Message(_C, template, params, code)


def due_date_warning(due: str | None, today: date) -> Message | None:
    """A due date already past when it is typed is kept (a plan written up afterwards may say
    so) but said aloud: more often it is a slip of the year or the month."""
    if not due:
        return None
    try:
        when = date.fromisoformat(due)
    except ValueError:
        return None
    if when >= today:
        return None
    return _m(
        "due_past",
        QT_TRANSLATE_NOOP("Checks", "The due date {due} is already past; saved anyway."),
        due=due,
    )


def check_stage(data: CycleData, stage: str) -> list[Message]:
    """What is still missing for one stage; an empty list means the stage is complete."""
    return _CHECKS[stage](data)


def check_all(data: CycleData) -> dict[str, list[Message]]:
    return {stage: check_stage(data, stage) for stage in STAGE_CODES}


# Follow-up happens after a cycle is finished (finishing locks everything but it), so it is
# never "missing" when finishing.
AFTER_FINISH = ("follow_up",)


def check_before_finish(data: CycleData) -> dict[str, list[Message]]:
    """What is missing for finishing a cycle: every stage up to the action plan."""
    return {s: check_stage(data, s) for s in STAGE_CODES if s not in AFTER_FINISH}


def _setup(d: CycleData) -> list[Message]:
    out = []
    if not d.facility.name.strip():
        out.append(_m("no_facility", QT_TRANSLATE_NOOP("Checks", "The facility has no name.")))
    if not d.cycle.location_parts:
        out.append(
            _m("no_community", QT_TRANSLATE_NOOP("Checks", "The community's location is empty."))
        )
    if not d.cycle.lead_facilitator.strip():
        out.append(_m("no_lead", QT_TRANSLATE_NOOP("Checks", "No lead facilitator is named.")))
    return out


def _participants(d: CycleData) -> list[Message]:
    out = []
    if not d.community_groups:
        out.append(
            _m("no_community_group", QT_TRANSLATE_NOOP("Checks", "There is no community group."))
        )
    if not d.provider_groups:
        out.append(
            _m(
                "no_provider_group",
                QT_TRANSLATE_NOOP("Checks", "There is no service provider group."),
            )
        )
    for g in d.community_groups:
        if not any(p.countable for p in d.participants_of(g.id)):
            out.append(
                _m(
                    "empty_group",
                    QT_TRANSLATE_NOOP("Checks", "The {group} group has no participants."),
                    group=g.name,
                )
            )
    return out


def _input_tracking(d: CycleData) -> list[Message]:
    out = []
    if not d.input_items:
        out.append(_m("no_inputs", QT_TRANSLATE_NOOP("Checks", "No input items are tracked yet.")))
    for it in d.input_items:
        if it.actual is None:
            out.append(
                _m(
                    "no_actual",
                    QT_TRANSLATE_NOOP("Checks", "Input '{item}' has no actual value."),
                    item=it.item,
                )
            )
    return out


def _issues(d: CycleData) -> list[Message]:
    if not [i for i in d.issues if i.merged_into is None]:
        return [_m("no_issues", QT_TRANSLATE_NOOP("Checks", "No issues have been raised yet."))]
    return []


def _indicators(d: CycleData) -> list[Message]:
    if not d.shared_indicators:
        return [
            _m("no_indicators", QT_TRANSLATE_NOOP("Checks", "No indicators have been chosen yet."))
        ]
    return []


def _missing_scores(d: CycleData, groups) -> list[Message]:
    out = []
    results = group_results(d)
    for g in groups:
        inds = d.indicators if g.is_provider else d.shared_indicators
        for ind in inds:
            r = results[(g.id, ind.id)]
            if r.score is None:
                out.append(
                    _m(
                        "no_score",
                        QT_TRANSLATE_NOOP(
                            "Checks", "Indicator '{indicator}' has no score from the {group} group."
                        ),
                        indicator=ind.text,
                        group=g.name,
                    )
                )
    return out


def _community_scoring(d: CycleData) -> list[Message]:
    if not d.shared_indicators:
        return _indicators(d)
    return _missing_scores(d, d.community_groups)


def _provider_scoring(d: CycleData) -> list[Message]:
    if not d.provider_groups:
        return [
            _m(
                "no_provider_group",
                QT_TRANSLATE_NOOP("Checks", "There is no service provider group."),
            )
        ]
    if not d.indicators:  # nothing scored is not "done"
        return _indicators(d)
    return _missing_scores(d, d.provider_groups)


def _interface_meeting(d: CycleData) -> list[Message]:
    m = d.meeting
    out = []
    if m is None or not m.held_on:
        out.append(
            _m("no_meeting", QT_TRANSLATE_NOOP("Checks", "The interface meeting has no date."))
        )
    if m is not None and not m.officials:
        out.append(
            _m(
                "no_officials",
                QT_TRANSLATE_NOOP("Checks", "No officials are recorded at the interface meeting."),
            )
        )
    return out


def _action_plan(d: CycleData) -> list[Message]:
    out = []
    if not d.actions:
        return [_m("no_actions", QT_TRANSLATE_NOOP("Checks", "The action plan has no actions."))]
    for a in d.actions:
        if not a.responsible.strip():
            out.append(
                _m(
                    "no_responsible",
                    QT_TRANSLATE_NOOP("Checks", "Action '{action}' has nobody responsible."),
                    action=a.what,
                )
            )
        if not a.due:
            out.append(
                _m(
                    "no_due",
                    QT_TRANSLATE_NOOP("Checks", "Action '{action}' has no due date."),
                    action=a.what,
                )
            )
    return out


def _follow_up(d: CycleData) -> list[Message]:
    done = {u.action_id for u in d.updates}
    if not d.actions:  # nothing agreed yet, so nothing followed up: not "done"
        return [
            _m(
                "no_actions_to_follow",
                QT_TRANSLATE_NOOP("Checks", "There are no actions to follow up yet."),
            )
        ]
    if not done:
        return [
            _m(
                "no_updates",
                QT_TRANSLATE_NOOP("Checks", "No follow-up has been recorded for any action."),
            )
        ]
    return []


_CHECKS = {
    "setup": _setup,
    "participants": _participants,
    "input_tracking": _input_tracking,
    "issues": _issues,
    "indicators": _indicators,
    "community_scoring": _community_scoring,
    "provider_scoring": _provider_scoring,
    "interface_meeting": _interface_meeting,
    "action_plan": _action_plan,
    "follow_up": _follow_up,
}
assert set(_CHECKS) == set(STAGE_CODES)


def inclusion_warnings(d: CycleData) -> list[Message]:
    """Who may be missing from the room (the hardest CSC problem, research §4)."""
    out = []
    types = {g.type for g in d.community_groups}
    for t, template in (
        ("women", QT_TRANSLATE_NOOP("Checks", "There is no women's group.")),
        ("youth", QT_TRANSLATE_NOOP("Checks", "There is no youth group.")),
    ):
        if t not in types:
            out.append(_m(f"no_{t}_group", template))
    p = participation(d)
    if p.total:
        women = p.share("gender", "female")
        if women < WOMEN_SHARE_MIN:
            out.append(
                _m(
                    "few_women",
                    QT_TRANSLATE_NOOP("Checks", "Women are {percent}% of participants."),
                    percent=round(women * 100),
                )
            )
        if not p.by_attribute["disability"].get(True):
            out.append(
                _m(
                    "no_disability",
                    QT_TRANSLATE_NOOP("Checks", "No participant with a disability is recorded."),
                )
            )
        if not p.by_attribute["youth"].get(True):
            out.append(
                _m("no_youth", QT_TRANSLATE_NOOP("Checks", "No young participant is recorded."))
            )
    return out
