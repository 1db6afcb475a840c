"""Creating a cycle (new facility or community, or the next round of one) from the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from scorecard_app.core import entities as e
from scorecard_app.core.entities import CycleStatus
from scorecard_app.core.scales import SCALES
from scorecard_app.i18n import LANGUAGES
from scorecard_app.store import Store, StoreError

from .form_widgets import (  # noqa: F401 - the location helpers are also reached from here
    LEVELS,
    SEP,
    LocationEditor,
    join_location,
    measure_again,
    split_location,
)
from .forms.ui_cycle_setup import Ui_CycleSetupForm
from .i18n_bridge import tr_core, tr_error
from .i18n_runtime import Retranslatable


def known_parts(store: Store) -> list[list[str]]:
    """For each level, the names used before there (what autocompletion offers), each once:
    "north" and "North" are the same region, offered as first written."""
    return store.location_parts(len(LEVELS), SEP.strip())


def scale_items() -> list[tuple[str, str]]:
    return [(code, tr_core("Scale", s.name)) for code, s in SCALES.items()]


def mode_items() -> list[tuple[str, str]]:
    return [(code, tr_core("Vocabulary", w)) for code, w in e.SCORING_MODES.items()]


def sector_items() -> list[tuple[str, str]]:
    return [(code, tr_core("Vocabulary", w)) for code, w in e.SECTORS.items()]


def language_items() -> list[tuple[str, str]]:
    return [(code, f"{lang.native} ({lang.english})") for code, lang in LANGUAGES.items()]


class CycleSetupDialog(Retranslatable, QDialog):
    """Everything needed to open a new cycle. The round number follows from facility + place.
    The layout is ui/cycle_setup.ui; here are its items, its checks and what it creates."""

    NEW = "__new__"

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.created_id: str | None = None
        self.ui = ui = Ui_CycleSetupForm()
        ui.setupUi(self)
        self.facility, self.facility_name, self.sector = ui.facility, ui.facility_name, ui.sector
        self.location, self.round_label, self.scale = ui.location, ui.round_label, ui.scale
        self.mode, self.language, self.lead = ui.mode, ui.language, ui.lead
        self.others, self.training, self.error = ui.others, ui.training, ui.error
        # Our own words, not Qt's OK, which the box would put back on each language switch.
        self.ok_button = ui.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = ui.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.location.set_known(known_parts(store))
        facilities = [(f.id, f.name) for f in store.facilities()]
        self.facility.set_items(facilities + [(self.NEW, "")])
        self._previous_round_no: int | None = None
        self.retranslate_ui()
        measure_again(self)
        # nothing chosen yet: Enter must not open a next round of whatever is listed first
        self.facility.setCurrentIndex(-1)
        self.round_label.setMinimumHeight(self.fontMetrics().lineSpacing() * 2 + 4)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        self.facility.currentIndexChanged.connect(self._facility_changed)
        for ed in self.location.edits:
            ed.textChanged.connect(self._update_round)
        self.training.toggled.connect(self._update_round)
        self._facility_changed()

    def retranslate_ui(self) -> None:
        """The form's texts, then those made here (never from the store: a switch may come
        while the database is being closed)."""
        self.ui.retranslateUi(self)
        self.sector.set_items(sector_items())
        self.scale.set_items(scale_items())
        self.mode.set_items(mode_items())
        self.language.set_items(language_items())
        new = self.facility.findData(self.NEW)
        if new >= 0:
            self.facility.setItemText(new, self.tr("New facility…"))
        self.ok_button.setText(self.tr("Create cycle"))
        self.ok_button.setAccessibleName(self.tr("Create cycle"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self._show_round()

    # ----------------------------------------------------------------- state
    def _is_new_facility(self) -> bool:
        return self.facility.code() == self.NEW

    def _facility_changed(self) -> None:
        new = self._is_new_facility()
        self.facility_name.setEnabled(new)
        self.sector.setEnabled(new)
        if not new:
            f = self.store.get(e.Facility, self.facility.code())
            if f is not None:
                self.sector.set_code(f.sector)
            prev = self._latest_for_facility()
            if prev is not None and not any(ed.text() for ed in self.location.edits):
                self.location.set_value(prev.community)
        self._update_round()

    def _latest_for_facility(self) -> e.Cycle | None:
        rows = [c for c in self.store.list_cycles() if c.facility_id == self.facility.code()]
        if not rows:
            return None
        return self.store.get(e.Cycle, max(rows, key=lambda c: c.round_no).id)

    def previous_round(self) -> e.Cycle | None:
        if self._is_new_facility() or self.facility.code() is None:
            return None
        return self.store.latest_round(
            self.facility.code(),
            self.location.value(),
            real_only=not self.training.isChecked(),  # practice rounds never count as rounds
        )

    def _update_round(self) -> None:
        prev = self.previous_round()
        self._previous_round_no = None if prev is None else prev.round_no
        if prev is not None:
            self.scale.set_code(prev.scale_code)
            self.mode.set_code(prev.scoring_mode)
        self._show_round()

    def _show_round(self) -> None:
        p = self._previous_round_no
        if p is None:
            self.round_label.setText(self.tr("Round 1 (the first score card here)"))
        else:
            self.round_label.setText(
                self.tr(
                    "Round {n}, linked to round {p} (its indicators and actions carry on)"
                ).format(n=p + 1, p=p)
            )

    # ---------------------------------------------------------------- create
    def accept(self) -> None:
        try:
            self.created_id = self.create()
        except (StoreError, ValueError) as err:
            self.error.setText(tr_error(err))
            return
        super().accept()

    def create(self) -> str:
        community = self.location.value()
        if not community:
            raise ValueError(self.tr("Write at least the village of the community."))
        facility = None
        if self.facility.code() is None:
            raise ValueError(self.tr("Choose the facility first (or “New facility…”)."))
        if self._is_new_facility():
            name = self.facility_name.text().strip()
            if not name:
                raise ValueError(self.tr("Write the name of the new facility."))
            facility = e.Facility(name, sector=self.sector.code())
            facility_id = facility.id
        else:
            facility_id = self.facility.code()
        others = [n.strip() for n in self.others.text().split(",") if n.strip()]
        cycle = e.Cycle(
            facility_id,
            community,
            scale_code=self.scale.code(),
            scoring_mode=self.mode.code(),
            language=self.language.code(),
            training=self.training.isChecked(),
            lead_facilitator=self.lead.text().strip(),
            facilitators=others,
        )
        prev = self.previous_round()
        if prev is not None:  # a new round carries the indicators on, for trends
            return self.store.start_next_round(
                prev.id,
                scale_code=cycle.scale_code,
                scoring_mode=cycle.scoring_mode,
                language=cycle.language,
                training=cycle.training,
                lead_facilitator=cycle.lead_facilitator or prev.lead_facilitator,
                facilitators=others or list(prev.facilitators),
            ).id
        return self.store.create_cycle(cycle, facility).id


def create_cycle_interactively(window) -> str | None:
    dlg = CycleSetupDialog(window.store, window)
    if dlg.exec() == QDialog.DialogCode.Accepted:
        return dlg.created_id
    return None


def start_next_round(window, cycle_id: str) -> str | None:
    """Open the next round of a cycle after saying what carries over; returns its id."""
    store: Store = window.store
    data = store.load_cycle(cycle_id)
    c = data.cycle
    later = store.latest_round(c.facility_id, c.community, real_only=not c.training)
    if later is not None and later.round_no > c.round_no:
        QMessageBox.information(
            window,
            QCoreApplication.translate("MainWindow", "Next round"),
            QCoreApplication.translate(
                "MainWindow", "Round {n} of this place already exists; it is opened instead."
            ).format(n=later.round_no),
        )
        return later.id
    unfinished = (
        QCoreApplication.translate("MainWindow", "Round {r} is not finished yet.").format(
            r=c.round_no
        )
        + "\n\n"
        if c.status != CycleStatus.COMPLETE
        else ""
    )
    answer = QMessageBox.question(
        window,
        QCoreApplication.translate("MainWindow", "Start next round"),
        unfinished
        + QCoreApplication.translate(
            "MainWindow",
            "Start round {n} of {facility} in {community}?\n\nThe {k} indicators of round {r} "
            "are copied, so scores can be compared, and round {r}'s actions are reviewed "
            "in the follow-up.",
        ).format(
            n=c.round_no + 1,
            facility=data.facility.name,
            community=c.community,
            k=len(data.indicators),
            r=c.round_no,
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    return store.start_next_round(cycle_id).id
