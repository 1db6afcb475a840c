"""The one way the app says that something typed was not taken: a short sentence just under
the field (or the table cell) it is about, floating over the page so that nothing moves, the
typed text left in place to be corrected. It is said aloud as an alert, and goes away with
the next change that is saved or when the window is clicked elsewhere.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QWidget


class FieldMessage(QLabel):
    """One per window, a child of it outside every layout."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("fieldMessage")
        self.setAccessibleName(self.tr("Not saved"))
        self.setWordWrap(True)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        # the tooltip colours follow the palette, so high contrast keeps it readable
        self.setStyleSheet(
            "QLabel#fieldMessage { background: palette(tooltip-base); color: palette(tooltip-text);"
            " border: 2px solid #b00020; padding: 3px 6px; }"
        )
        self.field: QWidget | None = None
        self.hide()

    def show_for(self, field: QWidget | None, text: str) -> None:
        win = self.parentWidget()
        self.field = field
        self.setText(text)
        self.setAccessibleDescription(text)
        width = min(max(260, field.width() if field else 0), max(200, win.width() - 16))
        self.setFixedWidth(width)
        self.adjustSize()
        anchor = QPoint(8, 8)
        if field is not None and field.isVisible():
            rect = field.rect()
            if isinstance(field, QAbstractItemView) and field.currentIndex().isValid():
                cell = field.visualRect(field.currentIndex())
                rect = cell.translated(field.viewport().pos())
            anchor = field.mapTo(win, rect.bottomLeft() + QPoint(0, 2))
        x = min(max(0, anchor.x()), max(0, win.width() - self.width()))
        y = anchor.y()
        if y + self.height() > win.height():  # no room below: above the field instead
            top = field.mapTo(win, QPoint(0, 0)).y() if field is not None else win.height()
            y = max(0, top - self.height() - 2)
        self.move(x, y)
        self.raise_()
        self.show()
        from PySide6.QtGui import QAccessible, QAccessibleEvent  # (their enums: not at start)

        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))


def say_not_saved(text: str, field: QWidget | None = None) -> FieldMessage | None:
    """Show `text` next to `field` (by default the widget with the keyboard focus)."""
    field = field or QApplication.focusWidget()
    if field is None:
        return None
    win = field.window()
    box = win.findChild(FieldMessage, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if box is None:
        box = FieldMessage(win)
    box.show_for(field, text)
    return box


def clear_message(window: QWidget | None) -> None:
    if window is None:
        return
    box = window.findChild(FieldMessage, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if box is not None:
        box.hide()
