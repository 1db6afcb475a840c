"""Scoring scales. The scale is stored with each cycle; raw values are never rescaled in storage.

One entry rule per scale, for every way of scoring: a vote, a group's consensus score and a
show of hands all take the scale's steps — whole points on 1–5 and 0–100, half points on 1–10
(published 1–10 score cards carry providers' 9.5s, and laptops already hold such scores). Only
results — medians and means — fall between two steps. `Scale.rule()` says so in a sentence, and
the pages show it.

Normalising to 0–100 happens only to compare cycles or programmes that used different scales.
Rounding is a display rule, written down once here: `display_value`.
"""

from __future__ import annotations

from dataclasses import dataclass

from .text import QT_TRANSLATE_NOOP, Message, UserError, message

_C = "Scale"

# The five labelled levels of the default scale, weakest first. Faces are a display aid; the
# word and the number always go with them (never colour or a face alone).
FACE_WORDS = (
    QT_TRANSLATE_NOOP("Scale", "Very bad"),
    QT_TRANSLATE_NOOP("Scale", "Bad"),
    QT_TRANSLATE_NOOP("Scale", "Acceptable"),
    QT_TRANSLATE_NOOP("Scale", "Good"),
    QT_TRANSLATE_NOOP("Scale", "Very good"),
)
# Pictogram names in resources/icons; the GUI and printables draw them.
FACE_ICONS = ("face-1", "face-2", "face-3", "face-4", "face-5")


class ScoreOutOfRange(UserError, ValueError):
    """A value that the cycle's scale does not allow."""


@dataclass(frozen=True)
class Scale:
    code: str
    minimum: float
    maximum: float
    step: float
    name: str

    @property
    def levels(self) -> list[float]:
        """Every value a vote, a consensus score or a show of hands may take, lowest first."""
        out, v = [], self.minimum
        while v <= self.maximum + 1e-9:
            out.append(round(v, 6))
            v += self.step
        return out

    def validate(self, value: float) -> float:
        """Return the value as float, or raise ScoreOutOfRange with a plain sentence."""
        try:
            v = float(value)
        except (TypeError, ValueError):
            raise ScoreOutOfRange(
                message("Scale", "“{value}” is not a number."), value=value
            ) from None
        low, high = _fmt(self.minimum), _fmt(self.maximum)
        if not (self.minimum <= v <= self.maximum):
            raise ScoreOutOfRange(
                message("Scale", "{value} is outside the scale {low}–{high}."),
                value=f"{v:g}",
                low=low,
                high=high,
            )
        steps = (v - self.minimum) / self.step
        if abs(steps - round(steps)) > 1e-6:
            if self.step == 1:
                raise ScoreOutOfRange(
                    message(
                        "Scale",
                        "{value} is not a whole number: scores on this scale are whole numbers "
                        "from {low} to {high}.",
                    ),
                    value=f"{v:g}",
                    low=low,
                    high=high,
                )
            raise ScoreOutOfRange(
                message("Scale", "{value} is not a step of this scale (steps of {step})."),
                value=f"{v:g}",
                step=_fmt(self.step),
            )
        return v

    def rule(self) -> Message:
        """The entry rule of this scale in one sentence, for the scoring pages."""
        if self.step == 1:
            text = QT_TRANSLATE_NOOP(
                "Scale",
                "Votes, consensus scores and shows of hands are whole numbers from {low} to "
                "{high}; only results (medians) can fall between two.",
            )
        else:
            text = QT_TRANSLATE_NOOP(
                "Scale",
                "Votes, consensus scores and shows of hands go from {low} to {high} in half "
                "points; results (medians) can fall between them.",
            )
        return Message(
            _C, text, {"low": _fmt(self.minimum), "high": _fmt(self.maximum)}, code="scale_rule"
        )

    def normalise(self, value: float) -> float:
        """Map a value onto 0–100 so that cycles on different scales compare."""
        return (float(value) - self.minimum) / (self.maximum - self.minimum) * 100.0

    def band(self, value: float) -> int:
        """Which of the five word levels (0–4) a value falls in, on any scale."""
        n = self.normalise(value)
        return min(4, max(0, int(n // 20.0001)))  # 0–20 →0 … 80–100 →4

    def word(self, value: float) -> str:
        """The scale word for a value (English template; translate with context 'Scale')."""
        return FACE_WORDS[self.band(value)]

    def icon(self, value: float) -> str:
        return FACE_ICONS[self.band(value)]


def _fmt(v: float) -> str:
    return display_value(v)


def display_value(value: float | None, decimals: int = 1) -> str:
    """How a score is shown: whole numbers plainly, others with one decimal (3.5 stays 3.5)."""
    if value is None:
        return "–"
    if abs(value - round(value)) < 1e-9:
        return str(int(round(value)))
    return f"{value:.{decimals}f}".rstrip("0").rstrip(".")


FACES_5 = Scale("faces5", 1, 5, 1, QT_TRANSLATE_NOOP("Scale", "1–5 with faces"))
TEN = Scale("ten", 1, 10, 0.5, QT_TRANSLATE_NOOP("Scale", "1–10"))
PERCENT = Scale("percent", 0, 100, 1, QT_TRANSLATE_NOOP("Scale", "0–100"))

SCALES: dict[str, Scale] = {s.code: s for s in (FACES_5, TEN, PERCENT)}
DEFAULT_SCALE = FACES_5


def get_scale(code: str) -> Scale:
    try:
        return SCALES[code]
    except KeyError:
        raise ValueError(f"Unknown scale “{code}”.") from None
