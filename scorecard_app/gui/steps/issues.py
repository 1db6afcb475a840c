"""Issues: each group's issues typed fast, duplicates merged, votes counted, a ranked list."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from scorecard_app.core import entities as e
from scorecard_app.core.text import wording_key
from scorecard_app.gui.photos import PhotoStrip

from .base import StepPage
from .fields import CodeCombo, CommitLineEdit, InlineError, on_delete_key


@dataclass
class RankedIssue:
    issue: e.Issue
    groups: list[str]  # group ids that raised it (the keeper's and its duplicates')
    votes: int
    duplicates: list[e.Issue]


def ranked_issues(data: e.CycleData) -> list[RankedIssue]:
    """Issues with their duplicates folded in, most groups then most votes first."""
    dups: dict[str, list[e.Issue]] = {}
    for i in data.issues:
        if i.merged_into:
            dups.setdefault(i.merged_into, []).append(i)
    out = []
    for i in data.issues:
        if i.merged_into is None:
            mine = dups.get(i.id, [])
            groups = list(dict.fromkeys(g for g in [i.group_id, *(d.group_id for d in mine)] if g))
            out.append(RankedIssue(i, groups, i.votes, mine))
    out.sort(key=lambda r: (-len(r.groups), -r.votes, r.issue.text.casefold()))
    return out


def own_votes(issue: e.Issue, data: e.CycleData) -> int:
    """A kept issue's votes minus those its merged duplicates brought in."""
    if issue.merged_into:
        return issue.votes
    return issue.votes - sum(d.votes for d in data.issues if d.merged_into == issue.id)


