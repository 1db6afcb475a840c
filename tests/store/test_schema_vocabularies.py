"""Each vocabulary lives in core; the database's CHECK clauses, the store's SQL and the column
forms are derived from it. These tests catch the two ways that can still go wrong: a vocabulary
changing under databases that already exist, and a field whose type and column disagree."""

from __future__ import annotations

import json
import re
import sqlite3
import typing
from pathlib import Path

import pytest
from sqlite_utils import Database

from scorecard_app.core import entities as e
from scorecard_app.store import schema
from scorecard_app.store.mapping import COLUMNS, ENTITIES, column_of, from_row, sql_list, to_row

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = Path(__file__).with_name("shipped_schema.sql")
SHIPPED_MIGRATIONS = ("m001_initial", "m002_sync", "m003_attachment_subject")


def _tables(db) -> dict[str, str]:
    rows = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return {name: " ".join(sql.split()) for name, sql in rows}


def _shipped() -> dict[str, str]:
    text = "\n".join(ln for ln in SHIPPED.read_text().splitlines() if not ln.startswith("--"))
    out = {}
    for stmt in filter(str.strip, text.split(";")):
        name = re.match(r"\s*CREATE TABLE (\w+)", stmt)[1]
        out[name] = " ".join(stmt.split())
    return out


def test_shipped_migrations_still_make_the_tables_existing_databases_hold():
    """If a core vocabulary grows or shrinks, m001's CHECK text changes for new databases only:
    old ones keep the old CHECK and would refuse the new code. Then add a migration that rebuilds
    the table (with a test that an old database opens), and leave m001 as it shipped."""
    db = Database(memory=True)
    by_name = {m.name: m for m in schema.migrations._migrations}
    for name in SHIPPED_MIGRATIONS:
        by_name[name].fn(db)
    made, shipped = _tables(db), _shipped()
    assert set(made) == set(shipped)
    for name in shipped:
        assert made[name] == shipped[name], f"table {name} differs from what shipped"


CHECKED = {
    ("cycle", "scoring_mode"): e.SCORING_MODES,
    ("cycle", "status"): e.CYCLE_STATUSES,
    ("cycle_group", "kind"): e.GROUP_KINDS,
    ("action", "status"): e.ACTION_STATUSES,
    ("outbox", "op"): e.OP_KINDS,
}


@pytest.mark.parametrize(("table", "column"), CHECKED)
def test_a_checked_column_lists_its_core_vocabulary(store, table, column):
    sql = store.conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    listed = re.search(rf"CHECK \({column} IN \(([^)]*)\)\)", sql[0])[1]
    assert listed == sql_list(CHECKED[table, column])


def test_the_store_refuses_a_code_outside_the_vocabulary(store):
    f = store.add(e.Facility("Clinic"))
    for mode in e.SCORING_MODES:
        store.add(e.Cycle(f.id, "Village", scoring_mode=mode))
    with pytest.raises(sqlite3.IntegrityError):
        store.add(e.Cycle(f.id, "Village", scoring_mode="by_lottery"))


SQL_TYPE = {bool: "INTEGER", int: "INTEGER", float: "REAL", str: "TEXT"}


def _sql_type(tp) -> str:
    if typing.get_origin(tp) in (typing.Union, __import__("types").UnionType):
        (tp,) = [a for a in typing.get_args(tp) if a is not type(None)]
    return SQL_TYPE.get(tp, "TEXT")  # lists and dicts are JSON text


@pytest.mark.parametrize("entity", ENTITIES)
def test_every_field_has_a_column_of_its_type(store, entity):
    cls, table = ENTITIES[entity]
    declared = {r["name"]: r["type"] for r in store.conn.execute(f"PRAGMA table_info({table})")}
    for name, tp in typing.get_type_hints(cls).items():
        assert declared.get(name) == _sql_type(tp), f"{entity}.{name}: {tp} vs {declared.get(name)}"
        assert COLUMNS[name] == column_of(tp)


def test_bool_and_json_fields_round_trip_by_their_type(store):
    """Found from the field types alone: no list of names to keep up to date."""
    cycle = e.Cycle("f", "Village", training=True, facilitators=["Mai", "Lan"])
    cycle.stage_dates = {"setup": e.StageDates(planned="2026-01-02")}
    row = to_row(cycle)
    assert row["training"] == 1 and json.loads(row["facilitators"]) == ["Mai", "Lan"]
    assert json.loads(row["stage_dates"]) == {"setup": {"planned": "2026-01-02", "actual": None}}
    assert from_row(e.Cycle, row) == cycle
    forms = {n: c.form for n, c in COLUMNS.items() if c.form != "plain"}
    bools = {
        n
        for cls, _ in ENTITIES.values()
        for n, t in typing.get_type_hints(cls).items()
        if t is bool
    }
    assert {n for n, f in forms.items() if f == "bool"} == bools


def test_sql_lists_take_only_codes():
    assert sql_list(("in_progress", "done")) == "'in_progress','done'"
    with pytest.raises(ValueError):
        sql_list(("x'); DROP TABLE cycle; --",))


def test_the_wire_contract_names_the_same_op_kinds():
    contract = json.loads((ROOT / "sync" / "schema" / "v1" / "op.json").read_text())
    assert tuple(contract["properties"]["op"]["enum"]) == e.OP_KINDS
