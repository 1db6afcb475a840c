"""The push's bulk writer (db.insert_rows) stores exactly what SQLAlchemy's executemany stores,
on SQLite and PostgreSQL: awkward text, nulls, whole numbers in float columns, values of an
unexpected type, and a duplicate key still raises SQLAlchemy's IntegrityError."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from scorecard_sync import tables as t
from scorecard_sync.db import insert_rows
from scorecard_sync.devices import organisation_id

AWKWARD = ['x"\\y,{}', "é ‹› 日本", "", "NULL", "a\nb\tc", "%(p0)s ? %s"]


def _rows(org: str, cycle: str) -> list[dict]:
    return [
        {
            "organisation_id": org,
            "cycle_id": cycle,
            "indicator_key": f"k{i}",
            "breakdown": "community",
            "category": "",
            "indicator_id": f"i{i}",
            "indicator_text": text,
            "position": i,
            "provider_only": i % 2 == 0,
            "n": i,
            "votes": 0,
            "score": [None, 3, 2.5, 1e-300, -0.0, 4][i],  # ints and floats mixed
            "median": None,
            "mean": 1 / 3,
            "consensus": None,
            "provider": None,
            "gap": None,
            "previous": None,
            "change": None,
            "score_100": 75.0,
            "scale_code": "faces5",
        }
        for i, text in enumerate(AWKWARD)
    ]


def _stored(engine, cycle: str) -> list[tuple]:
    c = t.dash_results.c
    cols = [col for col in t.dash_results.c if col.name != "cycle_id"]
    with engine.connect() as conn:
        rows = conn.execute(sa.select(*cols).where(c.cycle_id == cycle).order_by(c.indicator_key))
        return [tuple(r) for r in rows]


@pytest.mark.parametrize(
    "odd",
    [None, {"position": 2.0}, {"provider_only": 1}],
    ids=["plain", "float_in_integer", "int_in_boolean"],
)
def test_insert_rows_stores_what_executemany_stores(engine, odd):
    org = organisation_id(engine)
    tag = "-".join(odd or {}) or "plain"
    fast, plain = _rows(org, f"fast-{tag}"), _rows(org, f"plain-{tag}")
    for rows in (fast, plain):
        rows[2] |= odd or {}
    with engine.begin() as conn:
        insert_rows(conn, t.dash_results, fast)
        conn.execute(t.dash_results.insert(), plain)
    assert _stored(engine, f"fast-{tag}") == _stored(engine, f"plain-{tag}")
    assert len(_stored(engine, f"fast-{tag}")) == len(AWKWARD)


def test_insert_rows_duplicate_is_an_integrity_error(engine):
    org = organisation_id(engine)
    rows = _rows(org, "dup")
    with engine.begin() as conn:
        insert_rows(conn, t.dash_results, rows)
    with pytest.raises(sa.exc.IntegrityError), engine.begin() as conn:
        insert_rows(conn, t.dash_results, rows[:1])
    assert len(_stored(engine, "dup")) == len(AWKWARD)  # the failed batch left nothing behind


def test_insert_rows_nothing_to_do(engine):
    with engine.begin() as conn:
        insert_rows(conn, t.dash_results, [])
