"""One table model over core `Action` objects for every page that lists actions: the action plan,
the follow-up of this round, the previous round and the carried-forward actions, and the
overdue list. Each page picks its columns. The model only shows: the forms beside the tables
edit the selected action through the store (one undoable edit each), and the page reloads it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from scorecard_app.core.entities import ACTION_STATUSES, PRIORITIES, Action, CycleData

from .i18n_bridge import tr_core

R = Qt.ItemDataRole


def status_word(code: str) -> str:
    return tr_core("Vocabulary", ACTION_STATUSES.get(code, code))


def priority_word(code: str) -> str:
    return tr_core("Vocabulary", PRIORITIES.get(code, code))


def today_iso() -> str:
    return date.today().isoformat()


def days_late(due: str, today: str) -> int:
    return (date.fromisoformat(today) - date.fromisoformat(due[:10])).days


class ActionSelection:
    """For a widget showing actions in `self.table` over an ActionTableModel `self.model`: the
    action under the cursor, and putting the cursor on one."""

    def current(self) -> Action | None:
        return self.model.action(self.table.currentIndex().row())

    def select_action(self, action_id: str) -> None:
        r = self.model.row_of(action_id)
        if r >= 0:
            self.table.selectRow(r)
            self.table.setCurrentIndex(self.model.index(r, 0))


class ActionTableModel(QAbstractTableModel):
    """Rows: actions. Columns: keys of `_cell` ("what", "indicator", "status", …), chosen by
    the page; `late_status` says how late an open action is, `latest` its last update."""

    def __init__(self, columns: Sequence[str], parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.actions: list[Action] = []
        self.data_of: CycleData | None = None  # indicators and updates of the actions' cycle
        self.round_of: Callable[[str], int] | None = None
        self.today = today_iso()
        self.loaded = False

    def load(
        self,
        actions: Sequence[Action],
        data: CycleData | None = None,
        round_of: Callable[[str], int] | None = None,
    ) -> bool:
        """Show these actions; True on the first load and whenever the rows were replaced
        (selection and column widths reset)."""
        actions = list(actions)
        same = self.loaded and [a.id for a in actions] == [a.id for a in self.actions]
        self.loaded = True
        if not same:
            self.beginResetModel()
        self.actions, self.data_of, self.round_of = actions, data, round_of
        self.today = today_iso()
        if not same:
            self.endResetModel()
        elif actions:
            last = self.index(len(actions) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        return not same

    def action(self, row: int) -> Action | None:
        return self.actions[row] if 0 <= row < len(self.actions) else None

    def row_of(self, action_id: str | None) -> int:
        return next((r for r, a in enumerate(self.actions) if a.id == action_id), -1)

    # ------------------------------------------------------------- the model
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.actions)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=R.DisplayRole):  # noqa: N802 - Qt's name
        if role != R.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        heads = {
            "what": self.tr("What"),
            "indicator": self.tr("Indicator"),
            "round": self.tr("Round"),
            "responsible": self.tr("Responsible"),
            "institution": self.tr("Institution"),
            "due": self.tr("Due"),
            "days_late": self.tr("Days late"),
            "status": self.tr("Status"),
            "late_status": self.tr("Status"),
            "priority": self.tr("Priority"),
            "escalated": self.tr("District"),
            "resources": self.tr("Resources"),
            "latest": self.tr("Latest update"),
        }
        return heads[self.columns[section]] if 0 <= section < len(self.columns) else None

    def flags(self, index):
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=R.DisplayRole):
        if not index.isValid() or role not in (R.DisplayRole, R.ToolTipRole):
            return None
        return self._cell(self.actions[index.row()], self.columns[index.column()])

    def _cell(self, a: Action, column: str) -> str:
        if column == "indicator":
            ind = self.data_of.indicator(a.indicator_id) if self.data_of else None
            return ind.text if ind else "–"
        if column == "round":
            return str(self.round_of(a.id)) if self.round_of else ""
        if column == "due":
            return a.due or "–"
        if column == "days_late":
            return str(days_late(a.due, self.today)) if a.due else ""
        if column == "status":
            return status_word(a.status)
        if column == "late_status":
            if a.is_overdue(self.today):
                return self.tr("{status} — overdue by {n} days").format(
                    status=status_word(a.status), n=days_late(a.due, self.today)
                )
            return status_word(a.status)
        if column == "priority":
            return priority_word(a.priority)
        if column == "escalated":
            return self.tr("escalated") if a.escalated else ""
        if column == "latest":
            ups = self.data_of.updates_of(a.id) if self.data_of else []
            return f"{ups[-1].on_date}: {ups[-1].note}" if ups else self.tr("none yet")
        return getattr(a, column)  # what, responsible, institution, resources
