"""Benchmark: the head-office dashboard on PostgreSQL with 10,000 cycles.

1. League table, roll-up and action tracker: server time (p50, p95) of the real pages (the real
   app on a real uvicorn on 127.0.0.1, a signed-in session), each against its floor — the very SQL
   statements that page ran (captured from the engine, session and band look-ups included),
   replayed alone on a raw psycopg connection and fetched. Goal: page ≤ 1.5 × its SQL.
   The derived tables are filled set-wise (INSERT … SELECT generate_series): 10,000 cycles of
   5,000 facilities (two rounds each), 10 indicators, community / provider / four group types,
   five actions per cycle.
2. What the derived tables add to a push of 1,000 cycles: `apply_ops` in batches of 500 (as the
   laptop sends them) with the refresh on, against the same ops with the refresh switched off, in
   alternating chunks into two fresh databases. Goal ≤ 1.3×.

    python -m benchmarks.dashboard [--pg-url URL] [--cycles 10000] [--push-cycles 1000]

Needs PostgreSQL: --pg-url or $SCORECARD_TEST_PG_URL (fresh databases are created and dropped).
"""

from __future__ import annotations

import argparse
import os
import socket
import sys
import threading
import time
import uuid
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa

from benchmarks.common import alternate, load_average, machine, percentiles, ratio_line
from scorecard_app.wire import payload_hash


# ------------------------------------------------------------------ databases
@contextmanager
def fresh_database(admin_url: str, tag: str):
    name = f"bench_dash_{tag}_{uuid.uuid4().hex[:6]}"
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = sa.engine.make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


def fill(engine: sa.Engine, org: str, cycles: int) -> None:
    """Derived rows for `cycles` cycles, generated set-wise inside PostgreSQL."""
    half = cycles // 2
    p = {"org": org, "n": cycles, "half": half}
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                """
            INSERT INTO dash_cycles (organisation_id, cycle_id, facility_id, facility, facility_code,
              sector, location, loc1, loc2, loc3, loc4, round_no, previous_cycle_id, latest, stage,
              stage_index, status, training, scale_code, language, held_on, year, stage_dates,
              next_stage, next_due, finished_at, participants, indicators, refreshed_at)
            SELECT :org, 'c' || g, 'f' || ((g - 1) % :half), 'Facility ' || ((g - 1) % :half), '',
              (ARRAY['health','school','water','admin'])[1 + g % 4],
              concat_ws(' › ', 'Region ' || g % 5, 'District ' || g % 50, 'Commune ' || g % 500,
                        'Village ' || g % 2500),
              'Region ' || g % 5, 'District ' || g % 50, 'Commune ' || g % 500, 'Village ' || g % 2500,
              CASE WHEN g > :half THEN 2 ELSE 1 END,
              CASE WHEN g > :half THEN 'c' || (g - :half) END,
              g > :half,
              CASE WHEN g % 7 = 0 THEN 'community_scoring' ELSE 'follow_up' END,
              CASE WHEN g % 7 = 0 THEN 5 ELSE 9 END,
              CASE WHEN g % 7 = 0 THEN 'in_progress' ELSE 'complete' END,
              false, 'faces5', 'en',
              to_char(date '2025-01-01' + (g % 600), 'YYYY-MM-DD'),
              extract(year FROM date '2025-01-01' + (g % 600))::int, '{}',
              CASE WHEN g % 7 = 0 THEN 'provider_scoring' END,
              CASE WHEN g % 7 = 0 THEN to_char(date '2026-06-01' + (g % 300), 'YYYY-MM-DD') END,
              NULL, 30, 10, '2026-11-29T00:00:00Z'
            FROM generate_series(1, :n) AS g
            """
            ),
            p,
        )
        conn.execute(
            sa.text(
                """
            INSERT INTO dash_results (organisation_id, cycle_id, indicator_key, breakdown, category,
              indicator_id, indicator_text, position, provider_only, n, votes, score, median, mean,
              consensus, provider, gap, previous, change, score_100, scale_code)
            SELECT :org, 'c' || g, 'HC0' || i, b.breakdown, b.category, 'i' || g || '-' || i,
              'Indicator ' || i, i, false, 9, 9, s.v, s.v, s.v, NULL, pv.v, s.v - pv.v, NULL, NULL,
              (s.v - 1) * 25, 'faces5'
            FROM generate_series(1, :n) AS g
            CROSS JOIN generate_series(0, 9) AS i
            CROSS JOIN (VALUES ('community', ''), ('provider', ''), ('group_type', 'women'),
                               ('group_type', 'men'), ('group_type', 'youth'),
                               ('group_type', 'elders')) AS b(breakdown, category)
            CROSS JOIN LATERAL (SELECT 1 + ((g * 7 + i * 3 + length(b.category)) % 9) / 2.0 AS v) s
            CROSS JOIN LATERAL (SELECT 1 + ((g * 5 + i) % 9) / 2.0 AS v) pv
            """
            ),
            p,
        )
        conn.execute(
            sa.text(
                """
            UPDATE dash_cycles c SET avg_100 = s.a
            FROM (SELECT cycle_id, avg(score_100) AS a FROM dash_results
                  WHERE organisation_id = :org AND breakdown = 'community' GROUP BY cycle_id) s
            WHERE c.organisation_id = :org AND c.cycle_id = s.cycle_id
            """
            ),
            p,
        )
        conn.execute(
            sa.text(
                """
            INSERT INTO dash_actions (organisation_id, action_id, cycle_id, what, indicator_key,
              indicator_text, responsible, institution, owner_side, due, status, is_open,
              escalated, priority, last_update, done_on)
            SELECT :org, 'a' || g || '-' || k, 'c' || g, 'Action ' || k, 'HC0' || k, 'Indicator ' || k,
              'Person ' || (g * 3 + k) % 400, (ARRAY['Health centre','Commune','District office',
              'School board'])[1 + (g + k) % 4], 'other',
              to_char(date '2026-01-01' + ((g * 13 + k) % 500), 'YYYY-MM-DD'),
              (ARRAY['not_started','in_progress','done','blocked','done'])[1 + (g + k) % 5],
              ((g + k) % 5) NOT IN (2, 4), (g + k) % 11 = 0, 'medium', NULL, NULL
            FROM generate_series(1, :n) AS g CROSS JOIN generate_series(0, 4) AS k
            """
            ),
            p,
        )
        conn.execute(
            sa.text(
                """
            INSERT INTO dash_participation (organisation_id, cycle_id, breakdown, category, n)
            SELECT :org, 'c' || g, b.breakdown, b.category, 3 + (g + length(b.category)) % 8
            FROM generate_series(1, :n) AS g
            CROSS JOIN (VALUES ('total', ''), ('group_type', 'women'), ('group_type', 'men'),
                               ('gender', 'female'), ('gender', 'male'), ('age_band', '25-34'),
                               ('age_band', '35-49')) AS b(breakdown, category)
            """
            ),
            p,
        )
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE")


