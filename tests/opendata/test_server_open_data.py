"""`scorecard-sync open-data` and GET /open-data/…: two real laptops sync to a real server, the
package is written from the derived tables and must equal each laptop's own export, figure by
figure; suppression, privacy, training, filters and publishing are checked on the real output."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
import requests
from e2e.headoffice import HeadOffice
from server.helpers import cycle_ops, make_op

from scorecard_app.core.aggregation import indicator_results
from scorecard_app.opendata import write_cycle_package
from scorecard_app.store import Store
from scorecard_app.sync_client import SyncClient, enrol
from scorecard_app.sync_client.transport import Backoff

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

# Two real laptops sync to a real server, end to end: left out of `make test-fast`
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def synced(_demo_template, tmp_path_factory):
    """The demo laptop and a second laptop (two more facilities, a 3-person group, a planted
    name) synced to one head office, plus a training cycle pushed by a misbehaving client."""
    import shutil

    root = tmp_path_factory.mktemp("opendata")
    ho = HeadOffice(root / "ho").start()
    backoff = Backoff(base=0.01, cap=0.1, attempts=6)
    demo_db = root / "demo.sqlite3"
    shutil.copy(_demo_template[0], demo_db)
    other_db = root / "other.sqlite3"
    with Store.open(other_db, backups=False) as s:
        planted = [planted_cycle(s), planted_cycle(s, location="South › Lake › Reed")]
        planted_cycle(s, training=True)  # stays on the laptop
    for db in (demo_db, other_db):
        with Store.open(db, backups=False) as s:
            enrol(s, ho.url, ho.enrol_code(db.stem), backoff=backoff)
            with SyncClient(s, backoff=backoff) as c:
                c.sync()
    # An old or broken client that sends a training cycle anyway: the server keeps it, the
    # package must not show it.
    token = requests.post(
        ho.url + "/v1/enrol",
        json={"code": ho.enrol_code("rogue"), "device_label": "rogue", "app_version": "0"},
        timeout=10,
    ).json()["token"]
    _f, training_id, ops = cycle_ops()
    ops[1] = make_op(
        "cycle", training_id, cycle_id=training_id, fields=_cycle_fields(ops[1], training=True)
    )
    r = requests.post(
        ho.url + "/v1/push",
        json={"batch_id": "rogue-1", "ops": ops},
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    assert r.status_code == 200 and {x["status"] for x in r.json()["results"]} == {"applied"}
    import sqlite3

    with sqlite3.connect(ho.db) as c:  # it is in the derived tables, marked as practice
        assert c.execute(
            "SELECT training FROM dash_cycles WHERE cycle_id = ?", (training_id,)
        ).fetchall() == [(1,)]
    yield {"ho": ho, "laptops": [demo_db, other_db], "planted": planted, "training": training_id}
    ho.stop()


def _cycle_fields(op: dict, **over) -> dict:
    return op["fields"] | over


def _export(ho: HeadOffice, out, *more: str):
    return ho.cli("open-data", "-o", str(out), *more, check=False)


def test_the_package_is_valid_and_equals_each_laptops_own_export(synced, tmp_path):
    ho = synced["ho"]
    out = tmp_path / "pkg"
    r = _export(ho, out)
    assert r.returncode == 0, r.stderr
    assert_valid(out)
    server = package_tables(out)
    compared = 0
    for db in synced["laptops"]:
        with Store.open(db, backups=False) as s:
            for summary in s.list_cycles(include_training=False):
                data = s.load_cycle(summary.id)
                previous = s.previous_data(summary.id)
                mine = tmp_path / f"laptop-{summary.id}"
                write_cycle_package(data, previous, mine)
                laptop = package_tables(mine)
                for table, key in (
                    ("results", "indicator_id"),
                    ("indicators", "indicator_id"),
                    ("actions", "action_id"),
                    ("action-updates", "update_id"),
                ):
                    ids = {row[key] for row in laptop[table]}
                    got = [row for row in server[table] if row[key] in ids]
                    assert sorted(got, key=json.dumps) == sorted(laptop[table], key=json.dumps), (
                        table
                    )
                    compared += len(got)
                [row] = [c for c in server["cycles"] if c["cycle_id"] == summary.id]
                want = laptop["cycles"][0] | {
                    "previous_cycle_id": data.cycle.previous_cycle_id or ""
                }
                assert row == want
                # and the figures are the laptop's printed results
                by = {(x["indicator_id"], x["group_type"]): x for x in server["results"]}
                for res in indicator_results(data, previous):
                    if not res.indicator.provider_only:
                        c = by[(res.indicator.id, "community")]
                        assert num(c["score"]) == pytest.approx(res.community)
                        assert num(c["gap"]) == pytest.approx(res.gap)
                        assert (c["change"] == "") == (res.change is None)
                    assert num(by[(res.indicator.id, "provider")]["score"]) == pytest.approx(
                        res.provider
                    )
    assert compared > 150
    # the demo (3 rounds, 1 facility) and two planted cycles at two more facilities
    assert len(server["cycles"]) == 5 and len(server["facilities"]) == 3


def test_no_training_no_person_and_small_groups_suppressed(synced, tmp_path):
    out = tmp_path / "pkg"
    assert _export(synced["ho"], out).returncode == 0
    text = all_text(out)
    assert synced["training"] not in text
    assert PLANTED not in text
    people = []
    for db in synced["laptops"]:
        with Store.open(db, backups=False) as s:
            for summary in s.list_cycles():
                people += [p.id for p in s.load_cycle(summary.id).participants]
    assert people and not [p for p in people if p in text]
    tables = package_tables(out)
    cells = " ".join(" ".join([*row, *row.values()]) for rows in tables.values() for row in rows)
    for word in PARTICIPANT_WORDS:
        assert word not in cells.lower().replace("_participants", ""), word
    for rows in tables.values():
        assert not (PARTICIPANT_COLUMNS & set(rows[0] if rows else {}))
    youth = [r for r in tables["results"] if r["group_type"] == "youth" and r["n"] == "3"]
    assert len(youth) == 4  # two planted cycles × two indicators
    for row in youth:
        assert row["suppressed"] == "true"
        assert {row[k] for k in ("median", "score", "gap")} == {"<5"}


def test_filters_by_date_and_location_and_plain_errors(synced, tmp_path):
    ho = synced["ho"]
    south = tmp_path / "south"
    assert _export(ho, south, "--location", "South > Lake").returncode == 0
    cycles = package_tables(south)["cycles"]
    assert [c["cycle_id"] for c in cycles] == [synced["planted"][1]]
    assert_valid(south)
    later = tmp_path / "later"
    assert _export(ho, later, "--from", "2999-01-01", "--licence", "CC0-1.0").returncode == 0
    assert package_tables(later)["cycles"] == []
    assert '"CC0-1.0"' in (later / "datapackage.json").read_text(encoding="utf-8")
    assert_valid(later)
    for args, words in (
        (("--from", "last week"), "is not a date"),
        (("--licence", "MIT"), "Unknown licence"),
        (("--org", "Nobody"), "no organisation"),
    ):
        r = _export(ho, tmp_path / "bad", *args)
        assert r.returncode == 2 and words in r.stderr and r.stderr.count("\n") == 1, r.stderr


def test_publishing_serves_the_package_without_login_and_nothing_else(synced, tmp_path):
    ho = synced["ho"]
    assert requests.get(ho.url + "/open-data", timeout=10).json() == []
    r = ho.cli("open-data", "--publish", "--licence", "ODbL-1.0")
    org = r.stdout.split("/open-data/")[1].split("/")[0]
    base = f"{ho.url}/open-data/{org}"
    desc = requests.get(base + "/datapackage.json", timeout=10)
    assert desc.status_code == 200 and desc.json()["licenses"][0]["name"] == "ODbL-1.0"
    csv = requests.get(base + "/results.csv", timeout=10)
    assert csv.status_code == 200 and csv.text.startswith("cycle_id,indicator_id,round")
    z = requests.get(base + "/scorecard-open-data.zip", timeout=10)
    assert z.status_code == 200 and "attachment" in z.headers["content-disposition"]
    folder = tmp_path / "unzipped"
    zipfile.ZipFile(io.BytesIO(z.content)).extractall(folder)
    assert_valid(folder)
    assert PLANTED not in all_text(folder)
    [listed] = requests.get(ho.url + "/open-data", timeout=10).json()
    assert listed["cycles"] == 5 and listed["datapackage"].endswith(f"{org}/datapackage.json")
    # nothing else opens: the sync API still wants a token, other names and paths are 404
    assert requests.get(ho.url + "/v1/pull", timeout=10).status_code == 401
    for path in (
        "/secrets.csv",
        "/..%2f..%2fheadoffice.sqlite3",
        "/%2e%2e/%2e%2e/headoffice.sqlite3",
        "/../datapackage.json",
    ):
        assert requests.get(base + path, timeout=10).status_code == 404, path
    other = "00000000-0000-4000-8000-000000000000"
    assert (
        requests.get(f"{ho.url}/open-data/{other}/datapackage.json", timeout=10).status_code == 404
    )
    r = ho.cli("open-data", "--unpublish")
    assert "Unpublished" in r.stdout
    assert requests.get(base + "/datapackage.json", timeout=10).status_code == 404
    assert requests.get(base + "/scorecard-open-data.zip", timeout=10).status_code == 404
