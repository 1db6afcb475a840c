"""Participants and groups: who is in the room, anonymously, and who may be missing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QListWidgetItem,
    QStyledItemDelegate,
    QTableWidgetItem,
)

from scorecard_app.core import entities as e
from scorecard_app.core.aggregation import participation
from scorecard_app.core.checks import inclusion_warnings
from scorecard_app.core.entities import GroupKind
from scorecard_app.gui.form_widgets import measure_again
from scorecard_app.gui.forms.ui_participants import Ui_ParticipantsForm
from scorecard_app.gui.i18n_bridge import tr_core, tr_message
from scorecard_app.gui.i18n_runtime import Retranslatable

from .base import StepPage
from .fields import on_delete_key

COLUMNS = ("number", "age_band", "gender", "disability", "minority", "poor", "youth", "countable")
FLAGS = ("disability", "minority", "poor", "youth", "countable")
DEFAULT_GENDER = {"women": "female", "men": "male"}


def group_type_items() -> list[tuple[str, str]]:
    return [(code, tr_core("Vocabulary", w)) for code, w in e.GROUP_TYPES.items()]


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a combo box of (code, label) pairs; the code goes to UserRole."""

    def __init__(self, items: list[tuple[object, str]], name: str, parent=None):
        super().__init__(parent)
        self.items, self.name = items, name

    def createEditor(self, parent, option, index):
        box = QComboBox(parent)
        box.setAccessibleName(self.name)
        for code, label in self.items:
            box.addItem(label, code)
        return box

    def setEditorData(self, editor, index):
        i = editor.findData(index.data(Qt.ItemDataRole.UserRole))
        editor.setCurrentIndex(max(i, 0))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.UserRole)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class ParticipantsPage(Retranslatable, StepPage):
    """The layout is ui/participants.ui; here are the lists, the table's cells and the edits."""

    stage = "participants"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self._filling = False
        self.ui = ui = Ui_ParticipantsForm()
        ui.setupUi(self)
        # -- groups
        self.groups, self.group_type, self.group_name = ui.groups, ui.group_type, ui.group_name
        self.add_group_button, self.rename = ui.add_group_button, ui.rename
        self.selected_type, self.group_facilitators = ui.selected_type, ui.group_facilitators
        self.remove_group_button = ui.remove_group_button
        self.group_name.returnPressed.connect(self.add_group)
        self.add_group_button.clicked.connect(self.add_group)
        self.rename.committed.connect(self.rename_group)
        self.selected_type.chosen.connect(self.change_group_type)
        self.group_facilitators.committed.connect(self.set_group_facilitators)
        self.remove_group_button.clicked.connect(self.remove_group)

        # -- participants of the selected group
        self.table = ui.table
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.age_delegate = ChoiceDelegate([], "", self)
        self.gender_delegate = ChoiceDelegate([], "", self)
        self.table.setItemDelegateForColumn(1, self.age_delegate)
        self.table.setItemDelegateForColumn(2, self.gender_delegate)
        self.table.itemChanged.connect(self._cell_changed)
        on_delete_key(self.table, self.remove_participant)
        self.add_button, self.anon_button = ui.add_button, ui.anon_button
        self.remove_button = ui.remove_button
        self.add_button.clicked.connect(self.add_participant)
        ui.add_participant_action.triggered.connect(self.add_participant)
        self.anon_button.clicked.connect(self.add_anonymous)
        self.remove_button.clicked.connect(self.remove_participant)

        # -- live participation panel
        self.summary, self.warnings = ui.summary, ui.warnings
        self.groups.currentRowChanged.connect(lambda _r: self._fill_table())
        self.retranslate_ui()
        measure_again(self)
        ui.split.setStretchFactor(1, 1)
        ui.split.setSizes([260, 560, 260])

    def retranslate_ui(self) -> None:
        """The form's texts, then the lists and the cell editors' choices made here."""
        self.ui.retranslateUi(self)
        self.group_type.set_items(group_type_items())
        self.selected_type.set_items(group_type_items())
        ages = [(None, "–")] + [(a, a) for a in e.AGE_BANDS]
        genders = [(None, "–")] + [(g, tr_core("Vocabulary", w)) for g, w in e.GENDERS.items()]
        self.age_delegate.items, self.age_delegate.name = ages, self.tr("Age band")
        self.gender_delegate.items, self.gender_delegate.name = genders, self.tr("Gender")

    # ----------------------------------------------------------------- state
    def current_group(self) -> e.Group | None:
        item = self.groups.currentItem()
        return self.ctx.data().group(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def select_group(self, group_id: str) -> None:
        for row in range(self.groups.count()):
            if self.groups.item(row).data(Qt.ItemDataRole.UserRole) == group_id:
                self.groups.setCurrentRow(row)

    # ----------------------------------------------------------------- edits
    def add_group(self) -> None:
        gtype = self.group_type.code()
        name = self.group_name.text().strip() or self.group_type.currentText()
        d = self.ctx.data()
        kind = "provider" if gtype == "staff" else "community"
        pos = max((g.position for g in d.groups), default=-1) + 1
        g = e.Group(self.ctx.cycle_id, name, kind=kind, type=gtype, position=pos)
        if self.ctx.add(self.tr("Add group {name}").format(name=name), g):
            self.group_name.clear()
            self.group_name.set_value("")
            self.select_group(g.id)

    def change_group_type(self, gtype: str) -> None:
        """A group typed in as "Men" that is really "Youth" is corrected here; "Staff" makes it
        the service provider group (and back)."""
        g = self.current_group()
        if g is None or gtype == g.type:
            return
        kind = "provider" if gtype == "staff" else "community"
        self.ctx.update(self.tr("Change group type"), e.Group, g.id, type=gtype, kind=kind)

    def set_group_facilitators(self, text: str) -> None:
        g = self.current_group()
        names = [n.strip() for n in text.split(",") if n.strip()]
        if g is not None and names != g.facilitators:
            self.ctx.update(self.tr("Change group facilitators"), e.Group, g.id, facilitators=names)

    def rename_group(self, name: str) -> None:
        g = self.current_group()
        if g is not None and name and name != g.name:
            self.ctx.update(self.tr("Rename group"), e.Group, g.id, name=name)

    def remove_group(self) -> None:
        g = self.current_group()
        if g is None:
            return
        store = self.ctx.store
        members = [p.id for p in self.ctx.data().participants_of(g.id)]

        def redo():
            with store.transaction():
                for pid in members:
                    store.delete(e.Participant, pid)
                store.delete(e.Group, g.id)

        def undo():
            with store.transaction():
                store.restore(e.Group, g.id)
                for pid in members:
                    store.restore(e.Participant, pid)

        self.ctx.edit(self.tr("Remove group {name}").format(name=g.name), redo, undo)

    def add_participant(self) -> None:
        g = self.current_group()
        if g is None:
            self.ctx.error.emit(self.tr("Add or choose a group first."))
            return
        number = self.ctx.store.next_participant_number(self.ctx.cycle_id)
        p = e.Participant(
            self.ctx.cycle_id,
            g.id,
            number,
            gender=DEFAULT_GENDER.get(g.type),
            youth=g.type == "youth",
            disability=g.type == "disability",
        )
        if self.ctx.add(self.tr("Add participant {n}").format(n=number), p):
            self._focus_participant(p.id)

    def add_anonymous(self) -> None:
        g = self.current_group()
        if g is None:
            self.ctx.error.emit(self.tr("Add or choose a group first."))
            return
        existing = [p for p in self.ctx.data().participants_of(g.id) if not p.countable]
        if existing:
            self._focus_participant(existing[0].id)
            return
        p = e.Participant(self.ctx.cycle_id, g.id, 0, countable=False)
        self.ctx.add(self.tr("Add anonymous participant"), p)

    def remove_participant(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        pid = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        self.ctx.remove(self.tr("Remove participant"), e.Participant, pid)

    def _focus_participant(self, pid: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == pid:
                self.table.setCurrentCell(row, 1)
                self.table.setFocus()

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        pid = self.table.item(item.row(), 0).data(Qt.ItemDataRole.UserRole)
        p = next((x for x in self.ctx.data().participants if x.id == pid), None)
        if p is None:
            return
        field = COLUMNS[item.column()]
        if field in FLAGS:
            changes = {field: item.checkState() == Qt.CheckState.Checked}
        elif field == "number":
            try:
                changes = {"number": int(item.text())}
                if changes["number"] < 1:
                    raise ValueError
            except ValueError:
                self.ctx.error.emit(self.tr("A sticker number is a whole number from 1 up."))
                self._fill_table()
                return
            taken = [
                x
                for x in self.ctx.data().participants
                if x.number == changes["number"] and x.id != pid
            ]
            if taken:
                self.ctx.error.emit(
                    self.tr("Sticker number {n} is already used by someone else.").format(
                        n=changes["number"]
                    )
                )
                self._fill_table()
                return
        else:
            value = item.data(Qt.ItemDataRole.UserRole)
            changes = {field: value}
            if field == "age_band" and value is not None:
                changes["youth"] = value in e.YOUTH_AGE_BANDS  # youth follows the age
        if all(getattr(p, k) == v for k, v in changes.items()):
            return
        self.ctx.update(
            self.tr("Change participant {n}").format(n=p.number), e.Participant, pid, **changes
        )

    # --------------------------------------------------------------- refresh
    def refresh(self) -> None:
        d = self.ctx.data()
        current = self.groups.currentItem()
        current_id = current.data(Qt.ItemDataRole.UserRole) if current else None
        counts = participation(d, community_only=False).by_group
        self.groups.blockSignals(True)
        self.groups.clear()
        for g in d.groups:
            kind = "" if g.kind == GroupKind.COMMUNITY else self.tr(" (service provider)")
            item = QListWidgetItem(
                self.tr("{name}{kind} (%n people)", "", counts.get(g.id, 0)).format(
                    name=g.name, kind=kind
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, g.id)
            item.setToolTip(item.text())
            self.groups.addItem(item)
        self.groups.blockSignals(False)
        if current_id and d.group(current_id):
            self.select_group(current_id)
        elif self.groups.count():
            self.groups.setCurrentRow(0)
        self._fill_table()
        self._fill_summary()
        locked = d.cycle.is_complete
        for w in (self.add_group_button, self.add_button, self.anon_button, self.remove_button):
            w.setEnabled(not locked)

    def _fill_table(self) -> None:
        g = self.current_group()
        self.rename.set_value(g.name if g else "")
        if g is not None:
            self.selected_type.set_code(g.type)
        self.group_facilitators.set_value(", ".join(g.facilitators) if g else "")
        people = self.ctx.data().participants_of(g.id) if g else []
        ids = [p.id for p in people]
        shown = [
            self.table.item(r, 0).data(Qt.ItemDataRole.UserRole)
            for r in range(self.table.rowCount())
        ]
        self._filling = True
        if ids != shown:
            self.table.setRowCount(len(people))
        for row, p in enumerate(people):
            self._fill_row(row, p)
        self._filling = False

    def _fill_row(self, row: int, p: e.Participant) -> None:
        def cell(col: int) -> QTableWidgetItem:
            it = self.table.item(row, col)
            if it is None:
                it = QTableWidgetItem()
                self.table.setItem(row, col, it)
            return it

        num = cell(0)
        num.setData(Qt.ItemDataRole.UserRole, p.id)
        num.setText(str(p.number) if p.countable else self.tr("anonymous"))
        if not p.countable:
            num.setFlags(num.flags() & ~Qt.ItemFlag.ItemIsEditable)
        age = cell(1)
        age.setData(Qt.ItemDataRole.UserRole, p.age_band)
        age.setText(p.age_band or "–")
        gen = cell(2)
        gen.setData(Qt.ItemDataRole.UserRole, p.gender)
        gen.setText(tr_core("Vocabulary", e.GENDERS[p.gender]) if p.gender else "–")
        for k, f in enumerate(FLAGS, start=3):
            it = cell(k)
            it.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            it.setCheckState(Qt.CheckState.Checked if getattr(p, f) else Qt.CheckState.Unchecked)
            it.setText(self.tr("yes") if getattr(p, f) else self.tr("no"))

    def _fill_summary(self) -> None:
        d = self.ctx.data()
        p = participation(d)
        attr = p.by_attribute
        pct = (lambda n: round(100 * n / p.total)) if p.total else (lambda n: 0)
        women = attr.get("gender", {}).get("female", 0)
        men = attr.get("gender", {}).get("male", 0)
        youth = attr.get("youth", {}).get(True, 0)
        dis = attr.get("disability", {}).get(True, 0)
        mino = attr.get("minority", {}).get(True, 0)
        poor = attr.get("poor", {}).get(True, 0)
        lines = [
            self.tr("%n community member(s) counted.", "", p.total),
            self.tr("Women: {n} ({p}%)").format(n=women, p=pct(women)),
            self.tr("Men: {n} ({p}%)").format(n=men, p=pct(men)),
            self.tr("Young: {n} ({p}%)").format(n=youth, p=pct(youth)),
            self.tr("With a disability: {n}").format(n=dis),
            self.tr("Minority: {n}").format(n=mino),
            self.tr("Poor: {n}").format(n=poor),
            "",
        ]
        for g in d.community_groups:
            lines.append(f"{g.name}: {p.by_group.get(g.id, 0)}")
        providers = participation(d, community_only=False).by_group
        for g in d.provider_groups:
            lines.append(
                self.tr("{name} (providers): {n}").format(name=g.name, n=providers.get(g.id, 0))
            )
        self.summary.setText("\n".join(lines))
        warns = inclusion_warnings(d)
        self.warnings.setText(
            "\n".join(self.tr("Warning: {w}").format(w=tr_message(m)) for m in warns)
            if warns
            else self.tr("No inclusion warnings.")
        )


PAGE = ParticipantsPage