class IssuesPage(StepPage):
    stage = "issues"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self._filling = False
        self.group = CodeCombo(self.tr("Group raising issues"), [])
        self.group.currentIndexChanged.connect(lambda _i: self._fill_group_table())
        self.raised_by = CodeCombo(self.tr("Raised by"), [])
        self.raised_by.setToolTip(
            self.tr("Who raised the issue: the group, someone in the room, or a sticker number")
        )
        self.entry = CommitLineEdit(self.tr("New issue"))
        self.entry.setPlaceholderText(self.tr("Type an issue and press Enter"))
        self.entry.returnPressed.connect(self.add_issue)
        self.entry_error = InlineError(self.entry)
        self.completer = QCompleter([], self.entry)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.entry.setCompleter(self.completer)
        self.table = QTableWidget(0, 2)
        self.table.setAccessibleName(self.tr("Issues of the group"))
        self.table.setHorizontalHeaderLabels([self.tr("Issue"), self.tr("Votes")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.itemChanged.connect(self._cell_changed)
        on_delete_key(self.table, self.remove_issue)
        self.remove_button = QPushButton(self.tr("&Remove issue"))
        self.remove_button.setAccessibleName(self.tr("Remove issue"))
        self.remove_button.clicked.connect(self.remove_issue)

        left = QGroupBox(self.tr("Issues raised by one group"))
        form = QFormLayout()
        form.addRow(self.tr("&Group:"), self.group)
        form.addRow(self.tr("Raised &by:"), self.raised_by)
        form.addRow(self.tr("New &issue:"), self.entry)
        form.addRow("", self.entry_error)
        ll = QVBoxLayout(left)
        ll.addLayout(form)
        ll.addWidget(self.table, 1)
        ll.addWidget(self.remove_button)
        self.photos = PhotoStrip(ctx, self._photo_subject)
        self.photos.list.setAccessibleName(self.tr("Photos of the selected issue"))
        ll.addWidget(QLabel(self.tr("Photos of the selected issue (e.g. the flip chart):")))
        ll.addWidget(self.photos)
        self.table.currentCellChanged.connect(lambda *_a: self.photos.refresh())
        hint = QLabel(self.tr("Record an issue only when the group agrees on it."))
        hint.setWordWrap(True)
        ll.addWidget(hint)

        self.ranked = QListWidget()
        self.ranked.setAccessibleName(self.tr("Ranked issues"))
        self.ranked.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.merge_button = QPushButton(self.tr("&Merge selected into one"))
        self.merge_button.setAccessibleName(self.tr("Merge selected issues"))
        self.merge_button.setToolTip(
            self.tr("Select duplicates (Ctrl+click or Shift+arrows); the first one is kept")
        )
        self.merge_button.clicked.connect(self.merge_selected)
        self.split_button = QPushButton(self.tr("&Split merged issue"))
        self.split_button.setAccessibleName(self.tr("Split merged issue"))
        self.split_button.clicked.connect(self.split_selected)
        right = QGroupBox(self.tr("All groups, ranked"))
        rl = QVBoxLayout(right)
        rl.addWidget(self.ranked, 1)
        brow = QHBoxLayout()
        brow.addWidget(self.merge_button)
        brow.addWidget(self.split_button)
        brow.addStretch(1)
        rl.addLayout(brow)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([520, 520])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(split)

    def _photo_subject(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return f"issue:{item.data(Qt.ItemDataRole.UserRole)}" if item is not None else None

    # ----------------------------------------------------------------- edits
    def add_issue(self) -> None:
        text = self.entry.text().strip()
        gid = self.group.code()
        if not text:
            return
        if gid is None:
            self.ctx.error.emit(self.tr("Add the groups first (step Participants)."))
            return
        key = wording_key(text)
        same = next(
            (i for i in self.ctx.data().issues if i.group_id == gid and wording_key(i.text) == key),
            None,
        )
        if same is not None:  # a second row would split the group's votes between the two
            self.entry_error.show_error(
                self.tr("This group already has “{text}”; add votes to it instead.").format(
                    text=same.text
                )
            )
            return
        issue = e.Issue(self.ctx.cycle_id, gid, text, participant_id=self.raised_by.code() or None)
        if self.ctx.add(self.tr("Add issue {text}").format(text=text), issue):
            self.entry_error.clear_error()
            self._clear_entry()
            # Enter on a suggestion reaches the box first, then the completer writes the
            # suggestion back into it: clear once more after that, or the next Enter adds it twice
            QTimer.singleShot(0, self._clear_entry)

    def _clear_entry(self) -> None:
        self.entry.set_value("")
        self.entry.clear()
        self.entry.setFocus()

    def remove_issue(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            iid = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
            self.ctx.remove(self.tr("Remove issue"), e.Issue, iid)

    def merge_selected(self) -> None:
        rows = sorted(self.ranked.row(i) for i in self.ranked.selectedItems())
        ids = [self.ranked.item(r).data(Qt.ItemDataRole.UserRole) for r in rows]
        if len(ids) < 2:
            self.ctx.error.emit(self.tr("Select two or more issues that say the same thing."))
            return
        keep, dups = ids[0], ids[1:]
        store = self.ctx.store
        old: dict = {}

        def redo():
            old.update(store.merge_issues(keep, dups))

        def undo():
            with store.transaction():
                for d in dups:
                    store.unmerge_issue(d, keeper_votes=old["votes"])

        self.ctx.edit(self.tr("Merge %n issue(s)", "", len(dups)), redo, undo)

    def split_selected(self) -> None:
        items = self.ranked.selectedItems()
        if not items:
            return
        keep_id = items[0].data(Qt.ItemDataRole.UserRole)
        dups = [i.id for i in self.ctx.data().issues if i.merged_into == keep_id]
        if not dups:
            return
        store = self.ctx.store
        self.ctx.edit(
            self.tr("Split merged issue"),
            lambda: [store.unmerge_issue(d) for d in dups],
            lambda: store.merge_issues(keep_id, dups),
        )

    def _cell_changed(self, cell: QTableWidgetItem) -> None:
        if self._filling:
            return
        d = self.ctx.data()
        iid = self.table.item(cell.row(), 0).data(Qt.ItemDataRole.UserRole)
        issue = next((i for i in d.issues if i.id == iid), None)
        if issue is None:
            return
        text = cell.text().strip()
        if cell.column() == 0:
            if text and text != issue.text:
                self.ctx.update(self.tr("Change issue text"), e.Issue, iid, text=text)
            else:
                self._fill_group_table()
            return
        try:
            new_own = int(text or 0)
            if new_own < 0:
                raise ValueError
        except ValueError:
            self.ctx.error.emit(self.tr("Votes are a whole number, 0 or more."))
            self._fill_group_table()
            return
        total = issue.votes - own_votes(issue, d) + new_own
        if total != issue.votes:
            self.ctx.update(self.tr("Change votes"), e.Issue, iid, votes=total)

    # --------------------------------------------------------------- refresh
    def refresh(self) -> None:
        d = self.ctx.data()
        # providers raise issues too (often the same ones from another angle, research §1.2)
        self.group.set_items(
            [(g.id, g.name) for g in d.community_groups]
            + [
                (g.id, self.tr("{name} (service provider)").format(name=g.name))
                for g in d.provider_groups
            ]
        )
        if self.group.currentIndex() < 0 and self.group.count():
            self.group.setCurrentIndex(0)
        texts = sorted({i.text for i in d.issues}, key=str.casefold)
        self.completer.model().setStringList(texts)
        self._fill_group_table()
        self._fill_ranked()
        self.photos.refresh()
        locked = d.cycle.is_complete
        for w in (self.entry, self.remove_button, self.merge_button, self.split_button):
            w.setEnabled(not locked)

    def _fill_raised_by(self, d: e.CycleData, gid: str | None) -> None:
        """The group as a whole, its anonymous "someone in the room", then each sticker number."""
        people = d.participants_of(gid) if gid else []
        anonymous = [p for p in people if not p.countable]
        items: list[tuple[object, str]] = [("", self.tr("The whole group"))]
        items += [(p.id, self.tr("Someone in the room")) for p in anonymous]
        items += [
            (p.id, self.tr("Participant no. {n}").format(n=p.number)) for p in people if p.countable
        ]
        keep = self.raised_by.code()
        self.raised_by.set_items(items)
        if keep is None or self.raised_by.findData(keep) < 0:
            # a group shown for the first time: its "someone in the room" when it has one
            self.raised_by.set_code(anonymous[0].id if anonymous else "")

    def _fill_group_table(self) -> None:
        d = self.ctx.data()
        gid = self.group.code()
        self._fill_raised_by(d, gid)
        issues = [i for i in d.issues if i.group_id == gid]
        keep_text = {i.id: i.text for i in d.issues}
        self._filling = True
        if self.table.rowCount() != len(issues) or any(
            self.table.item(r, 0) is None
            or self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) != i.id
            for r, i in enumerate(issues)
        ):
            self.table.setRowCount(len(issues))
        for row, i in enumerate(issues):
            text, votes = self._cell(row, 0), self._cell(row, 1)
            text.setData(Qt.ItemDataRole.UserRole, i.id)
            shown = i.text
            if i.merged_into:
                shown = self.tr("{text}  (merged into “{keep}”)").format(
                    text=i.text, keep=keep_text.get(i.merged_into, "")
                )
                votes.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                text.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            else:
                flags = (
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsEditable
                )
                votes.setFlags(flags)
                text.setFlags(flags)
            text.setText(shown)
            votes.setText(str(own_votes(i, d)))
        self._filling = False

    def _cell(self, row: int, col: int) -> QTableWidgetItem:
        item = self.table.item(row, col)
        if item is None:
            item = QTableWidgetItem()
            self.table.setItem(row, col, item)
        return item

    def _fill_ranked(self) -> None:
        d = self.ctx.data()
        selected = {i.data(Qt.ItemDataRole.UserRole) for i in self.ranked.selectedItems()}
        self.ranked.clear()
        for n, r in enumerate(ranked_issues(d), start=1):
            names = ", ".join(d.group(g).name for g in r.groups if d.group(g))
            line = self.tr("{n}. {text} — raised by %n group(s), {votes} votes", "", len(r.groups))
            item = QListWidgetItem(
                line.format(n=n, text=r.issue.text, votes=r.votes)
                + (f"\n     {names}" if names else "")
            )
            item.setData(Qt.ItemDataRole.UserRole, r.issue.id)
            self.ranked.addItem(item)
            item.setSelected(r.issue.id in selected)


PAGE = IssuesPage
