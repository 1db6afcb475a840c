"""Faults through a real proxy on loopback: whatever the link does, afterwards every op is on
the server exactly once and the outbox is empty."""

from __future__ import annotations

import pytest

from scorecard_app.sync_client import SyncClient, Unreachable
from scorecard_app.sync_client.transport import Backoff

from .faultproxy import FaultProxy
from .helpers import assert_exactly_once, via

# Real servers and laptops, end to end: left out of `make test-fast`
pytestmark = pytest.mark.slow

BATCH = 100  # the demo's ~720 ops travel in 8 batches, so faults hit mid-sync

FAULTS = {
    "dropped request": [dict(kind="drop_request", skip=2)],
    "response dropped after commit": [dict(kind="drop_response", skip=2)],
    "500 before commit": [dict(kind="error_before", skip=1)],
    "500 after commit": [dict(kind="error_after", skip=3)],
    "read timeout": [dict(kind="timeout", skip=2)],
    "truncated body": [dict(kind="truncate", skip=2)],
    "duplicated batch": [dict(kind="duplicate", skip=1, times=3)],
    "reordered batch": [dict(kind="reverse_ops", skip=0)],
    "old batch replayed late": [dict(kind="replay_old", skip=4)],
    "dropped pull answer": [dict(kind="truncate", method="GET", path="/v1/pull")],
    "everything at once": [
        dict(kind="drop_request", skip=0),
        dict(kind="error_after", skip=1),
        dict(kind="truncate", skip=2),
        dict(kind="duplicate", skip=3),
        dict(kind="drop_response", skip=4),
        dict(kind="error_before", method="GET", path="/v1/hello"),
    ],
}


@pytest.mark.parametrize("name", list(FAULTS))
def test_sync_survives(name, enrolled_demo, head_office):
    backoff = Backoff(base=0.01, cap=0.05, attempts=6)
    with FaultProxy(head_office.port) as proxy:
        proxy.hold_seconds = 4.0
        for f in FAULTS[name]:
            proxy.add(**f)
        via(enrolled_demo, proxy.url)
        with SyncClient(enrolled_demo, backoff=backoff, timeout=(3, 3), batch_ops=BATCH) as c:
            report = c.sync()
        assert all(f.fired for f in proxy.faults), proxy.fired()
    if name == "reordered batch":  # children arrived before parents: deferred, then resent
        assert report.deferred > 0
    if name == "duplicated batch":  # the client saw only the second answers
        assert report.duplicate == 3 * BATCH
    assert_exactly_once(enrolled_demo, head_office)


def test_server_restart_mid_batch(enrolled_demo, head_office):
    backoff = Backoff(base=0.2, cap=1.0, attempts=15)  # long enough for the server to come back
    with FaultProxy(head_office.port, on_restart=head_office.restart) as proxy:
        proxy.add("restart", skip=2)
        via(enrolled_demo, proxy.url)
        with SyncClient(enrolled_demo, backoff=backoff, timeout=(2, 5), batch_ops=BATCH) as c:
            c.sync()
        assert proxy.fired() == {"restart": 1}
    assert_exactly_once(enrolled_demo, head_office)


def test_a_link_that_stays_down_keeps_everything_for_next_time(enrolled_demo, head_office):
    backoff = Backoff(base=0.01, cap=0.02, attempts=3)
    with FaultProxy(head_office.port) as proxy:
        proxy.add("drop_response", skip=1, times=100)
        via(enrolled_demo, proxy.url)
        with SyncClient(enrolled_demo, backoff=backoff, timeout=(3, 3), batch_ops=BATCH) as c:
            with pytest.raises(Unreachable):
                c.sync()
        assert 0 < enrolled_demo.outbox_count()
        proxy.faults.clear()  # the link comes back: the next sync finishes the job
        with SyncClient(enrolled_demo, backoff=backoff, timeout=(3, 3), batch_ops=BATCH) as c:
            report = c.sync()
        assert report.duplicate == BATCH  # the batch whose answer was lost is a harmless replay
    assert_exactly_once(enrolled_demo, head_office)


