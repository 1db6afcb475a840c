"""`scorecard print`: list, print a PDF, and one plain line + exit 2 for every user mistake."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "scorecard_app", *args], capture_output=True, text=True, cwd=ROOT
    )


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("cli") / "demo.sqlite3"
    assert run("demo", "--db", str(db)).returncode == 0
    cycles = json.loads(run("list", "--db", str(db), "--json").stdout)
    return db, cycles[-1]["id"]


def test_list_names_every_kind():
    r = run("print", "--list")
    assert r.returncode == 0
    kinds = [line.split()[0] for line in r.stdout.splitlines()]
    assert (
        kinds
        == (
            "score-sheet ballot attendance input-tracking issue-sheet action-plan-form stickers "
            "community-summary provider-report interface-chart action-plan follow-up "
            "trends trends-wall head-office-report"
        ).split()
    )


def test_print_writes_a_pdf_in_the_language_asked(demo_db, tmp_path):
    db, cid = demo_db
    out = tmp_path / "summary.pdf"
    r = run(
        "print", "community-summary", "--cycle", cid, "--db", str(db), "--lang", "lv",
        "--paper", "letter", "-o", str(out),
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert out.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext") is None:
        pytest.fail("poppler-utils is needed to read the PDF back")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Kopienas vērtējuma rezultāti" in text
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert "612 x 792 pts" in info  # Letter


@pytest.mark.parametrize(
    "args, says",
    [
        (["no-such-kind"], "Unknown printable"),
        (["ballot", "--cycle", "0000-not-a-cycle"], "no cycle"),
        (["ballot", "--lang", "fr"], "Unknown language"),
        (["ballot", "-o", "{tmp}/missing-folder/x.pdf"], "does not exist"),
        (["ballot", "-o", "{tmp}"], "is a folder"),
    ],
)
def test_mistakes_are_one_plain_line_and_exit_2(demo_db, tmp_path, args, says):
    db, cid = demo_db
    full = ["print", *[a.replace("{tmp}", str(tmp_path)) for a in args], "--db", str(db)]
    if "--cycle" not in full:
        full += ["--cycle", cid]
    if "-o" not in full:
        full += ["-o", str(tmp_path / "x.pdf")]
    r = run(*full)
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and says in lines[0], r.stderr
    assert "Traceback" not in r.stderr
