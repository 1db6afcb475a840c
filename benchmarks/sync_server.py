"""Benchmark: 100 laptops pushing to one sync server at once (errors, latency), SQLite and PostgreSQL.

Runs a real `scorecard-sync serve` (uvicorn, 1 or N worker processes) on 127.0.0.1 against a
fresh database, enrols the devices, then every device pushes its own field trip (a cycle with
groups, participants and scores) in batches from its own thread. Bounded: a fixed number of ops
and a time limit. The floor, measured in the same run on a fresh database of the same backend:
the same ops stored by one client in one transaction (`apply_ops` in-process, no HTTP, no
concurrency); the ratio server ops/s ÷ floor ops/s is printed.

    python -m benchmarks.sync_server [--devices 100] [--batches 4] [--ops 50] [--pg-url URL]
                                     [--pg-workers 1 4]

PostgreSQL is measured when --pg-url or $SCORECARD_TEST_PG_URL points at a server (a fresh
database is created and dropped per configuration)."""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import sqlalchemy as sa

from scorecard_app.wire import canonical_json, payload_hash

_canonical = canonical_json  # the one wire spelling (scorecard_app.wire)


def _op(entity: str, record_id: str, fields: dict, cycle_id: str | None) -> dict:
    body = {
        "op_id": str(uuid.uuid4()),
        "entity": entity,
        "record_id": record_id,
        "op": "insert",
        "fields": fields,
        "base": {},
        "base_version": 0,
        "cycle_id": cycle_id,
        "created_at": "2026-11-22T10:00:00Z",
    }
    return body  # as today's laptop sends it: head office computes the payload hash


