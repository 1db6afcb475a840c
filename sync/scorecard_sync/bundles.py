"""USB bundles at head office: verify everything first, then apply the ops exactly like a push;
and head office's own bundles (the pull feed for one laptop, signed by head office).

Reading, limits and signatures are scorecard_app.wire's (the laptop uses the same code). Nothing
is written unless the whole bundle checks out, and the ops are idempotent, so importing the same
bundle twice changes nothing the second time."""

from __future__ import annotations

import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from pydantic import ValidationError
from sqlalchemy.engine import Engine

from scorecard_app.wire import HEADOFFICE, BundleRefused, read_bundle, write_bundle

from . import tables as t
from .apply import Device, apply_ops
from .blobs import BlobStore
from .db import utc_now, write
from .feed import device_changes
from .keys import device_public_key, headoffice_private_key


class BundleError(Exception):
    """A plain sentence saying why the bundle was refused (nothing was changed)."""


def _refusal(path: Path, e: BundleRefused) -> BundleError:
    return BundleError(f"{path.name} is not a usable Scorecard bundle: {e.detail}.")


def verify(
    engine: Engine, path: Path, workdir: Path
) -> tuple[Device, list[dict[str, Any]], dict[str, Path]]:
    from .api import Op  # the same op shape a push accepts

    found: dict[str, Any] = {}

    def trust(manifest: dict[str, Any]) -> str:
        if manifest["kind"] != "ops" or manifest["device_id"] == HEADOFFICE:
            raise BundleRefused("untrusted", "it is not a laptop's bundle")
        with engine.connect() as conn:
            row = conn.execute(
                sa.select(t.devices).where(t.devices.c.id == manifest["device_id"][:36])
            ).first()
        if row is None or row.id != manifest["device_id"]:
            raise BundleRefused("untrusted", "it comes from a laptop this server never enrolled")
        if row.revoked_at is not None:
            raise BundleRefused(
                "untrusted", f"it comes from “{row.label}”, whose access was withdrawn"
            )
        key = device_public_key(engine, row.organisation_id, row.id)
        if key is None:
            raise BundleRefused(
                "untrusted",
                f"“{row.label}” has no signing key yet (it registers one on its next online "
                "sync, or enrol it again with an enrolment file)",
            )
        found["device"] = row
        return key["public_key"]

    try:
        bundle = read_bundle(path, trust, workdir)
    except BundleRefused as e:
        raise _refusal(path, e) from None
    row = found["device"]
    ops: list[dict[str, Any]] = []
    for n, op in enumerate(bundle.lines, start=1):
        try:
            ops.append(Op.model_validate(op).model_dump())
        except ValidationError:
            raise BundleError(
                f"{path.name} is not a usable Scorecard bundle: change {n} in it is not valid."
            ) from None
    device = Device(id=row.id, organisation_id=row.organisation_id, label=row.label)
    return device, ops, bundle.blobs


def import_bundle(engine: Engine, blob_store: BlobStore, path: Path) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="scbundle-") as tmp:
        device, ops, blobs = verify(engine, Path(path), Path(tmp))
        for sha, file in blobs.items():
            blob_store.put_whole(device.organisation_id, device.id, sha, file.read_bytes())
    results = apply_ops(engine, device, ops, via="bundle")
    counts = Counter(r["status"] for r in results)
    return {
        "device_id": device.id,
        "device": device.label,
        "ops": len(ops),
        "blobs": len(blobs),
        "results": dict(counts),
    }


def export_bundle(engine: Engine, device_ref: str, target: Path, since: int = 0) -> dict[str, Any]:
    """Head office → one laptop: the pull feed's changes for it after `since`, signed by head
    office (device keys and revocations included, so the laptop can check other laptops'
    bundles offline)."""
    from .devices import find_device

    device = find_device(engine, device_ref)
    if device["revoked_at"] is not None:
        raise BundleError(f"“{device['label']}” was revoked; head office sends it nothing.")
    org = device["organisation_id"]
    with write(engine) as conn:
        private_key = headoffice_private_key(conn, org)
    changes = device_changes(engine, org, device["id"], since)
    header = {
        "kind": "changes",
        "device_id": HEADOFFICE,
        "organisation_id": org,
        "recipient": device["id"],
        "created_at": utc_now(),
        "since": since,
        "next_since": changes[-1]["seq"] if changes else since,
    }
    try:
        manifest = write_bundle(Path(target), header, changes, {}, private_key)
    except BundleRefused as e:
        raise BundleError(f"The bundle cannot be written: {e.detail}.") from None
    return manifest | {"device": device["label"]}
