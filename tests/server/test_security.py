"""Tokens, revocation, enrolment codes, organisation isolation, size limits, error bodies."""

from __future__ import annotations

import gzip
import hashlib
import json
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from scorecard_sync import tables as t
from scorecard_sync.cli import main as cli
from scorecard_sync.devices import make_enrolment_code
from scorecard_sync.feed import add_note
from scorecard_sync.migrate import create_organisation

from .helpers import cycle_ops, group_op, make_op, new_id


def test_requests_without_a_valid_token_are_refused_in_plain_words(server):
    with server.client() as c:
        for method, path in [
            ("GET", "/v1/pull"),
            ("POST", "/v1/push"),
            ("HEAD", f"/v1/blobs/{'a' * 64}"),
        ]:
            r = c.request(
                method, path, json={"batch_id": "x", "ops": []} if method == "POST" else None
            )
            assert r.status_code == 401, (path, r.text)
            if method != "HEAD":
                assert r.json()["error"] == "unauthorised"
    with server.client("not-a-token") as c:
        r = c.get("/v1/pull")
    assert r.status_code == 401 and "enrol" in r.json()["message"].lower()


def test_the_token_is_stored_only_as_its_hash(server, engine):
    device = server.enrol("Hash check")
    with engine.connect() as conn:
        row = conn.execute(
            sa.select(t.devices).where(t.devices.c.id == device["device_id"])
        ).first()
    assert row.token_hash == hashlib.sha256(device["token"].encode()).hexdigest()
    assert device["token"] not in json.dumps([str(v) for v in row])


def test_revoking_a_device_refuses_its_very_next_request(server, settings):
    device = server.enrol("Stolen laptop")
    with server.client(device["token"]) as c:
        assert c.get("/v1/pull").status_code == 200
        assert (
            cli(["revoke", device["device_id"][:13], "--database-url", settings.database_url]) == 0
        )
        r = c.get("/v1/pull")
        assert r.status_code == 401 and r.json()["error"] == "revoked"
        _f, _c, ops = cycle_ops()
        assert c.post("/v1/push", json={"batch_id": new_id(), "ops": ops}).status_code == 401


def test_an_enrolment_code_works_once_and_not_after_it_expires(server, engine):
    code, _ = make_enrolment_code(engine, label="once")
    body = {"code": code.lower().replace("-", " "), "device_label": "x", "app_version": "0.1"}
    with server.client() as c:
        assert c.post("/v1/enrol", json=body).status_code == 201  # case, spaces and dashes ignored
        again = c.post("/v1/enrol", json=body)
        assert again.status_code == 403 and "already been used" in again.json()["message"]
        old, _ = make_enrolment_code(engine, hours=-1)
        expired = c.post("/v1/enrol", json={**body, "code": old})
        assert expired.status_code == 403 and "expired" in expired.json()["message"]
        unknown = c.post("/v1/enrol", json={**body, "code": "AAAA-BBBB-CCCC"})
        assert unknown.status_code == 403 and unknown.json()["error"] == "bad_code"


def test_a_device_sees_and_touches_only_its_own_organisations_data(server, engine):
    with engine.begin() as conn:
        other_org = create_organisation(conn, f"Other NGO {new_id()[:8]}")
    home = server.enrol("Home")
    with engine.connect() as conn:
        name = conn.execute(
            sa.select(t.organisations.c.name).where(t.organisations.c.id == other_org)
        ).scalar()
    other = server.enrol("Other", organisation=name)
    assert other["organisation_id"] == other_org != home["organisation_id"]

    add_note(engine, home["organisation_id"], new_id(), "Only for home", "HO")
    with server.client(other["token"]) as c:
        feed = c.get("/v1/pull").json()["changes"]
    # Only the other organisation's own signing keys: nothing of home's, not even its keys.
    assert [ch for ch in feed if ch["entity"] != "signing_key"] == []
    assert home["device_id"] not in {ch["record_id"] for ch in feed}
    assert other["device_id"] in {ch["record_id"] for ch in feed}

    _f, cycle_id, ops = cycle_ops()
    group = group_op(cycle_id, name="Home group")
    server.push(home["token"], [*ops, group])
    # The other organisation cannot change the home record even knowing its id: it lacks the parents.
    hijack = make_op(
        "group",
        group["record_id"],
        "update",
        {"name": "Hijacked"},
        {"name": "Home group"},
        1,
        cycle_id,
    )
    assert server.push(other["token"], [hijack])[0]["status"] == "deferred"
    # …and replaying home's op id from the other organisation is a separate op there.
    assert server.push(other["token"], [ops[0]])[0]["status"] == "applied"
    with engine.connect() as conn:
        rows = conn.execute(
            sa.select(t.records.c.organisation_id, t.records.c.data).where(
                t.records.c.record_id == group["record_id"]
            )
        ).all()
    assert [(r.organisation_id, json.loads(r.data)["name"]) for r in rows] == [
        (home["organisation_id"], "Home group")
    ]


