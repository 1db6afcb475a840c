"""The small rules behind the preparation pages: location paths, issue ranking, own votes."""

from scorecard_app.core import entities as e
from scorecard_app.gui.cycle_setup import join_location, known_parts, split_location
from scorecard_app.gui.steps.issues import own_votes, ranked_issues


def test_location_paths_split_and_join():
    assert join_location([" North ", "", "Mai", "Green Hill"]) == "North › Mai › Green Hill"
    assert split_location("North › Lakeside") == ["North", "Lakeside", "", ""]
    assert split_location("A › B › C › D › E") == ["A", "B", "C", "D", "E"]  # kept, not cut
    assert split_location("") == ["", "", "", ""]


def test_known_parts_offer_each_level_once(store):
    f = e.Facility("F")
    store.create_cycle(e.Cycle(f.id, "North › Lakeside › Mai › Green Hill"), f)
    store.create_cycle(e.Cycle(f.id, "north › Lakeside › Bao › Stone Bridge"))
    regions, districts, communes, villages = known_parts(store)
    assert regions == ["North"] and districts == ["Lakeside"]
    assert communes == ["Bao", "Mai"] and villages == ["Green Hill", "Stone Bridge"]


def test_ranking_counts_groups_then_votes_and_folds_duplicates():
    c = e.Cycle("f", "x")
    w, m, y = (e.Group(c.id, n) for n in ("W", "M", "Y"))
    a = e.Issue(c.id, w.id, "Waiting", votes=5 + 4)  # kept, with a duplicate's 4 votes
    dup = e.Issue(c.id, m.id, "Long wait", votes=4, merged_into=a.id)
    b = e.Issue(c.id, y.id, "Toilets", votes=30)
    z = e.Issue(c.id, y.id, "Fees", votes=30)
    d = e.CycleData(cycle=c, facility=e.Facility("F"), groups=[w, m, y], issues=[b, a, dup, z])
    ranked = ranked_issues(d)
    assert [(r.issue.text, len(r.groups), r.votes) for r in ranked] == [
        ("Waiting", 2, 9),
        ("Fees", 1, 30),  # same groups and votes: alphabetical
        ("Toilets", 1, 30),
    ]
    assert ranked[0].duplicates == [dup]
    assert own_votes(a, d) == 5 and own_votes(dup, d) == 4
