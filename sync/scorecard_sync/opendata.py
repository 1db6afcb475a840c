"""Open data at head office: an organisation's results as a Frictionless package, and serving it.

The package is read from the dashboard's derived tables (dash_cycles, dash_results, dash_actions,
dash_participation: the laptop's own method, computed as ops arrive) and written by
`scorecard_app.opendata`, the same writer the laptop's `scorecard export-data` uses. It streams:
cycles are read in chunks through a server-side cursor and written as they come, so memory holds
one chunk, never the organisation. Action follow-ups are the one table with no derived copy; they
are read from the stored records of the chunk's cycles (date and status only, never the note).

Publishing: `open_data` rows say which organisations' packages may be served without a login;
`GET /open-data/…` serves the files last built for them and 404s for everyone else.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from scorecard_app.opendata import DEFAULT_LICENCE, PackageWriter
from scorecard_app.opendata.package import check_licence
from scorecard_app.opendata.rows import (
    action_record,
    cycle_record,
    facility_row,
    result_record,
    update_record,
)
from scorecard_app.opendata.schema import ALL_COMMUNITY, ALL_PROVIDERS, RESOURCES

from . import tables as t
from .db import utc_now

CHUNK = 100  # cycles read and written at a time (memory holds one chunk: ~1 MB per 10 cycles)
ZIP_NAME = "scorecard-open-data.zip"
_SEP = " › "


class OpenDataError(Exception):
    """A request the export cannot honour (bad date, unknown organisation…): one sentence."""


def parse_from(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise OpenDataError(f"“{value}” is not a date; write it as YYYY-MM-DD.") from None


def normalise_location(value: str | None) -> str | None:
    if value is None:
        return None
    parts = [p.strip() for p in re.split(r"›|>|/", value) if p.strip()]
    if not parts:
        raise OpenDataError("Give a location path such as “North › Riverside”.")
    return _SEP.join(parts)


def _included(conn: Connection, org: str, since: str | None, location: str | None) -> Any:
    c = t.dash_cycles
    q = sa.select(c.c.cycle_id).where(c.c.organisation_id == org, c.c.training.is_(False))
    if since:
        q = q.where(c.c.held_on >= since)
    if location:
        q = q.where(sa.or_(c.c.location == location, c.c.location.startswith(location + _SEP)))
    return q.order_by(c.c.location, c.c.facility, c.c.facility_id, c.c.round_no, c.c.cycle_id)


def _chunks(conn: Connection, query: Any, size: int) -> Iterator[list[str]]:
    """Cycle ids in order, a chunk at a time, through a server-side cursor."""
    # Statement-level options: only this query uses the server-side cursor; the chunk's own
    # queries fetch their (bounded) rows in one go.
    result = conn.execute(query.execution_options(stream_results=True, yield_per=size))
    for part in result.scalars().partitions(size):
        yield list(part)


def _scoring_modes(conn: Connection, org: str, ids: list[str]) -> dict[str, str | None]:
    r = t.records
    rows = conn.execute(
        sa.select(r.c.record_id, r.c.data).where(
            r.c.organisation_id == org, r.c.entity == "cycle", r.c.record_id.in_(ids)
        )
    )
    out = {}
    for rid, data in rows:
        try:
            out[rid] = json.loads(data).get("scoring_mode")
        except (ValueError, AttributeError):
            out[rid] = None
    return out


def _indicator_code(key: str) -> str:
    key = key.split("~", 1)[0]
    return "" if key.startswith("text:") else key


def _write_chunk(
    conn: Connection, org: str, ids: list[str], included: set[str], w: PackageWriter
) -> None:
    c, res, act, part = t.dash_cycles, t.dash_results, t.dash_actions, t.dash_participation
    facts = {
        row.cycle_id: row
        for row in conn.execute(
            sa.select(c).where(c.c.organisation_id == org, c.c.cycle_id.in_(ids))
        )
    }
    modes = _scoring_modes(conn, org, ids)
    providers = dict(
        conn.execute(
            sa.select(part.c.cycle_id, part.c.n).where(
                part.c.organisation_id == org,
                part.c.cycle_id.in_(ids),
                part.c.breakdown == "provider",
            )
        ).all()
    )
    # Last round's head counts, so a change never reveals a figure that was hidden then.
    prev_ids = {f.previous_cycle_id for f in facts.values() if f.previous_cycle_id}
    prev_real = set(
        conn.execute(
            sa.select(c.c.cycle_id).where(
                c.c.organisation_id == org, c.c.cycle_id.in_(prev_ids), c.c.training.is_(False)
            )
        ).scalars()
    )
    prev_n: dict[tuple[str, str, str, str], int] = {}
    if prev_real:
        for row in conn.execute(
            sa.select(res.c.cycle_id, res.c.indicator_key, res.c.breakdown, res.c.category, res.c.n)
            .where(res.c.organisation_id == org, res.c.cycle_id.in_(prev_real))
            .where(res.c.breakdown.in_(("community", "provider", "group_type")))
        ):
            prev_n[(row.cycle_id, row.indicator_key, row.breakdown, row.category)] = row.n

    results: dict[str, list[Any]] = {}
    wanted = (
        "cycle_id indicator_key breakdown category indicator_id indicator_text position "
        "provider_only n score median consensus provider previous"
    ).split()
    for row in conn.execute(
        sa.select(*(res.c[name] for name in wanted))
        .where(res.c.organisation_id == org, res.c.cycle_id.in_(ids))
        .where(res.c.breakdown.in_(("community", "provider", "group_type")))
        # the laptop's order: by indicator, then community, each group type, providers
        .order_by(
            res.c.cycle_id, res.c.position, res.c.indicator_id, res.c.breakdown, res.c.category
        )
    ):
        results.setdefault(row.cycle_id, []).append(row)
    actions: dict[str, list[Any]] = {}
    for row in conn.execute(
        sa.select(act)
        .where(act.c.organisation_id == org, act.c.cycle_id.in_(ids))
        .order_by(act.c.cycle_id, act.c.action_id)
    ):
        actions.setdefault(row.cycle_id, []).append(row)
    updates: dict[str, list[dict]] = {}
    r = t.records
    for rid, data in conn.execute(
        sa.select(r.c.record_id, r.c.data)
        .where(r.c.organisation_id == org, r.c.entity == "action_update")
        .where(r.c.cycle_id.in_(ids), r.c.deleted.is_(False))
        .order_by(r.c.record_id)
    ):
        try:
            fields = json.loads(data)
        except ValueError:
            continue
        if isinstance(fields, dict) and fields.get("action_id"):
            updates.setdefault(str(fields["action_id"]), []).append(fields | {"id": rid})

    for cid in ids:
        f = facts.get(cid)
        if f is None:
            continue
        w.add(
            "facilities",
            [
                facility_row(
                    _Facility(f.facility_id, f.facility, f.sector or "", f.facility_code or "")
                )
            ],
        )
        try:
            stage_dates = json.loads(f.stage_dates or "{}")
        except ValueError:
            stage_dates = {}
        previous = f.previous_cycle_id if f.previous_cycle_id in prev_real else None
        w.add(
            "cycles",
            [
                cycle_record(
                    cycle_id=cid,
                    facility_id=f.facility_id,
                    community=f.location,
                    round_no=f.round_no,
                    previous_cycle_id=f.previous_cycle_id
                    if f.previous_cycle_id in included
                    else None,
                    scale=f.scale_code,
                    scoring_mode=modes.get(cid),
                    status=f.status,
                    stage=f.stage,
                    stage_dates=stage_dates if isinstance(stage_dates, dict) else {},
                    finished_at=f.finished_at,
                    community_n=f.participants,
                    provider_n=providers.get(cid, 0),
                )
            ],
        )
        rows = results.get(cid, [])
        provider_of = {x.indicator_id: x for x in rows if x.breakdown == "provider"}
        indicators, result_rows = {}, []
        for x in rows:
            indicators.setdefault(
                x.indicator_id,
                {
                    "indicator_id": x.indicator_id,
                    "cycle_id": cid,
                    "code": _indicator_code(x.indicator_key),
                    "text": x.indicator_text,
                    "position": x.position,
                    "provider_only": bool(x.provider_only),
                },
            )
            if x.provider_only and x.breakdown != "provider":
                continue
            group_type = {"community": ALL_COMMUNITY, "provider": ALL_PROVIDERS}.get(
                x.breakdown, x.category
            )
            prov = provider_of.get(x.indicator_id)
            result_rows.append(
                result_record(
                    cycle_id=cid,
                    indicator_id=x.indicator_id,
                    round_no=f.round_no,
                    group_type=group_type,
                    n=x.n,
                    median=x.median,
                    consensus=x.consensus,
                    score=x.score,
                    provider_score=None if x.breakdown == "provider" else x.provider,
                    provider_n=prov.n if prov is not None else 0,
                    previous=x.previous if previous else None,
                    previous_n=prev_n.get(
                        (previous or "", x.indicator_key, x.breakdown, x.category), 0
                    ),
                )
            )
        w.add("indicators", indicators.values())
        w.add("results", result_rows)
        acts = actions.get(cid, [])
        ind_by_key = {x.indicator_key: x.indicator_id for x in rows}
        w.add(
            "actions",
            [
                action_record(
                    action_id=a.action_id,
                    cycle_id=cid,
                    indicator_id=ind_by_key.get(a.indicator_key) if a.indicator_key else None,
                    what=a.what,
                    institution=a.institution,
                    owner_side=a.owner_side,
                    priority=a.priority,
                    due=a.due,
                    status=a.status,
                    escalated=a.escalated,
                    last_update_on=a.last_update,
                )
                for a in acts
            ],
        )
        w.add(
            "action-updates",
            [
                update_record(
                    update_id=u["id"], action_id=a.action_id, on_date=u.get("on_date"), status=s
                )
                for a in acts
                for u in sorted(updates.get(a.action_id, []), key=lambda u: str(u.get("on_date")))
                if isinstance(s := u.get("status"), str) and isinstance(u.get("on_date"), str)
            ],
        )


class _Facility:
    """What facility_row reads, from a derived facts row."""

    def __init__(self, id: str, name: str, sector: str, code: str):
        self.id, self.name, self.sector, self.code = id, name, sector, code


def export_package(
    engine: Engine,
    out: str | os.PathLike,
    *,
    organisation_id: str,
    organisation_name: str = "",
    since: str | None = None,
    location: str | None = None,
    licence: str = DEFAULT_LICENCE,
    progress: Callable[[int], None] | None = None,
    chunk: int = CHUNK,
) -> dict[str, int]:
    """Write the organisation's package into the folder `out`; returns rows per table."""
    check_licence(licence)
    scope = []
    if since:
        scope.append(f"Cycles held on or after {since}.")
    if location:
        scope.append(f"Cycles in {location}.")
    with engine.connect() as conn:
        # The ids in order (strings only): which previous rounds are in the package.
        query = _included(conn, organisation_id, since, location)
        included = set(conn.execute(query).scalars())
        with PackageWriter(
            out,
            licence=licence,
            name="scorecard-results",
            title="Community score card results"
            + (f" — {organisation_name}" if organisation_name else ""),
            publisher=organisation_name,
            scope=" ".join(scope),
        ) as w:
            done = 0
            for ids in _chunks(conn, query, chunk):
                _write_chunk(conn, organisation_id, ids, included, w)
                done += len(ids)
                if progress:
                    progress(done)
    return dict(w.counts)


