"""Code compares a record's status, kind or scoring mode with core's names for the codes
(`CycleStatus.COMPLETE`, `cycle.is_complete`, `GroupKind.PROVIDER`…), never with a string typed
again: a renamed code would leave such a comparison quietly false."""

from __future__ import annotations

import ast
from pathlib import Path

from scorecard_app.core import entities as e

ROOT = Path(__file__).resolve().parents[2]
ATTRS = {"status", "kind", "scoring_mode"}
CODES = {
    *e.SCORING_MODES,
    *e.CYCLE_STATUSES,
    *e.ACTION_STATUSES,
    *e.GROUP_KINDS,
    *e.OP_KINDS,
}

# Files still holding such literals, each to be emptied and then taken off this list (the test
# fails on an entry that no longer needs to be here).
LEFT = {
    # the server (may import core; not changed in the same branch)
    "sync/scorecard_sync/dashboard/queries.py": "'complete', 'done'",
    "sync/scorecard_sync/derived.py": "'complete', 'done'",
}


def _strings(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return [s for elt in node.elts for s in _strings(elt)]
    return []


def literal_comparisons(path: Path) -> list[tuple[int, str]]:
    hits = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Compare):
            continue
        sides = [node.left, *node.comparators]
        if any(isinstance(s, ast.Attribute) and s.attr in ATTRS for s in sides):
            hits += [(node.lineno, s) for side in sides for s in _strings(side) if s in CODES]
    return hits


def _files():
    for top in ("scorecard_app", "sync/scorecard_sync"):
        yield from sorted((ROOT / top).rglob("*.py"))


def test_no_vocabulary_code_is_compared_as_a_typed_string():
    found = {}
    for f in _files():
        rel = f.relative_to(ROOT).as_posix()
        hits = literal_comparisons(f)
        if rel == "scorecard_app/gui/cycle_list.py":  # search hits' own kinds (store/search.py)
            hits = [(n, s) for n, s in hits if s != "community"]
        if hits:
            found[rel] = hits
    new = {f: h for f, h in found.items() if f not in LEFT}
    assert not new, f"compare with core's names instead: {new}"
    done = sorted(set(LEFT) - set(found))
    assert not done, f"no literal left here any more: take it off LEFT: {done}"


def test_the_scan_finds_a_typed_code(tmp_path):
    f = tmp_path / "page.py"
    f.write_text("locked = d.cycle.status == 'complete'\nother = x.kind in ('provider', 'zz')\n")
    assert literal_comparisons(f) == [(1, "complete"), (2, "provider")]
