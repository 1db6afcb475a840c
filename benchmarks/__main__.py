"""Run every benchmark in turn: `python -m benchmarks` (or `make benchmarks`).

Each prints its own figures; copy them into benchmarks/README.md with the machine line.
Run one alone with `python -m benchmarks.<name>`.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys

ALL = (
    "store",
    "gui_start",
    "gui_voting_grid",
    "printables",
    "sync_client",
    "sync_server",
    "push",
    "dashboard",
    "open_data",
)


def main() -> int:
    failed = []
    for name in ALL:
        if importlib.util.find_spec(f"benchmarks.{name}") is None:
            continue
        print(f"\n=== benchmarks.{name}", flush=True)
        if subprocess.run([sys.executable, "-m", f"benchmarks.{name}"]).returncode != 0:
            failed.append(name)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
