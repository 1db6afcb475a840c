"""Signed bundles end to end, with the real `scorecard` and `scorecard-sync` commands and a real
head office: a laptop that was never online, laptops checking each other's bundles offline,
revocation reaching laptops, and a laptop enrolled before keys existed."""

from __future__ import annotations

import json
import subprocess

import pytest

from scorecard_app.core import entities as e
from scorecard_app.store import Store, keys
from scorecard_app.sync_client import SyncClient, enrol
from scorecard_app.sync_client.bundle import export_bundle
from scorecard_app.sync_client.client import K_DEVICE, K_KEY

from .helpers import local_counts
from .helpers import scorecard_cli as scorecard

# Real servers and laptops, end to end: left out of `make test-fast`
pytestmark = pytest.mark.slow


def refused(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 2, result.stdout
    err = result.stderr.strip()
    assert "Traceback" not in err and len(err.splitlines()) == 1, err
    return err


def test_a_laptop_never_online_enrols_from_a_file_and_trades_bundles(
    demo_store, head_office, tmp_path
):
    enrolment = tmp_path / "usb" / "field-7.json"
    enrolment.parent.mkdir()
    qr = tmp_path / "usb" / "field-7.png"
    made = head_office.cli(
        "enrolment-file", "--label", "Field 7", "-o", str(enrolment), "--qr", str(qr)
    )
    assert "Field 7" in made.stdout and qr.is_file()
    laptop = demo_store.path
    demo_store.close()
    # Export is refused (and says why) until the laptop is enrolled.
    assert "not enrolled" in refused(
        scorecard("export", "--all", "-o", str(tmp_path / "x"), "--db", str(laptop))
    )
    done = scorecard("sync", "enrol-file", str(enrolment), "--db", str(laptop))
    assert done.returncode == 0, done.stderr
    assert "Field 7" in done.stdout
    again = refused(scorecard("sync", "enrol-file", str(enrolment), "--db", str(laptop)))
    assert "already enrolled" in again
    status = scorecard("sync", "status", "--db", str(laptop)).stdout
    assert "USB bundles only" in status and "Bundles: can be signed" in status
    assert "USB bundles" in refused(scorecard("sync", "now", "--db", str(laptop)))

    # Laptop → head office.
    trip = tmp_path / "usb" / "trip.scbundle"
    out = scorecard("export", "--all", "-o", str(trip), "--db", str(laptop))
    assert out.returncode == 0, out.stderr
    imported = head_office.cli("import-bundle", str(trip))
    assert "from “Field 7”" in imported.stdout
    with Store.open(laptop, backups=False) as s:
        assert head_office.stats()["records"] == local_counts(s)

    # Head office → laptop: facilities it publishes arrive by USB too.
    facilities = tmp_path / "facilities.json"
    facilities.write_text(
        json.dumps([{"name": "Hilltop Dispensary", "sector": "health", "code": "HD"}])
    )
    head_office.cli("publish-facilities", str(facilities))
    back = tmp_path / "usb" / "for-field-7.scbundle"
    head_office.cli("export-bundle", "--device", "Field 7", "-o", str(back))
    got = scorecard("import", str(back), "--db", str(laptop))
    assert got.returncode == 0, got.stderr
    assert "from head office (signature checked)" in got.stdout
    with Store.open(laptop, backups=False) as s:
        assert "Hilltop Dispensary" in {f.name for f in s.facilities()}
    assert "0 changes applied" in scorecard("import", str(back), "--db", str(laptop)).stdout

    # A head-office bundle made for another laptop is refused.
    other = tmp_path / "other.json"
    head_office.cli("enrolment-file", "--label", "Field 8", "-o", str(other))
    for_8 = tmp_path / "for-8.scbundle"
    head_office.cli("export-bundle", "--device", "Field 8", "-o", str(for_8))
    assert "made it for another laptop" in refused(
        scorecard("import", str(for_8), "--db", str(laptop))
    )


def test_laptops_check_each_other_offline_until_head_office_revokes_one(
    enrolled_demo, head_office, fast_backoff, tmp_path
):
    a = enrolled_demo
    b_path = tmp_path / "b.sqlite3"
    with Store.open(b_path, backups=False) as b:
        enrol(b, head_office.url, head_office.enrol_code("Laptop B"), backoff=fast_backoff)
    trip = tmp_path / "a.scbundle"
    export_bundle(a, trip, None)
    ok = scorecard("import", str(trip), "--db", str(b_path))  # offline: B knows A's key
    assert ok.returncode == 0, ok.stderr
    with Store.open(b_path, backups=False) as b:
        assert local_counts(b) == local_counts(a)
    # Head office withdraws A's access; B learns it from its next pull and refuses A's bundles.
    head_office.cli("revoke", a.get_setting(K_DEVICE))
    with Store.open(b_path, backups=False) as b, SyncClient(b, backoff=fast_backoff) as c:
        c.sync()
        assert keys.signer(b, a.get_setting(K_DEVICE))["revoked_at"]
    cyc = a.list_cycles()[-1]
    a.update(e.Cycle, cyc.id, community="Edited after revocation")
    later = tmp_path / "a-later.scbundle"
    export_bundle(a, later, None)
    assert "access head office withdrew" in refused(
        scorecard("import", str(later), "--db", str(b_path))
    )
    with Store.open(b_path, backups=False) as b:
        assert b.require(e.Cycle, cyc.id).community != "Edited after revocation"
    assert "withdrawn" in refused(head_office.cli("import-bundle", str(later), check=False))


def test_a_laptop_enrolled_before_keys_gets_one_on_its_next_sync(
    enrolled_demo, head_office, fast_backoff, tmp_path
):
    """The migration path: no key pair → export refused with the reason; the next online sync
    makes the pair and registers the public key; then bundles are signed and accepted."""
    laptop = enrolled_demo
    device = laptop.get_setting(K_DEVICE)
    # Make it what an upgraded laptop is: no private key here, no public key at head office.
    laptop.set_setting(K_KEY, None)
    import sqlite3

    with sqlite3.connect(head_office.db) as conn:
        conn.execute("DELETE FROM signing_keys WHERE signer = ?", (device,))
    trip = tmp_path / "trip.scbundle"
    laptop.close()
    err = refused(scorecard("export", "--all", "-o", str(trip), "--db", str(laptop.path)))
    assert "cannot sign bundles yet" in err
    synced = scorecard("sync", "now", "--db", str(laptop.path))
    assert synced.returncode == 0, synced.stderr
    assert scorecard("export", "--all", "-o", str(trip), "--db", str(laptop.path)).returncode == 0
    assert head_office.cli("import-bundle", str(trip)).returncode == 0
    with sqlite3.connect(head_office.db) as conn:
        [(public_key,)] = conn.execute(
            "SELECT public_key FROM signing_keys WHERE signer = ?", (device,)
        ).fetchall()
    with Store.open(laptop.path, backups=False) as s:
        from scorecard_app.wire import public_key_of

        assert public_key == public_key_of(s.get_setting(K_KEY))
