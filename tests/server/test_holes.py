"""The smaller holes found by trying the server as a hostile or careless client (issue 9, item 8):
each test sends what was sent then and asserts what a user or an attacker would see now."""

from __future__ import annotations

import dataclasses
import json

import sqlalchemy as sa
from scorecard_sync import tables as t
from scorecard_sync.devices import list_devices, make_enrolment_code, revoke

from .helpers import LiveServer, cycle_ops, group_op, make_op, new_id


def _records(engine, entity: str) -> int:
    with engine.connect() as conn:
        return conn.execute(
            sa.select(sa.func.count()).select_from(t.records).where(t.records.c.entity == entity)
        ).scalar()


def test_a_lone_surrogate_in_fields_is_a_422_not_a_500(server, device):
    _f, cycle_id, _ops = cycle_ops()
    op = group_op(cycle_id)
    op["fields"] = {"name": "HALF"}
    # json.dumps cannot write a lone surrogate; put the escape into the text as a client may
    raw = json.dumps({"batch_id": "b", "ops": [op]}).replace("HALF", "\\ud800")
    with server.client(device["token"]) as c:
        answer = c.post("/v1/push", content=raw, headers={"Content-Type": "application/json"})
        assert answer.status_code == 422, answer.text
        assert answer.json()["error"] == "invalid_request"
        label = '{"code":"X","device_label":"\\udfff","app_version":"1"}'
        answer = c.post("/v1/enrol", content=label, headers={"Content-Type": "application/json"})
        assert answer.status_code == 422


def test_the_admins_label_stays_so_revoke_by_label_finds_the_laptop(server, engine):
    code, _ = make_enrolment_code(engine, label="Clinic laptop 7")
    with server.client() as c:
        body = {"code": code, "device_label": "DESKTOP-4F2K9", "app_version": "0.1.0"}
        assert c.post("/v1/enrol", json=body).status_code == 201
    labels = [d["label"] for d in list_devices(engine)]
    assert "Clinic laptop 7" in labels and "DESKTOP-4F2K9" not in labels
    assert revoke(engine, "Clinic laptop 7")["label"] == "Clinic laptop 7"


def test_wrong_enrolment_codes_are_rate_limited_per_address(settings, engine):
    limited = dataclasses.replace(settings, enrol_failures_per_window=5)
    live = LiveServer(limited, engine).start()
    try:
        with live.client() as c:
            body = {"code": "WRONG-CODE", "device_label": "x", "app_version": "1"}
            statuses = [c.post("/v1/enrol", json=body).status_code for _ in range(6)]
            assert statuses == [403] * 5 + [429]
            answer = c.post("/v1/enrol", json=body)
            assert answer.status_code == 429 and int(answer.headers["Retry-After"]) > 0
            assert answer.json()["error"] == "too_many_attempts"
    finally:
        live.stop()
    # Right codes never count: a room of laptops enrols from one office address.
    again = LiveServer(limited, engine).start()
    try:
        for i in range(8):
            again.enrol(f"room laptop {i}")
    finally:
        again.stop()


def _score(cycle_id: str, group_id: str, indicator_id: str, value) -> dict:
    fields = {
        "cycle_id": cycle_id,
        "group_id": group_id,
        "indicator_id": indicator_id,
        "value": value,
        "reason": "",
        "suggestion": "",
    }
    return make_op("score", new_id(), fields=fields, cycle_id=cycle_id)


def test_field_values_outside_their_contract_type_are_rejected_and_not_stored(
    server, engine, device
):
    _f, cycle_id, ops = cycle_ops()  # a cycle on the 1–5 faces scale
    group = group_op(cycle_id)
    indicator = make_op(
        "indicator",
        new_id(),
        cycle_id=cycle_id,
        fields={
            "cycle_id": cycle_id,
            "text": "Waiting time",
            "code": "HC01",
            "pictogram": "",
            "position": 0,
            "provider_only": False,
            "source_issue_id": None,
        },
    )
    assert {r["status"] for r in server.push(device["token"], [*ops, group, indicator])} == {
        "applied"
    }
    scores_before = _records(engine, "score")
    g, i = group["record_id"], indicator["record_id"]
    bad = [
        _score(cycle_id, g, i, "banana"),
        _score(cycle_id, g, i, 1e300),
        _score(cycle_id, g, i, 7),  # the contract allows 0–100; the cycle's scale says 1–5
        _score(cycle_id, g, i, True),
    ]
    results = server.push(device["token"], bad)
    assert [r["status"] for r in results] == ["rejected"] * 4
    assert {r["reason"] for r in results} == {"invalid_field"}
    assert "banana" in results[0]["detail"] and results[0]["detail"].startswith("value:")
    assert "outside the scale" in results[2]["detail"]
    assert _records(engine, "score") == scores_before  # nothing stored
    long_name = group_op(cycle_id, name="x" * 201)
    wrong_kind = group_op(cycle_id)
    wrong_kind = make_op(
        "group",
        new_id(),
        cycle_id=cycle_id,
        fields=wrong_kind["fields"] | {"kind": "aliens"},
    )
    rename = make_op("group", g, "update", {"position": "first"}, {"position": 0}, 1, cycle_id)
    results = server.push(device["token"], [long_name, wrong_kind, rename])
    assert [r["reason"] for r in results] == ["invalid_field"] * 3
    assert "not one of" in results[1]["detail"]
    good = server.push(device["token"], [_score(cycle_id, g, i, 4)])
    assert good[0]["status"] == "applied"


def test_api_docs_are_off_unless_the_admin_turns_them_on(settings, engine, server):
    with server.client() as c:
        for path in ("/docs", "/openapi.json", "/redoc"):
            assert c.get(path).status_code == 404
    live = LiveServer(dataclasses.replace(settings, api_docs=True), engine).start()
    try:
        with live.client() as c:
            assert c.get("/openapi.json").status_code == 200
            assert c.get("/docs").status_code == 200
    finally:
        live.stop()
