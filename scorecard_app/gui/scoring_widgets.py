"""Tables for entering scores, shared by the community and provider scoring pages.

- ConsensusModel: one group's agreed score, reason and suggestion per indicator;
- VoteGridModel + VotingGrid: participants × indicators, type a value, Enter/Tab moves on;
- TallyModel: a show of hands, how many people per scale level.

Every cell edit is one CycleContext.edit (one store call, saved at once, undoable). A value the
scale does not allow is refused before the store is called, with a sentence in `refused`.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QTableView,
)

from scorecard_app.core.entities import CycleData, Indicator, Participant, Score
from scorecard_app.core.scales import Scale, ScoreOutOfRange
from scorecard_app.gui.i18n_runtime import display_value  # core rule, locale decimal mark

from .context import CycleContext
from .i18n_bridge import tr_error
from .scale_widgets import ScoreDelegate, ValueRole, face_icon, score_sentence, score_text

R = Qt.ItemDataRole


def parse_number(text: str) -> float | None:
    """What the user typed, as a number; "" means none. Accepts a decimal comma (3,5)."""
    t = text.strip().replace(",", ".")
    if not t:
        return None
    return float(t)


def score_cell(scale: Scale, value: float | None, role: int):
    """A score cell's text, its text to edit, its face and its raw value, by role (the same in
    every scoring table); NotImplemented for any other role."""
    if role == Qt.ItemDataRole.DisplayRole:
        return score_text(scale, value) if value is not None else ""
    if role == Qt.ItemDataRole.EditRole:
        return display_value(value) if value is not None else ""
    if role == Qt.ItemDataRole.DecorationRole:
        return face_icon(scale, value)
    if role == ValueRole:
        return value
    return NotImplemented


def header_text(ind: Indicator, n: int, width: int = 18) -> str:
    """A column heading that wraps instead of being cut: "3. Medicines are\nin stock"."""
    lines = textwrap.wrap(f"{n}. {ind.text}", width) or [""]
    if len(lines) > 3:
        lines = lines[:3]
        lines[-1] = lines[-1][: width - 1] + "…"
    return "\n".join(lines)


def participant_label(p: Participant) -> str:
    return f"№ {p.number}" if p.number else "—"


class _EditModel(QAbstractTableModel):
    """Common ground: reload without losing the cursor, and report refusals."""

    refused = Signal(str)  # a sentence: why a typed value was not saved

    def __init__(self, ctx: CycleContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.last_commit_ok = True
        self._shape: tuple = ()

    def _reshape(
        self,
        shape: tuple,
        fill: Callable[[], None],
        changed: Callable[[], list[tuple[int, int]] | None] | None = None,
    ) -> None:
        """Reset only when rows or columns changed; otherwise signal changed cells in place:
        only the cells `changed()` names (after fill), or every cell without it."""
        if shape != self._shape:
            self.beginResetModel()
            self._shape = shape
            fill()
            self.endResetModel()
        else:
            fill()
            cells = changed() if changed is not None else None
            if cells is not None:  # one small signal per changed cell: a vote repaints one cell
                for r, c in cells:
                    idx = self.index(r, c)
                    self.dataChanged.emit(idx, idx)
            elif self.rowCount() and self.columnCount():
                self.dataChanged.emit(
                    self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
                )

    def _refuse(self, message: str) -> bool:
        self.last_commit_ok = False
        self.refused.emit(message)
        return False

    def check(self, index: QModelIndex, text: str) -> str | None:
        """Why this text cannot go into this cell (a sentence without the text), or None.
        Used to check a pasted block whole before any of it is saved."""
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return self.tr("this cell cannot be typed into")
        return None

    def _score_problem(self, scale: Scale, text: str) -> str | None:
        try:
            v = parse_number(text)
            if v is not None:
                scale.validate(v)
        except ScoreOutOfRange as e:
            return tr_error(e)
        except ValueError:
            return self.tr("That is not a number.")
        return None

    def _value(self, scale: Scale, text: str) -> tuple[bool, float | None]:
        """Parse and check a typed score; (False, None) after saying why it was refused."""
        try:
            v = parse_number(str(text))
            if v is not None:
                v = scale.validate(v)
        except ValueError as e:
            msg = (
                tr_error(e) if isinstance(e, ScoreOutOfRange) else self.tr("That is not a number.")
            )
            self._refuse(
                self.tr("“{text}” was not saved: {why}").format(text=str(text).strip(), why=msg)
            )
            return False, None
        return True, v


# ------------------------------------------------------------------ consensus
class ConsensusModel(_EditModel):
    """Rows: indicators. Columns: indicator, score, reason, suggestion."""

    COL_TEXT, COL_SCORE, COL_REASON, COL_SUGGESTION = range(4)

    def __init__(self, ctx: CycleContext, parent=None):
        super().__init__(ctx, parent)
        self.group_id: str | None = None
        self.indicators: list[Indicator] = []
        self.scores: dict[str, Score] = {}
        self.scale: Scale = ctx.data().cycle.scale
        self.own_marker = False

    def load(self, data: CycleData, group_id: str | None, indicators: list[Indicator]) -> None:
        def fill():
            self.scale = data.cycle.scale
            self.group_id = group_id
            self.indicators = list(indicators)
            self.scores = {s.indicator_id: s for s in data.scores if s.group_id == group_id}

        self._reshape((group_id, tuple(i.id for i in indicators)), fill)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.indicators)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=R.DisplayRole):
        if role != R.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return (
                self.tr("Indicator"),
                self.tr("Score"),
                self.tr("Reason"),
                self.tr("Suggestion"),
            )[section]
        return str(section + 1)

    def flags(self, index):
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() != self.COL_TEXT and self.group_id:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def _ind_text(self, ind: Indicator) -> str:
        if self.own_marker and ind.provider_only:
            return self.tr("{text} (providers' own)").format(text=ind.text)
        return ind.text

    def data(self, index, role=R.DisplayRole):
        if not index.isValid():
            return None
        ind = self.indicators[index.row()]
        s = self.scores.get(ind.id)
        col = index.column()
        value = s.value if s else None
        if col == self.COL_TEXT:
            if role in (R.DisplayRole, R.ToolTipRole, R.AccessibleTextRole):
                return self._ind_text(ind)
            return None
        if col == self.COL_SCORE:
            shown = score_cell(self.scale, value, role)
            if shown is not NotImplemented:
                return shown
            if role == R.AccessibleTextRole:
                return self.tr("Score for {indicator}: {value}").format(
                    indicator=ind.text, value=score_sentence(self.scale, value)
                )
            return None
        text = (s.reason if col == self.COL_REASON else s.suggestion) if s else ""
        if role in (R.DisplayRole, R.EditRole, R.ToolTipRole):
            return text
        if role == R.AccessibleTextRole:
            what = self.tr("Reason") if col == self.COL_REASON else self.tr("Suggestion")
            return self.tr("{what} for {indicator}: {text}").format(
                what=what, indicator=ind.text, text=text or self.tr("empty")
            )
        return None

    def check(self, index: QModelIndex, text: str) -> str | None:
        problem = super().check(index, text)
        if problem is None and index.column() == self.COL_SCORE:
            problem = self._score_problem(self.scale, text)
        return problem

    def setData(self, index, value, role=R.EditRole) -> bool:
        if role != R.EditRole or not index.isValid() or not self.group_id:
            return False
        self.last_commit_ok = True
        ind = self.indicators[index.row()]
        s = self.scores.get(ind.id)
        cycle_id, group_id, store = self.ctx.cycle_id, self.group_id, self.ctx.store
        if index.column() == self.COL_SCORE:
            ok, v = self._value(self.scale, value)
            if not ok:
                return False
            field, new, old = "value", v, (s.value if s else None)
            label = self.tr("Score {indicator}").format(indicator=ind.text)
        elif index.column() in (self.COL_REASON, self.COL_SUGGESTION):
            field = "reason" if index.column() == self.COL_REASON else "suggestion"
            new = str(value).strip()
            old = getattr(s, field) if s else ""
            label = (
                self.tr("Reason for {indicator}")
                if field == "reason"
                else self.tr("Suggestion for {indicator}")
            ).format(indicator=ind.text)
        else:
            return False
        if new == old:
            return True
        ok = self.ctx.edit(
            label,
            lambda: store.set_score(cycle_id, group_id, ind.id, **{field: new}),
            lambda: store.set_score(cycle_id, group_id, ind.id, **{field: old}),
        )
        self.last_commit_ok = ok
        return ok


# ---------------------------------------------------------------- vote grid
class VoteGridModel(_EditModel):
    """Rows: the group's countable participants. Columns: the indicators. Cells: their votes."""

    def __init__(self, ctx: CycleContext, parent=None):
        super().__init__(ctx, parent)
        self.participants: list[Participant] = []
        self.indicators: list[Indicator] = []
        self.votes: dict[tuple[str, str], float] = {}
        self.scale: Scale = ctx.data().cycle.scale
        self._texts: list = []  # indicator texts and participant numbers as last shown

    def load(self, data: CycleData, group_id: str | None, indicators: list[Indicator]) -> None:
        people = [p for p in data.participants_of(group_id or "") if p.countable]
        before = (self.scale, self.votes)

        def fill():
            self.scale = data.cycle.scale
            self.participants = people
            self.indicators = list(indicators)
            ids = {p.id for p in people}
            self.votes = {
                (v.participant_id, v.indicator_id): v.value
                for v in data.votes
                if v.participant_id in ids
            }

        def changed() -> list[tuple[int, int]] | None:
            old_scale, old = before
            if old_scale != self.scale or self._labels() != self._texts:
                return None  # the scale or a text changed: every cell may read differently
            keys = {k for k in old.keys() | self.votes.keys() if old.get(k) != self.votes.get(k)}
            rows = {p.id: n for n, p in enumerate(self.participants)}
            cols = {i.id: n for n, i in enumerate(self.indicators)}
            return [(rows[p], cols[i]) for p, i in keys if p in rows and i in cols]

        self._reshape(
            (tuple(p.id for p in people), tuple(i.id for i in indicators)),
            fill,
            changed,
        )
        self._texts = self._labels()

    def _labels(self) -> list:
        return [i.text for i in self.indicators] + [p.number for p in self.participants]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.participants)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.indicators)

    def headerData(self, section, orientation, role=R.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            ind = self.indicators[section]
            if role == R.DisplayRole:
                return header_text(ind, section + 1)
            if role in (R.ToolTipRole, R.AccessibleTextRole):
                return ind.text
            return None
        p = self.participants[section]
        if role == R.DisplayRole:
            return participant_label(p)
        if role in (R.ToolTipRole, R.AccessibleTextRole):
            return self.tr("Participant {number}").format(number=p.number)
        return None

    def flags(self, index):
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def value_at(self, row: int, col: int) -> float | None:
        return self.votes.get((self.participants[row].id, self.indicators[col].id))

    def data(self, index, role=R.DisplayRole):
        if not index.isValid():
            return None
        p = self.participants[index.row()]
        ind = self.indicators[index.column()]
        value = self.votes.get((p.id, ind.id))
        shown = score_cell(self.scale, value, role)
        if shown is not NotImplemented:
            return shown
        if role == R.AccessibleTextRole:
            # Row, column and value, so a screen reader says where the cursor is.
            return self.tr("Participant {number}, {indicator}: {value}").format(
                number=p.number, indicator=ind.text, value=score_sentence(self.scale, value)
            )
        if role == R.AccessibleDescriptionRole:
            return self.tr("Row {row} of {rows}, column {col} of {cols}").format(
                row=index.row() + 1,
                rows=self.rowCount(),
                col=index.column() + 1,
                cols=self.columnCount(),
            )
        if role == R.ToolTipRole:
            return ind.text
        return None

    def check(self, index: QModelIndex, text: str) -> str | None:
        return super().check(index, text) or self._score_problem(self.scale, text)

    def setData(self, index, value, role=R.EditRole) -> bool:
        if role != R.EditRole or not index.isValid():
            return False
        self.last_commit_ok = True
        ok, v = self._value(self.scale, value)
        if not ok:
            return False
        p = self.participants[index.row()]
        ind = self.indicators[index.column()]
        old = self.votes.get((p.id, ind.id))
        if v == old:
            return True
        store, cycle_id = self.ctx.store, self.ctx.cycle_id
        label = self.tr("Vote of participant {number} on {indicator}").format(
            number=p.number, indicator=ind.text
        )
        ok = self.ctx.edit(
            label,
            lambda: store.set_vote(cycle_id, p.id, ind.id, v),
            lambda: store.set_vote(cycle_id, p.id, ind.id, old),
        )
        self.last_commit_ok = ok
        return ok


# -------------------------------------------------------------------- tally
class TallyModel(_EditModel):
    """Rows: indicators. Columns: scale levels. Cells: how many hands went up."""

    def __init__(self, ctx: CycleContext, parent=None):
        super().__init__(ctx, parent)
        self.group_id: str | None = None
        self.indicators: list[Indicator] = []
        self.counts: dict[tuple[str, float], int] = {}
        self.scale: Scale = ctx.data().cycle.scale
        self.levels: list[float] = self.scale.levels

    def load(self, data: CycleData, group_id: str | None, indicators: list[Indicator]) -> None:
        def fill():
            self.scale = data.cycle.scale
            self.levels = self.scale.levels
            self.group_id = group_id
            self.indicators = list(indicators)
            self.counts = {
                (t.indicator_id, float(t.value)): t.count
                for t in data.tallies
                if t.group_id == group_id
            }

        self._reshape(
            (group_id, data.cycle.scale_code, tuple(i.id for i in indicators)),
            fill,
        )

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.indicators)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.levels)

    def headerData(self, section, orientation, role=R.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            level = self.levels[section]
            if role == R.DisplayRole:
                return score_text(self.scale, level).replace(" · ", "\n")
            if role == R.DecorationRole:
                return face_icon(self.scale, level)
            if role in (R.ToolTipRole, R.AccessibleTextRole):
                return score_sentence(self.scale, level)
            return None
        if role == R.DisplayRole:
            return header_text(self.indicators[section], section + 1, 30)
        if role in (R.ToolTipRole, R.AccessibleTextRole):
            return self.indicators[section].text
        return None

    def flags(self, index):
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return f | Qt.ItemFlag.ItemIsEditable if self.group_id else f

    def data(self, index, role=R.DisplayRole):
        if not index.isValid():
            return None
        ind = self.indicators[index.row()]
        level = self.levels[index.column()]
        n = self.counts.get((ind.id, level), 0)
        if role in (R.DisplayRole, R.EditRole):
            return str(n)
        if role == R.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == R.AccessibleTextRole:
            return self.tr("{indicator}, {level}: {count} people").format(
                indicator=ind.text, level=score_sentence(self.scale, level), count=n
            )
        return None

    def check(self, index: QModelIndex, text: str) -> str | None:
        problem = super().check(index, text)
        if problem is None and not (text.strip() or "0").isdigit():
            problem = self.tr("a count of people is a whole number.")
        return problem

    def setData(self, index, value, role=R.EditRole) -> bool:
        if role != R.EditRole or not index.isValid() or not self.group_id:
            return False
        self.last_commit_ok = True
        text = str(value).strip() or "0"
        if not text.isdigit():
            return self._refuse(
                self.tr("“{text}” was not saved: a count of people is a whole number.").format(
                    text=text
                )
            )
        count = int(text)
        ind = self.indicators[index.row()]
        level = self.levels[index.column()]
        old = self.counts.get((ind.id, level), 0)
        if count == old:
            return True
        store, cycle_id, group_id = self.ctx.store, self.ctx.cycle_id, self.group_id
        ok = self.ctx.edit(
            self.tr("Show of hands on {indicator}").format(indicator=ind.text),
            lambda: store.set_tally(cycle_id, group_id, ind.id, level, count),
            lambda: store.set_tally(cycle_id, group_id, ind.id, level, old),
        )
        self.last_commit_ok = ok
        return ok


# --------------------------------------------------------------------- view
class EntryTable(QTableView):
    """A table for fast typing: a key starts editing, Enter or Tab saves and moves to the next
    cell (along the row, then down), Shift+Tab moves back, Delete clears a cell. A refused
    value leaves the cursor where it was so it can be typed again."""

    committed = Signal(int, int)  # row, column of a cell whose edit was saved

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setItemDelegate(ScoreDelegate(self))
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(True)
        self.setWordWrap(True)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Fixed row heights: measuring every cell after each vote would cost more than the vote.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() * 2 + 6)

    def _step(self, forward: bool) -> None:
        cur = self.currentIndex()
        m = self.model()
        if not cur.isValid() or m is None:
            return
        r, c = cur.row(), cur.column()
        cols, rows = m.columnCount(), m.rowCount()
        first = self._first_editable_column()
        while True:
            c += 1 if forward else -1
            if c >= cols:
                c, r = first, r + 1
            elif c < first:
                c, r = cols - 1, r - 1
            if r < 0 or r >= rows:
                return
            idx = m.index(r, c)
            if m.flags(idx) & Qt.ItemFlag.ItemIsEditable:
                self.setCurrentIndex(idx)
                return

    def _reopen_with(self, index, text: str) -> None:
        from PySide6.QtWidgets import QLineEdit

        self.setCurrentIndex(index)
        self.edit(index)
        for ed in self.viewport().findChildren(QLineEdit):
            if ed.isVisible():
                ed.setText(text)
                ed.selectAll()

    def _first_editable_column(self) -> int:
        m = self.model()
        for c in range(m.columnCount()):
            if m.rowCount() and m.flags(m.index(0, c)) & Qt.ItemFlag.ItemIsEditable:
                return c
        return 0

    def closeEditor(self, editor, hint) -> None:
        H = QAbstractItemDelegate.EndEditHint
        m = self.model()
        ok = getattr(m, "last_commit_ok", True)
        cur = self.currentIndex()
        typed = editor.text() if hasattr(editor, "text") else None
        super().closeEditor(editor, H.NoHint)
        if hint == H.RevertModelCache:
            return
        if not ok and typed is not None and hint != H.NoHint and cur.isValid():
            self._reopen_with(cur, typed)  # a refused value stays there to be corrected
            return
        if ok and cur.isValid() and hint in (H.SubmitModelCache, H.EditNextItem):
            self.committed.emit(cur.row(), cur.column())
            self._step(True)
        elif ok and hint == H.EditPreviousItem:
            self._step(False)

    def paste(self) -> bool:
        """Put a block copied from a spreadsheet (tabs between cells, a line per row) into the
        table from the current cell. The whole block is checked first: if one cell is wrong or
        the block does not fit, nothing is saved and the model says why. One paste, one undo."""
        m, cur = self.model(), self.currentIndex()
        if m is None or not cur.isValid():
            return False
        text = QApplication.clipboard().text().replace("\r\n", "\n").replace("\r", "\n")
        block = [line.split("\t") for line in text.rstrip("\n").split("\n")]
        if not text.strip():
            return False
        rows, cols = len(block), max(len(r) for r in block)
        if cur.row() + rows > m.rowCount() or cur.column() + cols > m.columnCount():
            m.refused.emit(
                self.tr(
                    "The copied block ({rows} rows × {cols} columns) does not fit here: from "
                    "this cell there are {free_rows} rows and {free_cols} columns."
                ).format(
                    rows=rows,
                    cols=cols,
                    free_rows=m.rowCount() - cur.row(),
                    free_cols=m.columnCount() - cur.column(),
                )
            )
            return False
        for r, line in enumerate(block):
            for c, value in enumerate(line):
                problem = m.check(m.index(cur.row() + r, cur.column() + c), value.strip())
                if problem:
                    m.refused.emit(
                        self.tr(
                            "Nothing was pasted: “{text}” (row {row}, column {col} of the "
                            "copied block) — {why}"
                        ).format(text=value.strip(), row=r + 1, col=c + 1, why=problem)
                    )
                    return False
        stack = getattr(getattr(m, "ctx", None), "undo_stack", None)
        if stack is not None:
            stack.beginMacro(self.tr("Paste %n cell(s)", "", sum(len(x) for x in block)))
        try:
            for r, line in enumerate(block):
                for c, value in enumerate(line):
                    if not m.setData(m.index(cur.row() + r, cur.column() + c), value.strip()):
                        return False
        finally:
            if stack is not None:
                stack.endMacro()
        self.setCurrentIndex(m.index(cur.row(), cur.column()))
        self.committed.emit(cur.row(), cur.column())
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        cur = self.currentIndex()
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and event.matches(QKeySequence.StandardKey.Paste):
            if self.model() is not None and self.model().flags(cur) & Qt.ItemFlag.ItemIsEditable:
                self.paste()
            return
        if not editing and cur.isValid():
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                if self.model().flags(cur) & Qt.ItemFlag.ItemIsEditable:
                    self.model().setData(cur, "", R.EditRole)
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._step(True)
                return
            if event.key() == Qt.Key.Key_Tab:
                self._step(True)
                return
            if event.key() == Qt.Key.Key_Backtab:
                self._step(False)
                return
        super().keyPressEvent(event)

    def wrapped_headers(self, lines: int = 3) -> None:
        """Give the column headings room for their wrapped text."""
        h = self.horizontalHeader()
        h.setMinimumHeight(self.fontMetrics().lineSpacing() * lines + 8)
