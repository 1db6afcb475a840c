"""Head-office people: accounts, Argon2 password hashes, sessions and login throttling.

Passwords are stored only as Argon2id hashes (argon2-cffi); session cookies and CSRF tokens are
random, and only a session token's SHA-256 is stored, so a copy of the database lets nobody log
in. Failed logins are counted per e-mail address and per client: after too many in a window the
next attempts are refused without even checking the password.
"""

from __future__ import annotations

import re
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.engine import Engine

from . import audit
from . import tables as t
from .db import sha256_hex, utc_now, write
from .derived import location_path

ROLES = ("admin", "analyst", "viewer")
MIN_PASSWORD = 10
SESSION_HOURS = 12
THROTTLE_WINDOW = timedelta(minutes=15)
MAX_FAILURES_PER_EMAIL = 5
MAX_FAILURES_PER_CLIENT = 30
EMAIL_RE = re.compile(r"^[^@\s]{1,64}@[^@\s]{1,190}$")

_hasher = PasswordHasher()  # Argon2id with the library's current recommended parameters


@cache
def _dummy_hash() -> str:
    """Checked against for unknown addresses (same work as a real check); made on first use,
    not at import, so the server starts without spending an Argon2 hash."""
    return _hasher.hash("not a password of anyone")


class UserError(ValueError):
    """A plain sentence for the person at the terminal or the form."""


class Throttled(Exception):
    pass


@dataclass(frozen=True)
class User:
    id: str
    organisation_id: str
    organisation: str
    email: str
    role: str
    location: str  # "" = the whole organisation; else a location path prefix
    language: str

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def can_edit_bands(self) -> bool:
        return self.role in ("admin", "analyst")


def _time(delta: timedelta = timedelta(0)) -> str:
    return (datetime.now(UTC) + delta).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def normalise_email(email: str) -> str:
    return email.strip().lower()