# ---------------------------------------------------------------------- publishing
def publication(conn: Connection, org: str) -> Any:
    return conn.execute(sa.select(t.open_data).where(t.open_data.c.organisation_id == org)).first()


def package_dir(settings: Any, org: str) -> Path:
    return settings.open_data_path / org


def build_published(engine: Engine, settings: Any, org: str, read: Engine | None = None) -> int:
    """(Re)write the served files of one published organisation; returns its cycle count.

    Written beside the live folder and swapped in, so a download never sees half a package."""
    with engine.connect() as conn:
        pub = publication(conn, org)
        name = conn.execute(
            sa.select(t.organisations.c.name).where(t.organisations.c.id == org)
        ).scalar()
    if pub is None:
        raise OpenDataError("This organisation's open data is not published.")
    root = settings.open_data_path
    root.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{org}-", dir=root))
    try:
        counts = export_package(
            read or engine, tmp, organisation_id=org, organisation_name=name, licence=pub.licence
        )
        with zipfile.ZipFile(tmp / ZIP_NAME, "w", zipfile.ZIP_DEFLATED) as z:
            for p in sorted(tmp.iterdir()):
                if p.name != ZIP_NAME:
                    z.write(p, p.name)
        final, old = root / org, root / f".{org}.old"
        shutil.rmtree(old, ignore_errors=True)
        if final.exists():
            final.rename(old)
        tmp.rename(final)
        shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    with engine.begin() as conn:
        conn.execute(
            sa.update(t.open_data)
            .where(t.open_data.c.organisation_id == org)
            .values(built_at=utc_now(), cycles=counts["cycles"])
        )
    return counts["cycles"]


