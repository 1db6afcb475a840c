"""Small editors shared by the step pages: fields that save when the user finishes typing.

A field never saves on each keystroke (that would flood the undo stack); it saves once on
Enter or when focus leaves, and only when the value really changed. refresh() never overwrites
what the user is typing.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

_UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


class CommitLineEdit(QLineEdit):
    """A line edit that emits `committed(text)` on Enter / focus-out when the text changed."""

    committed = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(name)
        self._saved = ""
        self.editingFinished.connect(self._finish)

    def event(self, ev) -> bool:
        """Ctrl+Z / Ctrl+Shift+Z reach the cycle's undo stack unless the user is in the middle
        of typing here (then they undo the typing, as in any text box)."""
        if ev.type() == QEvent.Type.ShortcutOverride and not self.isModified():
            if (
                any(ev.matches(k) for k in _UNDO_KEYS)
                or ev.keyCombination().toCombined()
                == (
                    Qt.KeyboardModifier.ControlModifier
                    | Qt.KeyboardModifier.ShiftModifier
                    | Qt.Key.Key_Z
                ).toCombined()
            ):
                ev.ignore()
                return False
        return super().event(ev)

    def set_value(self, text: str) -> None:
        if self.hasFocus() and self.isModified() and self.text() != self._saved:
            return  # the user is typing here: keep their text
        self._saved = text or ""
        if self.text() != self._saved:
            self.setText(self._saved)
        self.setModified(False)

    def _finish(self) -> None:
        text = self.text().strip()
        if text != self._saved:
            self._saved = text
            self.committed.emit(text)
        self.setModified(False)

    def save_now(self) -> None:
        """Save during a pause in typing. The box stays "being typed in", so a refresh does
        not take a trailing space away from under the cursor."""
        text = self.text().strip()
        if text and text != self._saved:  # (an empty box is saved only on Enter / focus-out)
            self._saved = text
            self.committed.emit(text)


class DateLineEdit(CommitLineEdit):
    """An ISO date (YYYY-MM-DD) or empty. A bad date is refused with a sentence and put back."""

    refused = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(name, parent)
        self.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.setMaximumWidth(130)

    def _finish(self) -> None:
        text = self.text().strip()
        if text:
            try:
                text = date.fromisoformat(text).isoformat()
            except ValueError:
                self.refused.emit(
                    self.tr("“{text}” is not a date; write it like 2026-11-22.").format(text=text)
                )
                return  # the text stays in the box (still "being typed") to be corrected
            self.setText(text)
        super()._finish()


class CodeCombo(QComboBox):
    """A combo box over (code, label) pairs that emits `chosen(code)` when the user picks one."""

    chosen = Signal(object)

    def __init__(self, name: str, items: list[tuple[object, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(name)
        self.set_items(items)
        self.activated.connect(lambda i: self.chosen.emit(self.itemData(i)))

    def set_items(self, items: list[tuple[object, str]]) -> None:
        current = self.code()
        self.blockSignals(True)
        self.clear()
        for code, label in items:
            self.addItem(label, code)
        self.set_code(current)
        self.blockSignals(False)

    def code(self) -> object:
        return self.currentData(Qt.ItemDataRole.UserRole)

    def set_code(self, code: object) -> None:
        idx = self.findData(code)
        if idx >= 0 and idx != self.currentIndex():
            self.blockSignals(True)
            self.setCurrentIndex(idx)
            self.blockSignals(False)


def parse_number(text: str) -> float | None:
    """A number typed by a facilitator ("12", "3,5", "") or None when empty; ValueError if not."""
    t = text.strip().replace(",", ".")
    if not t:
        return None
    return float(t)


def on_delete_key(widget: QWidget, action) -> None:
    """Pressing Delete on a table or list (not while editing a cell) removes its current row."""
    from PySide6.QtGui import QShortcut

    sc = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), widget)
    sc.setContext(Qt.ShortcutContext.WidgetShortcut)
    sc.activated.connect(action)


def ask_to_remove(parent: QWidget, question: str, on_yes) -> QWidget:
    """Ask before removing something (a stray Space on a focused Remove button must not delete
    a row). Window-modal without blocking; No is the default, so Enter keeps the row."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    title = QCoreApplication.translate("RemoveQuestion", "Remove?")
    remove = QCoreApplication.translate("RemoveQuestion", "Remove")
    box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
    yes = box.addButton(remove, QMessageBox.ButtonRole.DestructiveRole)
    yes.setAccessibleName(remove)
    no = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.buttonClicked.connect(lambda b: b is yes and on_yes())
    box.finished.connect(lambda _r: box.deleteLater())
    parent.question = box  # (reached by tests and screen readers while it is open)
    box.open()
    return box


class InlineError(QLabel):
    """The one way a page says that something typed was not taken: a red sentence right under
    the field, in space kept for it (the layout does not jump), the typed text left as it is.
    It goes away when the user types again in the field it belongs to."""

    def __init__(self, field: QWidget | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("inlineError")
        self.setWordWrap(True)
        self.setStyleSheet("QLabel#inlineError { color: #b00020; }")
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(self.tr("Not saved"))
        self.hide()
        if field is not None and hasattr(field, "textEdited"):
            field.textEdited.connect(lambda _t: self.clear_error())

    def show_error(self, message: str) -> None:
        self.setText(message)
        self.setAccessibleDescription(message)
        self.show()

    def clear_error(self) -> None:
        self.clear()
        self.hide()
