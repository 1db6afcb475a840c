"""Step 10 — follow-up: dated status updates with notes per action, the overdue list, and a
review of the previous round's actions (updates to those are allowed even though that round
is finished — follow-up goes on until the next round)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from scorecard_app.core.entities import ACTION_STATUSES, Action, ActionUpdate, CycleData
from scorecard_app.gui.context import CycleContext
from scorecard_app.gui.date_field import DateField
from scorecard_app.store.carry_forward import CarriedAction, carried_forward_actions
from scorecard_app.store.replica import action_notes

from .action_plan import actions_table, read_only, status_word
from .base import StepPage


def today_iso() -> str:
    return date.today().isoformat()


def days_late(due: str, today: str) -> int:
    return (date.fromisoformat(today) - date.fromisoformat(due[:10])).days


def add_update_edit(ctx: CycleContext, action: Action, update: ActionUpdate, label: str) -> bool:
    """One undoable edit: record the update and set the action's status to it."""
    store = ctx.store
    added = [False]
    old_status = [action.status]

    def redo():
        with store.transaction():
            if added[0]:
                store.restore(ActionUpdate, update.id)
            else:
                store.add(update)
                added[0] = True
            old_status[0] = store.update(Action, action.id, status=update.status)["status"]

    def undo():
        with store.transaction():
            store.delete(ActionUpdate, update.id)
            store.update(Action, action.id, status=old_status[0])

    return ctx.edit(label, redo, undo)


class ActionFollowUp(QWidget):
    """A list of actions, the selected one's history, and a form to add a dated update."""

    def __init__(
        self,
        ctx: CycleContext,
        name: str,
        source: Callable[[], CycleData | None],
        parent=None,
        round_of: Callable[[str], int] | None = None,
    ):
        super().__init__(parent)
        self.ctx, self.source = ctx, source
        self.round_of = round_of  # action id → its round, for a list gathered from several
        self.actions: list[Action] = []
        self.data: CycleData | None = None
        self.table = actions_table(name)
        self.table.itemSelectionChanged.connect(self._show_history)
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Updates of the selected action"))
        self.on_date = DateField(self.tr("Update date"))
        self.on_date.set_value(today_iso())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.on_date.refused.connect(self._show_message)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("New status"))
        for code in ACTION_STATUSES:
            self.status.addItem(status_word(code), code)
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Update note"))
        self.note.setPlaceholderText(self.tr("What was seen or reported"))
        self.note.returnPressed.connect(self.add_update)
        self.add_button = QPushButton(self.tr("Add &update"))
        self.add_button.setAccessibleName(self.tr("Add update"))
        self.add_button.clicked.connect(self.add_update)
        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.on_date)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("N&ote:"), self.note)
        form.addRow("", self.add_button)
        form.addRow(self.message)
        self.form_box = QGroupBox(self.tr("Add a status update"))
        self.form_box.setLayout(form)
        hist_box = QGroupBox(self.tr("History"))
        hl = QVBoxLayout(hist_box)
        hl.addWidget(self.history)
        bottom = QHBoxLayout()
        bottom.addWidget(self.form_box, 1)
        bottom.addWidget(hist_box, 1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table, 1)
        lay.addLayout(bottom)

    def current(self) -> Action | None:
        r = self.table.currentRow()
        return self.actions[r] if 0 <= r < len(self.actions) else None

    def select_action(self, action_id: str) -> None:
        for r, a in enumerate(self.actions):
            if a.id == action_id:
                self.table.selectRow(r)
                self.table.setCurrentCell(r, 0)

    def refresh(self) -> None:
        keep = self.current().id if self.current() else None
        self.data = self.source()
        data = self.data
        self.actions = list(data.actions) if data else []
        today = today_iso()
        heads = [
            self.tr("What"),
            self.tr("Responsible"),
            self.tr("Due"),
            self.tr("Status"),
            self.tr("Latest update"),
        ]
        if self.round_of is not None:
            heads.insert(1, self.tr("Round"))
        t = self.table
        t.blockSignals(True)
        t.setColumnCount(len(heads))
        t.setHorizontalHeaderLabels(heads)
        t.setRowCount(len(self.actions))
        for r, a in enumerate(self.actions):
            ups = data.updates_of(a.id) if data else []
            last = ups[-1] if ups else None
            status = status_word(a.status)
            if a.is_overdue(today):
                status = self.tr("{status} — overdue by {n} days").format(
                    status=status, n=days_late(a.due, today)
                )
            latest = f"{last.on_date}: {last.note}" if last else self.tr("none yet")
            cells = [a.what, a.responsible, a.due or "–", status, latest]
            if self.round_of is not None:
                cells.insert(1, str(self.round_of(a.id)))
            for c, text in enumerate(cells):
                t.setItem(r, c, read_only(text))
        widths = (300, 170, 90, 200) if self.round_of is None else (300, 60, 170, 90, 200)
        for c, w in enumerate(widths):
            t.setColumnWidth(c, w)
        t.blockSignals(False)
        ids = [a.id for a in self.actions]
        if keep in ids:
            self.select_action(keep)
        elif self.actions:
            self.select_action(self.actions[0].id)
        self._show_history()

    def _show_history(self) -> None:
        a = self.current()
        self.form_box.setEnabled(a is not None)
        self.history.clear()
        if a is None or self.data is None:
            return
        self.status.setCurrentIndex(max(0, self.status.findData(a.status)))
        for u in reversed(self.data.updates_of(a.id)):
            self.history.addItem(
                f"{u.on_date} — {status_word(u.status)}" + (f": {u.note}" if u.note else "")
            )
        for n in action_notes(self.ctx.store, a.id):  # what head office sent down
            self.history.addItem(
                self.tr("Head office, {date}: {note}").format(
                    date=str(n.get("created_at", ""))[:10], note=n.get("note", "")
                )
            )
        if not self.history.count():
            self.history.addItem(self.tr("No updates yet."))

    def add_update(self) -> bool:
        a = self.current()
        if a is None:
            return False
        if not self.on_date.value():
            self._show_message(self.tr("Give the date of the update."))
            return False
        u = ActionUpdate(
            a.id,
            self.on_date.value(),
            self.status.currentData(),
            self.note.text().strip(),
        )
        ok = add_update_edit(self.ctx, a, u, self.tr("Update on “{what}”").format(what=a.what))
        if ok:
            self.note.clear()
            self._show_message("")
        return ok

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))


