"""What a push may leave out: the server computes each op's payload hash itself, and a laptop of
an earlier version that still sends one is checked against it, not trusted."""

from __future__ import annotations

import json

import sqlalchemy as sa
from scorecard_sync import tables as t

from scorecard_app.sync_client.wire import push_op
from scorecard_app.wire import payload_hash

from .helpers import cycle_ops, group_op


def _bare(op: dict) -> dict:
    """The op as today's laptop sends it (its own wire code): no payload hash, no cycle id its
    fields already name."""
    return push_op(op, frozenset({"payload_hash"}))


def _logged(engine, op_id: str):
    with engine.connect() as conn:
        return conn.execute(sa.select(t.applied_ops).where(t.applied_ops.c.op_id == op_id)).first()


def test_hello_says_the_server_computes_the_payload_hash(server):
    with server.client() as c:
        assert c.get("/v1/hello").json()["server_computes"] == ["payload_hash"]


def test_ops_without_hash_or_cycle_apply_exactly_once_and_the_server_keeps_its_own_hash(
    server, engine
):
    device = server.enrol("today's laptop")
    _f, cycle_id, ops = cycle_ops()
    group = group_op(cycle_id)
    sent = [_bare(op) for op in [*ops, group]]
    assert all("payload_hash" not in op for op in sent) and "cycle_id" not in sent[2]
    assert [r["status"] for r in server.push(device["token"], sent)] == ["applied"] * 3
    row = _logged(engine, group["op_id"])
    assert row.payload_hash == payload_hash(group) == group["payload_hash"]
    assert "payload_hash" not in json.loads(row.op)
    with engine.connect() as conn:  # filed under its cycle all the same
        stored = conn.execute(
            sa.select(t.records.c.cycle_id).where(t.records.c.record_id == group["record_id"])
        ).scalar()
    assert stored == cycle_id

    # The answer was lost: the resend is a duplicate, whether it carries the hash or not (a
    # laptop updated between the two sends).
    again = server.push(device["token"], [sent[2], group])
    assert [(r["status"], r["original_status"]) for r in again] == [("duplicate", "applied")] * 2

    # The same op id with other content is still caught without a hash sent.
    forged = _bare({**group, "fields": {**group["fields"], "name": "Elders"}})
    assert server.push(device["token"], [forged])[0]["reason"] == "op_id_reused"


def test_an_older_laptops_hash_is_checked_not_trusted(server, engine):
    device = server.enrol("older laptop")
    _f, cycle_id, ops = cycle_ops()
    server.push(device["token"], ops)
    op = group_op(cycle_id, name="Men")
    lying = {**op, "payload_hash": payload_hash({**op, "fields": {}})}  # well-formed, wrong
    assert server.push(device["token"], [lying])[0] == {
        "op_id": op["op_id"],
        "status": "rejected",
        "reason": "hash_mismatch",
    }
    assert _logged(engine, op["op_id"]) is None  # not remembered: a good copy may follow
    assert server.push(device["token"], [op])[0]["status"] == "applied"


def test_a_malformed_hash_is_refused_as_a_bad_request(server):
    device = server.enrol("broken laptop")
    _f, _c, ops = cycle_ops()
    with server.client(device["token"]) as c:
        r = c.post("/v1/push", json={"batch_id": "b1", "ops": [ops[0] | {"payload_hash": "xyz"}]})
    assert r.status_code == 422 and r.json()["error"] == "invalid_request"
