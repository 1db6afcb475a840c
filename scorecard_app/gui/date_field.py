"""A date typed as YYYY-MM-DD, from the keyboard: empty means "no date", ↑/↓ move a day
(starting from today when empty), Page Up/Down a month. QDateEdit's section editing and its
"not set" special value are hard to type into and to read aloud; a plain line edit is not."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit


def parse_date(text: str) -> date | None:
    """A date from "2026-11-20"; None for an empty field; ValueError for anything else."""
    t = text.strip()
    return date.fromisoformat(t) if t else None


class DateField(QLineEdit):
    """Emits `committed(value)` (ISO text or None) when a valid, changed date is left;
    `refused(sentence)` and the old value back when the text is not a date."""

    committed = Signal(object)
    refused = Signal(str)

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.setToolTip(self.tr("Type a date like 2026-11-20; ↑ and ↓ change it by a day."))
        self.setMaxLength(10)
        self._value: str | None = None
        self.editingFinished.connect(self._finish)

    def value(self) -> str | None:
        return self._value

    def set_value(self, value: str | None) -> None:
        """Show a stored date (without committing it)."""
        self._value = value[:10] if value else None
        self.setText(self._value or "")

    def _finish(self) -> None:
        try:
            d = parse_date(self.text())
        except ValueError:
            bad = self.text().strip()  # left in the box to be corrected, not erased
            self.refused.emit(
                self.tr("“{text}” is not a date; type it like 2026-11-20.").format(text=bad)
            )
            return
        new = d.isoformat() if d else None
        self.setText(new or "")
        if new != self._value:
            self._value = new
            self.committed.emit(new)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {
            Qt.Key.Key_Up: 1,
            Qt.Key.Key_Down: -1,
            Qt.Key.Key_PageUp: 30,
            Qt.Key.Key_PageDown: -30,
        }
        if event.key() in steps:
            try:
                d = parse_date(self.text()) or date.today() - timedelta(days=steps[event.key()])
            except ValueError:
                d = date.today()
            self.setText((d + timedelta(days=steps[event.key()])).isoformat())
            return
        super().keyPressEvent(event)
