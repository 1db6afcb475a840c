"""The database schema, as ordered migrations (applied by sqlite_utils.Migrations, see db.py).

Never edit a migration that has shipped; add a new one. Every domain table is STRICT, keyed by a
client-made UUIDv7, carries created/updated/deleted times (soft deletes) and a version that the
sync protocol uses as the base of three-way merges.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .db import Migrations

if TYPE_CHECKING:
    from sqlite_utils import Database

from scorecard_app.core import entities as e

from .mapping import sql_list

migrations = Migrations("scorecard")

_COMMON = """
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    version INTEGER NOT NULL DEFAULT 1
"""


def one_of(column: str, codes) -> str:
    """The CHECK that keeps a column inside a core vocabulary. The text must stay what shipped:
    existing databases hold it, and SQLite cannot change a CHECK short of rebuilding the table
    (tests/store/test_schema_vocabularies.py fails when a vocabulary changes under one)."""
    return f"CHECK ({column} IN ({sql_list(codes)}))"


# table → (columns, extra constraints). Order matters for foreign keys.
_TABLES: dict[str, str] = {
    "facility": """
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        sector TEXT NOT NULL,
        code TEXT NOT NULL DEFAULT '',
    """,
    "cycle": f"""
        id TEXT PRIMARY KEY,
        facility_id TEXT NOT NULL REFERENCES facility(id),
        community TEXT NOT NULL,
        round_no INTEGER NOT NULL CHECK (round_no >= 1),
        previous_cycle_id TEXT REFERENCES cycle(id),
        scale_code TEXT NOT NULL,
        scoring_mode TEXT NOT NULL {one_of("scoring_mode", e.SCORING_MODES)},
        language TEXT NOT NULL,
        status TEXT NOT NULL {one_of("status", e.CYCLE_STATUSES)},
        stage TEXT NOT NULL,
        training INTEGER NOT NULL DEFAULT 0,
        lead_facilitator TEXT NOT NULL DEFAULT '',
        facilitators TEXT NOT NULL DEFAULT '[]',
        stage_dates TEXT NOT NULL DEFAULT '{{}}',
        next_review TEXT,
        finished_at TEXT,
    """,
    "cycle_group": f"""
        id TEXT PRIMARY KEY,
        cycle_id TEXT NOT NULL REFERENCES cycle(id),
        name TEXT NOT NULL,
        kind TEXT NOT NULL {one_of("kind", e.GROUP_KINDS)},
        type TEXT NOT NULL,
        facilitators TEXT NOT NULL DEFAULT '[]',
        position INTEGER NOT NULL DEFAULT 0,
    """,
    "participant": """
        id TEXT PRIMARY KEY,
        cycle_id TEXT NOT NULL REFERENCES cycle(id),
        group_id TEXT NOT NULL REFERENCES cycle_group(id),
        number INTEGER NOT NULL,
        age_band TEXT,
        gender TEXT,
        disability INTEGER NOT NULL DEFAULT 0,
        minority INTEGER NOT NULL DEFAULT 0,
        poor INTEGER NOT NULL DEFAULT 0,
        youth INTEGER NOT NULL DEFAULT 0,
        countable INTEGER NOT NULL DEFAULT 1,
    """,
    "input_item": """
        id TEXT PRIMARY KEY,
        cycle_id TEXT NOT NULL REFERENCES cycle(id),
        item TEXT NOT NULL,
        unit TEXT NOT NULL DEFAULT '',
        entitlement REAL,
        source TEXT NOT NULL DEFAULT '',
        actual REAL,
        remarks TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0,
    """,
    "issue": """
        id TEXT PRIMARY KEY,
        cycle_id TEXT NOT NULL REFERENCES cycle(id),
        group_id TEXT REFERENCES cycle_group(id),
        text TEXT NOT NULL,
        votes INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0),
        merged_into TEXT REFERENCES issue(id),
        participant_id TEXT REFERENCES participant(id),
    """,
    "indicator": """
        id TEXT PRIMARY KEY,
        cycle_id TEXT NOT NULL REFERENCES cycle(id),
        text TEXT NOT NULL,
        code TEXT NOT NULL DEFAULT '',
        pictogram TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0,
        provider_only INTEGER NOT NULL DEFAULT 0,
        source_issue_id TEXT REFERENCES issue(id),
    """,
    "score": """
        id TEXT PRIMARY KEY,
        cycle_id TEXT NOT NULL REFERENCES cycle(id),
        group_id TEXT NOT NULL REFERENCES cycle_group(id),
        indicator_id TEXT NOT NULL REFERENCES indicator(id),
        value REAL,
        reason TEXT NOT NULL DEFAULT '',
        suggestion TEXT NOT NULL DEFAULT '',
    """,
    "vote": """
        id TEXT PRIMARY KEY,
        cycle_id TEXT NOT NULL REFERENCES cycle(id),
        participant_id TEXT NOT NULL REFERENCES participant(id),
        indicator_id TEXT NOT NULL REFERENCES indicator(id),
        value REAL NOT NULL,
    """,
    "tally": """
        id TEXT PRIMARY KEY,
        cycle_id TEXT NOT NULL REFERENCES cycle(id),
        group_id TEXT NOT NULL REFERENCES cycle_group(id),
        indicator_id TEXT NOT NULL REFERENCES indicator(id),
        value REAL NOT NULL,
        count INTEGER NOT NULL CHECK (count >= 0),
    """,
    "interface_meeting": """
        id TEXT PRIMARY KEY,
        cycle_id TEXT NOT NULL REFERENCES cycle(id),
        held_on TEXT,
        venue TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        officials TEXT NOT NULL DEFAULT '[]',
        community_attendees INTEGER NOT NULL DEFAULT 0,
        provider_attendees INTEGER NOT NULL DEFAULT 0,
        indicator_notes TEXT NOT NULL DEFAULT '{}',
    """,
    "action": f"""
        id TEXT PRIMARY KEY,
        cycle_id TEXT NOT NULL REFERENCES cycle(id),
        what TEXT NOT NULL,
        indicator_id TEXT REFERENCES indicator(id),
        responsible TEXT NOT NULL DEFAULT '',
        institution TEXT NOT NULL DEFAULT '',
        due TEXT,
        resources TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL {one_of("status", e.ACTION_STATUSES)},
        escalated INTEGER NOT NULL DEFAULT 0,
        priority TEXT NOT NULL DEFAULT 'medium',
    """,
    "action_update": """
        id TEXT PRIMARY KEY,
        action_id TEXT NOT NULL REFERENCES action(id),
        on_date TEXT NOT NULL,
        status TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
    """,
    "cycle_event": """
        id TEXT PRIMARY KEY,
        cycle_id TEXT NOT NULL REFERENCES cycle(id),
        kind TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
    """,
}

_INDEXES = (
    "CREATE INDEX ix_cycle_facility ON cycle(facility_id)",
    "CREATE INDEX ix_group_cycle ON cycle_group(cycle_id)",
    "CREATE INDEX ix_participant_cycle ON participant(cycle_id)",
    "CREATE INDEX ix_input_cycle ON input_item(cycle_id)",
    "CREATE INDEX ix_issue_cycle ON issue(cycle_id)",
    "CREATE INDEX ix_indicator_cycle ON indicator(cycle_id)",
    "CREATE INDEX ix_score_cycle ON score(cycle_id)",
    "CREATE UNIQUE INDEX ux_score ON score(group_id, indicator_id) WHERE deleted_at IS NULL",
    "CREATE INDEX ix_vote_cycle ON vote(cycle_id)",
    "CREATE UNIQUE INDEX ux_vote ON vote(participant_id, indicator_id) WHERE deleted_at IS NULL",
    "CREATE INDEX ix_tally_cycle ON tally(cycle_id)",
    "CREATE UNIQUE INDEX ux_tally ON tally(group_id, indicator_id, value) WHERE deleted_at IS NULL",
    "CREATE UNIQUE INDEX ux_meeting ON interface_meeting(cycle_id) WHERE deleted_at IS NULL",
    "CREATE INDEX ix_action_cycle ON action(cycle_id)",
    "CREATE INDEX ix_update_action ON action_update(action_id)",
    "CREATE INDEX ix_event_cycle ON cycle_event(cycle_id)",
)


@migrations()
def m001_initial(db: Database) -> None:
    for name, cols in _TABLES.items():
        db.execute(f"CREATE TABLE {name} ({cols}{_COMMON}) STRICT")
    for sql in _INDEXES:
        db.execute(sql)
    # The sync outbox: one row per user edit, drained in order by the sync client.
    db.execute(
        f"""CREATE TABLE outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            op_id TEXT NOT NULL UNIQUE,
            entity TEXT NOT NULL,
            record_id TEXT NOT NULL,
            op TEXT NOT NULL {one_of("op", e.OP_KINDS)},
            fields TEXT NOT NULL,
            base TEXT NOT NULL DEFAULT '{{}}',
            base_version INTEGER NOT NULL DEFAULT 0,
            cycle_id TEXT,
            created_at TEXT NOT NULL,
            sent_at TEXT,
            result TEXT
        ) STRICT"""
    )
    db.execute("CREATE INDEX ix_outbox_pending ON outbox(sent_at, seq)")
    # Domain settings that travel with backups (server URL, device id, organisation…).
    db.execute("CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT")


SCHEMA_TABLES = tuple(_TABLES)


@migrations()
def m002_sync(db: Database) -> None:
    """What the sync client keeps: attachments, head-office data, conflicts, imported ops."""
    # Photos of flip charts. The file itself sits next to the database, named by its SHA-256.
    db.execute(
        f"""CREATE TABLE attachment (
            id TEXT PRIMARY KEY,
            cycle_id TEXT NOT NULL REFERENCES cycle(id),
            sha256 TEXT NOT NULL,
            filename TEXT NOT NULL,
            media_type TEXT NOT NULL,
            size INTEGER NOT NULL CHECK (size >= 0),
            {_COMMON}) STRICT"""
    )
    db.execute("CREATE INDEX ix_attachment_cycle ON attachment(cycle_id)")
    # Blobs still to upload (and how far the server said it got, for the progress bar).
    db.execute(
        """CREATE TABLE blob_upload (
            sha256 TEXT PRIMARY KEY,
            size INTEGER NOT NULL,
            uploaded_offset INTEGER NOT NULL DEFAULT 0,
            done_at TEXT
        ) STRICT"""
    )
    # Records head office publishes that have no domain table here (indicator library, notes on
    # action plans, conflict resolutions): kept as the server sent them.
    db.execute(
        """CREATE TABLE replica_record (
            entity TEXT NOT NULL,
            record_id TEXT NOT NULL,
            data TEXT NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0,
            seq INTEGER NOT NULL,
            server_time TEXT,
            PRIMARY KEY (entity, record_id)
        ) STRICT"""
    )
    # Conflicts the server reported for our ops, kept for a person to review.
    db.execute(
        """CREATE TABLE sync_conflict (
            op_id TEXT PRIMARY KEY,
            entity TEXT NOT NULL,
            record_id TEXT NOT NULL,
            status TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            conflict_id TEXT,
            detail TEXT NOT NULL DEFAULT '{}',
            reported_at TEXT NOT NULL,
            reviewed_at TEXT
        ) STRICT"""
    )
    # Ops that arrived from another laptop's bundle: applying one twice must change nothing.
    db.execute(
        """CREATE TABLE applied_op (
            op_id TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            applied_at TEXT NOT NULL
        ) STRICT"""
    )


@migrations()
def m003_attachment_subject(db: Database) -> None:
    """What a photo is of: "issue:<id>", "action:<id>", "meeting", or "" (the cycle)."""
    db.execute("ALTER TABLE attachment ADD COLUMN subject TEXT NOT NULL DEFAULT ''")


# Indexes for a laptop holding 10,000 cycles (issue 16). Each covers one frequent read so that it
# never visits the tables' rows, which lie scattered among the cycles' scores and votes.
_SCALE_INDEXES = (
    # the home list's cycles (also the places used before, for the location fields' completion)
    "CREATE INDEX ix_cycle_home ON cycle(facility_id, community, round_no, id, stage, status,"
    " training, language, updated_at, previous_cycle_id) WHERE deleted_at IS NULL",
    # the home list's open and overdue actions per cycle
    "CREATE INDEX ix_action_open ON action(cycle_id, due)"
    f" WHERE deleted_at IS NULL AND status IN ({sql_list(e.OPEN_ACTION_STATUSES)})",
)


@migrations()
def m004_scale_indexes(db: Database) -> None:
    for sql in _SCALE_INDEXES:
        db.execute(sql)
