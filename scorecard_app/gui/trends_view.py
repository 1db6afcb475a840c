"""View ▸ Trends (Ctrl+T): the whole card or one indicator across every round of the open
cycle — the community's score, the providers' own and the gap — in the scale's own units; one
indicator is also drawn as paired bars, round by round.

The figures come from core.aggregation.round_trends (the same as the trend printable); rounds
on another scale are re-expressed by its one rule, which the view then shows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter, QPen
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

from scorecard_app.core.aggregation import SCALE_RULE, IndicatorTrend, RoundTrends, round_trends
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


class TrendChart(QWidget):
    """One indicator's rounds as paired bars from the scale's lowest mark: the community solid,
    the providers outlined (they differ in fill, not only colour), each with its number."""

    COMMUNITY = QColor("#2f5d8a")
    PROVIDER = QColor("#d9a43a")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Trend chart"))
        self.setMinimumHeight(220)
        self.trend: IndicatorTrend | None = None
        self.scale = None
        self.round_word = ""
        self.names = ("", "")

    def show_trend(
        self, trend: IndicatorTrend | None, scale, round_word: str, names: tuple[str, str]
    ) -> None:
        self.trend, self.scale, self.round_word, self.names = trend, scale, round_word, names
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        if self.trend is None or self.scale is None:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = p.fontMetrics()
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        w, h = self.width(), self.height()
        top, bottom = 2 * fm.height() + 10, h - 2 * fm.height() - 8
        x = w - 4 if rtl else 4.0  # the legend: which bar is whose
        for name, colour, solid in zip(
            self.names, (self.COMMUNITY, self.PROVIDER), (1, 0), strict=True
        ):
            tw = fm.horizontalAdvance(name)
            box = QRectF(x - 14 if rtl else x, 3, 14, fm.height() - 4)
            p.setPen(QPen(colour, 2))
            p.setBrush(colour if solid else Qt.BrushStyle.NoBrush)
            p.drawRect(box)
            p.setPen(self.palette().text().color())
            tx = box.left() - 4 - tw if rtl else box.right() + 4
            p.drawText(QRectF(tx, 0, tw + 2, fm.height()), Qt.AlignmentFlag.AlignLeft, name)
            step = 14 + 4 + tw + 16
            x = x - step if rtl else x + step
        lo, hi = self.scale.minimum, self.scale.maximum
        points = self.trend.points
        slot = w / max(1, len(points))
        bar = min(slot * 0.3, 60.0)
        p.setPen(QPen(self.palette().mid().color(), 1))
        p.drawLine(0, bottom, w, bottom)
        for i, pt in enumerate(points):
            k = len(points) - 1 - i if rtl else i  # rounds run the reader's way
            x0 = slot * k + (slot - 2 * bar - 4) / 2
            pairs = ((pt.community, self.COMMUNITY, True), (pt.provider, self.PROVIDER, False))
            for j, (value, colour, solid) in enumerate(pairs):
                if value is None:
                    continue
                x = x0 + (1 - j if rtl else j) * (bar + 4)  # community on the start side
                length = max(2.0, (value - lo) / (hi - lo) * (bottom - top))
                rect = QRectF(x, bottom - length, bar, length)
                p.setPen(QPen(colour, 2))
                p.setBrush(colour if solid else Qt.BrushStyle.NoBrush)
                p.drawRect(rect)
                p.setPen(self.palette().text().color())
                p.drawText(
                    QRectF(x - 10, bottom - length - fm.height() - 2, bar + 20, fm.height()),
                    Qt.AlignmentFlag.AlignCenter,
                    _num(value),
                )
            p.setPen(self.palette().text().color())
            label = self.round_word.format(n=pt.round_no)
            if pt.gap is not None:
                label += "\n" + _signed(pt.gap)
            p.drawText(
                QRectF(slot * k, bottom + 4, slot, 2 * fm.height() + 4),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                label,
            )
        p.end()


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
        self.chart = TrendChart()
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
        lay.addWidget(self.chart, 1)
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
        whole = pick is None or pick < 0
        self.chart.setVisible(not whole)
        if not whole:
            self.chart.show_trend(
                tr.indicators[pick],
                tr.scale,
                self.tr("Round {n}"),
                (self.tr("Community"), self.tr("Providers")),
            )
        t = self.table
        t.clear()
        community, providers, gap = self.tr("Community"), self.tr("Providers"), self.tr("Gap")
        if whole:  # the whole card: an indicator a row, three columns a round
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
    update()  # installed after the first paint, a cycle may be open already
    window.act_trends = act
    window.view_menu.addAction(act)
