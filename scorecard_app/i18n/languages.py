"""The languages the app speaks."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str
    english: str
    native: str
    rtl: bool = False


LANGUAGES: dict[str, Language] = {
    lang.code: lang
    for lang in (
        Language("en", "English", "English"),
        Language("vi", "Vietnamese", "Tiếng Việt"),
        Language("et", "Estonian", "Eesti"),
        Language("mk", "Macedonian", "Македонски"),
        Language("he", "Hebrew", "עברית", rtl=True),
        Language("lv", "Latvian", "Latviešu"),
    )
}
DEFAULT_LANGUAGE = "en"
TRANSLATED = tuple(c for c in LANGUAGES if c != "en")


def language(code: str) -> Language:
    try:
        return LANGUAGES[code]
    except KeyError:
        known = ", ".join(LANGUAGES)
        raise ValueError(f"Unknown language “{code}”; use one of {known}.") from None


def is_rtl(code: str) -> bool:
    return language(code).rtl
