"""The person's saved interface settings (language, text size, contrast) and applying them at start.

Kept apart from the Settings… dialog so that the start applies them without importing the
dialog's form: the window paints first, the dialog's code loads when it is first needed.
Stored in QSettings (the laptop's user profile), not in the database.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings

from scorecard_app.i18n.languages import DEFAULT_LANGUAGE, LANGUAGES, language

from .appearance import CONTRAST_MODES, appearance
from .i18n_runtime import language_manager, register_fonts

KEY_LANGUAGE = "interface/language"
KEY_TEXT_SCALE = "interface/text_scale"
KEY_CONTRAST = "interface/contrast"


def system_language() -> str:
    """The operating system's language when we speak it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def saved_language(settings: QSettings) -> str:
    code = settings.value(KEY_LANGUAGE)
    return code if isinstance(code, str) and code in LANGUAGES else system_language()


def saved_text_scale(settings: QSettings) -> int:
    try:
        return int(settings.value(KEY_TEXT_SCALE, 100))
    except (TypeError, ValueError):
        return 100


def saved_contrast(settings: QSettings) -> str:
    mode = settings.value(KEY_CONTRAST, "system")
    return mode if mode in CONTRAST_MODES else "system"


def apply_saved_settings(settings: QSettings, lang_override: str | None = None) -> str:
    """At start-up: fonts, text size, contrast, then the language (`--lang` wins over the saved
    one without replacing it). Returns the language in use; an unknown code raises ValueError."""
    if lang_override:
        language(lang_override)
    register_fonts()
    look = appearance()
    look.set_text_scale(saved_text_scale(settings))
    look.set_contrast(saved_contrast(settings))
    lang = lang_override or saved_language(settings)
    language_manager().set_language(lang)
    return lang
