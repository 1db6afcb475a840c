"""Store benchmarks, each against its floor in the same run (A/B alternating):

- open the database and list every cycle (the home screen's query), against a bare
  `sqlite3.connect` running the same SELECT;
- open one cycle (`Store.load_cycle`), against the same per-table SELECTs on a bare connection;
- one user edit (`Store.set_vote`: one transaction with its outbox row), against a bare
  INSERT of one row plus one outbox-sized row in one transaction, same WAL + synchronous=FULL.

Run: `python -m benchmarks.store [--cycles 1000] [--edits 500]`; `--cycles 10000` for the
laptop-scale goals (open ≤ 200 ms, a cycle opens ≤ 100 ms). Real files in a temp folder.
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from pathlib import Path

from scorecard_app.core import entities as e
from scorecard_app.store import Store

from .common import alternate, load_average, machine, percentiles, ratio_line

LIST_SQL = """
    SELECT c.id, c.facility_id, f.name, f.sector, c.community, c.round_no, c.stage, c.status,
           c.training, c.language, c.updated_at, c.previous_cycle_id
    FROM cycle c JOIN facility f ON f.id = c.facility_id
    WHERE c.deleted_at IS NULL ORDER BY f.name COLLATE NOCASE, c.community, c.round_no
"""
CYCLE_TABLES = (
    "grp",
    "participant",
    "input_item",
    "issue",
    "indicator",
    "score",
    "vote",
    "tally",
    "action",
)


def build(path: Path, cycles: int) -> None:
    with Store.open(path, backups=False) as s:
        for n in range(cycles):
            with s.transaction():
                f = s.add(e.Facility(f"Health centre {n // 3:04d}"))
                c = s.create_cycle(e.Cycle(f.id, f"Region › District {n % 17} › Village {n}"))
                groups = [s.add(e.Group(c.id, name)) for name in ("Women", "Men", "Youth")]
                inds = [s.add(e.Indicator(c.id, f"Indicator {k}", position=k)) for k in range(6)]
                for g in groups:
                    for ind in inds:
                        s.set_score(c.id, g.id, ind.id, value=1 + (n + ind.position) % 5)
                s.add(e.Action(c.id, "Post the fees", due="2026-01-01"))


def open_and_list(path: Path) -> None:
    s = Store.open(path)  # as the app opens it: background check and backup included
    rows = s.list_cycles()
    assert rows
    s.maintenance = None  # closing must not wait for the background check inside the timing
    s.close()


def floor_open_and_list(path: Path) -> None:
    conn = sqlite3.connect(str(path))
    rows = conn.execute(LIST_SQL).fetchall()
    assert rows
    conn.close()


def existing_tables(path: Path) -> list[str]:
    conn = sqlite3.connect(str(path))
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    return [t for t in CYCLE_TABLES if t in names]


def bench_edits(path: Path, edits: int) -> tuple[list[float], list[float]]:
    with Store.open(path, backups=False) as s:
        cid = s.list_cycles()[0].id
        d = s.load_cycle(cid)
        g = d.groups[0]
        people = [s.add(e.Participant(cid, g.id, 1000 + k)) for k in range(30)]
        floor_conn = sqlite3.connect(str(path), isolation_level=None)
        floor_conn.execute("PRAGMA synchronous = FULL")
        floor_conn.execute("CREATE TABLE IF NOT EXISTS bench_floor (k TEXT PRIMARY KEY, v REAL)")
        floor_conn.execute(
            "CREATE TABLE IF NOT EXISTS bench_floor_log (n INTEGER PRIMARY KEY, j TEXT)"
        )
        k = 0

        def work() -> None:
            nonlocal k
            p = people[k % len(people)]
            ind = d.indicators[k % len(d.indicators)]
            s.set_vote(cid, p.id, ind.id, 1 + (k // 30) % 5)  # always a real change
            k += 1

        def floor() -> None:
            floor_conn.execute("BEGIN")
            floor_conn.execute(
                "INSERT OR REPLACE INTO bench_floor VALUES (?, ?)", (f"p{k % 30}i{k % 6}", k % 5)
            )
            floor_conn.execute("INSERT INTO bench_floor_log (j) VALUES (?)", ('{"op":"upsert"}',))
            floor_conn.execute("COMMIT")

        out = alternate(work, floor, edits)
        floor_conn.close()
        return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cycles", type=int, default=1000)
    ap.add_argument("--edits", type=int, default=500)
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    print(machine(), "|", load_average())
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "bench.sqlite3"
        t0 = time.perf_counter()
        build(path, args.cycles)
        size = path.stat().st_size / 1e6
        print(f"built {args.cycles} cycles in {time.perf_counter() - t0:.1f} s ({size:.1f} MB)")

        a, b = alternate(
            lambda: open_and_list(path), lambda: floor_open_and_list(path), args.repeat
        )
        print(ratio_line(f"open + list {args.cycles} cycles", a, b))
        print(f"  open + list p50 {percentiles(a)['p50'] * 1000:.0f} ms (goal at 10,000: ≤ 200 ms)")

        tables = existing_tables(path)
        with Store.open(path, backups=False) as s:
            cid = s.list_cycles()[len(s.list_cycles()) // 2].id
            conn = sqlite3.connect(str(path))

            def floor_load() -> None:
                for t in tables:
                    conn.execute(f"SELECT * FROM {t} WHERE cycle_id = ?", (cid,)).fetchall()

            a, b = alternate(lambda: s.load_cycle(cid), floor_load, args.repeat * 5)
            conn.close()
        print(ratio_line("open one cycle (load_cycle)", a, b))
        print(f"  load_cycle p50 {percentiles(a)['p50'] * 1000:.1f} ms (goal ≤ 100 ms)")

        a, b = bench_edits(path, args.edits)
        pa = percentiles(a)
        print(ratio_line("edit commit (set_vote + outbox)", a, b))
        print(f"  edit p50 {pa['p50'] * 1000:.2f} ms, p95 {pa['p95'] * 1000:.2f} ms")


if __name__ == "__main__":
    main()
