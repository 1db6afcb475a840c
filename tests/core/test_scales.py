import pytest

from scorecard_app.core.scales import (
    FACES_5,
    PERCENT,
    TEN,
    ScoreOutOfRange,
    display_value,
    get_scale,
)


def test_default_scale_has_five_labelled_levels():
    assert FACES_5.levels == [1, 2, 3, 4, 5]
    assert [FACES_5.word(v) for v in FACES_5.levels] == [
        "Very bad",
        "Bad",
        "Acceptable",
        "Good",
        "Very good",
    ]
    assert [FACES_5.icon(v) for v in (1, 5)] == ["face-1", "face-5"]


@pytest.mark.parametrize(
    "scale,value,message",
    [
        (FACES_5, 6, "6 is outside the scale 1–5."),
        (FACES_5, 0, "0 is outside the scale 1–5."),
        (
            FACES_5,
            2.5,
            "2.5 is not a whole number: scores on this scale are whole numbers from 1 to 5.",
        ),
        (TEN, 7.25, "7.25 is not a step of this scale (steps of 0.5)."),
        (TEN, 10.5, "10.5 is outside the scale 1–10."),
        (PERCENT, -1, "-1 is outside the scale 0–100."),
        (FACES_5, "abc", "“abc” is not a number."),
    ],
)
def test_out_of_range_scores_are_refused_with_a_plain_sentence(scale, value, message):
    with pytest.raises(ScoreOutOfRange) as e:
        scale.validate(value)
    assert str(e.value) == message


def test_one_entry_rule_per_scale_and_said_in_a_sentence():
    assert TEN.validate("9") == 9.0 and TEN.validate("9.5") == 9.5
    assert TEN.levels == [1 + k / 2 for k in range(19)]  # a show of hands: a column per step
    assert str(TEN.rule()).startswith("Votes, consensus scores and shows of hands go from 1 to 10")
    assert "half points" in str(TEN.rule())
    assert str(FACES_5.rule()).startswith("Votes, consensus scores and shows of hands are whole")


def test_normalise_maps_ends_to_0_and_100():
    assert FACES_5.normalise(1) == 0 and FACES_5.normalise(5) == 100
    assert TEN.normalise(5.5) == 50
    assert PERCENT.normalise(37) == 37


def test_display_rule_keeps_half_points():
    assert display_value(3.5) == "3.5"
    assert display_value(4.0) == "4"
    assert display_value(3.25) == "3.2" or display_value(3.25) == "3.3"
    assert display_value(None) == "–"


def test_unknown_scale_is_a_clear_error():
    with pytest.raises(ValueError, match="Unknown scale"):
        get_scale("stars")
