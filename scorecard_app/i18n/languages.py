"""The languages the app speaks: the one table every part derives its locale names from.

Each language says how Qt (QLocale), Babel (printed dates and numbers) and pyside6-lupdate
(`-target-language`, the `language` attribute of its `.ts` catalogues) name it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str
    english: str
    native: str
    rtl: bool = False
    qt_locale: str = ""  # QLocale name: dates, numbers, collation and direction in the GUI
    babel_locale: str = ""  # Babel's locale for the printables, the CLI and the server's pages
    lupdate_language: str = ""  # pyside6-lupdate -target-language; "" for the source language


LANGUAGES: dict[str, Language] = {
    lang.code: lang
    for lang in (
        # English dates as written in Britain, like the printables.
        Language("en", "English", "English", False, "en_GB", "en_GB", "en"),
        Language("vi", "Vietnamese", "Tiếng Việt", False, "vi_VN", "vi_VN", "vi_VN"),
        Language("et", "Estonian", "Eesti", False, "et_EE", "et_EE", "et_EE"),
        Language("mk", "Macedonian", "Македонски", False, "mk_MK", "mk_MK", "mk_MK"),
        Language("he", "Hebrew", "עברית", True, "he_IL", "he_IL", "he_IL"),
        Language("lv", "Latvian", "Latviešu", False, "lv_LV", "lv_LV", "lv_LV"),
    )
}
DEFAULT_LANGUAGE = "en"
TRANSLATED = tuple(c for c in LANGUAGES if c != DEFAULT_LANGUAGE)


def language(code: str) -> Language:
    try:
        return LANGUAGES[code]
    except KeyError:
        known = ", ".join(LANGUAGES)
        raise ValueError(f"Unknown language “{code}”; use one of {known}.") from None


def language_from_environment(environ: Mapping[str, str]) -> str:
    """The language the environment asks for, as gettext reads it (LANGUAGE, LC_ALL,
    LC_MESSAGES, LANG: "vi_VN.UTF-8" -> "vi"), when the app speaks it; else English."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for item in environ.get(var, "").split(":"):
            code = item.split(".")[0].split("@")[0].split("_")[0].lower()
            if code in LANGUAGES:
                return code
            if code and var != "LANGUAGE":
                return DEFAULT_LANGUAGE  # the first variable set wins, as in gettext
    return DEFAULT_LANGUAGE


def is_rtl(code: str) -> bool:
    return language(code).rtl
