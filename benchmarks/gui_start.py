"""Cold start to first paint, 1,000 cycles, against a bare QMainWindow (each in a child process).

  python -m benchmarks.gui_start [--cycles 1000] [--rounds 9] [--watch 3]

The work: `scorecard --db <1,000-cycle database>` started as a fresh Python process (the real
`scorecard_app.cli.main`, real settings, real store), timed from just before the process is
spawned to its first frame: the main window's first paint event and its children's, which follow
in the same update (caught by an event filter on the window, then one turn of the event loop).
The floor: a fresh Python process that imports PySide6, shows a bare `QMainWindow` and paints it,
timed the same way. They alternate (A, B, A, B …) so a busy neighbour hurts both alike. Also
reported: when the list's rows are in and when every feature module's menu is installed (the app
paints first and fills those in right after). After the first frame each child keeps a 10 ms
QTimer ticking for `--watch` seconds and reports the longest gap between ticks and the total time
the GUI thread was late: how long the window stays unresponsive after it appears.

The database is built once with `benchmarks.store.build`. Numbers go in benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL = 1.5  # ≤ 1.5× the bare window
TICK_MS = 10
FRAME_MS = 16.7  # one frame at 60 Hz


def _child(kind: str, db: str, watch: float) -> int:
    """Runs in the child process: start, catch the first paint, watch the ticks, print JSON.

    The first paint is caught by an event filter on the main window itself, on both sides. An
    application-wide filter would pass every event of every widget through Python, making
    PySide6 build a Python type (and its enums) for each Qt class it meets: a cost of the
    measurement (~25 ms for the app's window), not of the start."""
    if kind == "work":  # what the `scorecard` command imports first, before any Qt
        import scorecard_app.cli  # noqa: F401
    from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    out: dict = {}

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
            if "paint_event" not in out and event.type() == QEvent.Type.Paint:
                out["paint_event"] = time.time()
                QTimer.singleShot(0, frame_done)
            return False

    def frame_done() -> None:
        # the window's first paint event is followed, in the same update, by its children's
        # (labels, buttons, the list's header): the first frame is complete when the event loop
        # turns again. That is the time reported.
        out["paint"] = time.time()
        out["cpu_s"] = time.process_time()  # this process's CPU time until then (less noisy)
        start_watch()

    gaps: list[float] = []
    clock = QElapsedTimer()
    ticker = QTimer()
    ticker.setInterval(TICK_MS)

    def tick() -> None:
        gaps.append(clock.restart())
        if sum(gaps) >= watch * 1000:
            ticker.stop()
            QApplication.instance().quit()

    def start_watch() -> None:
        clock.start()
        ticker.timeout.connect(tick)
        ticker.start()

    spy = FirstPaint()
    if kind == "floor":
        app = QApplication([sys.argv[0]])
        win = QMainWindow()
        win.resize(1366, 768)
        win.installEventFilter(spy)
        win.show()
        app.exec()
    else:  # the app makes its own QApplication; the spy goes on its window as it is made
        from scorecard_app.cli import main
        from scorecard_app.gui.main_window import MainWindow

        made = MainWindow.__init__

        def init(self, *args, **kwargs) -> None:
            made(self, *args, **kwargs)
            self.installEventFilter(spy)
            # reported too: when the rows are in and when every menu is there
            self.home.loaded.connect(lambda: out.setdefault("rows", time.time()))
            self.extensions_ready.connect(lambda: out.setdefault("menus", time.time()))

        MainWindow.__init__ = init
        rc = main(["--db", db])
        if rc:
            return rc
    out["longest_gap_ms"] = max(gaps) if gaps else None
    out["late_ms"] = sum(max(0.0, g - TICK_MS) for g in gaps)
    print(json.dumps(out), flush=True)
    return 0


def run_child(kind: str, db: Path, watch: float, env: dict) -> dict:
    t0 = time.time()
    p = subprocess.run(
        [sys.executable, "-m", "benchmarks.gui_start", "--child", kind, "--db", str(db)]
        + ["--watch", str(watch)],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if p.returncode != 0:
        raise SystemExit(f"{kind} child failed ({p.returncode}):\n{p.stderr[-2000:]}")
    res = json.loads(p.stdout.strip().splitlines()[-1])
    res["start_s"] = res["paint"] - t0
    res["paint_event_s"] = res["paint_event"] - t0
    for key in ("rows", "menus"):
        if key in res:
            res[f"{key}_s"] = res[key] - t0
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cycles", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=9, help="A/B pairs")
    ap.add_argument("--watch", type=float, default=3.0, help="seconds of ticks after the paint")
    ap.add_argument("--child", choices=("work", "floor"), help=argparse.SUPPRESS)
    ap.add_argument("--db", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        return _child(args.child, args.db, args.watch)

    from .common import load_average, machine, ratio_line, record
    from .store import build

    print(machine())
    print(load_average(), "(before)")
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        db = tmp / "cycles.sqlite3"
        t = time.perf_counter()
        build(db, args.cycles)
        print(f"built {args.cycles} cycles in {time.perf_counter() - t:.1f} s")
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        # as installed: byte-code cached (a development shell may forbid writing it, and then
        # every start compiles the app's modules again, which no user's start does)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        # fresh settings and data folders: no saved session, nothing from this user's desktop
        for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
            env[var] = str(tmp / var.lower())
        run_child("work", db, 0.1, env)  # warm the file cache and byte-code once, untimed
        run_child("floor", db, 0.1, env)
        work, floor = [], []
        for _ in range(args.rounds):
            work.append(run_child("work", db, args.watch, env))
            floor.append(run_child("floor", db, args.watch, env))
    ws = [r["start_s"] for r in work]
    fs = [r["start_s"] for r in floor]
    print(
        ratio_line(
            f"cold start to the first frame, {args.cycles} cycles (floor: bare QMainWindow)",
            ws,
            fs,
            goal=GOAL,
            row=f"cold start to the first frame, {args.cycles:,} cycles",
        )
    )
    print(
        f"  runs {', '.join(f'{x * 1000:.0f}' for x in ws)} ms vs "
        f"{', '.join(f'{x * 1000:.0f}' for x in fs)} ms"
    )
    cw, cf = [r["cpu_s"] for r in work], [r["cpu_s"] for r in floor]
    print(
        f"  CPU time of the process until its first frame: median "
        f"{statistics.median(cw) * 1000:.0f} ms vs {statistics.median(cf) * 1000:.0f} ms → "
        f"{statistics.median(cw) / statistics.median(cf):.2f}× (steadier on a shared machine)"
    )
    pe = [r["paint_event_s"] for r in work]
    print(
        f"  the window's own first paint event (before its children's): median "
        f"{statistics.median(pe) * 1000:.0f} ms ({statistics.median(pe) / statistics.median(fs):.2f}×)"
    )
    for key, what in (("rows_s", "the list's rows in"), ("menus_s", "every menu installed")):
        got = [r[key] for r in work if key in r]
        if got:
            print(
                f"  {what}: median {statistics.median(got) * 1000:.0f} ms from the spawn "
                f"({statistics.median(got) / statistics.median(fs):.2f}× the floor's first paint)"
            )
    for label, runs in (("app", work), ("floor", floor)):
        gaps = [x["longest_gap_ms"] for x in runs]
        late = [x["late_ms"] for x in runs]
        print(
            f"after the paint ({args.watch:g} s of {TICK_MS} ms ticks), {label}: longest gap "
            f"median {statistics.median(gaps):.0f} ms (max {max(gaps):.0f}), GUI thread late "
            f"median {statistics.median(late):.0f} ms in total"
        )
        if label == "app":  # blocked = a tick later than its 10 ms; goal: never over one frame
            blocked = statistics.median(gaps) - TICK_MS
            verdict = "met" if blocked <= FRAME_MS else "MISSED"
            print(f"  longest block median {blocked:.0f} ms (goal ≤ {FRAME_MS:g} ms: {verdict})")
            floor_block = statistics.median(x["longest_gap_ms"] for x in floor) - TICK_MS
            record(
                "longest block of the GUI thread in the 3 s after that frame",
                blocked,
                floor_block,
                f"≤ {FRAME_MS:g} ms",
                blocked <= FRAME_MS,
            )
    print(load_average(), "(after)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
