"""The client's wire shapes agree with the contract files and with the server's examples."""

from __future__ import annotations

import pytest

from scorecard_app.core import entities as e
from scorecard_app.sync_client import SyncError, parse_enrol_link
from scorecard_app.sync_client.wire import batch_id, payload_hash, wire_op
from scorecard_app.wire import verify

from .contract import example, validate


def test_payload_hash_matches_the_contract_examples():
    for op in example("bundle-ops.jsonl"):
        assert payload_hash(op) == op["payload_hash"]


def test_bundle_signature_matches_the_contract_example():
    key = example("signing-key.json")["public_key"]  # the example laptop's public key
    manifest = example("bundle-manifest.json")
    assert manifest["device_id"] == example("signing-key.json")["signer"]
    assert verify(manifest, key)
    assert not verify(manifest | {"op_count": 4}, key)
    assert not verify(manifest, example("enrol-response.json")["headoffice_key"])


def test_every_op_the_demo_writes_is_valid_on_the_wire(demo_store):
    ops = [wire_op(o) for o in demo_store.pending_ops(limit=10_000)]
    assert len(ops) > 500  # the demo: three rounds of a health centre
    for op in ops:
        validate("op", op)
    validate("push-request", {"batch_id": batch_id([o["op_id"] for o in ops]), "ops": ops})


def test_edits_of_every_kind_are_valid_on_the_wire(demo_store):
    cyc = demo_store.list_cycles()[-1]
    data = demo_store.load_cycle(cyc.id)
    done = demo_store.load_cycle(cyc.previous_cycle_id)
    demo_store.update(e.Action, done.actions[0].id, responsible="Mr. Binh", due="2027-01-15")
    demo_store.delete(e.Issue, data.issues[0].id)
    demo_store.restore(e.Issue, data.issues[0].id)
    demo_store.set_stage_date(cyc.id, "scoring", planned="2026-12-01")
    for op in demo_store.pending_ops(limit=10_000):
        validate("op", wire_op(op))


def test_batch_ids_are_stable_for_the_same_ops():
    assert batch_id(["a", "b"]) == batch_id(["a", "b"]) != batch_id(["b", "a"])


def test_enrol_links():
    assert parse_enrol_link(
        "scorecard://enrol?url=https%3A%2F%2Fho.example.org&code=AB12-CD34"
    ) == (
        "https://ho.example.org",
        "AB12-CD34",
    )
    for bad in (
        "https://ho.example.org",
        "scorecard://enrol?code=X",
        "scorecard://other?url=https://x&code=1",
    ):
        with pytest.raises(SyncError, match="not an enrolment link"):
            parse_enrol_link(bad)
