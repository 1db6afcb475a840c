"""Step 8 — the interface meeting: community and provider scores side by side, the gap in
numbers and words, last round beside them, discussion notes per indicator, the meeting's date,
venue, notes and attendance. F11 puts the comparison on the projector. The layout is ui/interface_meeting.ui."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QWidget

from scorecard_app.core.aggregation import IndicatorResult, indicator_results
from scorecard_app.core.entities import CycleData, InterfaceMeeting
from scorecard_app.core.scales import Scale
from scorecard_app.core.text import QT_TRANSLATE_NOOP
from scorecard_app.gui.context import CycleContext
from scorecard_app.gui.field_message import say_not_saved
from scorecard_app.gui.form_widgets import retranslate_model
from scorecard_app.gui.forms.ui_interface_meeting import Ui_InterfaceMeetingForm
from scorecard_app.gui.i18n_runtime import (
    FollowsLanguage,
    current_language,
    display_value,  # core rule, locale decimal mark
)
from scorecard_app.gui.photos import PhotoStrip
from scorecard_app.gui.projector import ProjectorRow, ProjectorView
from scorecard_app.gui.scale_widgets import (
    change_words,
    face_icon,
    gap_words,
    score_sentence,
    score_text,
)
from scorecard_app.i18n import translator

from .base import StepPage

R = Qt.ItemDataRole

# Projector lines, said in the session's language (see session_speaker).
_CTX = "InterfaceMeetingPage"
_TITLE = QT_TRANSLATE_NOOP(
    "InterfaceMeetingPage", "{facility} — community and providers, round {r}"
)
_PREVIOUS = QT_TRANSLATE_NOOP("InterfaceMeetingPage", "Round {r}: community {c} · providers {p}")


def session_speaker(lang: str):
    """translate(context, text) in the session's language, from the same catalogues the GUI's
    .qm files are compiled from; the interface language's translators when they are the same."""
    if not lang or lang == current_language():
        return QCoreApplication.translate
    try:
        return translator(lang)
    except ValueError:  # a language this version does not know: the interface's then
        return QCoreApplication.translate


class ComparisonModel(QAbstractTableModel):
    """Rows: shared indicators. Columns: community, providers, gap, last round, change, notes."""

    COLS = 7
    NOTES = 6

    def __init__(self, ctx: CycleContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.results: list[IndicatorResult] = []
        self.notes: dict[str, str] = {}
        self.scale: Scale = ctx.data().cycle.scale
        self.prev_round: int | None = None
        self.last_commit_ok = True

    def load(self, data: CycleData, previous: CycleData | None) -> None:
        # shared indicators first, then the providers' own (scored by them only, but discussed
        # at the meeting and counted in the results like the others)
        every = indicator_results(data, previous)
        results = [r for r in every if not r.indicator.provider_only]
        results += [r for r in every if r.indicator.provider_only]
        same = [r.indicator.id for r in results] == [r.indicator.id for r in self.results]
        if not same:
            self.beginResetModel()
        self.results = results
        self.scale = data.cycle.scale
        self.prev_round = previous.cycle.round_no if previous else None
        self.notes = dict(data.meeting.indicator_notes) if data.meeting else {}
        if same:
            if results:
                self.dataChanged.emit(self.index(0, 0), self.index(len(results) - 1, self.COLS - 1))
        else:
            self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.results)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLS

    def headerData(self, section, orientation, role=R.DisplayRole):
        if role != R.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        prev = (
            self.tr("Round {r}\ncomm. · prov.").format(r=self.prev_round)
            if self.prev_round
            else self.tr("Last round")
        )
        return (
            self.tr("Indicator"),
            self.tr("Community"),
            self.tr("Providers"),
            self.tr("Gap"),
            prev,
            self.tr("Change"),
            self.tr("Discussion notes"),
        )[section]

    def flags(self, index):
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return f | Qt.ItemFlag.ItemIsEditable if index.column() == self.NOTES else f

    def _prev_text(self, r: IndicatorResult) -> str:
        if r.previous_community is None and r.previous_provider is None:
            return "–"
        return f"{display_value(r.previous_community)} · {display_value(r.previous_provider)}"

    def data(self, index, role=R.DisplayRole):
        if not index.isValid():
            return None
        r = self.results[index.row()]
        ind, col, s = r.indicator, index.column(), self.scale
        if col == 0:
            if role not in (R.DisplayRole, R.ToolTipRole, R.AccessibleTextRole):
                return None
            if ind.provider_only:
                return self.tr("{text} (providers' own)").format(text=ind.text)
            return ind.text
        if col in (1, 2):
            v = r.community if col == 1 else r.provider
            who = self.tr("Community") if col == 1 else self.tr("Providers")
            if role == R.DisplayRole:
                return score_text(s, v) if v is not None else "–"
            if role == R.DecorationRole:
                return face_icon(s, v)
            if role == R.AccessibleTextRole:
                return f"{who}, {ind.text}: {score_sentence(s, v)}"
            return None
        if col == 3:
            if role in (R.DisplayRole, R.ToolTipRole):
                num = "" if r.gap is None else f"{'+' if r.gap > 0 else ''}{display_value(r.gap)}"
                return f"{num}  {gap_words(r.gap)}".strip()
            if role == R.AccessibleTextRole:
                return f"{ind.text}: {gap_words(r.gap)}"
            return None
        if col == 4:
            if role == R.DisplayRole:
                return self._prev_text(r)
            if role in (R.AccessibleTextRole, R.ToolTipRole):
                return self.tr("Last round, {indicator}: community {c}, providers {p}").format(
                    indicator=ind.text,
                    c=display_value(r.previous_community),
                    p=display_value(r.previous_provider),
                )
            return None
        if col == 5:
            if role in (R.DisplayRole, R.AccessibleTextRole, R.ToolTipRole):
                return change_words(r.change, self.prev_round)
            return None
        note = self.notes.get(ind.id, "")
        if role in (R.DisplayRole, R.EditRole, R.ToolTipRole):
            return note
        if role == R.AccessibleTextRole:
            return self.tr("Discussion notes for {indicator}: {text}").format(
                indicator=ind.text, text=note or self.tr("empty")
            )
        return None

    def setData(self, index, value, role=R.EditRole) -> bool:
        if role != R.EditRole or index.column() != self.NOTES:
            return False
        ind = self.results[index.row()].indicator
        text = str(value).strip()
        if text == self.notes.get(ind.id, ""):
            self.last_commit_ok = True
            return True
        notes = dict(self.notes)
        if text:
            notes[ind.id] = text
        else:
            notes.pop(ind.id, None)
        self.last_commit_ok = save_meeting(
            self.ctx,
            self.tr("Discussion notes for {indicator}").format(indicator=ind.text),
            indicator_notes=notes,
        )
        return self.last_commit_ok


