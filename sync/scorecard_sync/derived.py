"""Derived tables: each cycle's figures, kept up to date as ops arrive.

`refresh_cycles` recomputes one cycle's rows (facts, results, actions, participation) from its
records through `scorecard_app.core` — the laptop's own method — and is called at the end of
`apply.apply_ops`, inside the same transaction, for every cycle a batch changed (pushes and
USB bundles alike). The next round's "change since last round" depends on this one, so a
cycle's later round is refreshed with it. `rebuild` redoes an organisation from scratch
(`scorecard-sync rebuild-derived`).
"""

from __future__ import annotations

import json
import logging
import statistics
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from scorecard_app.core import aggregation as agg
from scorecard_app.core.entities import ATTRIBUTES, CycleData
from scorecard_app.core.stages import STAGE_CODES
from scorecard_app.opendata.rows import owner_side

from . import tables as t
from .db import insert_rows, utc_now, write
from .method import load_cycles

log = logging.getLogger("scorecard_sync")
TABLES = (t.dash_cycles, t.dash_results, t.dash_actions, t.dash_participation)
SEP = " › "
# Breakdowns of votes by a participant attribute shown on "who spoke" (besides group type).
VOTE_BREAKDOWNS = ("gender", "age_band")


def location_path(community: str) -> str:
    """The one spelling of a location path: parts trimmed, joined with " › "."""
    return SEP.join(p.strip() for p in (community or "").split("›") if p.strip())


# ------------------------------------------------------------------ which cycles a batch touched
def touched_cycles(
    conn: Connection, org: str, ops: list[dict[str, Any]], results: list[dict[str, Any]]
) -> set[str]:
    """Cycle ids whose records an applied batch changed (conflicts change records too)."""
    cycles: set[str] = set()
    unknown: dict[str, set[str]] = {}
    facilities: set[str] = set()
    for op, res in zip(ops, results, strict=True):
        if res.get("status") not in ("applied", "conflict"):
            continue
        entity, rid = op.get("entity"), op.get("record_id")
        fields = op.get("fields") or {}
        if entity == "cycle":
            cycles.add(str(rid))
        elif entity == "facility":
            facilities.add(str(rid))
        elif op.get("cycle_id") or fields.get("cycle_id"):
            cycles.add(str(op.get("cycle_id") or fields.get("cycle_id")))
        else:
            unknown.setdefault(str(entity), set()).add(str(rid))
    for entity, ids in unknown.items():  # action updates: the server filed them under a cycle
        cycles.update(
            c
            for c in conn.execute(
                sa.select(t.records.c.cycle_id).where(
                    t.records.c.organisation_id == org,
                    t.records.c.entity == entity,
                    t.records.c.record_id.in_(ids),
                )
            ).scalars()
            if c
        )
    if facilities:
        cycles.update(
            conn.execute(
                sa.select(t.dash_cycles.c.cycle_id).where(
                    t.dash_cycles.c.organisation_id == org,
                    t.dash_cycles.c.facility_id.in_(facilities),
                )
            ).scalars()
        )
    return cycles


def refresh_after_ops(
    conn: Connection,
    org: str,
    ops: list[dict[str, Any]],
    results: list[dict[str, Any]],
    parsed: Mapping[tuple[str, str], tuple[str, dict[str, Any]]] | None = None,
) -> None:
    """The one call apply_ops makes before it commits (`parsed`: the batch's records it
    already holds decoded, as load_cycles takes them)."""
    cycles = touched_cycles(conn, org, ops, results)
    if cycles:
        refresh_cycles(conn, org, cycles, parsed)


