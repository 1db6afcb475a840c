"""Head office's side of signed bundles: forged and damaged bundles are one plain line (exit 2)
and change nothing; keys and revocations reach laptops through the pull feed; pre-key laptops
register their key once; head office's own bundles and enrolment files are signed."""

from __future__ import annotations

import hashlib
import json
import uuid
import zipfile

import pytest
import sqlalchemy as sa
from scorecard_sync import tables as t

from scorecard_app.wire import HEADOFFICE, new_private_key, public_key_of, read_bundle, sign, verify

from .helpers import cycle_ops, group_op, make_op
from .test_bundles import make_bundle, run_cli, snapshot


@pytest.fixture
def trip(server):
    device = server.enrol("Trust laptop")
    _f, cycle_id, ops = cycle_ops()
    return device, ops + [group_op(cycle_id, name="Women")]


def one_line_refusal(result) -> str:
    assert result.returncode == 2, result.stdout
    err = result.stderr.strip()
    assert "Traceback" not in err and len(err.splitlines()) == 1, err
    return err


def test_a_signed_bundle_from_an_enrolled_laptop_is_imported(server, settings, tmp_path, trip):
    """The control for the refusals below."""
    device, ops = trip
    result = run_cli(
        settings, "import-bundle", str(make_bundle(tmp_path / "ok.scbundle", device, ops))
    )
    assert result.returncode == 0, result.stderr
    assert f"Imported {len(ops)} changes" in result.stdout


