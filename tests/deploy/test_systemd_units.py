"""The systemd units shipped in packaging/systemd/ are valid and say what the docs say."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from .helpers import UNITS, VENV_BIN, unit_commands

UNIT_FILES = sorted(p.name for p in UNITS.glob("*.service")) + sorted(
    p.name for p in UNITS.glob("*.timer")
)


def test_every_timer_starts_a_shipped_oneshot_service():
    timers = [u for u in UNIT_FILES if u.endswith(".timer")]
    assert set(timers) == {"scorecard-backup.timer", "scorecard-open-data.timer"}
    for timer in timers:
        service = (UNITS / timer.replace(".timer", ".service")).read_text(encoding="utf-8")
        assert "Type=oneshot" in service
        assert "Persistent=true" in (UNITS / timer).read_text(encoding="utf-8")


def test_the_server_unit_migrates_first_then_runs_four_workers():
    [pre] = unit_commands("scorecard-sync.service", "ExecStartPre")
    assert pre[-1] == "migrate"
    [cmd] = unit_commands("scorecard-sync.service", "ExecStart")
    assert cmd[cmd.index("--workers") + 1] == "4"
    assert "scorecard_sync.asgi:create" in cmd and "--factory" in cmd
    assert cmd[cmd.index("--host") + 1] == "127.0.0.1"  # only the reverse proxy reaches it


def test_systemd_analyze_verify_accepts_the_units(tmp_path):
    exe = shutil.which("systemd-analyze")
    if exe is None:
        pytest.fail("systemd-analyze is needed (Debian package systemd)")
    for name in UNIT_FILES:  # installed paths pointed at this checkout, as on a real machine
        text = (UNITS / name).read_text(encoding="utf-8")
        text = text.replace("/opt/scorecard/venv/bin", str(VENV_BIN))
        text = text.replace("/opt/scorecard/bin", str(UNITS))
        (tmp_path / name).write_text(text, encoding="utf-8")
    r = subprocess.run(
        [exe, "verify", *[str(tmp_path / n) for n in UNIT_FILES]],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0 and r.stderr.strip() == "", r.stderr
