"""Translatable messages produced outside Qt.

Core cannot import our i18n package, so it marks its strings with the same no-op function that
lupdate understands, and hands out Message objects; the GUI and the printables translate them.
Errors a user can act on (`UserError` and its kinds in store, core and commands) carry such a
Message too, so the GUI and the CLI say them in the user's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
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

    def with_values(self, **params: Any) -> Message:
        """The same sentence with (more) values to fill in."""
        return replace(self, params={**self.params, **params})


def message(context: str, template: str) -> Message:
    """A translatable sentence, marked where it is written: `message("Store", "No cycle {id}.")`.

    scripts/translations.py runs lupdate with this name as an alias of QT_TRANSLATE_NOOP, so
    the context and the template must be written out, and nothing else passed (the values go
    to the error, `raise NotFound(message("Store", "No cycle {id}."), id=5)`, or to
    `Message.with_values`)."""
    return Message(context, template)


class UserError(Exception):
    """A problem the user can fix, said as a translatable Message; str() is the English.

    `raise CycleLocked(message("Store", "…{name}…"), name=n)`; the GUI shows `.message`
    translated (gui/i18n_bridge.tr_error), the CLI through scorecard_app.i18n.explain."""

    def __init__(self, what: Message | str, **params: Any):
        if isinstance(what, str):  # a sentence that is already in its final language
            what = Message("", what)
        self.message = what.with_values(**params)
        super().__init__(str(self.message))


def wording_key(text: str) -> str:
    """What two wordings are compared by: case and runs of spaces do not make a new issue."""
    return " ".join(text.split()).casefold()
