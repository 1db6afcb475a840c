"""The wire contract files (sync/schema/v1) agree with themselves and with what the server sends."""

from __future__ import annotations

import hashlib
import json

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from scorecard_sync.api import Op
from scorecard_sync.contract import entities, payload_hash
from scorecard_sync.feed import add_note, publish_library
from scorecard_sync.fieldcheck import field_problem

from scorecard_app.wire import public_key_of, sign, verify

from .helpers import SCHEMA_DIR, cycle_ops, group_op, make_op, new_id

SCHEMAS = {
    p.stem: json.loads(p.read_text(encoding="utf-8"))
    for p in SCHEMA_DIR.glob("*.json")
    if p.stem != "entities"
}
REGISTRY = Registry().with_resources(
    [(s["$id"], Resource.from_contents(s)) for s in SCHEMAS.values()]
)
EXAMPLES = sorted((SCHEMA_DIR / "examples").glob("*.json"))


def validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(SCHEMAS[name], registry=REGISTRY)


def assert_valid(name: str, body) -> None:
    errors = [f"{list(e.path)}: {e.message}" for e in validator(name).iter_errors(body)]
    assert not errors, errors


def test_every_schema_is_valid_draft_2020_12():
    for schema in SCHEMAS.values():
        Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_example_validates_against_its_schema(path):
    body = json.loads(path.read_text(encoding="utf-8"))
    assert_valid(path.stem.split(".")[0], body)


def test_every_schema_has_an_example_and_the_ops_carry_true_hashes():
    assert {p.stem.split(".")[0] for p in EXAMPLES} == set(SCHEMAS)
    ops = json.loads((SCHEMA_DIR / "examples" / "push-request.json").read_text())["ops"]
    ops += [json.loads(p.read_text()) for p in EXAMPLES if p.stem.startswith("op.")]
    for op in ops:
        assert payload_hash(op) == op["payload_hash"]
        if op["op"] in ("insert", "update"):  # every field fits its type in the contract
            assert field_problem(op["entity"], op["fields"]) is None, op
        assert (
            Op.model_validate(op).model_dump() == op
        )  # the server reads exactly the contract's op


def test_a_schema_refuses_what_the_server_would_reject():
    op = json.loads((SCHEMA_DIR / "examples" / "op.group-insert.json").read_text())
    assert list(validator("op").iter_errors({**op, "fields": {**op["fields"], "colour": "red"}}))
    assert list(validator("op").iter_errors({**op, "entity": "spaceship"}))
    assert list(validator("op").iter_errors({**op, "payload_hash": "abc"}))


def test_the_example_bundle_manifest_is_signed_over_the_example_ops():
    manifest = json.loads((SCHEMA_DIR / "examples" / "bundle-manifest.json").read_text())
    signer = json.loads((SCHEMA_DIR / "examples" / "signing-key.json").read_text())
    ops = (SCHEMA_DIR / "examples" / "bundle-ops.jsonl").read_bytes()
    assert hashlib.sha256(ops).hexdigest() == manifest["ops_sha256"]
    assert len(ops.splitlines()) == manifest["op_count"]
    # The example keys are derived from a phrase (never real keys), so anyone can re-sign them.
    private = hashlib.sha256(b"scorecard example device key").hexdigest()
    assert (
        signer["public_key"] == public_key_of(private) and signer["signer"] == manifest["device_id"]
    )
    assert verify(manifest, signer["public_key"])
    assert manifest["signature"] == sign(manifest, private)  # Ed25519 is deterministic
    for line in ops.splitlines():
        assert_valid("op", json.loads(line))


def test_the_example_enrolment_file_is_signed_by_the_example_head_office():
    doc = json.loads((SCHEMA_DIR / "examples" / "enrolment-file.json").read_text())
    response = json.loads((SCHEMA_DIR / "examples" / "enrol-response.json").read_text())
    assert doc["headoffice_key"] == response["headoffice_key"]
    assert verify(doc, doc["headoffice_key"])


def test_entities_name_their_parents_and_rules():
    spec = entities()
    for name, entry in spec.items():
        assert entry["rule"] in {"fact", "header", "plan", "append", "reference"}
        for parent_field, parent in entry["parents"].items():
            assert parent_field in entry["fields"] and parent in spec, name


def test_what_the_running_server_sends_matches_the_schemas(server, engine):
    with server.client() as c:
        assert_valid("hello-response", c.get("/v1/hello").json())
        assert_valid("error", c.get("/v1/pull").json())
    device = server.enrol("Contract")
    assert_valid("enrol-response", device)
    _f, cycle_id, ops = cycle_ops()
    group = group_op(cycle_id)
    batch = [
        *ops,
        group,
        group,
        make_op("group", new_id(), "update", {"name": "x"}, {"name": "y"}, 1, cycle_id),
    ]
    request = {"batch_id": new_id(), "ops": batch}
    assert_valid("push-request", request)
    with server.client(device["token"]) as c:
        pushed = c.post("/v1/push", json=request).json()
        assert_valid("push-response", pushed)
        assert [r["status"] for r in pushed["results"]] == [
            "applied",
            "applied",
            "applied",
            "duplicate",
            "deferred",
        ]
        publish_library(
            engine,
            device["organisation_id"],
            {"sectors": {"health": [{"code": "HC01", "text": "Waiting", "pictogram": "clock"}]}},
        )
        add_note(engine, device["organisation_id"], group["record_id"], "Seen", "HO")
        pulled = c.get("/v1/pull").json()
        assert_valid("pull-response", pulled)
        # head office's two changes, the device's own cycle as the server holds it, and the
        # organisation's public keys (head office's and the devices')
        entities_pulled = [ch["entity"] for ch in pulled["changes"]]
        assert "signing_key" in entities_pulled
        assert sorted(e for e in entities_pulled if e != "signing_key") == [
            "action_note",
            "cycle",
            "facility",
            "group",
            "library_indicator",
        ]
        assert pulled["cycles"] == [cycle_id]
        snapshot = c.get(f"/v1/cycles/{cycle_id}").json()
        assert_valid("cycle-snapshot", snapshot)
        assert [r["entity"] for r in snapshot["records"]] == ["facility", "cycle", "group"]
        checked = c.get("/v1/check").json()
        assert_valid("check-response", checked)
        assert set(checked["cycles"][cycle_id]) == {"cycle", "group"}


def test_the_contract_types_every_field_and_its_vocabularies_are_the_apps():
    from scorecard_app.core import entities as e
    from scorecard_app.core import scales, stages

    for name, spec in entities().items():
        assert set(spec["types"]) == set(spec["fields"]), name
    # what a photo may be attached to: the laptop's rule and the contract's are the same
    from scorecard_app.store.replica import _SUBJECT

    assert entities()["attachment"]["types"]["subject"]["pattern"] == f"^{_SUBJECT.pattern}$"
    cycle = entities()["cycle"]["types"]
    assert cycle["stage"]["enum"] == list(stages.STAGE_CODES)
    assert cycle["scale_code"]["enum"] == list(scales.SCALES)
    assert entities()["action"]["types"]["status"]["enum"] == list(e.ACTION_STATUSES)
    assert entities()["group"]["types"]["type"]["enum"] == list(e.GROUP_TYPES)
    top = max(s.maximum for s in scales.SCALES.values())
    assert entities()["score"]["types"]["value"]["maximum"] == top