def check_password_rule(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise UserError(f"The password needs at least {MIN_PASSWORD} characters.")


def add_user(
    engine: Engine,
    email: str,
    password: str,
    role: str,
    organisation_id: str,
    location: str = "",
    language: str = "en",
    by: str = "terminal",
) -> str:
    email = normalise_email(email)
    if not EMAIL_RE.match(email):
        raise UserError(f"“{email}” is not an e-mail address.")
    if role not in ROLES:
        raise UserError(f"The role must be one of: {', '.join(ROLES)}.")
    check_password_rule(password)
    user_id = str(uuid.uuid4())
    with write(engine) as conn:
        if conn.execute(sa.select(t.dash_users.c.id).where(t.dash_users.c.email == email)).first():
            raise UserError(f"There is already a user {email}.")
        conn.execute(
            sa.insert(t.dash_users).values(
                id=user_id,
                organisation_id=organisation_id,
                email=email,
                password_hash=_hasher.hash(password),
                role=role,
                location=location_path(location),
                language=language,
                created_at=utc_now(),
            )
        )
        audit.record(
            conn,
            organisation_id,
            by,
            "user_add",
            email,
            role=role,
            location=location_path(location),
        )
    return user_id


def _user(row: Any) -> User:
    return User(
        id=row.id,
        organisation_id=row.organisation_id,
        organisation=row.organisation,
        email=row.email,
        role=row.role,
        location=row.location,
        language=row.language,
    )


_USER_SELECT = sa.select(t.dash_users, t.organisations.c.name.label("organisation")).join(
    t.organisations, t.organisations.c.id == t.dash_users.c.organisation_id
)


def list_users(engine: Engine, organisation_id: str) -> list[User]:
    with engine.connect() as conn:
        rows = conn.execute(
            _USER_SELECT.where(
                t.dash_users.c.organisation_id == organisation_id,
                t.dash_users.c.disabled_at.is_(None),
            ).order_by(t.dash_users.c.email)
        ).all()
    return [_user(r) for r in rows]


def login(engine: Engine, email: str, password: str, client: str) -> User:
    """The user if the password is right; UserError if not; Throttled after too many tries."""
    email = normalise_email(email)[:254]
    client = client[:64]
    since = _time(-THROTTLE_WINDOW)
    f = t.dash_login_failures
    with engine.connect() as conn:
        by_email = conn.execute(
            sa.select(sa.func.count()).select_from(f).where(f.c.email == email, f.c.at > since)
        ).scalar()
        by_client = conn.execute(
            sa.select(sa.func.count()).select_from(f).where(f.c.client == client, f.c.at > since)
        ).scalar()
        row = conn.execute(
            _USER_SELECT.where(t.dash_users.c.email == email, t.dash_users.c.disabled_at.is_(None))
        ).first()
    if by_email >= MAX_FAILURES_PER_EMAIL or by_client >= MAX_FAILURES_PER_CLIENT:
        raise Throttled
    ok = False
    try:
        ok = (
            _hasher.verify(row.password_hash if row else _dummy_hash(), password)
            and row is not None
        )
    except (VerificationError, InvalidHashError):
        ok = False
    with write(engine) as conn:
        if not ok:
            conn.execute(sa.insert(f).values(email=email, client=client, at=utc_now()))
    if not ok:  # raised outside the transaction, so the failure is counted
        raise UserError("The e-mail address or the password is not right.")
    with write(engine) as conn:
        conn.execute(sa.delete(f).where(f.c.email == email))
        if _hasher.check_needs_rehash(row.password_hash):
            conn.execute(
                sa.update(t.dash_users)
                .where(t.dash_users.c.id == row.id)
                .values(password_hash=_hasher.hash(password))
            )
    return _user(row)


def change_password(engine: Engine, user: User, old: str, new: str) -> None:
    with engine.connect() as conn:
        stored = conn.execute(
            sa.select(t.dash_users.c.password_hash).where(t.dash_users.c.id == user.id)
        ).scalar()
    try:
        _hasher.verify(stored, old)
    except (VerificationError, InvalidHashError):
        raise UserError("The current password is not right.") from None
    check_password_rule(new)
    with write(engine) as conn:
        conn.execute(
            sa.update(t.dash_users)
            .where(t.dash_users.c.id == user.id)
            .values(password_hash=_hasher.hash(new))
        )
        # Every other session of this user ends: a stolen cookie stops working.
        conn.execute(sa.delete(t.dash_sessions).where(t.dash_sessions.c.user_id == user.id))
        audit.record(conn, user.organisation_id, user.email, "password_change", user.email)


# ------------------------------------------------------------------ sessions
def start_session(engine: Engine, user: User) -> str:
    token = secrets.token_urlsafe(32)
    with write(engine) as conn:
        conn.execute(sa.delete(t.dash_sessions).where(t.dash_sessions.c.expires_at < utc_now()))
        conn.execute(
            sa.insert(t.dash_sessions).values(
                token_hash=sha256_hex(token.encode()),
                user_id=user.id,
                csrf=secrets.token_urlsafe(32),
                created_at=utc_now(),
                expires_at=_time(timedelta(hours=SESSION_HOURS)),
            )
        )
    return token


def session_user(engine: Engine, token: str | None) -> tuple[User, str] | None:
    """The signed-in user and the session's CSRF token, or None."""
    if not token or len(token) > 100:
        return None
    s = t.dash_sessions
    with engine.connect() as conn:
        row = conn.execute(
            _USER_SELECT.add_columns(s.c.csrf, s.c.expires_at)
            .join(s, s.c.user_id == t.dash_users.c.id)
            .where(
                s.c.token_hash == sha256_hex(token.encode()), t.dash_users.c.disabled_at.is_(None)
            )
        ).first()
    if row is None or row.expires_at < utc_now():
        return None
    return _user(row), row.csrf


def end_session(engine: Engine, token: str | None) -> None:
    if token:
        with write(engine) as conn:
            conn.execute(
                sa.delete(t.dash_sessions).where(
                    t.dash_sessions.c.token_hash == sha256_hex(token.encode())
                )
            )
