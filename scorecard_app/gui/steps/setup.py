"""Setup: the facility, the place, the round, the scale and mode, the facilitators, the dates."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from scorecard_app.core import entities as e
from scorecard_app.core.stages import STAGE_CODES, stage_name
from scorecard_app.gui.cycle_setup import (
    LocationEditor,
    language_items,
    mode_items,
    scale_items,
    sector_items,
)
from scorecard_app.gui.field_message import say_not_saved
from scorecard_app.gui.i18n_bridge import tr_core
from scorecard_app.gui.i18n_runtime import format_date

from .base import StepPage
from .fields import CodeCombo, CommitLineEdit, DateLineEdit


class SetupPage(StepPage):
    stage = "setup"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.facility_name = CommitLineEdit(self.tr("Facility name"))
        self.sector = CodeCombo(self.tr("Sector"), sector_items())
        self.location = LocationEditor(ctx.store)
        self.round_label = QLabel()
        self.round_label.setWordWrap(True)
        self.scale = CodeCombo(self.tr("Scale"), scale_items())
        self.scale_note = QLabel()
        self.scale_note.setWordWrap(True)
        self.mode = CodeCombo(self.tr("Scoring mode"), mode_items())
        self.language = CodeCombo(self.tr("Session language"), language_items())
        self.lead = CommitLineEdit(self.tr("Lead facilitator"))
        self.others = CommitLineEdit(self.tr("Other facilitators"))
        self.others.setPlaceholderText(self.tr("Names, separated by commas"))
        self.training_label = QLabel()
        self.training_label.setWordWrap(True)
        self.next_review = DateLineEdit(self.tr("Next round planned for"))
        self.next_review.setToolTip(self.tr("Score cards are repeated every 6 to 12 months"))

        cycle_box = QGroupBox(self.tr("The cycle"))
        form = QFormLayout(cycle_box)
        form.addRow(self.tr("F&acility:"), self.facility_name)  # Alt+F is the File menu
        form.addRow(self.tr("Sec&tor:"), self.sector)  # Alt+C is the Cycle menu
        form.addRow(self.tr("Community &location:"), self.location)
        form.addRow(self.tr("Round:"), self.round_label)
        form.addRow(self.tr("&Scale:"), self.scale)
        form.addRow("", self.scale_note)
        form.addRow(self.tr("Scoring &mode:"), self.mode)
        form.addRow(self.tr("Session lan&guage:"), self.language)
        form.addRow(self.tr("Lea&d facilitator:"), self.lead)
        form.addRow(self.tr("&Other facilitators:"), self.others)
        form.addRow(self.tr("Ne&xt round planned for:"), self.next_review)
        form.addRow(self.tr("Training:"), self.training_label)

        dates_box = QGroupBox(self.tr("Dates of each step"))
        grid = QGridLayout(dates_box)
        grid.addWidget(QLabel(self.tr("<b>Step</b>")), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Planned</b>")), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Done on</b>")), 0, 2)
        self.planned: dict[str, DateLineEdit] = {}
        self.actual: dict[str, DateLineEdit] = {}
        for row, code in enumerate(STAGE_CODES, start=1):
            name = tr_core("Stage", stage_name(code))
            grid.addWidget(QLabel(name), row, 0)
            for col, (store_in, label, kind) in enumerate(
                (
                    (self.planned, self.tr("Planned date of {step}"), "planned"),
                    (self.actual, self.tr("Actual date of {step}"), "actual"),
                ),
                start=1,
            ):
                ed = DateLineEdit(label.format(step=name))
                ed.committed.connect(lambda v, s=code, k=kind: self._set_date(s, k, v))
                ed.refused.connect(lambda t, ed=ed: say_not_saved(t, ed))
                grid.addWidget(ed, row, col)
                store_in[code] = ed
        grid.setRowStretch(len(STAGE_CODES) + 1, 1)

        self.inner = inner = QWidget()
        row = QHBoxLayout(inner)
        row.addWidget(cycle_box, 3)
        row.addWidget(dates_box, 2)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Setup of the cycle"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(scroll)

        self.facility_name.committed.connect(
            lambda v: v and self._facility(self.tr("Rename facility"), name=v)
        )
        self.sector.chosen.connect(lambda v: self._facility(self.tr("Change sector"), sector=v))
        for ed in self.location.edits:
            ed.editingFinished.connect(self._location_done)
        self.scale.chosen.connect(lambda v: self._cycle(self.tr("Change scale"), scale_code=v))
        self.mode.chosen.connect(
            lambda v: self._cycle(self.tr("Change scoring mode"), scoring_mode=v)
        )
        self.language.chosen.connect(
            lambda v: self._cycle(self.tr("Change session language"), language=v)
        )
        self.next_review.committed.connect(
            lambda v: self._cycle(self.tr("Change next round date"), next_review=v or None)
        )
        self.next_review.refused.connect(lambda t: say_not_saved(t, self.next_review))
        self.lead.committed.connect(
            lambda v: self._cycle(self.tr("Change lead facilitator"), lead_facilitator=v)
        )
        self.others.committed.connect(
            lambda v: self._cycle(
                self.tr("Change facilitators"),
                facilitators=[n.strip() for n in v.split(",") if n.strip()],
            )
        )

    # ----------------------------------------------------------------- edits
    def _cycle(self, text: str, **changes) -> None:
        c = self.ctx.data().cycle
        if any(getattr(c, k) != v for k, v in changes.items()):  # no empty undo steps
            self.ctx.update(text, e.Cycle, c.id, **changes)

    def _facility(self, text: str, **changes) -> None:
        f = self.ctx.data().facility
        if any(getattr(f, k) != v for k, v in changes.items()):
            self.ctx.update(text, e.Facility, f.id, **changes)

    def _location_done(self) -> None:
        value = self.location.value()
        if value and value != self.ctx.data().cycle.community:
            self._cycle(self.tr("Change community location"), community=value)

    def _set_date(self, stage: str, kind: str, value: str) -> None:
        store, cid = self.ctx.store, self.ctx.cycle_id
        old = getattr(self.ctx.data().cycle.stage_dates.get(stage, e.StageDates()), kind)
        new = value or None
        self.ctx.edit(
            self.tr("Change date of {step}").format(step=tr_core("Stage", stage_name(stage))),
            lambda: store.set_stage_date(cid, stage, **{kind: new}),
            lambda: store.set_stage_date(cid, stage, **{kind: old}),
        )

    # --------------------------------------------------------------- refresh
    def refresh(self) -> None:
        d = self.ctx.data()
        c = d.cycle
        self.facility_name.set_value(d.facility.name)
        self.sector.set_code(d.facility.sector)
        self.location.set_value(c.community)
        prev = self.ctx.previous()
        if prev is None:
            text = self.tr("Round {n}").format(n=c.round_no)
        elif prev.cycle.finished_at:
            text = self.tr("Round {n}, following round {p} (finished on {date})").format(
                n=c.round_no,
                p=prev.cycle.round_no,
                date=format_date(prev.cycle.finished_at, long=True),
            )
        else:
            text = self.tr("Round {n}, following round {p} (not finished)").format(
                n=c.round_no, p=prev.cycle.round_no
            )
        self.round_label.setText(text)
        has_scores = bool(d.votes or d.tallies or any(s.value is not None for s in d.scores))
        self.scale.set_code(c.scale_code)
        self.scale.setEnabled(not has_scores)
        self.scale_note.setText(
            self.tr("The scale cannot change once scores are entered.") if has_scores else ""
        )
        self.scale_note.setVisible(has_scores)
        self.mode.set_code(c.scoring_mode)
        self.language.set_code(c.language)
        self.lead.set_value(c.lead_facilitator)
        self.next_review.set_value(c.next_review or "")
        self.others.set_value(", ".join(c.facilitators))
        self.training_label.setText(
            self.tr("TRAINING CYCLE: practice only, never synced to head office.")
            if c.training
            else self.tr("A real cycle (synced to head office).")
        )
        for code in STAGE_CODES:
            sd = c.stage_dates.get(code, e.StageDates())
            self.planned[code].set_value(sd.planned or "")
            self.actual[code].set_value(sd.actual or "")
        self.inner.setEnabled(c.status != "complete")  # a finished cycle is read-only


PAGE = SetupPage
