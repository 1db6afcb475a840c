"""USB bundles: verify everything first, then apply the ops exactly like a push.

Nothing is written unless the whole bundle checks out, and the ops are idempotent, so importing
the same bundle twice changes nothing the second time."""

from __future__ import annotations

import hashlib
import hmac
import json
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from pydantic import ValidationError
from sqlalchemy.engine import Engine

from . import tables as t
from .apply import Device, apply_ops
from .blobs import SHA_RE, BlobStore
from .db import canonical_json

MAX_UNPACKED = 4 * 1024 * 1024 * 1024  # refuse zip bombs before reading anything


class BundleError(Exception):
    """A plain sentence saying why the bundle was refused (nothing was changed)."""


def sign(manifest: dict[str, Any], bundle_key: str) -> str:
    unsigned = {k: v for k, v in manifest.items() if k != "signature"}
    return hmac.new(
        bundle_key.encode("ascii"), canonical_json(unsigned).encode("utf-8"), hashlib.sha256
    ).hexdigest()


def _read(zf: zipfile.ZipFile, name: str) -> bytes:
    try:
        return zf.read(name)
    except KeyError:
        raise BundleError(f"The bundle is incomplete: {name} is missing.") from None
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise BundleError(f"The bundle is damaged ({name} cannot be read: {exc}).") from None


def verify(engine: Engine, path: Path) -> tuple[Device, list[dict[str, Any]], dict[str, bytes]]:
    from .api import Op  # the same op shape a push accepts

    try:
        zf = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise BundleError(f"There is no file {path}.") from None
    except (zipfile.BadZipFile, OSError) as exc:
        raise BundleError(
            f"This file is not a Scorecard bundle (not a readable zip: {exc})."
        ) from None
    with zf:
        if sum(i.file_size for i in zf.infolist()) > MAX_UNPACKED:
            raise BundleError(
                "This bundle unpacks to more than 4 GB; it cannot be a Scorecard bundle."
            )
        try:
            manifest = json.loads(_read(zf, "manifest.json"))
        except (ValueError, UnicodeDecodeError):
            raise BundleError("The bundle's manifest.json is not valid JSON.") from None
        if not isinstance(manifest, dict) or manifest.get("format") != "scorecard-bundle":
            raise BundleError("This file is not a Scorecard bundle (its manifest says otherwise).")
        if manifest.get("version") != 1:
            raise BundleError(
                f"This bundle has format version {manifest.get('version')}; this server reads version 1. Update the server."
            )
        missing = {"device_id", "op_count", "ops_sha256", "blobs", "signature"} - set(manifest)
        if missing:
            raise BundleError(f"The bundle's manifest lacks {', '.join(sorted(missing))}.")
        with engine.connect() as conn:
            row = conn.execute(
                sa.select(t.devices).where(t.devices.c.id == str(manifest["device_id"]))
            ).first()
        if row is None:
            raise BundleError("This bundle comes from a laptop this server has never enrolled.")
        if row.revoked_at is not None:
            raise BundleError(
                f"This bundle comes from “{row.label}”, whose access was withdrawn; it was not imported."
            )
        if not hmac.compare_digest(sign(manifest, row.bundle_key), str(manifest["signature"])):
            raise BundleError(
                "The bundle's signature does not match: it was changed after the laptop made it, or made by another laptop."
            )
        ops_bytes = _read(zf, "ops.jsonl")
        if hashlib.sha256(ops_bytes).hexdigest() != manifest["ops_sha256"]:
            raise BundleError("The bundle's list of changes (ops.jsonl) was altered or damaged.")
        ops: list[dict[str, Any]] = []
        for n, line in enumerate(ops_bytes.decode("utf-8", "replace").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                ops.append(Op.model_validate_json(line).model_dump())
            except ValidationError:
                raise BundleError(
                    f"Line {n} of the bundle's ops.jsonl is not a valid change."
                ) from None
        if len(ops) != manifest["op_count"]:
            raise BundleError(
                f"The bundle should hold {manifest['op_count']} changes but holds {len(ops)}."
            )
        blobs: dict[str, bytes] = {}
        for item in manifest["blobs"]:
            sha = str(item.get("sha256", ""))
            if not SHA_RE.match(sha):
                raise BundleError(
                    "The bundle's manifest names an attachment with a malformed hash."
                )
            data = _read(zf, f"blobs/{sha}")
            if len(data) != item.get("size") or hashlib.sha256(data).hexdigest() != sha:
                raise BundleError(
                    f"Attachment {sha[:12]}… in the bundle is damaged (size or hash differs)."
                )
            blobs[sha] = data
    return Device(id=row.id, organisation_id=row.organisation_id, label=row.label), ops, blobs


def import_bundle(engine: Engine, blob_store: BlobStore, path: Path) -> dict[str, Any]:
    device, ops, blobs = verify(engine, Path(path))
    for sha, data in blobs.items():
        blob_store.put_whole(device.organisation_id, device.id, sha, data)
    results = apply_ops(engine, device, ops, via="bundle")
    counts = Counter(r["status"] for r in results)
    return {
        "device_id": device.id,
        "device": device.label,
        "ops": len(ops),
        "blobs": len(blobs),
        "results": dict(counts),
    }
