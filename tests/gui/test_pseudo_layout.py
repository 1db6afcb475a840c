"""Pseudo-localised walk: with every string of ours twice as long (SCORECARD_PSEUDO=long), no
label or button on the home list or any step page is cut off in a 1366×768 window — at 100 %
and 200 % text and in high contrast, on a real 1366×768 screen (a child process with the
offscreen platform configured to that screen), where the window must not outgrow the screen,
the Settings dialog must fit, faces must show on their background and grid lines must show.

Translations run 30–60 % longer than English (Estonian, Latvian, Vietnamese); doubling finds a
fixed-width button or a one-line label in a tight row before a translator does.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from layout_check import clipped_texts
from PySide6.QtWidgets import QApplication, QWidget

from scorecard_app.core.stages import STAGE_CODES
from scorecard_app.gui.i18n_runtime import set_language
from scorecard_app.gui.main_window import MainWindow


@pytest.fixture
def pseudo_long(qapp, monkeypatch):
    monkeypatch.setenv("SCORECARD_PSEUDO", "long")
    set_language("en")
    yield
    monkeypatch.delenv("SCORECARD_PSEUDO")
    set_language("en")


def test_pseudo_long_strings_fit_on_every_step(qtbot, pseudo_long, demo_store, settings):
    win = MainWindow(demo_store, settings)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    problems = [f"home: {p}" for p in clipped_texts(win)]
    current = next(c for c in demo_store.list_cycles() if c.status != "complete")
    ws = win.open_cycle(current.id)
    for stage in STAGE_CODES:
        ws.go_to(stage)
        QApplication.processEvents()
        problems += [f"{stage}: {p}" for p in clipped_texts(ws.page(stage))]
    problems += [f"window: {p}" for p in clipped_texts(ws) if "page_" not in p]
    assert not problems, "\n".join(problems)


def test_the_walk_catches_a_clipped_button(qtbot, pseudo_long):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    box = QWidget()
    qtbot.addWidget(box)
    QVBoxLayout(box)
    b = QPushButton("A rather long button text that cannot fit", box)
    b.setFixedWidth(60)
    box.layout().addWidget(b)
    box.show()
    assert clipped_texts(box)


ROOT = Path(__file__).resolve().parents[2]
SCREEN = {
    "screens": [
        {
            "name": "laptop",
            "x": 0,
            "y": 0,
            "width": 1366,
            "height": 768,
            "logicalDpi": 96,
            "logicalBaseDpi": 96,
            "dpr": 1,
        }
    ]
}


@pytest.mark.parametrize(
    "scale,contrast",
    [(100, "normal"), (200, "normal"), (100, "high"), (200, "high"), (100, "switch")],
)
def test_the_walk_fits_a_1366x768_screen(demo_store, tmp_path, scale, contrast):
    (tmp_path / "screen.json").write_text(json.dumps(SCREEN))
    demo_store.close()
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=f"offscreen:configfile={tmp_path / 'screen.json'}",
        PYTHONPATH=str(ROOT),
    )
    run = subprocess.run(
        [
            sys.executable,
            str(Path(__file__).with_name("layout_child.py")),
            str(demo_store.path),
            str(tmp_path / "s.ini"),
            str(scale),
            contrast,
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    problems = json.loads(run.stdout.strip().splitlines()[-1])
    assert not problems, "\n".join(problems)
