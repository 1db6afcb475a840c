"""Indicators: chosen from the ranked issues and the library, custom ones added, put in order.

Once scoring has started the list is locked; unlocking says what it affects and asks first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QMessageBox

from scorecard_app.assets import library_indicators
from scorecard_app.core import entities as e
from scorecard_app.gui.form_widgets import measure_again
from scorecard_app.gui.forms.ui_indicators import Ui_IndicatorsForm
from scorecard_app.gui.i18n_runtime import Retranslatable
from scorecard_app.gui.pictogram_icons import show_pictogram
from scorecard_app.i18n.library import library_text
from scorecard_app.store.replica import published_library, pull_position

from .base import StepPage
from .fields import on_delete_key
from .issues import ranked_issues


def scoring_started(d: e.CycleData) -> bool:
    return bool(d.votes or d.tallies or any(s.value is not None for s in d.scores))


class IndicatorsPage(Retranslatable, StepPage):
    """The layout is ui/indicators.ui; here are the lists, the lock and the edits."""

    stage = "indicators"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.unlocked = False
        self.ui = ui = Ui_IndicatorsForm()
        ui.setupUi(self)
        # -- sources
        self.issue_list, self.add_issue_button = ui.issue_list, ui.add_issue_button
        self.search, self.library, self.add_lib_button = ui.search, ui.library, ui.add_lib_button
        self.custom, self.sources = ui.custom, ui.sources
        self.issue_list.itemActivated.connect(lambda _i: self.add_from_issue())
        self.add_issue_button.clicked.connect(self.add_from_issue)
        self.search.textChanged.connect(self._filter_library)
        self.search.returnPressed.connect(self._search_enter)
        self.library.itemActivated.connect(lambda _i: self.add_from_library())
        self.add_lib_button.clicked.connect(self.add_from_library)
        self.custom.returnPressed.connect(self.add_custom)

        # -- the chosen list
        self.lock_label, self.unlock_button, self.chosen = (
            ui.lock_label,
            ui.unlock_button,
            ui.chosen,
        )
        self.text_edit, self.up_button = ui.text_edit, ui.up_button
        self.down_button, self.remove_button = ui.down_button, ui.remove_button
        self.unlock_button.clicked.connect(self.ask_unlock)
        self.chosen.currentRowChanged.connect(lambda _r: self._show_current())
        on_delete_key(self.chosen, self.remove)
        self.text_edit.committed.connect(self.rename)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.remove_button.clicked.connect(self.remove)
        ui.move_up_action.triggered.connect(lambda: self.move(-1))
        ui.move_down_action.triggered.connect(lambda: self.move(1))
        ui.split.setSizes([500, 560])
        self._lib_sector: tuple | None = None
        measure_again(self)

    def retranslate_ui(self) -> None:
        self.ui.retranslateUi(self)

    # ----------------------------------------------------------------- state
    def editable(self) -> bool:
        d = self.ctx.data()
        return not d.cycle.is_complete and (self.unlocked or not scoring_started(d))

    def current_indicator(self) -> e.Indicator | None:
        item = self.chosen.currentItem()
        return self.ctx.data().indicator(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def ask_unlock(self) -> None:
        d = self.ctx.data()
        scores = sum(1 for s in d.scores if s.value is not None)
        answer = QMessageBox.question(
            self,
            self.tr("Unlock the indicators?"),
            self.tr(
                "Scoring has started: {scores} group scores, {votes} individual votes and "
                "{tallies} show-of-hands counts are entered.\n\nIf you remove an indicator, its "
                "scores are hidden from the results. If you add one, groups that have already "
                "scored must score it too. Renaming changes what people scored.\n\n"
                "Unlock anyway?"
            ).format(scores=scores, votes=len(d.votes), tallies=len(d.tallies)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.unlocked = True
            self.refresh()

    def _refuse_if_locked(self) -> bool:
        if self.editable():
            return False
        self.ctx.error.emit(
            self.tr("The indicators are locked because scoring has started. Unlock them first.")
        )
        return True

    # ----------------------------------------------------------------- edits
    def _next_position(self) -> int:
        return max((i.position for i in self.ctx.data().indicators), default=-1) + 1

    def _add(self, ind: e.Indicator) -> None:
        if self._refuse_if_locked():
            return
        if any(
            i.text.casefold() == ind.text.casefold() or (not ind.is_custom and i.code == ind.code)
            for i in self.ctx.data().indicators
        ):
            self.ctx.error.emit(self.tr("“{text}” is already an indicator.").format(text=ind.text))
            return
        if self.ctx.add(self.tr("Add indicator {text}").format(text=ind.text), ind):
            self._select(ind.id)

    def add_from_issue(self) -> None:
        item = self.issue_list.currentItem()
        if item is None:
            return
        issue_id = item.data(Qt.ItemDataRole.UserRole)
        issue = next(i for i in self.ctx.data().issues if i.id == issue_id)
        self._add(
            e.Indicator(
                self.ctx.cycle_id,
                issue.text,
                position=self._next_position(),
                source_issue_id=issue.id,
            )
        )

    def add_from_library(self) -> None:
        item = self.library.currentItem()
        if item is None or item.isHidden():
            return
        lib = item.data(Qt.ItemDataRole.UserRole)
        if lib.get("withdrawn"):
            self.ctx.error.emit(
                self.tr("Head office has withdrawn “{text}” from the library.").format(
                    text=lib["shown"]
                )
            )
            return
        self._add(
            e.Indicator(
                self.ctx.cycle_id,
                lib["shown"],  # in the session's language: it is read out and printed
                code=lib["code"],
                pictogram=lib.get("pictogram", ""),
                position=self._next_position(),
            )
        )

    def add_custom(self) -> None:
        text = self.custom.text().strip()
        if not text:
            return
        before = len(self.ctx.data().indicators)
        self._add(e.Indicator(self.ctx.cycle_id, text, position=self._next_position()))
        if len(self.ctx.data().indicators) > before:
            self.custom.set_value("")
            self.custom.clear()

    def rename(self, text: str) -> None:
        ind = self.current_indicator()
        if ind is None or not text or text == ind.text or self._refuse_if_locked():
            self._show_current()
            return
        self.ctx.update(self.tr("Rename indicator"), e.Indicator, ind.id, text=text)

    def remove(self) -> None:
        ind = self.current_indicator()
        if ind is None or self._refuse_if_locked():
            return
        self.ctx.remove(
            self.tr("Remove indicator {text}").format(text=ind.text), e.Indicator, ind.id
        )

    def move(self, step: int) -> None:
        row = self.chosen.currentRow()
        ids = [
            self.chosen.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.chosen.count())
        ]
        target = row + step
        if row < 0 or not (0 <= target < len(ids)) or self._refuse_if_locked():
            return
        moved = ids[row]
        ids[row], ids[target] = ids[target], ids[row]
        store = self.ctx.store
        old: list[str] = []

        def redo():
            old[:] = store.reorder(e.Indicator, ids)

        if self.ctx.edit(
            self.tr("Move indicator"), redo, lambda: store.reorder(e.Indicator, list(old))
        ):
            self._select(moved)

    # --------------------------------------------------------------- refresh
    def _select(self, indicator_id: str) -> None:
        for r in range(self.chosen.count()):
            if self.chosen.item(r).data(Qt.ItemDataRole.UserRole) == indicator_id:
                self.chosen.setCurrentRow(r)

    def _show_current(self) -> None:
        ind = self.current_indicator()
        self.text_edit.set_value(ind.text if ind else "")

    def _filter_library(self, text: str) -> None:
        words = text.casefold().split()
        for r in range(self.library.count()):
            item = self.library.item(r)
            hay = (item.text() + " " + item.toolTip()).casefold()
            item.setHidden(not all(w in hay for w in words))
        visible = [r for r in range(self.library.count()) if not self.library.item(r).isHidden()]
        if visible:
            self.library.setCurrentRow(visible[0])

    def _search_enter(self) -> None:
        self.library.setFocus()

    def _fill_library(self, sector: str, lang: str) -> None:
        """The library that ships with the app, with what head office published since: new
        indicators added, withdrawn ones marked (and refused when chosen)."""
        published = {p["code"]: p for p in published_library(self.ctx.store)}
        key = (sector, lang, pull_position(self.ctx.store))
        if key == self._lib_sector:
            return
        self._lib_sector = key
        self.library.clear()
        shipped = library_indicators()
        known = {i["code"] for i in shipped}
        new = [
            {k: p[k] for k in ("code", "sector", "text", "pictogram") if k in p}
            for code, p in published.items()
            if code not in known and not p["withdrawn"]
        ]
        every = shipped + new
        own = [i for i in every if i["sector"] == sector]
        others = [i for i in every if i["sector"] != sector]
        for lib in own + others:
            shown = library_text(lib["code"], lang) if lib["code"] in known else lib["text"]
            label = f"{lib['code']} — {shown}"
            withdrawn = published.get(lib["code"], {}).get("withdrawn", False)
            if withdrawn:
                label += "  " + self.tr("(withdrawn by head office)")
            elif lib["code"] not in known:
                label += "  " + self.tr("(new from head office)")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, dict(lib, shown=shown, withdrawn=withdrawn))
            if shown != lib["text"]:  # the English words stay searchable
                item.setToolTip(lib["text"])
            self.library.addItem(item)
            show_pictogram(item, lib.get("pictogram", ""))
        self._filter_library(self.search.text())

    def refresh(self) -> None:
        d = self.ctx.data()
        self._fill_library(d.facility.sector, d.cycle.language)
        current = self.current_indicator()
        self.chosen.blockSignals(True)
        self.chosen.clear()
        for n, ind in enumerate(d.indicators, start=1):
            origin = (
                self.tr("providers' own")
                if ind.provider_only
                else self.tr("from the issues")
                if ind.source_issue_id
                else self.tr("custom")
                if ind.is_custom
                else ind.code
            )
            item = QListWidgetItem(f"{n}. {ind.text}  ({origin})")
            item.setData(Qt.ItemDataRole.UserRole, ind.id)
            self.chosen.addItem(item)
            show_pictogram(item, ind.pictogram)
        self.chosen.blockSignals(False)
        if current is not None:
            self._select(current.id)
        self._show_current()

        used = {i.source_issue_id for i in d.indicators} | {i.text.casefold() for i in d.indicators}
        issue_row = self.issue_list.currentRow()
        self.issue_list.clear()
        for r in ranked_issues(d):
            mark = "✓ " if (r.issue.id in used or r.issue.text.casefold() in used) else ""
            item = QListWidgetItem(
                mark
                + self.tr(
                    "{text} — raised by %n group(s), {votes} votes", "", len(r.groups)
                ).format(text=r.issue.text, votes=r.votes)
            )
            item.setData(Qt.ItemDataRole.UserRole, r.issue.id)
            self.issue_list.addItem(item)
        if 0 <= issue_row < self.issue_list.count():
            self.issue_list.setCurrentRow(issue_row)

        started = scoring_started(d)
        editable = self.editable()
        if d.cycle.is_complete:
            self.lock_label.setText(self.tr("The cycle is finished; the indicators are fixed."))
        elif started and not self.unlocked:
            self.lock_label.setText(
                self.tr("Locked: scoring has started, so the indicators stay as they are.")
            )
        elif started:
            self.lock_label.setText(self.tr("Unlocked for changes, although scoring has started."))
        else:
            self.lock_label.setText(
                self.tr("%n indicator(s) chosen. Aim for 5 to 8.", "", len(d.shared_indicators))
            )
        self.unlock_button.setVisible(started and not self.unlocked and not d.cycle.is_complete)
        for w in (
            self.add_issue_button,
            self.add_lib_button,
            self.custom,
            self.text_edit,
            self.up_button,
            self.down_button,
            self.remove_button,
        ):
            w.setEnabled(editable)


PAGE = IndicatorsPage
