"""The client against a loopback head office: what it sends is exactly the wire contract, and
every failure ends in a plain sentence with the outbox intact."""

from __future__ import annotations

import json
import threading

import pytest

from scorecard_app.core import entities as e
from scorecard_app.store import keys, replica
from scorecard_app.sync_client import AccessRevoked, SyncClient, SyncError, Unreachable, status
from scorecard_app.sync_client.client import K_KEY, K_TOKEN
from scorecard_app.sync_client.transport import Backoff
from scorecard_app.wire import public_key_of

from .contract import example


def test_enrol_sends_a_valid_request_and_keeps_the_token_in_the_database(
    demo_store, head_office, fast_backoff
):
    from scorecard_app.sync_client import enrol

    info = enrol(demo_store, head_office.url + "/", " ABCD-1234 ", label="Mai's laptop")
    req = head_office.requests[0]
    assert head_office.errors == []
    assert req["body"] == {
        "code": "ABCD-1234",
        "device_label": "Mai's laptop",
        "app_version": req["body"]["app_version"],
        # The laptop's own key pair: only the public half leaves it.
        "public_key": public_key_of(demo_store.get_setting(K_KEY)),
    }
    expected = example("enrol-response.json")
    assert info["device_id"] == expected["device_id"]
    assert demo_store.get_setting(K_TOKEN) == expected["token"]
    assert keys.signer(demo_store, "headoffice")["public_key"] == expected["headoffice_key"]
    assert status(demo_store)["server"] == head_office.url


def test_refused_code_is_a_plain_sentence(demo_store, head_office, fast_backoff):
    from scorecard_app.sync_client import enrol

    head_office.replies.append((403, {"error": "bad_code", "message": "This code was used."}, {}))
    with pytest.raises(SyncError, match="refused the enrolment code \\(This code was used.\\)"):
        enrol(demo_store, head_office.url, "USED", backoff=fast_backoff)
    assert not status(demo_store)["enrolled"]


