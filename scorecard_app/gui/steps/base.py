"""The base of every step page."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from scorecard_app.gui.context import CycleContext

from .fields import CodeCombo

# Set this property on a widget (and so its children) that stays editable in a finished cycle:
# the follow-up of actions, a filter box, a picker that only chooses what is shown.
KEEP_WHEN_LOCKED = "keepWhenLocked"
_TRIGGERS = "unlockedEditTriggers"
_BY_LOCK = "offByLock"


class StepPage(QWidget):
    """A page for one stage. Subclasses build widgets in __init__ and fill them in refresh().

    Every change goes through `self.ctx.edit(...)` (saved at once, undoable); refresh() is called
    after each change, undo and redo, and when the page is shown.
    """

    stage = ""

    def __init__(self, ctx: CycleContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"page_{self.stage or type(self).__name__}")

    def refresh(self) -> None:  # pragma: no cover - overridden
        pass

    def show_locked(self, locked: bool) -> None:
        """A finished cycle looks read-only: its text boxes take no typing and its tables
        open no editor (rather than taking text that a refusal then leaves on screen)."""
        for w in self.findChildren(QWidget):
            if _kept(w, self):
                continue
            if isinstance(w, (QLineEdit, QPlainTextEdit)):
                if not isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox)):
                    _lock(w, locked, w.isReadOnly, lambda on, w=w: w.setReadOnly(on))
            elif isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView):
                if w.parentWidget() is not None and isinstance(
                    w.parentWidget().parentWidget(), QComboBox
                ):
                    continue  # a combo box's own list
                if locked and w.property(_TRIGGERS) is None:
                    w.setProperty(_TRIGGERS, int(w.editTriggers().value))
                    w.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
                elif not locked and w.property(_TRIGGERS) is not None:
                    w.setEditTriggers(QAbstractItemView.EditTrigger(int(w.property(_TRIGGERS))))
                    w.setProperty(_TRIGGERS, None)
            elif isinstance(w, (QAbstractSpinBox, QCheckBox, CodeCombo)):
                _lock(
                    w, locked, lambda w=w: not w.isEnabled(), lambda on, w=w: w.setEnabled(not on)
                )


def _kept(w: QWidget, page: QWidget) -> bool:
    while w is not None and w is not page:
        if w.property(KEEP_WHEN_LOCKED):
            return True
        w = w.parentWidget()
    return bool(page.property(KEEP_WHEN_LOCKED))


def _lock(w: QWidget, locked: bool, is_off, set_off) -> None:
    """Switch a widget off for the lock, and back on only if the lock switched it off (a page
    may have switched it off for its own reason, e.g. the scale once scores exist)."""
    if locked and not is_off():  # (again, if a refresh switched it back on)
        set_off(True)
        w.setProperty(_BY_LOCK, True)
    elif not locked and w.property(_BY_LOCK):
        set_off(False)
        w.setProperty(_BY_LOCK, None)
