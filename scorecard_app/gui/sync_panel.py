"""Sync in the main window: status-bar widgets (online/offline, changes waiting, last sync,
progress) and a Sync menu (sync now, enrol, USB bundles, conflicts to review).

Network and bundle work runs in a background worker that opens its own Store on the same file
(SQLite connections stay in their thread); the window never freezes.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from scorecard_app.core.text import QT_TRANSLATE_NOOP
from scorecard_app.store import Store, replica
from scorecard_app.sync_client import (
    SyncError,
    SyncReport,
    enrol,
    parse_enrol_link,
    status,
    sync_database,
)
from scorecard_app.sync_client.bundle import can_export, export_bundle, import_bundle
from scorecard_app.sync_client.enrolment import enrol_from_file
from scorecard_app.sync_client.errors import NOT_ENROLLED

from . import workers
from .forms.ui_conflicts_dialog import Ui_ConflictsForm
from .forms.ui_enrol_dialog import Ui_EnrolForm
from .i18n_bridge import tr_core, tr_message
from .i18n_runtime import FollowsLanguage

AUTO_MINUTES = 15
AUTO_MAX_MINUTES = 120
_C = "SyncPanel"
ENTITY_LABELS = {
    "facility": QT_TRANSLATE_NOOP("SyncPanel", "Facility"),
    "cycle": QT_TRANSLATE_NOOP("SyncPanel", "Cycle"),
    "group": QT_TRANSLATE_NOOP("SyncPanel", "Group"),
    "participant": QT_TRANSLATE_NOOP("SyncPanel", "Participant"),
    "input_item": QT_TRANSLATE_NOOP("SyncPanel", "Input"),
    "issue": QT_TRANSLATE_NOOP("SyncPanel", "Issue"),
    "indicator": QT_TRANSLATE_NOOP("SyncPanel", "Indicator"),
    "score": QT_TRANSLATE_NOOP("SyncPanel", "Score"),
    "vote": QT_TRANSLATE_NOOP("SyncPanel", "Vote"),
    "tally": QT_TRANSLATE_NOOP("SyncPanel", "Tally"),
    "interface_meeting": QT_TRANSLATE_NOOP("SyncPanel", "Interface meeting"),
    "action": QT_TRANSLATE_NOOP("SyncPanel", "Action"),
    "action_update": QT_TRANSLATE_NOOP("SyncPanel", "Action update"),
    "attachment": QT_TRANSLATE_NOOP("SyncPanel", "Photo"),
}
# The server's reason codes (docs/protocol.md) in plain words.
REASONS = {
    "changed_on_server": QT_TRANSLATE_NOOP("SyncPanel", "Head office changed it too"),
    "cycle_complete": QT_TRANSLATE_NOOP(
        "SyncPanel", "The cycle was already finished at head office"
    ),
    "append_only": QT_TRANSLATE_NOOP("SyncPanel", "Follow-up notes cannot be changed once sent"),
    "reference_data": QT_TRANSLATE_NOOP("SyncPanel", "Head office manages this facility"),
    "hash_mismatch": QT_TRANSLATE_NOOP("SyncPanel", "The change arrived damaged"),
    "op_id_reused": QT_TRANSLATE_NOOP("SyncPanel", "The change arrived damaged"),
    "unknown_entity": QT_TRANSLATE_NOOP(
        "SyncPanel", "Head office does not know this kind of record"
    ),
    "unknown_field": QT_TRANSLATE_NOOP("SyncPanel", "Head office does not know this field"),
    "invalid_op": QT_TRANSLATE_NOOP("SyncPanel", "Head office could not read this change"),
}


def _run(fn):
    """Worker body: a SyncError comes back as a value, so its message can be translated."""

    def body(*args):
        try:
            return fn(*args)
        except SyncError as e:
            return e

    return body


class EnrolDialog(FollowsLanguage, QDialog, Ui_EnrolForm):
    """Server address (or a scorecard://enrol link) and the one-time code from head office.
    The layout is ui/enrol_dialog.ui."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setupUi(self)
        # The form's own button, not the box's OK: a box re-words its standard buttons itself.
        self.buttons.addButton(self.enrol_button, QDialogButtonBox.ButtonRole.AcceptRole)
        QWidget.setTabOrder(self.code, self.enrol_button)
        QWidget.setTabOrder(self.enrol_button, self._cancel())
        self.retranslate_more()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _cancel(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

    def retranslate_more(self) -> None:
        self._cancel().setAccessibleName(self.tr("Cancel"))

    def values(self) -> tuple[str, str]:
        """(url, code); a pasted link fills both."""
        url, code = self.url.text().strip(), self.code.text().strip()
        if url.startswith("scorecard:"):
            return parse_enrol_link(url)
        return url, code


class ConflictsDialog(FollowsLanguage, QDialog, Ui_ConflictsForm):
    """What head office kept differently from this laptop, field by field, for review.
    The layout is ui/conflicts_dialog.ui."""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setupUi(self)
        self.store = store
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.buttons.addButton(self.reviewed, QDialogButtonBox.ButtonRole.ActionRole)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        QWidget.setTabOrder(self.table, close)  # Close first: the default button, as before
        QWidget.setTabOrder(close, self.reviewed)
        self.retranslate_more()
        self.reviewed.clicked.connect(self.mark_reviewed)
        self.buttons.rejected.connect(self.reject)
        self.reload()

    def retranslate_more(self) -> None:
        # (not reload(): a language switch must not reach for a database that may be closed)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))

    def reload(self) -> None:
        items = replica.conflicts(self.store)
        rows: list[tuple[str, ...]] = []
        for c in items:
            label = ENTITY_LABELS.get(c["entity"])
            name = tr_core(_C, label) if label else c["entity"]
            record = f"{name} …{c['record_id'][-6:]}"
            why = tr_core(_C, REASONS[c["reason"]]) if c["reason"] in REASONS else c["reason"]
            fields = {k: v for k, v in c["detail"].items() if isinstance(v, dict)}
            if not fields:
                rows.append((record, "", "", "", why))
            for name, v in fields.items():
                rows.append((record, name, _show(v.get("device")), _show(v.get("server")), why))
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for col, text in enumerate(row):
                self.table.setItem(r, col, QTableWidgetItem(text))
        self.intro.setText(
            self.tr(
                "Head office kept its own value where both sides changed the same thing. "
                "Check each one and, if needed, change it again in the cycle."
            )
            if items
            else self.tr("Nothing to review.")
        )
        self.reviewed.setEnabled(bool(items))

    def mark_reviewed(self) -> None:
        replica.mark_reviewed(self.store, [c["op_id"] for c in replica.conflicts(self.store)])
        self.reload()


def _show(value: Any) -> str:
    return "—" if value in (None, "") else str(value)


class SyncPanel(QObject):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.store: Store = window.store
        self.online: bool | None = None  # None: not tried since start
        self.busy = False
        self.backoff = None  # the client's default; tests use a quicker one
        self._build_status_bar()
        self._build_menu()
        self.timer = QTimer(self)
        self.timer.setInterval(5000)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        # Automatic sync while the app is open: every AUTO_MINUTES, backing off when offline.
        self.auto_minutes = AUTO_MINUTES
        self.auto_timer = QTimer(self)
        self.auto_timer.setSingleShot(True)
        self.auto_timer.timeout.connect(self.auto_sync)
        self._schedule_auto()
        self.quiet = False
        self.refresh()

    @property
    def db_path(self) -> Path:
        return Path(self.store.path)

    # ----------------------------------------------------------------- widgets
    def _build_status_bar(self) -> None:
        bar = self.window.statusBar()
        self.connection = QLabel()
        self.connection.setAccessibleName(self.tr("Connection to head office"))
        self.waiting = QLabel()
        self.waiting.setAccessibleName(self.tr("Changes waiting to sync"))
        self.last = QLabel()
        self.last.setAccessibleName(self.tr("Last sync"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.progress.setMaximumWidth(160)
        self.progress.setVisible(False)
        for w in (self.connection, self.waiting, self.last, self.progress):
            bar.addPermanentWidget(w)

    def _build_menu(self) -> None:
        menu = QMenu(self.tr("Sync &with head office"), self.window)
        help_menu = getattr(self.window, "help_menu", None)
        if help_menu is not None:  # Help stays the last menu
            self.window.menuBar().insertMenu(help_menu.menuAction(), menu)
        else:
            self.window.menuBar().addMenu(menu)
        menu.setObjectName("sync_menu")
        self.menu = menu
        self.act_sync = QAction(self.tr("&Sync now"), self, shortcut=QKeySequence("F9"))
        self.act_sync.triggered.connect(self.sync_now)
        self.act_enrol = QAction(self.tr("&Enrol this laptop…"), self)
        self.act_enrol.triggered.connect(lambda: self.enrol_interactively())
        self.act_enrol_file = QAction(self.tr("Enrol from a &file (USB)…"), self)
        self.act_enrol_file.triggered.connect(lambda: self.enrol_from_file())
        self.act_export = QAction(self.tr("&Export bundle for USB…"), self)
        self.act_export.triggered.connect(lambda: self.export_bundle())
        self.act_import = QAction(self.tr("&Import bundle…"), self)
        self.act_import.triggered.connect(lambda: self.import_bundle())
        self.act_conflicts = QAction(self.tr("&Conflicts to review…"), self)
        self.act_conflicts.triggered.connect(self.show_conflicts)
        menu.addAction(self.act_sync)
        menu.addSeparator()
        menu.addActions([self.act_export, self.act_import])
        menu.addSeparator()
        menu.addActions([self.act_conflicts, self.act_enrol, self.act_enrol_file])
        menu.setToolTipsVisible(True)  # a greyed-out action says why in its tooltip

    # ----------------------------------------------------------------- status
    def _tick(self) -> None:
        """Keep "changes waiting" current while the window is up; stop once it is gone."""
        if not self.window.isVisible():
            return
        try:
            self.refresh()
        except sqlite3.ProgrammingError:  # the database was closed: the window is going away
            self.timer.stop()

    def refresh(self) -> None:
        st = status(self.store)
        if not st["enrolled"] and st["device_id"]:
            text = self.tr("USB bundles only")  # enrolled from a file, no server address yet
        elif not st["enrolled"]:
            text = self.tr("Not enrolled")
        elif self.busy:
            text = self.tr("Syncing…")
        elif self.online is None:
            text = self.tr("Not synced yet") if not st["last_sync"] else self.tr("Ready")
        else:
            text = self.tr("Online") if self.online else self.tr("Offline")
        self.connection.setText(text)
        n = st["changes_waiting"]
        self.waiting.setText(self.tr("%n change(s) waiting", "", n))
        self.last.setText(
            self.tr("Last sync: %1").replace("%1", _short_time(st["last_sync"]))
            if st["last_sync"]
            else self.tr("Never synced")
        )
        self._fit(self.connection, self.waiting, self.last)
        conflicts = st["conflicts"]
        self.act_conflicts.setText(
            self.tr("&Conflicts to review (%n)…", "", conflicts)
            if conflicts
            else self.tr("&Conflicts to review…")
        )
        busy = self.tr("Wait until the sync in progress has finished.")
        if self.busy:
            no_sync = no_export = no_import = busy
        else:
            no_sync = (
                None
                if st["enrolled"]
                else self.tr(
                    "This laptop has no head-office address yet: enrol it online, or use USB bundles."
                )
                if st["device_id"]
                else self.tr("Enrol this laptop first (online, or from an enrolment file).")
            )
            why = can_export(self.store)
            no_export = (
                None
                if why is None
                else self.tr("Enrol this laptop first (online, or from an enrolment file).")
                if why == NOT_ENROLLED
                else self.tr(
                    "This laptop cannot sign bundles yet: sync with head office once, "
                    "or enrol it with an enrolment file."
                )
            )
            no_import = (
                None
                if st["device_id"]
                else self.tr("Enrol this laptop first: it checks who signed a bundle.")
            )
        no_enrol = self.tr("This laptop is already enrolled.") if st["device_id"] else None
        for action, why_not, tip in (
            (self.act_sync, no_sync, self.tr("Send waiting changes and fetch head office's.")),
            (self.act_export, no_export, self.tr("Write this laptop's changes to a signed file.")),
            (self.act_import, no_import, self.tr("Apply a signed bundle from a USB stick.")),
            (self.act_enrol_file, no_enrol, self.tr("Read head office's enrolment file.")),
        ):
            action.setEnabled(why_not is None)
            action.setToolTip(why_not or tip)
            action.setStatusTip(why_not or tip)

    @staticmethod
    def _fit(*labels: QLabel) -> None:
        for w in labels:  # permanent status-bar widgets must not be squeezed by messages
            w.setMinimumWidth(w.sizeHint().width())

    def _message(self, text: str, error: bool = False) -> None:
        self.window.statusBar().showMessage(text, 10000)
        if error:
            QMessageBox.warning(self.window, self.tr("Sync"), text)

    # ------------------------------------------------------------------- sync
    def _schedule_auto(self) -> None:
        self.auto_timer.start(int(self.auto_minutes * 60_000))

    def auto_sync(self) -> None:
        """The timer's sync: silent unless something needs the user (access revoked)."""
        try:
            ready = self.window.isVisible() and status(self.store)["enrolled"]
        except sqlite3.ProgrammingError:
            return  # the database was closed: the window is going away
        if ready and not self.busy:
            self.sync_now(quiet=True)
        else:
            self._schedule_auto()

    def sync_now(self, quiet: bool = False) -> None:
        if self.busy:
            return
        if not status(self.store)["enrolled"]:
            if not quiet:
                self._message(self.tr("Enrol this laptop first (Sync ▸ Enrol this laptop…)."), True)
            return
        self.quiet = quiet
        self.busy = True
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.refresh()
        path = self.db_path
        workers.run_in_background(
            _run(lambda report: sync_database(path, progress=report, backoff=self.backoff)),
            on_result=self._sync_done,
            on_error=self._failed,
            on_progress=self._progress,
        )

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _sync_done(self, out: SyncReport | SyncError) -> None:
        self.busy = False
        self.progress.setVisible(False)
        if isinstance(out, SyncError):
            from scorecard_app.sync_client import AccessRevoked, Unreachable

            self.online = not isinstance(out, Unreachable | AccessRevoked)
            self.refresh()
            revoked = isinstance(out, AccessRevoked)
            self._message(tr_message(out.message), error=revoked or not self.quiet)
            if not revoked:  # no point retrying with a withdrawn token
                self.auto_minutes = min(self.auto_minutes * 2, AUTO_MAX_MINUTES)
                self._schedule_auto()
            return
        self.online = True
        self.auto_minutes = AUTO_MINUTES
        self._schedule_auto()
        self.refresh()
        sent = out.applied + out.duplicate + out.conflict + out.rejected
        text = self.tr("Synced: %1 change(s) sent, %2 received.")
        self._message(text.replace("%1", str(sent)).replace("%2", str(out.pulled)))
        if out.conflict or out.rejected:
            self._message(
                self.tr(
                    "Head office kept some values differently: see Sync ▸ Conflicts to review."
                ),
                True,
            )
        if out.files_failed:  # the rest of the sync went on; these go next time
            self._message(
                self.tr(
                    "Some attached files could not be sent; they will be sent on the next sync."
                ),
                True,
            )
        if out.cycles_mismatched:  # the post-sync check could not mend a difference
            self._message(
                self.tr(
                    "Some of this laptop's data still differs from head office's copy after a "
                    "repair. It was reported; nothing was deleted."
                ),
                True,
            )
        self._reload_window()

    def _failed(self, text: str) -> None:
        self._schedule_auto()
        self.busy = False
        self.progress.setVisible(False)
        self.refresh()
        self._message(self.tr("Sync stopped: %1").replace("%1", text), True)

    def _reload_window(self) -> None:
        home = getattr(self.window, "home", None)
        if home is not None and hasattr(home, "reload"):
            home.reload()

    # ------------------------------------------------------------------ enrol
    def enrol_interactively(self, link: str | None = None) -> None:
        dlg = EnrolDialog(self.window)
        if link:  # a clicked scorecard://enrol link fills the address box; the user confirms
            dlg.url.setText(link)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            url, code = dlg.values()
        except SyncError as e:
            self._message(tr_message(e.message), True)
            return
        self.enrol(url, code)

    def enrol(self, url: str, code: str) -> None:
        if not url.startswith(("http://", "https://")) or not code:
            self._message(self.tr("Give the head office address (https://…) and the code."), True)
            return
        path = self.db_path

        def job():
            with Store.open(path, backups=False) as s:
                return enrol(s, url, code)

        workers.run_in_background(_run(job), on_result=self._enrolled, on_error=self._failed)

    def _enrolled(self, out: dict | SyncError) -> None:
        if isinstance(out, SyncError):
            self._message(tr_message(out.message), True)
            return
        self.online = True
        self.refresh()
        self._message(self.tr("This laptop is enrolled. Sync now to send its changes."))

    def enrol_from_file(self, source: str | None = None) -> None:
        """Enrol without a network: head office's enrolment file from a USB stick."""
        if source is None:
            source, _f = QFileDialog.getOpenFileName(
                self.window,
                self.tr("Enrol from a file"),
                "",
                self.tr("Enrolment file (*.json)"),
            )
            if not source:
                return
        try:
            enrol_from_file(self.store, Path(source))
        except SyncError as e:
            self._message(tr_message(e.message), True)
            return
        self.refresh()
        self._message(
            self.tr(
                "This laptop is enrolled from the file. Delete the file from the USB stick now."
            )
        )

    # ---------------------------------------------------------------- bundles
    def export_bundle(self, target: str | None = None) -> None:
        if target is None:
            target, _f = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Export bundle for USB"),
                "",
                self.tr("Scorecard bundle (*.scbundle)"),
            )
            if not target:
                return
            if not target.endswith(".scbundle"):
                target += ".scbundle"
        path = self.db_path

        def job():
            with Store.open(path, backups=False) as s:
                return export_bundle(s, Path(target), None)

        def done(out):
            if isinstance(out, SyncError):
                self._message(tr_message(out.message), True)
                return
            text = self.tr("Bundle written: %1 change(s) in %2. Carry it to head office.")
            self._message(text.replace("%1", str(out["op_count"])).replace("%2", target))

        workers.run_in_background(_run(job), on_result=done, on_error=self._failed)

    def import_bundle(self, source: str | None = None) -> None:
        if source is None:
            source, _f = QFileDialog.getOpenFileName(
                self.window, self.tr("Import bundle"), "", self.tr("Scorecard bundle (*.scbundle)")
            )
            if not source:
                return
        path = self.db_path

        def job():
            with Store.open(path, backups=False) as s:
                return import_bundle(s, Path(source))

        def done(out):
            if isinstance(out, SyncError):
                self._message(tr_message(out.message), True)
                return
            text = self.tr("Bundle imported: %1 change(s) applied, %2 already here.")
            text = text.replace("%1", str(out["applied"])).replace("%2", str(out["skipped"]))
            if out.get("refused"):
                refused = self.tr(
                    "%n change(s) refused: they change a finished cycle.", "", out["refused"]
                )
                text = f"{text} {refused}"
            self._message(text)
            self.refresh()
            self._reload_window()

        workers.run_in_background(_run(job), on_result=done, on_error=self._failed)

    # -------------------------------------------------------------- conflicts
    def show_conflicts(self) -> ConflictsDialog:
        dlg = ConflictsDialog(self.store, self.window)
        dlg.finished.connect(lambda _r: self.refresh())
        dlg.open()
        return dlg


def _short_time(iso: str) -> str:
    return iso.replace("T", " ")[:16] + " UTC"


def install(window: QMainWindow) -> SyncPanel:
    window.sync_panel = SyncPanel(window)
    return window.sync_panel