def test_every_request_body_validates_and_the_outbox_drains(
    enrolled_demo, head_office, fast_backoff
):
    waiting = enrolled_demo.outbox_count()
    assert waiting > 500
    head_office.hello["limits"]["max_batch_ops"] = 100
    with SyncClient(enrolled_demo, backoff=fast_backoff) as c:
        report = c.sync()
    assert head_office.errors == []
    pushes = [r for r in head_office.requests if r["path"] == "/v1/push"]
    assert len(pushes) == -(-waiting // 100)  # batches respect the server's limit
    assert all(len(p["body"]["ops"]) <= 100 for p in pushes)
    assert all(p["headers"]["Content-Encoding"] == "gzip" for p in pushes)
    assert report.applied == waiting == len(head_office.applied)
    assert enrolled_demo.outbox_count() == 0
    # The token travels in a header only, never in a URL.
    token = example("enrol-response.json")["token"]
    assert all(token not in r["path"] + json.dumps(r["query"]) for r in head_office.requests)
    assert all(r["headers"]["Authorization"] == f"Bearer {token}" for r in pushes)


def test_a_replayed_batch_is_harmless(enrolled_demo, head_office, fast_backoff):
    with SyncClient(enrolled_demo, backoff=fast_backoff) as c:
        c.sync()
    first = next(r for r in head_office.requests if r["path"] == "/v1/push")
    results = head_office.handle(
        "POST",
        "/v1/push",
        {"Authorization": first["headers"]["Authorization"]},
        json.dumps(first["body"]).encode(),
    )[1]["results"]
    assert {r["status"] for r in results} == {"duplicate"}


def test_server_errors_are_retried_then_the_sync_finishes(enrolled_demo, head_office, fast_backoff):
    head_office.replies += [(503, {"error": "busy", "message": "Busy."}, {})] * 2
    with SyncClient(enrolled_demo, backoff=fast_backoff) as c:
        c.sync()
    assert enrolled_demo.outbox_count() == 0


def test_a_busy_server_is_waited_for_as_long_as_its_retry_after_says(enrolled_demo, head_office):
    waited: list[float] = []
    backoff = Backoff(base=0.01, cap=30, attempts=6, sleep=waited.append)
    busy = {"error": "busy", "message": "Busy."}
    head_office.replies += [(503, busy, {"Retry-After": "3"}), (429, busy, {"Retry-After": "7"})]
    with SyncClient(enrolled_demo, backoff=backoff) as c:
        c.sync()
    assert waited[:2] == [3.0, 7.0]  # the server's word, not the jittered guess
    assert enrolled_demo.outbox_count() == 0


def test_a_server_that_never_answers_well_leaves_the_outbox_intact(
    enrolled_demo, head_office, fast_backoff
):
    waiting = enrolled_demo.outbox_count()
    head_office.replies += [
        (
            200,
            {
                "server_id": example("hello-response.json")["server_id"],
                "server_time": "2026-11-22T00:00:00Z",
                "protocol_versions": [1],
                "limits": {
                    "max_batch_ops": 50,
                    "max_body_bytes": 10**6,
                    "max_blob_chunk_bytes": 1024,
                },
            },
            {},
        )
    ]
    head_office.replies += [(500, {"error": "internal", "message": "Oops."}, {})] * 10
    with SyncClient(enrolled_demo, backoff=fast_backoff) as c, pytest.raises(Unreachable) as info:
        c.sync()
    assert "Your changes are kept" in str(info.value)
    assert enrolled_demo.outbox_count() == waiting
    assert status(enrolled_demo)["last_error"] == str(info.value)


def test_revoked_access_stops_at_once_with_the_message(enrolled_demo, head_office, fast_backoff):
    head_office.replies.append((401, {"error": "revoked", "message": "Revoked."}, {}))
    with SyncClient(enrolled_demo, backoff=fast_backoff) as c, pytest.raises(AccessRevoked) as info:
        c.sync()
    assert str(info.value) == (
        "This laptop's access was revoked; ask head office for a new enrolment code."
    )
    assert len(head_office.requests) == 1  # no retries against a revoked token


def test_a_hotspot_login_page_is_not_taken_for_the_server(enrolled_demo, head_office, fast_backoff):
    head_office.replies.append(
        (200, b"<html>Log in to Free WiFi</html>", {"Content-Type": "text/html"})
    )
    with (
        SyncClient(enrolled_demo, backoff=fast_backoff) as c,
        pytest.raises(SyncError, match="hotspot"),
    ):
        c.sync()


def test_deferred_ops_stay_and_go_again(enrolled_demo, head_office, fast_backoff):
    """The server defers ops whose parents it has not seen; they are resent after the rest."""
    real = head_office._push_one
    seen: set[str] = set()

    def defer_first_time(op):
        if op["entity"] == "vote" and op["op_id"] not in seen:
            seen.add(op["op_id"])
            return {"op_id": op["op_id"], "status": "deferred", "reason": "missing_parent"}
        return real(op)

    head_office._push_one = defer_first_time
    with SyncClient(enrolled_demo, backoff=fast_backoff) as c:
        report = c.sync()
    assert report.deferred == len(seen) > 0
    assert enrolled_demo.outbox_count() == 0


def test_conflicts_are_kept_for_review(enrolled_demo, head_office, fast_backoff):
    real = head_office._push_one

    def conflict_on_actions(op):
        if op["entity"] == "action" and op["op"] == "update":
            real(op)
            return {
                "op_id": op["op_id"],
                "status": "conflict",
                "reason": "changed_on_server",
                "conflict": {
                    "status": {"base": "not_started", "server": "done", "device": "in_progress"}
                },
            }
        return real(op)

    head_office._push_one = conflict_on_actions
    n = sum(
        1
        for o in enrolled_demo.pending_ops(limit=10_000)
        if o["entity"] == "action" and o["op"] == "update"
    )
    assert n > 0
    with SyncClient(enrolled_demo, backoff=fast_backoff) as c:
        report = c.sync()
    kept = replica.conflicts(enrolled_demo)
    assert len(kept) == report.conflict == n
    assert kept[0]["detail"]["status"]["server"] == "done"
    assert status(enrolled_demo)["conflicts"] == n
    assert enrolled_demo.outbox_count() == 0


def test_pull_applies_head_office_changes_without_outbox_rows(
    enrolled_demo, head_office, fast_backoff
):
    with SyncClient(enrolled_demo, backoff=fast_backoff) as c:
        c.sync()
    head_office.changes = example("pull-response.json")["changes"]
    with SyncClient(enrolled_demo, backoff=fast_backoff) as c:
        report = c.sync()
    assert report.pulled == len(head_office.changes)
    assert enrolled_demo.outbox_count() == 0
    names = [f.name for f in enrolled_demo.facilities()]
    assert "Hilltop School" in names
    assert replica.pull_position(enrolled_demo) == head_office.changes[-1]["seq"]
    assert [
        r["record_id"] for r in replica.replica_records(enrolled_demo, "library_indicator")
    ] == ["HC01"]
    # Pull again: nothing new is asked for or applied.
    with SyncClient(enrolled_demo, backoff=fast_backoff) as c:
        assert c.sync().pulled == 0
    last = [r for r in head_office.requests if r["path"] == "/v1/pull"][-1]
    assert last["query"]["since"] == [str(head_office.changes[-1]["seq"])]


def test_clock_offset_is_recorded_never_refused(
    enrolled_demo, head_office, fast_backoff, monkeypatch
):
    from scorecard_app.core import ids

    monkeypatch.setattr(ids, "utc_now", lambda: "2026-11-25T23:50:00.000Z")  # 3 days ahead
    head_office.hello["server_time"] = "2026-11-22T23:50:00.000000Z"
    with SyncClient(enrolled_demo, backoff=fast_backoff) as c:
        report = c.sync()
    assert abs(report.clock_offset_seconds + 3 * 86400) < 5
    assert enrolled_demo.outbox_count() == 0


def test_attachment_uploads_resumably(enrolled_demo, head_office, fast_backoff, tmp_path):
    cycle = enrolled_demo.list_cycles()[-1]
    photo = tmp_path / "flipchart.jpg"
    photo.write_bytes(bytes(range(256)) * 40)  # 10 KB
    att = replica.add_attachment(enrolled_demo, cycle.id, photo, "image/jpeg")
    head_office.hello["limits"]["max_blob_chunk_bytes"] = 4096
    # The server already holds the first 4 KB from an earlier, dropped sync.
    head_office.blobs[att["sha256"]] = bytearray(photo.read_bytes()[:4096])
    with SyncClient(enrolled_demo, backoff=fast_backoff) as c:
        report = c.sync()
    assert report.files_uploaded == 1
    assert bytes(head_office.blobs[att["sha256"]]) == photo.read_bytes()
    patches = [r for r in head_office.requests if r["method"] == "PATCH"]
    assert [int(p["headers"]["Upload-Offset"]) for p in patches] == [4096, 8192]
    assert status(enrolled_demo)["files_waiting"] == 0


def test_background_sync_opens_its_own_connection(enrolled_demo, head_office, fast_backoff):
    from scorecard_app.sync_client import sync_database

    waiting = enrolled_demo.outbox_count()
    out = {}
    t = threading.Thread(
        target=lambda: out.update(r=sync_database(enrolled_demo.path, backoff=fast_backoff))
    )
    t.start()
    t.join(60)
    assert out["r"].applied == waiting
    assert enrolled_demo.outbox_count() == 0


def test_a_photo_deleted_from_the_laptop_does_not_stop_the_sync(
    enrolled_demo, head_office, fast_backoff, tmp_path
):
    photo = tmp_path / "chart.jpg"
    photo.write_bytes(b"flip chart" * 100)
    att = replica.add_attachment(
        enrolled_demo, enrolled_demo.list_cycles()[-1].id, photo, "image/jpeg"
    )
    replica.blob_path(enrolled_demo, att["sha256"]).unlink()
    with SyncClient(enrolled_demo, backoff=fast_backoff) as c:
        report = c.sync()
    assert report.extra["missing_files"] == [att["sha256"]]
    assert enrolled_demo.outbox_count() == 0
    assert status(enrolled_demo)["files_waiting"] == 1  # still listed, in case it comes back


def test_a_push_leaves_out_what_head_office_computes_and_keeps_it_for_an_older_server(
    enrolled_demo, head_office, fast_backoff
):
    from scorecard_app.sync_client.wire import payload_hash

    outbox = {o["op_id"]: o for o in replica.all_pending_ops(enrolled_demo)}
    assert head_office.hello["server_computes"] == ["payload_hash"]  # today's server
    with SyncClient(enrolled_demo, backoff=fast_backoff) as c:
        c.sync()
    ops = [op for r in head_office.requests if r["path"] == "/v1/push" for op in r["body"]["ops"]]
    assert head_office.errors == [] and len(ops) == len(outbox)
    assert not any("payload_hash" in op for op in ops)
    # The cycle id is sent only where the server could not find it in the op itself.
    for op in ops:
        kept = outbox[op["op_id"]]["cycle_id"]
        redundant = kept in (None, op["fields"].get("cycle_id")) or (
            op["entity"] == "cycle" and kept == op["record_id"]
        )
        assert op.get("cycle_id") == (None if redundant else kept)
    assert any("cycle_id" not in op for op in ops)

    # A server of the previous version (no server_computes in its hello) needs every field.
    head_office.requests.clear()
    del head_office.hello["server_computes"]
    enrolled_demo.update(
        e.Cycle,
        enrolled_demo.list_cycles()[-1].id,
        lead_facilitator="Mai",
    )
    with SyncClient(enrolled_demo, backoff=fast_backoff) as c:
        c.sync()
    ops = [op for r in head_office.requests if r["path"] == "/v1/push" for op in r["body"]["ops"]]
    assert head_office.errors == [] and len(ops) == 1
    assert ops[0]["payload_hash"] == payload_hash(ops[0])
