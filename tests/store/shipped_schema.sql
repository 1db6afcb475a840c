-- The tables of migrations m001–m003 as they shipped: what every existing database holds.
-- Never edit; tests/store/test_schema_vocabularies.py compares the migrations against it.

-- action
CREATE TABLE action (
        id TEXT PRIMARY KEY,
        cycle_id TEXT NOT NULL REFERENCES cycle(id),
        what TEXT NOT NULL,
        indicator_id TEXT REFERENCES indicator(id),
        responsible TEXT NOT NULL DEFAULT '',
        institution TEXT NOT NULL DEFAULT '',
        due TEXT,
        resources TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('not_started','in_progress','done','dropped','blocked')),
        escalated INTEGER NOT NULL DEFAULT 0,
        priority TEXT NOT NULL DEFAULT 'medium',

    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    version INTEGER NOT NULL DEFAULT 1
) STRICT;

-- action_update
CREATE TABLE action_update (
        id TEXT PRIMARY KEY,
        action_id TEXT NOT NULL REFERENCES action(id),
        on_date TEXT NOT NULL,
        status TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',

    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    version INTEGER NOT NULL DEFAULT 1
) STRICT;

-- applied_op
CREATE TABLE applied_op (
            op_id TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            applied_at TEXT NOT NULL
        ) STRICT;

-- attachment
CREATE TABLE attachment (
            id TEXT PRIMARY KEY,
            cycle_id TEXT NOT NULL REFERENCES cycle(id),
            sha256 TEXT NOT NULL,
            filename TEXT NOT NULL,
            media_type TEXT NOT NULL,
            size INTEGER NOT NULL CHECK (size >= 0),

    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    version INTEGER NOT NULL DEFAULT 1
, subject TEXT NOT NULL DEFAULT '') STRICT;

-- blob_upload
CREATE TABLE blob_upload (
            sha256 TEXT PRIMARY KEY,
            size INTEGER NOT NULL,
            uploaded_offset INTEGER NOT NULL DEFAULT 0,
            done_at TEXT
        ) STRICT;

-- cycle
CREATE TABLE cycle (
        id TEXT PRIMARY KEY,
        facility_id TEXT NOT NULL REFERENCES facility(id),
        community TEXT NOT NULL,
        round_no INTEGER NOT NULL CHECK (round_no >= 1),
        previous_cycle_id TEXT REFERENCES cycle(id),
        scale_code TEXT NOT NULL,
        scoring_mode TEXT NOT NULL CHECK (scoring_mode IN ('consensus','individual','both')),
        language TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('in_progress','complete')),
        stage TEXT NOT NULL,
        training INTEGER NOT NULL DEFAULT 0,
        lead_facilitator TEXT NOT NULL DEFAULT '',
        facilitators TEXT NOT NULL DEFAULT '[]',
        stage_dates TEXT NOT NULL DEFAULT '{}',
        next_review TEXT,
        finished_at TEXT,

    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    version INTEGER NOT NULL DEFAULT 1
) STRICT;

-- cycle_event
CREATE TABLE cycle_event (
        id TEXT PRIMARY KEY,
        cycle_id TEXT NOT NULL REFERENCES cycle(id),
        kind TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',

    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    version INTEGER NOT NULL DEFAULT 1
) STRICT;

-- cycle_group
CREATE TABLE cycle_group (
        id TEXT PRIMARY KEY,
        cycle_id TEXT NOT NULL REFERENCES cycle(id),
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('community','provider')),
        type TEXT NOT NULL,
        facilitators TEXT NOT NULL DEFAULT '[]',
        position INTEGER NOT NULL DEFAULT 0,

    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    version INTEGER NOT NULL DEFAULT 1
) STRICT;

-- facility
CREATE TABLE facility (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        sector TEXT NOT NULL,
        code TEXT NOT NULL DEFAULT '',

    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    version INTEGER NOT NULL DEFAULT 1
) STRICT;

-- indicator
CREATE TABLE indicator (
        id TEXT PRIMARY KEY,
        cycle_id TEXT NOT NULL REFERENCES cycle(id),
        text TEXT NOT NULL,
        code TEXT NOT NULL DEFAULT '',
        pictogram TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0,
        provider_only INTEGER NOT NULL DEFAULT 0,
        source_issue_id TEXT REFERENCES issue(id),

    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    version INTEGER NOT NULL DEFAULT 1
) STRICT;

