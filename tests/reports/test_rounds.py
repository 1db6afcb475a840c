"""Rounds that tell a story: a three-round cycle on the 1–10 scale with half points on the
providers' side, printed and read back with pdftotext — previous → current and the change on
the community summary, the providers' own history on their report, every round on the trend
printables and the head-office trend, unfinished actions carried onto the follow-up list."""

from __future__ import annotations

import re

import pytest

from scorecard_app.core import entities as e
from scorecard_app.core.aggregation import SCALE_RULE, round_trends
from scorecard_app.i18n import translate
from scorecard_app.reports import render
from scorecard_app.store import Store

from .conftest import pdf_text

# (community, provider group A, provider group B) per round: the providers' median has halves
ELECTRICITY = [(3, 9, 10), (6, 8, 9), (10, 9, 10)]
WATER = [(2, 5, 5), (2, 6, 7), (4, 6, 6)]


def _round(store: Store, previous: str | None, n: int, scale: str = "ten") -> str:
    with store.transaction():
        if previous is None:
            f = e.Facility("Hill Clinic", sector="health")
            c = e.Cycle(f.id, "Hill village", round_no=1, scale_code=scale, language="en")
            store.create_cycle(c, f)
            store.add(e.Indicator(c.id, "Electricity in the delivery room", position=0))
            store.add(e.Indicator(c.id, "Clean water at the tap", position=1))
            cid = c.id
        else:
            cid = store.start_next_round(previous, scale_code=scale).id
        d = store.load_cycle(cid)
        women = store.add(e.Group(cid, "Women", kind="community", type="women"))
        staff_a = store.add(e.Group(cid, "Nurses", kind="provider", type="staff", position=1))
        staff_b = store.add(e.Group(cid, "Clerks", kind="provider", type="staff", position=2))
        inds = sorted(d.indicators, key=lambda i: i.position)
        for ind, values in zip(inds, (ELECTRICITY, WATER), strict=True):
            comm, pa, pb = values[n - 1]
            store.set_score(cid, women.id, ind.id, value=comm, reason=f"Reason {n}")
            store.set_score(cid, staff_a.id, ind.id, value=pa)
            store.set_score(cid, staff_b.id, ind.id, value=pb)
        if n == 1:
            store.add(
                e.Action(cid, "Fix the water pump", indicator_id=inds[1].id, due="2020-01-01")
            )
            done = store.add(e.Action(cid, "Buy a generator", indicator_id=inds[0].id))
            store.update(e.Action, done.id, status="done")
    return cid


@pytest.fixture(scope="module")
def cycle(tmp_path_factory):
    folder = tmp_path_factory.mktemp("rounds")
    store = Store.open(folder / "rounds.sqlite3", backups=False)
    ids = []
    for n in (1, 2, 3):
        ids.append(_round(store, ids[-1] if ids else None, n))
    yield store, ids, folder
    store.close()


def _print(cycle, kind: str, round_index: int, lang: str = "en") -> str:
    store, ids, folder = cycle
    path = folder / f"{kind}-{round_index}-{lang}.pdf"
    data = store.load_cycle(ids[round_index])
    render(kind, data, lambda d: store.previous_data(d.cycle.id), path, lang=lang)
    return pdf_text(path)


def test_community_summary_tells_previous_current_and_change(cycle):
    first = _print(cycle, "community-summary", 0)
    assert "This is the first round: no earlier scores." in first
    second = _print(cycle, "community-summary", 1)
    assert "Round 1 → round 2" in second
    assert "3 → 6 up 3" in second  # electricity
    assert "2 → 2 no change" in second  # water
    third = _print(cycle, "community-summary", 2)
    assert "6 → 10 up 4" in third
    assert "2 → 4 up 2" in third
    assert SCALE_RULE not in third  # one scale throughout: nothing was converted


def test_provider_report_shows_the_providers_own_history(cycle):
    text = _print(cycle, "provider-report", 2)
    # Indicator | community now, before, change | self-assessment now, before, change | gap
    row = re.search(r"Electricity in the delivery room (.*?) Clean water", text)
    assert row, text
    cells = row.group(1)
    assert re.search(r"^10 Very good 6 \+4 9\.5 Very good 8\.5 \+1 \+0\.5", cells), cells
    water = re.search(r"Clean water at the tap 4 \S+ 2 \+2 6 \S+ 6\.5 −0\.5 −2", text)
    assert water, text


def test_trend_printables_hold_every_round_in_the_scales_units(cycle):
    for kind in ("trends", "trends-wall"):
        text = _print(cycle, kind, 2)
        assert "Scores of rounds 1 → 2 → 3 on the scale 1–10." in text
        chart = re.search(r"Electricity in the delivery room(.*?)Clean water", text).group(1)
        # every round: community then providers (half points kept), round label, gap
        for comm, prov, rnd, gap in (
            ("3", "9.5", "R1", "−6.5"),
            ("6", "8.5", "R2", "−2.5"),
            ("10", "9.5", "R3", "+0.5"),
        ):
            assert f"{comm} {prov} {rnd} Gap {gap}" in chart, chart
        assert "33.3" not in chart and "100" not in chart  # not normalised to 0–100


def test_head_office_trend_covers_community_and_providers(cycle):
    text = _print(cycle, "head-office-report", 2)
    assert "Community: 3 → 6 → 10" in text
    assert "Provider: 9.5 → 8.5 → 9.5" in text
    assert "Unfinished from earlier rounds 1" in text


def test_unfinished_actions_are_carried_onto_the_follow_up_checklist(cycle):
    for index in (1, 2):  # round 2 and round 3 both still list round 1's open action
        text = _print(cycle, "follow-up", index)
        assert "Fix the water pump" in text
        assert "Agreed in round 1" in text
        assert "Buy a generator" not in text  # done: not carried
        assert "1 unfinished actions from earlier rounds are carried forward." in text
    assert "Fix the water pump" in _print(cycle, "follow-up", 0)  # its own round
    assert "Agreed in round" not in _print(cycle, "follow-up", 0)


def test_next_review_without_a_date_is_a_line_to_fill_in(cycle):
    text = _print(cycle, "community-summary", 0)
    assert "Next review: ____" in text
    assert "Next review: –" not in text


def test_a_round_on_another_scale_is_converted_by_the_one_rule_shown_on_the_page(tmp_path):
    store = Store.open(tmp_path / "t.sqlite3", backups=False)
    with store.transaction():
        f = e.Facility("Hill Clinic")
        c = e.Cycle(f.id, "Hill", round_no=1, scale_code="ten", language="en")
        store.create_cycle(c, f)
        ind = store.add(e.Indicator(c.id, "Electricity"))
        g = store.add(e.Group(c.id, "Women", kind="community"))
        store.set_score(c.id, g.id, ind.id, value=5.5)  # halfway up 1–10
        c2 = store.start_next_round(c.id, scale_code="percent")
        d2 = store.load_cycle(c2.id)
        g2 = store.add(e.Group(c2.id, "Women", kind="community"))
        store.set_score(c2.id, g2.id, d2.indicators[0].id, value=80)
    rounds = store.rounds(c2.id)
    trends = round_trends(rounds)
    assert trends.converted and trends.scale.code == "percent"
    assert [p.community for p in trends.indicators[0].points] == [50.0, 80.0]
    path = tmp_path / "cs.pdf"
    render("community-summary", rounds[-1], lambda d: store.previous_data(d.cycle.id), path)
    text = pdf_text(path)
    assert "50 → 80 up 30" in text
    assert " ".join(translate("Scale", SCALE_RULE, "en").split()) in text
    store.close()
