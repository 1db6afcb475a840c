"""Enrolment from a file on a USB stick, for a laptop that has never been online.

Head office's `scorecard-sync enrolment-file` writes it (sync/schema/v1/enrolment-file.json): the
device id and token, the device's signing key, head office's public key and the organisation's
device keys, signed by head office so a damaged or edited file is noticed. From then on the
laptop exports signed bundles and imports head office's; with the server address (in the file,
or later) it can also sync online with the same identity.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from scorecard_app.store import Store, keys, replica
from scorecard_app.wire import HEADOFFICE, is_public_key, public_key_of, verify

from .client import K_DEVICE, K_KEY, K_LABEL, K_ORG, K_SERVER, K_TOKEN, K_URL
from .errors import ALREADY_ENROLLED, BAD_ENROLMENT_FILE, SyncError

MAX_FILE_BYTES = 4 * 1024 * 1024
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_STRINGS = (
    "server_id",
    "server_url",
    "organisation_id",
    "organisation_name",
    "device_id",
    "label",
    "token",
    "signing_key",
    "headoffice_key",
    "created_at",
    "signature",
)


def _read(path: Path) -> dict[str, Any]:
    name = path.name

    def bad(detail: str) -> SyncError:
        return SyncError(BAD_ENROLMENT_FILE, name=name, detail=detail)

    if not path.is_file():
        raise bad("the file does not exist")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise bad("it is far too big")
    raw = path.read_bytes()
    if raw.startswith(b"\x89PNG"):
        raise bad("this is the QR code picture; use the .json file next to it")
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise bad("it is not an enrolment file from head office") from None
    if not isinstance(doc, dict) or doc.get("format") != "scorecard-enrolment":
        raise bad("it is not an enrolment file from head office")
    if doc.get("version") != 1:
        raise bad("it was made by a newer head office; update Scorecard")
    if not all(isinstance(doc.get(k), str) for k in _STRINGS):
        raise bad("it lacks entries")
    if not _UUID.match(doc["device_id"]) or not is_public_key(doc["headoffice_key"]):
        raise bad("it lacks entries")
    if doc.get("signer") != HEADOFFICE or not verify(doc, doc["headoffice_key"]):
        raise bad("it was changed or damaged after head office made it")
    try:
        public_key_of(doc["signing_key"])
    except (ValueError, TypeError):
        raise bad("its signing key is damaged") from None
    records = doc.get("signing_keys")
    if not isinstance(records, list) or not all(
        isinstance(r, dict)
        and isinstance(r.get("signer"), str)
        and is_public_key(r.get("public_key"))
        and r.get("kind") in ("device", "headoffice")
        for r in records
    ):
        raise bad("its list of keys is malformed")
    return doc


def enrol_from_file(store: Store, path: Path) -> dict[str, str]:
    """Enrol this laptop from head office's enrolment file. Nothing changes if it is refused."""
    doc = _read(Path(path))
    current = store.get_setting(K_DEVICE)
    if current:
        raise SyncError(ALREADY_ENROLLED, device=current)
    own = {
        "signer": doc["device_id"],
        "kind": "device",
        "label": doc["label"],
        "public_key": public_key_of(doc["signing_key"]),
        "revoked_at": None,
    }
    headoffice = {
        "signer": HEADOFFICE,
        "kind": "headoffice",
        "label": "Head office",
        "public_key": doc["headoffice_key"],
        "revoked_at": None,
    }
    records = [r for r in doc["signing_keys"] if r["signer"] not in (HEADOFFICE, own["signer"])]
    with store.transaction():
        if doc["server_url"].startswith(("http://", "https://")):
            store.set_setting(K_URL, doc["server_url"].rstrip("/"))
        store.set_setting(K_DEVICE, doc["device_id"])
        store.set_setting(K_TOKEN, doc["token"])
        store.set_setting(K_KEY, doc["signing_key"])
        store.set_setting(K_SERVER, doc["server_id"])
        store.set_setting(K_ORG, doc["organisation_id"])
        store.set_setting(K_LABEL, doc["label"])
        store.set_setting(replica.SINCE_KEY, "0")
        keys.remember(store, [headoffice, own, *records])
    return {
        "device_id": doc["device_id"],
        "organisation": doc["organisation_name"],
        "label": doc["label"],
        "server_url": doc["server_url"],
    }
