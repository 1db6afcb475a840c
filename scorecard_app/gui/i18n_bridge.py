"""Translating core's messages and vocabularies inside the GUI (they are marked with
QT_TRANSLATE_NOOP in core, so lupdate puts them in our catalogues under their context)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from scorecard_app.core.text import Message


def tr_core(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def tr_message(m: Message) -> str:
    """A Message in the interface language; values that are Messages are translated too."""
    template = QCoreApplication.translate(m.context, m.template) if m.context else m.template
    values = {k: tr_message(v) if isinstance(v, Message) else v for k, v in m.params.items()}
    return template.format(**values)


def tr_error(error: BaseException) -> str:
    """What to show for an error: its translated Message (store, core, sync), else its text."""
    m = getattr(error, "message", None)
    return tr_message(m) if isinstance(m, Message) else str(error)
