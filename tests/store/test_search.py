"""Search across cycles finds facility, community, issue, indicator and action text."""

from scorecard_app.core import entities as e
from scorecard_app.store.search import search_cycles


def test_search_finds_each_kind_in_the_demo(demo_store):
    ids = demo_store.demo_ids
    assert {h.cycle_id for h in search_cycles(demo_store, "riverside")} == set(ids)
    assert {h.kind for h in search_cycles(demo_store, "green hill")} == {"community"}
    issue = search_cycles(demo_store, "MIDWIFE AT NIGHT")
    assert issue and {h.kind for h in issue} == {"issue"}
    assert {h.text for h in issue} == {"No midwife at night"}
    ind = search_cycles(demo_store, "posted hours")
    assert {h.kind for h in ind} == {"indicator"} and len({h.cycle_id for h in ind}) == 3
    act = search_cycles(demo_store, "queue board")
    assert {h.kind for h in act} == {"action"}
    assert {h.cycle_id for h in act} == set(ids[:2])  # round 3 has no action plan yet
    assert search_cycles(demo_store, "no such words anywhere") == []
    assert search_cycles(demo_store, "   ") == []


def test_search_is_case_blind_beyond_ascii_and_skips_deleted(store):
    f = e.Facility("Trạm Y tế Xã An Phú", sector="health")
    c = store.create_cycle(e.Cycle(f.id, "Tỉnh A › Huyện B › Xã An Phú"), f)
    issue = store.add(e.Issue(c.id, None, "THUỐC hết hàng"))
    assert [h.kind for h in search_cycles(store, "thuốc")] == ["issue"]
    assert {h.kind for h in search_cycles(store, "AN PHÚ")} == {"facility", "community"}
    store.delete(e.Issue, issue.id)
    assert search_cycles(store, "thuốc") == []
