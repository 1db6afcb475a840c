"""One page per stage of a cycle. `page_class(stage)` finds the page for a stage code.

Pages live in their own modules (setup.py, participants.py, …); each defines PAGE = its class.
A stage whose module is not there yet shows a placeholder that says so.
"""

from __future__ import annotations

import importlib

STAGE_MODULES = {
    "setup": "setup",
    "participants": "participants",
    "input_tracking": "input_tracking",
    "issues": "issues",
    "indicators": "indicators",
    "community_scoring": "community_scoring",
    "provider_scoring": "provider_scoring",
    "interface_meeting": "interface_meeting",
    "action_plan": "action_plan",
    "follow_up": "follow_up",
}


def page_class(stage: str):
    from .base import PlaceholderPage

    try:
        mod = importlib.import_module(f".{STAGE_MODULES[stage]}", __package__)
    except ModuleNotFoundError as e:
        if e.name and e.name.endswith(STAGE_MODULES[stage]):
            return PlaceholderPage
        raise
    return mod.PAGE