def publish(
    engine: Engine,
    settings: Any,
    org: str,
    *,
    licence: str = DEFAULT_LICENCE,
    by: str = "",
    read: Engine | None = None,
) -> int:
    check_licence(licence)
    with engine.begin() as conn:
        values = {"licence": licence, "published_at": utc_now(), "published_by": by[:254]}
        if publication(conn, org) is None:
            conn.execute(sa.insert(t.open_data).values(organisation_id=org, **values))
        else:
            conn.execute(
                sa.update(t.open_data).where(t.open_data.c.organisation_id == org).values(**values)
            )
    return build_published(engine, settings, org, read)


def unpublish(engine: Engine, settings: Any, org: str) -> bool:
    with engine.begin() as conn:
        gone = conn.execute(sa.delete(t.open_data).where(t.open_data.c.organisation_id == org))
    shutil.rmtree(package_dir(settings, org), ignore_errors=True)
    return bool(gone.rowcount)


def refresh_all(engine: Engine, settings: Any, read: Engine | None = None) -> dict[str, int]:
    with engine.connect() as conn:
        orgs = list(conn.execute(sa.select(t.open_data.c.organisation_id)).scalars())
    return {org: build_published(engine, settings, org, read) for org in orgs}


# ---------------------------------------------------------------------- serving
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
SERVED = {f"{r.name}.csv": "text/csv; charset=utf-8" for r in RESOURCES} | {
    "datapackage.json": "application/json",
    "README.md": "text/markdown; charset=utf-8",
    ZIP_NAME: "application/zip",
}


