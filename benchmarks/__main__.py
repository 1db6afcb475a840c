"""Run every benchmark in turn: `python -m benchmarks` (or `make benchmarks`).

Each prints its own figures; copy them into benchmarks/README.md with the machine line. At the end
the rows of issue 16's goal table that the scripts measured are printed together, each against its
floor from the same run (`benchmarks.common.record`). Run one alone with
`python -m benchmarks.<name>`, or some with `python -m benchmarks <name> …`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from .common import ROWS_FILE, load_average, machine

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


def _amount(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    return f"{value:,.0f} B" if unit == "B" else f"{value:,.1f} ms"


def summary(rows: list[dict]) -> list[str]:
    lines = [
        "| row | work | floor | ratio | goal | |",
        "|---|---|---|---|---|---|",
    ]
    for r in rows:
        ratio = f"{r['work'] / r['floor']:.2f}×" if r["floor"] else "–"
        lines.append(
            f"| {r['row']} | {_amount(r['work'], r['unit'])} | {_amount(r['floor'], r['unit'])} "
            f"| {ratio} | {r['goal']} | {'met' if r['met'] else 'MISSED'} |"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    names = list(argv if argv is not None else sys.argv[1:]) or list(ALL)
    unknown = [n for n in names if n not in ALL]
    if unknown:
        print(f"unknown benchmark: {', '.join(unknown)} (one of {', '.join(ALL)})", file=sys.stderr)
        return 2
    failed = []
    with tempfile.TemporaryDirectory() as d:
        rows_file = Path(d) / "rows.jsonl"
        env = dict(os.environ, **{ROWS_FILE: str(rows_file)})
        print(machine(), "·", load_average(), "(before)", flush=True)
        for name in names:
            print(f"\n=== benchmarks.{name}", flush=True)
            if subprocess.run([sys.executable, "-m", f"benchmarks.{name}"], env=env).returncode:
                failed.append(name)
        rows = (
            [json.loads(x) for x in rows_file.read_text().splitlines()]
            if rows_file.exists()
            else []
        )
    print(f"\n=== issue 16's goals, each against its floor in this run · {load_average()} (after)")
    for line in summary(rows):
        print(line)
    if "push" in names and not os.environ.get("SCORECARD_TEST_PG_URL"):
        print(
            "push on PostgreSQL not measured: set SCORECARD_TEST_PG_URL to a server this run may "
            "make throw-away databases on (`.ci/start-postgres` starts one and prints it)"
        )
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
