"""Helpers shared by the benchmarks: percentiles, a description of the machine, ratios against a
floor, and the rows of issue 16's table that `python -m benchmarks` prints together at the end."""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys


def percentiles(samples: list[float]) -> dict[str, float]:
    s = sorted(samples)
    q = statistics.quantiles(s, n=100, method="inclusive")
    return {"p50": statistics.median(s), "p95": q[94], "max": s[-1], "n": len(s)}


def machine() -> str:
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return f"{os.cpu_count()} cores, {cpu}, {platform.system()} {platform.release()}, Python {sys.version.split()[0]}"


def load_average() -> str:
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return "load average unknown"
    return f"load average {one:.2f} / {five:.2f} / {fifteen:.2f}"


def alternate(work, floor, rounds: int) -> tuple[list[float], list[float]]:
    """Time `work` and its `floor` in turns (A, B, A, B …) so a busy neighbour hurts both alike."""
    import time

    a, b = [], []
    for _ in range(rounds):
        for fn, out in ((work, a), (floor, b)):
            t0 = time.perf_counter()
            fn()
            out.append(time.perf_counter() - t0)
    return a, b


# `python -m benchmarks` names a file here; each script appends the rows of issue 16's table it
# measured (one JSON object a line), and the runner prints them together at the end.
ROWS_FILE = "SCORECARD_BENCH_ROWS"


def record(
    row: str,
    work: float,
    floor: float | None,
    goal: str,
    met: bool,
    unit: str = "ms",
) -> None:
    """Note one row of the goal table: the work and its floor (same unit) and the goal."""
    path = os.environ.get(ROWS_FILE)
    if not path:
        return
    line = {"row": row, "work": work, "floor": floor, "unit": unit, "goal": goal, "met": met}
    with open(path, "a", encoding="utf-8") as f:
        f.write(json.dumps(line) + "\n")


def ratio_line(
    what: str,
    work: list[float],
    floor: list[float],
    goal: float | None = None,
    row: str | None = None,
) -> str:
    """Medians of seconds, printed in ms with their ratio; with `row`, also `record`ed."""
    import statistics

    w, f = statistics.median(work), statistics.median(floor)
    r = w / f if f else float("inf")
    verdict = ""
    if goal is not None:
        verdict = f" (goal ≤ {goal:g}×: {'met' if r <= goal else 'MISSED'})"
        if row:
            record(row, w * 1000, f * 1000, f"≤ {goal:g}× its floor", r <= goal)
    return f"{what}: {w * 1000:.2f} ms vs floor {f * 1000:.2f} ms → {r:.2f}×{verdict}"
