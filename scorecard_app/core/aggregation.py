"""Turning scores and votes into results.

Rules that the anchors got wrong and we must not:
- the exact median is kept (3.5 stays 3.5); rounding is `scales.display_value`, at display only;
- a group's score is its consensus when it agreed one, otherwise the median of its members' votes
  (tallies count as that many votes);
- the community's score for an indicator is the median of its groups' scores;
- comparing rounds on different scales goes through 0–100.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from .entities import ATTRIBUTES, ActionStatus, CycleData, Indicator
from .scales import Scale
from .text import QT_TRANSLATE_NOOP

# The one rule for comparing rounds, as shown on every page that compares them.
SCALE_RULE = QT_TRANSLATE_NOOP(
    "Scale",
    "Rounds on the same scale are compared in that scale's units. A round scored on another "
    "scale is re-expressed on this round's scale through 0–100: its score's position between "
    "the lowest and the highest mark is kept.",
)


@dataclass(frozen=True)
class Stats:
    """Summary of a set of ratings on one scale."""

    count: int
    median: float | None
    mean: float | None
    distribution: dict[float, int]  # every scale level → how many chose it

    @classmethod
    def of(cls, values: Iterable[float], scale: Scale) -> Stats:
        vals = [float(v) for v in values]
        dist = dict.fromkeys(scale.levels, 0)
        for v, n in Counter(vals).items():
            dist[v] = dist.get(v, 0) + n
        if not vals:
            return cls(0, None, None, dist)
        return cls(len(vals), statistics.median(vals), statistics.fmean(vals), dist)


@dataclass(frozen=True)
class GroupResult:
    indicator_id: str
    group_id: str
    consensus: float | None
    votes: Stats

    @property
    def score(self) -> float | None:
        """The group's figure: its agreed consensus, else the median of its votes."""
        return self.consensus if self.consensus is not None else self.votes.median


@dataclass(frozen=True)
class IndicatorResult:
    indicator: Indicator
    community: float | None  # median of community group scores
    provider: float | None  # median of provider group scores
    by_group: dict[str, GroupResult]
    community_votes: Stats  # every community vote and tally pooled
    previous_community: float | None = None  # same indicator last round, on this cycle's scale
    previous_provider: float | None = None

    @property
    def gap(self) -> float | None:
        """Community minus provider: negative when providers rate themselves higher."""
        if self.community is None or self.provider is None:
            return None
        return self.community - self.provider

    @property
    def change(self) -> float | None:
        """Change of the community score since the previous round (this cycle's scale units)."""
        if self.community is None or self.previous_community is None:
            return None
        return self.community - self.previous_community

    @property
    def provider_change(self) -> float | None:
        """Change of the providers' own score since the previous round (this cycle's units)."""
        if self.provider is None or self.previous_provider is None:
            return None
        return self.provider - self.previous_provider


def _ratings_index(data: CycleData) -> dict[tuple[str, str], list[float]]:
    """Every vote and tally, grouped once by (group, indicator): one pass over the cycle."""
    group_of = {p.id: p.group_id for p in data.participants}
    out: dict[tuple[str, str], list[float]] = {}
    for v in data.votes:
        gid = group_of.get(v.participant_id)
        if gid is not None:
            out.setdefault((gid, v.indicator_id), []).append(v.value)
    for t in data.tallies:
        if t.count > 0:
            out.setdefault((t.group_id, t.indicator_id), []).extend([t.value] * t.count)
    return out


def group_results(data: CycleData) -> dict[tuple[str, str], GroupResult]:
    """Every group's result on every indicator, keyed by (group id, indicator id)."""
    scale = data.cycle.scale
    ratings = _ratings_index(data)
    consensus = {(s.group_id, s.indicator_id): s.value for s in data.scores}
    return {
        (g.id, i.id): GroupResult(
            i.id, g.id, consensus.get((g.id, i.id)), Stats.of(ratings.get((g.id, i.id), ()), scale)
        )
        for g in data.groups
        for i in data.indicators
    }


