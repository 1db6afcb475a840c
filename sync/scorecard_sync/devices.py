"""Enrolment codes, devices, tokens and revocation.

Tokens and enrolment codes are stored only as SHA-256 digests: a copy of the database does not
let anyone act as a laptop. Bundles are signed with each device's Ed25519 key (keys.py); the old
per-device HMAC `bundle_key` column is filled with random bytes and no longer used.
"""

from __future__ import annotations

import secrets
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from scorecard_app.wire import HEADOFFICE, new_private_key, public_key_of, sign

from . import keys
from . import tables as t
from .apply import Device
from .db import read, sha256_hex, utc_now
from .migrate import DEFAULT_ORGANISATION

CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: read aloud over a phone


class EnrolError(Exception):
    """A plain sentence for the person enrolling a laptop."""


class AuthError(Exception):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


def normalise_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def organisation_id(engine: Engine, name: str | None = None) -> str:
    with engine.connect() as conn:
        query = sa.select(t.organisations.c.id)
        query = query.where(t.organisations.c.name == (name or DEFAULT_ORGANISATION))
        found = conn.execute(query).scalar()
        if found is None and name is None:  # default renamed: take the oldest organisation
            found = conn.execute(
                sa.select(t.organisations.c.id).order_by(t.organisations.c.created_at)
            ).scalar()
    if found is None:
        raise LookupError(f"There is no organisation called “{name}”.")
    return found


