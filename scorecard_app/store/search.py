"""Searching across every cycle on this laptop: facility, community, issue, indicator, action.

Kept apart from repository.py (which loads and saves); this only reads.
"""

from __future__ import annotations

from dataclasses import dataclass

from .repository import Store

# (kind, SQL giving cycle_id and the matching text). Each searches one kind of record.
_SOURCES = (
    (
        "facility",
        "SELECT c.id, f.name FROM cycle c JOIN facility f ON f.id = c.facility_id"
        " WHERE c.deleted_at IS NULL AND instr(sc_fold(f.name), :q)",
    ),
    (
        "community",
        "SELECT c.id, c.community FROM cycle c"
        " WHERE c.deleted_at IS NULL AND instr(sc_fold(c.community), :q)",
    ),
    (
        "issue",
        "SELECT i.cycle_id, i.text FROM issue i"
        " WHERE i.deleted_at IS NULL AND instr(sc_fold(i.text), :q)",
    ),
    (
        "indicator",
        "SELECT i.cycle_id, i.text FROM indicator i"
        " WHERE i.deleted_at IS NULL AND instr(sc_fold(i.text), :q)",
    ),
    (
        "action",
        "SELECT a.cycle_id, a.what FROM action a WHERE a.deleted_at IS NULL"
        " AND (instr(sc_fold(a.what), :q) OR instr(sc_fold(a.responsible), :q)"
        " OR instr(sc_fold(a.institution), :q))",
    ),
)
KINDS = tuple(k for k, _ in _SOURCES)


@dataclass(frozen=True)
class SearchHit:
    cycle_id: str
    kind: str  # one of KINDS
    text: str


def _fold(value: object) -> str:
    return str(value or "").casefold()


def search_cycles(store: Store, text: str, limit: int = 200) -> list[SearchHit]:
    """Every record whose text contains `text` (any case, any script), grouped by kind.

    Deleted records and deleted cycles are left out; each (cycle, kind, text) appears once.
    """
    q = text.strip().casefold()
    if not q:
        return []
    store.conn.create_function("sc_fold", 1, _fold, deterministic=True)
    live = {r[0] for r in store.conn.execute("SELECT id FROM cycle WHERE deleted_at IS NULL")}
    hits: list[SearchHit] = []
    seen: set[tuple[str, str, str]] = set()
    for kind, sql in _SOURCES:
        for cycle_id, found in store.conn.execute(sql + " LIMIT :n", {"q": q, "n": limit}):
            key = (cycle_id, kind, found)
            if cycle_id in live and key not in seen:
                seen.add(key)
                hits.append(SearchHit(cycle_id, kind, found))
    return hits[:limit]
