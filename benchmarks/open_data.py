"""Benchmark: the open-data export of 10,000 cycles on PostgreSQL — time, peak memory, and the floor.

Builds a fresh PostgreSQL database whose derived tables hold N cycles (the demo's three rounds,
computed by the server's own derived.cycle_rows, copied with fresh ids to N/3 facilities), plus
an organisation of N/10 cycles to show memory does not grow with the organisation. Then:

- **export**: `scorecard-sync open-data -o DIR` (export_package) in a fresh process each time:
  wall time, the process's peak RSS above its baseline after imports, and tracemalloc's peak of
  Python allocations (a separate run, since tracing slows it down);
- **floor**: the same rows (cycles, results of the three breakdowns, actions, follow-ups)
  copied out by plain `COPY (SELECT …) TO STDOUT WITH CSV` into files: the plainest way to move
  those rows from the database to CSV.

    python -m benchmarks.open_data [--cycles 10000] [--pg-url URL]

Uses --pg-url or $SCORECARD_TEST_PG_URL (a fresh database is created and dropped).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import sqlalchemy as sa

from benchmarks.common import machine

RESULT_BREAKDOWNS = ("community", "provider", "group_type")


def _ids(rows: list[dict], fields: tuple[str, ...]) -> set[str]:
    return {r[f] for r in rows for f in fields if r.get(f)}


def _renamed(ids: set[str], org: str, copy: int) -> dict[str, str]:
    """Fresh ids for one copy of the template, the same in every table."""
    return {old: str(uuid.uuid5(uuid.NAMESPACE_URL, f"{org}/{copy}/{old}")) for old in ids}


def populate(url: str, org_sizes: dict[str, int]) -> dict[str, str]:
    """Fill the derived tables (and the records the export reads) by COPY; returns org ids."""
    import psycopg
    from scorecard_sync import derived
    from scorecard_sync import tables as t
    from scorecard_sync.db import make_engine
    from scorecard_sync.migrate import create_organisation, upgrade

    from scorecard_app.demo import seed_demo
    from scorecard_app.store import Store

    engine = make_engine(url)
    upgrade(engine)
    with tempfile.TemporaryDirectory() as tmp:
        with Store.open(Path(tmp) / "demo.sqlite3", backups=False) as s:
            ids = seed_demo(s)
            rounds = [s.load_cycle(i) for i in ids]
    template: dict[str, list[dict]] = {
        "dash_cycles": [],
        "dash_results": [],
        "dash_actions": [],
        "dash_participation": [],
    }
    updates: list[dict] = []
    for k, data in enumerate(rounds):
        for name, rows in derived.cycle_rows("ORG", data, rounds[k - 1] if k else None).items():
            template[name] += rows
        updates += [
            {"id": u.id, "action_id": u.action_id, "on_date": u.on_date, "status": u.status}
            | {"note": "seen", "cycle_id": data.cycle.id}
            for u in data.updates
        ]
    # every id in the template, replaced per copy (facility, cycles, indicators, actions, updates)
    replace = _ids(template["dash_cycles"], ("cycle_id", "facility_id", "previous_cycle_id"))
    replace |= _ids(template["dash_results"], ("indicator_id",))
    replace |= _ids(template["dash_actions"], ("action_id",))
    replace |= {u["id"] for u in updates}
    modes = {data.cycle.id: data.cycle.scoring_mode for data in rounds}
    cols = {name: list(getattr(t, name).c.keys()) for name in template}
    org_ids = {}
    raw_url = url.replace("postgresql+psycopg://", "postgresql://")
    with engine.begin() as conn:
        for name in org_sizes:
            org_ids[name] = create_organisation(conn, name)
    with psycopg.connect(raw_url) as pg:
        for name, n_cycles in org_sizes.items():
            org = org_ids[name]
            copies = max(1, n_cycles // len(rounds))
            with pg.cursor() as cur:
                for table in template:
                    with cur.copy(f"COPY {table} ({', '.join(cols[table])}) FROM STDIN") as cp:
                        for i in range(copies):
                            new = _renamed(replace, org, i)
                            for row in template[table]:
                                cp.write_row(
                                    [
                                        org if c == "organisation_id" else new.get(row[c], row[c])
                                        for c in cols[table]
                                    ]
                                )
                rec_cols = "organisation_id, entity, record_id, data, deleted, version, origin, cycle_id, created_at, updated_at"
                with cur.copy(f"COPY records ({rec_cols}) FROM STDIN") as cp:
                    for i in range(copies):
                        new = _renamed(replace, org, i)
                        now = "2026-11-29T00:00:00Z"
                        for cid, mode in modes.items():
                            data = json.dumps({"scoring_mode": mode, "training": False})
                            cp.write_row(
                                [
                                    org,
                                    "cycle",
                                    new[cid],
                                    data,
                                    False,
                                    1,
                                    "device",
                                    new[cid],
                                    now,
                                    now,
                                ]
                            )
                        for u in updates:
                            data = json.dumps(
                                {
                                    "action_id": new[u["action_id"]],
                                    "on_date": u["on_date"],
                                    "status": u["status"],
                                    "note": u["note"],
                                }
                            )
                            cp.write_row(
                                [org, "action_update", new[u["id"]], data, False, 1, "device"]
                                + [new[u["cycle_id"]], now, now]
                            )
        pg.commit()
        pg.execute("ANALYZE")
    engine.dispose()
    return org_ids


_CHILD = """
import json, resource, sys, time
mode, url, org, out = sys.argv[1:5]
from scorecard_sync.db import make_engine
from scorecard_sync.opendata import export_package
engine = make_engine(url)
with engine.connect() as c:
    c.exec_driver_sql("SELECT 1")
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
if mode == "trace":
    import tracemalloc
    tracemalloc.start()
