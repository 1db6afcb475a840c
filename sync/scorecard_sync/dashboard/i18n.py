"""The dashboard's words, through the project's one catalogue mechanism.

Strings are marked `_("…")` in templates and Python and live in the catalogue family
`dashboard_<lang>.ts` (context "Dashboard"), read by `scorecard_app.i18n.translate` like the
printables' `common_<lang>.ts`. Vocabulary, stages and scale words reuse the app's own contexts.
`marked_strings()` finds every marked string: scripts/translations.py hands them to
pyside6-lupdate, which merges them into the catalogues like the app's own strings, and
`make translations-check` fails on any the catalogues lack or leave untranslated.
"""

from __future__ import annotations

import re
from pathlib import Path

from scorecard_app.i18n import LANGUAGES, is_rtl, translate
from scorecard_app.i18n.formatting import format_date, format_number

CONTEXT = "Dashboard"
HERE = Path(__file__).resolve().parent
# _("text") or _("text", name=…) in templates; N_("text") marks without translating.
# Python also says `w("…")`, `words("…")` or `self.w("…")` with a Words object in hand.
_MARK = re.compile(
    r"""(?:\bN?_|\bw|\bwords|\bself\.w|\.words)\(\s*(?P<q>["'])(?P<text>(?:(?!(?P=q)).)+)(?P=q)""",
    re.S,
)


def N_(text: str) -> str:  # noqa: N802 - the marker the extraction looks for
    return text


class Words:
    """Everything a page needs to say things in one language."""

    def __init__(self, lang: str):
        self.lang = lang if lang in LANGUAGES else "en"
        self.rtl = is_rtl(self.lang)

    def __call__(self, text: str, **values: object) -> str:
        out = translate(CONTEXT, text, self.lang)
        return out.format(**values) if values else out

    def vocab(self, context: str, text: str) -> str:
        """A word from the app's own catalogues (contexts Vocabulary, Stage, Scale)."""
        return translate(context, text, self.lang)

    def num(self, value: float | None, decimals: int = 1) -> str:
        return format_number(value, self.lang, decimals)

    def signed(self, value: float | None) -> str:
        if value is None:
            return "–"
        sign = "+" if value > 0.0005 else "−" if value < -0.0005 else "±"
        return sign + format_number(abs(value), self.lang)

    def date(self, value: str | None) -> str:
        return format_date(value, self.lang) if value else "–"


def marked_strings() -> set[str]:
    """Every string the dashboard marks for translation (templates and Python)."""
    found: set[str] = set()
    files = [p for p in HERE.glob("*.py") if p.name != "i18n.py"]
    files += sorted((HERE / "templates").glob("*.html"))
    for path in files:
        for m in _MARK.finditer(path.read_text(encoding="utf-8")):
            found.add(m.group("text").replace("\\'", "'").replace('\\"', '"'))
    return found
