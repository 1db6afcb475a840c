"""One page per stage of a cycle. `page_class(stage)` finds the page for a stage code.

Each stage's page lives in the module named by its code (setup.py, participants.py, …), which
defines PAGE = its class. A page module is imported when its page is first opened, not at start;
a missing one is an error, never a quiet placeholder.
"""

from __future__ import annotations

import importlib

from scorecard_app.core.stages import STAGE_CODES


def page_class(stage: str) -> type:
    if stage not in STAGE_CODES:
        raise KeyError(f"no such stage: {stage!r}")
    return importlib.import_module(f".{stage}", __package__).PAGE
