import statistics

from hypothesis import given
from hypothesis import strategies as st

from scorecard_app.core import entities as e
from scorecard_app.core.aggregation import (
    Stats,
    action_completion,
    convert,
    disaggregate,
    indicator_results,
    participation,
    trends,
)
from scorecard_app.core.scales import FACES_5, PERCENT, TEN


def make_cycle(scale="faces5", round_no=1):
    f = e.Facility("Clinic")
    c = e.Cycle(f.id, "R › D › V", round_no=round_no, scale_code=scale)
    return e.CycleData(cycle=c, facility=f)


def add_group(d, name, kind="community", gtype="custom"):
    g = e.Group(d.cycle.id, name, kind=kind, type=gtype)
    d.groups.append(g)
    return g


def add_people(d, g, n, **attrs):
    out = []
    for _ in range(n):
        p = e.Participant(d.cycle.id, g.id, len(d.participants) + 1, **attrs)
        d.participants.append(p)
        out.append(p)
    return out


def test_exact_median_of_even_votes_stays_half():
    d = make_cycle()
    g = add_group(d, "Women", gtype="women")
    ind = e.Indicator(d.cycle.id, "Waiting time", code="HC01")
    d.indicators.append(ind)
    for p, v in zip(add_people(d, g, 4), [3, 4, 3, 4], strict=True):
        d.votes.append(e.Vote(d.cycle.id, p.id, ind.id, v))
    r = indicator_results(d)[0]
    assert r.community == 3.5
    assert r.community_votes.mean == 3.5
    assert r.community_votes.distribution == {1: 0, 2: 0, 3: 2, 4: 2, 5: 0}


def test_consensus_wins_over_votes_and_community_is_median_of_groups():
    d = make_cycle()
    a, b, c = (add_group(d, n) for n in "ABC")
    prov = add_group(d, "Staff", kind="provider", gtype="staff")
    ind = e.Indicator(d.cycle.id, "Respect")
    d.indicators.append(ind)
    pa = add_people(d, a, 3)
    for p, v in zip(pa, [1, 1, 2], strict=True):
        d.votes.append(e.Vote(d.cycle.id, p.id, ind.id, v))
    d.scores.append(e.Score(d.cycle.id, a.id, ind.id, value=4))  # the group agreed 4 after talking
    d.scores.append(e.Score(d.cycle.id, b.id, ind.id, value=2))
    d.tallies.append(e.Tally(d.cycle.id, c.id, ind.id, 5, 3))
    d.tallies.append(e.Tally(d.cycle.id, c.id, ind.id, 3, 2))
    d.scores.append(e.Score(d.cycle.id, prov.id, ind.id, value=5))
    r = indicator_results(d)[0]
    assert r.by_group[a.id].score == 4
    assert r.by_group[c.id].score == 5  # median of 5,5,5,3,3
    assert r.community == 4  # median of 4, 2, 5
    assert r.provider == 5
    assert r.gap == -1


def test_change_since_previous_round_normalised_across_scales():
    prev = make_cycle("percent", 1)
    g = add_group(prev, "A")
    ind = e.Indicator(prev.cycle.id, "Medicines", code="HC03")
    prev.indicators.append(ind)
    prev.scores.append(e.Score(prev.cycle.id, g.id, ind.id, value=50))
    cur = make_cycle("faces5", 2)
    g2 = add_group(cur, "A")
    ind2 = e.Indicator(cur.cycle.id, "Medicines (renamed)", code="HC03")
    cur.indicators.append(ind2)
    cur.scores.append(e.Score(cur.cycle.id, g2.id, ind2.id, value=4))
    r = indicator_results(cur, prev)[0]
    assert r.previous_community == 3  # 50/100 → middle of 1–5
    assert r.change == 1
    series = trends([cur, prev])
    assert series[0].points == [(1, 50.0), (2, 75.0)]


def test_custom_indicators_keep_their_code_into_the_next_round():
    ind = e.Indicator("c1", "Night care")
    assert ind.is_custom and ind.code == f"custom-{ind.id}"


def test_disaggregation_by_gender():
    d = make_cycle()
    g = add_group(d, "Mixed")
    ind = e.Indicator(d.cycle.id, "Fees")
    d.indicators.append(ind)
    women = add_people(d, g, 3, gender="female")
    men = add_people(d, g, 2, gender="male")
    for p, v in zip(women + men, [2, 2, 3, 5, 4], strict=True):
        d.votes.append(e.Vote(d.cycle.id, p.id, ind.id, v))
    by = disaggregate(d, ind.id, "gender")
    assert by["female"].median == 2 and by["male"].median == 4.5


def test_participation_counts_only_countable_community_members():
    d = make_cycle()
    g = add_group(d, "Women", gtype="women")
    prov = add_group(d, "Staff", kind="provider")
    add_people(d, g, 4, gender="female")
    add_people(d, g, 1, countable=False)
    add_people(d, prov, 3)
    p = participation(d)
    assert p.total == 4 and p.share("gender", "female") == 1.0


def test_action_completion_counts_overdue_only_when_open():
    d = make_cycle()
    d.actions += [
        e.Action(d.cycle.id, "a", due="2026-01-01", status="done"),
        e.Action(d.cycle.id, "b", due="2026-01-01", status="in_progress", escalated=True),
        e.Action(d.cycle.id, "c", due="2027-01-01"),
    ]
    assert action_completion(d, "2026-06-01") == {
        "total": 3,
        "done": 1,
        "open": 2,
        "overdue": 1,
        "escalated": 1,
    }


votes = st.lists(st.sampled_from(FACES_5.levels), min_size=1, max_size=60)


@given(votes)
def test_stats_median_is_exact_and_within_scale(vals):
    s = Stats.of(vals, FACES_5)
    assert s.median == statistics.median(vals)
    assert FACES_5.minimum <= s.median <= FACES_5.maximum
    assert s.count == len(vals) == sum(s.distribution.values())
    assert min(vals) <= s.mean <= max(vals)


@given(votes)
def test_median_does_not_depend_on_vote_order(vals):
    assert Stats.of(vals, FACES_5).median == Stats.of(list(reversed(sorted(vals))), FACES_5).median


@given(st.sampled_from(TEN.levels))
def test_convert_round_trips_between_scales(v):
    there = convert(v, TEN, PERCENT)
    assert abs(convert(there, PERCENT, TEN) - v) < 1e-9


@given(st.lists(st.sampled_from(FACES_5.levels), min_size=1, max_size=20), st.integers(1, 5))
def test_group_median_moves_up_when_a_vote_goes_up(vals, bump):
    higher = [min(5, v + 1) if i < bump else v for i, v in enumerate(vals)]
    assert Stats.of(higher, FACES_5).median >= Stats.of(vals, FACES_5).median
