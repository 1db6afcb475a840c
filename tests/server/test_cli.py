"""`scorecard-sync` as an admin uses it: serve, enrol-code (+QR), devices, stats."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import httpx

from .helpers import cycle_ops, free_port, group_op


def sync_cli(database_url, *args, cwd=None, env=None):
    return subprocess.run(
        [sys.executable, "-m", "scorecard_sync", *args, "--database-url", database_url],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        env=env,
    )


def test_enrol_code_prints_a_code_a_link_and_a_qr_png(database_url, engine, tmp_path):
    qr = tmp_path / "enrol.png"
    r = sync_cli(
        database_url,
        "enrol-code",
        "--label",
        "Tuan",
        "--server-url",
        "http://10.0.0.5:8765",
        "--qr",
        str(qr),
    )
    assert r.returncode == 0, r.stderr
    code, link = r.stdout.split()
    assert len(code) == 14 and code.count("-") == 2
    assert link == f"scorecard://enrol?url=http%3A%2F%2F10.0.0.5%3A8765&code={code}"
    assert qr.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_stats_counts_records_per_entity_and_per_device_and_devices_lists_them(
    server, database_url
):
    a, b = server.enrol("Amina"), server.enrol("Tuan")
    _f, cycle_id, ops = cycle_ops()
    server.push(a["token"], [*ops, group_op(cycle_id), group_op(cycle_id)])
    _f2, cycle2, ops2 = cycle_ops()
    server.push(b["token"], [*ops2, group_op(cycle2)])
    r = sync_cli(database_url, "stats", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["records"]["group"] >= 3 and data["records"]["cycle"] >= 2
    assert data["devices"][a["device_id"]]["records"] == {"facility": 1, "cycle": 1, "group": 2}
    assert data["devices"][b["device_id"]]["ops"] == {"applied": 3}
    text = sync_cli(database_url, "stats").stdout
    assert "Records per entity:" in text and "Amina: 4 records; ops: 4 applied" in text
    listing = sync_cli(database_url, "devices").stdout
    assert "Amina" in listing and "Tuan" in listing and "active" in listing


def test_serve_runs_a_real_server_that_never_logs_tokens(tmp_path):
    port = free_port()
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'ho.sqlite3'}"}
    env.pop("SCORECARD_BLOB_DIR", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "scorecard_sync", "serve", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=tmp_path,
        env=env,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        for _ in range(200):
            try:
                if httpx.get(f"{url}/v1/hello").status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.05)
        code = sync_cli(env["DATABASE_URL"], "enrol-code").stdout.split()[0]
        device = httpx.post(
            f"{url}/v1/enrol", json={"code": code, "device_label": "x", "app_version": "1"}
        ).json()
        headers = {"Authorization": f"Bearer {device['token']}"}
        assert httpx.get(f"{url}/v1/pull", headers=headers).status_code == 200
        _f, _c, ops = cycle_ops()
        assert (
            httpx.post(
                f"{url}/v1/push", json={"batch_id": "b1", "ops": ops}, headers=headers
            ).status_code
            == 200
        )
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=20)
    assert "POST /v1/push" in out  # the access log is on…
    assert device["token"] not in out and code not in out  # …and holds no secrets
    assert (tmp_path / "ho.sqlite3").exists() and (tmp_path / "ho.sqlite3.blobs").exists() is False


def test_stats_says_how_many_attachment_files_have_arrived(server, database_url):
    import hashlib

    from .helpers import make_op, new_id

    device = server.enrol("Photographer")
    _f, cycle_id, ops = cycle_ops()
    photos = [b"flip chart one", b"flip chart two"]
    for photo in photos:
        fields = {
            "cycle_id": cycle_id,
            "sha256": hashlib.sha256(photo).hexdigest(),
            "filename": "p.jpg",
            "media_type": "image/jpeg",
            "size": len(photo),
        }
        ops.append(make_op("attachment", new_id(), fields=fields, cycle_id=cycle_id))
    server.push(device["token"], ops)
    with server.client(device["token"]) as c:
        sha = hashlib.sha256(photos[0]).hexdigest()
        headers = {"Upload-Offset": "0", "Upload-Length": str(len(photos[0]))}
        assert c.patch(f"/v1/blobs/{sha}", content=photos[0], headers=headers).status_code == 201
    data = json.loads(sync_cli(database_url, "stats", "--json").stdout)
    assert data["attachments"]["expected"] >= 2 and data["attachments"]["missing"] >= 1
    assert "files received" in sync_cli(database_url, "stats").stdout
