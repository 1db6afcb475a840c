"""How fast the voting grid takes a vote, and how fast a big cycle opens.

  python -m benchmarks.gui_voting_grid [--repeat N]

1. keystroke-commit: in the real main window (offscreen), one digit typed into the voting grid
   of a 30-participant group with 8 indicators, then Enter — until the vote is in SQLite and
   the grid and live results show it. Measured with only the scoring page built, and with all
   ten step pages built (every page refreshes after each edit).
2. open a cycle with 200 participants (5 groups of 40, 8 indicators, every vote filled):
   the workspace shown, and the community scoring page built and filled.

Prints p50/p95 in milliseconds and the machine. Numbers go in benchmarks/README.md ("## GUI").
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6 import __version__ as pyside_version  # noqa: E402
from PySide6.QtCore import QSettings, Qt, qVersion  # noqa: E402
from PySide6.QtGui import QStandardItemModel  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from scorecard_app.core import entities as e  # noqa: E402
from scorecard_app.core.stages import STAGE_CODES  # noqa: E402
from scorecard_app.gui.app import make_app  # noqa: E402
from scorecard_app.gui.main_window import MainWindow  # noqa: E402
from scorecard_app.store import Store  # noqa: E402

from .common import load_average, record  # noqa: E402


def make_cycle(store: Store, groups: int, per_group: int, indicators: int, votes: bool) -> str:
    fac = e.Facility("Benchmark Health Centre")
    cycle = e.Cycle(
        fac.id, "Region › District › Village", scoring_mode="both", lead_facilitator="Bench"
    )
    with store.transaction():
        store.create_cycle(cycle, fac)
        inds = [
            store.add(
                e.Indicator(cycle.id, f"Indicator number {n + 1} about the service", position=n)
            )
            for n in range(indicators)
        ]
        number = 1
        for gi in range(groups):
            g = store.add(e.Group(cycle.id, f"Group {gi + 1}", position=gi))
            for k in range(per_group):
                p = store.add(
                    e.Participant(
                        cycle.id,
                        g.id,
                        number,
                        gender="female" if k % 2 else "male",
                        age_band="25-34",
                    )
                )
                number += 1
                if votes:
                    for n, ind in enumerate(inds):
                        store.set_vote(cycle.id, p.id, ind.id, 1 + (k + n) % 5)
        store.add(e.Group(cycle.id, "Staff", kind="provider", type="staff", position=99))
    return cycle.id


def percentiles(samples: list[float]) -> tuple[float, float]:
    s = sorted(samples)
    p95 = s[min(len(s) - 1, int(round(0.95 * (len(s) - 1))))]
    return statistics.median(s), p95


def window(store: Store, tmp: Path) -> MainWindow:
    win = MainWindow(store, QSettings(str(tmp / "bench.ini"), QSettings.Format.IniFormat))
    win.resize(1366, 768)
    win.show()
    win.activateWindow()
    for _ in range(100):
        QApplication.processEvents()
        if win.isActiveWindow():
            break
    return win


class FloorGrid:
    """The plainest same edit: a bare QTableView over a QStandardItemModel of the same size, one
    digit typed into a cell and Enter, then the next cell."""

    def __init__(self, rows: int, cols: int):
        self.model = QStandardItemModel(rows, cols)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.resize(1366, 768)
        self.view.show()
        self.cells = [(r, c) for r in range(rows) for c in range(cols)]

    def focus(self, n: int) -> None:
        activate(self.view)
        r, c = self.cells[n % len(self.cells)]
        self.view.setFocus()
        self.view.setCurrentIndex(self.model.index(r, c))

    def edit(self, n: int) -> float:
        digit = str(1 + n % 5)
        t0 = time.perf_counter()
        QTest.keyClick(QApplication.focusWidget(), digit)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        QApplication.processEvents()
        return (time.perf_counter() - t0) * 1000


def activate(w) -> None:
    w.window().activateWindow()
    for _ in range(100):
        QApplication.processEvents()
        if w.window().isActiveWindow():
            break


def bench_keystrokes(
    tmp: Path, all_pages: bool, floor: FloorGrid | None = None
) -> tuple[list[float], list[float]]:
    db = tmp / f"grid_{int(all_pages)}.sqlite3"
    with Store.open(db, backups=False) as s:
        s.set_setting("demo_offered", "no")
        cid = make_cycle(s, groups=1, per_group=30, indicators=8, votes=False)
    store = Store.open(db, backups=False)
    win = window(store, tmp)
    ws = win.open_cycle(cid)
    if all_pages:
        for stage in STAGE_CODES:
            ws.go_to(stage)
    ws.go_to("community_scoring")
    page = ws.page("community_scoring")
    page.tabs.setCurrentWidget(page.grid)
    grid, model = page.grid, page.votes_model
    grid.setFocus()
    grid.setCurrentIndex(model.index(0, 0))
    QApplication.processEvents()
    times, floor_times = [], []
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            if floor is not None:  # A/B: one floor edit before each real one
                floor.focus(len(floor_times))
                floor_times.append(floor.edit(len(floor_times)))
                activate(grid)
                grid.setFocus()
                grid.setCurrentIndex(model.index(r, c))
                QApplication.processEvents()
            digit = str(1 + (r + c) % 5)
            t0 = time.perf_counter()
            QTest.keyClick(QApplication.focusWidget(), digit)
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
            QApplication.processEvents()
            times.append((time.perf_counter() - t0) * 1000)
            assert model.index(r, c).data(Qt.ItemDataRole.EditRole) == digit, (r, c)
    n = store.conn.execute("SELECT count(*) FROM vote WHERE deleted_at IS NULL").fetchone()[0]
    assert n == 240, n
    win.close()
    store.close()
    return times, floor_times


def bench_open(tmp: Path, repeat: int) -> tuple[list[float], list[float]]:
    db = tmp / "big.sqlite3"
    with Store.open(db, backups=False) as s:
        s.set_setting("demo_offered", "no")
        cid = make_cycle(s, groups=5, per_group=40, indicators=8, votes=True)
    store = Store.open(db, backups=False)
    win = window(store, tmp)
    shown, scoring = [], []
    for _ in range(repeat):
        win.show_home()
        QApplication.processEvents()
        t0 = time.perf_counter()
        ws = win.open_cycle(cid)
        QApplication.processEvents()
        t1 = time.perf_counter()
        ws.go_to("community_scoring")
        QApplication.processEvents()
        t2 = time.perf_counter()
        assert len(ws.ctx.data().participants) == 200
        shown.append((t1 - t0) * 1000)
        scoring.append((t2 - t0) * 1000)
    win.close()
    store.close()
    return shown, scoring


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{os.cpu_count()} CPUs (nproc {len(os.sched_getaffinity(0))}), {cpu}; "
        f"Python {platform.python_version()}, PySide6 {pyside_version}, Qt {qVersion()}, "
        f"{platform.system()} {platform.release()}, QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=15, help="times to open the big cycle")
    args = ap.parse_args(argv)
    make_app([sys.argv[0]])
    print(machine())
    print(load_average())
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        floor = FloorGrid(30, 8)
        for all_pages in (False, True):
            t, ft = bench_keystrokes(tmp, all_pages, floor)
            p50, p95 = percentiles(t)
            f50, f95 = percentiles(ft)
            which = "all 10 pages built" if all_pages else "scoring page only"
            print(
                f"keystroke-commit, 30×8 grid, {which}: p50 {p50:.1f} ms, p95 {p95:.1f} ms "
                f"({len(t)} votes); floor (bare QTableView edit, alternating) p50 {f50:.1f} ms, "
                f"p95 {f95:.1f} ms → p50 {p50 / f50:.2f}×, p95 {p95 / f95:.2f}× "
                f"(goal p95 ≤ 16 ms: {'met' if p95 <= 16 else 'MISSED'})"
            )
            record(f"voting-grid keystroke p95, {which}", p95, f95, "p95 ≤ 16 ms", p95 <= 16)
        shown, scoring = bench_open(tmp, args.repeat)
        for label, t in (
            ("open cycle, 200 participants, workspace shown", shown),
            ("open cycle, 200 participants, + community scoring page", scoring),
        ):
            p50, p95 = percentiles(t)
            print(f"{label}: p50 {p50:.1f} ms, p95 {p95:.1f} ms ({len(t)} runs)")
    print(load_average(), "(after)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
