"""Step 9 — the joint action plan: actions linked to indicators, each with who, which
institution, by when, what it needs, its status, its priority and whether it goes to the district.

The table lists the actions; the form under it edits the selected one. Every field is saved when
it is left (one undoable edit each)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scorecard_app.core.checks import due_date_warning
from scorecard_app.core.entities import ACTION_STATUSES, PRIORITIES, Action, CycleData
from scorecard_app.gui.context import CycleContext
from scorecard_app.gui.date_field import DateField
from scorecard_app.gui.field_message import say_not_saved
from scorecard_app.gui.i18n_bridge import tr_core, tr_message
from scorecard_app.gui.photos import PhotoStrip

from .base import KEEP_WHEN_LOCKED, StepPage
from .fields import InlineError


def status_word(code: str) -> str:
    return tr_core("Vocabulary", ACTION_STATUSES.get(code, code))


def priority_word(code: str) -> str:
    return tr_core("Vocabulary", PRIORITIES.get(code, code))


def read_only(text: str) -> QTableWidgetItem:
    it = QTableWidgetItem(text)
    it.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    it.setToolTip(text)
    return it


def actions_table(name: str) -> QTableWidget:
    t = QTableWidget()
    t.setAccessibleName(name)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setWordWrap(True)
    t.verticalHeader().hide()
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    t.horizontalHeader().setStretchLastSection(True)
    return t


class ActionPlanPage(StepPage):
    stage = "action_plan"

    def __init__(self, ctx: CycleContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.actions: list[Action] = []
        self.table = actions_table(self.tr("Actions"))
        self.table.itemSelectionChanged.connect(self._show_selected)
        QShortcut(
            QKeySequence(Qt.Key.Key_Delete),
            self.table,
            activated=self.delete_action,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.add_button = QPushButton(self.tr("&Add action"))
        self.add_button.setAccessibleName(self.tr("Add action"))
        self.add_button.clicked.connect(self.add_action)
        self.delete_button = QPushButton(self.tr("De&lete action"))
        self.delete_button.setAccessibleName(self.tr("Delete action"))
        self.delete_button.clicked.connect(self.delete_action)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(self.summary, 1)
        head.addWidget(self.add_button)
        head.addWidget(self.delete_button)

        # the form for the selected action
        self.what = QLineEdit()
        self.what.setAccessibleName(self.tr("What will be done"))
        self.indicator = QComboBox()
        self.indicator.setAccessibleName(self.tr("Indicator"))
        self.responsible = QLineEdit()
        self.responsible.setAccessibleName(self.tr("Responsible person"))
        self.institution = QLineEdit()
        self.institution.setAccessibleName(self.tr("Institution"))
        self.due = DateField(self.tr("Due date"))
        self.due.refused.connect(self._show_message)
        self.due_note = InlineError(self.due)
        self.resources = QLineEdit()
        self.resources.setAccessibleName(self.tr("Resources needed"))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        for code in ACTION_STATUSES:
            self.status.addItem(status_word(code), code)
        self.priority = QComboBox()
        self.priority.setAccessibleName(self.tr("Priority"))
        for code in PRIORITIES:
            self.priority.addItem(priority_word(code), code)
        self.escalated = QCheckBox(self.tr("&Escalate to the district"))
        self.escalated.setAccessibleName(self.tr("Escalate to the district"))

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

        left = QFormLayout()
        left.addRow(self.tr("&What:"), self.what)
        left.addRow(self.tr("&Indicator:"), self.indicator)
        left.addRow(self.tr("&Responsible:"), self.responsible)
        left.addRow(self.tr("I&nstitution:"), self.institution)
        right = QFormLayout()
        right.addRow(self.tr("D&ue:"), self.due)
        right.addRow("", self.due_note)
        right.addRow(self.tr("Re&sources:"), self.resources)
        right.addRow(self.tr("S&tatus:"), self.status)
        right.addRow(self.tr("&Priority:"), self.priority)
        right.addRow("", self.escalated)
        cols = QHBoxLayout()
        cols.addLayout(left, 3)
        cols.addSpacing(12)
        cols.addLayout(right, 2)
        self.form = QGroupBox(self.tr("Selected action"))
        self.form.setLayout(cols)
        # an action's fields stay editable in a finished cycle (the store allows it: the plan
        # is followed up and adjusted after the cycle is locked)
        self.form.setProperty(KEEP_WHEN_LOCKED, True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        ctx.error.connect(self._show_message)

        lay = QVBoxLayout(self)
        lay.addLayout(head)
        lay.addWidget(self.message)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.form)
        a_id = lambda: f"action:{self.current().id}" if self.current() else None  # noqa: E731
        self.photos = PhotoStrip(ctx, a_id)
        self.photos.list.setAccessibleName(self.tr("Photos of the selected action"))
        photos_box = QGroupBox(self.tr("Photos of the selected action (e.g. the signed plan)"))
        QVBoxLayout(photos_box).addWidget(self.photos)
        lay.addWidget(photos_box)

    # --------------------------------------------------------------- helpers
    def _show_message(self, text: str) -> None:
        """Said next to the field it is about (see field_message)."""
        self.message.setText(text)
        sender = self.sender()
        say_not_saved(text, sender if isinstance(sender, QWidget) else None)

    def current(self) -> Action | None:
        row = self.table.currentRow()
        return self.actions[row] if 0 <= row < len(self.actions) else None

    def select_action(self, action_id: str) -> None:
        for r, a in enumerate(self.actions):
            if a.id == action_id:
                self.table.selectRow(r)
                self.table.setCurrentCell(r, 0)
                return

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
        self._fill_table(data)
        done = sum(1 for a in self.actions if a.status == "done")
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

    def _fill_table(self, data: CycleData) -> None:
        heads = [
            self.tr("What"),
            self.tr("Indicator"),
            self.tr("Responsible"),
            self.tr("Institution"),
            self.tr("Due"),
            self.tr("Status"),
            self.tr("Priority"),
            self.tr("District"),
            self.tr("Resources"),
        ]
        t = self.table
        t.blockSignals(True)
        t.setColumnCount(len(heads))
        t.setHorizontalHeaderLabels(heads)
        t.setRowCount(len(self.actions))
        for r, a in enumerate(self.actions):
            ind = data.indicator(a.indicator_id)
            cells = (
                a.what,
                ind.text if ind else "–",
                a.responsible,
                a.institution,
                a.due or "–",
                status_word(a.status),
                priority_word(a.priority),
                self.tr("escalated") if a.escalated else "",
                a.resources,
            )
            for c, text in enumerate(cells):
                t.setItem(r, c, read_only(text))
        for c, w in enumerate((220, 160, 140, 115, 88, 88, 66, 72)):
            t.setColumnWidth(c, w)
        t.blockSignals(False)

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
