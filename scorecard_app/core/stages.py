"""The stages of a cycle, in the order a facilitator runs them."""

from __future__ import annotations

from .text import QT_TRANSLATE_NOOP

_C = "Stage"

# (code, English name). Codes are stored; names are shown (translated with context 'Stage').
STAGES: tuple[tuple[str, str], ...] = (
    ("setup", QT_TRANSLATE_NOOP("Stage", "Setup")),
    ("participants", QT_TRANSLATE_NOOP("Stage", "Participants")),
    ("input_tracking", QT_TRANSLATE_NOOP("Stage", "Input tracking")),
    ("issues", QT_TRANSLATE_NOOP("Stage", "Issues")),
    ("indicators", QT_TRANSLATE_NOOP("Stage", "Indicators")),
    ("community_scoring", QT_TRANSLATE_NOOP("Stage", "Community scoring")),
    ("provider_scoring", QT_TRANSLATE_NOOP("Stage", "Provider self-evaluation")),
    ("interface_meeting", QT_TRANSLATE_NOOP("Stage", "Interface meeting")),
    ("action_plan", QT_TRANSLATE_NOOP("Stage", "Action plan")),
    ("follow_up", QT_TRANSLATE_NOOP("Stage", "Follow-up")),
)
STAGE_CODES = tuple(code for code, _ in STAGES)
STAGE_NAMES = dict(STAGES)


def stage_name(code: str) -> str:
    return STAGE_NAMES.get(code, code)


def stage_index(code: str) -> int:
    return STAGE_CODES.index(code)
