"""Translatable messages produced outside Qt.

Core cannot import our i18n package, so it marks its strings with the same no-op function that
lupdate understands, and hands out Message objects; the GUI and the printables translate them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate looks for this name
    return text


@dataclass(frozen=True)
class Message:
    """A sentence for the user: a translatable template plus its values."""

    context: str
    template: str
    params: dict[str, Any] = field(default_factory=dict)
    code: str = ""

    def format(self, template: str | None = None) -> str:
        """Fill the template (a translated one when given) with the values."""
        return (template or self.template).format(**self.params)

    def __str__(self) -> str:
        return self.format()


def wording_key(text: str) -> str:
    """What two wordings are compared by: case and runs of spaces do not make a new issue."""
    return " ".join(text.split()).casefold()
