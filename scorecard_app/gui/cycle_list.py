"""The home list of cycles: a sortable, filterable table."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scorecard_app.core.entities import CYCLE_STATUSES, CycleSummary
from scorecard_app.core.stages import stage_name
from scorecard_app.store import Store

from .i18n_bridge import tr_core


class CycleListModel(QAbstractTableModel):
    COLUMNS = ("facility", "community", "round", "stage", "status", "attention")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[CycleSummary] = []

    def load(self, rows: list[CycleSummary]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Facility"),
                self.tr("Community"),
                self.tr("Round"),
                self.tr("Stage"),
                self.tr("Status"),
                self.tr("Needs attention"),
            )[section]
        return None

    def attention(self, c: CycleSummary) -> str:
        parts = []
        if c.overdue_actions:
            parts.append(self.tr("%n overdue action(s)", "", c.overdue_actions))
        if c.training:
            parts.append(self.tr("training"))
        return ", ".join(parts)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        c = self.rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "facility": c.facility,
                "community": c.community,
                "round": c.round_no,
                "stage": tr_core("Stage", stage_name(c.stage)),
                "status": tr_core("Vocabulary", CYCLE_STATUSES.get(c.status, c.status)),
                "attention": self.attention(c),
            }[col]
        if role == Qt.ItemDataRole.UserRole:
            return c.id
        return None


class CycleListPage(QWidget):
    """Home: every cycle on this laptop, with a filter box. Enter or double-click opens one."""

    open_cycle = Signal(str)
    new_cycle = Signal()

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self.model = CycleListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by facility, community, stage…"))
        self.filter.setAccessibleName(self.tr("Filter cycles"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Cycles"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)

        self.open_button = QPushButton(self.tr("&Open cycle"))
        self.open_button.setAccessibleName(self.tr("Open cycle"))
        self.open_button.clicked.connect(self._open_current)
        self.new_button = QPushButton(self.tr("&New cycle…"))
        self.new_button.setAccessibleName(self.tr("New cycle"))
        self.new_button.clicked.connect(self.new_cycle)

        title = QLabel(self.tr("Score card cycles"))
        title.setObjectName("title")
        f = title.font()
        f.setPointSizeF(f.pointSizeF() * 1.4)
        f.setBold(True)
        title.setFont(f)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.new_button)
        top.addWidget(self.open_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.filter)
        lay.addWidget(self.table, 1)
        self.reload()

    def reload(self) -> None:
        self.model.load(self.store.list_cycles())

    def _open_index(self, index) -> None:
        if index.isValid():
            self.open_cycle.emit(
                self.proxy.data(index.siblingAtColumn(0), Qt.ItemDataRole.UserRole)
            )

    def _open_current(self) -> None:
        idx = self.table.currentIndex()
        if not idx.isValid() and self.proxy.rowCount():
            idx = self.proxy.index(0, 0)
        self._open_index(idx)
