"""USB bundles on the laptop: the same ops as the network path, in a signed zip, for when there
is no link; and head office's changes for this laptop, signed by head office.

The format, its limits and its checks are scorecard_app.wire's (head office reads bundles with
the same code). This module decides whom to trust: this laptop's own key, the organisation's
device keys and head office's key as pulled (store.keys), never a revoked one. A refused bundle
writes nothing: it is checked completely before its files are unpacked into a temporary folder,
and its ops are applied in one transaction with its files.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from scorecard_app.core.ids import utc_now
from scorecard_app.store import Store, keys, replica
from scorecard_app.wire import HEADOFFICE, BundleRefused, public_key_of, read_bundle, write_bundle

from .client import K_DEVICE, K_KEY, K_ORG
from .errors import (
    BUNDLE_BROKEN,
    BUNDLE_TAMPERED,
    BUNDLE_UNTRUSTED,
    NO_SIGNING_KEY,
    NOT_ENROLLED,
    NOTHING_TO_EXPORT,
    BundleError,
)
from .wire import wire_op


def can_export(store: Store) -> str | None:
    """None when this laptop can sign a bundle, else the (translatable) reason it cannot."""
    if not store.get_setting(K_DEVICE):
        return NOT_ENROLLED
    if not store.get_setting(K_KEY):
        return NO_SIGNING_KEY
    return None


def export_bundle(store: Store, target: Path, cycle_ids: list[str] | None) -> dict[str, Any]:
    """Write a signed bundle of these cycles (all when None); returns its manifest."""
    why_not = can_export(store)
    if why_not:
        raise BundleError(why_not)
    ops = [wire_op(o) for o in replica.ops_for_export(store, cycle_ids)]
    if not ops:
        raise BundleError(NOTHING_TO_EXPORT)
    blobs = {
        o["fields"]["sha256"]: replica.blob_path(store, o["fields"]["sha256"])
        for o in ops
        if o["entity"] == "attachment" and o["op"] == "insert"
    }
    header = {
        "kind": "ops",
        "device_id": store.get_setting(K_DEVICE),
        "organisation_id": store.get_setting(K_ORG) or "",
        "created_at": utc_now(),
    }
    try:
        return write_bundle(Path(target), header, ops, blobs, store.get_setting(K_KEY) or "")
    except BundleRefused as e:
        raise BundleError(BUNDLE_BROKEN, name=Path(target).name, detail=e.detail) from None


def _trust(store: Store):
    me, org = store.get_setting(K_DEVICE), store.get_setting(K_ORG)

    def untrusted(detail: str) -> BundleRefused:
        return BundleRefused("untrusted", detail)

    def trust(manifest: dict[str, Any]) -> str:
        signer, kind = manifest["device_id"], manifest["kind"]
        if not me:
            raise untrusted("this laptop is not enrolled, so it cannot tell who made the bundle")
        if org and manifest["organisation_id"] != org:
            raise untrusted("it comes from another organisation")
        if (kind == "changes") != (signer == HEADOFFICE):
            raise untrusted("it claims to come from head office but is not a head-office bundle")
        if kind == "changes" and manifest["recipient"] != me:
            raise untrusted("head office made it for another laptop")
        if signer == me and store.get_setting(K_KEY):
            return public_key_of(store.get_setting(K_KEY) or "")
        rec = keys.signer(store, signer)
        if rec is None:
            raise untrusted(
                "it is signed by a laptop this one does not know; sync with head office (or "
                "import head office's latest bundle) first"
            )
        if rec.get("revoked_at"):
            raise untrusted("it comes from a laptop whose access head office withdrew")
        return str(rec.get("public_key") or "")

    return trust


def _error(e: BundleRefused, name: str) -> BundleError:
    if e.reason == "tampered":
        return BundleError(BUNDLE_TAMPERED, name=name)
    if e.reason == "untrusted":
        return BundleError(BUNDLE_UNTRUSTED, name=name, detail=e.detail)
    return BundleError(BUNDLE_BROKEN, name=name, detail=e.detail)


def import_bundle(store: Store, path: Path) -> dict[str, Any]:
    """Apply a bundle from a laptop of this organisation, or head office's changes for this one.

    All or nothing; the same bundle twice changes nothing the second time."""
    path = Path(path)
    with tempfile.TemporaryDirectory(prefix="scbundle-") as tmp:
        try:
            bundle = read_bundle(path, _trust(store), Path(tmp))
        except BundleRefused as e:
            raise _error(e, path.name) from None
        signer = bundle.manifest["device_id"]
        try:
            with store.transaction():
                if bundle.manifest["kind"] == "changes":
                    counts = _apply_changes(store, bundle.manifest, bundle.lines, path.name)
                else:
                    counts = replica.apply_bundle_ops(store, bundle.lines, {}, source=signer)
                for sha, file in bundle.blobs.items():  # in the same transaction as the ops
                    replica.keep_blob(store, file, sha)
        except BundleError:
            raise
        except replica.BadOp as e:
            raise BundleError(BUNDLE_BROKEN, name=path.name, detail=e.message) from None
        except Exception as e:  # a constraint the bundle's ops break: nothing was changed
            raise BundleError(
                BUNDLE_BROKEN, name=path.name, detail=f"it cannot be applied here: {e}"
            ) from None
    return counts | {"signed": True, "device_id": signer, "kind": bundle.manifest["kind"]}


def _apply_changes(
    store: Store, manifest: dict[str, Any], changes: list[dict[str, Any]], name: str
) -> dict[str, int]:
    """Head office's pull feed on a stick: applied exactly like a pull, without a gap."""
    position = replica.pull_position(store)
    if manifest["since"] > position:
        raise BundleError(
            BUNDLE_BROKEN,
            name=name,
            detail=f"it starts after change {manifest['since']} but this laptop has changes "
            f"only up to {position}; ask head office for a bundle from change {position}",
        )
    new = [c for c in changes if c["seq"] > position]
    replica.apply_pulled(store, new, max(position, manifest["next_since"]))
    return {"applied": len(new), "skipped": len(changes) - len(new), "refused": 0}
