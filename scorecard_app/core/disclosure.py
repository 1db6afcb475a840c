"""Who may be shown: the one small-cell rule for every place a figure about people leaves the
laptop's own screen (dashboard, CSV downloads, open data, printed head-office reports).

A figure resting on fewer than MIN_CELL people is suppressed, so that a three-woman youth group's
score cannot be traced back to the three women. The rule lives here once; pages and exports ask
`shown(n)` and print `SUPPRESSED` in place of the figure.
"""

from __future__ import annotations

MIN_CELL = 5
SUPPRESSED = "<5"  # what a suppressed cell says (never a blank: a blank reads as "no data")


def shown(n: int | None) -> bool:
    """True when a figure resting on n people may be shown."""
    return n is not None and n >= MIN_CELL