# ------------------------------------------------------------------ the real server
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, app: Any):
        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> Server:
        import httpx

        self.thread.start()
        for _ in range(300):
            try:
                httpx.get(self.url + "/v1/hello", timeout=1)
                return self
            except httpx.HTTPError:
                time.sleep(0.05)
        raise RuntimeError("server did not start")

    def __exit__(self, *exc: Any) -> None:
        self.server.should_exit = True
        self.thread.join(10)


def pages(url: str, rounds: int) -> list[str]:
    import httpx
    from scorecard_sync.api import create_app
    from scorecard_sync.config import Settings
    from scorecard_sync.db import make_engine
    from scorecard_sync.devices import organisation_id
    from scorecard_sync.migrate import upgrade
    from scorecard_sync.users import add_user

    engine = make_engine(url)
    upgrade(engine)
    org = organisation_id(engine)
    t0 = time.perf_counter()
    fill(engine, org, ARGS.cycles)
    lines = [f"- filled {ARGS.cycles:,} cycles set-wise in {time.perf_counter() - t0:.1f} s"]
    add_user(engine, "bench@example.org", "benchmark password", "admin", org)
    captured: list[tuple[str, Any]] = []
    capture = {"on": False}

    @sa.event.listens_for(engine, "before_cursor_execute")
    def _grab(_conn, _cursor, statement, parameters, _context, _many):  # noqa: ANN001
        if capture["on"]:
            captured.append((statement, parameters))

    app = create_app(Settings(database_url=url), engine)
    raw = engine.raw_connection()  # the floor: the same statements on a bare DBAPI connection
    with Server(app) as srv, httpx.Client(base_url=srv.url, timeout=120) as http:
        login = http.get("/dashboard/login")
        token = login.text.split('name="csrf" value="', 1)[1].split('"', 1)[0]
        r = http.post(
            "/dashboard/login",
            data={"csrf": token, "email": "bench@example.org", "password": "benchmark password"},
        )
        assert r.status_code in (200, 303), r.status_code
        for name, path in (
            ("league table", "/dashboard/league"),
            ("roll-up (regions)", "/dashboard/rollup"),
            ("action tracker", "/dashboard/actions"),
        ):
            captured.clear()
            capture["on"] = True
            assert http.get(path).status_code == 200
            capture["on"] = False
            statements = list(captured)

            def page() -> None:
                assert http.get(path).status_code == 200  # noqa: B023

            def floor() -> None:
                cur = raw.cursor()
                for stmt, params in statements:  # noqa: B023
                    cur.execute(stmt, params)
                    if cur.description is not None:
                        cur.fetchall()
                cur.close()
                raw.rollback()

            work, base = [], []
            for _ in range(rounds):
                for fn, out in ((page, work), (floor, base)):
                    t = time.perf_counter()
                    fn()
                    out.append(time.perf_counter() - t)
            w, b = percentiles(work), percentiles(base)
            ratio = w["p50"] / b["p50"]
            lines.append(
                f"| {name} | {len(statements)} | {w['p50'] * 1000:.0f} | {w['p95'] * 1000:.0f} | "
                f"{b['p50'] * 1000:.0f} | {b['p95'] * 1000:.0f} | **{ratio:.2f}×** "
                f"({'met' if ratio <= 1.5 else 'MISSED'}) |"
            )
            print(lines[-1], flush=True)
    raw.close()
    engine.dispose()
    return lines


