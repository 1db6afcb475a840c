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


def started_on(stage_dates: dict) -> str | None:
    """The first actual date of any stage ({stage: StageDates or {planned, actual}})."""
    days = [iso_date(_actual(d)) for d in stage_dates.values()]
    days = [d for d in days if d]
    return min(days) if days else None


def _actual(d: object) -> object:
    return d.get("actual") if isinstance(d, dict) else getattr(d, "actual", None)


def cycle_record(
    *,
    cycle_id: str,
    facility_id: str,
    community: str,
    round_no: int,
    previous_cycle_id: str | None,
    scale: str,
    scoring_mode: str | None,
    status: str,
    stage: str,
    stage_dates: dict,
    finished_at: str | None,
    community_n: int,
    provider_n: int,
) -> dict:
    """A cycles row from plain values (the laptop's Cycle and head office's derived facts alike)."""
    meeting = stage_dates.get("interface_meeting")
    return {
        "cycle_id": cycle_id,
        "facility_id": facility_id,
        "location": " › ".join(p.strip() for p in (community or "").split("›") if p.strip()),
        "round": round_no,
        "previous_cycle_id": previous_cycle_id,
        "scale": scale,
        "scoring_mode": scoring_mode if scoring_mode in e.SCORING_MODES else None,
        "status": status,
        "stage": stage,
        "started_on": started_on(stage_dates),
        "interface_meeting_on": iso_date(_actual(meeting)) if meeting else None,
        "finished_on": iso_date(finished_at),
        "community_participants": _gate(community_n, community_n),
        "provider_participants": _gate(provider_n, provider_n),
    }


def cycle_row(data: e.CycleData, previous_in_package: bool) -> dict:
    c = data.cycle
    return cycle_record(
        cycle_id=c.id,
        facility_id=c.facility_id,
        community=c.community,
        round_no=c.round_no,
        previous_cycle_id=c.previous_cycle_id if previous_in_package else None,
        scale=c.scale_code,
        scoring_mode=c.scoring_mode,
        status=c.status,
        stage=c.stage,
        stage_dates=c.stage_dates,
        finished_at=c.finished_at,
        community_n=_people(data, data.community_groups),
        provider_n=_people(data, data.provider_groups),
    )


def result_record(
    *,
    cycle_id: str,
    indicator_id: str,
    round_no: int,
    group_type: str,
    n: int,
    median: float | None,
    consensus: float | None,
    score: float | None,
    provider_score: float | None,
    provider_n: int,
    previous: float | None,
    previous_n: int,
) -> dict:
    """A results row with the small-cell rule applied, from unsuppressed figures.

    `previous` is last round's score on this cycle's scale; when last round's figure was itself
    hidden, no change is given (the change would give it away)."""
    if not shown(previous_n):
        previous = None
    return {
        "cycle_id": cycle_id,
        "indicator_id": indicator_id,
        "round": round_no,
        "group_type": group_type,
        "n": n,
        "median": _gate(median, n),
        "consensus": _gate(consensus, n),
        "score": _gate(score, n),
        "provider_score": _gate(provider_score, provider_n),
        "gap": _gate(_minus(score, provider_score), min(n, provider_n)),
        "change": _gate(_minus(score, previous), n),
        "suppressed": not shown(n),
    }


def _type_figures(data: e.CycleData) -> dict[tuple[str, str], dict]:
    """(indicator key, group type) → {indicator, n, median, consensus, score}, unsuppressed.

    n is the counted (countable) participants of the groups, as on the dashboard."""
    results = group_results(data)
    people = {g.id: 0 for g in data.groups}
    for p in data.participants:
        if p.countable and p.group_id in people:
            people[p.group_id] += 1
    official = {r.indicator.id: r for r in indicator_results(data)}
    community_types = sorted({g.type for g in data.community_groups})
    sets: list[tuple[str, list[e.Group]]] = [(ALL_COMMUNITY, data.community_groups)]
    sets += [(t, [g for g in data.community_groups if g.type == t]) for t in community_types]
    sets.append((ALL_PROVIDERS, data.provider_groups))
    out: dict[tuple[str, str], dict] = {}
    for ind in data.indicators:
        key = indicator_key(ind)
        r = official[ind.id]
        for gtype, groups in sets:
            if ind.provider_only and gtype != ALL_PROVIDERS:
                continue
            if not groups and gtype not in (ALL_COMMUNITY, ALL_PROVIDERS):
                continue  # the two sides always have a row (empty when nobody scored)
            grs = [results[(g.id, ind.id)] for g in groups]
            pooled: list[float] = []  # every vote and hand of these groups, from their Stats
            for gr in grs:
                for level, count in gr.votes.distribution.items():
                    pooled.extend([level] * count)
            # The community's and providers' scores are the method's own (the printed results).
            score = {ALL_COMMUNITY: r.community, ALL_PROVIDERS: r.provider}.get(
                gtype, _median(gr.score for gr in grs)
            )
            out[(key, gtype)] = {
                "indicator": ind,
                "n": sum(people[g.id] for g in groups),
                "median": statistics.median(pooled) if pooled else None,
                "consensus": _median(gr.consensus for gr in grs),
                "score": score,
            }
    return out


