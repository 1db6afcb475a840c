from scorecard_app.core.disclosure import MIN_CELL, shown


def test_small_cells_are_suppressed_and_the_threshold_is_five():
    assert MIN_CELL == 5
    assert not shown(None)
    assert not shown(0)
    assert not shown(4)
    assert shown(5)
    assert shown(120)
