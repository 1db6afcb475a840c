"""The indicator library in the reader's language.

The library's English texts (resources/library/indicators.json) are the source strings of the
`library_<lang>.ts` catalogues, context "Library". The texts are data, not code: scripts/translations.py
hands them to pyside6-lupdate as a throw-away file of QT_TRANSLATE_NOOP calls.
"""

from __future__ import annotations

from scorecard_app.assets import library_entry, library_indicators

from .catalog import translate

LIBRARY_CONTEXT = "Library"


def library_source_texts() -> list[str]:
    """Every distinct English indicator text of the library, in library order."""
    seen: dict[str, None] = {}
    for item in library_indicators():
        seen.setdefault(item["text"], None)
    return list(seen)


def english_text(code_or_text: str) -> str:
    """The English text of a library code ("HC01"); any other text is returned as it is."""
    entry = library_entry(code_or_text)
    return entry["text"] if entry else code_or_text


def library_text(code_or_text: str, lang: str) -> str:
    """A library indicator in `lang`, given its code or its English text.

    A custom indicator (not in the library) comes back unchanged: it is already written in the
    language of the session that created it.
    """
    return translate(LIBRARY_CONTEXT, english_text(code_or_text), lang)
