"""The server's tables (SQLAlchemy Core). Alembic migrations in migrations/ create them.

Everything a device sends is scoped by organisation: the same record or op id in another
organisation is another row, so one organisation can never read or overwrite another's data.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

meta = sa.Table(
    "meta",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

organisations = sa.Table(
    "organisations",
    metadata,
    sa.Column("id", sa.String(36), primary_key=True),
    sa.Column("name", sa.String(200), nullable=False, unique=True),
    sa.Column("created_at", sa.String(40), nullable=False),
)

# One row per organisation: the last pull sequence number handed out (locked FOR UPDATE).
pull_counters = sa.Table(
    "pull_counters",
    metadata,
    sa.Column(
        "organisation_id", sa.String(36), sa.ForeignKey("organisations.id"), primary_key=True
    ),
    sa.Column("last_seq", sa.BigInteger, nullable=False, server_default="0"),
)

enrolment_codes = sa.Table(
    "enrolment_codes",
    metadata,
    sa.Column("code_hash", sa.String(64), primary_key=True),
    sa.Column("organisation_id", sa.String(36), sa.ForeignKey("organisations.id"), nullable=False),
    sa.Column("label", sa.String(200), nullable=False, server_default=""),
    sa.Column("created_at", sa.String(40), nullable=False),
    sa.Column("expires_at", sa.String(40), nullable=False),
    sa.Column("used_at", sa.String(40)),
    sa.Column("device_id", sa.String(36)),
)

devices = sa.Table(
    "devices",
    metadata,
    sa.Column("id", sa.String(36), primary_key=True),
    sa.Column("organisation_id", sa.String(36), sa.ForeignKey("organisations.id"), nullable=False),
    sa.Column("label", sa.String(200), nullable=False, server_default=""),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("bundle_key", sa.String(64), nullable=False),
    sa.Column("app_version", sa.String(50), nullable=False, server_default=""),
    sa.Column("enrolled_at", sa.String(40), nullable=False),
    sa.Column("last_seen_at", sa.String(40)),
    sa.Column("revoked_at", sa.String(40)),
)

# Current state of every record a device pushed (or head office published as a facility).
records = sa.Table(
    "records",
    metadata,
    sa.Column("organisation_id", sa.String(36), primary_key=True),
    sa.Column("entity", sa.String(32), primary_key=True),
    sa.Column("record_id", sa.String(64), primary_key=True),
    sa.Column("data", sa.Text, nullable=False),  # canonical JSON of the fields
    sa.Column("deleted", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("version", sa.Integer, nullable=False, server_default="1"),
    sa.Column("origin", sa.String(16), nullable=False),  # device | server
    sa.Column("cycle_id", sa.String(64)),
    sa.Column("device_id", sa.String(36)),  # last device that changed it
    sa.Column("created_at", sa.String(40), nullable=False),
    sa.Column("updated_at", sa.String(40), nullable=False),
    sa.Index("ix_records_cycle", "organisation_id", "cycle_id"),
)

# Idempotency: every op handled once, with the outcome a replay gets back.
applied_ops = sa.Table(
    "applied_ops",
    metadata,
    sa.Column("organisation_id", sa.String(36), primary_key=True),
    sa.Column("op_id", sa.String(64), primary_key=True),
    sa.Column("device_id", sa.String(36), nullable=False),
    sa.Column("payload_hash", sa.String(64), nullable=False),
    sa.Column("entity", sa.String(32), nullable=False),
    sa.Column("record_id", sa.String(64), nullable=False),
    sa.Column("op", sa.Text, nullable=False),  # the op as received (canonical JSON)
    sa.Column("result", sa.Text, nullable=False),  # the result sent back (JSON)
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("received_at", sa.String(40), nullable=False),
    sa.Column("via", sa.String(16), nullable=False, server_default="push"),  # push | bundle
    sa.Index("ix_applied_device", "device_id"),
)

# Ops that were refused: kept with their reason, never dropped.
quarantine = sa.Table(
    "quarantine",
    metadata,
    sa.Column("id", sa.String(36), primary_key=True),
    sa.Column("organisation_id", sa.String(36), nullable=False),
    sa.Column("device_id", sa.String(36), nullable=False),
    sa.Column("op_id", sa.String(64), nullable=False),
    sa.Column("payload_hash", sa.String(64), nullable=False),
    sa.Column("op", sa.Text, nullable=False),
    sa.Column("reason", sa.String(64), nullable=False),
    sa.Column("received_at", sa.String(40), nullable=False),
)

# Action-plan fields changed on two sides: both values kept for a person to settle.
conflicts = sa.Table(
    "conflicts",
    metadata,
    sa.Column("id", sa.String(36), primary_key=True),
    sa.Column("organisation_id", sa.String(36), nullable=False),
    sa.Column("entity", sa.String(32), nullable=False),
    sa.Column("record_id", sa.String(64), nullable=False),
    sa.Column("op_id", sa.String(64), nullable=False),
    sa.Column("device_id", sa.String(36), nullable=False),
    sa.Column("fields", sa.Text, nullable=False),  # {field: {base, server, device}}
    sa.Column("created_at", sa.String(40), nullable=False),
    sa.Column("resolved_at", sa.String(40)),
    sa.Column("resolution", sa.String(16)),  # server | device
)

# The pull feed: head office's changes, numbered 1, 2, 3… per organisation without gaps.
changes = sa.Table(
    "changes",
    metadata,
    sa.Column("organisation_id", sa.String(36), primary_key=True),
    sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("entity", sa.String(32), nullable=False),
    sa.Column("record_id", sa.String(64), nullable=False),
    sa.Column("op", sa.String(8), nullable=False),
    sa.Column("fields", sa.Text, nullable=False),
    sa.Column("server_time", sa.String(40), nullable=False),
)

# Head office's published state (library, facilities, notes) so republishing skips unchanged rows.
published = sa.Table(
    "published",
    metadata,
    sa.Column("organisation_id", sa.String(36), primary_key=True),
    sa.Column("entity", sa.String(32), primary_key=True),
    sa.Column("record_id", sa.String(64), primary_key=True),
    sa.Column("fields", sa.Text, nullable=False),
    sa.Column("deleted", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("seq", sa.BigInteger, nullable=False),
)

blobs = sa.Table(
    "blobs",
    metadata,
    sa.Column("organisation_id", sa.String(36), primary_key=True),
    sa.Column("sha256", sa.String(64), primary_key=True),
    sa.Column("size", sa.BigInteger, nullable=False),
    sa.Column("device_id", sa.String(36)),
    sa.Column("created_at", sa.String(40), nullable=False),
)

# Ed25519 public keys that sign USB bundles: one per device (its private key never leaves the
# laptop) and head office's own per organisation (whose private key is kept here to sign head
# office's bundles). Published to laptops through the pull feed as `signing_key`.
signing_keys = sa.Table(
    "signing_keys",
    metadata,
    sa.Column("organisation_id", sa.String(36), primary_key=True),
    sa.Column("signer", sa.String(64), primary_key=True),  # a device id, or "headoffice"
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("label", sa.String(200), nullable=False, server_default=""),
    sa.Column("public_key", sa.String(64), nullable=False),
    sa.Column("private_key", sa.String(64)),  # head office's own key only
    sa.Column("created_at", sa.String(40), nullable=False),
    sa.Column("revoked_at", sa.String(40)),
)
