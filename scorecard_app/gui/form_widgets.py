"""The app's own widgets as the Designer forms in ui/ build them: `pyside6-uic` calls a custom
widget with its parent only, and the form itself sets the accessible name (translatable)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, Qt, Signal
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from .date_field import DateField
from .scoring_widgets import EntryTable
from .steps.fields import InlineError


class FormDateField(DateField):
    def __init__(self, parent: QWidget | None = None):
        super().__init__("", parent)


class FormEntryTable(EntryTable):
    def __init__(self, parent: QWidget | None = None):
        super().__init__("", parent)


class FormInlineError(InlineError):
    """Its field is joined in Python (`follow`), once both exist."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(None, parent)

    def follow(self, field) -> None:
        field.textEdited.connect(lambda _t: self.clear_error())


class CommitTextEdit(QPlainTextEdit):
    """A multi-line box that saves when focus leaves it (there is no editingFinished)."""

    committed = Signal()

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self.committed.emit()

    def save_now(self) -> None:  # a pause in typing (see typing_pause)
        self.committed.emit()


class FollowsLanguage:
    """Mixin for a widget that is its own Designer form (`class Page(StepPage, Ui_PageForm)`):
    the form's `retranslateUi` runs on every language switch, then `retranslate_more()` for
    the words the Python sets (table headers, texts with numbers)."""

    def retranslate_more(self) -> None:
        pass

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "retranslateUi"):
            self.retranslateUi(self)
            self.retranslate_more()
        super().changeEvent(event)  # type: ignore[misc]


def retranslate_model(model: QAbstractItemModel) -> None:
    """After a language switch: a model's headers and cells are asked for their words again."""
    rows, cols = model.rowCount(), model.columnCount()
    if cols:
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, cols - 1)
    if rows and cols:
        model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, cols - 1))
