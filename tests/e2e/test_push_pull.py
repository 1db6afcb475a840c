"""The real client against a real head-office server (uvicorn on 127.0.0.1)."""

from __future__ import annotations

import pytest

from scorecard_app.core import entities as e
from scorecard_app.store import Store, replica
from scorecard_app.sync_client import SyncClient, enrol, status

from .helpers import assert_exactly_once, local_counts

# Real servers and laptops, end to end: left out of `make test-fast`
pytestmark = pytest.mark.slow


def test_the_demo_database_pushes_and_the_server_holds_exactly_its_records(
    enrolled_demo, head_office, fast_backoff
):
    waiting = enrolled_demo.outbox_count()
    with SyncClient(enrolled_demo, backoff=fast_backoff) as c:
        report = c.sync()
    assert report.applied == waiting
    assert_exactly_once(enrolled_demo, head_office)
    device = enrolled_demo.get_setting("sync.device_id")
    assert head_office.stats()["devices"][device]["ops"] == {"applied": waiting}
    # A second sync sends nothing and changes nothing.
    with SyncClient(enrolled_demo, backoff=fast_backoff) as c:
        again = c.sync()
    assert again.applied == again.duplicate == 0
    assert_exactly_once(enrolled_demo, head_office)


def test_a_second_device_pulls_head_office_changes(
    enrolled_demo, head_office, fast_backoff, tmp_path
):
    with SyncClient(enrolled_demo, backoff=fast_backoff) as c:
        c.sync()
    action = enrolled_demo.load_cycle(enrolled_demo.list_cycles()[1].id).actions[0]
    facilities = tmp_path / "facilities.json"
    facilities.write_text(
        '[{"id": "019a7c00-0000-7000-8000-00000000fa99", "name": "Hilltop School",'
        ' "sector": "school", "code": "HTS"}]'
    )
    head_office.cli("publish-facilities", str(facilities))
    head_office.cli("note", action.id, "District approved the budget for tickets.")
    second = Store.open(tmp_path / "second.sqlite3", backups=False)
    enrol(second, head_office.url, head_office.enrol_code("second"), backoff=fast_backoff)
    with SyncClient(second, backoff=fast_backoff) as c:
        report = c.sync()
    assert report.pulled >= 2
    assert [f.name for f in second.facilities()] == ["Hilltop School"]
    notes = replica.replica_records(second, "action_note")
    assert [(n["action_id"], n["note"]) for n in notes] == [
        (action.id, "District approved the budget for tickets.")
    ]
    assert second.outbox_count() == 0  # pulled changes are not ours to push back
    assert status(second)["pulled_up_to"] == replica.pull_position(second) > 0
    # The first laptop gets them on its next sync, too.
    with SyncClient(enrolled_demo, backoff=fast_backoff) as c:
        assert c.sync().pulled >= 2
    assert "Hilltop School" in [f.name for f in enrolled_demo.facilities()]
    second.close()


def test_an_action_changed_on_both_sides_is_kept_for_review(
    enrolled_demo, head_office, fast_backoff, tmp_path
):
    """Two laptops edit the same action-plan field; the second gets a conflict to review."""
    with SyncClient(enrolled_demo, backoff=fast_backoff) as c:
        c.sync()
    other = Store.open(tmp_path / "other.sqlite3", backups=False)
    enrol(other, head_office.url, head_office.enrol_code("other"), backoff=fast_backoff)
    target = tmp_path / "all.scbundle"
    from scorecard_app.sync_client.bundle import export_bundle, import_bundle

    export_bundle(enrolled_demo, target, None)
    import_bundle(other, target)  # the second laptop starts from the first one's work
    action = enrolled_demo.load_cycle(enrolled_demo.list_cycles()[1].id).actions[0]
    enrolled_demo.update(e.Action, action.id, responsible="Ms. Lan")
    other.update(e.Action, action.id, responsible="Mr. Binh")
    with SyncClient(enrolled_demo, backoff=fast_backoff) as c:
        assert c.sync().applied == 1
    with SyncClient(other, backoff=fast_backoff) as c:
        report = c.sync()
    assert report.conflict == 1
    [kept] = replica.conflicts(other)
    assert kept["detail"]["responsible"] == {
        "base": action.responsible,
        "server": "Ms. Lan",
        "device": "Mr. Binh",
    }
    assert status(other)["conflicts"] == 1
    assert head_office.stats()["open_conflicts"] == 1
    assert local_counts(other) == local_counts(enrolled_demo)
    # Head office settles it for the laptop's value; both laptops pull the outcome.
    assert kept["conflict_id"]
    head_office.cli("resolve", kept["conflict_id"], "--keep", "device")
    for laptop in (other, enrolled_demo):
        with SyncClient(laptop, backoff=fast_backoff) as c:
            c.sync()
        assert laptop.require(e.Action, action.id).responsible == "Mr. Binh"
        assert laptop.outbox_count() == 0
    assert replica.conflicts(other) == []  # closed in the review list
    assert head_office.records()[("action", action.id)]["data"]["responsible"] == "Mr. Binh"
    other.close()


def test_an_attachment_record_and_its_file_reach_head_office(
    enrolled_demo, head_office, fast_backoff, tmp_path
):
    photo = tmp_path / "flipchart.jpg"
    photo.write_bytes(bytes(range(256)) * 4000)  # about 1 MB
    cyc = enrolled_demo.list_cycles()[-1]
    att = replica.add_attachment(enrolled_demo, cyc.id, photo, "image/jpeg")
    with SyncClient(enrolled_demo, backoff=fast_backoff) as c:
        c.limits["max_blob_chunk_bytes"] = 256 * 1024
        report = c.sync()
    assert report.files_uploaded == 1
    stats = head_office.stats()
    assert stats["blobs"] == {"count": 1, "bytes": photo.stat().st_size}
    assert stats["records"]["attachment"] == 1
    assert head_office.records()[("attachment", att["id"])]["data"]["sha256"] == att["sha256"]
    assert status(enrolled_demo)["files_waiting"] == 0


def test_revoked_laptop_is_told_plainly_and_keeps_its_changes(
    enrolled_demo, head_office, fast_backoff
):
    import pytest

    from scorecard_app.sync_client import AccessRevoked

    enrolled_demo.update(e.Facility, enrolled_demo.facilities()[0].id, code="RHC-15")
    head_office.cli("revoke", enrolled_demo.get_setting("sync.device_id"))
    waiting = enrolled_demo.outbox_count()
    with SyncClient(enrolled_demo, backoff=fast_backoff) as c, pytest.raises(AccessRevoked) as info:
        c.sync()
    assert "ask head office for a new enrolment code" in str(info.value)
    assert enrolled_demo.outbox_count() == waiting
