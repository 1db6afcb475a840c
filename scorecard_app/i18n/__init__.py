"""Languages and translation outside Qt.

One catalogue mechanism for the whole app: Qt Linguist `.ts` files in resources/translations.
The GUI loads them compiled (`.qm`) through QTranslator; everything else (printables, CLI, core's
messages) reads the same `.ts` files here, so a string is translated once for both.
"""

from .catalog import QT_TRANSLATE_NOOP, Translator, explain, translate, translator
from .languages import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    Language,
    is_rtl,
    language,
    language_from_environment,
)

__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "Language",
    "QT_TRANSLATE_NOOP",
    "Translator",
    "explain",
    "is_rtl",
    "language",
    "language_from_environment",
    "translate",
    "translator",
]
