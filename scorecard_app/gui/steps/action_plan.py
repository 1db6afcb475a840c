"""Step 9 — the joint action plan: actions linked to indicators, each with who, which
institution, by when, what it needs, its status, its priority and whether it goes to the district.

The table lists the actions; the form under it edits the selected one. Every field is saved when
it is left (one undoable edit each). The layout is ui/action_plan.ui."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from scorecard_app.core.checks import due_date_warning
from scorecard_app.core.entities import ACTION_STATUSES, PRIORITIES, Action, ActionStatus, CycleData
from scorecard_app.gui.action_model import (
    ActionSelection,
    ActionTableModel,
    priority_word,
    status_word,
)
from scorecard_app.gui.context import CycleContext
from scorecard_app.gui.field_message import say_not_saved
from scorecard_app.gui.form_widgets import retranslate_model
from scorecard_app.gui.forms.ui_action_plan import Ui_ActionPlanForm
from scorecard_app.gui.i18n_bridge import tr_message
from scorecard_app.gui.i18n_runtime import FollowsLanguage
from scorecard_app.gui.photos import PhotoStrip

from .base import KEEP_WHEN_LOCKED, StepPage

COLUMNS = (
    "what",
    "indicator",
    "responsible",
    "institution",
    "due",
    "status",
    "priority",
    "escalated",
    "resources",
)
WIDTHS = (220, 160, 140, 115, 88, 88, 66, 72)


class ActionPlanPage(FollowsLanguage, ActionSelection, StepPage, Ui_ActionPlanForm):
    stage = "action_plan"

    def __init__(self, ctx: CycleContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setupUi(self)
        self.model = ActionTableModel(COLUMNS, self)
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.table.addAction(self.delete_key)
        self.delete_key.triggered.connect(self.delete_action)
        self.add_button.clicked.connect(self.add_action)
        self.delete_button.clicked.connect(self.delete_action)
        self.message.hide()
        self.due_note.follow(self.due)
        self.due.refused.connect(self._show_message)
        for code in ACTION_STATUSES:
            self.status.addItem(status_word(code), code)
        for code in PRIORITIES:
            self.priority.addItem(priority_word(code), code)

        for field, box in (
            ("responsible", self.responsible),
            ("institution", self.institution),
            ("resources", self.resources),
        ):
            box.editingFinished.connect(lambda f=field, b=box: self._save(f, b.text().strip()))
        self.what.editingFinished.connect(self._save_what)
        self.due.committed.connect(self._save_due)
        self.indicator.activated.connect(
            lambda _i: self._save("indicator_id", self.indicator.currentData())
        )
        self.status.activated.connect(lambda _i: self._save("status", self.status.currentData()))
        self.priority.activated.connect(
            lambda _i: self._save("priority", self.priority.currentData())
        )
        self.escalated.clicked.connect(lambda on: self._save("escalated", bool(on)))
        # an action's fields stay editable in a finished cycle (the store allows it: the plan
        # is followed up and adjusted after the cycle is locked)
        self.form.setProperty(KEEP_WHEN_LOCKED, True)
        ctx.error.connect(self._show_message)
        a_id = lambda: f"action:{self.current().id}" if self.current() else None  # noqa: E731
        self.photos = PhotoStrip(ctx, a_id)
        self.photos_layout.addWidget(self.photos)
        self.retranslate_more()

    def retranslate_more(self) -> None:
        self.photos.list.setAccessibleName(self.tr("Photos of the selected action"))
        retranslate_model(self.model)
        for combo, word in ((self.status, status_word), (self.priority, priority_word)):
            for i in range(combo.count()):
                combo.setItemText(i, word(combo.itemData(i)))

    # --------------------------------------------------------------- helpers
    def _show_message(self, text: str) -> None:
        """Said next to the field it is about (see field_message)."""
        self.message.setText(text)
        sender = self.sender()
        say_not_saved(text, sender if isinstance(sender, QWidget) else None)

    def _save(self, field: str, value) -> bool:
        a = self.current()
        if a is None or getattr(a, field) == value:
            return False
        names = {
            "what": self.tr("what"),
            "indicator_id": self.tr("indicator"),
            "responsible": self.tr("responsible person"),
            "institution": self.tr("institution"),
            "due": self.tr("due date"),
            "resources": self.tr("resources"),
            "status": self.tr("status"),
            "priority": self.tr("priority"),
            "escalated": self.tr("escalation"),
        }
        label = self.tr("Change {field} of “{what}”").format(
            field=names.get(field, field), what=a.what
        )
        return self.ctx.update(label, Action, a.id, **{field: value})

    def _save_due(self, value) -> None:
        if self._save("due", value):
            warning = due_date_warning(value, date.today())
            if warning is not None:
                self.due_note.show_error(tr_message(warning))
            else:
                self.due_note.clear_error()

    def _save_what(self) -> None:
        text = self.what.text().strip()
        a = self.current()
        if a is None:
            return
        if not text:  # an action needs words; put the old ones back
            self.what.setText(a.what)
            self._show_message(self.tr("Say what will be done; the action keeps its old text."))
            return
        self._save("what", text)

    # --------------------------------------------------------------- actions
    def add_action(self) -> None:
        data = self.ctx.data()
        a = Action(data.cycle.id, self.tr("New action"))
        cur = self.current()
        if cur is not None:
            a.indicator_id = cur.indicator_id
        if self.ctx.add(self.tr("Add action"), a):
            self.select_action(a.id)
            self.what.setFocus()
            self.what.selectAll()

    def delete_action(self) -> None:
        a = self.current()
        if a is not None:
            self.ctx.remove(self.tr("Delete action “{what}”").format(what=a.what), Action, a.id)

    # --------------------------------------------------------------- showing
    def refresh(self) -> None:
        data = self.ctx.data()
        keep = self.current().id if self.current() else None
        self.actions = list(data.actions)
        self._fill_indicators(data)
        if self.model.load(self.actions, data):
            for c, w in enumerate(WIDTHS):
                self.table.setColumnWidth(c, w)
        done = sum(1 for a in self.actions if a.status == ActionStatus.DONE)
        self.summary.setText(
            self.tr(
                "%n action(s), {done} done. Select one to edit it below.", "", len(self.actions)
            ).format(done=done)
            if self.actions
            else self.tr("No actions yet: press Add action (Alt+A).")
        )
        ids = [a.id for a in self.actions]
        if keep in ids:
            self.select_action(keep)
        elif self.actions:
            self.select_action(self.actions[0].id)
        self._show_selected()

    def _fill_indicators(self, data: CycleData) -> None:
        self.indicator.blockSignals(True)
        self.indicator.clear()
        self.indicator.addItem(self.tr("— no indicator —"), None)
        for n, ind in enumerate(data.indicators, start=1):
            self.indicator.addItem(f"{n}. {ind.text}", ind.id)
        self.indicator.blockSignals(False)

    def _show_selected(self) -> None:
        self.photos.refresh()
        a = self.current()
        self.form.setEnabled(a is not None)
        if a is None:
            return
        for box, value in (
            (self.what, a.what),
            (self.responsible, a.responsible),
            (self.institution, a.institution),
            (self.resources, a.resources),
        ):
            if not box.hasFocus():  # (saved during a pause: the cursor stays where it is)
                box.setText(value)
        if not self.due.hasFocus():
            self.due.set_value(a.due)
        for box, value in (
            (self.indicator, a.indicator_id),
            (self.status, a.status),
            (self.priority, a.priority),
        ):
            box.blockSignals(True)
            box.setCurrentIndex(max(0, box.findData(value)))
            box.blockSignals(False)
        self.escalated.setChecked(a.escalated)

    def tips(self) -> str:
        return self.tr(
            "Agree each action with both sides: what exactly, who is responsible, by when, and "
            "what it needs. Escalate what the facility cannot solve alone."
        )


PAGE = ActionPlanPage