# ------------------------------------------------------------------ refreshing
def refresh_cycles(
    conn: Connection,
    org: str,
    cycle_ids: Iterable[str],
    parsed: Mapping[tuple[str, str], tuple[str, dict[str, Any]]] | None = None,
) -> None:
    ids = set(cycle_ids)
    # Later rounds compare with these: refresh them too (their "change" figures move).
    later = conn.execute(
        sa.select(t.dash_cycles.c.cycle_id).where(
            t.dash_cycles.c.organisation_id == org,
            t.dash_cycles.c.previous_cycle_id.in_(ids),
        )
    ).scalars()
    ids.update(later)
    for table in TABLES:
        conn.execute(
            sa.delete(table).where(table.c.organisation_id == org, table.c.cycle_id.in_(ids))
        )
    rows: dict[str, list[dict[str, Any]]] = {table.name: [] for table in TABLES}
    # Every cycle and the rounds before them, read in a few statements, not two per cycle.
    unusable: set[str] = set()
    cache: dict[str, CycleData | None] = load_cycles(conn, org, ids, unusable, parsed)
    earlier = {
        d.cycle.previous_cycle_id
        for d in cache.values()
        if d is not None and d.cycle.previous_cycle_id
    } - set(cache)
    cache |= load_cycles(conn, org, earlier, unusable, parsed)
    facilities: set[str] = set()
    for cycle_id in sorted(ids):
        try:
            data = cache[cycle_id]
            prev_id = data.cycle.previous_cycle_id if data is not None else None
            if cycle_id in unusable or (prev_id != cycle_id and prev_id in unusable):
                raise ValueError(cycle_id)
            if data is None:
                continue  # no cycle record (yet), or deleted: no figures
            previous = None
            if prev_id and prev_id != cycle_id:
                previous = cache[prev_id]
            made = cycle_rows(org, data, previous)
        except (TypeError, ValueError, AttributeError, KeyError, ArithmeticError):
            # A record whose values are not what the laptop writes (wrong types from a broken
            # or hostile device): the push is still stored; this cycle just has no figures.
            log.warning("cycle %s: records unusable for the dashboard's figures", cycle_id)
            continue
        for name, new in made.items():
            rows[name].extend(new)
        facilities.add(data.cycle.facility_id)
    for table in TABLES:
        insert_rows(conn, table, rows[table.name])
    _mark_latest(conn, org, facilities)


def _mark_latest(conn: Connection, org: str, facilities: set[str]) -> None:
    """Flag each facility-and-place's latest real round (what the league table shows)."""
    if not facilities:
        return
    c = t.dash_cycles
    found = conn.execute(
        sa.select(c.c.cycle_id, c.c.facility_id, c.c.location, c.c.round_no, c.c.training).where(
            c.c.organisation_id == org, c.c.facility_id.in_(facilities)
        )
    ).all()
    best: dict[tuple[str, str], tuple[int, str]] = {}
    for r in found:
        if r.training:
            continue
        key = (r.facility_id, r.location)
        if key not in best or (r.round_no, r.cycle_id) > best[key]:
            best[key] = (r.round_no, r.cycle_id)
    latest = {cid for _n, cid in best.values()}
    ids = [r.cycle_id for r in found]
    conn.execute(
        sa.update(c)
        .where(c.c.organisation_id == org, c.c.cycle_id.in_(ids))
        .values(latest=c.c.cycle_id.in_(latest) if latest else sa.false())
    )


def rebuild(engine: Engine, org: str | None = None) -> int:
    """Recompute every cycle (of one organisation, or all); returns how many cycles."""
    with write(engine) as conn:
        orgs = [org] if org else list(conn.execute(sa.select(t.organisations.c.id)).scalars().all())
        total = 0
        for o in orgs:
            for table in TABLES:
                conn.execute(sa.delete(table).where(table.c.organisation_id == o))
            ids = conn.execute(
                sa.select(t.records.c.record_id).where(
                    t.records.c.organisation_id == o,
                    t.records.c.entity == "cycle",
                    t.records.c.deleted.is_(False),
                )
            ).scalars()
            ids = list(ids)
            for start in range(0, len(ids), 200):
                refresh_cycles(conn, o, ids[start : start + 200])
            total += len(ids)
    return total


# ------------------------------------------------------------------ one cycle's rows
def _median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def _held_on(data: CycleData) -> str | None:
    if data.meeting is not None and data.meeting.held_on:
        return data.meeting.held_on[:10]
    for stage in ("community_scoring", "interface_meeting", "setup"):
        d = data.cycle.stage_dates.get(stage)
        if d is not None and (d.actual or d.planned):
            return (d.actual or d.planned)[:10]
    dates = [d.actual or d.planned for d in data.cycle.stage_dates.values()]
    dates = [x for x in dates if x]
    return min(dates)[:10] if dates else None


