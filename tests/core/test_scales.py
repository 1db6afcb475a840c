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
        (
            TEN,
            7.5,
            "7.5 is not a whole number: scores on this scale are whole numbers from 1 to 10.",
        ),
        (TEN, 10.5, "10.5 is outside the scale 1–10."),
        (PERCENT, -1, "-1 is outside the scale 0–100."),
        (FACES_5, "abc", "“abc” is not a number."),
    ],
)
def test_out_of_range_scores_are_refused_with_a_plain_sentence(scale, value, message):
    with pytest.raises(ScoreOutOfRange) as e:
        scale.validate(value)
    assert str(e.value) == message


def test_one_entry_rule_per_scale_whole_points_and_said_in_a_sentence():
    assert TEN.validate("9") == 9.0
    assert TEN.levels == [float(v) for v in range(1, 11)]  # a show of hands: ten columns
    assert str(TEN.rule()).startswith("Votes, consensus scores and shows of hands are whole")
    assert "from 1 to 10" in str(TEN.rule())


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
