from scorecard_app.core.aggregation import indicator_results, participation
from scorecard_app.core.checks import check_stage


def test_demo_is_realistic(demo_store):
    rounds = [demo_store.load_cycle(i) for i in demo_store.demo_ids]
    assert [d.cycle.round_no for d in rounds] == [1, 2, 3]
    assert [d.cycle.status for d in rounds] == ["complete", "complete", "in_progress"]
    assert rounds[1].cycle.previous_cycle_id == rounds[0].cycle.id
    for d in rounds:
        assert len(d.community_groups) >= 4 and len(d.provider_groups) == 1
        assert participation(d).total >= 30
        lib = [i for i in d.shared_indicators if not i.is_custom]
        custom = [i for i in d.shared_indicators if i.is_custom]
        assert 6 <= len(lib) <= 8 and 1 <= len(custom) <= 2
        assert all(s.reason for s in d.scores if s.value is not None)
    for d in rounds[:2]:
        assert d.meeting is not None and d.actions and d.updates
        assert check_stage(d, "community_scoring") == []
    # trends exist: round 2's results carry round 1's figures
    res = indicator_results(rounds[1], rounds[0])
    assert any(r.change is not None for r in res)
