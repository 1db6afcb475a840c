"""Pushing ops: exactly once, replays, reuse, deferral, and the conflict rules per record type."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import sqlalchemy as sa
from scorecard_sync import tables as t

from .helpers import action_op, cycle_ops, group_op, make_op, new_id


def record(engine, entity, record_id):
    with engine.connect() as conn:
        row = conn.execute(
            sa.select(t.records).where(
                t.records.c.entity == entity, t.records.c.record_id == record_id
            )
        ).first()
    return (json.loads(row.data), row.deleted) if row else (None, None)


def statuses(results):
    return [r["status"] for r in results]


def test_a_batch_applies_in_order_and_a_replay_returns_the_stored_results(server, engine, device):
    _f, cycle_id, ops = cycle_ops()
    ops.append(group_op(cycle_id))
    first = server.push(device["token"], ops)
    assert statuses(first) == ["applied"] * 3
    assert record(engine, "group", ops[2]["record_id"])[0]["name"] == "Women"

    again = server.push(
        device["token"], ops
    )  # the response was lost: the laptop sends it all again
    assert statuses(again) == ["duplicate"] * 3
    assert [r["original_status"] for r in again] == ["applied"] * 3
    with engine.connect() as conn:
        n = conn.execute(
            sa.select(sa.func.count())
            .select_from(t.applied_ops)
            .where(t.applied_ops.c.op_id.in_([o["op_id"] for o in ops]))
        ).scalar()
    assert n == 3


def test_same_op_id_with_other_content_is_rejected_and_quarantined_never_dropped(
    server, engine, device
):
    _f, cycle_id, ops = cycle_ops()
    server.push(device["token"], ops)
    good = group_op(cycle_id, name="Youth")
    assert statuses(server.push(device["token"], [good])) == ["applied"]
    forged = make_op(
        "group",
        good["record_id"],
        fields={**good["fields"], "name": "Elders"},
        cycle_id=cycle_id,
        op_id=good["op_id"],
    )
    result = server.push(device["token"], [forged])[0]
    assert result == {"op_id": good["op_id"], "status": "rejected", "reason": "op_id_reused"}
    assert (
        record(engine, "group", good["record_id"])[0]["name"] == "Youth"
    )  # the first content stands
    with engine.connect() as conn:
        kept = conn.execute(
            sa.select(t.quarantine).where(t.quarantine.c.op_id == good["op_id"])
        ).first()
    assert kept.reason == "op_id_reused" and json.loads(kept.op)["fields"]["name"] == "Elders"


def test_an_op_whose_hash_does_not_match_is_rejected_and_a_good_copy_still_applies(
    server, engine, device
):
    _f, cycle_id, ops = cycle_ops()
    server.push(device["token"], ops)
    op = group_op(cycle_id, name="Men")
    damaged = {**op, "fields": {**op["fields"], "name": "Mén"}}
    assert server.push(device["token"], [damaged])[0]["reason"] == "hash_mismatch"
    assert record(engine, "group", op["record_id"])[0] is None
    assert statuses(server.push(device["token"], [op])) == ["applied"]


def test_children_before_their_parent_are_deferred_then_apply(server, engine, device):
    _f, cycle_id, ops = cycle_ops()
    group = group_op(cycle_id)
    update = make_op(
        "group", group["record_id"], "update", {"name": "Women 18+"}, {"name": "Women"}, 1, cycle_id
    )
    reordered = server.push(device["token"], [update, group, *ops])
    assert [(r["status"], r.get("reason")) for r in reordered] == [
        ("deferred", "unknown_record"),
        ("deferred", "missing_parent"),
        ("applied", None),
        ("applied", None),
    ]
    assert record(engine, "group", group["record_id"])[0] is None
    assert statuses(server.push(device["token"], [group, update])) == ["applied", "applied"]
    assert record(engine, "group", group["record_id"])[0]["name"] == "Women 18+"


def test_of_two_concurrent_edits_the_first_to_arrive_stays_whatever_the_laptop_clocks_say(
    server, engine
):
    a, b = server.enrol("A"), server.enrol("B")
    _f, cycle_id, ops = cycle_ops()
    group = group_op(cycle_id)
    server.push(a["token"], [*ops, group])
    rid = group["record_id"]
    # B's clock is 3 days ahead, A's 3 days behind; server arrival order decides, not created_at.
    ahead = make_op(
        "group",
        rid,
        "update",
        {"name": "B"},
        {"name": "Women"},
        1,
        cycle_id,
        created_at="2026-11-25T10:00:00Z",
    )
    behind = make_op(
        "group",
        rid,
        "update",
        {"name": "A"},
        {"name": "Women"},
        1,
        cycle_id,
        created_at="2026-11-19T10:00:00Z",
    )
    assert statuses(server.push(b["token"], [ahead])) == ["applied"]
    lost = server.push(a["token"], [behind])[0]
    assert lost["status"] == "conflict"  # A's edit is listed for review, never dropped silently
    assert lost["conflict"] == {"name": {"base": "Women", "server": "B", "device": "A"}}
    assert record(engine, "group", rid)[0]["name"] == "B"
    # A laptop that saw B's value edits on top of it: an ordinary change.
    after = make_op("group", rid, "update", {"name": "C"}, {"name": "B"}, 2, cycle_id)
    assert statuses(server.push(a["token"], [after])) == ["applied"]
    assert record(engine, "group", rid)[0]["name"] == "C"


def test_a_finished_cycle_keeps_its_facts_until_it_is_reopened(server, engine, device):
    _f, cycle_id, ops = cycle_ops()
    group = group_op(cycle_id)
    server.push(device["token"], [*ops, group])
    finish = make_op(
        "cycle",
        cycle_id,
        "update",
        {"status": "complete", "finished_at": "2026-11-22T12:00:00Z"},
        {"status": "in_progress", "finished_at": None},
        1,
        cycle_id,
    )
    late = make_op(
        "group", group["record_id"], "update", {"name": "Changed"}, {"name": "Women"}, 1, cycle_id
    )
    results = server.push(device["token"], [finish, late, group_op(cycle_id)])
    assert [(r["status"], r.get("reason")) for r in results] == [
        ("applied", None),
        ("rejected", "cycle_complete"),
        ("rejected", "cycle_complete"),
    ]
    assert record(engine, "group", group["record_id"])[0]["name"] == "Women"
    # Actions and their follow-ups may still change after the cycle is finished.
    action = action_op(cycle_id)
    follow_up = make_op(
        "action_update",
        new_id(),
        fields={
            "action_id": action["record_id"],
            "on_date": "2026-12-01",
            "status": "in_progress",
            "note": "Sign ordered",
        },
        cycle_id=cycle_id,
    )
    assert statuses(server.push(device["token"], [action, follow_up])) == ["applied", "applied"]
    reopen = make_op(
        "cycle",
        cycle_id,
        "update",
        {"status": "in_progress", "finished_at": None},
        {"status": "complete", "finished_at": "2026-11-22T12:00:00Z"},
        2,
        cycle_id,
    )
    again = make_op(
        "group", group["record_id"], "update", {"name": "Changed"}, {"name": "Women"}, 3, cycle_id
    )
    assert statuses(server.push(device["token"], [reopen, again])) == ["applied", "applied"]
    assert record(engine, "group", group["record_id"])[0]["name"] == "Changed"


def test_action_fields_merge_three_way_and_a_real_conflict_is_kept_and_shown(server, engine):
    a, b = server.enrol("A"), server.enrol("B")
    _f, cycle_id, ops = cycle_ops()
    action = action_op(cycle_id)
    aid = action["record_id"]
    server.push(a["token"], [*ops, action])
    # A changes the status, B (from the same base) changes who is responsible: disjoint, both apply.
    a1 = make_op(
        "action", aid, "update", {"status": "in_progress"}, {"status": "not_started"}, 1, cycle_id
    )
    b1 = make_op(
        "action",
        aid,
        "update",
        {"responsible": "District officer"},
        {"responsible": "Head nurse"},
        1,
        cycle_id,
    )
    assert statuses(server.push(a["token"], [a1])) == ["applied"]
    assert statuses(server.push(b["token"], [b1])) == ["applied"]
    # B also set the status to the value the server already holds: nothing to argue about.
    b2 = make_op(
        "action", aid, "update", {"status": "in_progress"}, {"status": "not_started"}, 2, cycle_id
    )
    assert statuses(server.push(b["token"], [b2])) == ["applied"]
    # Both changed the due date differently from the same base: a conflict, server value kept.
    a2 = make_op("action", aid, "update", {"due": "2027-02-28"}, {"due": "2027-01-31"}, 2, cycle_id)
    b3 = make_op(
        "action",
        aid,
        "update",
        {"due": "2027-03-15", "priority": "high"},
        {"due": "2027-01-31", "priority": "medium"},
        3,
        cycle_id,
    )
    assert statuses(server.push(a["token"], [a2])) == ["applied"]
    result = server.push(b["token"], [b3])[0]
    assert result["status"] == "conflict"
    assert result["conflict"] == {
        "due": {"base": "2027-01-31", "server": "2027-02-28", "device": "2027-03-15"}
    }
    data, _ = record(engine, "action", aid)
    assert (
        data["due"] == "2027-02-28" and data["priority"] == "high"
    )  # B's other field still applied
    assert data["status"] == "in_progress" and data["responsible"] == "District officer"
    with engine.connect() as conn:
        row = conn.execute(
            sa.select(t.conflicts).where(t.conflicts.c.id == result["conflict_id"])
        ).first()
    assert json.loads(row.fields)["due"]["device"] == "2027-03-15" and row.resolved_at is None
    replay = server.push(b["token"], [b3])[0]
    assert replay["status"] == "duplicate" and replay["original_status"] == "conflict"
    assert replay["conflict_id"] == result["conflict_id"]


def test_follow_up_updates_are_append_only(server, engine, device):
    _f, cycle_id, ops = cycle_ops()
    action = action_op(cycle_id)
    up = make_op(
        "action_update",
        new_id(),
        fields={
            "action_id": action["record_id"],
            "on_date": "2026-12-01",
            "status": "done",
            "note": "Done",
        },
        cycle_id=cycle_id,
    )
    server.push(device["token"], [*ops, action, up])
    edit = make_op(
        "action_update",
        up["record_id"],
        "update",
        {"note": "Rewritten"},
        {"note": "Done"},
        1,
        cycle_id,
    )
    assert server.push(device["token"], [edit])[0]["reason"] == "append_only"
    assert record(engine, "action_update", up["record_id"])[0]["note"] == "Done"
    delete = make_op("action_update", up["record_id"], "delete", base_version=1, cycle_id=cycle_id)
    assert statuses(server.push(device["token"], [delete])) == ["applied"]
    assert record(engine, "action_update", up["record_id"])[1] is True  # a tombstone, not gone


def test_deletes_are_tombstones_and_restore_brings_records_back(server, engine, device):
    _f, cycle_id, ops = cycle_ops()
    group = group_op(cycle_id)
    server.push(device["token"], [*ops, group])
    rid = group["record_id"]
    server.push(
        device["token"], [make_op("group", rid, "delete", base_version=1, cycle_id=cycle_id)]
    )
    assert record(engine, "group", rid) == (group["fields"], True)
    server.push(
        device["token"], [make_op("group", rid, "restore", base_version=2, cycle_id=cycle_id)]
    )
    assert record(engine, "group", rid) == (group["fields"], False)


def test_unknown_entities_and_fields_are_rejected_not_lost(server, engine, device):
    results = server.push(
        device["token"],
        [
            make_op("spaceship", new_id(), fields={"name": "x"}),
            make_op("facility", new_id(), fields={"name": "x", "colour": "red"}),
            make_op("facility", new_id(), "upsert", fields={"name": "x"}),
        ],
    )
    assert [r["reason"] for r in results] == ["unknown_entity", "unknown_field", "invalid_op"]
    with engine.connect() as conn:
        reasons = set(conn.execute(sa.select(t.quarantine.c.reason)).scalars())
    assert {"unknown_entity", "unknown_field", "invalid_op"} <= reasons


def test_five_parallel_pushes_of_one_op_apply_it_exactly_once(server, engine, device):
    _f, cycle_id, ops = cycle_ops()
    server.push(device["token"], ops)
    op = group_op(cycle_id)
    with ThreadPoolExecutor(5) as pool:
        results = list(
            pool.map(lambda _: server.push(device["token"], [op])[0]["status"], range(5))
        )
    assert sorted(results) == ["applied"] + ["duplicate"] * 4
    with engine.connect() as conn:
        n = conn.execute(
            sa.select(sa.func.count())
            .select_from(t.applied_ops)
            .where(t.applied_ops.c.op_id == op["op_id"])
        ).scalar()
    assert n == 1


def test_too_many_ops_in_one_batch_is_refused_whole(server, settings, device):
    ops = [
        make_op("facility", new_id(), fields={"name": f"F{i}", "sector": "health", "code": ""})
        for i in range(settings.max_batch_ops + 1)
    ]
    with server.client(device["token"]) as c:
        r = c.post("/v1/push", json={"batch_id": new_id(), "ops": ops})
    assert r.status_code == 413 and r.json()["error"] == "too_many_ops"


def test_head_office_settles_a_conflict_and_every_laptop_pulls_the_outcome(
    server, engine, settings
):
    from scorecard_sync.cli import main as cli

    a, b = server.enrol("A"), server.enrol("B")
    _f, cycle_id, ops = cycle_ops()
    action = action_op(cycle_id)
    aid = action["record_id"]
    server.push(a["token"], [*ops, action])
    server.push(
        a["token"],
        [
            make_op(
                "action",
                aid,
                "update",
                {"responsible": "Nurse"},
                {"responsible": "Head nurse"},
                1,
                cycle_id,
            )
        ],
    )
    result = server.push(
        b["token"],
        [
            make_op(
                "action",
                aid,
                "update",
                {"responsible": "Chief"},
                {"responsible": "Head nurse"},
                1,
                cycle_id,
            )
        ],
    )[0]
    assert result["status"] == "conflict"
    assert (
        cli(
            [
                "resolve",
                result["conflict_id"],
                "--keep",
                "device",
                "--database-url",
                settings.database_url,
            ]
        )
        == 0
    )
    assert record(engine, "action", aid)[0]["responsible"] == "Chief"
    with server.client(a["token"]) as c:
        changes = c.get("/v1/pull").json()["changes"]
    settled = [ch for ch in changes if ch["entity"] == "conflict_resolution"]
    assert settled[-1]["record_id"] == result["conflict_id"]
    assert settled[-1]["fields"] == {
        "entity": "action",
        "record_id": aid,
        "fields": {"responsible": "Chief"},
        "resolution": "device",
    }
    # Settling twice is refused in plain words.
    assert (
        cli(
            [
                "resolve",
                result["conflict_id"],
                "--keep",
                "server",
                "--database-url",
                settings.database_url,
            ]
        )
        == 2
    )