def install_routes(app: Any, settings: Any, engine: Engine, read: Engine) -> None:
    """GET /open-data/… without a login, for published organisations only (else 404)."""
    from fastapi.responses import FileResponse, JSONResponse
    from starlette.exceptions import HTTPException

    def published(org: str) -> Any:
        if not _UUID.match(org):
            raise HTTPException(404)
        with read.connect() as conn:
            pub = publication(conn, org)
        if pub is None or pub.built_at is None:
            raise HTTPException(404)
        return pub

    @app.get("/open-data/", include_in_schema=False)
    @app.get("/open-data", tags=["open data"])
    def open_data_index() -> Any:
        with read.connect() as conn:
            rows = conn.execute(
                sa.select(t.open_data, t.organisations.c.name)
                .join(t.organisations, t.organisations.c.id == t.open_data.c.organisation_id)
                .where(t.open_data.c.built_at.is_not(None))
                .order_by(t.organisations.c.name)
            ).all()
        return JSONResponse(
            [
                {
                    "organisation": r.name,
                    "datapackage": f"/open-data/{r.organisation_id}/datapackage.json",
                    "zip": f"/open-data/{r.organisation_id}/{ZIP_NAME}",
                    "licence": r.licence,
                    "updated": r.built_at,
                    "cycles": r.cycles,
                }
                for r in rows
            ]
        )

    @app.get("/open-data/{org}/{name}", tags=["open data"])
    def open_data_file(org: str, name: str) -> Any:
        if name not in SERVED:  # a fixed list: no path from the request reaches the disk
            raise HTTPException(404)
        pub = published(org)
        path = package_dir(settings, org) / name
        if not path.is_file():
            raise HTTPException(404)
        headers = {"Cache-Control": "public, max-age=300", "X-Licence": pub.licence}
        if name == ZIP_NAME:
            headers["Content-Disposition"] = f'attachment; filename="{ZIP_NAME}"'
        return FileResponse(path, media_type=SERVED[name], headers=headers)
