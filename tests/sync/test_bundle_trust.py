"""Hostile USB bundles on a laptop: nothing outside the work folder, nothing at all when refused."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import stat
import tempfile
import uuid
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scorecard_app.cli import main as scorecard
from scorecard_app.store import Store, keys
from scorecard_app.sync_client.client import K_DEVICE, K_KEY, K_ORG
from scorecard_app.wire import (
    BundleRefused,
    new_private_key,
    payload_hash,
    public_key_of,
    read_bundle,
    sign,
)

ORG = str(uuid.uuid4())
OTHER = str(uuid.uuid4())  # another laptop of the organisation, whose key this laptop knows
OTHER_KEY = new_private_key()


def _ops_bytes(ops: list[dict]) -> bytes:
    return b"".join(json.dumps(o, sort_keys=True).encode() + b"\n" for o in ops)


def signed_manifest(ops: bytes, blobs: list[dict], **over) -> dict:
    manifest = {
        "format": "scorecard-bundle",
        "version": 2,
        "kind": "ops",
        "device_id": OTHER,
        "organisation_id": ORG,
        "created_at": "2026-11-29T00:00:00Z",
        "op_count": len(ops.splitlines()),
        "ops_sha256": hashlib.sha256(ops).hexdigest(),
        "blobs": blobs,
    } | over
    manifest["signature"] = sign(manifest, OTHER_KEY)
    return manifest


def hostile_bundle(path: Path, blobs: list[tuple[str, bytes]], *, manifest_blobs=None) -> Path:
    """A bundle correctly signed by a known laptop, carrying files under chosen names: only the
    checks of names and sizes stand between it and the disk."""
    ops = _ops_bytes([])
    listed = manifest_blobs
    if listed is None:
        listed = [{"sha256": name, "size": len(data)} for name, data in blobs]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", json.dumps(signed_manifest(ops, listed)))
        z.writestr("ops.jsonl", ops)
        for name, data in blobs:
            z.writestr(f"blobs/{name}", data)
    return path


def tree(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def refused(db: Path, bundle: Path, capsys) -> str:
    assert scorecard(["import", str(bundle), "--db", str(db)]) == 2
    err = capsys.readouterr().err.strip()
    assert "Traceback" not in err and len(err.splitlines()) == 1, err
    return err


def enrol_knowing_other_laptop(store) -> None:
    """This laptop enrolled in ORG with a key of its own, and trusting OTHER's public key."""
    store.set_setting(K_DEVICE, str(uuid.uuid4()))
    store.set_setting(K_ORG, ORG)
    store.set_setting(K_KEY, new_private_key())
    keys.remember(
        store,
        [
            {
                "signer": OTHER,
                "kind": "device",
                "label": "Other laptop",
                "public_key": public_key_of(OTHER_KEY),
                "revoked_at": None,
            }
        ],
    )


@pytest.fixture
def laptop(tmp_path):
    """A laptop database inside tmp/data/deep, so `../../x` from its temp folder is observable."""
    folder = tmp_path / "data" / "deep"
    folder.mkdir(parents=True)
    db = folder / "laptop.sqlite3"
    for _ in range(2):  # the second opening makes the day's backup: not the bundle's doing
        assert scorecard(["list", "--db", str(db)]) == 0
    with Store.open(db, backups=False) as store:
        enrol_knowing_other_laptop(store)
    return db


def test_a_blob_named_dot_dot_writes_nothing_outside(laptop, tmp_path, capsys, monkeypatch):
    # Temporary folders live in tmp/work/t, so `../../x` from one of them is tmp/work/x.
    work = tmp_path / "work"
    (work / "t").mkdir(parents=True)
    monkeypatch.setenv("TMPDIR", str(work / "t"))
    monkeypatch.setattr(tempfile, "tempdir", None)
    bundle = hostile_bundle(tmp_path / "evil.scbundle", [("../../x", b"owned")])
    before = tree(tmp_path)
    refused(laptop, bundle, capsys)
    assert tree(tmp_path) == before, "the bundle wrote a file"
    assert not (work / "x").exists()


def test_an_absolute_blob_name_writes_nothing(laptop, tmp_path, capsys):
    target = tmp_path / "elsewhere" / "planted.txt"
    target.parent.mkdir()
    bundle = hostile_bundle(tmp_path / "abs.scbundle", [(str(target), b"owned")])
    before = tree(tmp_path)
    refused(laptop, bundle, capsys)
    assert not target.exists()
    assert tree(tmp_path) == before


