import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "scorecard_app", *args], capture_output=True, text=True, cwd=ROOT
    )


def test_demo_then_list_json_shows_three_rounds(tmp_path):
    db = tmp_path / "t.sqlite3"
    r = run("demo", "--db", str(db))
    assert r.returncode == 0, r.stderr
    r = run("list", "--db", str(db), "--json")
    rows = json.loads(r.stdout)
    assert [x["round_no"] for x in rows] == [1, 2, 3]
    assert {x["facility"] for x in rows} == {"Riverside Health Centre"}
    assert [x["status"] for x in rows] == ["complete", "complete", "in_progress"]
    assert {"id", "facility", "community", "round_no", "stage", "status"} <= set(rows[0])
    again = run("demo", "--db", str(db))
    assert again.returncode == 2 and "already" in again.stderr


def test_plain_text_list(tmp_path):
    db = tmp_path / "t.sqlite3"
    run("demo", "--db", str(db))
    out = run("list", "--db", str(db)).stdout
    assert "round 3" in out and "Riverside Health Centre" in out


def test_version():
    r = run("--version")
    assert r.returncode == 0 and r.stdout.startswith("scorecard ")


def one_plain_line(r):
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    return r.stderr.strip()


def test_errors_are_one_plain_line_and_exit_2(tmp_path):
    assert "does not exist" in one_plain_line(
        run("list", "--db", str(tmp_path / "nope" / "x.sqlite3"))
    )
    assert "invalid choice" in one_plain_line(run("frobnicate"))
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"this is not a database at all" * 100)
    assert "damaged" in one_plain_line(run("list", "--db", str(bad)))
    assert "folder" in one_plain_line(run("list", "--db", str(tmp_path)))
    assert "unrecognized" in one_plain_line(run("list", "--bogus"))


def test_db_before_the_sub_command_is_the_database_used(tmp_path):
    """`scorecard --db X demo` used to ignore X and write the default database."""
    import os

    db = tmp_path / "given.sqlite3"
    home = tmp_path / "home"  # where the default database would go
    env = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(home / "data"))
    r = subprocess.run(
        [sys.executable, "-m", "scorecard_app", "--db", str(db), "demo"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
    )
    assert r.returncode == 0, r.stderr
    listed = run("list", "--db", str(db), "--json")
    assert [x["round_no"] for x in json.loads(listed.stdout)] == [1, 2, 3]
    assert not list(home.rglob("*.sqlite3"))
