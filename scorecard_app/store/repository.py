"""Loading and saving core objects. Each public mutating method is one transaction that also
writes the outbox row(s) the sync client will push. Undo in the GUI calls the same methods."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from scorecard_app.core import entities as e
from scorecard_app.core.ids import utc_now, uuid7
from scorecard_app.core.scales import ScoreOutOfRange
from scorecard_app.core.text import Message, message

from .connection import Maintenance, StoreError, open_database, start_maintenance
from .db import Database
from .mapping import (
    ENTITIES,
    entity_name,
    field_names,
    from_row,
    sql_list,
    table_of,
    to_column,
    to_row,
    wire_value,
)

T = TypeVar("T")
Op = e.OpKind
_OPEN = sql_list(e.OPEN_ACTION_STATUSES)

# Edits still allowed once a cycle is finished: follow-up goes on until the next round
# (taking back a follow-up update — undo — is part of that).
_ALLOWED_WHEN_FINISHED = {
    ("action_update", Op.INSERT),
    ("action_update", Op.DELETE),
    ("action_update", Op.RESTORE),
    ("action", Op.UPDATE),
}


class CycleLocked(StoreError):
    pass


class NotFound(StoreError):
    pass


# The kind of record is the store's own name for it ("action_update"), shown as it is.
_NOT_FOUND = message("Store", "There is no record with id {id} ({kind}).")


class Store:
    """The app's one door to its SQLite file."""

    def __init__(self, db: Database, path: str | os.PathLike | None = None):
        self.db = db
        self.conn = db.conn
        self.path = Path(path) if path else None
        self.maintenance: Maintenance | None = None
        self._cache: dict[str, tuple[tuple[int, int], Any]] = {}
        # (entity, record id, op) of every change made through this Store, in order: what an
        # open cycle's screens apply to what they loaded (`cycle_changes.updated`)
        self._changed: list[tuple[str, str, str]] = []

    @classmethod
    def open(cls, path: str | os.PathLike, *, backups: bool = True) -> Store:
        existed = Path(path).exists() and Path(path).stat().st_size > 0
        store = cls(open_database(path, backups=backups), path)
        if backups and existed:
            store.maintenance = start_maintenance(path)
        return store

    def maintenance_problem(self, wait: bool = False) -> Message | None:
        """What the background check found wrong with the file (None: fine, or not done yet)."""
        if self.maintenance is None:
            return None
        if wait:
            self.maintenance.now().join()
        return self.maintenance.problem

    def close(self) -> None:
        # Let the check and a backup being written finish (begun now if they were still waiting
        # for their delay): a half copy would be of no use.
        if self.maintenance is not None:
            self.maintenance.now().join()
        self.conn.close()
        self.closed = True

    closed = False  # work left in a timer (the home list's counts) asks before it reads

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group several calls into one transaction (one undo step, one commit)."""
        with self.db.atomic():
            yield

    # ---------------------------------------------------------------- reading
    def get(self, cls: type[T], record_id: str, *, deleted: bool = False) -> T | None:
        sql = f"SELECT * FROM {table_of(cls)} WHERE id = ?"
        if not deleted:
            sql += " AND deleted_at IS NULL"
        row = self.conn.execute(sql, (record_id,)).fetchone()
        return from_row(cls, row) if row else None

    def require(self, cls: type[T], record_id: str) -> T:
        obj = self.get(cls, record_id)
        if obj is None:
            raise NotFound(_NOT_FOUND, kind=entity_name(cls), id=record_id)
        return obj

    def _select(
        self, cls: type[T], where: str, params: Iterable[Any], order: str = "rowid"
    ) -> list[T]:
        sql = (
            f"SELECT * FROM {table_of(cls)} WHERE deleted_at IS NULL AND ({where}) ORDER BY {order}"
        )
        return [from_row(cls, r) for r in self.conn.execute(sql, tuple(params))]

    def facilities(self) -> list[e.Facility]:
        return self._select(e.Facility, "1", (), "name COLLATE NOCASE")

    def locations(self) -> list[str]:
        """Every community location used before, for autocompletion."""
        rows = self.conn.execute(
            "SELECT DISTINCT community FROM cycle WHERE deleted_at IS NULL ORDER BY community"
        )
        return [r[0] for r in rows]

    _OPEN_ACTION = f"deleted_at IS NULL AND status IN ({_OPEN})"

    def list_cycles(
        self, *, include_training: bool = True, today: str | None = None
    ) -> list[e.CycleSummary]:
        """Every cycle as the home list shows it, ordered by facility, community and round.

        Two plain scans, both served by covering indexes (m004): the cycles joined to their
        facility, and one count of open actions per cycle (the overdue ones summed with it).
        Correlated count subqueries per cycle cost as much again at 10,000 cycles."""
        today = today or date.today().isoformat()
        counts = {
            cid: (n, late)
            for cid, n, late in self.conn.execute(
                "SELECT cycle_id, count(*), sum(due IS NOT NULL AND due < ?) FROM action"
                f" WHERE {self._OPEN_ACTION} GROUP BY cycle_id",
                (today,),
            )
        }
        sql = """
            SELECT c.id, c.facility_id, f.name, f.sector, c.community, c.round_no,
                   c.stage, c.status, c.training, c.language, c.updated_at, c.previous_cycle_id
            FROM cycle c JOIN facility f ON f.id = c.facility_id
            WHERE c.deleted_at IS NULL {training}
            ORDER BY f.name COLLATE NOCASE, c.community, c.round_no
        """.format(training="" if include_training else "AND c.training = 0")
        cur = self.conn.cursor()
        cur.row_factory = None  # plain tuples: sqlite3.Row's lookups by name cost more here
        summary, none = e.CycleSummary, (0, 0)
        out = []
        for r in cur.execute(sql):
            n, late = counts.get(r[0], none)
            out.append(summary(*r[:8], bool(r[8]), r[9], r[10], n, late, r[11]))
        return out

    def has_cycles(self) -> bool:
        return (
            self.conn.execute("SELECT 1 FROM cycle WHERE deleted_at IS NULL LIMIT 1").fetchone()
            is not None
        )

    def change_mark(self) -> int:
        """Where the list of changes made through this Store stands now."""
        return len(self._changed)

    def changes_after(self, mark: int) -> list[tuple[str, str, str]]:
        """The changes (entity, record id, op) made through this Store since `mark`."""
        return self._changed[mark:]

    def changed_outside(self) -> None:
        """Records are about to be written without add/update/delete (head office's copies):
        whoever holds a loaded cycle reads it again."""
        self._changed.append(("*", "", "reload"))

    def changes_stamp(self) -> tuple[int, int]:
        """Changes whenever the data may have: this connection's own writes (total_changes) or
        another connection's commits (data_version). What the caches below are keyed on."""
        return self.conn.total_changes, self.conn.execute("PRAGMA data_version").fetchone()[0]

    def cached(self, key: str, build: Callable[[], T]) -> T:
        """`build()`, kept until the data changes (see `changes_stamp`)."""
        stamp = self.changes_stamp()
        hit = self._cache.get(key)
        if hit is not None and hit[0] == stamp:
            return hit[1]
        value = build()
        self._cache[key] = (stamp, value)
        return value

    def location_parts(self, levels: int, sep: str = "›") -> list[list[str]]:
        """For each of the first `levels` parts of the locations used before ("Region › District
        › …"), the names used there, each once: "north" and "North" are the same place, offered
        as first met in the sorted locations; sorted case-blind. Kept until the data changes."""

        def build() -> list[list[str]]:
            out: list[dict[str, str]] = [{} for _ in range(levels)]
            for loc in self.locations():
                parts = [p.strip() for p in loc.split(sep) if p.strip()]
                for i, part in enumerate(parts[:levels]):
                    out[i].setdefault(part.casefold(), part)
            return [sorted(d.values(), key=str.casefold) for d in out]

        return [list(level) for level in self.cached(f"location_parts:{levels}:{sep}", build)]

    def load_cycle(self, cycle_id: str) -> e.CycleData:
        cycle = self.require(e.Cycle, cycle_id)
        facility = self.get(e.Facility, cycle.facility_id, deleted=True)
        by = "cycle_id = ?"
        actions = self._select(e.Action, by, (cycle_id,))
        ids = [a.id for a in actions]
        updates: list[e.ActionUpdate] = []
        if ids:
            marks = ",".join("?" * len(ids))
            updates = self._select(e.ActionUpdate, f"action_id IN ({marks})", ids, "on_date, rowid")
        meetings = self._select(e.InterfaceMeeting, by, (cycle_id,))
        return e.CycleData(
            cycle=cycle,
            facility=facility,
            groups=self._select(e.Group, by, (cycle_id,), "position, rowid"),
            participants=self._select(e.Participant, by, (cycle_id,), "number, rowid"),
            input_items=self._select(e.InputItem, by, (cycle_id,), "position, rowid"),
            issues=self._select(e.Issue, by, (cycle_id,)),
            indicators=self._select(e.Indicator, by, (cycle_id,), "position, rowid"),
            scores=self._select(e.Score, by, (cycle_id,)),
            votes=self._select(e.Vote, by, (cycle_id,)),
            tallies=self._select(e.Tally, by, (cycle_id,)),
            meeting=meetings[0] if meetings else None,
            actions=actions,
            updates=updates,
        )

    def previous_data(self, cycle_id: str) -> e.CycleData | None:
        c = self.require(e.Cycle, cycle_id)
        return self.load_cycle(c.previous_cycle_id) if c.previous_cycle_id else None

    def rounds(self, cycle_id: str) -> list[e.CycleData]:
        """This cycle and every earlier round linked to it, oldest first."""
        out, cur = [], self.get(e.Cycle, cycle_id)
        seen: set[str] = set()
        while cur is not None and cur.id not in seen:
            seen.add(cur.id)
            out.append(self.load_cycle(cur.id))
            cur = self.get(e.Cycle, cur.previous_cycle_id) if cur.previous_cycle_id else None
        return list(reversed(out))

    def latest_round(
        self, facility_id: str, community: str, *, real_only: bool = False
    ) -> e.Cycle | None:
        """The last round at this facility and place; `real_only` skips practice cycles."""
        where = "facility_id = ? AND community = ?" + (" AND training = 0" if real_only else "")
        rows = self._select(e.Cycle, where, (facility_id, community), "round_no DESC")
        return rows[0] if rows else None

    def cycle_events(self, cycle_id: str) -> list[dict[str, str]]:
        rows = self.conn.execute(
            "SELECT kind, reason, created_at FROM cycle_event WHERE cycle_id = ? ORDER BY rowid",
            (cycle_id,),
        )
        return [dict(r) for r in rows]

    def overdue_actions(self, today: str | None = None) -> list[tuple[e.Action, e.CycleSummary]]:
        today = today or date.today().isoformat()
        cycles = {c.id: c for c in self.list_cycles(today=today)}
        acts = self._select(
            e.Action,
            f"status IN ({_OPEN}) AND due IS NOT NULL AND due < ?",
            (today,),
            "due",
        )
        return [(a, cycles[a.cycle_id]) for a in acts if a.cycle_id in cycles]

    # ---------------------------------------------------------------- writing
    def _cycle_of(self, entity: str, obj: Any) -> str | None:
        if entity == "cycle":
            return obj.id
        if entity == "action_update":
            row = self.conn.execute(
                "SELECT cycle_id FROM action WHERE id = ?", (obj.action_id,)
            ).fetchone()
            return row[0] if row else None
        return getattr(obj, "cycle_id", None)

    def _guard(self, entity: str, op: str, cycle_id: str | None) -> bool:
        """Refuse edits to a finished cycle; return whether the cycle is a training one."""
        if cycle_id is None or entity == "cycle":
            row = (
                self.conn.execute("SELECT training FROM cycle WHERE id = ?", (cycle_id,)).fetchone()
                if cycle_id
                else None
            )
            return bool(row and row[0])
        row = self.conn.execute(
            "SELECT status, training FROM cycle WHERE id = ?", (cycle_id,)
        ).fetchone()
        if row is None:
            raise NotFound(message("Store", "No cycle with id {id}."), id=cycle_id)
        if row["status"] == e.CycleStatus.COMPLETE and (entity, op) not in _ALLOWED_WHEN_FINISHED:
            raise CycleLocked(
                message("Store", "This cycle is finished. Reopen it (with a reason) to change it.")
            )
        return bool(row["training"])

    def _outbox(
        self,
        entity: str,
        record_id: str,
        op: str,
        fields: dict,
        base: dict,
        base_version: int,
        cycle_id: str | None,
        training: bool,
    ) -> None:
        self._changed.append((entity, record_id, op))
        if training:  # practice cycles never leave the laptop
            return
        self.conn.execute(
            "INSERT INTO outbox (op_id, entity, record_id, op, fields, base, base_version, cycle_id, created_at)"
            " VALUES (?,?,?,?,?,?,?,?,?)",
            (
                uuid7(),
                entity,
                record_id,
                op,
                json.dumps(fields, ensure_ascii=False, sort_keys=True),
                json.dumps(base, ensure_ascii=False, sort_keys=True),
                base_version,
                cycle_id,
                utc_now(),
            ),
        )

    def _touch_cycle(self, cycle_id: str | None, now: str) -> None:
        if cycle_id:
            self.conn.execute("UPDATE cycle SET updated_at = ? WHERE id = ?", (now, cycle_id))

    def add(self, obj: T) -> T:
        """Insert a new record (one transaction + its outbox row)."""
        entity = entity_name(obj)
        with self.db.atomic():
            cycle_id = self._cycle_of(entity, obj)
            training = (
                bool(getattr(obj, "training", False))
                if entity == "cycle"
                else self._guard(entity, Op.INSERT, cycle_id)
            )
            now = utc_now()
            row = to_row(obj) | {"created_at": now, "updated_at": now, "version": 1}
            cols = ",".join(row)
            self.conn.execute(
                f"INSERT INTO {table_of(obj)} ({cols}) VALUES ({','.join('?' * len(row))})",
                tuple(row.values()),
            )
            fields = {
                f: wire_value(f, getattr(obj, f)) for f in field_names(type(obj)) if f != "id"
            }
            self._outbox(entity, obj.id, Op.INSERT, fields, {}, 0, cycle_id, training)
            if entity != "cycle":
                self._touch_cycle(cycle_id, now)
        return obj

    def update(self, cls: type[T], record_id: str, **changes: Any) -> dict[str, Any]:
        """Change some fields of one record; returns their old values (what undo sets back)."""
        entity = entity_name(cls)
        unknown = (set(changes) - set(field_names(cls))) | ({"id"} & set(changes))
        if unknown:
            raise ValueError(f"Cannot change {', '.join(sorted(unknown))} of a {entity}.")
        with self.db.atomic():
            obj = self.require(cls, record_id)
            cycle_id = self._cycle_of(entity, obj)
            training = self._guard(entity, Op.UPDATE, cycle_id)
            old = {k: getattr(obj, k) for k in changes}
            changed = {k: v for k, v in changes.items() if old[k] != v}
            if not changed:
                return old
            version = self.conn.execute(
                f"SELECT version FROM {table_of(cls)} WHERE id = ?", (record_id,)
            ).fetchone()[0]
            now = utc_now()
            sets = ", ".join(f"{k} = ?" for k in changed)
            self.conn.execute(
                f"UPDATE {table_of(cls)} SET {sets}, updated_at = ?, version = version + 1 WHERE id = ?",
                (*[to_column(k, v) for k, v in changed.items()], now, record_id),
            )
            self._outbox(
                entity,
                record_id,
                Op.UPDATE,
                {k: wire_value(k, v) for k, v in changed.items()},
                {k: wire_value(k, old[k]) for k in changed},
                version,
                cycle_id,
                training,
            )
            if entity != "cycle":
                self._touch_cycle(cycle_id, now)
        return old

    def delete(self, cls: type, record_id: str) -> None:
        """Soft-delete: the row stays (undo, sync tombstones), hidden from every list."""
        self._set_deleted(cls, record_id, deleted=True)

    def restore(self, cls: type, record_id: str) -> None:
        """Bring back a soft-deleted record (undo of delete)."""
        self._set_deleted(cls, record_id, deleted=False)

    def _set_deleted(self, cls: type, record_id: str, *, deleted: bool) -> None:
        entity = entity_name(cls)
        with self.db.atomic():
            obj = self.get(cls, record_id, deleted=True)
            if obj is None:
                raise NotFound(_NOT_FOUND, kind=entity, id=record_id)
            cycle_id = self._cycle_of(entity, obj)
            training = self._guard(entity, Op.DELETE if deleted else Op.RESTORE, cycle_id)
            now = utc_now()
            version = self.conn.execute(
                f"SELECT version FROM {table_of(cls)} WHERE id = ?", (record_id,)
            ).fetchone()[0]
            self.conn.execute(
                f"UPDATE {table_of(cls)} SET deleted_at = ?, updated_at = ?, version = version + 1 WHERE id = ?",
                (now if deleted else None, now, record_id),
            )
            self._outbox(
                entity,
                record_id,
                Op.DELETE if deleted else Op.RESTORE,
                {},
                {},
                version,
                cycle_id,
                training,
            )
            self._touch_cycle(cycle_id, now)

    # ------------------------------------------------------- cycle life cycle
    def create_cycle(self, cycle: e.Cycle, facility: e.Facility | None = None) -> e.Cycle:
        """Create a cycle (and its facility when new). Links the previous round automatically."""
        with self.db.atomic():
            if facility is not None and self.get(e.Facility, facility.id) is None:
                self.add(facility)
            if cycle.previous_cycle_id is None:  # a real round never follows a practice one
                prev = self.latest_round(
                    cycle.facility_id, cycle.community, real_only=not cycle.training
                )
                if prev is not None:
                    cycle.previous_cycle_id = prev.id
                    if cycle.round_no <= prev.round_no:
                        cycle.round_no = prev.round_no + 1
            self.add(cycle)
        return cycle

    def start_next_round(self, previous_id: str, **overrides: Any) -> e.Cycle:
        """Open the next round: same facility, community, scale and indicators (for trends)."""
        prev = self.load_cycle(previous_id)
        c = prev.cycle
        new = e.Cycle(
            facility_id=c.facility_id,
            community=c.community,
            round_no=c.round_no + 1,
            previous_cycle_id=c.id,
            scale_code=c.scale_code,
            scoring_mode=c.scoring_mode,
            language=c.language,
            lead_facilitator=c.lead_facilitator,
            facilitators=list(c.facilitators),
            training=c.training,
        )
        for k, v in overrides.items():
            setattr(new, k, v)
        with self.db.atomic():
            self.add(new)
            for ind in prev.indicators:
                self.add(replace(ind, id=uuid7(), cycle_id=new.id, source_issue_id=None))
        return new

    def finish_cycle(self, cycle_id: str) -> None:
        with self.db.atomic():
            self.update(e.Cycle, cycle_id, status=e.CycleStatus.COMPLETE, finished_at=utc_now())
            self._event(cycle_id, "finished", "")

    def reopen_cycle(self, cycle_id: str, reason: str) -> None:
        if not reason.strip():
            raise StoreError(
                message("Store", "Say why the cycle is reopened; the reason is kept in its log.")
            )
        with self.db.atomic():
            self.update(e.Cycle, cycle_id, status=e.CycleStatus.IN_PROGRESS, finished_at=None)
            self._event(cycle_id, "reopened", reason.strip())

    def _event(self, cycle_id: str, kind: str, reason: str) -> None:
        now = utc_now()
        self.conn.execute(
            "INSERT INTO cycle_event (id, cycle_id, kind, reason, created_at, updated_at) VALUES (?,?,?,?,?,?)",
            (uuid7(), cycle_id, kind, reason, now, now),
        )

    def set_stage_date(
        self, cycle_id: str, stage: str, *, planned: str | None = ..., actual: str | None = ...
    ) -> dict:
        c = self.require(e.Cycle, cycle_id)
        dates = {k: replace(v) for k, v in c.stage_dates.items()}
        sd = dates.setdefault(stage, e.StageDates())
        if planned is not ...:
            sd.planned = planned
        if actual is not ...:
            sd.actual = actual
        return self.update(e.Cycle, cycle_id, stage_dates=dates)

    # ---------------------------------------------------------------- scoring
    def _scale_of(self, cycle_id: str):
        return self.require(e.Cycle, cycle_id).scale

    def set_score(
        self, cycle_id: str, group_id: str, indicator_id: str, **fields: Any
    ) -> e.Score | None:
        """Set a group's consensus value / reason / suggestion; returns the score as it was."""
        if fields.get("value") is not None:
            fields["value"] = self._scale_of(cycle_id).validate(fields["value"])
        with self.db.atomic():
            found = self._select(
                e.Score, "group_id = ? AND indicator_id = ?", (group_id, indicator_id)
            )
            if found:
                before = found[0]
                self.update(e.Score, before.id, **fields)
                return before
            self.add(
                e.Score(cycle_id=cycle_id, group_id=group_id, indicator_id=indicator_id, **fields)
            )
            return None

    def set_vote(
        self, cycle_id: str, participant_id: str, indicator_id: str, value: float | None
    ) -> float | None:
        """Record (or clear, with None) one participant's rating; returns the previous value."""
        if value is not None:
            value = self._scale_of(cycle_id).validate(value)
        with self.db.atomic():
            found = self._select(
                e.Vote, "participant_id = ? AND indicator_id = ?", (participant_id, indicator_id)
            )
            old = found[0].value if found else None
            if found and value is None:
                self.delete(e.Vote, found[0].id)
            elif found:
                self.update(e.Vote, found[0].id, value=value)
            elif value is not None:
                self.add(
                    e.Vote(
                        cycle_id=cycle_id,
                        participant_id=participant_id,
                        indicator_id=indicator_id,
                        value=value,
                    )
                )
        return old

    def set_tally(
        self, cycle_id: str, group_id: str, indicator_id: str, value: float, count: int
    ) -> int:
        """How many hands went up for one level; returns the previous count."""
        value = self._scale_of(cycle_id).validate(value)
        if int(count) != count or count < 0:
            raise ScoreOutOfRange(
                message("Store", "“{count}” is not a count of people."), count=count
            )
        with self.db.atomic():
            found = self._select(
                e.Tally,
                "group_id = ? AND indicator_id = ? AND value = ?",
                (group_id, indicator_id, value),
            )
            if found:
                old = found[0].count
                self.update(e.Tally, found[0].id, count=int(count))
                return old
            self.add(
                e.Tally(
                    cycle_id=cycle_id,
                    group_id=group_id,
                    indicator_id=indicator_id,
                    value=value,
                    count=int(count),
                )
            )
            return 0

    # ----------------------------------------------------------------- issues
    def merge_issues(self, keep_id: str, duplicate_ids: Iterable[str]) -> dict[str, int]:
        """Fold duplicates into one issue: their votes add up, they point to it.

        Returns the keeper's old vote count under "votes" so undo can set it back."""
        with self.db.atomic():
            keep = self.require(e.Issue, keep_id)
            total = keep.votes
            for d in duplicate_ids:
                dup = self.require(e.Issue, d)
                if dup.id == keep.id:
                    continue
                total += dup.votes
                self.update(e.Issue, dup.id, merged_into=keep.id)
            self.update(e.Issue, keep.id, votes=total)
        return {"votes": keep.votes}

    def unmerge_issue(self, issue_id: str, keeper_votes: int | None = None) -> None:
        with self.db.atomic():
            dup = self.require(e.Issue, issue_id)
            if dup.merged_into is None:
                return
            keep = self.require(e.Issue, dup.merged_into)
            self.update(e.Issue, dup.id, merged_into=None)
            self.update(
                e.Issue,
                keep.id,
                votes=keeper_votes if keeper_votes is not None else max(0, keep.votes - dup.votes),
            )

    def reorder(self, cls: type, ids: list[str]) -> list[str]:
        """Set `position` from the order given; returns the old order for undo."""
        with self.db.atomic():
            objs = [self.require(cls, i) for i in ids]
            old = [o.id for o in sorted(objs, key=lambda o: o.position)]
            for pos, o in enumerate(objs):
                if o.position != pos:
                    self.update(cls, o.id, position=pos)
        return old

    def next_participant_number(self, cycle_id: str) -> int:
        row = self.conn.execute(
            "SELECT max(number) FROM participant WHERE cycle_id = ?", (cycle_id,)
        ).fetchone()
        return (row[0] or 0) + 1

    # --------------------------------------------------------------- settings
    def get_setting(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str | None) -> None:
        with self.db.atomic():
            if value is None:
                self.conn.execute("DELETE FROM setting WHERE key = ?", (key,))
            else:
                self.conn.execute(
                    "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (key, value),
                )

    # ----------------------------------------------------------------- outbox
    def pending_ops(
        self, limit: int = 500, cycle_ids: Iterable[str] | None = None
    ) -> list[dict[str, Any]]:
        """The next unsent operations, oldest first, as plain dicts for the wire."""
        sql = "SELECT * FROM outbox WHERE sent_at IS NULL"
        params: list[Any] = []
        if cycle_ids is not None:
            ids = list(cycle_ids)
            sql += f" AND (cycle_id IN ({','.join('?' * len(ids))}) OR (entity = 'facility'))"
            params += ids
        sql += " ORDER BY seq LIMIT ?"
        params.append(limit)
        return [op_from_row(r) | {"seq": r["seq"]} for r in self.conn.execute(sql, params)]

    def mark_sent(self, results: dict[str, str]) -> None:
        """Record the server's answer per op id; answered ops leave the queue."""
        now = utc_now()
        with self.db.atomic():
            self.conn.executemany(
                "UPDATE outbox SET sent_at = ?, result = ? WHERE op_id = ? AND sent_at IS NULL",
                [(now, res, op) for op, res in results.items()],
            )

    def outbox_count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM outbox WHERE sent_at IS NULL").fetchone()[0]


def op_from_row(r: Any) -> dict[str, Any]:
    """An outbox row as the op the wire and bundles carry."""
    return {
        "op_id": r["op_id"],
        "entity": r["entity"],
        "record_id": r["record_id"],
        "op": r["op"],
        "fields": json.loads(r["fields"]),
        "base": json.loads(r["base"]),
        "base_version": r["base_version"],
        "cycle_id": r["cycle_id"],
        "created_at": r["created_at"],
    }


def entity_classes() -> dict[str, type]:
    return {name: cls for name, (cls, _t) in ENTITIES.items()}