def test_a_conflict_whose_answer_was_lost_is_still_kept_for_review(
    enrolled_demo, head_office, tmp_path
):
    """The server committed a conflict, the answer never arrived; the replay's `duplicate`
    repeats the first outcome, and the laptop keeps it for review all the same."""
    from scorecard_app.core import entities as e
    from scorecard_app.store import Store, replica
    from scorecard_app.sync_client import enrol
    from scorecard_app.sync_client.bundle import export_bundle, import_bundle

    backoff = Backoff(base=0.01, cap=0.05, attempts=6)
    with SyncClient(enrolled_demo, backoff=backoff) as c:
        c.sync()
    other = Store.open(tmp_path / "other.sqlite3", backups=False)
    enrol(other, head_office.url, head_office.enrol_code("other"), backoff=backoff)
    export_bundle(enrolled_demo, tmp_path / "b.scbundle", None)
    import_bundle(other, tmp_path / "b.scbundle")
    action = enrolled_demo.load_cycle(enrolled_demo.list_cycles()[1].id).actions[0]
    enrolled_demo.update(e.Action, action.id, responsible="Ms. Lan")
    other.update(e.Action, action.id, responsible="Mr. Binh")
    with SyncClient(enrolled_demo, backoff=backoff) as c:
        c.sync()
    with FaultProxy(head_office.port) as proxy:
        proxy.add("drop_response")
        via(other, proxy.url)
        with SyncClient(other, backoff=backoff) as c:
            report = c.sync()
    assert report.duplicate == 1 and report.conflict == 0  # the client only saw the replay
    [kept] = replica.conflicts(other)
    assert kept["status"] == "conflict"
    assert kept["detail"]["responsible"]["server"] == "Ms. Lan"
    other.close()


def test_a_photo_upload_resumes_through_drops_without_resending_much(
    enrolled_demo, head_office, tmp_path
):
    import hashlib
    import os

    from scorecard_app.store import replica

    photo = tmp_path / "flipchart.jpg"
    photo.write_bytes(os.urandom(1_200_000))  # photos do not compress
    cyc = enrolled_demo.list_cycles()[-1]
    att = replica.add_attachment(enrolled_demo, cyc.id, photo, "image/jpeg")
    backoff = Backoff(base=0.01, cap=0.05, attempts=6)
    with FaultProxy(head_office.port) as proxy:
        proxy.add("drop_response", method="PATCH", path="/v1/blobs/", skip=1)
        proxy.add("drop_request", method="PATCH", path="/v1/blobs/", skip=2)
        proxy.add("error_after", method="PATCH", path="/v1/blobs/", skip=3)
        proxy.add("truncate", method="HEAD", path="/v1/blobs/", skip=0)
        proxy.add("timeout", method="PATCH", path="/v1/blobs/", skip=4)
        via(enrolled_demo, proxy.url)
        with SyncClient(enrolled_demo, backoff=backoff, timeout=(3, 3)) as c:
            c.sync()
        assert all(f.fired for f in proxy.faults), proxy.fired()
        patched = sum(1 for m, p, _k in proxy.log if m == "PATCH")
    assert head_office.stats()["blobs"] == {"count": 1, "bytes": photo.stat().st_size}
    stored = head_office.folder / "headoffice.sqlite3.blobs"
    found = [
        p for p in stored.rglob("*") if p.is_file() and p.stat().st_size == photo.stat().st_size
    ]
    assert [hashlib.sha256(p.read_bytes()).hexdigest() for p in found] == [att["sha256"]]
    # 1.2 MB in 256 KB chunks is 5 PATCHes; each fault costs at most one chunk more.
    assert patched <= 5 + 4
    assert replica.pending_blobs(enrolled_demo) == []
    assert_exactly_once(enrolled_demo, head_office)
