"""Helpers shared by the benchmarks: percentiles and a description of the machine."""

from __future__ import annotations

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
