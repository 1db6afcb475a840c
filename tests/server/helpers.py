"""Helpers for the server tests: a real uvicorn on 127.0.0.1, enrolled devices, ops with hashes."""

from __future__ import annotations

import hashlib
import json
import socket
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from scorecard_sync.api import create_app
from scorecard_sync.config import Settings
from scorecard_sync.devices import make_enrolment_code
from sqlalchemy.engine import Engine

from scorecard_app.wire import new_private_key, public_key_of

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "sync" / "schema" / "v1"


def canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def make_op(
    entity: str,
    record_id: str,
    op: str = "insert",
    fields: dict | None = None,
    base: dict | None = None,
    base_version: int = 0,
    cycle_id: str | None = None,
    created_at: str = "2026-11-22T10:00:00.000Z",
    op_id: str | None = None,
) -> dict[str, Any]:
    body = {
        "op_id": op_id or str(uuid.uuid4()),
        "entity": entity,
        "record_id": record_id,
        "op": op,
        "fields": fields or {},
        "base": base or {},
        "base_version": base_version,
        "cycle_id": cycle_id,
        "created_at": created_at,
    }
    hashed = {k: body[k] for k in ("entity", "record_id", "op", "fields", "base", "base_version")}
    body["payload_hash"] = hashlib.sha256(canonical(hashed)).hexdigest()
    return body


def new_id() -> str:
    return str(uuid.uuid4())


def cycle_ops(
    facility_id: str | None = None, cycle_id: str | None = None, status: str = "in_progress"
) -> tuple[str, str, list[dict]]:
    """A facility and one cycle, as the laptop's outbox would send them."""
    facility_id = facility_id or new_id()
    cycle_id = cycle_id or new_id()
    ops = [
        make_op(
            "facility",
            facility_id,
            fields={"name": "Riverside Health Centre", "sector": "health", "code": "RHC"},
        ),
        make_op(
            "cycle",
            cycle_id,
            cycle_id=cycle_id,
            fields={
                "facility_id": facility_id,
                "community": "North › Riverside",
                "round_no": 1,
                "previous_cycle_id": None,
                "scale_code": "faces5",
                "scoring_mode": "consensus",
                "language": "en",
                "status": status,
                "stage": "setup",
                "training": False,
                "lead_facilitator": "Amina",
                "facilitators": ["Amina"],
                "stage_dates": {},
                "next_review": None,
                "finished_at": None,
            },
        ),
    ]
    return facility_id, cycle_id, ops


def group_op(cycle_id: str, group_id: str | None = None, name: str = "Women") -> dict:
    return make_op(
        "group",
        group_id or new_id(),
        cycle_id=cycle_id,
        fields={
            "cycle_id": cycle_id,
            "name": name,
            "kind": "community",
            "type": "women",
            "facilitators": [],
            "position": 0,
        },
    )


def action_op(cycle_id: str, action_id: str | None = None, **over: Any) -> dict:
    fields = {
        "cycle_id": cycle_id,
        "what": "Post the opening hours at the gate",
        "indicator_id": None,
        "responsible": "Head nurse",
        "institution": "Health centre",
        "due": "2027-01-31",
        "resources": "",
        "status": "not_started",
        "escalated": False,
        "priority": "medium",
    } | over
    return make_op("action", action_id or new_id(), cycle_id=cycle_id, fields=fields)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class LiveServer:
    """The real app on a real uvicorn, in a thread, on 127.0.0.1."""

    settings: Settings
    engine: Engine
    url: str = ""
    _server: uvicorn.Server | None = None
    _thread: threading.Thread | None = None
    devices: list[dict] = field(default_factory=list)

    def start(self) -> LiveServer:
        port = free_port()
        app = create_app(self.settings, self.engine)
        config = uvicorn.Config(
            app, host="127.0.0.1", port=port, log_level="warning", access_log=False
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 20
        while not self._server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        self.url = f"http://127.0.0.1:{port}"
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
            self._thread.join(timeout=10)

    def client(self, token: str | None = None) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=60)

    def enrol(self, label: str = "laptop", organisation: str | None = None) -> dict[str, Any]:
        code, _ = make_enrolment_code(self.engine, label=label, organisation=organisation)
        private_key = new_private_key()  # the laptop's bundle signing key; it sends the public half
        body = {"code": code, "device_label": label, "app_version": "0.1.0"}
        with self.client() as c:
            r = c.post("/v1/enrol", json=body | {"public_key": public_key_of(private_key)})
        assert r.status_code == 201, r.text
        return r.json() | {"signing_key": private_key}

    def push(self, token: str, ops: list[dict], batch_id: str | None = None) -> list[dict]:
        with self.client(token) as c:
            r = c.post("/v1/push", json={"batch_id": batch_id or new_id(), "ops": ops})
        assert r.status_code == 200, r.text
        return r.json()["results"]
