"""`scorecard export-data`: one cycle as a Frictionless package, valid, faithful, and private."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from scorecard_app.core.aggregation import indicator_results
from scorecard_app.core.disclosure import SUPPRESSED
from scorecard_app.store import Store

from .helpers import (
    PARTICIPANT_COLUMNS,
    PARTICIPANT_WORDS,
    PLANTED,
    all_text,
    assert_valid,
    num,
    package_tables,
    planted_cycle,
)

ROOT = Path(__file__).resolve().parents[2]


def export(db: Path, cycle: str, out: Path, *more: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "scorecard_app", "export-data", "--db", str(db), "--cycle", cycle]
        + ["-o", str(out), *more],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def community_and_provider(tables: dict) -> dict[str, dict[str, dict]]:
    out: dict[str, dict[str, dict]] = {}
    for row in tables["results"]:
        out.setdefault(row["indicator_id"], {})[row["group_type"]] = row
    return out


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_every_demo_round_exports_valid_and_equal_to_the_laptops_results(demo_store, tmp_path, fmt):
    db = demo_store.path
    for cid in demo_store.demo_ids:
        out = tmp_path / (f"{cid}.json" if fmt == "json" else cid)
        r = export(db, cid, out, "--format", fmt)
        assert r.returncode == 0, r.stderr
        assert "Wrote" in r.stdout
        assert_valid(out)
        data = demo_store.load_cycle(cid)
        expected = indicator_results(data, demo_store.previous_data(cid))
        rows = community_and_provider(package_tables(out))
        assert len(rows) == len(expected)
        for res in expected:
            got = rows[res.indicator.id]
            assert num(got["provider"]["score"]) == pytest.approx(res.provider)
            if res.indicator.provider_only:
                assert "community" not in got
                continue
            c = got["community"]
            assert num(c["score"]) == pytest.approx(res.community)
            assert num(c["provider_score"]) == pytest.approx(res.provider)
            assert num(c["gap"]) == pytest.approx(res.gap)
            if res.change is None:
                assert c["change"] == ""
            else:
                assert num(c["change"]) == pytest.approx(res.change)
            assert c["round"] == str(data.cycle.round_no)


def test_csv_package_has_a_readme_data_dictionary_and_the_chosen_licence(demo_store, tmp_path):
    out = tmp_path / "pkg"
    r = export(demo_store.path, demo_store.demo_ids[0], out, "--licence", "CC0-1.0")
    assert r.returncode == 0, r.stderr
    readme = (out / "README.md").read_text(encoding="utf-8")
    assert "### results" in readme and "| `gap` | number |" in readme
    assert "fewer than 5 people" in readme
    desc = (out / "datapackage.json").read_text(encoding="utf-8")
    assert '"name": "CC0-1.0"' in desc
    default = tmp_path / "default"
    export(demo_store.path, demo_store.demo_ids[0], default)
    assert '"name": "CC-BY-4.0"' in (default / "datapackage.json").read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_a_three_person_group_never_appears_with_its_figures_and_no_person_leaves(
    db_path, tmp_path, fmt
):
    with Store.open(db_path, backups=False) as store:
        cid = planted_cycle(store)
        data = store.load_cycle(cid)
        person_ids = [p.id for p in data.participants]
    out = tmp_path / ("p.json" if fmt == "json" else "p")
    r = export(db_path, cid, out, "--format", fmt)
    assert r.returncode == 0, r.stderr
    assert_valid(out)
    tables = package_tables(out)
    youth = [row for row in tables["results"] if row["group_type"] == "youth"]
    assert len(youth) == 2  # both indicators, and the rows say why they are empty
    for row in youth:
        assert row["n"] == "3" and row["suppressed"] == "true"
        figures = [row[k] for k in ("median", "consensus", "score", "gap", "change")]
        assert set(figures) <= {SUPPRESSED, ""} and SUPPRESSED in figures
    women = [row for row in tables["results"] if row["group_type"] == "women"]
    assert {row["median"] for row in women} == {"2.5"}  # 6 people: shown, exact median
    text = all_text(out)
    assert PLANTED not in text
    for pid in person_ids:
        assert pid not in text
    # every header and cell of every table (the README explains the rule in prose)
    cells = " ".join(" ".join([*row, *row.values()]) for rows in tables.values() for row in rows)
    lowered = cells.lower().replace("_participants", "")  # the cycles' two head counts
    for word in PARTICIPANT_WORDS:
        assert word not in lowered, word
    for table, rows in tables.items():
        assert not (PARTICIPANT_COLUMNS & set(rows[0] if rows else {})), table
    assert "participant" not in " ".join(tables)


def test_training_cycles_are_refused_with_a_plain_message(db_path, tmp_path):
    with Store.open(db_path, backups=False) as store:
        cid = planted_cycle(store, training=True)
    out = tmp_path / "t"
    r = export(db_path, cid, out)
    assert r.returncode == 2
    assert r.stderr.strip().count("\n") == 0 and "training cycle" in r.stderr
    assert not out.exists()


def test_bad_arguments_are_one_line_and_exit_2(demo_store, tmp_path):
    cid = demo_store.demo_ids[0]
    cases = [
        ("", tmp_path / "x", (), "--cycle ID"),
        ("nope", tmp_path / "x", (), "no cycle nope"),
        (cid, tmp_path, ("--format", "json"), "is a folder"),
        (cid, tmp_path / "missing" / "x.json", ("--format", "json"), "does not exist"),
        (cid, tmp_path / "y", ("--licence", "MIT"), "invalid choice"),
    ]
    for cycle, out, more, message in cases:
        r = export(demo_store.path, cycle, out, *more)
        assert r.returncode == 2, (message, r.stderr)
        assert message in r.stderr and r.stderr.strip().count("\n") == 0, r.stderr


def test_text_that_looks_like_a_formula_cannot_run_in_a_spreadsheet(db_path, tmp_path):
    from scorecard_app.core import entities as e

    formula = '=HYPERLINK("http://evil.example","click")'
    with Store.open(db_path, backups=False) as store:
        cid = planted_cycle(store)
        store.reopen_cycle(cid, "one more action")
        store.add(e.Action(cid, formula, institution="@SUM(A1)", due="2026-06-01"))
    out = tmp_path / "f"
    assert export(db_path, cid, out).returncode == 0
    assert_valid(out)
    actions = {row["what"]: row for row in package_tables(out)["actions"]}
    assert "'" + formula in actions and actions["'" + formula]["institution"] == "'@SUM(A1)"
    gaps = [row["gap"] for row in package_tables(out)["results"] if row["gap"].startswith("-")]
    assert gaps  # negative figures stay numbers
    js = tmp_path / "f.json"
    assert export(db_path, cid, js, "--format", "json").returncode == 0
    assert formula in {row["what"] for row in package_tables(js)["actions"]}
