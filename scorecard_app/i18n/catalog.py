"""Reading Qt Linguist `.ts` catalogues without Qt.

Every `*_<lang>.ts` file in resources/translations is one catalogue (scorecard_he.ts for the GUI,
common_he.ts for core, printables and errors, …); they are merged per language. Unfinished and
obsolete entries are ignored, so an untranslated string falls back to English, as in Qt.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from scorecard_app.assets import resources_dir
from scorecard_app.core.text import Message

from .languages import language


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate scans for
    """Mark a string for extraction under a context; returns it unchanged."""
    return text


def _plural_index(lang: str, n: int) -> int:
    """Which numerus form Qt uses for n in this language (Qt's own rules)."""
    n = abs(int(n))
    if lang == "vi":
        return 0
    if lang == "lv":
        return 0 if n % 10 == 1 and n % 100 != 11 else (1 if n != 0 else 2)
    if lang == "mk":
        return 0 if n % 10 == 1 and n % 100 != 11 else 1
    if lang == "he":
        return 0 if n == 1 else (1 if n == 2 else 2)
    return 0 if n == 1 else 1


def translations_dir() -> Path:
    """The one place the catalogues are looked for (scripts and the GUI use it too)."""
    return resources_dir() / "translations"


@cache
def _catalogue(lang: str) -> dict[tuple[str, str], list[str]]:
    import xml.etree.ElementTree as ET  # imported here: the GUI's start never reads a .ts

    out: dict[tuple[str, str], list[str]] = {}
    if lang == "en":
        return out
    for path in sorted(translations_dir().glob(f"*_{lang}.ts")):
        root = ET.parse(path).getroot()
        for ctx in root.iter("context"):
            name = ctx.findtext("name") or ""
            for msg in ctx.iter("message"):
                source = msg.findtext("source")
                tr = msg.find("translation")
                if (
                    source is None
                    or tr is None
                    or tr.get("type") in ("unfinished", "obsolete", "vanished")
                ):
                    continue
                forms = [f.text or "" for f in tr.findall("numerusform")]
                if not forms:
                    forms = [tr.text or ""]
                if any(forms):
                    out[(name, source)] = forms
    return out


def translate(context: str, text: str, lang: str, n: int | None = None) -> str:
    """The translation of one string, English when there is none. `%n` becomes n, as in Qt."""
    language(lang)  # unknown codes fail loudly
    forms = _catalogue(lang).get((context, text))
    if forms is None:
        out = text
    elif n is not None:
        out = forms[min(_plural_index(lang, n), len(forms) - 1)]
    else:
        out = forms[0]
    return out.replace("%n", str(n)) if n is not None else out


class Translator:
    """translate() bound to one language: `t = translator("vi"); t("Report", "Score sheet")`."""

    def __init__(self, lang: str):
        language(lang)
        self.lang = lang

    def __call__(self, context: str, text: str, n: int | None = None) -> str:
        return translate(context, text, self.lang, n)

    def message(self, m: Message) -> str:
        """Translate a core Message and fill in its values (values that are Messages too)."""
        template = translate(m.context, m.template, self.lang) if m.context else m.template
        values = {k: self.message(v) if isinstance(v, Message) else v for k, v in m.params.items()}
        return template.format(**values)


def translator(lang: str) -> Translator:
    return Translator(lang)


def explain(error: BaseException, lang: str) -> str:
    """What to tell the user about an error, in their language: the translated Message of a
    UserError (or a SyncError), else the error's own text."""
    m = getattr(error, "message", None)
    return translator(lang).message(m) if isinstance(m, Message) else str(error)


def reload_catalogues() -> None:
    _catalogue.cache_clear()