t0 = time.perf_counter()
counts = export_package(engine, out, organisation_id=org)
seconds = time.perf_counter() - t0
peak_py = tracemalloc.get_traced_memory()[1] if mode == "trace" else None
print(json.dumps({"seconds": seconds, "rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "rss_base_kb": base, "py_peak": peak_py, "counts": counts}))
"""


def export_run(url: str, org: str, out: Path, mode: str) -> dict:
    r = subprocess.run(
        [sys.executable, "-c", _CHILD, mode, url, org, str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(r.stdout.strip().splitlines()[-1])


def floor_run(url: str, org: str, out: Path) -> float:
    """The same rows by COPY … TO STDOUT CSV, straight into files."""
    import psycopg

    out.mkdir(parents=True, exist_ok=True)
    queries = {
        "cycles": "SELECT c.*, r.data FROM dash_cycles c JOIN records r ON r.organisation_id = "
        "c.organisation_id AND r.entity = 'cycle' AND r.record_id = c.cycle_id "
        "WHERE c.organisation_id = '{org}' AND NOT c.training",
        "results": "SELECT * FROM dash_results WHERE organisation_id = '{org}' AND breakdown IN "
        "('community', 'provider', 'group_type')",
        "actions": "SELECT * FROM dash_actions WHERE organisation_id = '{org}'",
        "updates": "SELECT record_id, data FROM records WHERE organisation_id = '{org}' "
        "AND entity = 'action_update' AND NOT deleted",
    }
    t0 = time.perf_counter()
    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as pg:
        with pg.cursor() as cur:
            for name, q in queries.items():
                sql = q.format(org=uuid.UUID(org))  # an id we made: safe to inline
                with open(out / f"{name}.csv", "wb") as fh:
                    with cur.copy(f"COPY ({sql}) TO STDOUT WITH CSV HEADER") as cp:
                        for block in cp:
                            fh.write(block)
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cycles", type=int, default=10_000)
    ap.add_argument("--pg-url", default=os.environ.get("SCORECARD_TEST_PG_URL"))
    args = ap.parse_args(argv)
    if not args.pg_url:
        print("PostgreSQL needed: --pg-url or $SCORECARD_TEST_PG_URL", file=sys.stderr)
        return 2
    # a stopped run (timeout, Ctrl-C) still drops its database in the finally below
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    name = f"sc_bench_open_data_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(args.pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = sa.engine.make_url(args.pg_url).set(database=name).render_as_string(hide_password=False)
    try:
        print(f"machine: {machine()}; load average {os.getloadavg()}", flush=True)
        t0 = time.perf_counter()
        small = max(3, args.cycles // 10)
        orgs = populate(url, {"big": args.cycles, "small": small})
        print(f"populated {args.cycles} + {small} cycles in {time.perf_counter() - t0:.1f} s")
        with tempfile.TemporaryDirectory() as tmp:
            for label in ("small", "big"):
                org = orgs[label]
                run = export_run(url, org, Path(tmp) / f"{label}-pkg", "plain")
                floor = min(floor_run(url, org, Path(tmp) / f"{label}-floor") for _ in range(2))
                size = sum(p.stat().st_size for p in (Path(tmp) / f"{label}-pkg").iterdir())
                c = run["counts"]
                print(
                    f"{label}: {c['cycles']} cycles, {c['results']} results, {c['actions']} actions, "
                    f"{c['action-updates']} updates, {size / 1e6:.1f} MB of package\n"
                    f"  export {run['seconds']:.2f} s; floor (COPY … TO CSV) {floor:.2f} s; "
                    f"ratio {run['seconds'] / floor:.1f}×\n"
                    f"  peak RSS {run['rss_kb'] / 1024:.0f} MB (baseline after imports "
                    f"{run['rss_base_kb'] / 1024:.0f} MB, +{(run['rss_kb'] - run['rss_base_kb']) / 1024:.0f} MB)",
                    flush=True,
                )
                traced = export_run(url, org, Path(tmp) / f"{label}-trace", "trace")
                print(f"  tracemalloc peak {traced['py_peak'] / 1e6:.1f} MB", flush=True)
        print(f"load average after: {os.getloadavg()}")
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