class FollowUpPage(StepPage):
    stage = "follow_up"

    def __init__(self, ctx: CycleContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.this_round = ActionFollowUp(ctx, self.tr("Actions of this round"), ctx.data)
        self.previous_round = ActionFollowUp(
            ctx, self.tr("Actions of the previous round"), ctx.previous
        )
        # Unfinished actions of every earlier round stay on the list until done or dropped.
        self.carried: list[CarriedAction] = []
        self.carried_forward = ActionFollowUp(
            ctx,
            self.tr("Unfinished actions of earlier rounds"),
            self._carried_data,
            round_of=self._round_of,
        )
        self.overdue = actions_table(self.tr("Overdue actions"))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Follow-up"))
        self.tab_this = self.tabs.addTab(self.this_round, self.tr("This round"))
        self.tab_prev = self.tabs.addTab(self.previous_round, self.tr("Previous round"))
        self.tab_carried = self.tabs.addTab(self.carried_forward, self.tr("Carried forward"))
        self.tab_overdue = self.tabs.addTab(self.overdue, self.tr("Overdue"))
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.tabs, 1)

    def _carried_data(self) -> CycleData:
        """The carried actions gathered as one list (each stays in its own round)."""
        self.carried = carried_forward_actions(self.ctx.store, self.ctx.cycle_id)
        data = self.ctx.data()
        return CycleData(
            cycle=data.cycle,
            facility=data.facility,
            actions=[c.action for c in self.carried],
            updates=[u for c in self.carried for u in c.updates],
        )

    def _round_of(self, action_id: str) -> int:
        return next((c.round_no for c in self.carried if c.action.id == action_id), 0)

    def refresh(self) -> None:
        data = self.ctx.data()
        self.this_round.refresh()
        self.carried_forward.refresh()
        carried = self.carried
        self.tabs.setTabVisible(self.tab_carried, bool(carried))
        self.tabs.setTabText(self.tab_carried, self.tr("Carried forward (%n)", "", len(carried)))
        prev = self.ctx.previous()
        self.tabs.setTabVisible(self.tab_prev, prev is not None)
        if prev is not None:
            self.previous_round.refresh()
            self.tabs.setTabText(
                self.tab_prev,
                self.tr("Round {r}: review").format(r=prev.cycle.round_no),
            )
        today = today_iso()
        late: list[tuple[int, Action]] = [
            (data.cycle.round_no, a) for a in data.actions if a.is_overdue(today)
        ]
        late += [(c.round_no, c.action) for c in carried if c.action.is_overdue(today)]
        late.sort(key=lambda x: x[1].due or "")
        heads = [
            self.tr("What"),
            self.tr("Round"),
            self.tr("Responsible"),
            self.tr("Due"),
            self.tr("Days late"),
            self.tr("Status"),
        ]
        t = self.overdue
        t.setColumnCount(len(heads))
        t.setHorizontalHeaderLabels(heads)
        t.setRowCount(len(late))
        for r, (rnd, a) in enumerate(late):
            cells = (
                a.what,
                str(rnd),
                a.responsible,
                a.due or "",
                str(days_late(a.due, today)),
                status_word(a.status),
            )
            for c, text in enumerate(cells):
                t.setItem(r, c, read_only(text))
        for c, w in enumerate((320, 60, 180, 100, 80)):
            t.setColumnWidth(c, w)
        self.tabs.setTabText(self.tab_overdue, self.tr("Overdue (%n)", "", len(late)))
        parts = [
            self.tr("Record what happened to each action: pick it, choose its status, add a note.")
        ]
        if prev is not None:
            parts.append(
                self.tr(
                    "Round {r} had {n} actions; review them first in the “Round {r}: review” tab."
                ).format(r=prev.cycle.round_no, n=len(prev.actions))
            )
        if carried:
            parts.append(
                self.tr(
                    "%n unfinished actions from earlier rounds are carried forward: "
                    "see “Carried forward”.",
                    "",
                    len(carried),
                )
            )
        if not data.actions and prev is not None and self.tabs.currentIndex() == self.tab_this:
            self.tabs.setCurrentIndex(self.tab_prev)
        self.intro.setText(" ".join(parts))

    def tips(self) -> str:
        return self.tr(
            "Visit the facility and the committee each month. Record each action's status with "
            "the date and what you saw; chase what is overdue."
        )


PAGE = FollowUpPage