-- input_item
CREATE TABLE input_item (
        id TEXT PRIMARY KEY,
        cycle_id TEXT NOT NULL REFERENCES cycle(id),
        item TEXT NOT NULL,
        unit TEXT NOT NULL DEFAULT '',
        entitlement REAL,
        source TEXT NOT NULL DEFAULT '',
        actual REAL,
        remarks TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0,

    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    version INTEGER NOT NULL DEFAULT 1
) STRICT;

-- interface_meeting
CREATE TABLE interface_meeting (
        id TEXT PRIMARY KEY,
        cycle_id TEXT NOT NULL REFERENCES cycle(id),
        held_on TEXT,
        venue TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        officials TEXT NOT NULL DEFAULT '[]',
        community_attendees INTEGER NOT NULL DEFAULT 0,
        provider_attendees INTEGER NOT NULL DEFAULT 0,
        indicator_notes TEXT NOT NULL DEFAULT '{}',

    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    version INTEGER NOT NULL DEFAULT 1
) STRICT;

-- issue
CREATE TABLE issue (
        id TEXT PRIMARY KEY,
        cycle_id TEXT NOT NULL REFERENCES cycle(id),
        group_id TEXT REFERENCES cycle_group(id),
        text TEXT NOT NULL,
        votes INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0),
        merged_into TEXT REFERENCES issue(id),
        participant_id TEXT REFERENCES participant(id),

    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    version INTEGER NOT NULL DEFAULT 1
) STRICT;

-- outbox
CREATE TABLE outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            op_id TEXT NOT NULL UNIQUE,
            entity TEXT NOT NULL,
            record_id TEXT NOT NULL,
            op TEXT NOT NULL CHECK (op IN ('insert','update','delete','restore')),
            fields TEXT NOT NULL,
            base TEXT NOT NULL DEFAULT '{}',
            base_version INTEGER NOT NULL DEFAULT 0,
            cycle_id TEXT,
            created_at TEXT NOT NULL,
            sent_at TEXT,
            result TEXT
        ) STRICT;

-- participant
CREATE TABLE participant (
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

    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    version INTEGER NOT NULL DEFAULT 1
) STRICT;

-- replica_record
CREATE TABLE replica_record (
            entity TEXT NOT NULL,
            record_id TEXT NOT NULL,
            data TEXT NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0,
            seq INTEGER NOT NULL,
            server_time TEXT,
            PRIMARY KEY (entity, record_id)
        ) STRICT;

-- score
CREATE TABLE score (
        id TEXT PRIMARY KEY,
        cycle_id TEXT NOT NULL REFERENCES cycle(id),
        group_id TEXT NOT NULL REFERENCES cycle_group(id),
        indicator_id TEXT NOT NULL REFERENCES indicator(id),
        value REAL,
        reason TEXT NOT NULL DEFAULT '',
        suggestion TEXT NOT NULL DEFAULT '',

    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    version INTEGER NOT NULL DEFAULT 1
) STRICT;

-- setting
CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

-- sync_conflict
CREATE TABLE sync_conflict (
            op_id TEXT PRIMARY KEY,
            entity TEXT NOT NULL,
            record_id TEXT NOT NULL,
            status TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            conflict_id TEXT,
            detail TEXT NOT NULL DEFAULT '{}',
            reported_at TEXT NOT NULL,
            reviewed_at TEXT
        ) STRICT;

-- tally
CREATE TABLE tally (
        id TEXT PRIMARY KEY,
        cycle_id TEXT NOT NULL REFERENCES cycle(id),
        group_id TEXT NOT NULL REFERENCES cycle_group(id),
        indicator_id TEXT NOT NULL REFERENCES indicator(id),
        value REAL NOT NULL,
        count INTEGER NOT NULL CHECK (count >= 0),

    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    version INTEGER NOT NULL DEFAULT 1
) STRICT;

-- vote
CREATE TABLE vote (
        id TEXT PRIMARY KEY,
        cycle_id TEXT NOT NULL REFERENCES cycle(id),
        participant_id TEXT NOT NULL REFERENCES participant(id),
        indicator_id TEXT NOT NULL REFERENCES indicator(id),
        value REAL NOT NULL,

    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    version INTEGER NOT NULL DEFAULT 1
) STRICT;

