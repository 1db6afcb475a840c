"""Mixed scripts: a Hebrew cycle whose facilitator typed Latin names, acronyms and sentences.
Every printable is read back in drawing order (pdftotext -raw): each Latin run must come out
left to right with its brackets and full stop where they were typed."""

from __future__ import annotations

import re
import subprocess

import pytest

from scorecard_app.core import entities as e
from scorecard_app.reports import KINDS, render
from scorecard_app.reports.samples import build_sample_cycle
from scorecard_app.reports.text import isolate, visual
from scorecard_app.store import Store

from .conftest import BIDI_MARKS, need_poppler

FACILITY = "Riverside HC (North)"
ACTION = "Weekly SMS to district (DHO)"
WHO = "Ms. Lan (head nurse)"
REASON = "We wait half a day."
INDICATOR = "Staff respect (ANC)"
GROUP = "Women (WG-1)"
INPUT = "ORS sachets (WHO list)"

RUNS = {
    "score-sheet": [INDICATOR, GROUP],
    "ballot": [INDICATOR, GROUP],
    "attendance": [GROUP],
    "input-tracking": [INPUT],
    "issue-sheet": [GROUP],
    "action-plan-form": [INDICATOR],
    "stickers": [GROUP],
    "community-summary": [ACTION, WHO, REASON, INDICATOR],
    "provider-report": [ACTION, REASON, INDICATOR, GROUP],
    "interface-chart": [REASON, INDICATOR],
    "action-plan": [ACTION, INDICATOR],
    "follow-up": [ACTION, WHO, INDICATOR],
    "trends": [INDICATOR],
    "trends-wall": [INDICATOR],
    "head-office-report": [ACTION, WHO, INDICATOR, GROUP],
}
# what the old per-line right-to-left layout drew: brackets and full stops on the wrong side
SCRAMBLED = ["(Ms. Lan (head nurse", ".We wait half a day", "(Weekly SMS to district (DHO"]


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mixed")
    store = Store.open(folder / "mixed.sqlite3", backups=False)
    first = build_sample_cycle(store, "he")
    cid = build_sample_cycle(store, "he", round_no=2, previous_id=first)
    d = store.load_cycle(cid)
    inds = sorted(d.indicators, key=lambda i: i.position)
    with store.transaction():
        store.update(e.Facility, d.facility.id, name=FACILITY)
        a = sorted(d.actions, key=lambda a: a.due)[0]
        store.update(e.Action, a.id, what=ACTION, responsible=WHO)
        s = next(
            s
            for s in d.scores
            if s.indicator_id == inds[0].id and s.group_id == d.community_groups[0].id
        )
        store.update(e.Score, s.id, reason=REASON)
        store.update(e.Indicator, inds[1].id, text=INDICATOR)
        store.update(e.Group, d.community_groups[0].id, name=GROUP)
        store.update(e.InputItem, d.input_items[0].id, item=INPUT)
    yield store, store.load_cycle(cid), folder
    store.close()


def drawn_text(path) -> str:
    """Text in drawing order, marks removed, whitespace collapsed."""
    need_poppler()
    out = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return " ".join(BIDI_MARKS.sub("", out).split())


@pytest.mark.parametrize("kind", list(KINDS))
def test_latin_runs_keep_their_order_in_hebrew(mixed, kind):
    store, data, folder = mixed
    path = folder / f"{kind}.pdf"
    render(kind, data, lambda d: store.previous_data(d.cycle.id), path)
    text = drawn_text(path)
    assert FACILITY in text  # the footer, on every page of every kind
    for run in RUNS[kind]:
        assert run in text, f"{run!r} not drawn left to right in {kind}"
    for bad in SCRAMBLED:
        assert bad not in text, f"{bad!r} drawn scrambled in {kind}"
    assert set(RUNS) == set(KINDS)


def test_paragraph_direction_comes_from_its_first_strong_letter():
    # a Latin sentence on a Hebrew page keeps its full stop at its end
    assert visual("We wait half a day.", rtl=True) == "We wait half a day."
    # a Hebrew sentence with a Latin name inside: the name reads left to right, brackets kept
    shown = visual("האחות Ms. Lan (head nurse) אמרה", rtl=True)
    assert "Ms. Lan (head nurse)" in shown
    assert shown.startswith("הרמא")  # the Hebrew sentence runs right to left
    # an isolated Latin value at the start does not turn a Hebrew template left-to-right
    shown = visual(f"{isolate('Ms. Lan')} :אחראית", rtl=True)
    assert shown.endswith("Ms. Lan")
    # number runs (no strong letter) follow the page
    assert re.fullmatch(r"6 ← 3", visual("3 ← 6", rtl=True))
    assert visual("3 → 6", rtl=False) == "3 → 6"


def test_brackets_in_hebrew_are_mirrored_and_latin_ones_are_not():
    # "(רשות)" in a Hebrew header: drawn right to left, so its brackets are drawn mirrored
    assert visual("שם (רשות)", rtl=True) == "(תושר) םש"
    assert visual("19 (59 %)", rtl=True) == "(% 59) 19"
    assert visual("האחות Ms. Lan (head nurse) אמרה", rtl=True) == "הרמא Ms. Lan (head nurse) תוחאה"
