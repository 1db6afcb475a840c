"""Creating a cycle (new facility or community, or the next round of one) from the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from scorecard_app.core import entities as e
from scorecard_app.core.scales import SCALES
from scorecard_app.i18n import LANGUAGES
from scorecard_app.store import Store, StoreError

from .i18n_bridge import tr_core
from .steps.fields import CodeCombo

LEVELS = ("region", "district", "commune", "village")
SEP = " › "


def join_location(parts: list[str]) -> str:
    return SEP.join(p.strip() for p in parts if p.strip())


def split_location(community: str) -> list[str]:
    """The location's parts, region first, padded to four (a short path fills from the top)."""
    parts = [p.strip() for p in community.split("›") if p.strip()]
    return (parts + [""] * len(LEVELS))[: len(LEVELS)] if len(parts) <= len(LEVELS) else parts


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


class LocationEditor(QWidget):
    """Region › District › Commune › Village, each autocompleted from earlier cycles."""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        names = (self.tr("Region"), self.tr("District"), self.tr("Commune"), self.tr("Village"))
        self.edits: list[QLineEdit] = []
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for i, (name, known) in enumerate(zip(names, known_parts(store), strict=True)):
            if i:
                lay.addWidget(QLabel("›"))
            edit = QLineEdit()
            edit.setPlaceholderText(name)
            edit.setAccessibleName(name)
            comp = QCompleter(known, edit)
            comp.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            comp.setFilterMode(Qt.MatchFlag.MatchContains)
            edit.setCompleter(comp)
            lay.addWidget(edit, 1)
            self.edits.append(edit)

    def value(self) -> str:
        return join_location([ed.text() for ed in self.edits])

    def set_value(self, community: str) -> None:
        for ed, part in zip(self.edits, split_location(community), strict=False):
            if not ed.hasFocus():
                ed.setText(part)


class CycleSetupDialog(QDialog):
    """Everything needed to open a new cycle. The round number follows from facility + place."""

    NEW = "__new__"

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.created_id: str | None = None
        self.setWindowTitle(self.tr("New score card cycle"))
        self.setMinimumWidth(780)
        facilities = [(f.id, f.name) for f in store.facilities()]
        self.facility = CodeCombo(
            self.tr("Facility"), facilities + [(self.NEW, self.tr("New facility…"))]
        )
        # nothing chosen yet: Enter must not open a next round of whatever is listed first
        self.facility.setPlaceholderText(self.tr("Choose a facility…"))
        self.facility.setCurrentIndex(-1)
        self.facility_name = QLineEdit()
        self.facility_name.setAccessibleName(self.tr("New facility name"))
        self.facility_name.setPlaceholderText(self.tr("e.g. Riverside Health Centre"))
        self.sector = CodeCombo(self.tr("Sector"), sector_items())
        self.location = LocationEditor(store)
        self.round_label = QLabel()
        self.round_label.setAccessibleName(self.tr("Round"))
        self.round_label.setWordWrap(True)
        self.round_label.setMinimumHeight(self.fontMetrics().lineSpacing() * 2 + 4)
        self.scale = CodeCombo(self.tr("Scale"), scale_items())
        self.mode = CodeCombo(self.tr("Scoring mode"), mode_items())
        self.language = CodeCombo(self.tr("Session language"), language_items())
        self.lead = QLineEdit()
        self.lead.setAccessibleName(self.tr("Lead facilitator"))
        self.others = QLineEdit()
        self.others.setAccessibleName(self.tr("Other facilitators"))
        self.others.setPlaceholderText(self.tr("Names, separated by commas"))
        self.training = QCheckBox(self.tr("&Training cycle"))
        self.training.setAccessibleName(self.tr("Training cycle"))
        training_note = QLabel(
            self.tr("Practice only: marked as training on every screen and never synced.")
        )
        training_note.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Facility:"), self.facility)
        form.addRow(self.tr("New facility &name:"), self.facility_name)
        form.addRow(self.tr("Se&ctor:"), self.sector)
        form.addRow(self.tr("Community &location:"), self.location)
        form.addRow(self.tr("Round:"), self.round_label)
        form.addRow(self.tr("&Scale:"), self.scale)
        form.addRow(self.tr("Scoring &mode:"), self.mode)
        form.addRow(self.tr("Session lan&guage:"), self.language)
        form.addRow(self.tr("Lea&d facilitator:"), self.lead)
        form.addRow(self.tr("&Other facilitators:"), self.others)
        form.addRow("", self.training)
        form.addRow("", training_note)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setObjectName("error")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create cycle"))
        self.ok_button.setAccessibleName(self.tr("Create cycle"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

        self.facility.currentIndexChanged.connect(self._facility_changed)
        for ed in self.location.edits:
            ed.textChanged.connect(self._update_round)
        self.training.toggled.connect(self._update_round)
        self._facility_changed()

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
        if prev is None:
            self.round_label.setText(self.tr("Round 1 (the first score card here)"))
        else:
            self.round_label.setText(
                self.tr(
                    "Round {n}, linked to round {p} (its indicators and actions carry on)"
                ).format(n=prev.round_no + 1, p=prev.round_no)
            )
            self.scale.set_code(prev.scale_code)
            self.mode.set_code(prev.scoring_mode)

    # ---------------------------------------------------------------- create
    def accept(self) -> None:
        try:
            self.created_id = self.create()
        except (StoreError, ValueError) as err:
            self.error.setText(str(err))
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
        if c.status != "complete"
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
