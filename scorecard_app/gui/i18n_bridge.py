"""Translating core's messages and vocabularies inside the GUI (they are marked with
QT_TRANSLATE_NOOP in core, so lupdate puts them in our catalogues under their context)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from scorecard_app.core.text import Message


def tr_core(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def tr_message(m: Message) -> str:
    return m.format(QCoreApplication.translate(m.context, m.template))