def save_meeting(ctx: CycleContext, label: str, **changes) -> bool:
    """One undoable edit of the meeting record, creating it on the first change."""
    m = ctx.data().meeting
    if m is None:
        return ctx.add(label, InterfaceMeeting(ctx.cycle_id, **changes))
    return ctx.update(label, InterfaceMeeting, m.id, **changes)


class InterfaceMeetingPage(FollowsLanguage, StepPage, Ui_InterfaceMeetingForm):
    stage = "interface_meeting"

    def __init__(self, ctx: CycleContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setupUi(self)
        self.model = ComparisonModel(ctx, self)
        self.table.setModel(self.model)
        h = self.table.horizontalHeader()
        h.setMinimumHeight(self.fontMetrics().lineSpacing() * 2 + 10)
        widths = (205, 125, 125, 205, 95, 168)
        for c, w in enumerate(widths):
            h.resizeSection(c, w)
        h.setSectionResizeMode(ComparisonModel.NOTES, QHeaderView.ResizeMode.Stretch)
        self.projector_button.clicked.connect(self.open_projector)
        self.projector: ProjectorView | None = None

        # the meeting itself
        self.held_on.committed.connect(lambda v: self._save("held_on", v, self.tr("Meeting date")))
        self.held_on.refused.connect(self._show_message)
        self.venue.editingFinished.connect(
            lambda: self._save("venue", self.venue.text().strip(), self.tr("Meeting venue"))
        )
        self.notes.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.notes.committed.connect(
            lambda: self._save("notes", self.notes.toPlainText().strip(), self.tr("Meeting notes"))
        )
        self.community_count.editingFinished.connect(
            lambda: self._save(
                "community_attendees", self.community_count.value(), self.tr("Attendance")
            )
        )
        self.provider_count.editingFinished.connect(
            lambda: self._save(
                "provider_attendees", self.provider_count.value(), self.tr("Attendance")
            )
        )
        self._name_spin_edits()
        self.new_official.returnPressed.connect(self.add_official)
        self.add_official_button.clicked.connect(self.add_official)
        self.remove_official_button.clicked.connect(self.remove_official)
        self.officials.addAction(self.remove_official_key)
        self.remove_official_key.triggered.connect(self.remove_official)
        self.officials.setMaximumHeight(self.fontMetrics().lineSpacing() * 6 + 8)
        self.photos = PhotoStrip(ctx, lambda: "meeting")
        self.photos_layout.addWidget(self.photos)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 1)
        self.message.hide()
        ctx.error.connect(self._show_message)

    def _name_spin_edits(self) -> None:
        for spin in (self.community_count, self.provider_count):  # its inner edit takes focus
            spin.lineEdit().setAccessibleName(spin.accessibleName())

    def retranslate_more(self) -> None:
        self._name_spin_edits()
        retranslate_model(self.model)

    # ---------------------------------------------------------------- saving
    def _save(self, field: str, value, label: str) -> None:
        m = self.ctx.data().meeting
        current = getattr(m, field) if m else getattr(InterfaceMeeting(""), field)
        if value != current:
            save_meeting(self.ctx, label, **{field: value})

    def _show_message(self, text: str) -> None:
        """Said next to the field it is about (see field_message)."""
        self.message.setText(text)
        sender = self.sender()
        say_not_saved(text, sender if isinstance(sender, QWidget) else None)

    def add_official(self) -> None:
        name = self.new_official.text().strip()
        if not name:
            return
        m = self.ctx.data().meeting
        officials = list(m.officials) if m else []
        officials.append(name)
        if save_meeting(
            self.ctx, self.tr("Add official {name}").format(name=name), officials=officials
        ):
            self.new_official.clear()

    def remove_official(self) -> None:
        row = self.officials.currentRow()
        m = self.ctx.data().meeting
        if row < 0 or m is None or row >= len(m.officials):
            return
        officials = list(m.officials)
        name = officials.pop(row)
        save_meeting(
            self.ctx, self.tr("Remove official {name}").format(name=name), officials=officials
        )

    # --------------------------------------------------------------- showing
    def refresh(self) -> None:
        data = self.ctx.data()
        prev = self.ctx.previous()
        self.model.load(data, prev)
        self.photos.refresh()
        rs = self.model.results
        both = [r for r in rs if r.gap is not None]
        providers_higher = sum(1 for r in both if r.gap < 0)
        self.summary.setText(
            self.tr(
                "{n} indicators compared; providers rate themselves higher on {h} of them."
            ).format(n=len(both), h=providers_higher)
            if both
            else self.tr("Scores from both sides appear here once they are entered.")
        )
        m = data.meeting or InterfaceMeeting(data.cycle.id)
        self._set_quietly(self.held_on, lambda: self.held_on.set_value(m.held_on))
        self._set_quietly(self.venue, lambda: self.venue.setText(m.venue))
        self._set_quietly(self.notes, lambda: self.notes.setPlainText(m.notes))
        self._set_quietly(
            self.community_count, lambda: self.community_count.setValue(m.community_attendees)
        )
        self._set_quietly(
            self.provider_count, lambda: self.provider_count.setValue(m.provider_attendees)
        )
        row = self.officials.currentRow()
        self.officials.clear()
        self.officials.addItems(m.officials)
        if m.officials:
            self.officials.setCurrentRow(min(max(row, 0), len(m.officials) - 1))
        if self.projector is not None:
            self.projector.rows = self.projector_rows()
            self.projector.show_page(self.projector.page)

    @staticmethod
    def _set_quietly(widget: QWidget, setter) -> None:
        """Show the stored value without echoing a save, and not under the user's cursor."""
        if widget.hasFocus():
            return
        widget.blockSignals(True)
        setter()
        widget.blockSignals(False)

    def projector_rows(self, speak=None) -> list[ProjectorRow]:
        speak = speak or QCoreApplication.translate
        out = []
        for r in self.model.results:
            if r.indicator.provider_only:  # the projector compares both sides' scores
                continue
            prev = ""
            if self.model.prev_round and (
                r.previous_community is not None or r.previous_provider is not None
            ):
                prev = speak(_CTX, _PREVIOUS).format(
                    r=self.model.prev_round,
                    c=display_value(r.previous_community),
                    p=display_value(r.previous_provider),
                )
            out.append(
                ProjectorRow(
                    r.indicator.text, r.community, r.provider, r.gap, prev, r.indicator.pictogram
                )
            )
        return out

    def open_projector(self) -> ProjectorView:
        if self.projector is None:
            data = self.ctx.data()
            speak = session_speaker(data.cycle.language)
            self.projector = ProjectorView(
                speak(_CTX, _TITLE).format(facility=data.facility.name, r=data.cycle.round_no),
                data.cycle.scale,
                self.projector_rows(speak),
                self,
                speak=speak,
            )
            self.projector.closed.connect(self._projector_closed)
            self.projector.showFullScreen()
        self.projector.activateWindow()
        self.projector.setFocus()
        return self.projector

    def _projector_closed(self) -> None:
        if self.projector is not None:
            self.projector.deleteLater()
            self.projector = None
        self.table.setFocus()

    def tips(self) -> str:
        return self.tr(
            "Show both sides' scores on the projector (F11). Start with the biggest gaps; ask "
            "each side to explain, and note what was said for each indicator."
        )


PAGE = InterfaceMeetingPage
