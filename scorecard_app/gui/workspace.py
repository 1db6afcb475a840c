"""An open cycle: the step navigator on the side, the current step's page beside it."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from scorecard_app.core import entities as e
from scorecard_app.core.checks import (
    AFTER_FINISH,
    check_before_finish,
    check_stage,
    inclusion_warnings,
)
from scorecard_app.core.stages import STAGE_CODES, stage_name
from scorecard_app.store import Store, StoreError

from .context import CycleContext
from .i18n_bridge import tr_core, tr_error, tr_message
from .steps import page_class
from .steps.base import KEEP_WHEN_LOCKED
from .tips import TipsPanel
from .typing_pause import save_while_typing


class StepNavigator(QListWidget):
    """The ten steps, each with its completeness ("✓ done" or "3 to do") in words."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Steps"))
        for code in STAGE_CODES:
            item = QListWidgetItem(tr_core("Stage", stage_name(code)))
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.addItem(item)

    def show_completeness(self, missing: dict[str, int]) -> None:
        for row, code in enumerate(STAGE_CODES):
            n = missing.get(code, 0)
            name = tr_core("Stage", stage_name(code))
            status = self.tr("done") if n == 0 else self.tr("%n to do", "", n)
            mark = "✓" if n == 0 else "•"
            item = self.item(row)
            item.setText(f"{row + 1}. {name}\n    {mark} {status}")
            item.setToolTip(status)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{name}: {status}")


def missing_sentences(data: e.CycleData) -> list[tuple[str, list[str]]]:
    """What is still missing, per step (translated step name, plain sentences)."""
    return [
        (tr_core("Stage", stage_name(stage)), [tr_message(m) for m in msgs])
        for stage, msgs in check_before_finish(data).items()
        if msgs
    ]


