"""Pulling head office's changes: library, facilities, notes; tombstones; a gap-free sequence."""

from __future__ import annotations

import json
import threading
import time

from scorecard_sync.cli import main as cli
from scorecard_sync.feed import add_note, publish_facilities, publish_library

from .helpers import cycle_ops, make_op, new_id

LIBRARY = {
    "version": 1,
    "sectors": {
        "health": [
            {"code": "HC01", "text": "Waiting time before being seen", "pictogram": "clock"},
            {"code": "HC02", "text": "Staff treat patients with respect", "pictogram": "handshake"},
        ],
        "school": [
            {"code": "SC01", "text": "Teachers present every school day", "pictogram": "teacher"}
        ],
    },
}


def pull_all(server, token, since=0, limit=500):
    changes = []
    with server.client(token) as c:
        while True:
            body = c.get("/v1/pull", params={"since": since, "limit": limit}).json()
            # Signing keys are in every organisation's feed (tests/server/test_bundle_trust.py).
            changes += [ch for ch in body["changes"] if ch["entity"] != "signing_key"]
            since = body["next_since"]
            if not body["more"]:
                return changes, since


def test_the_library_is_pulled_in_pages_and_withdrawn_indicators_become_tombstones(
    server, engine, tmp_path, settings
):
    device = server.enrol("Library reader")
    path = tmp_path / "library.json"
    path.write_text(json.dumps(LIBRARY), encoding="utf-8")
    assert cli(["publish-library", str(path), "--database-url", settings.database_url]) == 0
    changes, since = pull_all(server, device["token"], limit=2)
    assert [(c["entity"], c["record_id"], c["op"]) for c in changes] == [
        ("library_indicator", "HC01", "upsert"),
        ("library_indicator", "HC02", "upsert"),
        ("library_indicator", "SC01", "upsert"),
    ]
    assert changes[0]["fields"] == {
        "code": "HC01",
        "sector": "health",
        "text": "Waiting time before being seen",
        "pictogram": "clock",
    }
    # Publishing the same file again hands out no new numbers.
    assert publish_library(engine, device["organisation_id"], LIBRARY)["unchanged"] == 3
    assert pull_all(server, device["token"], since)[0] == []
    smaller = {"sectors": {"health": [{**LIBRARY["sectors"]["health"][0], "text": "Waiting time"}]}}
    publish_library(engine, device["organisation_id"], smaller)
    later, _ = pull_all(server, device["token"], since)
    assert sorted((c["record_id"], c["op"]) for c in later) == [
        ("HC01", "upsert"),
        ("HC02", "delete"),
        ("SC01", "delete"),
    ]
    assert [c["seq"] for c in later] == list(range(since + 1, since + 4))


def test_published_facilities_and_notes_reach_every_device_and_facilities_belong_to_head_office(
    server, engine
):
    a, b = server.enrol("A"), server.enrol("B")
    org = a["organisation_id"]
    facility_id = new_id()
    publish_facilities(
        engine,
        org,
        [{"id": facility_id, "name": "Hilltop School", "sector": "school", "code": "HTS"}],
    )
    _f, cycle_id, ops = cycle_ops(facility_id=None)
    action = make_op(
        "action",
        new_id(),
        cycle_id=cycle_id,
        fields={
            "cycle_id": cycle_id,
            "what": "Fix the roof",
            "indicator_id": None,
            "responsible": "",
            "institution": "",
            "due": None,
            "resources": "",
            "status": "not_started",
            "escalated": False,
            "priority": "high",
        },
    )
    server.push(a["token"], [*ops, action])
    add_note(engine, org, action["record_id"], "Budget approved by the district.", "Head office")
    changes, _ = pull_all(server, b["token"])
    kinds = {(c["entity"], c["record_id"]) for c in changes}
    assert ("facility", facility_id) in kinds
    note = next(c for c in changes if c["entity"] == "action_note")
    assert (
        note["fields"]["action_id"] == action["record_id"]
        and note["fields"]["note"] == "Budget approved by the district."
    )
    # A laptop may use the facility but not rename it.
    rename = make_op(
        "facility", facility_id, "update", {"name": "Hill School"}, {"name": "Hilltop School"}, 1
    )
    assert server.push(a["token"], [rename])[0]["reason"] == "reference_data"
    cycle_on_it = cycle_ops(facility_id=facility_id)[2][1]
    assert server.push(a["token"], [cycle_on_it])[0]["status"] == "applied"


def test_the_sequence_has_no_gaps_under_concurrent_publishers_and_readers(server, engine):
    """Eight writers publish at once while a reader follows the feed: it must see 1, 2, 3… with no
    number skipped and none seen out of order, and every published note exactly once."""
    device = server.enrol("Follower")
    org = device["organisation_id"]
    _, start = pull_all(server, device["token"])
    writers, per_writer = 8, 15
    seen: list[int] = []
    done = threading.Event()
    errors: list[BaseException] = []

    def write(n: int) -> None:
        try:
            for i in range(per_writer):
                add_note(engine, org, new_id(), f"writer {n} note {i}", "HO")
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    def read() -> None:
        since = start
        with server.client(device["token"]) as c:
            while True:
                finished = done.is_set()
                body = c.get("/v1/pull", params={"since": since, "limit": 7}).json()
                seen.extend(ch["seq"] for ch in body["changes"])
                since = body["next_since"]
                if finished and not body["more"]:
                    return
                if not body["changes"]:
                    time.sleep(0.005)

    reader = threading.Thread(target=read)
    reader.start()
    threads = [threading.Thread(target=write, args=(n,)) for n in range(writers)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    done.set()
    reader.join(timeout=60)
    assert not errors
    assert seen == list(range(start + 1, start + writers * per_writer + 1))


def test_a_since_beyond_the_feed_after_a_restore_starts_again_from_zero(server, engine):
    device = server.enrol("Restored")
    add_note(engine, device["organisation_id"], new_id(), "After the restore", "HO")
    _, last = pull_all(server, device["token"])
    with server.client(device["token"]) as c:
        body = c.get("/v1/pull", params={"since": last + 1000}).json()
    assert body["changes"][0]["seq"] == 1 and body["next_since"] >= 1