def test_oversized_requests_get_413_and_nothing_is_stored(server, settings, engine, device):
    big = make_op(
        "facility",
        new_id(),
        fields={"name": "x" * (settings.max_body_bytes + 10), "sector": "health", "code": ""},
    )
    with server.client(device["token"]) as c:
        r = c.post("/v1/push", json={"batch_id": new_id(), "ops": [big]})
        assert r.status_code == 413 and r.json()["error"] == "too_large"
        bomb = gzip.compress(json.dumps({"batch_id": "b", "ops": [big]}).encode())
        assert len(bomb) < settings.max_body_bytes
        r = c.post(
            "/v1/push",
            content=bomb,
            headers={"Content-Encoding": "gzip", "Content-Type": "application/json"},
        )
        assert r.status_code == 413
    with engine.connect() as conn:
        assert (
            conn.execute(
                sa.select(t.records).where(t.records.c.record_id == big["record_id"])
            ).first()
            is None
        )


def test_gzip_request_bodies_are_accepted(server, device):
    _f, _c, ops = cycle_ops()
    body = gzip.compress(json.dumps({"batch_id": new_id(), "ops": ops}).encode())
    with server.client(device["token"]) as c:
        r = c.post(
            "/v1/push",
            content=body,
            headers={"Content-Encoding": "gzip", "Content-Type": "application/json"},
        )
    assert r.status_code == 200 and [x["status"] for x in r.json()["results"]] == [
        "applied",
        "applied",
    ]


def test_errors_are_json_sentences_never_stack_traces(server, device):
    with server.client(device["token"]) as c:
        answers = [
            c.post("/v1/push", content=b"{not json", headers={"Content-Type": "application/json"}),
            c.post("/v1/push", json={"batch_id": "x", "ops": [{"op_id": 1}]}),
            c.get("/v1/pull?since=-5"),
            c.get("/v1/nowhere"),
            c.post("/v1/push", content=b"\x1f\x8b broken", headers={"Content-Encoding": "gzip"}),
        ]
    for r in answers:
        assert 400 <= r.status_code < 500, r.text
        body = r.json()
        assert set(body) >= {"error", "message"} and body["message"].endswith(".")
        assert "Traceback" not in r.text and 'File "' not in r.text


def test_hello_is_open_and_announces_versions_limits_and_time(server):
    with server.client() as c:
        body = c.get("/v1/hello").json()
    assert body["protocol_versions"] == [1]
    assert body["limits"]["max_batch_ops"] >= 100
    skew = abs(
        datetime.now(UTC) - datetime.fromisoformat(body["server_time"].replace("Z", "+00:00"))
    )
    assert skew < timedelta(minutes=1)


def test_a_client_still_uploading_an_oversized_body_reads_the_413(server, settings, device):
    """What the laptop's HTTP library sees for a body over the limit: a 413 it can act on."""
    import requests

    body = b'{"batch_id": "x", "ops": [' + b" " * (settings.max_body_bytes * 2) + b"]}"
    r = requests.post(
        f"{server.url}/v1/push",
        data=body,
        headers={"Authorization": f"Bearer {device['token']}", "Content-Type": "application/json"},
        timeout=60,
    )
    assert r.status_code == 413 and r.json()["error"] == "too_large"