class FinishDialog(QDialog):
    """Lists in plain sentences what is missing; finishing locks the cycle against changes."""

    def __init__(self, data: e.CycleData, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Finish cycle"))
        self.resize(620, 460)
        missing = missing_sentences(data)
        count = sum(len(m) for _s, m in missing)
        intro = QLabel(
            self.tr("Everything is complete.")
            if not count
            else self.tr("%n thing(s) are still missing:", "", count)
        )
        self.report = QTextBrowser()
        self.report.setAccessibleName(self.tr("What is missing"))
        sections = list(missing)
        warnings = [tr_message(m) for m in inclusion_warnings(data)]
        if warnings:  # worth saying before locking, but not required
            sections.append((self.tr("Who may have been left out (not required)"), warnings))
        lines = []
        for title, msgs in sections:  # the texts hold user input: escape them
            lines.append(f"<h4>{html.escape(title)}</h4><ul>")
            lines += [f"<li>{html.escape(m)}</li>" for m in msgs]
            lines.append("</ul>")
        self.report.setHtml("".join(lines))
        self.report.setVisible(bool(sections))
        note = QLabel(
            self.tr(
                "Finishing locks the cycle: nothing can be changed any more, except the "
                "follow-up of actions. It can be reopened later, with a reason."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.finish_button = buttons.addButton(
            self.tr("Finish and lock") if not count else self.tr("Finish anyway and lock"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.finish_button.setAccessibleName(self.tr("Finish and lock"))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.report, 1)
        lay.addWidget(note)
        lay.addWidget(buttons)
        self.missing_count = count
        if not sections:
            lay.insertStretch(1, 1)
            self.resize(560, 200)


class ReopenDialog(QDialog):
    """Reopening needs a reason; it is kept in the cycle's log."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reopen cycle"))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason for reopening"))
        self.reason.setPlaceholderText(self.tr("e.g. Two votes of the youth group were missing"))
        label = QLabel(self.tr("&Why is the cycle reopened? The reason is kept in its log."))
        label.setBuddy(self.reason)
        label.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.reopen_button = buttons.addButton(
            self.tr("Reopen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.reopen_button.setAccessibleName(self.tr("Reopen"))
        self.reopen_button.setEnabled(False)
        self.reopen_button.setDefault(True)  # Enter in the reason box reopens
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.reason.textChanged.connect(lambda t: self.reopen_button.setEnabled(bool(t.strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(label)
        lay.addWidget(self.reason)
        lay.addWidget(buttons)
        self.setMinimumWidth(480)


class CycleWorkspace(QWidget):
    """Everything about one cycle. Owns the undo stack for that cycle."""

    closed = Signal()
    next_round_requested = Signal(str)  # the main window opens the next round of this cycle

    def __init__(self, store: Store, cycle_id: str, parent=None):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.ctx = CycleContext(store, cycle_id, self.undo_stack, self)
        self.header = QLabel()
        self.header.setObjectName("cycleHeader")
        self.header.setWordWrap(True)
        self.training_banner = QLabel(
            self.tr("TRAINING CYCLE — for practice only. It is never synced to head office.")
        )
        self.training_banner.setObjectName("trainingBanner")
        self.training_banner.setWordWrap(True)
        self.training_banner.setStyleSheet(
            "QLabel#trainingBanner { background: #fff3c4; color: #4a3b00;"
            " border: 2px dashed #8a6d00; padding: 4px; font-weight: bold; }"
        )
        self.lock_banner = QLabel(
            self.tr(
                "This cycle is finished and locked: it can be read, printed and its actions "
                "followed up. To change anything else, reopen it (with a reason)."
            )
        )
        self.lock_banner.setObjectName("lockBanner")
        self.lock_banner.setWordWrap(True)
        self.lock_banner.setStyleSheet(
            "QLabel#lockBanner { border: 1px solid palette(mid); padding: 4px; }"
        )
        self.finish_button = QPushButton(self.tr("Finish c&ycle…"))
        self.finish_button.setAccessibleName(self.tr("Finish cycle"))
        self.finish_button.clicked.connect(self.ask_finish)
        self.reopen_button = QPushButton(self.tr("Re&open cycle…"))
        self.reopen_button.setAccessibleName(self.tr("Reopen cycle"))
        self.reopen_button.clicked.connect(self.ask_reopen)
        self.next_round_button = QPushButton(self.tr("Start ne&xt round…"))
        self.next_round_button.setAccessibleName(self.tr("Start next round"))
        self.next_round_button.clicked.connect(
            lambda: self.next_round_requested.emit(self.cycle_id)
        )
        self.dialog: QDialog | None = None  # the finish/reopen dialog while it is open
        self.tips = TipsPanel()
        self.nav = StepNavigator()
        self.pages = QStackedWidget()
        self._built: dict[str, QWidget] = {}
        self._stale: set[str] = set()  # built pages to refresh before they are shown again
        self._locked: bool | None = None
        for _code in STAGE_CODES:  # pages are built lazily, on first visit
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.pages.addWidget(holder)
        side = QWidget()
        side_lay = QVBoxLayout(side)
        side_lay.setContentsMargins(0, 0, 0, 0)
        side_lay.addWidget(self.nav, 1)
        side_lay.addWidget(self.tips)
        split = QSplitter()
        split.addWidget(side)
        split.addWidget(self.pages)
        split.setStretchFactor(1, 1)
        split.setSizes([230, 1000])
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.finish_button)
        top.addWidget(self.reopen_button)
        top.addWidget(self.next_round_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.training_banner)
        lay.addWidget(self.lock_banner)
        lay.addWidget(split, 1)
        self.nav.currentRowChanged.connect(self._show_row)
        self.ctx.changed.connect(self.refresh)
        for seq, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            QShortcut(QKeySequence(seq), self, activated=lambda s=step: self.move(s))
        # F11 anywhere on a step that has a projector view (the step list, the tips, any field)
        QShortcut(QKeySequence(Qt.Key.Key_F11), self, activated=self.open_projector)
        data = self.ctx.data()
        start = STAGE_CODES.index(data.cycle.stage) if data.cycle.stage in STAGE_CODES else 0
        self.refresh()
        self.nav.setCurrentRow(start)

    @property
    def cycle_id(self) -> str:
        return self.ctx.cycle_id

    def page(self, stage: str) -> QWidget:
        """The page of a stage, built on first use."""
        if stage not in self._built:
            cls = page_class(stage)
            page = cls(self.ctx)
            holder = self.pages.widget(STAGE_CODES.index(stage))
            # a page wider than the window (200 % text, a long translation) scrolls inside it
            # instead of making the window wider than the screen
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            scroll.setWidget(page)
            holder.layout().addWidget(scroll)
            self._built[stage] = page
            if stage in AFTER_FINISH:  # the follow-up is recorded after finishing, on purpose
                page.setProperty(KEEP_WHEN_LOCKED, True)
            page.refresh()
            self._lock_page(page)
            save_while_typing(page)
        elif stage in self._stale:
            self._refresh_page(stage)
        return self._built[stage]

    def _refresh_page(self, stage: str) -> None:
        self._stale.discard(stage)
        page = self._built[stage]
        page.refresh()
        self._lock_page(page)

    def _lock_page(self, page: QWidget) -> None:
        """Lock or unlock a page's fields. It walks every widget, so an open cycle's page is
        walked only when its state changes (a page adds its new fields unlocked)."""
        locked = self.ctx.data().cycle.is_complete
        if locked or getattr(page, "_shown_locked", None) is not locked:
            page.show_locked(locked)
            page._shown_locked = locked

    def go_to(self, stage: str) -> None:
        self.nav.setCurrentRow(STAGE_CODES.index(stage))

    def move(self, step: int) -> None:
        row = min(max(self.nav.currentRow() + step, 0), len(STAGE_CODES) - 1)
        self.nav.setCurrentRow(row)

    def open_projector(self) -> None:
        page = self._built.get(self.current_stage())
        if hasattr(page, "open_projector"):
            page.open_projector()

    def current_stage(self) -> str:
        return STAGE_CODES[max(self.nav.currentRow(), 0)]

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        stage = STAGE_CODES[row]
        self.page(stage)  # refreshes it if an edit elsewhere left it stale
        self.pages.setCurrentIndex(row)
        self._show_tips(stage)
        self.ctx.step = stage  # an edit made here moves the cycle's furthest stage

    def _show_tips(self, stage: str) -> None:
        page = self._built.get(stage)
        self.tips.set_stage(stage, getattr(page, "tips", lambda: "")())

    # --------------------------------------------------------- finish, reopen
    def ask_finish(self) -> FinishDialog:
        """Show what is missing; finishing locks the cycle (not undoable: reopen instead)."""
        dlg = FinishDialog(self.ctx.data(), self)
        dlg.accepted.connect(self.finish)
        self._show_dialog(dlg)
        return dlg

    def finish(self) -> None:
        try:
            self.ctx.store.finish_cycle(self.cycle_id)
        except StoreError as err:
            self.ctx.error.emit(tr_error(err))
            return
        self.undo_stack.clear()  # edits of an unlocked cycle cannot be undone once it is locked
        self.ctx.invalidate()

    def ask_reopen(self) -> ReopenDialog:
        dlg = ReopenDialog(self)
        dlg.accepted.connect(lambda: self.reopen(dlg.reason.text()))
        self._show_dialog(dlg)
        return dlg

    def reopen(self, reason: str) -> None:
        try:
            self.ctx.store.reopen_cycle(self.cycle_id, reason)
        except StoreError as err:
            self.ctx.error.emit(tr_error(err))
            return
        self.undo_stack.clear()
        self.ctx.invalidate()

    def _show_dialog(self, dlg: QDialog) -> None:
        self.dialog = dlg
        dlg.finished.connect(lambda _r: dlg.deleteLater())
        dlg.open()  # window-modal, without blocking (tests and screen readers reach it)

    def refresh(self) -> None:
        data = self.ctx.data()
        c = data.cycle
        training = self.tr(" — training (never synced)") if c.training else ""
        locked = self.tr(" — finished and locked") if c.is_complete else ""
        self.header.setText(
            self.tr("{facility} · {community} · round {round}").format(
                facility=data.facility.name, community=c.community, round=c.round_no
            )
            + training
            + locked
        )
        self.training_banner.setVisible(c.training)
        self.finish_button.setVisible(not c.is_complete)
        self.reopen_button.setVisible(c.is_complete)
        self.next_round_button.setVisible(c.is_complete)
        self.nav.show_completeness({s: len(check_stage(data, s)) for s in STAGE_CODES})
        self.lock_banner.setVisible(c.is_complete)
        # Only the page on screen follows an edit at once; the others are refreshed when they
        # are shown or asked for (`page`), so a keystroke does not rebuild ten pages.
        current = self.current_stage() if self.nav.currentRow() >= 0 else None
        self._stale.update(self._built)
        if current in self._built:
            self._refresh_page(current)
        locked = c.is_complete
        if locked != self._locked:  # finishing or reopening: every page follows at once
            self._locked = locked
            for stage in list(self._stale):
                self._refresh_page(stage)
        if self.nav.currentRow() >= 0:  # (also after a language switch)
            self._show_tips(self.current_stage())
