"""Regenerate the screenshots of the facilitator guide, which ships inside the app for Help →
Facilitator guide (resources/guide/facilitator-guide.md and its screenshots/).

Seeds the demo into a temporary database, fills round 3 up to the follow-up (meeting, actions,
an update) so that every step has something to show, and grabs the window at 1366×768, the
common screen of a cheap laptop. Run from the repository root:

    QT_QPA_PLATFORM=offscreen python docs/screenshots/make_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = ROOT / "resources" / "guide" / "screenshots"
sys.path.insert(0, str(ROOT))

# A real 1366×768 screen for the offscreen platform: the window fits itself to the screen.
_SCREEN = Path(tempfile.mkdtemp()) / "screen.json"
_SCREEN.write_text(
    '{"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,'
    ' "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}'
)
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"

from PySide6.QtCore import QSettings  # noqa: E402, TID251 (a GUI tool, like tests/gui)
from PySide6.QtWidgets import QApplication  # noqa: E402, TID251

from scorecard_app.core import entities as e  # noqa: E402
from scorecard_app.core.stages import STAGE_CODES  # noqa: E402
from scorecard_app.demo import seed_demo  # noqa: E402
from scorecard_app.gui.app import make_app  # noqa: E402
from scorecard_app.gui.cycle_setup import CycleSetupDialog  # noqa: E402
from scorecard_app.gui.i18n_runtime import set_language  # noqa: E402
from scorecard_app.gui.main_window import MainWindow  # noqa: E402
from scorecard_app.store import Store  # noqa: E402

SIZE = (1366, 768)


def finish_round_three(store: Store, cycle_id: str) -> None:
    """Give round 3 its interface meeting, actions and a follow-up (the demo stops before)."""
    d = store.load_cycle(cycle_id)
    today = date.today()
    store.add(
        e.InterfaceMeeting(
            cycle_id,
            held_on=(today - timedelta(days=2)).isoformat(),
            venue="Mai Commune hall",
            officials=["Mr. Son (commune chief)", "Dr. Thu (district health office)"],
            community_attendees=16,
            provider_attendees=5,
            indicator_notes={d.indicators[0].id: "Tickets from next month; queue board at door."},
        )
    )
    plans = (
        (0, "Numbered tickets and a queue board", "Ms. Lan (head nurse)", 30, "high"),
        (2, "Weekly stock report to the district pharmacy", "Mr. Binh (pharmacist)", -3, "high"),
        (6, "Night on-call roster for midwives", "Dr. Hoa (in charge)", 60, "medium"),
    )
    for k, (ind, what, who, days, prio) in enumerate(plans):
        a = store.add(
            e.Action(
                cycle_id,
                what,
                indicator_id=d.indicators[ind].id,
                responsible=who,
                institution="Health centre" if k < 2 else "District health office",
                due=(today + timedelta(days=days)).isoformat(),
                resources="Printing, 20 USD" if k == 0 else "",
                priority=prio,
                escalated=k == 2,
            )
        )
        if k == 0:
            store.add(e.ActionUpdate(a.id, today.isoformat(), "in_progress", "Tickets printed."))
            store.update(e.Action, a.id, status="in_progress")


def grab(win: MainWindow, name: str) -> Path:
    QApplication.processEvents()
    out = HERE / f"{name}.png"
    win.grab().save(str(out))
    return out


def main() -> int:
    app = make_app()
    set_language("en")  # as the app does at start (English plural forms included)
    tmp = Path(tempfile.mkdtemp())
    store = Store.open(tmp / "demo.sqlite3", backups=False)
    ids = seed_demo(store)
    win = MainWindow(store, QSettings(str(tmp / "ui.ini"), QSettings.Format.IniFormat))
    win.resize(*SIZE)
    win.show()
    made = [grab(win, "home")]
    win.home.filter.setText("midwife")
    made.append(grab(win, "home-search"))
    win.home.filter.clear()

    # the finish dialog while round 3 still lacks its meeting and action plan
    finish = win.open_cycle(ids[2]).ask_finish()
    QApplication.processEvents()
    finish.grab().save(str(HERE / "finish.png"))
    made.append(HERE / "finish.png")
    finish.reject()
    finish_round_three(store, ids[2])
    win.show_home()

    dlg = CycleSetupDialog(store, win)
    dlg.show()
    QApplication.processEvents()
    dlg.grab().save(str(HERE / "new-cycle.png"))
    made.append(HERE / "new-cycle.png")
    dlg.close()

    ws = win.open_cycle(ids[2])
    for n, stage in enumerate(STAGE_CODES, start=1):
        ws.go_to(stage)
        made.append(grab(win, f"step-{n:02d}-{stage.replace('_', '-')}"))
    win.close()
    store.close()
    app.processEvents()
    for p in made:
        print(p.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
