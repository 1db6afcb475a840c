"""View ▸ Trends (Ctrl+T): the whole card or one indicator across every round of the open
cycle — the community's score, the providers' own and the gap — in the scale's own units.

The figures come from core.aggregation.round_trends (the same as the trend printable); rounds
on another scale are re-expressed by its one rule, which the view then shows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scorecard_app.core.aggregation import SCALE_RULE, RoundTrends, round_trends
from scorecard_app.gui.i18n_runtime import display_value


def _num(value: float | None) -> str:
    return "–" if value is None else display_value(value)


def _signed(value: float | None) -> str:
    if value is None:
        return "–"
    return ("+" if value > 0 else "−" if value < 0 else "±") + display_value(abs(value))


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    return item


class TrendsView(QDialog):
    """A table of every round: the whole card (an indicator a row) or one indicator (a round a
    row, with the change since the round before)."""

    def __init__(self, store, cycle_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Trends across rounds"))
        self.trends: RoundTrends = round_trends(store.rounds(cycle_id))
        self.which = QComboBox()
        self.which.setAccessibleName(self.tr("Indicator to show"))
        self.which.addItem(self.tr("Whole card"), -1)
        for n, t in enumerate(self.trends.indicators):
            self.which.addItem(f"{n + 1}. {t.indicator.text}", n)
        self.which.currentIndexChanged.connect(self.show_selection)
        self.table = QTableWidget()
        self.table.setAccessibleName(self.tr("Scores by round"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Show:"))
        label.setBuddy(self.which)
        top.addWidget(label)
        top.addWidget(self.which, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.note)
        lay.addWidget(self.table, 1)
        lay.addWidget(buttons)
        self.resize(900, 560)
        self.show_selection()

    def _round(self, n: int) -> str:
        return self.tr("Round {n}").format(n=n)

    def show_selection(self) -> None:
        tr = self.trends
        scale = QCoreApplication.translate("Scale", tr.scale.name)
        note = self.tr("Scores on the scale {scale}; the gap is community minus providers.")
        note = note.format(scale=scale)
        if len(tr.rounds) < 2:
            note += " " + self.tr("This is the first round: there is no trend yet.")
        if tr.converted:
            note += " " + QCoreApplication.translate("Scale", SCALE_RULE)
        self.note.setText(note)
        pick = self.which.currentData()
        t = self.table
        t.clear()
        community, providers, gap = self.tr("Community"), self.tr("Providers"), self.tr("Gap")
        if pick is None or pick < 0:  # the whole card: an indicator a row, three columns a round
            heads = []
            for n in tr.rounds:
                r = self._round(n)
                heads += [f"{r}\n{community}", f"{r}\n{providers}", f"{r}\n{gap}"]
            t.setColumnCount(len(heads))
            t.setRowCount(len(tr.indicators))
            t.setHorizontalHeaderLabels(heads)
            t.setVerticalHeaderLabels([it.indicator.text for it in tr.indicators])
            for row, it in enumerate(tr.indicators):
                for k, p in enumerate(it.points):
                    values = (_num(p.community), _num(p.provider), _signed(p.gap))
                    for j, text in enumerate(values):
                        t.setItem(row, 3 * k + j, _cell(text))
        else:  # one indicator: a round a row, with the change since the round before
            it = tr.indicators[pick]
            heads = [community, self.tr("Change"), providers, self.tr("Change"), gap]
            t.setColumnCount(len(heads))
            t.setRowCount(len(it.points))
            t.setHorizontalHeaderLabels(heads)
            t.setVerticalHeaderLabels([self._round(p.round_no) for p in it.points])
            before = None
            for row, p in enumerate(it.points):
                dc = dp = None
                if before is not None:
                    if p.community is not None and before.community is not None:
                        dc = p.community - before.community
                    if p.provider is not None and before.provider is not None:
                        dp = p.provider - before.provider
                cells = (
                    _num(p.community),
                    _signed(dc) if before else "",
                    _num(p.provider),
                    _signed(dp) if before else "",
                    _signed(p.gap),
                )
                for j, text in enumerate(cells):
                    t.setItem(row, j, _cell(text))
                before = p
        t.resizeColumnsToContents()


def install(window) -> None:
    """Add View ▸ Trends… (Ctrl+T), enabled while a cycle is open."""
    act = QAction(
        QCoreApplication.translate("TrendsView", "&Trends across rounds…"),
        window,
        shortcut=QKeySequence("Ctrl+T"),
    )
    act.setEnabled(False)

    def open_view() -> None:
        ws = window.workspace
        if ws is None or window.stack.currentWidget() is not ws:
            return
        dlg = TrendsView(ws.ctx.store, ws.ctx.cycle_id, window)
        window.trends_view = dlg
        dlg.show()

    def update(*_):
        ws = window.workspace
        act.setEnabled(ws is not None and window.stack.currentWidget() is ws)

    act.triggered.connect(open_view)
    window.stack.currentChanged.connect(update)
    window.act_trends = act
    window.view_menu.addAction(act)