def field_trip(n_ops: int) -> list[dict]:
    """One laptop's outbox: a facility, a cycle, groups, indicators, then participants and scores."""
    fid, cid = str(uuid.uuid4()), str(uuid.uuid4())
    ops = [
        _op("facility", fid, {"name": "Health centre", "sector": "health", "code": ""}, None),
        _op(
            "cycle",
            cid,
            {
                "facility_id": fid,
                "community": "North › Village",
                "round_no": 1,
                "previous_cycle_id": None,
                "scale_code": "faces5",
                "scoring_mode": "consensus",
                "language": "en",
                "status": "in_progress",
                "stage": "community_scoring",
                "training": False,
                "lead_facilitator": "A",
                "facilitators": [],
                "stage_dates": {},
                "next_review": None,
                "finished_at": None,
            },
            cid,
        ),
    ]
    groups = [str(uuid.uuid4()) for _ in range(4)]
    indicators = [str(uuid.uuid4()) for _ in range(8)]
    for i, g in enumerate(groups):
        ops.append(
            _op(
                "group",
                g,
                {
                    "cycle_id": cid,
                    "name": f"Group {i}",
                    "kind": "community",
                    "type": "custom",
                    "facilitators": [],
                    "position": i,
                },
                cid,
            )
        )
    for i, ind in enumerate(indicators):
        ops.append(
            _op(
                "indicator",
                ind,
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
    number = 0
    while len(ops) < n_ops:
        number += 1
        g = groups[number % len(groups)]
        if number % 2:
            ops.append(
                _op(
                    "participant",
                    str(uuid.uuid4()),
                    {
                        "cycle_id": cid,
                        "group_id": g,
                        "number": number,
                        "age_band": "25-34",
                        "gender": "female",
                        "disability": False,
                        "minority": False,
                        "poor": True,
                        "youth": False,
                        "countable": True,
                    },
                    cid,
                )
            )
        else:
            ops.append(
                _op(
                    "score",
                    str(uuid.uuid4()),
                    {
                        "cycle_id": cid,
                        "group_id": g,
                        "indicator_id": indicators[number % 8],
                        "value": 3,  # on the cycle's 1–5 scale (the server checks)
                        "reason": "Long queue in the morning",
                        "suggestion": "Open earlier",
                    },
                    cid,
                )
            )
    return ops[:n_ops]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def machine() -> dict:
    """What the figures came from: cores and how busy the machine was."""
    import platform
    import sqlite3

    return {
        "cores": os.cpu_count(),
        "load_avg_1_5_15": [round(x, 2) for x in os.getloadavg()],
        "cpu": next(
            (
                line.split(":", 1)[1].strip()
                for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")
            ),
            platform.processor(),
        ),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
    }


def floor(database_url: str, devices: int, n_ops: int) -> dict:
    """The same ops (every device's field trip) stored by one client in one transaction."""
    from scorecard_sync.apply import Device, apply_ops
    from scorecard_sync.db import make_engine
    from scorecard_sync.devices import enrol, make_enrolment_code
    from scorecard_sync.migrate import upgrade

    engine = make_engine(database_url)
    upgrade(engine)
    code, _ = make_enrolment_code(engine, label="floor")
    enrolled = enrol(engine, code, "floor", "bench")
    device = Device(enrolled["device_id"], enrolled["organisation_id"])
    ops = [op for _ in range(devices) for op in field_trip(n_ops)]
    t0 = time.perf_counter()
    results = apply_ops(engine, device, ops)
    wall = time.perf_counter() - t0
    engine.dispose()
    applied = sum(r["status"] == "applied" for r in results)
    return {
        "floor_ops": len(ops),
        "floor_applied": applied,
        "floor_s": round(wall, 2),
        "floor_ops_per_s": round(len(ops) / wall),
    }


def raw_floor(database_url: str, devices: int, n_ops: int) -> dict:
    """The storage alone: the rows the server ends with for those ops (records, the op log, the
    feed), bulk-inserted by one client in one transaction (no merge rules, no HTTP)."""
    from scorecard_sync import tables as t
    from scorecard_sync.db import make_engine
    from scorecard_sync.migrate import upgrade

    engine = make_engine(database_url)
    upgrade(engine)
    ops = [op for _ in range(devices) for op in field_trip(n_ops)]
    with engine.connect() as conn:
        org = conn.execute(sa.select(t.organisations.c.id)).scalar()
    now = "2026-11-29T00:00:00Z"
    t0 = time.perf_counter()
    with engine.begin() as conn:
        conn.execute(
            t.records.insert(),
            [
                {
                    "organisation_id": org,
                    "entity": o["entity"],
                    "record_id": o["record_id"],
                    "data": _canonical(o["fields"]).decode(),
                    "origin": "device",
                    "cycle_id": o["cycle_id"],
                    "created_at": now,
                    "updated_at": now,
                }
                for o in ops
            ],
        )
        conn.execute(
            t.applied_ops.insert(),
            [
                {
                    "organisation_id": org,
                    "op_id": o["op_id"],
                    "device_id": "floor",
                    "payload_hash": payload_hash(o),
                    "entity": o["entity"],
                    "record_id": o["record_id"],
                    "op": _canonical(o).decode(),
                    "result": '{"status":"applied"}',
                    "status": "applied",
                    "received_at": now,
                }
                for o in ops
            ],
        )
        conn.execute(
            t.changes.insert(),
            [
                {
                    "organisation_id": org,
                    "seq": i + 1,
                    "entity": o["entity"],
                    "record_id": o["record_id"],
                    "op": "upsert",
                    "fields": _canonical(o["fields"]).decode(),
                    "server_time": now,
                    "cycle_id": o["cycle_id"],
                }
                for i, o in enumerate(ops)
            ],
        )
    wall = time.perf_counter() - t0
    engine.dispose()
    return {"raw_floor_s": round(wall, 2), "raw_floor_ops_per_s": round(len(ops) / wall)}


def run(
    database_url: str,
    devices: int,
    batches: int,
    ops_per_batch: int,
    time_limit: float,
    workdir: Path,
    workers: int = 1,
) -> dict:
    from scorecard_sync.db import make_engine
    from scorecard_sync.devices import make_enrolment_code
    from scorecard_sync.migrate import upgrade

    engine = make_engine(database_url)
    upgrade(engine)
    codes = [make_enrolment_code(engine, label=f"bench {i}")[0] for i in range(devices)]
    port = _free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "scorecard_sync",
            "serve",
            "--port",
            str(port),
            "--database-url",
            database_url,
            "--blob-dir",
            str(workdir / "blobs"),
            "--log-level",
            "warning",
            "--no-access-log",
            "--workers",
            str(workers),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(400):
            try:
                httpx.get(f"{url}/v1/hello", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.05)
        tokens = []
        with httpx.Client(base_url=url, timeout=30) as c:
            for code in codes:
                tokens.append(
                    c.post(
                        "/v1/enrol",
                        json={"code": code, "device_label": "b", "app_version": "bench"},
                    ).json()["token"]
                )
        outboxes = [field_trip(batches * ops_per_batch) for _ in range(devices)]
        latencies: list[float] = []
        errors: list[str] = []
        busy: list[int] = []  # 503 + Retry-After answers (waited out, then sent again)
        lock = threading.Lock()
        start_gate = threading.Barrier(devices)
        deadline = time.monotonic() + time_limit

        def device(i: int) -> None:
            ops = outboxes[i]
            with httpx.Client(
                base_url=url, headers={"Authorization": f"Bearer {tokens[i]}"}, timeout=120
            ) as c:
                start_gate.wait()
                for b in range(batches):
                    if time.monotonic() > deadline:
                        with lock:
                            errors.append("time limit")
                        return
                    batch = ops[b * ops_per_batch : (b + 1) * ops_per_batch]
                    t0 = time.perf_counter()
                    body = {"batch_id": str(uuid.uuid4()), "ops": batch}
                    try:
                        for _attempt in range(10):  # a 503 is waited out as the laptop does
                            r = c.post("/v1/push", json=body)
                            if r.status_code != 503:
                                break
                            with lock:
                                busy.append(1)
                            time.sleep(float(r.headers.get("Retry-After", "1")))
                        ok = r.status_code == 200 and all(
                            x["status"] == "applied" for x in r.json()["results"]
                        )
                        problem = None if ok else f"{r.status_code} {r.text[:100]}"
                    except httpx.HTTPError as exc:
                        problem = repr(exc)
                    elapsed = time.perf_counter() - t0
                    with lock:
                        latencies.append(elapsed)
                        if problem:
                            errors.append(problem)

        t_start = time.perf_counter()
        threads = [threading.Thread(target=device, args=(i,)) for i in range(devices)]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        wall = time.perf_counter() - t_start
        with engine.connect() as conn:
            from scorecard_sync import tables as t

            stored = conn.execute(sa.select(sa.func.count()).select_from(t.applied_ops)).scalar()
    finally:
        server.terminate()
        server.wait(timeout=30)
        engine.dispose()
    lat = sorted(latencies)
    total = devices * batches * ops_per_batch
    return {
        "backend": engine.dialect.name,
        "workers": workers,
        "devices": devices,
        "requests": len(lat),
        "ops": total,
        "ops_stored": stored,
        "errors": len(errors),
        "busy_503_retried": len(busy),
        "first_error": errors[0] if errors else None,
        "p50_ms": round(statistics.median(lat) * 1000, 1) if lat else None,
        "p95_ms": round(lat[int(len(lat) * 0.95) - 1] * 1000, 1) if lat else None,
        "max_ms": round(lat[-1] * 1000, 1) if lat else None,
        "wall_s": round(wall, 2),
        "ops_per_s": round(total / wall) if wall else None,
    }


def _ratios(result: dict, base: dict) -> dict:
    return {
        "ratio_to_floor": round(result["ops_per_s"] / base["floor_ops_per_s"], 2),
        "ratio_to_raw_floor": round(result["ops_per_s"] / base["raw_floor_ops_per_s"], 3),
    }


def _pg_database(admin_url: str) -> tuple[str, Any]:
    name = f"sc_bench_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')

    def drop() -> None:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()

    return sa.engine.make_url(admin_url).set(database=name).render_as_string(
        hide_password=False
    ), drop


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--devices", type=int, default=100)
    parser.add_argument("--batches", type=int, default=4)
    parser.add_argument("--ops", type=int, default=50, help="ops per push")
    parser.add_argument("--time-limit", type=float, default=180, help="seconds per backend")
    parser.add_argument("--pg-url", default=os.environ.get("SCORECARD_TEST_PG_URL"))
    parser.add_argument("--pg-workers", type=int, nargs="+", default=[1, 4])
    args = parser.parse_args(argv)
    results = []
    n_ops = args.batches * args.ops
    print(json.dumps({"machine": machine()}), flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        base = floor(f"sqlite:///{work / 'floor.sqlite3'}", args.devices, n_ops)
        base |= raw_floor(f"sqlite:///{work / 'raw.sqlite3'}", args.devices, n_ops)
        result = run(
            f"sqlite:///{work / 'bench.sqlite3'}",
            args.devices,
            args.batches,
            args.ops,
            args.time_limit,
            work,
        )
        results.append(result | base | _ratios(result, base))
        print(json.dumps(results[-1]), flush=True)
        if args.pg_url:
            url, drop = _pg_database(args.pg_url)
            try:
                base = floor(url, args.devices, n_ops)
            finally:
                drop()
            url, drop = _pg_database(args.pg_url)
            try:
                base |= raw_floor(url, args.devices, n_ops)
            finally:
                drop()
            for workers in args.pg_workers:
                url, drop = _pg_database(args.pg_url)
                try:
                    result = run(
                        url, args.devices, args.batches, args.ops, args.time_limit, work, workers
                    )
                finally:
                    drop()
                results.append(result | base | _ratios(result, base))
                print(json.dumps(results[-1]), flush=True)
        else:
            print(
                "PostgreSQL skipped: give --pg-url or set SCORECARD_TEST_PG_URL.", file=sys.stderr
            )
    print(json.dumps({"machine_after": machine()["load_avg_1_5_15"]}), flush=True)
    return 1 if any(r["errors"] or r["ops_stored"] != r["ops"] for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