def _next_stage(data: CycleData) -> tuple[str | None, str | None]:
    if data.cycle.status == "complete":
        return None, None
    for code in STAGE_CODES:
        d = data.cycle.stage_dates.get(code)
        if d is None or not d.actual:
            return code, (d.planned[:10] if d is not None and d.planned else None)
    return None, None


def cycle_rows(org: str, data: CycleData, previous: CycleData | None) -> dict[str, list[dict]]:
    c = data.cycle
    scale = c.scale
    parts = c.location_parts
    held = _held_on(data)
    next_stage, next_due = _next_stage(data)
    part = agg.participation(data)
    stage = c.stage if c.stage in STAGE_CODES else STAGE_CODES[0]
    facts = {
        "organisation_id": org,
        "cycle_id": c.id,
        "facility_id": c.facility_id,
        "facility": data.facility.name[:200],
        "facility_code": (data.facility.code or "")[:64],
        "sector": (data.facility.sector or "")[:32],
        "location": location_path(c.community)[:400],
        **{f"loc{i + 1}": (parts[i] if i < len(parts) else "")[:100] for i in range(4)},
        "round_no": int(c.round_no or 1),
        "previous_cycle_id": c.previous_cycle_id,
        "latest": False,
        "stage": stage,
        "stage_index": STAGE_CODES.index(stage),
        "status": c.status,
        "training": bool(c.training),
        "scale_code": c.scale_code,
        "language": c.language,
        "held_on": held,
        "year": int(held[:4]) if held and held[:4].isdigit() else None,
        "stage_dates": json.dumps(
            {k: {"planned": v.planned, "actual": v.actual} for k, v in c.stage_dates.items()},
            sort_keys=True,
        ),
        "next_stage": next_stage,
        "next_due": next_due,
        "finished_at": c.finished_at,
        "participants": part.total,
        "indicators": len(data.indicators),
        "refreshed_at": utc_now(),
    }

    # Results: the laptop's own IndicatorResult for community/provider, plus breakdowns.
    results = agg.indicator_results(data, previous)
    prev_by_key: dict[str, agg.IndicatorResult] = {}
    prev_groups: dict[tuple[str, str], float | None] = {}
    if previous is not None:
        for r in agg.indicator_results(previous):
            key = agg.indicator_key(r.indicator)
            prev_by_key[key] = r
            for gtype in {g.type for g in previous.groups}:
                scores = [
                    r.by_group[g.id].score
                    for g in previous.groups
                    if g.type == gtype and r.by_group[g.id].score is not None
                ]
                prev_groups[(key, gtype)] = agg.convert(
                    _median(scores), previous.cycle.scale, scale
                )
    ratings = agg._ratings_index(data)  # the one index the results themselves use
    people = Counter(p.group_id for p in data.participants if p.countable)
    result_rows: list[dict[str, Any]] = []
    keys: dict[str, str] = {}  # indicator id → its key in this cycle (unique even if repeated)
    for r in results:
        key = agg.indicator_key(r.indicator)[:80]
        keys[r.indicator.id] = key if key not in keys.values() else f"{key}~{r.indicator.id[-12:]}"

    def row(r: agg.IndicatorResult, breakdown: str, category: str, **v: Any) -> None:
        score = v.get("score")
        result_rows.append(
            {
                "organisation_id": org,
                "cycle_id": c.id,
                "indicator_key": keys[r.indicator.id],
                "breakdown": breakdown,
                "category": str(category)[:32],
                "indicator_id": r.indicator.id,
                "indicator_text": r.indicator.text,
                "position": r.indicator.position,
                "provider_only": bool(r.indicator.provider_only),
                "scale_code": c.scale_code,
                "score_100": None if score is None else scale.normalise(score),
                **{k: v.get(k) for k in ("score", "median", "mean", "consensus")},
                **{k: v.get(k) for k in ("provider", "gap", "previous", "change")},
                "n": v.get("n", 0),
                "votes": v.get("votes", 0),
            }
        )

    def pooled(groups: list) -> agg.Stats:
        vals: list[float] = []
        for g in groups:
            vals.extend(ratings.get((g.id, r.indicator.id), ()))
        return agg.Stats.of(vals, scale)

    def consensus(groups: list) -> float | None:
        return _median(
            [r.by_group[g.id].consensus for g in groups if r.by_group[g.id].consensus is not None]
        )

    for r in results:
        comm, prov = data.community_groups, data.provider_groups
        st = r.community_votes
        row(
            r,
            "community",
            "",
            score=r.community,
            median=st.median,
            mean=st.mean,
            consensus=consensus(comm),
            provider=r.provider,
            gap=r.gap,
            previous=r.previous_community,
            change=r.change,
            n=sum(people[g.id] for g in comm),
            votes=st.count,
        )
        ps = pooled(prov)
        row(
            r,
            "provider",
            "",
            score=r.provider,
            median=ps.median,
            mean=ps.mean,
            consensus=consensus(prov),
            provider=r.provider,
            previous=r.previous_provider,
            change=None
            if r.provider is None or r.previous_provider is None
            else r.provider - r.previous_provider,
            n=sum(people[g.id] for g in prov),
            votes=ps.count,
        )
        key = agg.indicator_key(r.indicator)
        for gtype in sorted({g.type for g in comm}):
            gs = [g for g in comm if g.type == gtype]
            score = _median(
                [r.by_group[g.id].score for g in gs if r.by_group[g.id].score is not None]
            )
            st = pooled(gs)
            prev = prev_groups.get((key, gtype))
            row(
                r,
                "group_type",
                gtype,
                score=score,
                median=st.median,
                mean=st.mean,
                consensus=consensus(gs),
                provider=r.provider,
                gap=None if score is None or r.provider is None else score - r.provider,
                previous=prev,
                change=None if score is None or prev is None else score - prev,
                n=sum(people[g.id] for g in gs),
                votes=st.count,
            )
        for attribute in VOTE_BREAKDOWNS:
            for value, st in agg.disaggregate(data, r.indicator.id, attribute).items():
                row(
                    r,
                    attribute,
                    "unknown" if value is None else value,
                    score=st.median,
                    median=st.median,
                    mean=st.mean,
                    provider=r.provider,
                    gap=None if st.median is None or r.provider is None else st.median - r.provider,
                    n=st.count,  # one vote per person per indicator
                    votes=st.count,
                )

    # Actions, with their last update and when they were done.
    action_rows = []
    for a in data.actions:
        ind = data.indicator(a.indicator_id)
        ups = data.updates_of(a.id)
        done = [u.on_date for u in ups if u.status == "done"]
        action_rows.append(
            {
                "organisation_id": org,
                "action_id": a.id,
                "cycle_id": c.id,
                "what": a.what,
                "indicator_key": agg.indicator_key(ind)[:100] if ind else None,
                "indicator_text": ind.text if ind else None,
                "responsible": (a.responsible or "")[:200],
                "institution": (a.institution or "")[:200],
                "owner_side": owner_side(data.facility, a.institution or ""),
                "due": (a.due or None) and a.due[:10],
                "status": a.status,
                "is_open": a.is_open,
                "escalated": bool(a.escalated),
                "priority": a.priority or "medium",
                "last_update": ups[-1].on_date[:10] if ups else None,
                "done_on": (done[-1][:10] if done else None) if a.status == "done" else None,
            }
        )

    # Participation (countable community participants), by group type and every attribute.
    counts: Counter[tuple[str, str]] = Counter()
    types = {g.id: g.type for g in data.community_groups}
    for g in data.community_groups:
        counts[("group_type", g.type)] += part.by_group.get(g.id, 0)
    for attribute in ATTRIBUTES:
        for value, n in part.by_attribute.get(attribute, {}).items():
            label = "unknown" if value is None else str(value).lower()
            counts[(attribute, label)] += n
    counts[("total", "")] = part.total
    counts[("provider", "")] = sum(
        1 for p in data.participants if p.countable and p.group_id not in types
    )
    participation_rows = [
        {"organisation_id": org, "cycle_id": c.id, "breakdown": b, "category": k[:32], "n": n}
        for (b, k), n in sorted(counts.items())
    ]
    shown = [
        r["score_100"]
        for r in result_rows
        if r["breakdown"] == "community" and not r["provider_only"] and r["score_100"] is not None
    ]
    facts["avg_100"] = statistics.fmean(shown) if shown else None
    return {
        "dash_cycles": [facts],
        "dash_results": result_rows,
        "dash_actions": action_rows,
        "dash_participation": participation_rows,
    }
