"""A laptop clock days wrong syncs and merges correctly; USB bundles reach head office once."""

from __future__ import annotations

import subprocess
import zipfile
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

import pytest

from scorecard_app.core import entities as e
from scorecard_app.core import ids
from scorecard_app.store import Store, replica
from scorecard_app.store import repository as repo_mod
from scorecard_app.sync_client import SyncClient, enrol
from scorecard_app.sync_client.bundle import export_bundle, import_bundle

from .helpers import assert_exactly_once, local_counts, scorecard_cli

# Real servers and laptops, end to end: left out of `make test-fast`
pytestmark = pytest.mark.slow


@contextmanager
def laptop_clock(monkeypatch, days: float):
    """Set this laptop's clock `days` off: every time the app writes or sends comes from it."""
    real = ids.utc_now

    def skewed() -> str:
        t = datetime.now(UTC) + timedelta(days=days)
        return t.isoformat(timespec="milliseconds").replace("+00:00", "Z")

    with monkeypatch.context() as m:
        for mod in (ids, repo_mod, replica):
            m.setattr(mod, "utc_now", skewed)
        yield
    assert ids.utc_now is real


def test_clocks_three_days_ahead_and_behind_merge_by_server_order(
    enrolled_demo, head_office, fast_backoff, tmp_path, monkeypatch
):
    ahead = enrolled_demo
    with laptop_clock(monkeypatch, +3), SyncClient(ahead, backoff=fast_backoff) as c:
        report = c.sync()
    assert report.clock_offset_seconds == pytest.approx(-3 * 86400, abs=60)  # measured, not refused
    behind = Store.open(tmp_path / "behind.sqlite3", backups=False)
    enrol(behind, head_office.url, head_office.enrol_code("behind"), backoff=fast_backoff)
    bundle = tmp_path / "start.scbundle"
    export_bundle(ahead, bundle, None)
    import_bundle(behind, bundle)
    action = ahead.load_cycle(ahead.list_cycles()[1].id).actions[0]

    with laptop_clock(monkeypatch, +3):
        ahead.update(e.Action, action.id, responsible="Ms. Lan", resources="30 USD")
    with laptop_clock(monkeypatch, -3):
        behind.update(e.Action, action.id, due="2027-02-01", resources="50 USD")
    # The laptop whose clock says "3 days ago" syncs LAST; its edit still arrives last on the
    # server, so server order — not the wall clock — decides what counts as the later change.
    with laptop_clock(monkeypatch, +3), SyncClient(ahead, backoff=fast_backoff) as c:
        assert c.sync().applied == 1
    with laptop_clock(monkeypatch, -3), SyncClient(behind, backoff=fast_backoff) as c:
        report = c.sync()
    assert report.clock_offset_seconds == pytest.approx(3 * 86400, abs=60)
    assert report.conflict == 1  # resources: both changed it; kept for review
    data = head_office.records()[("action", action.id)]["data"]
    assert (data["responsible"], data["due"]) == ("Ms. Lan", "2027-02-01")  # disjoint: merged
    assert data["resources"] == "30 USD"  # same field: head office keeps the first, shows both
    [kept] = replica.conflicts(behind)
    assert kept["detail"]["resources"]["device"] == "50 USD"
    behind.close()


def _server_import(head_office, path) -> subprocess.CompletedProcess:
    return head_office.cli("import-bundle", str(path), check=False)


def test_bundle_import_on_the_server_twice_gives_the_same_counts(
    enrolled_demo, head_office, tmp_path
):
    target = tmp_path / "trip.scbundle"
    out = scorecard_cli(
        "export",
        "--all",
        "-o",
        str(target),
        "--db",
        str(enrolled_demo.path),
    )
    assert out.returncode == 0, out.stderr
    assert "Carry it to head office" in out.stdout
    first = _server_import(head_office, target)
    assert first.returncode == 0, first.stderr
    counts = head_office.stats()["records"]
    assert counts == local_counts(enrolled_demo)
    second = _server_import(head_office, target)
    assert second.returncode == 0, second.stderr
    assert head_office.stats()["records"] == counts
    # The network path afterwards finds everything already there.
    with SyncClient(enrolled_demo) as c:
        report = c.sync()
    assert report.applied == 0 and report.duplicate == len(head_office.op_ids())
    assert_exactly_once(enrolled_demo, head_office)


def test_a_tampered_bundle_is_refused_by_head_office_and_the_laptop(
    enrolled_demo, head_office, tmp_path
):
    good = tmp_path / "good.scbundle"
    export_bundle(enrolled_demo, good, None)
    bad = tmp_path / "bad.scbundle"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(bad, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item)
            if item.filename == "ops.jsonl":
                data = data.replace(b'"value":4', b'"value":5', 1)
            zout.writestr(item, data)
    out = _server_import(head_office, bad)
    assert out.returncode == 2
    assert len(out.stderr.strip().splitlines()) == 1  # one plain sentence
    assert head_office.stats()["records"] == {}
    cli = scorecard_cli(
        "import",
        str(bad),
        "--db",
        str(enrolled_demo.path),
    )
    assert cli.returncode == 2
    assert "was changed after it was made" in cli.stderr
    assert "Traceback" not in cli.stderr


def test_laptop_import_twice_changes_nothing_the_second_time(
    enrolled_demo, head_office, fast_backoff, tmp_path
):
    target = tmp_path / "trip.scbundle"
    export_bundle(enrolled_demo, target, None)
    other = tmp_path / "other.sqlite3"
    with Store.open(other, backups=False) as s:  # a laptop of the same organisation
        enrol(s, head_office.url, head_office.enrol_code("other"), backoff=fast_backoff)
    run = ["import", str(target), "--db", str(other)]
    first = scorecard_cli(*run)
    assert first.returncode == 0, first.stderr
    second = scorecard_cli(*run)
    assert second.returncode == 0
    assert "0 changes applied" in second.stdout
    with Store.open(other, backups=False) as s:
        assert local_counts(s) == local_counts(enrolled_demo)