def make_enrolment_code(
    engine: Engine, *, label: str = "", hours: float = 24, organisation: str | None = None
) -> tuple[str, str]:
    """A new one-time code (and its expiry time) for enrolling one laptop."""
    org = organisation_id(engine, organisation)
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(12))
    code = f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"
    expires = (datetime.now(UTC) + timedelta(hours=hours)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    with engine.begin() as conn:
        conn.execute(
            sa.insert(t.enrolment_codes).values(
                code_hash=sha256_hex(normalise_code(code).encode()),
                organisation_id=org,
                label=label,
                created_at=utc_now(),
                expires_at=expires,
            )
        )
    return code, expires


def enrol(
    engine: Engine, code: str, device_label: str, app_version: str, public_key: str | None = None
) -> dict[str, Any]:
    code_hash = sha256_hex(normalise_code(code).encode())
    now = utc_now()
    token = secrets.token_urlsafe(32)
    device_id = str(uuid.uuid4())
    bundle_key = secrets.token_hex(32)
    with engine.begin() as conn:
        row = conn.execute(
            sa.select(t.enrolment_codes)
            .where(t.enrolment_codes.c.code_hash == code_hash)
            .with_for_update()
        ).first()
        if row is None:
            raise EnrolError(
                "This enrolment code is not known. Check it, or ask head office for a new one."
            )
        if row.used_at is not None:
            raise EnrolError(
                "This enrolment code has already been used. Ask head office for a new one."
            )
        if row.expires_at < now:
            raise EnrolError("This enrolment code has expired. Ask head office for a new one.")
        conn.execute(
            sa.update(t.enrolment_codes)
            .where(t.enrolment_codes.c.code_hash == code_hash)
            .values(used_at=now, device_id=device_id)
        )
        conn.execute(
            sa.insert(t.devices).values(
                id=device_id,
                organisation_id=row.organisation_id,
                # head office's label (what `revoke LABEL` finds) before the laptop's host name
                label=(row.label or device_label)[:200],
                token_hash=sha256_hex(token.encode()),
                bundle_key=bundle_key,
                app_version=app_version[:50],
                enrolled_at=now,
            )
        )
        if public_key is not None:
            try:
                keys.register_device_key(
                    conn, row.organisation_id, device_id, device_label or row.label, public_key
                )
            except keys.KeyRefused as exc:
                raise EnrolError(str(exc)) from None
        org_name = conn.execute(
            sa.select(t.organisations.c.name).where(t.organisations.c.id == row.organisation_id)
        ).scalar()
        server_id = conn.execute(
            sa.select(t.meta.c.value).where(t.meta.c.key == "server_id")
        ).scalar()
        headoffice_key = keys.headoffice_public_key(conn, row.organisation_id)
        signing_keys = keys.key_records(conn, row.organisation_id)
    return {
        "device_id": device_id,
        "token": token,
        "server_id": server_id,
        "organisation_id": row.organisation_id,
        "organisation_name": org_name,
        "server_time": utc_now(),
        "headoffice_key": headoffice_key,
        # The organisation's keys now, so the laptop can check other laptops' bundles before
        # its first pull; later changes (new devices, revocations) come through the feed.
        "signing_keys": signing_keys,
    }


def enrolment_file(
    engine: Engine, label: str, organisation: str | None = None, server_url: str = ""
) -> dict[str, dict[str, Any]]:
    """Enrol a laptop that has never been online: a new device with its token and key pair, and
    everything it needs to sign and check bundles, as one signed document (signed by head office,
    so a damaged or edited file is noticed). Head office keeps only the public key and the
    token's digest: the file is a credential; hand it over once and delete it."""
    org = organisation_id(engine, organisation)
    token = secrets.token_urlsafe(32)
    device_id = str(uuid.uuid4())
    private_key = new_private_key()
    now = utc_now()
    with engine.begin() as conn:
        conn.execute(
            sa.insert(t.devices).values(
                id=device_id,
                organisation_id=org,
                label=label[:200],
                token_hash=sha256_hex(token.encode()),
                bundle_key=secrets.token_hex(32),
                app_version="",
                enrolled_at=now,
            )
        )
        keys.register_device_key(conn, org, device_id, label, public_key_of(private_key))
        headoffice_private = keys.headoffice_private_key(conn, org)
        org_name = conn.execute(
            sa.select(t.organisations.c.name).where(t.organisations.c.id == org)
        ).scalar()
        server_id = conn.execute(
            sa.select(t.meta.c.value).where(t.meta.c.key == "server_id")
        ).scalar()
        signing_keys = keys.key_records(conn, org)
    doc: dict[str, Any] = {
        "format": "scorecard-enrolment",
        "version": 1,
        "server_id": server_id,
        "server_url": server_url,
        "organisation_id": org,
        "organisation_name": org_name,
        "device_id": device_id,
        "label": label,
        "token": token,
        "signing_key": private_key,
        "headoffice_key": public_key_of(headoffice_private),
        "signing_keys": signing_keys,
        "created_at": now,
        "signer": HEADOFFICE,
    }
    doc["signature"] = sign(doc, headoffice_private)
    # The same enrolment small enough for a QR code: head office's key only; the laptop learns
    # the other devices' keys from head office's first bundle (or its first sync).
    short = doc | {"signing_keys": [k for k in signing_keys if k["signer"] == HEADOFFICE]}
    short["signature"] = sign(short, headoffice_private)
    return {"file": doc, "qr": short}


def authenticate(engine: Engine, token: str | None) -> Device:
    """The device holding this token; checked against the database on every request."""
    if not token:
        raise AuthError(
            "unauthorised", "This request needs the laptop's access token. Enrol the laptop first."
        )
    token_hash = sha256_hex(token.encode())
    with read(engine) as conn:  # every request: never behind the writer (SQLite)
        row = conn.execute(sa.select(t.devices).where(t.devices.c.token_hash == token_hash)).first()
    if row is None:
        raise AuthError(
            "unauthorised", "This laptop is not enrolled with this server. Enrol it again."
        )
    if row.revoked_at is not None:
        raise AuthError(
            "revoked", "Head office has withdrawn this laptop's access. Ask them to enrol it again."
        )
    return Device(id=row.id, organisation_id=row.organisation_id, label=row.label)


def list_devices(engine: Engine) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        rows = conn.execute(
            sa.select(
                t.devices.c.id,
                t.devices.c.label,
                t.organisations.c.name.label("organisation"),
                t.devices.c.app_version,
                t.devices.c.enrolled_at,
                t.devices.c.last_seen_at,
                t.devices.c.revoked_at,
            )
            .join(t.organisations, t.organisations.c.id == t.devices.c.organisation_id)
            .order_by(t.devices.c.enrolled_at)
        ).all()
    return [dict(r._mapping) for r in rows]


def find_device(engine: Engine, ref: str) -> dict[str, Any]:
    """A device by id, unique id prefix or exact label."""
    with engine.connect() as conn:
        rows = conn.execute(
            sa.select(t.devices).where(
                sa.or_(t.devices.c.id.startswith(ref, autoescape=True), t.devices.c.label == ref)
            )
        ).all()
    if not rows:
        raise LookupError(f"No device matches “{ref}”. See `scorecard-sync devices`.")
    if len(rows) > 1:
        raise LookupError(f"“{ref}” matches {len(rows)} devices; give more of the device id.")
    return dict(rows[0]._mapping)


def revoke(engine: Engine, ref: str) -> dict[str, Any]:
    device = find_device(engine, ref)
    with engine.begin() as conn:
        conn.execute(
            sa.update(t.devices)
            .where(t.devices.c.id == device["id"], t.devices.c.revoked_at.is_(None))
            .values(revoked_at=utc_now())
        )
        # Laptops learn it from their next pull (or head office's next bundle) and then refuse
        # this device's bundles.
        keys.revoke_device_key(conn, device["organisation_id"], device["id"])
    return device