def result_rows(data: e.CycleData, previous: e.CycleData | None) -> list[dict]:
    """One row per indicator × group type, suppressed where fewer than MIN_CELL people."""
    figures = _type_figures(data)
    before = _type_figures(previous) if previous is not None else {}
    rows = []
    for (key, gtype), f in figures.items():
        ind: e.Indicator = f["indicator"]
        prev = before.get((key, gtype))
        provider = figures.get((key, ALL_PROVIDERS))
        rows.append(
            result_record(
                cycle_id=data.cycle.id,
                indicator_id=ind.id,
                round_no=data.cycle.round_no,
                group_type=gtype,
                n=f["n"],
                median=f["median"],
                consensus=f["consensus"],
                score=f["score"],
                provider_score=provider["score"] if provider and gtype != ALL_PROVIDERS else None,
                provider_n=provider["n"] if provider else 0,
                previous=convert(prev["score"], previous.cycle.scale, data.cycle.scale)
                if prev is not None and previous is not None
                else None,
                previous_n=prev["n"] if prev is not None else 0,
            )
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


def owner_side(facility: e.Facility, institution: str) -> str:
    """'provider' when the service itself owns the action (its name, or its sector's word),
    else 'other' — the rule of head office's action tracker."""
    inst = (institution or "").strip().casefold()
    own = {facility.name.strip().casefold(), e.SECTORS.get(facility.sector, "").casefold()}
    own.discard("")
    return "provider" if inst and any(o in inst or inst in o for o in own) else "other"


def action_record(
    *,
    action_id: str,
    cycle_id: str,
    indicator_id: str | None,
    what: str,
    institution: str,
    owner_side: str,
    priority: str | None,
    due: str | None,
    status: str,
    escalated: bool,
    last_update_on: str | None,
) -> dict:
    """An actions row from plain values. The responsible person's name is never taken."""
    return {
        "action_id": action_id,
        "cycle_id": cycle_id,
        "indicator_id": indicator_id,
        "what": what,
        "institution": institution,
        "owner_side": owner_side,
        "priority": priority if priority in e.PRIORITIES else None,
        "due": iso_date(due),
        "status": status,
        "escalated": bool(escalated),
        "last_update_on": iso_date(last_update_on),
    }


def update_record(*, update_id: str, action_id: str, on_date: str | None, status: str) -> dict:
    return {"update_id": update_id, "action_id": action_id, "on_date": iso_date(on_date)} | {
        "status": status
    }


def action_rows(data: e.CycleData) -> tuple[list[dict], list[dict]]:
    indicators = {i.id for i in data.indicators}
    actions, updates = [], []
    for a in data.actions:
        mine = data.updates_of(a.id)
        actions.append(
            action_record(
                action_id=a.id,
                cycle_id=a.cycle_id,
                indicator_id=a.indicator_id if a.indicator_id in indicators else None,
                what=a.what,
                institution=a.institution,
                owner_side=owner_side(data.facility, a.institution),
                priority=a.priority,
                due=a.due,
                status=a.status,
                escalated=a.escalated,
                last_update_on=mine[-1].on_date if mine else None,
            )
        )
        updates += [
            update_record(update_id=u.id, action_id=a.id, on_date=u.on_date, status=u.status)
            for u in mine
            if iso_date(u.on_date)
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