# ------------------------------------------------------------------ push cost
def _op(entity: str, rid: str, fields: dict, cycle_id: str | None) -> dict:
    body = {
        "op_id": str(uuid.uuid4()),
        "entity": entity,
        "record_id": rid,
        "op": "insert",
        "fields": fields,
        "base": {},
        "base_version": 0,
        "cycle_id": cycle_id,
        "created_at": "2026-11-22T10:00:00Z",
    }
    body["payload_hash"] = payload_hash(body)
    return body


def cycle_ops(n: int) -> list[dict]:
    """One laptop's cycle as its outbox sends it: about 70 ops (groups, people, scores, votes)."""
    fid, cid = str(uuid.uuid4()), str(uuid.uuid4())
    ops = [
        _op("facility", fid, {"name": f"Health centre {n}", "sector": "health", "code": ""}, None),
        _op(
            "cycle",
            cid,
            {
                "facility_id": fid,
                "community": f"Region {n % 5} › District {n % 50} › Commune {n % 500}",
                "round_no": 1,
                "previous_cycle_id": None,
                "scale_code": "faces5",
                "scoring_mode": "both",
                "language": "en",
                "status": "in_progress",
                "stage": "community_scoring",
                "training": False,
                "lead_facilitator": "Amina",
                "facilitators": [],
                "stage_dates": {"setup": {"planned": "2026-10-01", "actual": "2026-10-01"}},
                "next_review": None,
                "finished_at": None,
            },
            cid,
        ),
    ]
    groups = []
    for pos, (kind, gtype) in enumerate(
        (
            ("community", "women"),
            ("community", "men"),
            ("community", "youth"),
            ("provider", "staff"),
        )
    ):
        gid = str(uuid.uuid4())
        groups.append(gid)
        ops.append(
            _op(
                "group",
                gid,
                {
                    "cycle_id": cid,
                    "name": gtype,
                    "kind": kind,
                    "type": gtype,
                    "facilitators": [],
                    "position": pos,
                },
                cid,
            )
        )
    people = []
    for k in range(12):
        pid = str(uuid.uuid4())
        people.append(pid)
        ops.append(
            _op(
                "participant",
                pid,
                {
                    "cycle_id": cid,
                    "group_id": groups[k % 4],
                    "number": k + 1,
                    "age_band": "25-34",
                    "gender": "female" if k % 2 else "male",
                    "disability": False,
                    "minority": False,
                    "poor": False,
                    "youth": False,
                    "countable": True,
                },
                cid,
            )
        )
    indicators = []
    for i in range(6):
        iid = str(uuid.uuid4())
        indicators.append(iid)
        ops.append(
            _op(
                "indicator",
                iid,
                {
                    "cycle_id": cid,
                    "text": f"Indicator {i}",
                    "code": f"HC0{i}",
                    "pictogram": "",
                    "position": i,
                    "provider_only": False,
                    "source_issue_id": None,
                },
                cid,
            )
        )
    for g in groups:
        for i, iid in enumerate(indicators):
            ops.append(
                _op(
                    "score",
                    str(uuid.uuid4()),
                    {
                        "cycle_id": cid,
                        "group_id": g,
                        "indicator_id": iid,
                        "value": 1 + (n + i) % 5,
                        "reason": "",
                        "suggestion": "",
                    },
                    cid,
                )
            )
    for pid in people[:4]:
        for i, iid in enumerate(indicators):
            ops.append(
                _op(
                    "vote",
                    str(uuid.uuid4()),
                    {
                        "cycle_id": cid,
                        "participant_id": pid,
                        "indicator_id": iid,
                        "value": 1 + i % 5,
                    },
                    cid,
                )
            )
    return ops


