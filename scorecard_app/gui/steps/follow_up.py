"""Step 10 — follow-up: dated status updates with notes per action, the overdue list, and a
review of the previous round's actions (updates to those are allowed even though that round
is finished — follow-up goes on until the next round). The layouts are ui/follow_up.ui (the
page) and ui/action_follow_up.ui (one tab's actions, history and update form)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from scorecard_app.core.entities import ACTION_STATUSES, Action, ActionUpdate, CycleData
from scorecard_app.gui.action_model import ActionSelection, ActionTableModel, status_word, today_iso
from scorecard_app.gui.context import CycleContext
from scorecard_app.gui.form_widgets import retranslate_model
from scorecard_app.gui.forms.ui_action_follow_up import Ui_ActionFollowUpForm
from scorecard_app.gui.forms.ui_follow_up import Ui_FollowUpForm
from scorecard_app.gui.i18n_runtime import FollowsLanguage
from scorecard_app.store.carry_forward import CarriedAction, carried_forward_actions
from scorecard_app.store.replica import action_notes

from .base import StepPage

PANEL_COLUMNS = ("what", "responsible", "due", "late_status", "latest")
PANEL_WIDTHS = (300, 170, 90, 200)
OVERDUE_COLUMNS = ("what", "round", "responsible", "due", "days_late", "status")
OVERDUE_WIDTHS = (320, 60, 180, 100, 80)


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


class ActionFollowUp(FollowsLanguage, ActionSelection, QWidget, Ui_ActionFollowUpForm):
    """A list of actions, the selected one's history, and a form to add a dated update
    (the page names its table)."""

    def __init__(
        self,
        ctx: CycleContext,
        source: Callable[[], CycleData | None],
        parent=None,
        round_of: Callable[[str], int] | None = None,
    ):
        super().__init__(parent)
        self.setupUi(self)
        self.ctx, self.source = ctx, source
        self.round_of = round_of  # action id → its round, for a list gathered from several
        self.data: CycleData | None = None
        columns = list(PANEL_COLUMNS)
        if round_of is not None:
            columns.insert(1, "round")
        self.model = ActionTableModel(columns, self)
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_history())
        self.on_date.set_value(today_iso())
        self.on_date.refused.connect(self._show_message)
        self.message.hide()
        for code in ACTION_STATUSES:
            self.status.addItem(status_word(code), code)
        self.note.returnPressed.connect(self.add_update)
        self.add_button.clicked.connect(self.add_update)

    def retranslate_more(self) -> None:
        retranslate_model(self.model)
        for i in range(self.status.count()):
            self.status.setItemText(i, status_word(self.status.itemData(i)))

    def refresh(self) -> None:
        keep = self.current().id if self.current() else None
        self.data = self.source()
        data = self.data
        actions = list(data.actions) if data else []
        if self.model.load(actions, data, self.round_of):
            widths = PANEL_WIDTHS if self.round_of is None else (300, 60, 170, 90, 200)
            for c, w in enumerate(widths):
                self.table.setColumnWidth(c, w)
        ids = [a.id for a in actions]
        if keep in ids:
            self.select_action(keep)
        elif actions:
            self.select_action(actions[0].id)
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


class FollowUpPage(FollowsLanguage, StepPage, Ui_FollowUpForm):
    stage = "follow_up"

    def __init__(self, ctx: CycleContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setupUi(self)
        self.this_round = ActionFollowUp(ctx, ctx.data)
        self.previous_round = ActionFollowUp(ctx, ctx.previous)
        # Unfinished actions of every earlier round stay on the list until done or dropped.
        self.carried: list[CarriedAction] = []
        self.carried_forward = ActionFollowUp(ctx, self._carried_data, round_of=self._round_of)
        self._name_tables()
        self.this_round_layout.addWidget(self.this_round)
        self.previous_round_layout.addWidget(self.previous_round)
        self.carried_layout.addWidget(self.carried_forward)
        self.overdue_model = ActionTableModel(OVERDUE_COLUMNS, self)
        self.overdue.setModel(self.overdue_model)
        self.tab_this = self.tabs.indexOf(self.this_round_tab)
        self.tab_prev = self.tabs.indexOf(self.previous_round_tab)
        self.tab_carried = self.tabs.indexOf(self.carried_tab)
        self.tab_overdue = self.tabs.indexOf(self.overdue_tab)
        self.prev_round_no: int | None = None
        self.late_count = 0

    def retranslate_more(self) -> None:
        retranslate_model(self.overdue_model)
        self._name_tables()
        self._name_tabs()

    def _name_tables(self) -> None:
        for panel, name in (
            (self.this_round, self.tr("Actions of this round")),
            (self.previous_round, self.tr("Actions of the previous round")),
            (self.carried_forward, self.tr("Unfinished actions of earlier rounds")),
        ):
            panel.table.setAccessibleName(name)

    def _name_tabs(self) -> None:
        """The tab titles that carry numbers (the form's own titles are without them)."""
        self.tabs.setTabText(
            self.tab_carried, self.tr("Carried forward (%n)", "", len(self.carried))
        )
        if self.prev_round_no is not None:
            self.tabs.setTabText(
                self.tab_prev, self.tr("Round {r}: review").format(r=self.prev_round_no)
            )
        self.tabs.setTabText(self.tab_overdue, self.tr("Overdue (%n)", "", self.late_count))

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
        prev = self.ctx.previous()
        self.tabs.setTabVisible(self.tab_prev, prev is not None)
        self.prev_round_no = prev.cycle.round_no if prev is not None else None
        if prev is not None:
            self.previous_round.refresh()
        today = today_iso()
        late: list[tuple[int, Action]] = [
            (data.cycle.round_no, a) for a in data.actions if a.is_overdue(today)
        ]
        late += [(c.round_no, c.action) for c in carried if c.action.is_overdue(today)]
        late.sort(key=lambda x: x[1].due or "")
        rounds = {a.id: rnd for rnd, a in late}
        if self.overdue_model.load([a for _r, a in late], round_of=rounds.__getitem__):
            for c, w in enumerate(OVERDUE_WIDTHS):
                self.overdue.setColumnWidth(c, w)
        self.late_count = len(late)
        self._name_tabs()
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
