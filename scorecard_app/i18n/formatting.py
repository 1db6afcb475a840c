"""Dates and numbers in the reader's language, outside Qt (Babel). The GUI uses QLocale."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from babel.dates import format_date as _babel_date
from babel.numbers import format_decimal

from .languages import LANGUAGES


def babel_locale(lang: str) -> str:
    known = LANGUAGES.get(lang)
    return known.babel_locale if known else lang


def format_date(value: str | date | None, lang: str, style: str = "medium") -> str:
    if not value:
        return "–"
    d = date.fromisoformat(value[:10]) if isinstance(value, str) else value
    return _babel_date(d, format=style, locale=babel_locale(lang))


@lru_cache(maxsize=4096)  # a page shows the same few scores and counts again and again
def format_number(value: float | None, lang: str, decimals: int = 1) -> str:
    """A score or count as the reader writes numbers (3,5 in Estonian); whole numbers plainly."""
    if value is None:
        return "–"
    pattern = "#,##0" if abs(value - round(value)) < 1e-9 else "#,##0." + "#" * decimals
    return format_decimal(value, format=pattern, locale=babel_locale(lang))
