"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every void Qt call (and to True on
every signal emit), so a long session dies with "deallocating None". We pin 6.11, which does
not; this test fails if a bump brings the bug back. Run in a child process, since the failure is
a fatal crash."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LOOP = """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for _ in range(200_000):
    label.setText("x")  # void: drops a reference to None
    label.windowTitleChanged.emit("x")  # emit: drops one to True
print("alive")
"""


def test_a_long_session_of_void_qt_calls_does_not_crash():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    out = subprocess.run(
        [sys.executable, "-c", LOOP], capture_output=True, text=True, env=env, timeout=120
    )
    assert out.returncode == 0, out.stderr[-500:]
    assert out.stdout.strip() == "alive"
