"""A real cycle never becomes the next round of a practice (training) cycle."""

from scorecard_app.core import entities as e


def test_real_round_skips_training_rounds_but_training_follows_real(store):
    f = e.Facility("Hill Clinic")
    place = "North › Green Hill"
    real1 = store.create_cycle(e.Cycle(f.id, place), f)
    practice = store.create_cycle(e.Cycle(f.id, place, training=True))
    assert (practice.round_no, practice.previous_cycle_id) == (2, real1.id)
    real2 = store.create_cycle(e.Cycle(f.id, place))
    assert (real2.round_no, real2.previous_cycle_id) == (2, real1.id)
    assert store.latest_round(f.id, place).id in (practice.id, real2.id)
    assert store.latest_round(f.id, place, real_only=True).id == real2.id
