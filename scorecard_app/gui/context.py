"""What every step page of an open cycle shares: the store, the cycle, the undo stack."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from scorecard_app.core.entities import CycleData
from scorecard_app.store import Store, StoreError
from scorecard_app.store.cycle_changes import updated

from .i18n_bridge import tr_error


class StoreCommand(QUndoCommand):
    """One undoable edit: `redo` and `undo` are store calls (each its own transaction).

    The edit is run before it is pushed (so a refused edit never reaches the stack); the first
    redo() that QUndoStack.push makes is therefore skipped.
    """

    def __init__(
        self, text: str, redo: Callable[[], Any], undo: Callable[[], Any], ctx: CycleContext
    ):
        super().__init__(text)
        self._redo, self._undo, self._ctx = redo, undo, ctx
        self._applied = True

    def _run(self, fn: Callable[[], Any]) -> None:
        try:
            fn()
        except (StoreError, ValueError) as e:  # e.g. the cycle was finished meanwhile
            self._ctx.error.emit(tr_error(e))
        self._ctx.edited()

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            self._ctx.edited()
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)


class CycleContext(QObject):
    """Shared by the workspace and its pages. Pages call `edit` for every change the user makes.

    `changed` fires after every edit, undo and redo; pages reload what they show from `data()`.
    """

    changed = Signal()
    error = Signal(str)  # a sentence for the status bar / message box

    def __init__(
        self, store: Store, cycle_id: str, undo_stack: QUndoStack, parent: QObject | None = None
    ):
        super().__init__(parent)
        self.store = store
        self.cycle_id = cycle_id
        self.undo_stack = undo_stack
        self._data: CycleData | None = None
        self._mark = 0  # the store's changes that `_data` holds (see `edited`)
        self._file_version = 0
        self.step: str | None = None  # the step page the edits come from (set by the workspace)

    def data(self) -> CycleData:
        """The cycle as stored now (cached until the next change)."""
        if self._data is None:
            self._mark = self.store.change_mark()
            self._file_version = self.store.changes_stamp()[1]
            self._data = self.store.load_cycle(self.cycle_id)
        return self._data

    def previous(self) -> CycleData | None:
        return self.store.previous_data(self.cycle_id)

    def invalidate(self) -> None:
        """Something may have changed the cycle (a sync, a rebuilt page): read it all again."""
        self._data = None
        self.changed.emit()

    def edited(self) -> None:
        """After an edit, undo or redo made here: the loaded cycle takes just the records those
        changed (a keystroke changes one vote), unless something else wrote to the file since
        it was read or a change cannot be applied in place; then it is read again."""
        if self._data is not None:
            mark = self.store.change_mark()
            same_file = self.store.changes_stamp()[1] == self._file_version
            changes = self.store.changes_after(self._mark)
            self._data = updated(self.store, self._data, changes) if same_file else None
            self._mark = mark
        self.changed.emit()

    def edit(self, text: str, redo: Callable[[], Any], undo: Callable[[], Any]) -> bool:
        """Run one edit now and put it on the undo stack. Returns False (and says why) if the
        store refused it — a locked cycle or an out-of-range score — leaving nothing changed."""
        try:
            redo()
        except (StoreError, ValueError) as e:
            self.error.emit(tr_error(e))
            return False
        self._note_progress()
        self.undo_stack.push(StoreCommand(text, redo, undo, self))
        return True

    def _note_progress(self) -> None:
        """Keep the cycle's "furthest stage reached" (shown on the home list): moved by an edit
        made on a later step, never by merely looking at one. Not on the undo stack."""
        from scorecard_app.core.entities import Cycle
        from scorecard_app.core.stages import STAGE_CODES, stage_index

        step = self.step
        if step not in STAGE_CODES:
            return
        c = self._data.cycle if self._data is not None else self.store.require(Cycle, self.cycle_id)
        if c.is_complete:
            return
        if c.stage in STAGE_CODES and stage_index(step) <= stage_index(c.stage):
            return
        try:
            self.store.update(Cycle, c.id, stage=step)
        except StoreError:
            return

    def add(self, text: str, obj: Any) -> bool:
        """Add a record undoably: undo soft-deletes it, redo restores the same row."""
        store, cls = self.store, type(obj)
        done = [False]

        def redo():
            if done[0]:
                store.restore(cls, obj.id)
            else:
                store.add(obj)
                done[0] = True

        return self.edit(text, redo, lambda: store.delete(cls, obj.id))

    def update(self, text: str, cls: type, record_id: str, /, **changes: Any) -> bool:
        """Change fields of a record undoably."""
        old: dict[str, Any] = {}

        def redo():
            old.clear()
            old.update(self.store.update(cls, record_id, **changes))

        return self.edit(text, redo, lambda: self.store.update(cls, record_id, **old))

    def remove(self, text: str, cls: type, record_id: str) -> bool:
        return self.edit(
            text,
            lambda: self.store.delete(cls, record_id),
            lambda: self.store.restore(cls, record_id),
        )
