"""Attachments against a real server process: killed while it checks the last chunk's hash, and
a disk that fills up during an upload (a real tmpfs of a few hundred KB as the blob folder)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import threading
import time

import pytest
import requests

from scorecard_app.core import entities as e
from scorecard_app.store import Store, replica
from scorecard_app.sync_client import SyncClient, enrol
from scorecard_app.sync_client.client import K_ORG, K_TOKEN
from scorecard_app.sync_client.transport import Backoff

from .headoffice import HeadOffice

# Real servers and laptops, end to end: left out of `make test-fast`
pytestmark = pytest.mark.slow

BACKOFF = Backoff(base=0.01, cap=0.1, attempts=4)
CHUNK = 2 * 1024 * 1024  # the server's max_blob_chunk_bytes


def _laptop(tmp_path, office: HeadOffice, name: str) -> tuple[Store, str]:
    store = Store.open(tmp_path / f"{name}.sqlite3", backups=False)
    enrol(store, office.url, office.enrol_code(name), backoff=BACKOFF)
    fac = e.Facility(name="Clinic")
    cycle = store.create_cycle(e.Cycle(facility_id=fac.id, community="Village"), fac)
    return store, cycle.id


def _head(office: HeadOffice, token: str, sha: str) -> requests.Response:
    return requests.head(
        f"{office.url}/v1/blobs/{sha}", headers={"Authorization": f"Bearer {token}"}, timeout=10
    )


def test_a_file_whose_last_hash_check_was_killed_is_finished_not_marked_done(tmp_path):
    office = HeadOffice(tmp_path / "ho").start()
    try:
        store, cycle_id = _laptop(tmp_path, office, "laptop")
        token, org = store.get_setting(K_TOKEN), store.get_setting(K_ORG)
        auth = {"Authorization": f"Bearer {token}"}
        for attempt in range(4):  # the kill must land during the hash: try a fresh file if not
            photo = tmp_path / f"flipchart-{attempt}.jpg"
            photo.write_bytes(os.urandom(60 * 1024 * 1024))
            att = replica.add_attachment(store, cycle_id, photo, "image/jpeg")
            sha, size = att["sha256"], att["size"]
            data = photo.read_bytes()
            url = f"{office.url}/v1/blobs/{sha}"
            for offset in range(0, size - CHUNK, CHUNK):  # everything but the last chunk
                headers = auth | {"Upload-Offset": str(offset), "Upload-Length": str(size)}
                assert requests.patch(url, data=data[offset : offset + CHUNK], headers=headers)
            last = (size - 1) // CHUNK * CHUNK
            part = office.folder / "headoffice.sqlite3.blobs" / "partial" / org / f"{sha}.part"
            headers = auth | {"Upload-Offset": str(last), "Upload-Length": str(size)}

            def send_last(last=last, headers=headers, url=url, data=data):
                try:
                    requests.patch(url, data=data[last:], headers=headers, timeout=30)
                except requests.RequestException:
                    pass  # the server dies under it

            sender = threading.Thread(target=send_last)
            sender.start()
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                if part.exists() and part.stat().st_size == size:
                    break  # every byte is written: the server is hashing now
                time.sleep(0.0005)
            office.kill()
            sender.join(30)
            office.start()
            answer = _head(office, token, sha)
            if answer.headers["Upload-Complete"] == "?0":
                break
        assert answer.headers["Upload-Offset"] == str(size)
        assert answer.headers["Upload-Complete"] == "?0"  # all bytes, never confirmed

        with SyncClient(store, backoff=BACKOFF) as client:
            report = client.sync()
        assert report.files_failed == []
        assert _head(office, token, sha).headers["Upload-Complete"] == "?1"
        stats = office.stats()
        assert stats["attachments"]["missing"] == 0
        store.close()
    finally:
        office.stop()


@pytest.fixture
def small_disk_office(tmp_path):
    """A server whose blob folder is a 1 MB tmpfs: a real ENOSPC, not an injected one."""
    office = HeadOffice(tmp_path / "ho")
    blobs = office.folder / "headoffice.sqlite3.blobs"
    blobs.mkdir(parents=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(blobs)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip("a tmpfs for the full-disk test needs mount(8) rights (root in CI)")
    office.start()
    yield office
    office.stop()
    subprocess.run(["umount", str(blobs)], check=True)


def test_a_full_disk_stops_one_file_not_the_sync_and_damaged_state_starts_again(
    tmp_path, small_disk_office
):
    office = small_disk_office
    store, cycle_id = _laptop(tmp_path, office, "laptop")
    token, org = store.get_setting(K_TOKEN), store.get_setting(K_ORG)
    big, small = tmp_path / "big.jpg", tmp_path / "small.jpg"
    big.write_bytes(os.urandom(3 * 1024 * 1024))  # does not fit in the 1 MB folder
    small.write_bytes(os.urandom(20 * 1024))
    small_att = replica.add_attachment(store, cycle_id, small, "image/jpeg")  # goes first
    big_att = replica.add_attachment(store, cycle_id, big, "image/jpeg")
    note = office.cli("note", "any-action", "Well done").returncode
    assert note == 0

    with SyncClient(store, backoff=BACKOFF) as client:
        report = client.sync()  # no exception: the sync finishes
    assert report.files_failed == [big_att["sha256"]]
    assert _head(office, token, small_att["sha256"]).headers["Upload-Complete"] == "?1"
    notes = replica.replica_records(store, "action_note")
    assert [n["note"] for n in notes] == ["Well done"]  # the pull still happened
    assert replica.outbox_summary(store)["files_waiting"] == 1
    assert "Traceback" not in office.log.read_text()  # a 507, not a crash
    # The failed file's state at head office is consistent: HEAD answers, never a 500.
    head = _head(office, token, big_att["sha256"])
    assert head.status_code == 200 and head.headers["Upload-Complete"] == "?0"

    # ENOSPC while writing the `.len` file leaves it empty (older servers did): start again.
    partial = office.folder / "headoffice.sqlite3.blobs" / "partial" / org
    (partial / f"{big_att['sha256']}.len").write_text("")
    head = _head(office, token, big_att["sha256"])
    assert head.status_code == 200 and head.headers["Upload-Offset"] == "0"

    blobs = office.folder / "headoffice.sqlite3.blobs"
    subprocess.run(["mount", "-o", "remount,size=8m", str(blobs)], check=True)  # room again
    with SyncClient(store, backoff=BACKOFF) as client:
        report = client.sync()
    assert report.files_failed == [] and report.files_uploaded == 1
    assert _head(office, token, big_att["sha256"]).headers["Upload-Complete"] == "?1"
    stored = hashlib.sha256(
        office.folder.joinpath(
            "headoffice.sqlite3.blobs", big_att["sha256"][:2], big_att["sha256"]
        ).read_bytes()
    ).hexdigest()
    assert stored == big_att["sha256"]
    assert json.loads(office.cli("stats", "--json").stdout)["attachments"]["missing"] == 0
    store.close()
