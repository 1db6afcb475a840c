"""The home list of cycles: a sortable, filterable table."""

from __future__ import annotations

import functools
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
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

from scorecard_app.core.stages import stage_name

from .i18n_bridge import tr_core
from .i18n_runtime import _current_collator

if TYPE_CHECKING:  # core's entities and the store load after the window's first paint
    from scorecard_app.core.entities import CycleSummary
    from scorecard_app.store import Store


class CycleListModel(QAbstractTableModel):
    """Every cycle (`all_rows`, in the sorted order) and the ones the filter lets through (`rows`,
    what the view shows). Sorting and filtering happen here, in Python, once per row: a sorting
    and filtering proxy calls `data()` for every cell, ~60,000 calls per keystroke at 10,000
    cycles."""

    COLUMNS = ("facility", "community", "round", "stage", "status", "attention")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.all_rows: list[CycleSummary] = []
        self.rows: list[CycleSummary] = []
        self.missing: dict[str, int] = {}  # cycle id → items still missing (cycles in progress)
        self._row_of: dict[str, int] = {}
        self._text = ""  # the filter, case-folded ("" shows every cycle)
        self._found: set[str] = set()  # cycles whose records matched a search
        self._haystack: dict[str, str] = {}  # cycle id → its shown texts, case-folded
        self._words: dict[tuple[str, str], str] = {}

    def load(self, rows: list[CycleSummary], missing: dict[str, int] | None = None) -> None:
        self.beginResetModel()
        self.all_rows = rows
        self.missing = missing or {}
        self._haystack = {}
        self._words = {}
        self._apply_filter()
        self.endResetModel()

    def set_filter(self, text: str, found: set[str]) -> None:
        """Show the cycles with `text` in one of their columns (any case), or in `found`."""
        text = text.casefold()
        if (text, found) == (self._text, self._found):
            return
        self.beginResetModel()
        self._text, self._found = text, found
        self._apply_filter()
        self.endResetModel()

    def _apply_filter(self) -> None:
        text, found = self._text, self._found
        if not text and not found:
            self.rows = self.all_rows
        else:
            hay = self._haystacks() if text else {}
            self.rows = [c for c in self.all_rows if c.id in found or (text and text in hay[c.id])]
        self._row_of = {c.id: n for n, c in enumerate(self.rows)}

    def _haystacks(self) -> dict[str, str]:
        """Each cycle's shown texts, case-folded, made once per load (and again for a cycle
        whose attention text changed)."""
        hay = self._haystack
        if len(hay) != len(self.all_rows):
            for c in self.all_rows:
                if c.id not in hay:
                    hay[c.id] = "\n".join(
                        str(self.shown(c, col)) for col in self.COLUMNS
                    ).casefold()
        return hay

    def row_of(self, cycle_id: str | None) -> int | None:
        return self._row_of.get(cycle_id) if cycle_id else None

    def set_missing(self, counts: dict[str, int]) -> None:
        """Take new counts and repaint only the attention cells whose count changed."""
        col = self.COLUMNS.index("attention")
        changed = []
        for cid, n in counts.items():
            if self.missing.get(cid) == n:
                continue
            self.missing[cid] = n
            self._haystack.pop(cid, None)
            changed.append(cid)
            row = self._row_of.get(cid)
            if row is not None:
                idx = self.index(row, col)
                self.dataChanged.emit(idx, idx, [Qt.ItemDataRole.DisplayRole])
        if changed and self._text:  # "missing" may now match, or no longer
            hay = self._haystacks()
            if any((self._text in hay[cid]) != (cid in self._row_of) for cid in changed):
                self.beginResetModel()
                self._apply_filter()
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
        if self.missing.get(c.id):
            parts.append(self.tr("%n item(s) missing", "", self.missing[c.id]))
        if c.overdue_actions:
            parts.append(self.tr("%n overdue action(s)", "", c.overdue_actions))
        if c.training:
            parts.append(self.tr("TRAINING (never synced)"))
        return ", ".join(parts)

    def shown(self, c: CycleSummary, col: str):
        if col == "facility":
            return c.facility
        if col == "community":
            return c.community
        if col == "round":
            return c.round_no
        if col == "stage":
            return self._word("Stage", c.stage)
        if col == "status":
            return self._word("Vocabulary", c.status)
        return self.attention(c)

    def _word(self, context: str, code: str) -> str:
        """A stage's or status's name in the interface language, looked up once per load (the
        same few words fill thousands of rows; a language change reloads the list)."""
        key = (context, code)
        word = self._words.get(key)
        if word is None:
            from scorecard_app.core.entities import CYCLE_STATUSES

            source = stage_name(code) if context == "Stage" else CYCLE_STATUSES.get(code, code)
            word = self._words[key] = tr_core(context, source)
        return word

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        c = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.shown(c, self.COLUMNS[index.column()])
        if role == Qt.ItemDataRole.UserRole:
            return c.id
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows themselves, comparing in Python once per pair with the interface
        language's collator: a sorting proxy would call data() twice per comparison. The store
        lists them by facility already, so the usual sort finds them in order (~n comparisons)."""
        if not 0 <= column < len(self.COLUMNS) or not self.all_rows:
            return
        col = self.COLUMNS[column]
        coll = _current_collator()
        keyed = [(self.shown(c, col), c) for c in self.all_rows]

        def cmp(a, b) -> int:
            x, y = a[0], b[0]
            if isinstance(x, str) and isinstance(y, str):
                return coll.compare(x, y)
            return (x > y) - (x < y)

        keyed.sort(key=functools.cmp_to_key(cmp), reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [self.rows[i.row()].id for i in old]
        self.all_rows = [c for _, c in keyed]
        self._apply_filter()  # the same cycles, in the new order
        self.changePersistentIndexList(
            old,
            [
                self.index(self._row_of[cid], i.column())
                for cid, i in zip(old_ids, old, strict=True)
            ],
        )
        self.layoutChanged.emit()


class CycleListPage(QWidget):
    """Home: every cycle on this laptop, with a filter box that also searches inside cycles
    (issues, indicators, actions). Enter or double-click opens one."""

    open_cycle = Signal(str)
    new_cycle = Signal()
    next_round = Signal(str)
    loaded = Signal()  # the rows are in (the counts of what is missing may still be arriving)

    def __init__(self, store: Store | None, parent=None, *, load: bool = True):
        """`store` may be None until the window's paint-first start has opened the database
        (it sets `store`, then calls `reload`)."""
        super().__init__(parent)
        self.store = store
        self.model = CycleListModel(self)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(
            self.tr("Search facility, community, stage, issues, indicators, actions…")
        )
        self.filter.setAccessibleName(self.tr("Filter cycles"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_changed)
        self.found_label = QLabel()
        self.found_label.setWordWrap(True)
        self.found_label.setAccessibleName(self.tr("Search results"))
        self.found_label.hide()

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Cycles"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Widths from the header and a sample of rows, set once per load: ResizeToContents would
        # read every cell of every row on each show and each change (slow with 1,000+ cycles).
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self._chosen: str | None = None  # the cycle last chosen, chosen again when shown again
        self.table.selectionModel().currentChanged.connect(self._remember_choice)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)

        self.open_button = QPushButton(self.tr("&Open cycle"))
        self.open_button.setAccessibleName(self.tr("Open cycle"))
        self.open_button.clicked.connect(self._open_current)
        self.new_button = QPushButton(self.tr("&New cycle…"))
        self.new_button.setAccessibleName(self.tr("New cycle"))
        self.new_button.clicked.connect(self.new_cycle)
        self.next_button = QPushButton(self.tr("Start ne&xt round…"))
        self.next_button.setAccessibleName(self.tr("Start next round"))
        self.next_button.clicked.connect(self._next_round)

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
        top.addWidget(self.next_button)
        top.addWidget(self.open_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.filter)
        lay.addWidget(self.found_label)
        lay.addWidget(self.table, 1)
        if load:  # else the window loads the rows right after its first paint
            self.reload()

    # Counting what is missing loads each running cycle (~2.5 ms each): the first ones are counted
    # at once, the rest in small batches from the event loop, each stopped after about a quarter
    # of a frame and followed by a pause: the GUI thread stays idle most of each frame (a busy
    # one is also the one the system makes wait on a loaded machine), so a big database opens at
    # once and the window stays responsive while the counts arrive.
    MISSING_BATCH = 8
    BATCH_BUDGET_S = 0.004
    BATCH_PAUSE_MS = 12
    WIDTH_SAMPLE = 50  # rows looked at to size the columns

    def reload(self, count_first: bool = True) -> None:
        """List the cycles; the counts of what is missing follow in batches (the first batch at
        once unless `count_first` is False: the start, which paints first, counts none at once)."""
        from scorecard_app.core.entities import CycleStatus

        self._generation = getattr(self, "_generation", 0) + 1
        # Counts made since the data last changed still hold (coming back home after looking
        # at a cycle): only the others are counted again.
        stamp = self.store.changes_stamp()
        kept = dict(self.model.missing) if stamp == getattr(self, "_stamp", None) else {}
        self._stamp = stamp
        self.model.load(self.store.list_cycles(), kept)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        # only cycles still running have "missing" items worth flagging; the rows at the top of
        # the list (what shows first) are counted first
        self._pending = [
            c.id
            for c in self.model.all_rows
            if c.status != CycleStatus.COMPLETE and c.id not in kept
        ]
        missing: dict[str, int] = {}
        if count_first:
            self._count_missing(missing)
        self.model.set_missing(missing)
        self._fit_columns()
        self._filter_changed(self.filter.text())
        if self._pending:
            gen = self._generation
            # dropped with the page
            QTimer.singleShot(self.BATCH_PAUSE_MS, self, lambda: self._count_more(gen))
        self.loaded.emit()

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        fm = self.table.fontMetrics()
        pad = 2 * fm.averageCharWidth() + 8
        sample = self.model.rows[: self.WIDTH_SAMPLE]
        last = len(CycleListModel.COLUMNS) - 1
        for col in range(last):  # the last one stretches
            texts = [str(self.model.headerData(col, Qt.Orientation.Horizontal))]
            name = CycleListModel.COLUMNS[col]  # what data() shows, without a trip through Qt
            texts += [str(self.model.shown(c, name)) for c in sample]
            width = max(fm.horizontalAdvance(t) for t in texts) + pad
            header.resizeSection(col, min(width, 40 * fm.averageCharWidth()))

    def _count_missing(self, into: dict[str, int], budget: float | None = None) -> None:
        # imported with the first count, which the start makes after the window's first paint
        from scorecard_app.core.checks import check_before_finish

        start = time.perf_counter()
        done = 0
        for cid in self._pending[: self.MISSING_BATCH]:
            into[cid] = sum(
                len(v) for v in check_before_finish(self.store.load_cycle(cid)).values()
            )
            done += 1
            if budget is not None and time.perf_counter() - start > budget:
                break
        self._pending = self._pending[done:]

    def _count_more(self, generation: int) -> None:
        if generation != self._generation or not self._pending or self.store.closed:
            return  # reloaded meanwhile, or the database was closed (the app is quitting)
        counts: dict[str, int] = {}
        self._count_missing(counts, self.BATCH_BUDGET_S)
        self.model.set_missing(counts)
        if self._pending:
            QTimer.singleShot(self.BATCH_PAUSE_MS, self, lambda: self._count_more(generation))

    def _filter_changed(self, text: str) -> None:
        if self.store is None:  # typed before the database was open: applied when rows load
            return
        hits = []
        if len(text.strip()) >= 2:
            from scorecard_app.store.search import search_cycles

            hits = search_cycles(self.store, text)
        inside = [h for h in hits if h.kind not in ("facility", "community")]
        self.model.set_filter(text, {h.cycle_id for h in inside})
        row = self.model.row_of(self._chosen)
        if row is not None and self.current_cycle_id() != self._chosen:
            self.table.setCurrentIndex(self.model.index(row, 0))
        if inside:
            rounds = {c.id: c for c in self.model.all_rows}
            kinds = {
                "issue": self.tr("issue"),
                "indicator": self.tr("indicator"),
                "action": self.tr("action"),
            }
            shown = [
                self.tr("round {n}: {kind} “{text}”").format(
                    n=rounds[h.cycle_id].round_no if h.cycle_id in rounds else "?",
                    kind=kinds[h.kind],
                    text=h.text,
                )
                for h in inside[:6]
            ]
            more = len(inside) - len(shown)
            self.found_label.setText(
                self.tr("Found inside cycles: ")
                + "; ".join(shown)
                + (self.tr(" and %n more", "", more) if more > 0 else "")
            )
        self.found_label.setVisible(bool(inside))

    def _remember_choice(self, index) -> None:
        if index.isValid():  # a filter hiding the row does not forget it
            self._chosen = self.model.data(index.siblingAtColumn(0), Qt.ItemDataRole.UserRole)

    def current_cycle_id(self) -> str | None:
        idx = self.table.currentIndex()
        if not idx.isValid():
            return None
        return self.model.data(idx.siblingAtColumn(0), Qt.ItemDataRole.UserRole)

    def _next_round(self) -> None:
        cid = self.current_cycle_id()
        if cid:
            self.next_round.emit(cid)

    def _open_index(self, index) -> None:
        if index.isValid():
            self.open_cycle.emit(
                self.model.data(index.siblingAtColumn(0), Qt.ItemDataRole.UserRole)
            )

    def _open_current(self) -> None:
        idx = self.table.currentIndex()
        if not idx.isValid() and self.model.rowCount():
            idx = self.model.index(0, 0)
        self._open_index(idx)
