"""Text being typed is saved after a short pause, not only on Enter or when focus leaves: a
crash or a flat battery in the middle of a sentence loses at most the last second of typing.

Each text box keeps its own save rule (they all skip a value that did not change); the pause
only asks for it early. Date boxes are left out: a date half typed is not a date yet.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QPlainTextEdit, QWidget

PAUSE_MS = 1200  # long enough not to save each word, short enough to lose little


class TypingPause(QObject):
    """Saves one text box after PAUSE_MS without a keystroke (while it still has focus)."""

    def __init__(self, box: QWidget):
        super().__init__(box)
        self.box = box
        self.timer = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self.timer.timeout.connect(self._save)
        if isinstance(box, QLineEdit):
            box.textEdited.connect(lambda _t: self.timer.start())
        else:  # setPlainText from a refresh happens without focus; only typing counts
            box.textChanged.connect(lambda: box.hasFocus() and self.timer.start())

    def _save(self) -> None:
        box = self.box
        if hasattr(box, "save_now"):  # CommitLineEdit, CommitTextEdit: their own rule
            box.save_now()
        elif isinstance(box, QLineEdit):
            box.editingFinished.emit()


def save_while_typing(root: QWidget) -> None:
    """Give every text box under root that saves on editingFinished (or has its own save_now)
    a typing pause. Cell editors in tables and the date boxes are left as they are."""
    from .date_field import DateField
    from .steps.fields import DateLineEdit

    boxes = [*root.findChildren(QLineEdit), *root.findChildren(QPlainTextEdit)]
    for box in boxes:
        if isinstance(box, (DateField, DateLineEdit)) or box.findChild(TypingPause):
            continue
        if _inside_item_view(box) or box.isReadOnly():
            continue
        if hasattr(box, "save_now") or (
            isinstance(box, QLineEdit) and box.receivers("2editingFinished()") > 0
        ):
            TypingPause(box)


def _inside_item_view(w: QWidget) -> bool:
    p = w.parentWidget()
    while p is not None:
        if isinstance(p, QAbstractItemView):
            return True
        p = p.parentWidget()
    return False
