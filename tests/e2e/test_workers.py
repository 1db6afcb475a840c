"""`scorecard-sync serve --workers 4` on PostgreSQL: devices push and upload the same files at
the same time, through four server processes. Nothing is lost or doubled, the feed is numbered
1, 2, 3… without a gap, every file is whole (one upload per file at a time across processes)."""

from __future__ import annotations

import hashlib
import json
import os
import threading
import uuid

import pytest
import requests
import sqlalchemy as sa

from .headoffice import HeadOffice

# Real servers and laptops, end to end: left out of `make test-fast`
pytestmark = pytest.mark.slow

DEVICES = 8
BATCHES = 6
CHUNK = 64 * 1024


@pytest.fixture
def pg_url(pg_databases):
    url = pg_databases.create("sc_workers")
    yield url
    pg_databases.drop(url)


def canonical_json(obj) -> bytes:
    """The contract's spelling (docs/protocol.md, payload_hash)."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _op(entity, record_id, fields, cycle_id):
    body = {
        "op_id": str(uuid.uuid4()),
        "entity": entity,
        "record_id": record_id,
        "op": "insert",
        "fields": fields,
        "base": {},
        "base_version": 0,
        "cycle_id": cycle_id,
        "created_at": "2026-11-29T10:00:00Z",
    }
    hashed = {k: body[k] for k in ("entity", "record_id", "op", "fields", "base", "base_version")}
    body["payload_hash"] = hashlib.sha256(canonical_json(hashed)).hexdigest()
    return body


def _cycle(cycle_id: str, facility_id: str) -> list[dict]:
    return [
        _op("facility", facility_id, {"name": "Clinic", "sector": "health", "code": ""}, None),
        _op(
            "cycle",
            cycle_id,
            {
                "facility_id": facility_id,
                "community": "Village",
                "round_no": 1,
                "previous_cycle_id": None,
                "scale_code": "faces5",
                "scoring_mode": "consensus",
                "language": "en",
                "status": "in_progress",
                "stage": "setup",
                "training": False,
                "lead_facilitator": "",
                "facilitators": [],
                "stage_dates": {},
                "next_review": None,
                "finished_at": None,
            },
            cycle_id,
        ),
    ]


def _group(cycle_id: str, name: str) -> dict:
    fields = {
        "cycle_id": cycle_id,
        "name": name,
        "kind": "community",
        "type": "women",
        "facilitators": [],
        "position": 0,
    }
    return _op("group", str(uuid.uuid4()), fields, cycle_id)


def _upload(url: str, token: str, sha: str, data: bytes, errors: list) -> None:
    """Send a file chunk by chunk from wherever the server says it is, as the laptop does."""
    auth = {"Authorization": f"Bearer {token}"}
    for _ in range(500):
        head = requests.head(f"{url}/v1/blobs/{sha}", headers=auth, timeout=30)
        if head.headers.get("Upload-Complete") == "?1":
            return
        offset = int(head.headers["Upload-Offset"])
        headers = auth | {"Upload-Offset": str(offset), "Upload-Length": str(len(data))}
        answer = requests.patch(
            f"{url}/v1/blobs/{sha}", data=data[offset : offset + CHUNK], headers=headers, timeout=30
        )
        if answer.status_code not in (201, 204, 409):
            errors.append((answer.status_code, answer.text))
            return
    errors.append("the upload never finished")


def test_four_workers_on_postgresql_keep_pushes_feed_and_uploads_right(tmp_path, pg_url):
    office = HeadOffice(tmp_path / "ho", database_url=pg_url, workers=4).start()
    try:
        tokens = []
        for i in range(DEVICES):
            code = office.enrol_code(f"device {i}")
            body = {"code": code, "device_label": "", "app_version": "1"}
            tokens.append(requests.post(office.url + "/v1/enrol", json=body).json()["token"])
        # A burst: 24 requests carry the first chunk of one file at the same moment. One is
        # taken; the rest are told the server already holds it (409), whichever worker got them.
        burst = os.urandom(4 * CHUNK)
        burst_sha = hashlib.sha256(burst).hexdigest()
        auth0 = {"Authorization": f"Bearer {tokens[0]}"}
        start = threading.Barrier(24)
        answers: list[int] = []

        def first_chunk() -> None:
            headers = auth0 | {"Upload-Offset": "0", "Upload-Length": str(len(burst))}
            start.wait()
            answer = requests.patch(
                f"{office.url}/v1/blobs/{burst_sha}", data=burst[:CHUNK], headers=headers
            )
            answers.append(answer.status_code)

        burst_threads = [threading.Thread(target=first_chunk) for _ in range(24)]
        for th in burst_threads:
            th.start()
        for th in burst_threads:
            th.join(60)
        assert sorted(answers) == [204] + [409] * 23, answers
        head = requests.head(f"{office.url}/v1/blobs/{burst_sha}", headers=auth0)
        assert head.headers["Upload-Offset"] == str(CHUNK)  # the chunk once, not 24 times

        shared_photo = os.urandom(700 * 1024)  # every device sends the same photo at once
        sha = hashlib.sha256(shared_photo).hexdigest()
        errors: list = []
        sent: list[dict] = []
        lock = threading.Lock()

        def device(i: int) -> None:
            auth = {"Authorization": f"Bearer {tokens[i]}"}
            cycle_id = str(uuid.uuid4())
            batches = [_cycle(cycle_id, str(uuid.uuid4()))]
            batches += [
                [_group(cycle_id, f"g{i}-{b}-{k}") for k in range(20)] for b in range(BATCHES)
            ]
            for ops in batches:
                answer = requests.post(
                    office.url + "/v1/push",
                    json={"batch_id": str(uuid.uuid4()), "ops": ops},
                    headers=auth,
                    timeout=60,
                )
                if answer.status_code != 200:
                    errors.append((answer.status_code, answer.text))
                    continue
                with lock:
                    sent.extend(ops)
                statuses = {r["status"] for r in answer.json()["results"]}
                if statuses != {"applied"}:
                    errors.append(statuses)
            _upload(office.url, tokens[i], sha, shared_photo, errors)

        threads = [threading.Thread(target=device, args=(i,)) for i in range(DEVICES)]
        for th in threads:
            th.start()
        for th in threads:
            th.join(120)
        assert errors == []
        assert "Traceback" not in office.log.read_text()

        engine = sa.create_engine(pg_url)
        with engine.connect() as conn:
            ops = conn.execute(sa.text("SELECT op_id FROM applied_ops")).scalars().all()
            seqs = conn.execute(sa.text("SELECT seq FROM changes ORDER BY seq")).scalars().all()
            records = conn.execute(
                sa.text("SELECT count(*) FROM changes WHERE entity <> 'signing_key'")
            ).scalar()
            blob_rows = conn.execute(sa.text("SELECT count(*) FROM blobs")).scalar()
        engine.dispose()
        assert sorted(ops) == sorted(o["op_id"] for o in sent)  # each op once
        assert seqs == list(range(1, len(seqs) + 1))  # the feed has no gap and no repeat
        assert records == len(sent)  # one change per record written (beside the public keys)
        assert blob_rows == 1
        stored = tmp_path / "ho" / "blobs" / sha[:2] / sha
        assert hashlib.sha256(stored.read_bytes()).hexdigest() == sha  # whole, not interleaved
        # A laptop paging through the feed sees every change of its cycle exactly once.
        auth = {"Authorization": f"Bearer {tokens[0]}"}
        since, seen = 0, []
        while True:
            page = requests.get(
                f"{office.url}/v1/pull", params={"since": since, "limit": 50}, headers=auth
            ).json()
            seen += [c["seq"] for c in page["changes"] if c["entity"] != "signing_key"]
            since = page["next_since"]
            if not page["more"]:
                break
        # its own cycle's records and its facility, nothing of the other devices' cycles (and,
        # org-wide, the public keys that check USB bundles)
        assert len(seen) == len(set(seen)) == 2 + 20 * BATCHES
        assert json.dumps(seen) == json.dumps(sorted(seen))
    finally:
        office.stop()
