"""Setup: the facility, the place, the round, the scale and mode, the facilitators, the dates."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from scorecard_app.core import entities as e
from scorecard_app.core.stages import STAGE_CODES, stage_name
from scorecard_app.gui.cycle_setup import (
    known_parts,
    language_items,
    mode_items,
    scale_items,
    sector_items,
)
from scorecard_app.gui.field_message import say_not_saved
from scorecard_app.gui.form_widgets import FormDateLineEdit, measure_again
from scorecard_app.gui.forms.ui_setup import Ui_SetupForm
from scorecard_app.gui.i18n_bridge import tr_core
from scorecard_app.gui.i18n_runtime import Retranslatable, format_date

from .base import StepPage


class SetupPage(Retranslatable, StepPage):
    """The layout is ui/setup.ui; the rows of step dates follow the stages of core."""

    stage = "setup"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.ui = ui = Ui_SetupForm()
        ui.setupUi(self)
        self.facility_name, self.sector, self.location = ui.facility_name, ui.sector, ui.location
        self.round_label, self.scale, self.scale_note = ui.round_label, ui.scale, ui.scale_note
        self.mode, self.language, self.lead = ui.mode, ui.language, ui.lead
        self.others, self.training_label = ui.others, ui.training_label
        self.next_review, self.inner = ui.next_review, ui.inner
        self.location.set_known(known_parts(ctx.store))
        self.planned: dict[str, FormDateLineEdit] = {}
        self.actual: dict[str, FormDateLineEdit] = {}
        self.step_names: dict[str, QLabel] = {}
        for row, code in enumerate(STAGE_CODES, start=1):
            self.step_names[code] = QLabel(ui.dates_box)
            ui.dates.addWidget(self.step_names[code], row, 0)
            for col, (store_in, kind) in enumerate(
                ((self.planned, "planned"), (self.actual, "actual")), start=1
            ):
                ed = FormDateLineEdit(ui.dates_box)
                ed.setObjectName(f"{kind}_{code}")
                ed.committed.connect(lambda v, s=code, k=kind: self._set_date(s, k, v))
                ed.refused.connect(lambda t, ed=ed: say_not_saved(t, ed))
                ui.dates.addWidget(ed, row, col)
                store_in[code] = ed
        ui.dates.setRowStretch(len(STAGE_CODES) + 1, 1)
        self.retranslate_ui()
        measure_again(self)

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

    def retranslate_ui(self) -> None:
        """The form's texts, then the lists and the step rows made here."""
        self.ui.retranslateUi(self)
        self.sector.set_items(sector_items())
        self.scale.set_items(scale_items())
        self.mode.set_items(mode_items())
        self.language.set_items(language_items())
        for code in STAGE_CODES:
            name = tr_core("Stage", stage_name(code))
            self.step_names[code].setText(name)
            self.planned[code].setAccessibleName(
                self.tr("Planned date of {step}").format(step=name)
            )
            self.actual[code].setAccessibleName(self.tr("Actual date of {step}").format(step=name))

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
        self.inner.setEnabled(not c.is_complete)  # a finished cycle is read-only


PAGE = SetupPage
