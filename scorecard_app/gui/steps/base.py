"""The base of every step page."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from scorecard_app.gui.context import CycleContext


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

    def tips(self) -> str:
        """What the facilitator says and does at this step (shown in the tips panel)."""
        return ""


class PlaceholderPage(StepPage):
    def __init__(self, ctx: CycleContext, parent: QWidget | None = None, stage: str = ""):
        super().__init__(ctx, parent)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("This step is not available in this version yet.")))
