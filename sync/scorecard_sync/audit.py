"""The audit log: who at head office did what to devices, codes, conflicts, publishing, users and
bands. Written in the same transaction as the change it records, so neither exists without the
other."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from . import tables as t
from .db import canonical_json, utc_now


def record(
    conn: Connection,
    organisation_id: str,
    user_email: str,
    action: str,
    target: str = "",
    **detail: Any,
) -> None:
    conn.execute(
        sa.insert(t.dash_audit).values(
            organisation_id=organisation_id,
            user_email=user_email[:254],
            action=action[:64],
            target=str(target)[:200],
            detail=canonical_json(detail),
            at=utc_now(),
        )
    )


def entries(engine: Engine, organisation_id: str, limit: int = 200) -> list[dict[str, Any]]:
    a = t.dash_audit
    with engine.connect() as conn:
        rows = conn.execute(
            sa.select(a)
            .where(a.c.organisation_id == organisation_id)
            .order_by(a.c.id.desc())
            .limit(limit)
        ).all()
    return [dict(r._mapping) for r in rows]
