"""The widgets the Qt Designer forms in ui/ promote to, and how a form follows a language switch.

uic builds a promoted widget with its parent only, so each of these takes nothing else: the form
gives it its accessible name and placeholder (translated by the form's retranslateUi), and the page
gives it what needs data (a combo box's items, the places known for autocompletion).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from scorecard_app.gui.i18n_runtime import Retranslatable
from scorecard_app.gui.steps.fields import CodeCombo, CommitLineEdit, DateLineEdit

from .date_field import DateField
from .scoring_widgets import EntryTable
from .steps.fields import InlineError

LEVELS = ("region", "district", "commune", "village")
SEP = " › "


def join_location(parts: list[str]) -> str:
    return SEP.join(p.strip() for p in parts if p.strip())


def split_location(community: str) -> list[str]:
    """The location's parts, region first, padded to four (a short path fills from the top)."""
    parts = [p.strip() for p in community.split("›") if p.strip()]
    return (parts + [""] * len(LEVELS))[: len(LEVELS)] if len(parts) <= len(LEVELS) else parts


def measure_again(form: QWidget) -> None:
    """Call once a form's texts and items are in. uic adds each widget to its layout before
    retranslateUi gives it words, a splitter measures its panes as they are added, and a widget
    not shown yet does not tell the layouts that it grew: they would keep the empty sizes."""
    for lay in form.findChildren(QLayout):
        lay.invalidate()


class FormCommitLineEdit(CommitLineEdit):
    """CommitLineEdit as a form builds it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("", parent)


class FormDateLineEdit(DateLineEdit):
    """DateLineEdit as a form builds it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("", parent)


class FormCodeCombo(CodeCombo):
    """CodeCombo as a form builds it; the page fills it with `set_items`. Its width follows its
    items: they come after the form is laid out, and again in each language."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("", [], parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """As wide as the widest item, like a combo box given its items when it was made (Qt
        keeps the minimum it worked out while the form's combo box was still empty)."""
        return self.sizeHint()


class LocationEditor(Retranslatable, QWidget):
    """Region › District › Commune › Village, each autocompleted from earlier cycles."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.edits: list[QLineEdit] = []
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for i in range(len(LEVELS)):
            if i:
                lay.addWidget(QLabel("›"))
            edit = QLineEdit()
            edit.setObjectName(f"location_{LEVELS[i]}")
            lay.addWidget(edit, 1)
            self.edits.append(edit)
        self.setFocusProxy(self.edits[0])  # the form's label buddy and tab stop: the region
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        names = (self.tr("Region"), self.tr("District"), self.tr("Commune"), self.tr("Village"))
        for edit, name in zip(self.edits, names, strict=True):
            edit.setPlaceholderText(name)
            edit.setAccessibleName(name)

    def set_known(self, known: list[list[str]]) -> None:
        """The names used before at each level (`cycle_setup.known_parts`), offered as typed."""
        for edit, names in zip(self.edits, known, strict=False):
            comp = QCompleter(names, edit)
            comp.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            comp.setFilterMode(Qt.MatchFlag.MatchContains)
            edit.setCompleter(comp)

    def value(self) -> str:
        return join_location([ed.text() for ed in self.edits])

    def set_value(self, community: str) -> None:
        for ed, part in zip(self.edits, split_location(community), strict=False):
            if not ed.hasFocus():
                ed.setText(part)


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


def retranslate_model(model: QAbstractItemModel) -> None:
    """After a language switch: a model's headers and cells are asked for their words again."""
    rows, cols = model.rowCount(), model.columnCount()
    if cols:
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, cols - 1)
    if rows and cols:
        model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, cols - 1))
