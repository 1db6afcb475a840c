"""USB bundles: the same ops as the network path, in a signed zip, for when there is no link.

manifest.json (signed with the enrolment's bundle key) + ops.jsonl + blobs/<sha256>.
Reading checks everything BEFORE anything is applied, so a broken or tampered bundle changes
nothing.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scorecard_app.core.ids import utc_now
from scorecard_app.store import Store, replica

from .client import K_DEVICE, K_KEY
from .errors import BUNDLE_BROKEN, BUNDLE_TAMPERED, NOT_ENROLLED, NOTHING_TO_EXPORT, BundleError
from .wire import payload_hash, sign, signature_ok, wire_op

FORMAT, VERSION = "scorecard-bundle", 1
MAX_MEMBER_BYTES = 512 * 1024 * 1024
_OP_KEYS = {
    "op_id",
    "entity",
    "record_id",
    "op",
    "fields",
    "base",
    "base_version",
    "cycle_id",
    "created_at",
    "payload_hash",
}


@dataclass
class Bundle:
    manifest: dict[str, Any]
    ops: list[dict[str, Any]]
    blobs: dict[str, Path]  # extracted into a temporary folder


def export_bundle(store: Store, target: Path, cycle_ids: list[str] | None) -> dict[str, Any]:
    """Write a bundle of these cycles (all when None); returns its manifest."""
    key, device = store.get_setting(K_KEY), store.get_setting(K_DEVICE)
    if not key or not device:
        raise BundleError(NOT_ENROLLED)
    ops = [wire_op(o) for o in replica.ops_for_export(store, cycle_ids)]
    if not ops:
        raise BundleError(NOTHING_TO_EXPORT)
    ops_bytes = b"".join(
        json.dumps(o, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode() + b"\n"
        for o in ops
    )
    blobs = sorted(
        {
            (o["fields"]["sha256"], o["fields"]["size"])
            for o in ops
            if o["entity"] == "attachment" and o["op"] == "insert"
        }
    )
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "device_id": device,
        "created_at": utc_now(),
        "op_count": len(ops),
        "ops_sha256": hashlib.sha256(ops_bytes).hexdigest(),
        "blobs": [{"sha256": s, "size": int(n)} for s, n in blobs],
    }
    manifest["signature"] = sign(manifest, key)
    target = Path(target)
    tmp = target.with_name(target.name + ".part")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
        z.writestr("ops.jsonl", ops_bytes)
        for s, _n in blobs:
            z.write(replica.blob_path(store, s), f"blobs/{s}")
    tmp.replace(target)  # never a half-written bundle under the real name
    return manifest


def read_bundle(path: Path, key: str | None, workdir: Path) -> Bundle:
    """Open and check a bundle completely. Raises BundleError with a plain sentence."""
    path = Path(path)
    name = path.name

    def broken(detail: str) -> BundleError:
        return BundleError(BUNDLE_BROKEN, name=name, detail=detail)

    if not path.is_file():
        raise broken("the file does not exist")
    try:
        z = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise broken("it is not a zip file or it is damaged") from None
    with z:
        names = set(z.namelist())
        if not {"manifest.json", "ops.jsonl"} <= names:
            raise broken("manifest.json or ops.jsonl is missing")
        if any(i.file_size > MAX_MEMBER_BYTES for i in z.infolist()):
            raise broken("it holds a file that is far too big")
        try:
            manifest = json.loads(z.read("manifest.json"))
            ops_bytes = z.read("ops.jsonl")
        except (ValueError, zipfile.BadZipFile, OSError):
            raise broken("its contents cannot be read") from None
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise broken("it is not a Scorecard bundle")
        if manifest.get("version") != VERSION:
            raise broken(f"version {manifest.get('version')} is not supported by this Scorecard")
        if key is not None and not signature_ok(manifest, key):
            raise BundleError(BUNDLE_TAMPERED, name=name)
        if hashlib.sha256(ops_bytes).hexdigest() != manifest.get("ops_sha256"):
            raise BundleError(BUNDLE_TAMPERED, name=name)
        try:
            ops = [json.loads(line) for line in ops_bytes.decode().splitlines() if line.strip()]
        except (ValueError, UnicodeDecodeError):
            raise broken("its list of changes cannot be read") from None
        if len(ops) != manifest.get("op_count"):
            raise broken("it holds a different number of changes than it says")
        for op in ops:
            if not isinstance(op, dict) or set(op) != _OP_KEYS:
                raise broken("a change in it has the wrong shape")
            if payload_hash(op) != op["payload_hash"]:
                raise BundleError(BUNDLE_TAMPERED, name=name)
        blobs: dict[str, Path] = {}
        for b in manifest.get("blobs") or []:
            sha, size = str(b.get("sha256")), b.get("size")
            member = f"blobs/{sha}"
            if member not in names:
                raise broken(f"the attached file {sha[:12]}… is missing")
            out = workdir / sha
            h = hashlib.sha256()
            with z.open(member) as src, open(out, "wb") as dst:
                while chunk := src.read(1 << 20):
                    h.update(chunk)
                    dst.write(chunk)
            if h.hexdigest() != sha or out.stat().st_size != size:
                raise BundleError(BUNDLE_TAMPERED, name=name)
            blobs[sha] = out
    return Bundle(manifest, ops, blobs)


def import_bundle(store: Store, path: Path) -> dict[str, Any]:
    """Apply a bundle (from this or another laptop of the organisation) to this database.

    All or nothing; the same bundle twice changes nothing the second time."""
    with tempfile.TemporaryDirectory(prefix="scbundle-") as tmp:
        key = _key_for(store, Path(path))
        bundle = read_bundle(Path(path), key, Path(tmp))
        try:
            counts = replica.apply_bundle_ops(
                store, bundle.ops, bundle.blobs, source=str(bundle.manifest.get("device_id"))
            )
        except replica.BadOp as e:
            raise BundleError(BUNDLE_BROKEN, name=Path(path).name, detail=str(e)) from None
        except Exception as e:  # a constraint the bundle's ops break: nothing was changed
            raise BundleError(
                BUNDLE_BROKEN, name=Path(path).name, detail=f"it cannot be applied here: {e}"
            ) from None
    return counts | {"signed": key is not None, "device_id": bundle.manifest.get("device_id")}


def _key_for(store: Store, path: Path) -> str | None:
    """The bundle key is per device: this laptop can check the signature of its own bundles.
    Another laptop's bundle is checked by its hashes (content and every change) only."""
    try:
        with zipfile.ZipFile(path) as z:
            device = json.loads(z.read("manifest.json")).get("device_id")
    except Exception:  # read_bundle says what is wrong with the file
        return store.get_setting(K_KEY)
    return store.get_setting(K_KEY) if device == store.get_setting(K_DEVICE) else None
