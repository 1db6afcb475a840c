"""Errors a user can fix — from the store, core and the commands — are said in the user's
language: the CLI (one line on stderr, exit 2) and the Qt-free `explain` that the server and the
printables could use. The GUI side is tests/gui/test_translated_errors.py."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from scorecard_app.core import entities as e
from scorecard_app.core.scales import SCALES, ScoreOutOfRange
from scorecard_app.i18n import explain, language_from_environment
from scorecard_app.store.repository import CycleLocked

ROOT = Path(__file__).resolve().parents[2]
HEBREW = range(0x0590, 0x0600)


def run(*args, env=None):
    base = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    return subprocess.run(
        [sys.executable, "-m", "scorecard_app", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=base | {"LANG": "C.UTF-8"} | (env or {}),
    )


def one_line(r) -> str:
    assert r.returncode == 2, r.stdout + r.stderr
    assert "Traceback" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    return lines[0]


def hebrew_letters(text: str) -> int:
    return sum(ord(ch) in HEBREW for ch in text)


def test_a_damaged_database_is_reported_in_hebrew(tmp_path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"this is not a database at all" * 100)
    line = one_line(run("--lang", "he", "list", "--db", str(bad)))
    assert str(bad) in line  # the file is named, as it is
    words = line.replace(str(bad), "")
    assert "פגום" in words and hebrew_letters(words) > 20  # "damaged", in a Hebrew sentence
    assert "damaged" not in words
    english = one_line(run("list", "--db", str(bad))).replace(str(bad), "")
    assert "damaged" in english and hebrew_letters(english) == 0


def test_a_command_error_follows_the_environment_in_vietnamese(tmp_path, demo_store):
    cid = demo_store.demo_ids[0]
    out = tmp_path / "missing" / "sheet.pdf"
    r = run(
        "print", "score-sheet", "--cycle", cid, "-o", str(out), "--db", str(demo_store.path),
        env={"LANG": "vi_VN.UTF-8"},
    )  # fmt: skip
    line = one_line(r)
    assert line.startswith(f"Không thể ghi {out}: thư mục ")
    assert line.endswith("không tồn tại.") and "does not exist" not in line
    assert not out.parent.exists()


def test_a_sync_error_is_said_in_hebrew_by_the_cli(tmp_path):
    db = tmp_path / "t.sqlite3"
    line = one_line(run("sync", "now", "--db", str(db), env={"LANGUAGE": "he"}))
    assert hebrew_letters(line) > 20 and "enrolled" not in line


def test_explain_translates_a_refused_edit_of_a_finished_cycle(demo_store):
    indicator = demo_store.load_cycle(demo_store.demo_ids[0]).indicators[0]  # round 1: finished
    with pytest.raises(CycleLocked) as caught:
        demo_store.update(e.Indicator, indicator.id, text="Something else")
    assert explain(caught.value, "en") == str(caught.value)
    he, vi = explain(caught.value, "he"), explain(caught.value, "vi")
    assert hebrew_letters(he) > 20
    assert "Chu kỳ này đã kết thúc" in vi
    assert len({he, vi, str(caught.value)}) == 3


def test_explain_fills_the_values_into_the_translated_scale_error():
    with pytest.raises(ScoreOutOfRange) as caught:
        SCALES["faces5"].validate(7)
    assert str(caught.value) == "7 is outside the scale 1–5."
    assert explain(caught.value, "vi") == "7 nằm ngoài thang điểm 1–5."
    assert "7" in explain(caught.value, "he") and "1" in explain(caught.value, "he")


@pytest.mark.parametrize(
    ("env", "want"),
    [
        ({"LANG": "vi_VN.UTF-8"}, "vi"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANGUAGE": "de:he", "LANG": "de_DE.UTF-8"}, "he"),
        ({"LC_ALL": "et_EE.UTF-8", "LANG": "vi_VN.UTF-8"}, "et"),
        ({"LC_ALL": "fr_FR.UTF-8", "LANG": "vi_VN.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_the_language_the_environment_asks_for(env, want):
    assert language_from_environment(env) == want


def test_what_the_cli_prints_follows_the_language_too(demo_store):
    """Not only errors: the cycle list says round, stage and status in Vietnamese."""
    db = str(demo_store.path)
    vi = run("list", "--db", db, env={"LANG": "vi_VN.UTF-8"})
    en = run("list", "--db", db)
    assert vi.returncode == en.returncode == 0
    assert "round 3" in en.stdout and "Complete" in en.stdout
    assert "vòng 3" in vi.stdout and "Hoàn thành" in vi.stdout
    assert "round" not in vi.stdout and "Complete" not in vi.stdout
    # the ids, names and places stay as they were written
    assert [line.split()[0] for line in vi.stdout.splitlines()] == [
        line.split()[0] for line in en.stdout.splitlines()
    ]
