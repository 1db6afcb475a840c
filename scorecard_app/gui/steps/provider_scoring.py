"""Step 7 — the service providers score themselves: the community's indicators plus their own
(Indicator.provider_only), each with a score, a reason and a suggestion."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from scorecard_app.core.entities import CycleData, GroupKind, Indicator
from scorecard_app.gui.context import CycleContext
from scorecard_app.gui.score_results import ResultsPanel
from scorecard_app.gui.scoring_widgets import ConsensusModel, EntryTable

from .community_scoring import ScoringPageBase, setup_consensus_columns


class ProviderScoringPage(ScoringPageBase):
    stage = "provider_scoring"
    group_kind = GroupKind.PROVIDER

    def __init__(self, ctx: CycleContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.model = ConsensusModel(ctx, self)
        self.model.own_marker = True
        self.table = EntryTable(self.tr("Provider scores"))
        self.table.setModel(self.model)
        setup_consensus_columns(self.table)
        self.model.refused.connect(self.show_message)
        self.table.committed.connect(self.clear_message)

        self.new_text = QLineEdit()
        self.new_text.setAccessibleName(self.tr("New own indicator"))
        self.new_text.setPlaceholderText(self.tr("An indicator the providers want to add…"))
        self.new_text.returnPressed.connect(self.add_own)
        new_label = QLabel(self.tr("&Own indicator:"))
        new_label.setBuddy(self.new_text)
        self.add_button = QPushButton(self.tr("&Add own indicator"))
        self.add_button.setAccessibleName(self.tr("Add own indicator"))
        self.add_button.clicked.connect(self.add_own)
        self.remove_button = QPushButton(self.tr("&Remove own indicator"))
        self.remove_button.setAccessibleName(self.tr("Remove own indicator"))
        self.remove_button.setToolTip(
            self.tr("Removes the selected indicator, if it is one of the providers' own")
        )
        self.remove_button.clicked.connect(self.remove_own)
        QShortcut(
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Delete),
            self.table,
            activated=self.remove_own,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        adder = QHBoxLayout()
        adder.addWidget(new_label)
        adder.addWidget(self.new_text, 1)
        adder.addWidget(self.add_button)
        adder.addWidget(self.remove_button)

        self.no_group = QLabel(
            self.tr("There is no service provider group yet: add one in the Participants step.")
        )
        self.no_group.setWordWrap(True)
        self.results = ResultsPanel()
        self.results.setTabVisible(2, False)  # attributes are a community breakdown

        lay = QVBoxLayout(self)
        lay.addLayout(self.top)
        lay.addWidget(self.rule_note)
        lay.addWidget(self.lock_note)
        lay.addWidget(self.no_group)
        lay.addWidget(self.message)
        lay.addWidget(self.table, 3)
        lay.addLayout(adder)
        lay.addWidget(self.results, 2)

    def group_label_text(self) -> str:
        return self.tr("&Provider group:")

    def indicators(self, data: CycleData) -> list[Indicator]:
        return sorted(data.indicators, key=lambda i: (i.provider_only, i.position))

    def refresh(self) -> None:
        data = self.ctx.data()
        self._check_scale(data)
        self._fill_groups(data)
        self.no_group.setVisible(not data.provider_groups)
        self.lock_note.setVisible(data.cycle.is_complete)
        inds = self.indicators(data)
        gid = self.group_id()
        self.model.load(data, gid, inds)
        self.results.show_results(data, gid, inds)
        self.results.setTabVisible(1, False)  # "all groups" lists community groups

    def add_own(self) -> None:
        text = self.new_text.text().strip()
        if not text:
            self.show_message(self.tr("Type the new indicator first."))
            self.new_text.setFocus()
            return
        data = self.ctx.data()
        pos = max((i.position for i in data.indicators), default=0) + 1
        ind = Indicator(self.ctx.cycle_id, text, provider_only=True, position=pos)
        if self.ctx.add(self.tr("Add own indicator {text}").format(text=text), ind):
            self.new_text.clear()
            self.clear_message()
            row = next((r for r, i in enumerate(self.model.indicators) if i.id == ind.id), None)
            if row is not None:  # straight on to scoring it
                self.table.setCurrentIndex(self.model.index(row, ConsensusModel.COL_SCORE))

    def remove_own(self) -> None:
        cur = self.table.currentIndex()
        if not cur.isValid():
            self.show_message(self.tr("Select one of the providers' own indicators first."))
            return
        ind = self.model.indicators[cur.row()]
        if not ind.provider_only:
            self.show_message(
                self.tr(
                    "“{text}” is shared with the community; it can only be removed in the "
                    "Indicators step."
                ).format(text=ind.text)
            )
            return
        self.ctx.remove(
            self.tr("Remove own indicator {text}").format(text=ind.text), Indicator, ind.id
        )

    def tips(self) -> str:
        return self.tr(
            "Meet the staff separately. They score the same indicators and may add their own; "
            "ask for a reason with every score."
        )


PAGE = ProviderScoringPage