def test_a_link_or_backslash_name_is_refused(laptop, tmp_path, capsys):
    sha = hashlib.sha256(b"/etc/passwd").hexdigest()
    bundle = tmp_path / "link.scbundle"
    hostile_bundle(bundle, [("..\\..\\x", b"owned")])
    before = tree(tmp_path)
    refused(laptop, bundle, capsys)
    # A member stored as a symbolic link (unix mode in the zip) under a well-formed name.
    link = tmp_path / "symlink.scbundle"
    hostile_bundle(link, [], manifest_blobs=[{"sha256": sha, "size": 11}])
    with zipfile.ZipFile(link, "a") as z:
        info = zipfile.ZipInfo(f"blobs/{sha}")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        z.writestr(info, "/etc/passwd")
    before = tree(tmp_path)
    refused(laptop, link, capsys)
    assert tree(tmp_path) == before


def test_an_oversize_member_is_refused_before_it_is_read(laptop, tmp_path, capsys):
    # The manifest says 5 bytes; the member holds 20 MB. Refused by its size, nothing written.
    data = b"\0" * (20 * 1024 * 1024)
    sha = hashlib.sha256(data).hexdigest()
    bundle = hostile_bundle(
        tmp_path / "big.scbundle", [(sha, data)], manifest_blobs=[{"sha256": sha, "size": 5}]
    )
    before = tree(tmp_path)
    refused(laptop, bundle, capsys)
    assert tree(tmp_path) == before


def _zip_bomb(path: Path, declared: int) -> Path:
    """ops.jsonl of `declared` zero bytes, deflated (about 1000:1), without holding it in memory."""
    chunk = b"\0" * (1 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", json.dumps(signed_manifest(b"", [])))
        info = zipfile.ZipInfo("ops.jsonl")
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, "w", force_zip64=True) as dst:
            for _ in range(declared >> 20):
                dst.write(chunk)
    return path


def test_a_zip_bomb_is_refused_from_its_declared_sizes(laptop, tmp_path, capsys):
    bundle = _zip_bomb(tmp_path / "bomb.scbundle", 300 * 1024 * 1024)  # > 256 MiB of changes
    assert bundle.stat().st_size < 5 * 1024 * 1024
    before = tree(tmp_path)
    err = refused(laptop, bundle, capsys)
    assert "Nothing was changed" in err
    assert tree(tmp_path) == before


def facility_op(name: str = "Forged clinic") -> dict:
    op = {
        "op_id": str(uuid.uuid4()),
        "entity": "facility",
        "record_id": str(uuid.uuid4()),
        "op": "insert",
        "fields": {"name": name, "sector": "health", "code": "F"},
        "base": {},
        "base_version": 0,
        "cycle_id": None,
        "created_at": "2026-11-29T00:00:00Z",
    }
    op["payload_hash"] = payload_hash(op)
    return op


def write_zip(path: Path, manifest: dict, ops: bytes) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", json.dumps(manifest))
        z.writestr("ops.jsonl", ops)
    return path


