from scorecard_app.core import entities as e
from scorecard_app.core.checks import check_all, check_stage, inclusion_warnings


def cycle_with(groups=(("Women", "women"), ("Youth", "youth"))):
    f = e.Facility("Clinic")
    c = e.Cycle(f.id, "R › D › V", lead_facilitator="Mai")
    d = e.CycleData(cycle=c, facility=f)
    for name, t in groups:
        d.groups.append(e.Group(c.id, name, type=t))
    return d


def test_missing_score_is_named_in_a_sentence():
    d = cycle_with()
    d.indicators.append(e.Indicator(d.cycle.id, "Waiting time"))
    d.scores.append(e.Score(d.cycle.id, d.groups[0].id, d.indicators[0].id, value=3))
    msgs = [str(m) for m in check_stage(d, "community_scoring")]
    assert msgs == ["Indicator 'Waiting time' has no score from the Youth group."]


def test_every_stage_reports_something_for_an_empty_cycle():
    f = e.Facility("Clinic")
    d = e.CycleData(cycle=e.Cycle(f.id, ""), facility=f)
    res = check_all(d)
    assert set(res) >= {"setup", "participants", "indicators", "action_plan"}
    assert "No lead facilitator is named." in [str(m) for m in res["setup"]]
    assert "The community's location is empty." in [str(m) for m in res["setup"]]


def test_inclusion_warnings_name_missing_groups_and_low_share_of_women():
    d = cycle_with(groups=(("Men", "men"),))
    for n in range(1, 11):
        d.participants.append(
            e.Participant(d.cycle.id, d.groups[0].id, n, gender="female" if n <= 2 else "male")
        )
    msgs = [str(m) for m in inclusion_warnings(d)]
    assert "There is no women's group." in msgs
    assert "There is no youth group." in msgs
    assert "Women are 20% of participants." in msgs
    assert "No participant with a disability is recorded." in msgs


def test_no_inclusion_warning_for_a_balanced_room():
    d = cycle_with()
    for n in range(1, 9):
        d.participants.append(
            e.Participant(
                d.cycle.id,
                d.groups[n % 2].id,
                n,
                gender="female" if n % 2 else "male",
                disability=n == 3,
                youth=n > 5,
            )
        )
    assert inclusion_warnings(d) == []