def group_result(data: CycleData, group_id: str, indicator_id: str) -> GroupResult:
    """One group's result on one indicator (use group_results for many)."""
    scale = data.cycle.scale
    members = {p.id for p in data.participants_of(group_id)}
    vals = [
        v.value
        for v in data.votes
        if v.indicator_id == indicator_id and v.participant_id in members
    ]
    for t in data.tallies:
        if t.group_id == group_id and t.indicator_id == indicator_id and t.count > 0:
            vals.extend([t.value] * t.count)
    consensus = next(
        (s.value for s in data.scores if s.group_id == group_id and s.indicator_id == indicator_id),
        None,
    )
    return GroupResult(indicator_id, group_id, consensus, Stats.of(vals, scale))


def _median_or_none(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def indicator_results(data: CycleData, previous: CycleData | None = None) -> list[IndicatorResult]:
    """One result per indicator, in the cycle's order, with last round beside it when given."""
    scale = data.cycle.scale
    prev_by_key: dict[str, IndicatorResult] = {}
    if previous is not None:
        for r in indicator_results(previous):
            prev_by_key[indicator_key(r.indicator)] = r
    results = group_results(data)
    ratings = _ratings_index(data)
    out = []
    for ind in sorted(data.indicators, key=lambda i: i.position):
        by_group = {g.id: results[(g.id, ind.id)] for g in data.groups}
        comm = [by_group[g.id].score for g in data.community_groups]
        prov = [by_group[g.id].score for g in data.provider_groups]
        pooled = []
        for g in data.community_groups:
            pooled.extend(ratings.get((g.id, ind.id), ()))
        prev = prev_by_key.get(indicator_key(ind))
        prev_c = prev_p = None
        if prev is not None and previous is not None:
            prev_c = convert(prev.community, previous.cycle.scale, scale)
            prev_p = convert(prev.provider, previous.cycle.scale, scale)
        out.append(
            IndicatorResult(
                indicator=ind,
                community=None
                if ind.provider_only
                else _median_or_none([v for v in comm if v is not None]),
                provider=_median_or_none([v for v in prov if v is not None]),
                by_group=by_group,
                community_votes=Stats.of(pooled, scale),
                previous_community=prev_c,
                previous_provider=prev_p,
            )
        )
    return out


def indicator_key(ind: Indicator) -> str:
    """What stays the same for an indicator across rounds: its code, else its text."""
    return ind.code or "text:" + ind.text.strip().casefold()


def convert(value: float | None, source: Scale, target: Scale) -> float | None:
    """Re-express a value on another scale through 0–100 (for trends across rounds)."""
    if value is None:
        return None
    if source.code == target.code:
        return value
    n = source.normalise(value)
    return target.minimum + n / 100.0 * (target.maximum - target.minimum)


def disaggregate(data: CycleData, indicator_id: str, attribute: str) -> dict[object, Stats]:
    """Community votes on one indicator broken down by one participant attribute."""
    if attribute not in ATTRIBUTES:
        raise ValueError(f"Unknown attribute “{attribute}”.")
    community = {g.id for g in data.community_groups}
    people = {p.id: p for p in data.participants if p.group_id in community}
    buckets: dict[object, list[float]] = {}
    for v in data.votes:
        p = people.get(v.participant_id)
        if v.indicator_id != indicator_id or p is None:
            continue
        buckets.setdefault(p.attribute(attribute), []).append(v.value)
    return {k: Stats.of(vals, data.cycle.scale) for k, vals in buckets.items()}


@dataclass(frozen=True)
class Trend:
    """One indicator across rounds, normalised to 0–100 so scale changes don't mislead."""

    key: str
    text: str
    points: list[tuple[int, float | None]] = field(default_factory=list)  # (round, 0–100)


def trends(rounds: list[CycleData]) -> list[Trend]:
    """Community scores per indicator for each round given (oldest first), on 0–100."""
    series: dict[str, Trend] = {}
    for data in sorted(rounds, key=lambda d: d.cycle.round_no):
        for r in indicator_results(data):
            key = indicator_key(r.indicator)
            t = series.setdefault(key, Trend(key, r.indicator.text, []))
            value = None if r.community is None else data.cycle.scale.normalise(r.community)
            t.points.append((data.cycle.round_no, value))
    return list(series.values())


@dataclass(frozen=True)
class TrendPoint:
    """One round of one indicator, in the units of the latest round's scale."""

    round_no: int
    community: float | None
    provider: float | None
    converted: bool = False  # this round used another scale: re-expressed through 0–100

    @property
    def gap(self) -> float | None:
        if self.community is None or self.provider is None:
            return None
        return self.community - self.provider


@dataclass(frozen=True)
class IndicatorTrend:
    """One indicator across every round given, oldest first (None where a round lacks it)."""

    key: str
    indicator: Indicator  # as the latest round that has it holds it
    points: list[TrendPoint]

    def change(self, side: str = "community") -> float | None:
        """Latest minus earliest value known on one side ('community' or 'provider')."""
        vals = [getattr(p, side) for p in self.points if getattr(p, side) is not None]
        return vals[-1] - vals[0] if len(vals) > 1 else None


@dataclass(frozen=True)
class RoundTrends:
    rounds: list[int]  # round numbers, oldest first
    scale: Scale  # the latest round's: every value is in its units
    converted: bool  # some round used another scale (SCALE_RULE applied)
    indicators: list[IndicatorTrend]


def round_trends(rounds: list[CycleData]) -> RoundTrends:
    """Community and provider scores of every indicator across rounds, in the latest round's
    scale units; a round on another scale goes through `convert` (SCALE_RULE). The method is
    that of `indicator_results`, round by round."""
    ordered = sorted(rounds, key=lambda d: d.cycle.round_no)
    if not ordered:
        raise ValueError("No rounds to compare.")
    target = ordered[-1].cycle.scale
    per_round = [{indicator_key(r.indicator): r for r in indicator_results(d)} for d in ordered]
    keys: list[str] = []  # the latest round's order, then indicators dropped earlier
    for d in reversed(ordered):
        for ind in sorted(d.indicators, key=lambda i: i.position):
            if indicator_key(ind) not in keys:
                keys.append(indicator_key(ind))
    out = []
    for key in keys:
        points, latest = [], None
        for d, results in zip(ordered, per_round, strict=True):
            r = results.get(key)
            src = d.cycle.scale
            other = src.code != target.code
            if r is None:
                points.append(TrendPoint(d.cycle.round_no, None, None, other))
                continue
            latest = r.indicator
            points.append(
                TrendPoint(
                    d.cycle.round_no,
                    convert(r.community, src, target),
                    convert(r.provider, src, target),
                    other,
                )
            )
        out.append(IndicatorTrend(key, latest, points))
    return RoundTrends(
        [d.cycle.round_no for d in ordered],
        target,
        any(d.cycle.scale.code != target.code for d in ordered),
        out,
    )


@dataclass(frozen=True)
class Participation:
    total: int
    by_group: dict[str, int]
    by_attribute: dict[str, dict[object, int]]

    def share(self, attribute: str, value: object) -> float:
        if not self.total:
            return 0.0
        return self.by_attribute.get(attribute, {}).get(value, 0) / self.total


def participation(data: CycleData, community_only: bool = True) -> Participation:
    """Counts of countable participants, by group and by attribute."""
    groups = data.community_groups if community_only else data.groups
    gids = {g.id for g in groups}
    people = [p for p in data.participants if p.countable and p.group_id in gids]
    by_attr: dict[str, dict[object, int]] = {}
    for a in ATTRIBUTES:
        by_attr[a] = dict(Counter(p.attribute(a) for p in people))
    by_group = {g.id: sum(1 for p in people if p.group_id == g.id) for g in groups}
    return Participation(len(people), by_group, by_attr)


def action_completion(data: CycleData, today: str) -> dict[str, int]:
    """Counts for the action plan: total, done, open, overdue, escalated."""
    acts = data.actions
    return {
        "total": len(acts),
        "done": sum(1 for a in acts if a.status == ActionStatus.DONE),
        "open": sum(1 for a in acts if a.is_open),
        "overdue": sum(1 for a in acts if a.is_overdue(today)),
        "escalated": sum(1 for a in acts if a.escalated),
    }