def push_cost(admin_url: str, cycles: int, chunks: int = 4) -> list[str]:
    from scorecard_sync import derived
    from scorecard_sync.apply import Device, apply_ops
    from scorecard_sync.db import make_engine
    from scorecard_sync.devices import organisation_id
    from scorecard_sync.migrate import upgrade

    real_refresh = derived.refresh_after_ops
    timings = {"with": 0.0, "without": 0.0}
    ops_total = 0
    with fresh_database(admin_url, "on") as url_on, fresh_database(admin_url, "off") as url_off:
        engines = {"with": make_engine(url_on), "without": make_engine(url_off)}
        devices = {}
        for key, eng in engines.items():
            upgrade(eng)
            devices[key] = Device(id=str(uuid.uuid4()), organisation_id=organisation_id(eng))
        per_chunk = cycles // chunks
        for chunk in range(chunks):
            batch_ops = [op for n in range(per_chunk) for op in cycle_ops(chunk * per_chunk + n)]
            ops_total += len(batch_ops)
            order = ("with", "without") if chunk % 2 == 0 else ("without", "with")
            for key in order:
                derived.refresh_after_ops = (
                    real_refresh if key == "with" else (lambda *a, **k: None)
                )
                t = time.perf_counter()
                for start in range(0, len(batch_ops), 500):
                    results = apply_ops(engines[key], devices[key], batch_ops[start : start + 500])
                    assert all(r["status"] == "applied" for r in results)
                timings[key] += time.perf_counter() - t
        derived.refresh_after_ops = real_refresh
        with engines["with"].connect() as conn:
            made = conn.execute(
                sa.select(sa.func.count()).select_from(sa.table("dash_cycles"))
            ).scalar()
        for eng in engines.values():
            eng.dispose()
    assert made == per_chunk * chunks, made
    ratio = timings["with"] / timings["without"]
    return [
        f"- push of {per_chunk * chunks:,} cycles ({ops_total:,} ops, batches of 500, apply_ops on "
        f"PostgreSQL): {timings['with']:.1f} s with derived tables vs {timings['without']:.1f} s "
        f"without → **{ratio:.2f}×** (goal ≤ 1.3×: {'met' if ratio <= 1.3 else 'MISSED'}); "
        f"{made:,} cycles' derived rows written"
    ]


# ------------------------------------------------------------------ head-office stats
def fill_records(engine: sa.Engine, org: str, cycles: int) -> None:
    """What `cycles` laptop cycles leave in records and the op log (72 records and ops each,
    as `cycle_ops` makes them; every 97th deleted, one attachment per ten cycles, 50 laptops),
    generated set-wise inside PostgreSQL."""
    p = {"org": org, "n": cycles}
    kinds = """CASE WHEN k = 0 THEN 'facility' WHEN k = 1 THEN 'cycle' WHEN k < 6 THEN 'group'
        WHEN k < 18 THEN 'participant' WHEN k < 24 THEN 'indicator' WHEN k < 48 THEN 'score'
        WHEN k < 71 THEN 'vote' WHEN g % 10 = 0 THEN 'attachment' ELSE 'vote' END"""
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                f"""
            INSERT INTO records (organisation_id, entity, record_id, data, deleted, version,
              origin, cycle_id, device_id, created_at, updated_at)
            SELECT :org, {kinds}, md5(g || '-' || k),
              CASE WHEN k = 71 AND g % 10 = 0
                THEN '{{"sha256":"' || md5(g::text) || md5(k::text) || '","size": 1000}}'
                ELSE '{{"cycle_id":"c' || g || '","group_id":"' || md5(g || 'g' || k % 4)
                  || '","indicator_id":"' || md5(g || 'i' || k % 6) || '","value":'
                  || (1 + (g + k) % 5) || ',"reason":"Long queue in the morning"}}' END,
              (g * 31 + k) % 97 = 0, 1, 'device', 'c' || g, 'd' || g % 50,
              '2026-11-29T00:00:00Z', '2026-11-29T00:00:00Z'
            FROM generate_series(1, :n) AS g CROSS JOIN generate_series(0, 71) AS k
            """
            ),
            p,
        )
        conn.execute(
            sa.text(
                f"""
            INSERT INTO applied_ops (organisation_id, op_id, device_id, payload_hash, entity,
              record_id, op, result, status, received_at, via)
            SELECT :org, md5('op' || g || '-' || k), 'd' || g % 50,
              md5(g || 'h' || k) || md5(k || 'h' || g), {kinds}, md5(g || '-' || k),
              '{{"op":"insert","fields":{{"value": 3,"reason":"Long queue in the morning"}}}}',
              '{{"status":"applied"}}',
              CASE WHEN (g + k) % 211 = 0 THEN 'conflict' WHEN (g + k) % 307 = 0 THEN 'rejected'
                ELSE 'applied' END,
              '2026-11-29T00:00:00Z', 'push'
            FROM generate_series(1, :n) AS g CROSS JOIN generate_series(0, 71) AS k
            """
            ),
            p,
        )
        conn.execute(
            t_devices_insert(),
            [
                {
                    "id": f"d{i}",
                    "organisation_id": org,
                    "label": f"Laptop {i}",
                    "token_hash": uuid.uuid4().hex,
                    "bundle_key": "",
                    "enrolled_at": "2026-11-01T00:00:00Z",
                }
                for i in range(50)
            ],
        )
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE")


