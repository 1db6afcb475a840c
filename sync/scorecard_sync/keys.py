"""Bundle signing keys at head office: devices' public keys, head office's own key pair, and
their publication to laptops (pull entity `signing_key`, org-wide) so any laptop can check any
other laptop's bundle offline, and stops trusting a revoked one.

A device's private key never reaches the server (the laptop makes its pair and sends the public
key at enrolment, or with its first sync after an upgrade). The one exception is an offline
enrolment file, whose key pair head office makes, hands over in the file and does not keep.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from scorecard_app.wire import HEADOFFICE, is_public_key, new_private_key, public_key_of

from . import tables as t
from .db import utc_now
from .feed import publish

ENTITY = "signing_key"


class KeyRefused(Exception):
    """A plain sentence: the key cannot be registered."""


def _record(row: Any) -> dict[str, Any]:
    """What laptops receive (pull feed, enrolment file): never a private key."""
    return {
        "signer": row.signer,
        "kind": row.kind,
        "label": row.label,
        "public_key": row.public_key,
        "revoked_at": row.revoked_at,
    }


def _where(org: str, signer: str) -> tuple[Any, ...]:
    return (t.signing_keys.c.organisation_id == org, t.signing_keys.c.signer == signer)


def _publish(conn: Connection, org: str, signer: str) -> None:
    row = conn.execute(sa.select(t.signing_keys).where(*_where(org, signer))).first()
    publish(conn, org, ENTITY, signer, _record(row))


def register_device_key(
    conn: Connection, org: str, device_id: str, label: str, public_key: str
) -> bool:
    """Register a device's public key (once). True when registered now; False when this very key
    was already registered. A different key for a device that has one is refused: a stolen token
    must not be enough to sign bundles in that laptop's name."""
    if not is_public_key(public_key):
        raise KeyRefused("The public key must be 64 lowercase hexadecimal characters.")
    row = conn.execute(sa.select(t.signing_keys).where(*_where(org, device_id))).first()
    if row is not None:
        if row.public_key == public_key:
            return False
        raise KeyRefused("This laptop already has a signing key at head office.")
    conn.execute(
        sa.insert(t.signing_keys).values(
            organisation_id=org,
            signer=device_id,
            kind="device",
            label=label[:200],
            public_key=public_key,
            created_at=utc_now(),
        )
    )
    _publish(conn, org, device_id)
    return True


def headoffice_private_key(conn: Connection, org: str) -> str:
    """Head office's private key for this organisation, made (and published) on first use."""
    row = conn.execute(sa.select(t.signing_keys).where(*_where(org, HEADOFFICE))).first()
    if row is not None:
        return row.private_key
    private_key = new_private_key()
    conn.execute(
        sa.insert(t.signing_keys).values(
            organisation_id=org,
            signer=HEADOFFICE,
            kind="headoffice",
            label="Head office",
            public_key=public_key_of(private_key),
            private_key=private_key,
            created_at=utc_now(),
        )
    )
    _publish(conn, org, HEADOFFICE)
    return private_key


def headoffice_public_key(conn: Connection, org: str) -> str:
    return public_key_of(headoffice_private_key(conn, org))


def revoke_device_key(conn: Connection, org: str, device_id: str) -> None:
    """From the next pull (or head-office bundle) on, laptops refuse this device's bundles."""
    result = conn.execute(
        sa.update(t.signing_keys)
        .where(*_where(org, device_id), t.signing_keys.c.revoked_at.is_(None))
        .values(revoked_at=utc_now())
    )
    if result.rowcount:
        _publish(conn, org, device_id)


def device_public_key(engine: Engine, org: str, device_id: str) -> dict[str, Any] | None:
    with engine.connect() as conn:
        row = conn.execute(sa.select(t.signing_keys).where(*_where(org, device_id))).first()
    return _record(row) if row is not None else None


def key_records(conn: Connection, org: str) -> list[dict[str, Any]]:
    rows = conn.execute(
        sa.select(t.signing_keys)
        .where(t.signing_keys.c.organisation_id == org)
        .order_by(t.signing_keys.c.signer)
    ).all()
    return [_record(r) for r in rows]
