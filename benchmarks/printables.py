"""Printables: time and peak memory to render each result printable for a large cycle, and a
batch of every printable for 50 cycles.

    python -m benchmarks.printables [--cycles 50] [--repeat 3]

The large cycle has 20 indicators, 8 community groups + 1 provider group, 200 participants
(4,000 individual votes), a previous round for trends, 4 actions; built through the real store.
Per printable, time is the median of --repeat runs and memory is tracemalloc's peak of Python
allocations during one more run (traced separately: tracing slows the run down). For the batch,
memory is the process's maximum resident size (tracing 650 PDFs would take too long).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from scorecard_app.reports import KINDS, render
from scorecard_app.reports.samples import build_sample_cycle
from scorecard_app.store import Store

BIG = dict(indicators=20, groups=8, per_group=25)


def machine() -> str:
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            cpu = next(
                (line.split(":", 1)[1].strip() for line in f if line.startswith("model name")),
                cpu,
            )
    except OSError:
        pass
    return (
        f"{os.cpu_count()} cores, {cpu}, {platform.system()} {platform.release()}, "
        f"Python {sys.version.split()[0]}"
    )


def measure(fn, repeat: int) -> tuple[float, float]:
    """(median seconds, peak MiB of Python allocations)."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return statistics.median(times), peak / 2**20


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Benchmark the printables.")
    ap.add_argument("--cycles", type=int, default=50)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    print(f"Machine: {machine()}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = Store.open(folder / "bench.sqlite3", backups=False)
        t = time.perf_counter()
        cycles = {}
        for lang in ("en", "he"):
            first = build_sample_cycle(store, lang, **BIG)
            cycles[lang] = build_sample_cycle(store, lang, round_no=2, previous_id=first, **BIG)
        print(f"built 2 × 2 large cycles in {time.perf_counter() - t:.1f} s")

        print("\n| printable | language | pages | time (median) | peak Python memory |")
        print("|---|---|---|---|---|")
        for lang, cid in cycles.items():
            data = store.load_cycle(cid)
            loader = lambda d: store.previous_data(d.cycle.id)  # noqa: E731
            for code, kind in KINDS.items():
                if kind.family != "results":
                    continue
                out = folder / f"{code}-{lang}.pdf"
                secs, peak = measure(
                    lambda c=code, d=data, ld=loader, o=out: render(c, d, ld, o), args.repeat
                )
                pages = len(re.findall(rb"/Type /Page[^s]", out.read_bytes())) or "?"
                print(f"| {code} | {lang} | {pages} | {secs * 1000:.0f} ms | {peak:.1f} MiB |")

        if not args.cycles:
            store.close()
            return
        t = time.perf_counter()
        ids = []
        prev = None
        for n in range(args.cycles):  # every fifth cycle starts a new facility
            prev = build_sample_cycle(
                store,
                ("en", "vi", "et", "mk", "he", "lv")[n % 6],
                round_no=1 if n % 5 == 0 else 2,
                previous_id=None if n % 5 == 0 else prev,
                seed=n,
                **BIG,
            )
            ids.append(prev)
        print(f"\nbuilt {args.cycles} large cycles in {time.perf_counter() - t:.1f} s")

        def batch() -> int:
            count = 0
            for cid in ids:
                data = store.load_cycle(cid)
                for code in KINDS:
                    render(
                        code,
                        data,
                        lambda d: store.previous_data(d.cycle.id),
                        folder / f"batch-{code}.pdf",
                    )
                    count += 1
            return count

        t = time.perf_counter()
        n = batch()
        secs = time.perf_counter() - t
        store.close()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"batch: {n} PDFs ({len(KINDS)} kinds × {args.cycles} cycles, loading included) in "
        f"{secs:.1f} s ({secs / n * 1000:.0f} ms per PDF); process max RSS {rss:.0f} MiB"
    )


if __name__ == "__main__":
    main()
