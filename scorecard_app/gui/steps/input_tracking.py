"""Input tracking: what the facility is entitled to against what is actually there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidgetItem

from scorecard_app.core import entities as e
from scorecard_app.gui.form_widgets import measure_again
from scorecard_app.gui.forms.ui_input_tracking import Ui_InputTrackingForm
from scorecard_app.gui.i18n_runtime import (  # core rule, locale decimal mark
    Retranslatable,
    display_value,
)

from .base import StepPage
from .fields import ask_to_remove, on_delete_key, parse_number

COLUMNS = ("item", "unit", "entitlement", "source", "actual", "gap", "remarks")
NUMERIC = ("entitlement", "actual")


class InputTrackingPage(Retranslatable, StepPage):
    """The layout is ui/input_tracking.ui; here are the matrix's cells and the edits."""

    stage = "input_tracking"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self._filling = False
        self.ui = ui = Ui_InputTrackingForm()
        ui.setupUi(self)
        self.new_item, self.add_button = ui.new_item, ui.add_button
        self.remove_button, self.table = ui.remove_button, ui.table
        self.new_item.returnPressed.connect(self.add_item)
        self.add_button.clicked.connect(self.add_item)
        self.remove_button.clicked.connect(lambda: self.remove_item(ask=True))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((200, 90, 95, 190, 80, 170)):
            self.table.setColumnWidth(col, width)
        self.table.itemChanged.connect(self._cell_changed)
        on_delete_key(self.table, lambda: self.remove_item(ask=False))
        measure_again(self)

    def retranslate_ui(self) -> None:
        self.ui.retranslateUi(self)

    # ----------------------------------------------------------------- edits
    def add_item(self) -> None:
        text = self.new_item.text().strip()
        if not text:
            return
        d = self.ctx.data()
        pos = max((i.position for i in d.input_items), default=-1) + 1
        item = e.InputItem(self.ctx.cycle_id, text, position=pos)
        if self.ctx.add(self.tr("Add input {item}").format(item=text), item):
            self.new_item.set_value("")
            self.new_item.clear()
            row = self._row_of(item.id)
            if row is not None:  # go on with its unit: the next thing typed lands there
                self.table.setCurrentCell(row, 1)
                self.table.setFocus()

    def remove_item(self, ask: bool = True) -> None:
        """The Remove button asks first (Tab + Space reaches it by accident); Delete on the
        table is deliberate and undoable, so it removes at once."""
        row = self.table.currentRow()
        if row < 0 or self.table.item(row, 0) is None:
            return
        iid = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        name = self.table.item(row, 0).text()
        remove = lambda: self.ctx.remove(self.tr("Remove input item"), e.InputItem, iid)  # noqa: E731
        if not ask:
            remove()
            return
        ask_to_remove(
            self,
            self.tr("Remove the input item “{item}” and what was recorded for it?").format(
                item=name
            ),
            remove,
        )

    def _row_of(self, item_id: str) -> int | None:
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == item_id:
                return r
        return None

    def _cell_changed(self, cell: QTableWidgetItem) -> None:
        if self._filling:
            return
        field = COLUMNS[cell.column()]
        iid = self.table.item(cell.row(), 0).data(Qt.ItemDataRole.UserRole)
        current = next((i for i in self.ctx.data().input_items if i.id == iid), None)
        if current is None or field == "gap":
            return
        text = cell.text().strip()
        if field in NUMERIC:
            try:
                value = parse_number(text)
            except ValueError:
                self.ctx.error.emit(
                    self.tr("“{text}” is not a number; write it like 12 or 3.5.").format(text=text)
                )
                self._fill_row(cell.row(), current)
                return
        elif field == "item" and not text:
            self._fill_row(cell.row(), current)
            return
        else:
            value = text
        if getattr(current, field) == value:
            return
        self.ctx.update(
            self.tr("Change {item}").format(item=current.item), e.InputItem, iid, **{field: value}
        )

    # --------------------------------------------------------------- refresh
    def gap_text(self, item: e.InputItem) -> str:
        gap = item.gap
        if gap is None:
            return ""
        if abs(gap) < 1e-9:
            return self.tr("0 (as entitled)")
        if gap < 0:
            return self.tr("{n} (less than entitled)").format(n=display_value(gap))
        return self.tr("+{n} (more than entitled)").format(n=display_value(gap))

    def refresh(self) -> None:
        d = self.ctx.data()
        items = d.input_items
        self._filling = True
        shown = [
            self.table.item(r, 0).data(Qt.ItemDataRole.UserRole)
            for r in range(self.table.rowCount())
        ]
        if shown != [i.id for i in items]:
            self.table.setRowCount(len(items))
        for row, it in enumerate(items):
            self._fill_row(row, it)
        self._filling = False
        locked = d.cycle.is_complete
        for w in (self.new_item, self.add_button, self.remove_button):
            w.setEnabled(not locked)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if locked
            else QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )

    def _fill_row(self, row: int, it: e.InputItem) -> None:
        was = self._filling
        self._filling = True
        values = {
            "item": it.item,
            "unit": it.unit,
            "entitlement": display_value(it.entitlement) if it.entitlement is not None else "",
            "source": it.source,
            "actual": display_value(it.actual) if it.actual is not None else "",
            "gap": self.gap_text(it),
            "remarks": it.remarks,
        }
        for col, field in enumerate(COLUMNS):
            cell = self.table.item(row, col)
            if cell is None:
                cell = QTableWidgetItem()
                self.table.setItem(row, col, cell)
            if cell.text() != values[field]:
                cell.setText(values[field])
            if field == "gap":
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.table.item(row, 0).setData(Qt.ItemDataRole.UserRole, it.id)
        self._filling = was


PAGE = InputTrackingPage