def t_devices_insert() -> Any:
    from scorecard_sync import tables as t

    return t.devices.insert()


def stats_cost(admin_url: str, cycles: int, rounds: int) -> list[str]:
    """`scorecard-sync stats` (records per entity and per laptop, ops per laptop and outcome,
    conflicts, quarantine, files) against its floor: the two GROUP BYs those figures are sums
    of — records by entity, deletion and laptop; the op log by laptop and outcome — run alone
    on a bare psycopg connection and fetched."""
    from scorecard_sync import stats
    from scorecard_sync.db import make_engine
    from scorecard_sync.devices import organisation_id
    from scorecard_sync.migrate import upgrade

    with fresh_database(admin_url, "stats") as url:
        engine = make_engine(url)
        upgrade(engine)
        t0 = time.perf_counter()
        fill_records(engine, organisation_id(engine), cycles)
        filled = time.perf_counter() - t0
        raw = engine.raw_connection()
        found: dict[str, Any] = {}

        def work() -> None:
            found["stats"] = stats.stats(engine)

        def floor() -> None:
            cur = raw.cursor()
            cur.execute(
                "SELECT entity, deleted, device_id, count(*) FROM records "
                "GROUP BY entity, deleted, device_id"
            )
            cur.fetchall()
            cur.execute("SELECT device_id, status, count(*) FROM applied_ops GROUP BY 1, 2")
            cur.fetchall()
            cur.close()
            raw.rollback()

        a, b = alternate(work, floor, rounds)
        raw.close()
        engine.dispose()
    records = sum(found["stats"]["records"].values()) + sum(found["stats"]["deleted"].values())
    return [
        f"- filled {cycles:,} cycles' records and op log set-wise in {filled:.1f} s "
        f"({records:,} records)",
        "- "
        + ratio_line(
            f"head-office stats (`scorecard-sync stats`), {cycles:,} cycles, vs its own GROUP BYs",
            a,
            b,
            goal=1.5,
            row=f"head-office stats, {cycles:,} cycles",
        ),
    ]


def main() -> int:
    global ARGS
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--pg-url", default=os.environ.get("SCORECARD_TEST_PG_URL"))
    p.add_argument("--cycles", type=int, default=10_000)
    p.add_argument("--push-cycles", type=int, default=1_000)
    p.add_argument("--rounds", type=int, default=15)
    p.add_argument("--only", choices=["pages", "push", "stats"], help="run one part only")
    ARGS = p.parse_args()
    if not ARGS.pg_url:
        print(
            "benchmarks.dashboard needs PostgreSQL: --pg-url or $SCORECARD_TEST_PG_URL",
            file=sys.stderr,
        )
        return 2
    print(machine(), "·", load_average(), flush=True)
    if ARGS.only in (None, "pages"):
        print(
            "| page | SQL statements | p50 ms | p95 ms | its SQL alone p50 ms | p95 ms "
            "| ratio (p50) |"
        )
        print("|---|---|---|---|---|---|---|")
        with fresh_database(ARGS.pg_url, "pages") as url:
            lines = pages(url, ARGS.rounds)
        print(lines[0])
    if ARGS.only in (None, "stats"):
        for line in stats_cost(ARGS.pg_url, ARGS.cycles, ARGS.rounds):
            print(line, flush=True)
    if ARGS.only in (None, "push"):
        for line in push_cost(ARGS.pg_url, ARGS.push_cycles):
            print(line, flush=True)
    print(load_average())
    return 0


ARGS: argparse.Namespace


if __name__ == "__main__":
    sys.exit(main())
