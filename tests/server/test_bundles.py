"""USB bundles through `scorecard-sync import-bundle`: verified, applied like a push, idempotent."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import zipfile

import pytest
import sqlalchemy as sa
from scorecard_sync import tables as t
from scorecard_sync.cli import main as cli

from scorecard_app.wire import new_private_key, sign

from .helpers import cycle_ops, group_op


def make_bundle(path, device, ops, blobs=(), *, key=None, tamper=None):
    lines = "".join(json.dumps(o, ensure_ascii=False, sort_keys=True) + "\n" for o in ops).encode()
    manifest = {
        "format": "scorecard-bundle",
        "version": 2,
        "kind": "ops",
        "device_id": device["device_id"],
        "organisation_id": device["organisation_id"],
        "created_at": "2026-11-25T08:00:00Z",  # the laptop's clock is days ahead: irrelevant
        "op_count": len(ops),
        "ops_sha256": hashlib.sha256(lines).hexdigest(),
        "blobs": [{"sha256": hashlib.sha256(b).hexdigest(), "size": len(b)} for b in blobs],
    }
    manifest["signature"] = sign(manifest, key or device["signing_key"])
    files = {"manifest.json": json.dumps(manifest).encode(), "ops.jsonl": lines}
    files |= {f"blobs/{hashlib.sha256(b).hexdigest()}": b for b in blobs}
    if tamper:
        tamper(files)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return path


def snapshot(engine):
    with engine.connect() as conn:
        return (
            sorted(
                tuple(r)
                for r in conn.execute(
                    sa.select(
                        t.records.c.entity,
                        t.records.c.record_id,
                        t.records.c.data,
                        t.records.c.version,
                    )
                )
            ),
            conn.execute(sa.select(sa.func.count()).select_from(t.applied_ops)).scalar(),
            conn.execute(sa.select(sa.func.count()).select_from(t.blobs)).scalar(),
        )


def run_cli(settings, *args):
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "scorecard_sync",
            *args,
            "--database-url",
            settings.database_url,
            "--blob-dir",
            str(settings.blob_dir),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def field_trip(server, tmp_path):
    device = server.enrol("USB laptop")
    _f, cycle_id, ops = cycle_ops()
    ops += [group_op(cycle_id, name="Women"), group_op(cycle_id, name="Youth")]
    return device, ops, [b"photo of the women's flip chart"]


def test_a_bundle_imports_once_and_a_second_import_changes_nothing(
    server, engine, settings, tmp_path, field_trip
):
    device, ops, blobs = field_trip
    bundle = make_bundle(tmp_path / "trip.scbundle", device, ops, blobs)
    first = run_cli(settings, "import-bundle", str(bundle))
    assert first.returncode == 0, first.stderr
    assert "Imported 4 changes and 1 attachments" in first.stdout and "4 applied" in first.stdout
    after_first = snapshot(engine)
    second = run_cli(settings, "import-bundle", str(bundle))
    assert second.returncode == 0 and "4 duplicate" in second.stdout
    assert snapshot(engine) == after_first
    # The same ops arriving later over the network are duplicates too.
    assert {r["status"] for r in server.push(device["token"], ops)} == {"duplicate"}
    sha = hashlib.sha256(blobs[0]).hexdigest()
    with server.client(device["token"]) as c:
        assert c.head(f"/v1/blobs/{sha}").headers["Upload-Complete"] == "?1"


def _drop_last_op(files):
    lines = files["ops.jsonl"].splitlines(keepends=True)
    files["ops.jsonl"] = b"".join(lines[:-1])


def _edit_op(files):
    files["ops.jsonl"] = files["ops.jsonl"].replace(b"Youth", b"Elder")


def _edit_manifest(files):
    m = json.loads(files["manifest.json"])
    m["op_count"] += 1
    files["manifest.json"] = json.dumps(m).encode()


def _swap_blob(files):
    name = next(n for n in files if n.startswith("blobs/"))
    files[name] = files[name][::-1]  # same size, other content: only its hash tells


def _add_blob(files):
    files[f"blobs/{'ab' * 32}"] = b"a file the signed manifest does not list"


@pytest.mark.parametrize(
    ("tamper", "words"),
    [
        (_drop_last_op, "altered or damaged"),
        (_edit_op, "altered or damaged"),
        (_edit_manifest, "signature does not match"),
        (_swap_blob, "is damaged"),
        (_add_blob, "attached files its manifest lists"),
    ],
)
def test_a_tampered_bundle_is_refused_and_changes_nothing(
    server, engine, settings, tmp_path, field_trip, tamper, words
):
    device, ops, blobs = field_trip
    bundle = make_bundle(tmp_path / "bad.scbundle", device, ops, blobs, tamper=tamper)
    before = snapshot(engine)
    result = run_cli(settings, "import-bundle", str(bundle))
    assert result.returncode == 2
    assert words in result.stderr and "nothing was changed" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert snapshot(engine) == before


def test_bundles_signed_with_another_key_not_zips_or_from_revoked_laptops_are_refused(
    server, engine, settings, tmp_path, field_trip
):
    device, ops, blobs = field_trip
    before = snapshot(engine)
    forged = make_bundle(tmp_path / "forged.scbundle", device, ops, blobs, key=new_private_key())
    assert cli(["import-bundle", str(forged), "--database-url", settings.database_url]) == 2
    junk = tmp_path / "junk.scbundle"
    junk.write_bytes(b"PK\x03\x04 not really a zip")
    result = run_cli(settings, "import-bundle", str(junk))
    assert result.returncode == 2 and "not a zip file" in result.stderr
    good = make_bundle(tmp_path / "good.scbundle", device, ops, blobs)
    assert cli(["revoke", device["device_id"], "--database-url", settings.database_url]) == 0
    result = run_cli(settings, "import-bundle", str(good))
    assert result.returncode == 2 and "access was withdrawn" in result.stderr
    assert snapshot(engine) == before
