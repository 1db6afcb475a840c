"""Store benchmarks: open a database of 1,000 cycles and list them; time per edit commit.

Run: `python -m benchmarks.store [--cycles 1000] [--edits 500]`. Uses real files in a temp folder
(on the same disk as /tmp), WAL with synchronous=FULL as in the app.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from scorecard_app.core import entities as e
from scorecard_app.store import Store

from .common import machine, percentiles


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


def bench_open_and_list(path: Path, repeat: int = 5) -> list[float]:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        with Store.open(path, backups=False) as s:
            rows = s.list_cycles()
        times.append(time.perf_counter() - t0)
        assert len(rows) >= 1000 or rows
    return times


def bench_edits(path: Path, edits: int) -> list[float]:
    with Store.open(path, backups=False) as s:
        cid = s.list_cycles()[0].id
        d = s.load_cycle(cid)
        g = d.groups[0]
        people = [s.add(e.Participant(cid, g.id, 1000 + k)) for k in range(30)]
        times = []
        for k in range(edits):
            p = people[k % len(people)]
            ind = d.indicators[k % len(d.indicators)]
            t0 = time.perf_counter()
            s.set_vote(cid, p.id, ind.id, 1 + (k // 30) % 5)  # always a real change
            times.append(time.perf_counter() - t0)
    return times


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cycles", type=int, default=1000)
    ap.add_argument("--edits", type=int, default=500)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "bench.sqlite3"
        t0 = time.perf_counter()
        build(path, args.cycles)
        print(
            f"built {args.cycles} cycles in {time.perf_counter() - t0:.1f} s ({path.stat().st_size / 1e6:.1f} MB)"
        )
        o = percentiles(bench_open_and_list(path))
        print(
            f"open + list {args.cycles} cycles: p50 {o['p50'] * 1000:.1f} ms, max {o['max'] * 1000:.1f} ms"
        )
        ed = percentiles(bench_edits(path, args.edits))
        print(
            f"edit commit (set_vote, WAL, synchronous=FULL): p50 {ed['p50'] * 1000:.2f} ms, "
            f"p95 {ed['p95'] * 1000:.2f} ms, max {ed['max'] * 1000:.2f} ms over {ed['n']} edits"
        )
    print(machine())


if __name__ == "__main__":
    main()
