"""An open cycle: the step navigator on the side, the current step's page beside it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from scorecard_app.core.checks import check_stage
from scorecard_app.core.stages import STAGE_CODES, stage_name
from scorecard_app.store import Store

from .context import CycleContext
from .i18n_bridge import tr_core
from .steps import page_class


class StepNavigator(QListWidget):
    """The ten steps, each with its completeness ("✓ done" or "3 to do") in words."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Steps"))
        for code in STAGE_CODES:
            item = QListWidgetItem(tr_core("Stage", stage_name(code)))
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.addItem(item)

    def show_completeness(self, missing: dict[str, int]) -> None:
        for row, code in enumerate(STAGE_CODES):
            n = missing.get(code, 0)
            name = tr_core("Stage", stage_name(code))
            status = self.tr("done") if n == 0 else self.tr("%n to do", "", n)
            mark = "✓" if n == 0 else "•"
            item = self.item(row)
            item.setText(f"{row + 1}. {name}\n    {mark} {status}")
            item.setToolTip(status)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{name}: {status}")


class CycleWorkspace(QWidget):
    """Everything about one cycle. Owns the undo stack for that cycle."""

    closed = Signal()

    def __init__(self, store: Store, cycle_id: str, parent=None):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.ctx = CycleContext(store, cycle_id, self.undo_stack, self)
        self.header = QLabel()
        self.header.setObjectName("cycleHeader")
        self.header.setWordWrap(True)
        self.nav = StepNavigator()
        self.pages = QStackedWidget()
        self._built: dict[str, QWidget] = {}
        for _code in STAGE_CODES:  # pages are built lazily, on first visit
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.pages.addWidget(holder)
        split = QSplitter()
        split.addWidget(self.nav)
        split.addWidget(self.pages)
        split.setStretchFactor(1, 1)
        split.setSizes([230, 1000])
        lay = QVBoxLayout(self)
        lay.addWidget(self.header)
        lay.addWidget(split, 1)
        self.nav.currentRowChanged.connect(self._show_row)
        self.ctx.changed.connect(self.refresh)
        for seq, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            QShortcut(QKeySequence(seq), self, activated=lambda s=step: self.move(s))
        data = self.ctx.data()
        start = STAGE_CODES.index(data.cycle.stage) if data.cycle.stage in STAGE_CODES else 0
        self.refresh()
        self.nav.setCurrentRow(start)

    @property
    def cycle_id(self) -> str:
        return self.ctx.cycle_id

    def page(self, stage: str) -> QWidget:
        """The page of a stage, built on first use."""
        if stage not in self._built:
            cls = page_class(stage)
            page = cls(self.ctx)
            holder = self.pages.widget(STAGE_CODES.index(stage))
            holder.layout().addWidget(page)
            self._built[stage] = page
            page.refresh()
        return self._built[stage]

    def go_to(self, stage: str) -> None:
        self.nav.setCurrentRow(STAGE_CODES.index(stage))

    def move(self, step: int) -> None:
        row = min(max(self.nav.currentRow() + step, 0), len(STAGE_CODES) - 1)
        self.nav.setCurrentRow(row)

    def current_stage(self) -> str:
        return STAGE_CODES[max(self.nav.currentRow(), 0)]

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        stage = STAGE_CODES[row]
        self.page(stage)
        self.pages.setCurrentIndex(row)

    def refresh(self) -> None:
        data = self.ctx.data()
        c = data.cycle
        training = self.tr(" — training (never synced)") if c.training else ""
        locked = self.tr(" — finished") if c.status == "complete" else ""
        self.header.setText(
            self.tr("{facility} · {community} · round {round}").format(
                facility=data.facility.name, community=c.community, round=c.round_no
            )
            + training
            + locked
        )
        self.nav.show_completeness({s: len(check_stage(data, s)) for s in STAGE_CODES})
        for page in self._built.values():
            page.refresh()
