"""What each view reads: SQL over the derived tables only, always inside the user's scope.

Every query starts from `scope(user, filters)`: the user's organisation, their part of the
location tree, training cycles left out, then the page's filters. A filter can narrow the
scope, never widen it. Medians are `statistics.median`, the function core.aggregation uses.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from scorecard_sync import tables as t
from scorecard_sync.derived import SEP, location_path
from scorecard_sync.users import User

C = t.dash_cycles
R = t.dash_results
A = t.dash_actions
P = t.dash_participation
PAGE = 50


@dataclass
class Filters:
    sector: str = ""
    location: str = ""
    year: int | None = None
    round_no: int | None = None

    def query(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.sector:
            out["sector"] = self.sector
        if self.location:
            out["location"] = self.location
        if self.year:
            out["year"] = self.year
        if self.round_no:
            out["round"] = self.round_no
        return out


def within(path: str, prefix: str) -> bool:
    """Is a location path inside a subtree ("" = everywhere)?"""
    return not prefix or path == prefix or path.startswith(prefix + SEP)


def _under(column: Any, prefix: str) -> Any:
    return sa.or_(column == prefix, column.startswith(prefix + SEP, autoescape=True))


def scope(user: User, f: Filters, *, latest: bool = False) -> list[Any]:
    cond = [C.c.organisation_id == user.organisation_id, C.c.training.is_(False)]
    if user.location:
        cond.append(_under(C.c.location, user.location))
    if f.location:
        cond.append(_under(C.c.location, location_path(f.location)))
    if f.sector:
        cond.append(C.c.sector == f.sector)
    if f.year:
        cond.append(C.c.year == f.year)
    if f.round_no:
        cond.append(C.c.round_no == f.round_no)
    elif latest:
        cond.append(C.c.latest.is_(True))
    return cond


def _join_r(breakdown: str = "community") -> Any:
    return C.join(
        R,
        sa.and_(
            R.c.organisation_id == C.c.organisation_id,
            R.c.cycle_id == C.c.cycle_id,
            R.c.breakdown == breakdown,
            R.c.provider_only.is_(False),
        ),
    )


def _median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def _mean(values: list[float]) -> float | None:
    return statistics.fmean(values) if values else None


def options(conn: Connection, user: User) -> dict[str, list]:
    """What the filter boxes offer (only what this user may see)."""
    base = scope(user, Filters())
    sectors = conn.execute(sa.select(C.c.sector).where(*base).distinct()).scalars().all()
    years = conn.execute(
        sa.select(C.c.year).where(*base, C.c.year.is_not(None)).distinct()
    ).scalars()
    rounds = conn.execute(sa.select(C.c.round_no).where(*base).distinct()).scalars().all()
    places = conn.execute(
        sa.select(C.c.loc1, C.c.loc2, C.c.loc3).where(*base).distinct().limit(2000)
    ).all()
    locs: set[str] = set()
    for parts in places:
        for depth in range(1, 4):
            path = SEP.join(p for p in parts[:depth] if p)
            if path and within(path, user.location):
                locs.add(path)
    return {
        "sectors": sorted(s for s in sectors if s),
        "years": sorted(years, reverse=True),
        "rounds": sorted(rounds),
        "locations": sorted(locs),
    }


# ------------------------------------------------------------------ league table
@dataclass
class League:
    columns: list[dict[str, Any]] = field(default_factory=list)  # key, text, avg_100, n
    rows: list[dict[str, Any]] = field(default_factory=list)  # cycle facts + cells + avg
    total: int = 0
    page: int = 1
    pages: int = 1
    average: float | None = None


def league(
    conn: Connection,
    user: User,
    f: Filters,
    sort: str = "facility",
    desc: bool = False,
    page: int = 1,
    page_size: int = PAGE,
) -> League:
    cond = scope(user, f, latest=True)
    # Columns: the indicators these facilities scored, library ones first, most common first.
    cols = conn.execute(
        sa.select(
            R.c.indicator_key,
            sa.func.min(R.c.indicator_text).label("text"),
            sa.func.avg(R.c.score_100).label("avg_100"),
            sa.func.count(R.c.score_100).label("n"),
            sa.func.min(R.c.position).label("pos"),
        )
        .select_from(_join_r())
        .where(*cond)
        .group_by(R.c.indicator_key)
    ).all()
    total = conn.execute(sa.select(sa.func.count()).select_from(C).where(*cond)).scalar() or 0
    many = total > 1  # custom indicators belong to one facility: its own page shows them
    cols = [c for c in cols if not (many and c.indicator_key.startswith("custom-") and c.n < 2)]
    cols.sort(key=lambda c: (c.indicator_key.startswith("custom-"), -c.n, c.pos, c.text))
    cols = cols[:15]
    keys = [c.indicator_key for c in cols]

    q = sa.select(C).where(*cond)
    direction = (lambda col: col.desc()) if desc else (lambda col: col.asc())
    if sort.startswith("ind:") and sort[4:] in keys:
        s = R.alias("s")
        q = q.outerjoin(
            s,
            sa.and_(
                s.c.organisation_id == C.c.organisation_id,
                s.c.cycle_id == C.c.cycle_id,
                s.c.breakdown == "community",
                s.c.indicator_key == sort[4:],
            ),
        )
        order = [direction(s.c.score_100).nulls_last()]
    elif sort == "average":
        order = [direction(C.c.avg_100).nulls_last()]
    elif sort == "location":
        order = [direction(C.c.location)]
    else:
        order = [direction(C.c.facility)]
    pages = max(1, -(-total // page_size))
    page = min(max(1, page), pages)
    rows = conn.execute(
        q.order_by(*order, C.c.facility, C.c.cycle_id)
        .limit(page_size)
        .offset((page - 1) * page_size)
    ).all()
    ids = [r.cycle_id for r in rows]
    cells: dict[tuple[str, str], Any] = {}
    if ids and keys:
        for r in conn.execute(
            sa.select(R).where(
                R.c.organisation_id == user.organisation_id,
                R.c.cycle_id.in_(ids),
                R.c.breakdown == "community",
                R.c.indicator_key.in_(keys),
            )
        ):
            cells[(r.cycle_id, r.indicator_key)] = r
    out_rows = [
        {"cycle": r, "avg_100": r.avg_100, "cells": [cells.get((r.cycle_id, k)) for k in keys]}
        for r in rows
    ]
    overall = conn.execute(sa.select(sa.func.avg(C.c.avg_100)).where(*cond)).scalar()
    return League(
        columns=[
            {"key": c.indicator_key, "text": c.text, "avg_100": c.avg_100, "n": c.n} for c in cols
        ],
        rows=out_rows,
        total=total,
        page=page,
        pages=pages,
        average=overall,
    )


# ------------------------------------------------------------------ roll-up
def rollup(
    conn: Connection, user: User, f: Filters, level: int, indicator: str = ""
) -> list[dict[str, Any]]:
    """One row per place at this level: median and mean (0–100) over cycles, with n cycles."""
    level = min(max(level, 1), 4)
    place = getattr(C.c, f"loc{level}")
    if indicator:
        q = (
            sa.select(
                place.label("place"),
                C.c.cycle_id,
                C.c.facility_id,
                sa.func.avg(R.c.score_100).label("s"),
            )
            .select_from(_join_r())
            .where(*scope(user, f, latest=True), R.c.indicator_key == indicator)
            .group_by(place, C.c.cycle_id, C.c.facility_id)
        )
    else:  # each cycle's own average, kept in dash_cycles
        q = sa.select(
            place.label("place"), C.c.cycle_id, C.c.facility_id, C.c.avg_100.label("s")
        ).where(*scope(user, f, latest=True))
    by: dict[str, dict[str, Any]] = {}
    for r in conn.execute(q):
        e = by.setdefault(r.place or "", {"scores": [], "facilities": set(), "cycles": 0})
        e["cycles"] += 1
        e["facilities"].add(r.facility_id)
        if r.s is not None:
            e["scores"].append(float(r.s))
    return [
        {
            "place": name,
            "cycles": e["cycles"],
            "scored": len(e["scores"]),
            "facilities": len(e["facilities"]),
            "median": _median(e["scores"]),
            "mean": _mean(e["scores"]),
        }
        for name, e in sorted(by.items())
    ]


def facilities_at(conn: Connection, user: User, f: Filters, indicator: str = "") -> list[Any]:
    """The cycles (latest round of each facility) under a location, with their score."""
    q = (
        sa.select(
            C.c.cycle_id,
            C.c.facility,
            C.c.facility_id,
            C.c.location,
            C.c.round_no,
            C.c.stage,
            C.c.status,
            sa.func.avg(R.c.score_100).label("s"),
            sa.func.count(R.c.score_100).label("n"),
        )
        .select_from(_join_r())
        .where(*scope(user, f, latest=True))
        .group_by(
            C.c.cycle_id,
            C.c.facility,
            C.c.facility_id,
            C.c.location,
            C.c.round_no,
            C.c.stage,
            C.c.status,
        )
        .order_by(C.c.facility)
        .limit(500)
    )
    if indicator:
        q = q.where(R.c.indicator_key == indicator)
    return conn.execute(q).all()


def indicators(conn: Connection, user: User) -> list[Any]:
    return conn.execute(
        sa.select(R.c.indicator_key, sa.func.min(R.c.indicator_text).label("text"))
        .select_from(_join_r())
        .where(*scope(user, Filters()))
        .group_by(R.c.indicator_key)
        .order_by(sa.func.count().desc(), R.c.indicator_key)
        .limit(200)
    ).all()


def facilities(conn: Connection, user: User) -> list[Any]:
    return conn.execute(
        sa.select(C.c.facility_id, sa.func.min(C.c.facility).label("name"))
        .where(*scope(user, Filters()))
        .group_by(C.c.facility_id)
        .order_by(sa.func.min(C.c.facility))
        .limit(1000)
    ).all()


# ------------------------------------------------------------------ trends
def trends(
    conn: Connection, user: User, f: Filters, indicator: str = "", facility: str = ""
) -> list[dict[str, Any]]:
    """Per round: community, providers and gap (0–100), median and mean over cycles."""
    p = R.alias("p")
    q = (
        sa.select(
            C.c.round_no,
            C.c.cycle_id,
            sa.func.avg(R.c.score_100).label("community"),
            sa.func.avg(p.c.score_100).label("provider"),
        )
        .select_from(
            _join_r().outerjoin(
                p,
                sa.and_(
                    p.c.organisation_id == R.c.organisation_id,
                    p.c.cycle_id == R.c.cycle_id,
                    p.c.indicator_key == R.c.indicator_key,
                    p.c.breakdown == "provider",
                ),
            )
        )
        .where(*scope(user, Filters(f.sector, f.location, f.year, None)))
        .group_by(C.c.round_no, C.c.cycle_id)
    )
    if indicator:
        q = q.where(R.c.indicator_key == indicator)
    if facility:
        q = q.where(C.c.facility_id == facility)
    rounds: dict[int, dict[str, list[float]]] = {}
    for r in conn.execute(q):
        e = rounds.setdefault(r.round_no, {"community": [], "provider": [], "gap": [], "ids": []})
        e["ids"].append(r.cycle_id)
        if r.community is not None:
            e["community"].append(float(r.community))
        if r.provider is not None:
            e["provider"].append(float(r.provider))
        if r.community is not None and r.provider is not None:
            e["gap"].append(float(r.community) - float(r.provider))
    return [
        {
            "round": n,
            "cycles": len(e["ids"]),
            "cycle_ids": e["ids"],
            **{k: _median(e[k]) for k in ("community", "provider", "gap")},
            **{f"{k}_mean": _mean(e[k]) for k in ("community", "provider", "gap")},
        }
        for n, e in sorted(rounds.items())
    ]


# ------------------------------------------------------------------ stage tracker
def stages(conn: Connection, user: User, f: Filters, today: str | None = None) -> list[Any]:
    today = today or date.today().isoformat()
    late = sa.and_(C.c.next_due.is_not(None), C.c.next_due < today)
    return conn.execute(
        sa.select(C, late.label("late"))
        .where(*scope(user, f), C.c.status != "complete")
        .order_by(sa.case((late, 0), else_=1), C.c.next_due.asc().nulls_last(), C.c.facility)
        .limit(500)
    ).all()


# ------------------------------------------------------------------ action tracker
def actions(conn: Connection, user: User, f: Filters, today: str | None = None) -> dict[str, Any]:
    today = today or date.today().isoformat()
    j = C.join(A, sa.and_(A.c.organisation_id == C.c.organisation_id, A.c.cycle_id == C.c.cycle_id))
    cond = scope(user, f)
    overdue = sa.and_(A.c.is_open.is_(True), A.c.due.is_not(None), A.c.due < today)

    def one(flag: Any) -> Any:
        return sa.func.sum(sa.case((flag, 1), else_=0))

    counts = [
        sa.func.count().label("total"),
        one(A.c.is_open.is_(True)).label("open"),
        one(overdue).label("overdue"),
        one(A.c.escalated.is_(True)).label("escalated"),
        one(A.c.status == "done").label("done"),
    ]
    by_institution = conn.execute(
        sa.select(A.c.institution, *counts)
        .select_from(j)
        .where(*cond)
        .group_by(A.c.institution)
        .order_by(sa.desc("overdue"), sa.desc("open"), A.c.institution)
        .limit(200)
    ).all()
    by_responsible = conn.execute(
        sa.select(A.c.responsible, A.c.institution, *counts)
        .select_from(j)
        .where(*cond)
        .group_by(A.c.responsible, A.c.institution)
        .order_by(sa.desc("overdue"), sa.desc("open"), A.c.responsible)
        .limit(200)
    ).all()
    by_round = conn.execute(
        sa.select(C.c.round_no, *counts)
        .select_from(j)
        .where(*cond)
        .group_by(C.c.round_no)
        .order_by(C.c.round_no)
    ).all()
    late = conn.execute(
        sa.select(A, C.c.facility, C.c.location, C.c.round_no)
        .select_from(j)
        .where(*cond, sa.or_(overdue, A.c.escalated.is_(True) & A.c.is_open.is_(True)))
        .order_by(A.c.due.asc().nulls_last(), C.c.facility)
        .limit(200)
    ).all()
    return {
        "by_institution": by_institution,
        "by_responsible": by_responsible,
        "by_round": by_round,
        "late": late,
    }


# ------------------------------------------------------------------ who spoke
BREAKDOWNS = ("group_type", "gender", "age_band")


def who_spoke(conn: Connection, user: User, f: Filters, indicator: str = "") -> dict[str, Any]:
    """People by group type, gender and age band, and their scores (median over cycles of each
    cycle's figure for that category, 0–100), with the number of people behind each."""
    jp = C.join(
        P, sa.and_(P.c.organisation_id == C.c.organisation_id, P.c.cycle_id == C.c.cycle_id)
    )
    cond = scope(user, f, latest=True)
    people: dict[tuple[str, str], int] = {}
    for r in conn.execute(
        sa.select(P.c.breakdown, P.c.category, sa.func.sum(P.c.n).label("n"))
        .select_from(jp)
        .where(*cond, P.c.breakdown.in_((*BREAKDOWNS, "total")))
        .group_by(P.c.breakdown, P.c.category)
    ):
        people[(r.breakdown, r.category)] = int(r.n or 0)
    jr = C.join(
        R,
        sa.and_(
            R.c.organisation_id == C.c.organisation_id,
            R.c.cycle_id == C.c.cycle_id,
            R.c.provider_only.is_(False),
        ),
    )
    q = (
        sa.select(
            R.c.breakdown,
            R.c.category,
            R.c.cycle_id,
            sa.func.avg(R.c.score_100).label("s"),
            sa.func.max(R.c.n).label("n"),
        )
        .select_from(jr)
        .where(*cond, R.c.breakdown.in_(BREAKDOWNS))
        .group_by(R.c.breakdown, R.c.category, R.c.cycle_id)
    )
    if indicator:
        q = q.where(R.c.indicator_key == indicator)
    scores: dict[tuple[str, str], dict[str, Any]] = {}
    for r in conn.execute(q):
        e = scores.setdefault((r.breakdown, r.category), {"s": [], "n": 0})
        if r.s is not None:
            e["s"].append(float(r.s))
        e["n"] += int(r.n or 0)
    out: dict[str, list[dict[str, Any]]] = {b: [] for b in BREAKDOWNS}
    for b in BREAKDOWNS:
        cats = {c for (bb, c) in people if bb == b} | {c for (bb, c) in scores if bb == b}
        for cat in sorted(cats):
            e = scores.get((b, cat), {"s": [], "n": 0})
            out[b].append(
                {
                    "category": cat,
                    "people": people.get((b, cat), e["n"]),
                    "median": _median(e["s"]),
                    "mean": _mean(e["s"]),
                    "cycles": len(e["s"]),
                }
            )
    return {"rows": out, "total": people.get(("total", ""), 0)}


# ------------------------------------------------------------------ one cycle
def cycle(conn: Connection, user: User, cycle_id: str) -> dict[str, Any] | None:
    """A cycle's figures, or None when it does not exist or lies outside the user's scope."""
    facts = conn.execute(
        sa.select(C).where(*scope(user, Filters()), C.c.cycle_id == cycle_id)
    ).first()
    if facts is None:
        return None
    where = (R.c.organisation_id == user.organisation_id, R.c.cycle_id == cycle_id)
    results = conn.execute(
        sa.select(R).where(*where).order_by(R.c.position, R.c.indicator_key)
    ).all()
    acts = conn.execute(
        sa.select(A)
        .where(A.c.organisation_id == user.organisation_id, A.c.cycle_id == cycle_id)
        .order_by(A.c.due.asc().nulls_last(), A.c.what)
    ).all()
    part = conn.execute(
        sa.select(P)
        .where(P.c.organisation_id == user.organisation_id, P.c.cycle_id == cycle_id)
        .order_by(P.c.breakdown, P.c.category)
    ).all()
    rounds = conn.execute(
        sa.select(C.c.cycle_id, C.c.round_no)
        .where(
            *scope(user, Filters()),
            C.c.facility_id == facts.facility_id,
            C.c.location == facts.location,
        )
        .order_by(C.c.round_no)
    ).all()
    return {
        "facts": facts,
        "results": results,
        "actions": acts,
        "participation": part,
        "rounds": rounds,
    }
