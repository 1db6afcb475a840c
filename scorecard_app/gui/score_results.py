"""Live results while scoring: median, mean and distribution per indicator, by group and by
participant attribute. Read-only tables rebuilt from core.aggregation after every change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from scorecard_app.core.aggregation import (
    Stats,
    disaggregate,
    group_result,
    group_results,
    indicator_results,
)
from scorecard_app.core.entities import ATTRIBUTES, GENDERS, CycleData, Indicator
from scorecard_app.core.scales import Scale
from scorecard_app.gui.i18n_runtime import display_value  # core rule, locale decimal mark

from .i18n_bridge import tr_core
from .scale_widgets import face_icon, score_sentence, score_text


def _item(text: str, accessible: str | None = None, icon=None) -> tuple:
    return (text, accessible, icon)


def _put(t: QTableWidget, row: int, col: int, cell: tuple) -> None:
    """Set a read-only cell, reusing the item that is there (this runs after every vote)."""
    text, accessible, icon = cell
    it = t.item(row, col)
    if it is None:
        it = QTableWidgetItem()
        it.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        t.setItem(row, col, it)
    elif it.text() == text and it.data(Qt.ItemDataRole.AccessibleTextRole) == accessible:
        return
    it.setText(text)
    it.setToolTip(text)
    it.setData(Qt.ItemDataRole.AccessibleTextRole, accessible)
    it.setIcon(icon if icon is not None else QIcon())


def _shape(t: QTableWidget, rows: int, heads: list[str]) -> bool:
    """Set rows and headings; True when they changed (then columns are fitted afterwards)."""
    old = (
        t.rowCount(),
        [
            t.horizontalHeaderItem(i).text()
            for i in range(t.columnCount())
            if t.horizontalHeaderItem(i)
        ],
    )
    if old == (rows, heads):
        return False
    t.setColumnCount(len(heads))
    t.setHorizontalHeaderLabels(heads)
    t.setRowCount(rows)
    return True


def _signatures(data: CycleData, indicators: list[Indicator]) -> dict[str, frozenset]:
    """Per indicator, everything its result rows are computed from: votes, shows of hands,
    consensus scores (who, which group, what value)."""
    per: dict[str, list] = {ind.id: [] for ind in indicators}
    for v in data.votes:
        if v.indicator_id in per:
            per[v.indicator_id].append((v.participant_id, v.value))
    for t in data.tallies:
        if t.indicator_id in per:
            per[t.indicator_id].append(("hands", t.group_id, t.value, t.count))
    for sc in data.scores:
        if sc.indicator_id in per:
            per[sc.indicator_id].append(("score", sc.group_id, sc.value))
    return {k: frozenset(v) for k, v in per.items()}


def _fit(t: QTableWidget) -> None:
    t.resizeColumnsToContents()
    if t.columnCount() and t.columnWidth(0) > 300:
        t.setColumnWidth(0, 300)


def _table(name: str) -> QTableWidget:
    t = QTableWidget()
    t.setAccessibleName(name)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setWordWrap(True)
    t.verticalHeader().hide()
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    t.horizontalHeader().setStretchLastSection(True)
    t.verticalHeader().setDefaultSectionSize(t.fontMetrics().lineSpacing() * 2 + 6)
    return t


class ResultsPanel(QTabWidget):
    """Three tabs: this group, all groups, by attribute."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Live results"))
        self.group_table = _table(self.tr("Results of this group"))
        self.groups_table = _table(self.tr("Results by group"))
        self.attr_table = _table(self.tr("Results by participant attribute"))
        self.attribute = QComboBox()
        self.attribute.setAccessibleName(self.tr("Break down by"))
        for code, label in self._attribute_labels().items():
            self.attribute.addItem(label, code)
        self.attribute.currentIndexChanged.connect(lambda _i: self._fill_attributes())
        attr_page = QWidget()
        lay = QVBoxLayout(attr_page)
        lay.setContentsMargins(0, 4, 0, 0)
        row = QHBoxLayout()
        lab = QLabel(self.tr("&Break down community votes by:"))
        lab.setBuddy(self.attribute)
        row.addWidget(lab)
        row.addWidget(self.attribute)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addWidget(self.attr_table)
        self.addTab(self.group_table, self.tr("This group"))
        self.addTab(self.groups_table, self.tr("All groups"))
        self.addTab(attr_page, self.tr("By attribute"))
        self._data: CycleData | None = None
        self._indicators: list[Indicator] = []
        # What each indicator's rows were computed from, so an edit recomputes only the
        # indicator it touched (a vote changes one row of each table, not all of them).
        self._whole: tuple | None = None
        self._sigs: dict[str, frozenset] = {}
        self._per_attr: dict[str, dict[object, Stats]] = {}

    def _attribute_labels(self) -> dict[str, str]:
        return {
            "gender": self.tr("Gender"),
            "age_band": self.tr("Age band"),
            "disability": self.tr("Disability"),
            "minority": self.tr("Minority"),
            "poor": self.tr("Poor household"),
            "youth": self.tr("Youth"),
        }

    def stats_text(self, scale: Scale, st: Stats) -> tuple[str, str, str]:
        """Median, mean and distribution as shown (numbers by the display rule)."""
        med = score_text(scale, st.median) if st.median is not None else "–"
        mean = display_value(st.mean) if st.mean is not None else "–"
        if len(st.distribution) <= 10:
            dist = "  ".join(f"{display_value(k)}: {n}" for k, n in sorted(st.distribution.items()))
        else:
            dist = "  ".join(
                f"{display_value(k)}: {n}" for k, n in sorted(st.distribution.items()) if n
            )
        return med, mean, dist or "–"

    def show_results(
        self, data: CycleData, group_id: str | None, indicators: list[Indicator]
    ) -> None:
        self._data, self._indicators = data, indicators
        scale = data.cycle.scale
        whole = (
            scale,
            group_id,
            tuple((i.id, i.text, i.provider_only) for i in indicators),
            tuple((g.id, g.name, g.kind) for g in data.groups),
            tuple(tuple(vars(p).values()) for p in data.participants),
        )
        sigs = _signatures(data, indicators)
        if whole != self._whole:
            self._whole, self._per_attr = whole, {}
            todo = set(sigs)
        else:
            todo = {k for k, v in sigs.items() if self._sigs.get(k) != v}
        self._sigs = sigs
        results = group_results(data) if todo else {}
        # this group
        t = self.group_table
        heads = [
            self.tr("Indicator"),
            self.tr("Group score"),
            self.tr("Votes"),
            self.tr("Median"),
            self.tr("Mean"),
            self.tr("Distribution (level: people)"),
        ]
        changed = _shape(t, len(indicators), heads)
        for r, ind in enumerate(indicators):
            if not changed and ind.id not in todo:
                continue
            res = results.get((group_id or "", ind.id)) or group_result(
                data, group_id or "", ind.id
            )
            med, mean, dist = self.stats_text(scale, res.votes)
            _put(t, r, 0, _item(ind.text))
            _put(
                t,
                r,
                1,
                _item(
                    score_text(scale, res.score) if res.score is not None else "–",
                    self.tr("Group score for {indicator}: {value}").format(
                        indicator=ind.text, value=score_sentence(scale, res.score)
                    ),
                    face_icon(scale, res.score),
                ),
            )
            _put(t, r, 2, _item(str(res.votes.count)))
            _put(
                t,
                r,
                3,
                _item(
                    med,
                    self.tr("Median for {indicator}: {value}").format(
                        indicator=ind.text, value=score_sentence(scale, res.votes.median)
                    ),
                ),
            )
            _put(t, r, 4, _item(mean))
            _put(t, r, 5, _item(dist))
        if changed:
            _fit(t)
        # every group
        groups = data.community_groups
        t = self.groups_table
        heads = [self.tr("Indicator")] + [g.name for g in groups] + [self.tr("Community")]
        changed = _shape(t, len(indicators), heads)
        by_id = {r.indicator.id: r for r in indicator_results(data)} if todo or changed else {}
        for r, ind in enumerate(indicators):
            if not changed and ind.id not in todo:
                continue
            res = by_id.get(ind.id)
            _put(t, r, 0, _item(ind.text))
            for c, g in enumerate(groups, start=1):
                v = res.by_group[g.id].score if res else None
                _put(
                    t,
                    r,
                    c,
                    _item(
                        score_text(scale, v) if v is not None else "–",
                        f"{g.name}, {ind.text}: {score_sentence(scale, v)}",
                        face_icon(scale, v),
                    ),
                )
            v = res.community if res else None
            _put(
                t,
                r,
                len(groups) + 1,
                _item(
                    score_text(scale, v) if v is not None else "–",
                    self.tr("Community, {indicator}: {value}").format(
                        indicator=ind.text, value=score_sentence(scale, v)
                    ),
                    face_icon(scale, v),
                ),
            )
        if changed:
            _fit(t)
        self._fill_attributes(todo)

    def _value_label(self, attribute: str, value: object) -> str:
        if value is None:
            return self.tr("not recorded")
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if attribute == "gender":
            return tr_core("Vocabulary", GENDERS.get(str(value), str(value)))
        return str(value)

    def _fill_attributes(self, todo: set[str] | None = None) -> None:
        """Fill the breakdown; `todo` names the indicators whose votes changed (None: all)."""
        data, indicators = self._data, self._indicators
        if data is None:
            return
        attribute = self.attribute.currentData() or ATTRIBUTES[0]
        scale = data.cycle.scale
        if todo is None or self._per_attr.get("") != attribute:
            self._per_attr = {"": attribute}  # another attribute: every indicator again
            todo = {ind.id for ind in indicators}
        for ind in indicators:
            if ind.id in todo:
                self._per_attr[ind.id] = disaggregate(data, ind.id, attribute)
        per = {ind.id: self._per_attr[ind.id] for ind in indicators}
        keys: list[object] = []
        for stats in per.values():
            for k in stats:
                if k not in keys:
                    keys.append(k)
        keys.sort(key=lambda k: (k is None, str(k)))
        t = self.attr_table
        heads = [self.tr("Indicator")] + [self._value_label(attribute, k) for k in keys]
        changed = _shape(t, len(indicators), heads)
        for r, ind in enumerate(indicators):
            if not changed and ind.id not in todo:
                continue
            _put(t, r, 0, _item(ind.text))
            for c, k in enumerate(keys, start=1):
                st = per[ind.id].get(k)
                if st is None or st.median is None:
                    _put(t, r, c, _item("–"))
                    continue
                text = self.tr("{median} (mean {mean}, {n} votes)").format(
                    median=score_text(scale, st.median), mean=display_value(st.mean), n=st.count
                )
                _put(
                    t,
                    r,
                    c,
                    _item(
                        text,
                        f"{heads[c]}, {ind.text}: {text}",
                        face_icon(scale, st.median),
                    ),
                )
        if changed:
            _fit(t)
