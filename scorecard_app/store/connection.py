"""Opening a database: pragmas, integrity check, migrations, and backups.

WAL with synchronous=FULL: a power cut must not lose an entry the screen showed as saved.

Opening stays cheap so the window paints at once: only the file's structure is read on the start
path (a wrong or wiped file is refused there with the plain message). The check of every page
(`quick_check`) and the daily backup run on a second connection in a background thread
(`Maintenance`), a few seconds after the start so they do not compete with the first screen: under
WAL it reads a snapshot and never blocks the facilitator's edits. The full `integrity_check` (which
also compares every index with its table, twice the time) runs before each backup. A damaged file
found there is reported through `Maintenance.problem`, and is never copied over a good backup.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

from scorecard_app.core.text import Message, message

from .db import Database
from .errors import StoreCorrupt, StoreError
from .schema import migrations

BACKUPS_KEPT = 7
BACKUP_EVERY = timedelta(days=1)


def backup_dir(path: Path) -> Path:
    return path.with_name(path.name + ".backups")


def list_backups(path: Path) -> list[Path]:
    """Backups of a database, newest first."""
    d = backup_dir(path)
    if not d.is_dir():
        return []
    return sorted(d.glob("*.sqlite3"), key=lambda p: p.name, reverse=True)


def _raw_connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=10)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA busy_timeout = 10000")
    return conn


def _integrity_ok(conn: sqlite3.Connection, pragma: str = "integrity_check") -> bool:
    try:
        rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.DatabaseError:
        return False
    return [tuple(r) for r in rows] == [("ok",)]


def _structure_ok(conn: sqlite3.Connection) -> bool:
    """The cheap check for the start path: the header and the schema page can be read."""
    try:
        conn.execute("PRAGMA schema_version").fetchone()
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError:
        return False
    return True


def _damaged_message(p: Path, detail: str = "") -> Message:
    """`detail` is SQLite's own (English) words, in brackets, or nothing."""
    good = newest_good_backup(p)
    if good:
        m = message(
            "Store",
            "{path} is damaged or is not a Scorecard database{detail}. "
            "The newest good backup is {backup}.",
        )
    else:
        m = message(
            "Store",
            "{path} is damaged or is not a Scorecard database{detail}. No good backup was found.",
        )
    return m.with_values(path=p, detail=detail, backup=good)


_CANNOT_CHECK = message("Store", "{path} cannot be checked: {why}.")
_BACKUP_FAILED = message("Store", "The daily backup of {path} could not be made: {why}.")


def newest_good_backup(path: Path) -> Path | None:
    for b in list_backups(path):
        try:
            c = _raw_connect(b)
            try:
                if _integrity_ok(c):
                    return b
            finally:
                c.close()
        except sqlite3.DatabaseError:
            continue
    return None


def make_backup(conn: sqlite3.Connection, path: Path, reason: str) -> Path:
    """Copy the database with VACUUM INTO and keep the newest BACKUPS_KEPT copies."""
    d = backup_dir(path)
    d.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = d / f"{stamp}-{reason}.sqlite3"
    # Written under another name and renamed, so a kill mid-copy never leaves a half backup that
    # would count among the kept ones.
    part = target.with_name(target.name + ".part")
    part.unlink(missing_ok=True)
    conn.execute("VACUUM INTO ?", (str(part),))
    os.replace(part, target)
    for old in list_backups(path)[BACKUPS_KEPT:]:
        old.unlink(missing_ok=True)
    return target


def _backup_due(path: Path) -> bool:
    backups = list_backups(path)
    if not backups:
        return True
    age = datetime.now(UTC) - datetime.fromtimestamp(backups[0].stat().st_mtime, UTC)
    return age >= BACKUP_EVERY


class Maintenance(threading.Thread):
    """The check of every page, then (fully checked first) the daily backup if one is due, off
    the start path: it waits `delay` seconds, or until `now()` is called, before it begins."""

    DELAY_S = 3.0

    def __init__(self, path: Path, delay: float = DELAY_S):
        super().__init__(name="scorecard-maintenance", daemon=True)
        self.path = path
        self.delay = delay
        self._go = threading.Event()
        self.problem: Message | None = None  # said to the user (translated) once it is done
        self.backup: Path | None = None

    def now(self) -> Maintenance:
        """Begin at once (when someone waits for the outcome, or the store closes)."""
        self._go.set()
        return self

    def cancel(self) -> None:
        """Never begin, if not begun yet (a benchmark opening the same file a hundred times)."""
        self._cancelled = True
        self._go.set()

    _cancelled = False

    def run(self) -> None:
        self._go.wait(self.delay)
        if self._cancelled:
            return
        try:
            conn = _raw_connect(self.path)
        except sqlite3.Error as e:
            self.problem = _CANNOT_CHECK.with_values(path=self.path, why=e)
            return
        try:
            if not _integrity_ok(conn, "quick_check"):
                self.problem = _damaged_message(self.path)
            elif _backup_due(self.path):
                if _integrity_ok(conn):  # never copy a damaged file over a good backup
                    self.backup = make_backup(conn, self.path, "daily")
                else:
                    self.problem = _damaged_message(self.path)
        except (sqlite3.Error, OSError) as e:
            self.problem = _BACKUP_FAILED.with_values(path=self.path, why=e)
        finally:
            conn.close()


def open_database(path: str | os.PathLike, *, backups: bool = True) -> Database:
    """Open (creating if needed) a Scorecard database, checked, migrated and backed up.

    Raises StoreError with a sentence a facilitator can act on; never a bare sqlite error.
    The full check and the daily backup are left to `start_maintenance` (see the module text).
    """
    p = Path(path)
    if p.exists() and p.is_dir():
        raise StoreError(
            message("Store", "{path} is a folder, not a Scorecard database file."), path=p
        )
    if not p.parent.exists():
        raise StoreError(message("Store", "The folder {folder} does not exist."), folder=p.parent)
    existed = p.exists() and p.stat().st_size > 0
    if p.exists() and not os.access(p, os.R_OK | os.W_OK):
        raise StoreError(
            message("Store", "{path} cannot be read and written; check its permissions."), path=p
        )
    try:
        conn = _raw_connect(p)
    except sqlite3.Error as e:
        raise StoreError(
            message("Store", "{path} cannot be opened: {why}."), path=p, why=e
        ) from None
    try:
        if existed and not _structure_ok(conn):
            conn.close()
            raise StoreCorrupt(_damaged_message(p))
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        db = Database(conn)
        pending = migrations.pending(db)
        if existed and backups and pending and db.table_names():
            # A migration rewrites tables: check fully and keep a copy first, on the start path.
            if not _integrity_ok(conn):
                conn.close()
                raise StoreCorrupt(_damaged_message(p))
            make_backup(conn, p, "before-migration")
        if pending:
            migrations.apply(db)
    except StoreError:
        raise
    except sqlite3.DatabaseError as e:
        conn.close()
        raise StoreCorrupt(_damaged_message(p, f" ({e})")) from None
    except OSError as e:
        conn.close()
        raise StoreError(
            message("Store", "{path} could not be prepared: {why}."), path=p, why=e.strerror or e
        ) from None
    return db


def start_maintenance(path: str | os.PathLike) -> Maintenance:
    job = Maintenance(Path(path))
    job.start()
    return job
