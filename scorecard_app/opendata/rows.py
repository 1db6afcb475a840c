"""One cycle's open-data rows, computed by the app's own method (core.aggregation).

Every figure about people passes through `core.disclosure`: a figure resting on fewer than
MIN_CELL people becomes SUPPRESSED. Nothing here reads a participant's attributes, a name or a
free-text note; participants are only counted.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterable

from scorecard_app.core import entities as e
from scorecard_app.core.aggregation import (
    convert,
    group_results,
    indicator_key,
    indicator_results,
)
from scorecard_app.core.disclosure import SUPPRESSED, shown

from .schema import ALL_COMMUNITY, ALL_PROVIDERS

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def iso_date(value: object) -> str | None:
    """The date part of an ISO date or time; None for anything else (never a malformed cell)."""
    if isinstance(value, str) and _DATE.match(value):
        return value[:10]
    return None


def _median(values: Iterable[float | None]) -> float | None:
    vals = [v for v in values if v is not None]
    return statistics.median(vals) if vals else None


def _minus(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None else a - b


def _gate(value: object, n: int) -> object:
    """The figure, or SUPPRESSED when it rests on too few people (None stays None)."""
    if value is None:
        return None
    return value if shown(n) else SUPPRESSED


def facility_row(f: e.Facility) -> dict:
    return {"facility_id": f.id, "name": f.name, "sector": f.sector, "code": f.code}


def _people(data: e.CycleData, groups: list[e.Group]) -> int:
    gids = {g.id for g in groups}
    return sum(1 for p in data.participants if p.countable and p.group_id in gids)


def _started_on(c: e.Cycle) -> str | None:
    days = [iso_date(d.actual) for d in c.stage_dates.values()]
    days = [d for d in days if d]
    return min(days) if days else None


def cycle_row(data: e.CycleData, previous_in_package: bool) -> dict:
    c = data.cycle
    community = _people(data, data.community_groups)
    providers = _people(data, data.provider_groups)
    return {
        "cycle_id": c.id,
        "facility_id": c.facility_id,
        "location": " › ".join(c.location_parts),
        "round": c.round_no,
        "previous_cycle_id": c.previous_cycle_id if previous_in_package else None,
        "scale": c.scale_code,
        "scoring_mode": c.scoring_mode,
        "status": c.status,
        "stage": c.stage,
        "started_on": _started_on(c),
        "interface_meeting_on": iso_date(data.meeting.held_on) if data.meeting else None,
        "finished_on": iso_date(c.finished_at),
        "community_participants": _gate(community, community),
        "provider_participants": _gate(providers, providers),
    }


def _type_figures(data: e.CycleData) -> dict[tuple[str, str], dict]:
    """(indicator key, group type) → {n, median, consensus, score} for one cycle, unsuppressed."""
    results = group_results(data)
    people = {g.id: 0 for g in data.groups}
    for p in data.participants:
        if p.countable and p.group_id in people:
            people[p.group_id] += 1
    out: dict[tuple[str, str], dict] = {}
    community_types = sorted({g.type for g in data.community_groups})
    sets: list[tuple[str, list[e.Group]]] = [(ALL_COMMUNITY, data.community_groups)]
    sets += [(t, [g for g in data.community_groups if g.type == t]) for t in community_types]
    sets.append((ALL_PROVIDERS, data.provider_groups))
    for ind in data.indicators:
        key = indicator_key(ind)
        for gtype, groups in sets:
            if not groups or (ind.provider_only and gtype != ALL_PROVIDERS):
                continue
            grs = [results[(g.id, ind.id)] for g in groups]
            pooled: list[float] = []  # every vote and hand of these groups, from their Stats
            for gr in grs:
                for level, count in gr.votes.distribution.items():
                    pooled.extend([level] * count)
            n = sum(max(people[g.id], gr.votes.count) for g, gr in zip(groups, grs, strict=True))
            out[(key, gtype)] = {
                "indicator": ind,
                "n": n,
                "median": statistics.median(pooled) if pooled else None,
                "consensus": _median(gr.consensus for gr in grs),
                "score": _median(gr.score for gr in grs),
            }
    return out


def result_rows(data: e.CycleData, previous: e.CycleData | None) -> list[dict]:
    """One row per indicator × group type, suppressed where fewer than MIN_CELL people."""
    figures = _type_figures(data)
    before = _type_figures(previous) if previous is not None else {}
    scale = data.cycle.scale
    official = {r.indicator.id: r for r in indicator_results(data, previous)}
    rows = []
    for (key, gtype), f in figures.items():
        ind: e.Indicator = f["indicator"]
        r = official[ind.id]
        # The community's and providers' scores are the method's own (the printed results).
        score = {ALL_COMMUNITY: r.community, ALL_PROVIDERS: r.provider}.get(gtype, f["score"])
        prev = before.get((key, gtype))
        prev_score = None
        if prev is not None and previous is not None:
            prev_score = convert(prev["score"], previous.cycle.scale, scale)
            if not shown(prev["n"]):  # last round's hidden figure must not leak through change
                prev_score = None
        provider = figures.get((key, ALL_PROVIDERS))
        provider_score = r.provider if gtype != ALL_PROVIDERS else None
        provider_n = provider["n"] if provider else 0
        n = f["n"]
        rows.append(
            {
                "cycle_id": data.cycle.id,
                "indicator_id": ind.id,
                "round": data.cycle.round_no,
                "group_type": gtype,
                "n": n,
                "median": _gate(f["median"], n),
                "consensus": _gate(f["consensus"], n),
                "score": _gate(score, n),
                "provider_score": _gate(provider_score, provider_n),
                "gap": _gate(_minus(score, provider_score), min(n, provider_n)),
                "change": _gate(_minus(score, prev_score), n),
                "suppressed": not shown(n),
            }
        )
    order = {i.id: (i.position, k) for k, i in enumerate(data.indicators)}
    rows.sort(key=lambda row: order[row["indicator_id"]])
    return rows


def indicator_rows(data: e.CycleData) -> list[dict]:
    return [
        {
            "indicator_id": i.id,
            "cycle_id": i.cycle_id,
            "code": i.code,
            "text": i.text,
            "position": i.position,
            "provider_only": i.provider_only,
        }
        for i in sorted(data.indicators, key=lambda i: i.position)
    ]


def action_rows(data: e.CycleData) -> tuple[list[dict], list[dict]]:
    indicators = {i.id for i in data.indicators}
    actions, updates = [], []
    for a in data.actions:
        mine = data.updates_of(a.id)
        days = [d for d in (iso_date(u.on_date) for u in mine) if d]
        actions.append(
            {
                "action_id": a.id,
                "cycle_id": a.cycle_id,
                "indicator_id": a.indicator_id if a.indicator_id in indicators else None,
                "what": a.what,
                "institution": a.institution,
                "priority": a.priority,
                "due": iso_date(a.due),
                "status": a.status,
                "escalated": a.escalated,
                "last_update_on": max(days) if days else None,
            }
        )
        updates += [
            {"update_id": u.id, "action_id": a.id, "on_date": day, "status": u.status}
            for u in mine
            if (day := iso_date(u.on_date))
        ]
    return actions, updates


def cycle_rows(
    data: e.CycleData, previous: e.CycleData | None, *, previous_in_package: bool = False
) -> dict[str, list[dict]]:
    """Every row one cycle contributes, by table name (facilities are written once, apart).

    Raises ValueError for a training cycle: practice never becomes open data."""
    if data.cycle.training:
        raise ValueError("A training cycle is practice and is never exported as open data.")
    actions, updates = action_rows(data)
    return {
        "cycles": [cycle_row(data, previous_in_package)],
        "indicators": indicator_rows(data),
        "results": result_rows(data, previous),
        "actions": actions,
        "action-updates": updates,
    }
