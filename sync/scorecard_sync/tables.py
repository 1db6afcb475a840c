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
    # NULL: for every laptop of the organisation; else only for laptops working on this cycle.
    sa.Column("cycle_id", sa.String(64)),
)

# The cycles each laptop works on: its own (it pushed to them) and those head office assigned.
# The pull feed carries these cycles' changes to that laptop.
device_cycles = sa.Table(
    "device_cycles",
    metadata,
    sa.Column("device_id", sa.String(36), primary_key=True),
    sa.Column("cycle_id", sa.String(64), primary_key=True),
    sa.Column("organisation_id", sa.String(36), nullable=False),
    sa.Column("how", sa.String(16), nullable=False),  # own | assigned
    sa.Column("added_at", sa.String(40), nullable=False),
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


# ---------------------------------------------------------------------------------------------
# Dashboard (issue #10). Derived tables: rebuilt for a cycle by derived.refresh whenever one of
# its ops is applied, in the same transaction, so pages and exports never recompute the whole
# organisation from raw records. Figures come from scorecard_app.core (method.py).

dash_cycles = sa.Table(
    "dash_cycles",
    metadata,
    sa.Column("organisation_id", sa.String(36), primary_key=True),
    sa.Column("cycle_id", sa.String(64), primary_key=True),
    sa.Column("facility_id", sa.String(64), nullable=False),
    sa.Column("facility", sa.String(200), nullable=False, server_default=""),
    sa.Column("facility_code", sa.String(64), nullable=False, server_default=""),
    sa.Column("sector", sa.String(32), nullable=False, server_default=""),
    sa.Column("location", sa.String(400), nullable=False, server_default=""),  # "A › B › C › D"
    sa.Column("loc1", sa.String(100), nullable=False, server_default=""),
    sa.Column("loc2", sa.String(100), nullable=False, server_default=""),
    sa.Column("loc3", sa.String(100), nullable=False, server_default=""),
    sa.Column("loc4", sa.String(100), nullable=False, server_default=""),
    sa.Column("round_no", sa.Integer, nullable=False),
    sa.Column("previous_cycle_id", sa.String(64)),
    sa.Column("latest", sa.Boolean, nullable=False, server_default=sa.false()),  # no later round
    sa.Column("stage", sa.String(32), nullable=False),
    sa.Column("stage_index", sa.Integer, nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("training", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("scale_code", sa.String(16), nullable=False),
    sa.Column("language", sa.String(8), nullable=False),
    sa.Column("held_on", sa.String(10)),  # the community's scoring (or meeting) date
    sa.Column("year", sa.Integer),
    sa.Column("stage_dates", sa.Text, nullable=False, server_default="{}"),
    sa.Column("next_stage", sa.String(32)),  # first stage without an actual date
    sa.Column("next_due", sa.String(10)),  # its planned date: late when before today
    sa.Column("finished_at", sa.String(40)),
    sa.Column("participants", sa.Integer, nullable=False, server_default="0"),
    sa.Column("indicators", sa.Integer, nullable=False, server_default="0"),
    sa.Column("avg_100", sa.Float),  # mean of the community's scores on 0–100 (league, roll-up)
    sa.Column("refreshed_at", sa.String(40), nullable=False),
    sa.Index("ix_dash_cycles_location", "organisation_id", "location"),
    sa.Index("ix_dash_cycles_facility", "organisation_id", "facility_id"),
    sa.Index("ix_dash_cycles_previous", "organisation_id", "previous_cycle_id"),
)

# One row per cycle × indicator × breakdown: community (all groups), provider, each group type,
# each gender and age band. n = people behind the figure; suppression is applied when shown.
dash_results = sa.Table(
    "dash_results",
    metadata,
    sa.Column("organisation_id", sa.String(36), primary_key=True),
    sa.Column("cycle_id", sa.String(64), primary_key=True),
    sa.Column("indicator_key", sa.String(100), primary_key=True),
    sa.Column("breakdown", sa.String(16), primary_key=True),  # community|provider|group_type|…
    sa.Column("category", sa.String(32), primary_key=True),  # "" or women, female, 18-24, …
    sa.Column("indicator_id", sa.String(64), nullable=False),
    sa.Column("indicator_text", sa.Text, nullable=False),
    sa.Column("position", sa.Integer, nullable=False, server_default="0"),
    sa.Column("provider_only", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("n", sa.Integer, nullable=False, server_default="0"),
    sa.Column("votes", sa.Integer, nullable=False, server_default="0"),
    sa.Column("score", sa.Float),  # the figure: median of group scores (community, provider…)
    sa.Column("median", sa.Float),  # of individual votes and tallies pooled
    sa.Column("mean", sa.Float),
    sa.Column("consensus", sa.Float),
    sa.Column("provider", sa.Float),
    sa.Column("gap", sa.Float),
    sa.Column("previous", sa.Float),
    sa.Column("change", sa.Float),
    sa.Column("score_100", sa.Float),  # the figure on 0–100, to compare across scales
    sa.Column("scale_code", sa.String(16), nullable=False),
    sa.Index("ix_dash_results_key", "organisation_id", "indicator_key", "breakdown"),
)

dash_actions = sa.Table(
    "dash_actions",
    metadata,
    sa.Column("organisation_id", sa.String(36), primary_key=True),
    sa.Column("action_id", sa.String(64), primary_key=True),
    sa.Column("cycle_id", sa.String(64), nullable=False),
    sa.Column("what", sa.Text, nullable=False),
    sa.Column("indicator_key", sa.String(100)),
    sa.Column("indicator_text", sa.Text),
    sa.Column("responsible", sa.String(200), nullable=False, server_default=""),
    sa.Column("institution", sa.String(200), nullable=False, server_default=""),
    sa.Column("owner_side", sa.String(16), nullable=False),  # provider | other
    sa.Column("due", sa.String(10)),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("is_open", sa.Boolean, nullable=False),
    sa.Column("escalated", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("priority", sa.String(16), nullable=False, server_default="medium"),
    sa.Column("last_update", sa.String(10)),
    sa.Column("done_on", sa.String(10)),
    sa.Index("ix_dash_actions_cycle", "organisation_id", "cycle_id"),
)

dash_participation = sa.Table(
    "dash_participation",
    metadata,
    sa.Column("organisation_id", sa.String(36), primary_key=True),
    sa.Column("cycle_id", sa.String(64), primary_key=True),
    sa.Column("breakdown", sa.String(16), primary_key=True),  # total|group_type|gender|age_band|…
    sa.Column("category", sa.String(32), primary_key=True),
    sa.Column("n", sa.Integer, nullable=False),
)

# Head-office people who use the dashboard (not laptops: those are devices).
dash_users = sa.Table(
    "dash_users",
    metadata,
    sa.Column("id", sa.String(36), primary_key=True),
    sa.Column("organisation_id", sa.String(36), sa.ForeignKey("organisations.id"), nullable=False),
    sa.Column("email", sa.String(254), nullable=False, unique=True),
    sa.Column("password_hash", sa.String(200), nullable=False),  # Argon2id, never the password
    sa.Column("role", sa.String(16), nullable=False),  # admin | analyst | viewer
    sa.Column("location", sa.String(400), nullable=False, server_default=""),  # "" = everywhere
    sa.Column("language", sa.String(8), nullable=False, server_default="en"),
    sa.Column("created_at", sa.String(40), nullable=False),
    sa.Column("disabled_at", sa.String(40)),
)

dash_sessions = sa.Table(
    "dash_sessions",
    metadata,
    sa.Column("token_hash", sa.String(64), primary_key=True),  # the cookie is never stored
    sa.Column("user_id", sa.String(36), sa.ForeignKey("dash_users.id"), nullable=False),
    sa.Column("csrf", sa.String(64), nullable=False),
    sa.Column("created_at", sa.String(40), nullable=False),
    sa.Column("expires_at", sa.String(40), nullable=False),
)

dash_login_failures = sa.Table(
    "dash_login_failures",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("email", sa.String(254), nullable=False),
    sa.Column("client", sa.String(64), nullable=False),
    sa.Column("at", sa.String(40), nullable=False),
    sa.Index("ix_dash_login_failures_email", "email", "at"),
)

dash_audit = sa.Table(
    "dash_audit",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("organisation_id", sa.String(36), nullable=False),
    sa.Column("user_email", sa.String(254), nullable=False),
    sa.Column("action", sa.String(64), nullable=False),
    sa.Column("target", sa.String(200), nullable=False, server_default=""),
    sa.Column("detail", sa.Text, nullable=False, server_default="{}"),
    sa.Column("at", sa.String(40), nullable=False),
)

# League-table bands per indicator (key "*" = the organisation's default), on 0–100.
dash_bands = sa.Table(
    "dash_bands",
    metadata,
    sa.Column("organisation_id", sa.String(36), primary_key=True),
    sa.Column("indicator_key", sa.String(100), primary_key=True),
    sa.Column("low", sa.Float, nullable=False),
    sa.Column("high", sa.Float, nullable=False),
    sa.Column("high_is_good", sa.Boolean, nullable=False, server_default=sa.true()),
    sa.Column("updated_at", sa.String(40), nullable=False),
)


# ---------------------------------------------------------------------------------------------
# Open data (issue #11): an organisation whose package an admin made public. The package itself
# is files (opendata.py writes them under Settings.open_data_path); this row says it may be served.
open_data = sa.Table(
    "open_data",
    metadata,
    sa.Column(
        "organisation_id", sa.String(36), sa.ForeignKey("organisations.id"), primary_key=True
    ),
    sa.Column("licence", sa.String(32), nullable=False),
    sa.Column("published_at", sa.String(40), nullable=False),
    sa.Column("published_by", sa.String(254), nullable=False, server_default=""),
    sa.Column("built_at", sa.String(40)),  # when the served files were last written
    sa.Column("cycles", sa.Integer, nullable=False, server_default="0"),
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
