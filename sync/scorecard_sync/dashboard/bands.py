"""League-table bands (ALMA / DHIS2 style), configurable per indicator, on the 0–100 scale.

Each indicator has two thresholds and a direction. With "high is good", a score at or above
`high` is on track, below `low` not on track, in between progress; with "low is good" the other
way round. Every band has a word and a symbol as well as a colour: never colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from scorecard_sync import tables as t

from .i18n import N_

DEFAULT_KEY = "*"


@dataclass(frozen=True)
class Band:
    code: str  # good | mid | bad | none
    word: str  # English, translated at display
    symbol: str


BANDS = {
    "good": Band("good", N_("On track"), "●"),
    "mid": Band("mid", N_("Progress, more effort required"), "◐"),
    "bad": Band("bad", N_("Not on track"), "○"),
    "none": Band("none", N_("No data"), "–"),
}


@dataclass(frozen=True)
class Rule:
    low: float = 40.0
    high: float = 67.0
    high_is_good: bool = True

    def band(self, score_100: float | None) -> Band:
        if score_100 is None:
            return BANDS["none"]
        v = score_100 if self.high_is_good else 100.0 - score_100
        low, high = (
            (self.low, self.high) if self.high_is_good else (100.0 - self.high, 100.0 - self.low)
        )
        if v >= high:
            return BANDS["good"]
        if v < low:
            return BANDS["bad"]
        return BANDS["mid"]


def rules(conn: Connection, org: str) -> dict[str, Rule]:
    rows = conn.execute(sa.select(t.dash_bands).where(t.dash_bands.c.organisation_id == org))
    return {r.indicator_key: Rule(r.low, r.high, bool(r.high_is_good)) for r in rows}


def rule_for(all_rules: dict[str, Rule], key: str) -> Rule:
    return all_rules.get(key) or all_rules.get(DEFAULT_KEY) or Rule()


def save(conn: Connection, org: str, key: str, rule: Rule, now: str) -> None:
    b = t.dash_bands
    conn.execute(sa.delete(b).where(b.c.organisation_id == org, b.c.indicator_key == key))
    conn.execute(
        sa.insert(b).values(
            organisation_id=org,
            indicator_key=key,
            low=rule.low,
            high=rule.high,
            high_is_good=rule.high_is_good,
            updated_at=now,
        )
    )
