"""Benchmark: pushing to head office, each figure against its floor in the same run (issue 16).

1. **Push 1,000 cycles** (SQLite, and PostgreSQL when $SCORECARD_TEST_PG_URL / --pg-url is set):
   1,000 laptop cycles (72 ops each: facility, cycle, 4 groups, 12 participants, 6 indicators,
   24 consensus scores, 24 votes; 72,000 ops) through the server's `apply_ops` in batches of 500
   as the laptop sends them — exactly-once checks, merge rules, types, the feed, the derived
   tables — into a fresh database. The **floor**: every row that push left in the database
   (records, op log, feed, the device's cycles, the four derived tables), read back once, then
   stored by one `executemany` per table in one transaction into another fresh database.
   Alternating A/B (`benchmarks.common.alternate`), `--rounds` turns; goal ≤ 3×.
2. **Push bytes**: the demo database (three rounds of a health centre) pushed by the real
   `SyncClient` to a real server on 127.0.0.1; every push request's bytes as sent (gzip body,
   request line and headers). The **floor**: gzip -9 of what head office then holds that only the
   laptop could send — each record's canonical JSON (entity, id, cycle, fields, deleted) and the
   op ids it keeps to answer replays exactly once. Goal ≤ 1.25×. Also printed: the ratio to the
   records alone (without the op ids).

    python -m benchmarks.push [--cycles 1000] [--rounds 2] [--pg-url URL] [--only time|bytes]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import tempfile
import threading
import time
import uuid
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from benchmarks.common import alternate, load_average, machine, ratio_line, record

# The push's tables, in the order the floor fills them.
TABLES = (
    "records",
    "applied_ops",
    "changes",
    "device_cycles",
    "dash_cycles",
    "dash_results",
    "dash_actions",
    "dash_participation",
)


# ------------------------------------------------------------------ databases
class Databases:
    """Fresh, migrated databases of one backend, made before the clock starts."""

    def __init__(self, stack: ExitStack, pg_admin: str | None, folder: Path):
        self.stack, self.pg_admin, self.folder = stack, pg_admin, folder

    def fresh(self) -> sa.Engine:
        from scorecard_sync.db import make_engine
        from scorecard_sync.migrate import upgrade

        if self.pg_admin:
            from benchmarks.dashboard import fresh_database

            url = self.stack.enter_context(fresh_database(self.pg_admin, "push"))
        else:
            url = f"sqlite:///{self.folder / f'{uuid.uuid4().hex[:8]}.sqlite3'}"
        engine = make_engine(url)
        upgrade(engine)
        self.stack.callback(engine.dispose)
        return engine


def push(engine: sa.Engine, ops: list[dict], batch: int = 500) -> None:
    from scorecard_sync.apply import Device, apply_ops
    from scorecard_sync.devices import organisation_id

    with engine.begin() as conn:
        device_id = conn.execute(sa.text("SELECT id FROM devices LIMIT 1")).scalar()
    device = Device(id=device_id, organisation_id=organisation_id(engine))
    for start in range(0, len(ops), batch):
        results = apply_ops(engine, device, ops[start : start + batch])
        assert all(r["status"] == "applied" for r in results), results[:3]


def enrolled(engine: sa.Engine) -> None:
    from scorecard_sync.devices import enrol, make_enrolment_code

    code, _ = make_enrolment_code(engine, label="bench")
    enrol(engine, code, "bench", "bench")


def rows_of(engine: sa.Engine) -> dict[str, list[dict[str, Any]]]:
    md = sa.MetaData()
    out = {}
    with engine.connect() as conn:
        for name in TABLES:
            table = sa.Table(name, md, autoload_with=conn)
            out[name] = [dict(r._mapping) for r in conn.execute(sa.select(table))]
    return out


def store_rows(engine: sa.Engine, rows: dict[str, list[dict[str, Any]]]) -> None:
    """The floor: the same rows, one executemany per table, one transaction."""
    from scorecard_sync import tables as t

    with engine.begin() as conn:
        for name in TABLES:
            if rows[name]:
                conn.execute(t.metadata.tables[name].insert(), rows[name])


def push_time(label: str, dbs: Databases, cycles: int, rounds: int) -> str:
    from scorecard_sync.devices import organisation_id

    from benchmarks.dashboard import cycle_ops

    # As today's laptop sends them: the payload hash is head office's to compute.
    ops = [
        {k: v for k, v in op.items() if k != "payload_hash"}
        for n in range(cycles)
        for op in cycle_ops(n)
    ]
    warm = dbs.fresh()
    enrolled(warm)
    push(warm, ops)  # untimed: imports and caches warm, and the rows the floor stores
    rows = rows_of(warm)
    n_rows = sum(len(v) for v in rows.values())
    work_dbs, floor_jobs = [], []
    for _ in range(rounds):  # every database made and migrated before the clock starts
        w, f = dbs.fresh(), dbs.fresh()
        enrolled(w)
        org = organisation_id(f)
        mine = {n: [r | {"organisation_id": org} for r in rs] for n, rs in rows.items()}
        work_dbs.append(w)
        floor_jobs.append((f, mine))

    def work() -> None:
        push(work_dbs.pop(0), ops)

    def floor() -> None:
        store_rows(*floor_jobs.pop(0))

    a, b = alternate(work, floor, rounds)
    return ratio_line(
        f"push {cycles:,} cycles ({len(ops):,} ops) on {label} in batches of 500 vs its floor "
        f"(executemany of the same {n_rows:,} rows in one transaction)",
        a,
        b,
        goal=3,
        row=f"push {cycles:,} cycles to the server, {label}",
    )


# ------------------------------------------------------------------ bytes
def push_bytes(folder: Path) -> list[str]:
    import uvicorn
    from scorecard_sync import tables as t
    from scorecard_sync.api import create_app
    from scorecard_sync.config import Settings
    from scorecard_sync.db import make_engine
    from scorecard_sync.devices import make_enrolment_code
    from scorecard_sync.migrate import upgrade

    from benchmarks.dashboard import free_port
    from scorecard_app.demo import seed_demo
    from scorecard_app.store import Store
    from scorecard_app.sync_client import SyncClient, enrol
    from scorecard_app.wire import canonical_json

    url = f"sqlite:///{folder / 'server.sqlite3'}"
    engine = make_engine(url)
    upgrade(engine)
    app = create_app(Settings(database_url=url, blob_dir=folder / "blobs"), engine)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    store = Store.open(folder / "demo.sqlite3", backups=False)
    seed_demo(store)
    sent: list[int] = []

    def count(resp: Any, *_a: Any, **_k: Any) -> None:
        req = resp.request
        if req.method == "POST" and req.path_url == "/v1/push":
            head = f"POST {req.path_url} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
            head += "".join(f"{k}: {v}\r\n" for k, v in req.headers.items()) + "\r\n"
            sent.append(len(head.encode()) + len(req.body or b""))

    try:
        enrol(store, f"http://127.0.0.1:{port}", make_enrolment_code(engine, label="b")[0])
        with SyncClient(store) as client:
            client.transport.session.hooks["response"].append(count)
            report = client.sync()
    finally:
        server.should_exit = True
        thread.join(10)
        store.close()
    assert report.applied and not store_pending(folder), "the demo did not push completely"
    with engine.connect() as conn:
        records = conn.execute(
            sa.select(t.records)
            .where(t.records.c.origin == "device")
            .order_by(t.records.c.entity, t.records.c.record_id)
        ).all()
        op_ids = conn.execute(sa.select(t.applied_ops.c.op_id)).scalars().all()
    engine.dispose()
    held = b"".join(
        canonical_json(
            {
                "entity": r.entity,
                "record_id": r.record_id,
                "cycle_id": r.cycle_id,
                "deleted": r.deleted,
                "fields": json.loads(r.data),
            }
        )
        + b"\n"
        for r in records
    )
    floor = len(gzip.compress(held + "\n".join(op_ids).encode(), 9))
    alone = len(gzip.compress(held, 9))
    wire = sum(sent)
    ratio = wire / floor
    record("push bytes (the demo's outbox)", wire, floor, "≤ 1.25× its floor", ratio <= 1.25, "B")
    return [
        f"push bytes, the demo ({len(op_ids):,} ops, {len(records):,} records, {len(sent)} push "
        f"requests): {wire:,} B sent vs floor {floor:,} B (gzip -9 of the records and op ids "
        f"head office holds) → {ratio:.2f}× (goal ≤ 1.25×: {'met' if ratio <= 1.25 else 'MISSED'})",
        f"push bytes vs the records alone, without the op ids ({alone:,} B): {wire / alone:.2f}×",
    ]


def store_pending(folder: Path) -> int:
    from scorecard_app.store import Store

    store = Store.open(folder / "demo.sqlite3", backups=False)
    try:
        return store.outbox_count()
    finally:
        store.close()


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--cycles", type=int, default=1000)
    p.add_argument("--rounds", type=int, default=2)
    p.add_argument("--pg-url", default=os.environ.get("SCORECARD_TEST_PG_URL"))
    p.add_argument("--only", choices=["time", "bytes"])
    args = p.parse_args()
    print(machine(), "·", load_average(), flush=True)
    with tempfile.TemporaryDirectory() as tmp, ExitStack() as stack:
        folder = Path(tmp)
        if args.only != "bytes":
            backends = [("SQLite", None)] + ([("PostgreSQL", args.pg_url)] if args.pg_url else [])
            for label, admin in backends:
                dbs = Databases(stack, admin, folder)
                print(push_time(label, dbs, args.cycles, args.rounds), flush=True)
            if not args.pg_url:
                print("PostgreSQL skipped: give --pg-url or set SCORECARD_TEST_PG_URL.")
        if args.only != "time":
            (folder / "bytes").mkdir()
            for line in push_bytes(folder / "bytes"):
                print(line, flush=True)
    print(load_average())
    return 0


if __name__ == "__main__":
    sys.exit(main())
