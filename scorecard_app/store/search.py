"""Searching across every cycle on this laptop: facility, community, issue, indicator, action.

Kept apart from repository.py (which loads and saves); this only reads.

Matching is case-blind in every script (Python's casefold), which SQLite cannot do by itself.
Folding each row's text through a Python function inside the query cost a call per row and per
keystroke (half a second at 10,000 cycles). Instead the distinct texts of each kind are read
once, folded once and kept until the data changes (`Store.cached`); a search matches the folded
texts in Python and then reads the rows with those texts in one plain query per kind.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from .repository import Store

_LIVE = " AND cycle_id IN (SELECT id FROM cycle WHERE deleted_at IS NULL)"

# kind → (FROM, WHERE, the cycle id, the text shown, the texts searched). Live records only.
_SOURCES: dict[str, tuple[str, str, str, str, tuple[str, ...]]] = {
    "facility": (
        "cycle c JOIN facility f ON f.id = c.facility_id",
        "c.deleted_at IS NULL",
        "c.id",
        "f.name",
        ("f.name",),
    ),
    "community": ("cycle c", "c.deleted_at IS NULL", "c.id", "c.community", ("c.community",)),
    "issue": ("issue i", "i.deleted_at IS NULL" + _LIVE, "i.cycle_id", "i.text", ("i.text",)),
    "indicator": (
        "indicator i",
        "i.deleted_at IS NULL" + _LIVE,
        "i.cycle_id",
        "i.text",
        ("i.text",),
    ),
    "action": (
        "action a",
        "a.deleted_at IS NULL" + _LIVE,
        "a.cycle_id",
        "a.what",
        ("a.what", "a.responsible", "a.institution"),
    ),
}
KINDS = tuple(_SOURCES)

# (kind, column searched) → its distinct texts, a superset of the live ones (deleted records
# included: the query that reads the rows leaves them out), read without joins.
_TEXTS = {
    ("facility", "f.name"): "SELECT DISTINCT name FROM facility",
    ("community", "c.community"): "SELECT DISTINCT community FROM cycle WHERE deleted_at IS NULL",
    ("issue", "i.text"): "SELECT DISTINCT text FROM issue",
    ("indicator", "i.text"): "SELECT DISTINCT text FROM indicator",
    ("action", "a.what"): "SELECT DISTINCT what FROM action",
    ("action", "a.responsible"): "SELECT DISTINCT responsible FROM action",
    ("action", "a.institution"): "SELECT DISTINCT institution FROM action",
}


@dataclass(frozen=True)
class SearchHit:
    cycle_id: str
    kind: str  # one of KINDS
    text: str


def _folded_texts(store: Store) -> dict[tuple[str, str], dict[str, list[str]]]:
    """(kind, column) → folded text → the texts as written that fold to it."""
    out: dict[tuple[str, str], dict[str, list[str]]] = {}
    for key, sql in _TEXTS.items():
        texts: dict[str, list[str]] = {}
        for (text,) in store.conn.execute(sql):
            if text:
                texts.setdefault(text.casefold(), []).append(text)
        out[key] = texts
    return out


def search_cycles(store: Store, text: str, limit: int = 200) -> list[SearchHit]:
    """Every record whose text contains `text` (any case, any script), grouped by kind.

    Deleted records and deleted cycles are left out; each (cycle, kind, text) appears once.
    """
    q = text.strip().casefold()
    if not q:
        return []
    index = store.cached("search_texts", lambda: _folded_texts(store))
    hits: list[SearchHit] = []
    for kind, (table, where, cid, shown, cols) in _SOURCES.items():
        conds, params = [], []
        for col in cols:
            matched = [t for f, ts in index[(kind, col)].items() if q in f for t in ts]
            if matched:
                conds.append(f"{col} IN (SELECT value FROM json_each(?))")
                params.append(json.dumps(matched, ensure_ascii=False))
        if not conds:
            continue
        sql = (
            f"SELECT DISTINCT {cid}, {shown} FROM {table} WHERE {where}"
            f" AND ({' OR '.join(conds)}) LIMIT ?"  # in the table's order: stops at the limit
        )
        for cycle_id, found in store.conn.execute(sql, (*params, limit)):
            hits.append(SearchHit(cycle_id, kind, found))
    return hits[:limit]