def test_a_forged_bundle_from_nobody_changes_nothing(server, engine, settings, tmp_path, trip):
    device, ops = trip
    before = snapshot(engine)
    nobody = {"device_id": "nobody", "organisation_id": device["organisation_id"]}
    forged = make_bundle(tmp_path / "nobody.scbundle", nobody, ops, key=new_private_key())
    # "signature": "x" in place of a real one.
    with zipfile.ZipFile(forged) as z:
        files = {n: z.read(n) for n in z.namelist()}
    manifest = json.loads(files["manifest.json"]) | {"signature": "x"}
    files["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(forged, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    assert "never enrolled" in one_line_refusal(run_cli(settings, "import-bundle", str(forged)))
    # Signed by someone else in the name of a real laptop.
    stolen = make_bundle(tmp_path / "stolen.scbundle", device, ops, key=new_private_key())
    assert "signature does not match" in one_line_refusal(
        run_cli(settings, "import-bundle", str(stolen))
    )
    assert snapshot(engine) == before


def test_a_flipped_byte_in_compressed_data_is_one_plain_line(
    server, engine, settings, tmp_path, trip
):
    device, ops = trip
    ops = ops + [group_op(ops[1]["record_id"], name=f"Group {i}") for i in range(100)]
    good = make_bundle(tmp_path / "good.scbundle", device, ops)
    data = bytearray(good.read_bytes())
    with zipfile.ZipFile(good) as z:
        info = z.getinfo("ops.jsonl")
    data[info.header_offset + 30 + len(info.filename) + info.compress_size // 2] ^= 0xFF
    bad = tmp_path / "flipped.scbundle"
    bad.write_bytes(bytes(data))
    before = snapshot(engine)
    assert "damaged" in one_line_refusal(run_cli(settings, "import-bundle", str(bad)))
    assert snapshot(engine) == before


def test_a_malformed_blob_list_in_a_signed_manifest_is_refused_plainly(
    server, engine, settings, tmp_path, trip
):
    device, ops = trip

    def blobs_x(files):
        manifest = json.loads(files["manifest.json"])
        manifest["blobs"] = ["x"]
        manifest["signature"] = sign(manifest, device["signing_key"])  # signed, yet malformed
        files["manifest.json"] = json.dumps(manifest).encode()

    bundle = make_bundle(tmp_path / "x.scbundle", device, ops, tamper=blobs_x)
    before = snapshot(engine)
    err = one_line_refusal(run_cli(settings, "import-bundle", str(bundle)))
    assert "attached files is malformed" in err
    assert snapshot(engine) == before


def test_keys_and_revocations_reach_laptops_through_the_pull_feed(server, settings, tmp_path):
    a = server.enrol("Laptop A")
    b = server.enrol("Laptop B")
    with server.client(b["token"]) as c:
        changes = c.get("/v1/pull", params={"since": 0, "limit": 1000}).json()["changes"]
    published = {ch["record_id"]: ch["fields"] for ch in changes if ch["entity"] == "signing_key"}
    assert published[a["device_id"]]["public_key"] == public_key_of(a["signing_key"])
    assert published[a["device_id"]]["revoked_at"] is None
    assert published[HEADOFFICE]["public_key"] == a["headoffice_key"] == b["headoffice_key"]
    assert all("private" not in json.dumps(f) for f in published.values())
    since = max(ch["seq"] for ch in changes)
    assert run_cli(settings, "revoke", a["device_id"]).returncode == 0
    with server.client(b["token"]) as c:
        later = c.get("/v1/pull", params={"since": since}).json()["changes"]
    revoked = [ch for ch in later if ch["entity"] == "signing_key"]
    assert [ch["record_id"] for ch in revoked] == [a["device_id"]]
    assert revoked[0]["fields"]["revoked_at"]


def test_a_pre_key_laptop_registers_its_key_once(server, engine):
    """Laptops enrolled before signed bundles send no key: their first sync registers one
    through an authenticated request; a second, different key is refused."""
    from scorecard_sync.devices import make_enrolment_code

    code, _ = make_enrolment_code(engine, label="Old laptop")
    with server.client() as c:
        old = c.post(
            "/v1/enrol", json={"code": code, "device_label": "Old laptop", "app_version": "0.0.9"}
        ).json()
    first = public_key_of(new_private_key())
    with server.client() as c:
        assert c.post("/v1/device-key", json={"public_key": first}).status_code == 401
    with server.client(old["token"]) as c:
        r = c.post("/v1/device-key", json={"public_key": first})
        assert r.status_code == 200 and r.json()["registered"] is True
        assert r.json()["headoffice_key"] == old["headoffice_key"]
        assert c.post("/v1/device-key", json={"public_key": first}).json()["registered"] is False
        other = c.post("/v1/device-key", json={"public_key": public_key_of(new_private_key())})
        assert other.status_code == 409 and "already has a signing key" in other.json()["message"]
        assert c.post("/v1/device-key", json={"public_key": "x"}).status_code == 422
    with engine.connect() as conn:
        stored = conn.execute(
            sa.select(t.signing_keys.c.public_key).where(
                t.signing_keys.c.signer == old["device_id"]
            )
        ).scalar()
    assert stored == first


def test_head_office_bundle_for_a_laptop_is_signed_and_carries_the_feed(server, settings, tmp_path):
    device = server.enrol("USB only")
    target = tmp_path / "for-laptop.scbundle"
    result = run_cli(settings, "export-bundle", "--device", device["device_id"], "-o", str(target))
    assert result.returncode == 0, result.stderr

    def trust(manifest):
        assert manifest["device_id"] == HEADOFFICE and manifest["recipient"] == device["device_id"]
        return device["headoffice_key"]

    bundle = read_bundle(target, trust)
    keys = {c["record_id"] for c in bundle.lines if c["entity"] == "signing_key"}
    assert {HEADOFFICE, device["device_id"]} <= keys
    with server.client(device["token"]) as c:
        pulled = c.get("/v1/pull", params={"since": 0, "limit": 1000}).json()["changes"]
    assert bundle.lines == pulled  # exactly what a pull would have brought
    missing = run_cli(settings, "export-bundle", "--device", "no-such", "-o", str(target))
    assert "No device matches" in one_line_refusal(missing)


def test_an_enrolment_file_is_a_signed_credential(server, settings, engine, tmp_path):
    target = tmp_path / "enrol.json"
    qr = tmp_path / "enrol.png"
    result = run_cli(
        settings, "enrolment-file", "--label", "Field laptop 7", "-o", str(target), "--qr", str(qr)
    )
    assert result.returncode == 0, result.stderr
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    assert qr.read_bytes().startswith(b"\x89PNG")
    assert oct(qr.stat().st_mode & 0o777) == "0o600"
    doc = json.loads(target.read_text())
    assert verify(doc, doc["headoffice_key"])
    assert not verify(doc | {"label": "Someone else"}, doc["headoffice_key"])
    signers = {k["signer"]: k for k in doc["signing_keys"]}
    assert signers[doc["device_id"]]["public_key"] == public_key_of(doc["signing_key"])
    with engine.connect() as conn:
        row = conn.execute(
            sa.select(t.signing_keys).where(t.signing_keys.c.signer == doc["device_id"])
        ).first()
        device = conn.execute(
            sa.select(t.devices).where(t.devices.c.id == doc["device_id"])
        ).first()
    assert row.private_key is None  # head office keeps no laptop's private key
    assert device.label == "Field laptop 7" and device.token_hash != doc["token"]
    assert hashlib.sha256(doc["token"].encode()).hexdigest() == device.token_hash
    # The token works online too.
    with server.client(doc["token"]) as c:
        assert c.get("/v1/pull").status_code == 200
    blank = run_cli(settings, "enrolment-file", "--label", " ", "-o", str(tmp_path / "x.json"))
    assert "Give the laptop a label" in one_line_refusal(blank)


def test_an_op_in_a_bundle_is_checked_like_a_push(server, engine, settings, tmp_path, trip):
    device, _ops = trip
    bad = make_op("spaceship", str(uuid.uuid4()), fields={"x": 1})
    bad["op_id"] = "not valid!"  # the push's Op model refuses it
    bundle = make_bundle(tmp_path / "bad-op.scbundle", device, [bad])
    assert "is not valid" in one_line_refusal(run_cli(settings, "import-bundle", str(bundle)))
