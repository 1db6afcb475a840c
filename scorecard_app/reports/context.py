"""What every printable is given: the cycle, its language and paper, and ways to say things."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from scorecard_app import __version__
from scorecard_app.core.aggregation import IndicatorResult, indicator_results
from scorecard_app.core.entities import CycleData
from scorecard_app.i18n import is_rtl, translate
from scorecard_app.i18n.formatting import format_date, format_number

from .text import clean

# Gives the round before the one passed in (e.g. lambda d: store.previous_data(d.cycle.id)).
PreviousLoader = Callable[[CycleData], CycleData | None]


@dataclass
class PrintContext:
    data: CycleData
    lang: str
    paper: str = "a4"
    loader: PreviousLoader | None = None
    today: str = field(default_factory=lambda: date.today().isoformat())
    version: str = __version__

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
        """Translate a template with {named} values and fill it in."""
        return self.tr(text).format(**{k: clean(v) for k, v in values.items()})

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

    @property
    def arrow(self) -> str:
        """'Then' between rounds, pointing the way the reader reads."""
        return "←" if self.rtl else "→"

    def date(self, value: str | None) -> str:
        return format_date(value, self.lang) if value else "–"

    def word(self, value: float | None) -> str:
        """The scale word for a score (translated), '–' when there is none."""
        if value is None:
            return "–"
        return self.tr(self.cycle.scale.word(value), "Scale")

    # ---------------------------------------------------------- figures
    @cached_property
    def previous(self) -> CycleData | None:
        return self.loader(self.data) if self.loader else None

    @cached_property
    def results(self) -> list[IndicatorResult]:
        return indicator_results(self.data, self.previous)

    def history(self) -> list[CycleData]:
        """This round and every earlier one the loader finds, oldest first."""
        out, cur, seen = [self.data], self.previous, {self.data.cycle.id}
        while cur is not None and cur.cycle.id not in seen and self.loader is not None:
            seen.add(cur.cycle.id)
            out.append(cur)
            cur = self.loader(cur)
        return list(reversed(out))
