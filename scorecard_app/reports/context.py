"""What every printable is given: the cycle, its language and paper, and ways to say things."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache

from scorecard_app import __version__
from scorecard_app.core.aggregation import (
    IndicatorResult,
    RoundTrends,
    indicator_results,
    round_trends,
)
from scorecard_app.core.entities import Action, CycleData, Indicator
from scorecard_app.i18n import QT_TRANSLATE_NOOP, is_rtl, translate
from scorecard_app.i18n.formatting import format_date, format_number
from scorecard_app.i18n.languages import TRANSLATED
from scorecard_app.i18n.library import english_text, library_text

from .text import clean, isolate


# The library and its catalogues are read once per process and never change: its look-ups
# (a scan of the whole library, a translation into every language) are kept.
@lru_cache(maxsize=4096)
def _english(code: str) -> str:
    return english_text(code)


@lru_cache(maxsize=4096)
def _library_forms(english: str) -> frozenset[str]:
    """A library text as it reads in English and in each of our languages."""
    return frozenset({clean(english)} | {clean(library_text(english, lang)) for lang in TRANSLATED})


# Gives the round before the one passed in (e.g. lambda d: store.previous_data(d.cycle.id)).
PreviousLoader = Callable[[CycleData], CycleData | None]


class CycleFigures:
    """A cycle with what its printables work out from it: the round before, every earlier
    round, the results per indicator and the trends. Each is loaded or computed once, when a
    printable first asks, then shared by every printable made from the same figures (a batch
    of kinds, the same page in another language): make one per cycle and pass it to `render`
    in place of the cycle.

    `previous` is the round before (CycleData), a loader `f(data) -> CycleData | None`, or None.
    """

    def __init__(self, data: CycleData, previous: CycleData | PreviousLoader | None = None):
        self.data = data
        if isinstance(previous, CycleData):
            given = previous
            self.loader: PreviousLoader | None = lambda d: given if d is data else None
        else:
            self.loader = previous

    @cached_property
    def previous(self) -> CycleData | None:
        return self.loader(self.data) if self.loader else None

    @cached_property
    def results(self) -> list[IndicatorResult]:
        return indicator_results(self.data, self.previous)

    @cached_property
    def trends(self) -> RoundTrends:
        return round_trends(self.history)

    @cached_property
    def history(self) -> tuple[CycleData, ...]:
        """This round and every earlier one the loader finds, oldest first."""
        out, cur, seen = [self.data], self.previous, {self.data.cycle.id}
        while cur is not None and cur.cycle.id not in seen and self.loader is not None:
            seen.add(cur.cycle.id)
            out.append(cur)
            cur = self.loader(cur)
        return tuple(reversed(out))


@dataclass
class PrintContext:
    data: CycleData
    lang: str
    paper: str = "a4"
    loader: PreviousLoader | None = None
    today: str = field(default_factory=lambda: date.today().isoformat())
    version: str = __version__
    figures: CycleFigures | None = None  # shared with other printables of the same cycle

    def __post_init__(self) -> None:
        if self.figures is None:
            self.figures = CycleFigures(self.data, self.loader)
        elif self.figures.data is not self.data:
            raise ValueError("The figures belong to another cycle.")

    @property
    def rtl(self) -> bool:
        return is_rtl(self.lang)

    @property
    def cycle(self):
        return self.data.cycle

    # ------------------------------------------------------------ words
    def tr(self, text: str, context: str = "Printables") -> str:
        """Translate a marked English string (marked with QT_TRANSLATE_NOOP)."""
        return clean(translate(context, text, self.lang))

    def fmt(self, text: str, **values: object) -> str:
        """Translate a template with {named} values and fill it in; each value is isolated so a
        Latin name in a Hebrew sentence (or the reverse) keeps its own order."""
        return self.tr(text).format(**{k: isolate(v) for k, v in values.items()})

    def num(self, value: float | None) -> str:
        """A score or count as this language writes it (display rounding, once)."""
        return format_number(value, self.lang)

    def signed(self, value: float | None) -> str:
        """A difference with its sign (+0.5, −1, ±0); the sign stays left of the digits."""
        if value is None:
            return "–"
        text = self.num(abs(value))
        return self.ltr(("+" if value > 0 else "−" if value < 0 else "±") + text)

    def ltr(self, text: str) -> str:
        """Keep a number-like run (signed number, range) left-to-right inside Hebrew text.

        An explicit embedding (LRE … PDF) is used because the bidi algorithm would otherwise
        move a leading sign or a range's dash to the far side; the marks are removed when the
        line is reordered, so they are never drawn."""
        return f"\u202a{text}\u202c" if self.rtl else text

    def then(self, before: float | None, now: float | None) -> str:
        """'3 → 6': a value then and now, the arrow pointing the way the reader reads."""
        return f"{isolate(self.num(before))} {self.arrow} {isolate(self.num(now))}"

    def change_words(self, change: float | None) -> str:
        """'up 3', 'down 1.5', 'no change' (translated); '' when there is nothing to compare."""
        if change is None:
            return ""
        if abs(change) < 1e-9:
            return self.tr(QT_TRANSLATE_NOOP("Printables", "no change"))
        if change > 0:
            return self.fmt(QT_TRANSLATE_NOOP("Printables", "up {n}"), n=self.num(change))
        return self.fmt(QT_TRANSLATE_NOOP("Printables", "down {n}"), n=self.num(-change))

    @property
    def arrow(self) -> str:
        """'Then' between rounds, pointing the way the reader reads."""
        return "←" if self.rtl else "→"

    def date(self, value: str | None) -> str:
        return format_date(value, self.lang) if value else "–"

    def indicator(self, ind: Indicator | None) -> str:
        """An indicator's text in the print language when it is a library text left as the
        library words it (in any of our languages); a custom or edited text stays as typed."""
        if ind is None:
            return ""
        # asked for again by every table and chart of a page; the library look-up scans it all
        key = (ind.code, ind.text)
        memo = self.__dict__.setdefault("_indicator_texts", {})
        if key not in memo:
            memo[key] = self._indicator(ind)
        return memo[key]

    def _indicator(self, ind: Indicator) -> str:
        english = _english(ind.code) if ind.code else ind.text
        if english == ind.code or not english:  # not a library code
            return ind.text
        typed = clean(ind.text).strip()
        if typed not in _library_forms(english):
            return ind.text
        return library_text(english, self.lang)

    def word(self, value: float | None) -> str:
        """The scale word for a score (translated), '–' when there is none."""
        if value is None:
            return "–"
        return self.tr(self.cycle.scale.word(value), "Scale")

    # ---------------------------------------------------------- figures
    @property
    def previous(self) -> CycleData | None:
        return self.figures.previous

    @property
    def results(self) -> list[IndicatorResult]:
        return self.figures.results

    @property
    def trends(self) -> RoundTrends:
        """Every round's scores per indicator, in this round's scale units."""
        return self.figures.trends

    def carried_actions(self) -> list[tuple[int, Action]]:
        """Unfinished actions agreed in earlier rounds, with their round, oldest round first:
        they stay on the follow-up list until they are done or dropped."""
        out = []
        for d in self.history()[:-1]:
            for a in sorted(d.actions, key=lambda a: (a.due or "9999", a.what)):
                if a.is_open:
                    out.append((d.cycle.round_no, a))
        return out

    def history(self) -> list[CycleData]:
        """This round and every earlier one the loader finds, oldest first."""
        return list(self.figures.history)