def facilities(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [r[0] for r in conn.execute("SELECT name FROM facility ORDER BY name")]


def test_a_bundle_signed_by_a_known_laptop_is_applied(laptop, tmp_path, capsys):
    """The control for every refusal below: the same path accepts a genuine bundle."""
    ops = _ops_bytes([facility_op("Riverside Health Centre")])
    bundle = write_zip(tmp_path / "good.scbundle", signed_manifest(ops, []), ops)
    assert scorecard(["import", str(bundle), "--db", str(laptop)]) == 0
    assert "1 changes applied" in capsys.readouterr().out
    assert facilities(laptop) == ["Riverside Health Centre"]


def _forged_v1(ops: bytes) -> dict:
    return {
        "format": "scorecard-bundle",
        "version": 1,
        "device_id": "nobody",
        "created_at": "2026-11-29T00:00:00Z",
        "op_count": 1,
        "ops_sha256": hashlib.sha256(ops).hexdigest(),
        "blobs": [],
        "signature": "x",
    }


def _forged_v2(ops: bytes) -> dict:
    return signed_manifest(ops, [], device_id="nobody") | {"signature": "x"}


def _bad_signature(ops: bytes) -> dict:
    return signed_manifest(ops, []) | {"signature": "x"}


def _signed_by_a_stranger(ops: bytes) -> dict:
    manifest = signed_manifest(ops, [])
    manifest["signature"] = sign(manifest, new_private_key())
    return manifest


def _from_another_organisation(ops: bytes) -> dict:
    return signed_manifest(ops, [], organisation_id=str(uuid.uuid4()))


def _claims_head_office(ops: bytes) -> dict:
    return signed_manifest(ops, [], device_id="headoffice")


@pytest.mark.parametrize(
    ("forge", "words"),
    [
        (_forged_v1, "older Scorecard"),
        (_forged_v2, "does not know"),
        (_bad_signature, "signature does not match"),
        (_signed_by_a_stranger, "signature does not match"),
        (_from_another_organisation, "another organisation"),
        (_claims_head_office, "head office"),
    ],
    ids=lambda x: getattr(x, "__name__", "")[:20],
)
def test_a_forged_bundle_inserts_nothing(laptop, tmp_path, capsys, forge, words):
    """device_id "nobody", signature "x" (and its cousins): refused, no facility appears."""
    ops = _ops_bytes([facility_op()])
    bundle = write_zip(tmp_path / "forged.scbundle", forge(ops), ops)
    err = refused(laptop, bundle, capsys)
    assert words in err and "Nothing was changed" in err
    assert facilities(laptop) == []


def test_a_revoked_laptop_s_bundle_is_refused(laptop, tmp_path, capsys):
    with Store.open(laptop, backups=False) as store:
        rec = keys.signer(store, OTHER) | {"revoked_at": "2026-11-28T10:00:00Z"}
        keys.remember(store, [rec])
    ops = _ops_bytes([facility_op()])
    bundle = write_zip(tmp_path / "revoked.scbundle", signed_manifest(ops, []), ops)
    assert "access head office withdrew" in refused(laptop, bundle, capsys)
    assert facilities(laptop) == []


def test_a_flipped_byte_in_compressed_data_is_one_plain_line(laptop, tmp_path, capsys):
    ops = _ops_bytes([facility_op(f"Clinic {i}") for i in range(200)])
    good = write_zip(tmp_path / "good.scbundle", signed_manifest(ops, []), ops)
    data = bytearray(good.read_bytes())
    with zipfile.ZipFile(good) as z:
        info = z.getinfo("ops.jsonl")
    # The middle of ops.jsonl's deflated data (after its 30-byte local header and its name).
    at = info.header_offset + 30 + len(info.filename) + info.compress_size // 2
    data[at] ^= 0xFF
    bad = tmp_path / "flipped.scbundle"
    bad.write_bytes(bytes(data))
    err = refused(laptop, bad, capsys)
    assert "damaged" in err or "changed after" in err, err
    assert facilities(laptop) == []


def test_a_signed_manifest_with_a_malformed_blob_list_is_refused_plainly(laptop, tmp_path, capsys):
    ops = _ops_bytes([facility_op()])
    for blobs in (["x"], [{"sha256": "x"}], [{"sha256": "a" * 64, "size": "big"}], "x"):
        bundle = write_zip(tmp_path / "blobs.scbundle", signed_manifest(ops, blobs), ops)
        assert "attached files" in refused(laptop, bundle, capsys) or blobs == "x"
    assert facilities(laptop) == []


def test_a_bundle_cannot_rewrite_a_score_in_a_finished_cycle(demo_store, tmp_path):
    """The same rule as a local edit: the finished cycle stays locked; the op is refused."""
    store = demo_store
    enrol_knowing_other_laptop(store)
    finished = next(c for c in store.list_cycles() if c.status == "complete")
    score = store.load_cycle(finished.id).scores[0]
    new_value = 1 if score.value != 1 else 2
    op = {
        "op_id": str(uuid.uuid4()),
        "entity": "score",
        "record_id": score.id,
        "op": "update",
        "fields": {"value": new_value},
        "base": {"value": score.value},
        "base_version": 1,
        "cycle_id": None,  # lying about its cycle does not help: the laptop looks it up
        "created_at": "2026-11-29T00:00:00Z",
    }
    op["payload_hash"] = payload_hash(op)
    ops = _ops_bytes([op])
    bundle = write_zip(tmp_path / "rewrite.scbundle", signed_manifest(ops, []), ops)
    from scorecard_app.sync_client.bundle import import_bundle

    counts = import_bundle(store, bundle)
    assert (counts["applied"], counts["refused"]) == (0, 1)
    assert store.load_cycle(finished.id).scores[0].value == score.value
    # The same edit made here would be refused too: same rule.
    from scorecard_app.core import entities as e
    from scorecard_app.store.repository import CycleLocked

    with pytest.raises(CycleLocked):
        store.update(e.Score, score.id, value=new_value)


def test_a_member_whose_header_understates_its_size_is_cut_off_and_refused(
    laptop, tmp_path, capsys
):
    """A bomb that lies in its headers: never more than the declared bytes are inflated."""
    import struct

    ops = _ops_bytes([facility_op(f"Clinic {i}") for i in range(5000)])  # about 1.3 MB
    bundle = write_zip(tmp_path / "liar.scbundle", signed_manifest(ops, []), ops)
    data = bytearray(bundle.read_bytes())
    with zipfile.ZipFile(bundle) as z:
        info = z.getinfo("ops.jsonl")
    # Patch "uncompressed size" to 1000 bytes in the local header and in every central entry
    # for ops.jsonl.
    struct.pack_into("<I", data, info.header_offset + 22, 1000)
    at = data.index(b"PK\x01\x02")
    while at != -1:
        name_len = struct.unpack_from("<H", data, at + 28)[0]
        if bytes(data[at + 46 : at + 46 + name_len]) == b"ops.jsonl":
            struct.pack_into("<I", data, at + 24, 1000)
        at = data.find(b"PK\x01\x02", at + 4)
    bundle.write_bytes(bytes(data))
    with zipfile.ZipFile(bundle) as z:
        assert z.getinfo("ops.jsonl").file_size == 1000  # the lie is what a reader sees
    err = refused(laptop, bundle, capsys)
    assert "damaged" in err or "changed after" in err
    assert facilities(laptop) == []


_GENUINE: dict[str, bytes] = {}


def _genuine_bundle(tmp: Path) -> bytes:
    """One real bundle with changes and an attached file, made once per test session."""
    if not _GENUINE:
        ops = _ops_bytes([facility_op(f"Clinic {i}") for i in range(40)])
        photo = bytes(range(256)) * 64
        sha = hashlib.sha256(photo).hexdigest()
        manifest = signed_manifest(ops, [{"sha256": sha, "size": len(photo)}])
        path = tmp / "genuine.scbundle"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("manifest.json", json.dumps(manifest))
            z.writestr("ops.jsonl", ops)
            z.writestr(f"blobs/{sha}", photo)
        _GENUINE["bytes"] = path.read_bytes()
    return _GENUINE["bytes"]


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    flips=st.lists(
        st.tuples(st.floats(0, 1, exclude_max=True), st.integers(1, 255)), min_size=1, max_size=4
    ),
    cut=st.one_of(st.none(), st.floats(0, 1)),
)
def test_damage_anywhere_is_refused_plainly_or_changes_nothing_it_should_not(tmp_path, flips, cut):
    """Bytes flipped or the file cut short anywhere: read_bundle either returns exactly the
    genuine content (the damage hit bytes a reader ignores) or raises BundleRefused, never
    another exception, and writes nothing outside its work folder."""
    data = bytearray(_genuine_bundle(tmp_path))
    for where, xor in flips:
        data[int(where * len(data))] ^= xor
    if cut is not None:
        data = data[: int(cut * len(data))]
    path = tmp_path / "damaged.scbundle"
    path.write_bytes(bytes(data))
    work = tmp_path / "work"
    work.mkdir(exist_ok=True)
    for leftover in work.iterdir():
        leftover.unlink()
    trust = {OTHER: public_key_of(OTHER_KEY)}
    try:
        bundle = read_bundle(path, lambda m: trust.get(m["device_id"], ""), work)
    except BundleRefused as e:
        assert e.reason in {"broken", "tampered", "untrusted", "version"} and e.detail
        assert list(work.iterdir()) == []  # a refused bundle leaves nothing behind
        return
    genuine = tmp_path / "genuine-check.scbundle"
    genuine.write_bytes(_genuine_bundle(tmp_path))
    expected = read_bundle(genuine, lambda m: trust[m["device_id"]])
    assert bundle.manifest == expected.manifest and bundle.lines == expected.lines
    assert {p.name for p in work.iterdir()} == {b["sha256"] for b in expected.manifest["blobs"]}
