"""Step 6 — community scoring, one group at a time.

Which ways of scoring appear follows the cycle's scoring mode: the group's consensus (score,
reason, suggestion), individual votes in a fast grid (participants × indicators), and a show of
hands (count per scale level). Live results sit underneath.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from scorecard_app.core.entities import CycleData, Group, GroupKind, Indicator
from scorecard_app.gui.context import CycleContext
from scorecard_app.gui.field_message import clear_message, say_not_saved
from scorecard_app.gui.i18n_bridge import tr_message
from scorecard_app.gui.scale_widgets import ScaleLegend
from scorecard_app.gui.score_results import ResultsPanel
from scorecard_app.gui.scoring_widgets import ConsensusModel, EntryTable, TallyModel, VoteGridModel

from .base import StepPage

MAX_TALLY_LEVELS = 19  # a show of hands per level makes sense on 1–5 and 1–10, not on 0–100


def setup_consensus_columns(table: EntryTable) -> None:
    h = table.horizontalHeader()
    h.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
    h.resizeSection(0, 250)
    h.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
    h.resizeSection(1, 150)
    h.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    h.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)


class ScoringPageBase(StepPage):
    """A group picker, a scale legend, a message line; subclasses add the tables."""

    group_kind = GroupKind.COMMUNITY

    def __init__(self, ctx: CycleContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.group_box = QComboBox()
        self.group_box.setAccessibleName(self.group_label_text().replace("&", "").rstrip(":"))
        self.group_box.currentIndexChanged.connect(lambda _i: self.refresh())
        group_label = QLabel(self.group_label_text())
        group_label.setBuddy(self.group_box)
        self._scale_code = ctx.data().cycle.scale_code
        self.legend = ScaleLegend(ctx.data().cycle.scale)
        self.top = QHBoxLayout()
        self.top.addWidget(group_label)
        self.top.addWidget(self.group_box, 1)
        self.top.addSpacing(16)
        self.top.addWidget(self.legend, 3)
        # the scale's one entry rule (core.scales.Scale.rule), the same for every way of scoring
        self.rule_note = QLabel(tr_message(ctx.data().cycle.scale.rule()))
        self.rule_note.setObjectName("scaleRule")
        self.rule_note.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setStyleSheet("font-weight: bold")
        self.message.hide()
        self.lock_note = QLabel(
            self.tr("This cycle is finished: use “Reopen cycle…” (with a reason) to change scores.")
        )
        self.lock_note.setWordWrap(True)
        ctx.error.connect(self.show_message)

    def group_label_text(self) -> str:
        return self.tr("&Group:")

    def groups(self, data: CycleData) -> list[Group]:
        return (
            data.community_groups
            if self.group_kind == GroupKind.COMMUNITY
            else data.provider_groups
        )

    def group_id(self) -> str | None:
        return self.group_box.currentData()

    def select_group(self, name_or_id: str) -> None:
        for i in range(self.group_box.count()):
            if name_or_id in (self.group_box.itemData(i), self.group_box.itemText(i)):
                self.group_box.setCurrentIndex(i)
                return
        raise KeyError(name_or_id)

    def _fill_groups(self, data: CycleData) -> None:
        groups = self.groups(data)
        current = self.group_box.currentData()
        wanted = [(g.name, g.id) for g in groups]
        have = [
            (self.group_box.itemText(i), self.group_box.itemData(i))
            for i in range(self.group_box.count())
        ]
        if wanted != have:
            self.group_box.blockSignals(True)
            self.group_box.clear()
            for name, gid in wanted:
                self.group_box.addItem(name, gid)
            idx = self.group_box.findData(current)
            self.group_box.setCurrentIndex(idx if idx >= 0 else (0 if groups else -1))
            self.group_box.blockSignals(False)

    def _check_scale(self, data: CycleData) -> None:
        if data.cycle.scale_code != self._scale_code:  # the setup step changed the scale
            self._scale_code = data.cycle.scale_code
            new = ScaleLegend(data.cycle.scale)
            self.top.replaceWidget(self.legend, new)
            self.legend.deleteLater()
            self.legend = new
        self.rule_note.setText(tr_message(data.cycle.scale.rule()))

    def show_message(self, text: str) -> None:
        """A refusal is said next to the cell it is about (field_message), aloud too; the
        label keeps the last sentence for whoever asks for it."""
        self.message.setText(text)
        self.message.setAccessibleDescription(text)
        if text:
            say_not_saved(text)
        else:
            clear_message(self.window())

    def clear_message(self, *_args) -> None:
        if self.message.text():
            self.show_message("")


class CommunityScoringPage(ScoringPageBase):
    stage = "community_scoring"
    group_kind = GroupKind.COMMUNITY

    def __init__(self, ctx: CycleContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.consensus_model = ConsensusModel(ctx, self)
        self.consensus = EntryTable(self.tr("Consensus scores"))
        self.consensus.setModel(self.consensus_model)
        setup_consensus_columns(self.consensus)

        self.votes_model = VoteGridModel(ctx, self)
        self.grid = EntryTable(self.tr("Individual votes"))
        self.grid.setModel(self.votes_model)
        self.grid.wrapped_headers()
        self.grid.horizontalHeader().setDefaultSectionSize(124)

        self.tally_model = TallyModel(ctx, self)
        self.tally = EntryTable(self.tr("Show of hands"))
        self.tally.setModel(self.tally_model)
        self.tally.horizontalHeader().setDefaultSectionSize(110)
        self.tally.wrapped_headers(2)
        self.tally_note = QLabel(
            self.tr("A show of hands needs a scale with few levels; use individual votes here.")
        )
        self.tally_note.setWordWrap(True)
        tally_page = QWidget()
        tl = QVBoxLayout(tally_page)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.tally_note)
        tl.addWidget(self.tally, 1)

        for m in (self.consensus_model, self.votes_model, self.tally_model):
            m.refused.connect(self.show_message)
        for t in (self.consensus, self.grid, self.tally):
            t.committed.connect(self.clear_message)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Ways of scoring"))
        self.tab_consensus = self.tabs.addTab(self.consensus, self.tr("Group &consensus"))
        self.tab_votes = self.tabs.addTab(self.grid, self.tr("Individual &votes"))
        self.tab_tally = self.tabs.addTab(tally_page, self.tr("Show of &hands"))

        self.results = ResultsPanel()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tabs)
        split.addWidget(self.results)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)

        lay = QVBoxLayout(self)
        lay.addLayout(self.top)
        lay.addWidget(self.rule_note)
        lay.addWidget(self.lock_note)
        lay.addWidget(self.message)
        lay.addWidget(split, 1)

    def indicators(self, data: CycleData) -> list[Indicator]:
        return data.shared_indicators

    def refresh(self) -> None:
        data = self.ctx.data()
        self._check_scale(data)
        self._fill_groups(data)
        few_levels = len(data.cycle.scale.levels) <= MAX_TALLY_LEVELS
        self.tabs.setTabVisible(self.tab_consensus, data.cycle.scores_by_consensus)
        self.tabs.setTabVisible(self.tab_votes, data.cycle.scores_by_vote)
        self.tabs.setTabVisible(self.tab_tally, data.cycle.scores_by_vote)
        self.tally.setVisible(few_levels)
        self.tally_note.setVisible(not few_levels)
        if not self.tabs.isTabVisible(self.tabs.currentIndex()):
            for i in range(self.tabs.count()):
                if self.tabs.isTabVisible(i):
                    self.tabs.setCurrentIndex(i)
                    break
        self.lock_note.setVisible(data.cycle.is_complete)
        gid = self.group_id()
        inds = self.indicators(data)
        self.consensus_model.load(data, gid, inds)
        self.votes_model.load(data, gid, inds)
        self.tally_model.load(data, gid, inds if few_levels else [])
        self.results.show_results(data, gid, inds)

    def tips(self) -> str:
        return self.tr(
            "Read each indicator aloud and show the faces. Let the group agree a score and say "
            "why, or let each person vote in secret and type the votes in the grid."
        )


PAGE = CommunityScoringPage
