"""The main window: the cycle list at home, an open cycle's workspace, menus and shortcuts."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget

from scorecard_app import __version__
from scorecard_app.store import Store

from .cycle_list import CycleListPage
from .workspace import CycleWorkspace


def optional_module(name: str):
    """A GUI module that a feature family adds (print centre, sync panel…), or None."""
    try:
        return importlib.import_module(f".{name}", __package__)
    except ModuleNotFoundError as e:
        if e.name and e.name.endswith(name):
            return None
        raise


class MainWindow(QMainWindow):
    def __init__(self, store: Store, settings: QSettings | None = None):
        super().__init__()
        self.store = store
        self.settings = settings or QSettings()
        self.setWindowTitle(self.tr("Scorecard"))
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.home = CycleListPage(store)
        self.home.open_cycle.connect(self.open_cycle)
        self.home.new_cycle.connect(self.new_cycle)
        self.home.next_round.connect(self.start_next_round)
        self.stack.addWidget(self.home)
        self.workspace: CycleWorkspace | None = None
        self._build_menus()
        self._install_extensions()
        self.stack.currentChanged.connect(lambda _i: self._update_cycle_actions())
        self._update_cycle_actions()
        self.statusBar()
        geo = self.settings.value("window/geometry")
        if isinstance(geo, QByteArray):
            self.restoreGeometry(geo)
        else:
            self.resize(1366, 768)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)

    # ------------------------------------------------------------------ menus
    def _build_menus(self) -> None:
        mb = self.menuBar()
        self.file_menu = mb.addMenu(self.tr("&File"))
        self.act_home = QAction(self.tr("&All cycles"), self, shortcut=QKeySequence("Ctrl+H"))
        self.act_home.triggered.connect(self.show_home)
        self.act_new = QAction(self.tr("&New cycle…"), self, shortcut=QKeySequence.StandardKey.New)
        self.act_new.triggered.connect(self.new_cycle)
        self.act_quit = QAction(self.tr("&Quit"), self, shortcut=QKeySequence.StandardKey.Quit)
        self.act_quit.triggered.connect(self.close)
        self.file_menu.addActions([self.act_home, self.act_new])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)

        self.edit_menu = mb.addMenu(self.tr("&Edit"))
        self.act_undo = QAction(self.tr("&Undo"), self, shortcut=QKeySequence.StandardKey.Undo)
        self.act_undo.triggered.connect(self._undo)
        self.act_redo = QAction(self.tr("&Redo"), self)
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
        self.act_redo.triggered.connect(self._redo)
        self.edit_menu.addActions([self.act_undo, self.act_redo])

        self.cycle_menu = mb.addMenu(self.tr("&Cycle"))
        self.act_finish = QAction(self.tr("&Finish cycle…"), self)
        self.act_finish.triggered.connect(
            lambda: self.workspace is not None and self.workspace.ask_finish()
        )
        self.act_reopen = QAction(self.tr("&Reopen cycle…"), self)
        self.act_reopen.triggered.connect(
            lambda: self.workspace is not None and self.workspace.ask_reopen()
        )
        self.act_next_round = QAction(self.tr("Start ne&xt round…"), self)
        self.act_next_round.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.act_next_round.triggered.connect(lambda: self.start_next_round(None))
        self.cycle_menu.addActions([self.act_finish, self.act_reopen, self.act_next_round])

        self.view_menu = mb.addMenu(self.tr("&View"))
        self.help_menu = mb.addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Scorecard"), self)
        about.triggered.connect(self.about)
        self.help_menu.addAction(about)

    def _install_extensions(self) -> None:
        """Feature families plug in here: each optional module has install(window)."""
        for name in (
            "print_centre",
            "sync_panel",
            "settings_dialog",
            "cycle_setup",
            "trends_view",
            "export_data",
        ):
            mod = optional_module(name)
            if mod is not None and hasattr(mod, "install"):
                mod.install(self)

    def _undo(self) -> None:
        if self.workspace is not None:
            self.workspace.undo_stack.undo()

    def _redo(self) -> None:
        if self.workspace is not None:
            self.workspace.undo_stack.redo()

    # ---------------------------------------------------------------- actions
    def show_home(self) -> None:
        self.home.reload()
        self.stack.setCurrentWidget(self.home)

    def open_cycle(self, cycle_id: str) -> CycleWorkspace:
        if self.workspace is not None:
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
        self.workspace = CycleWorkspace(self.store, cycle_id)
        self.workspace.ctx.error.connect(self.show_error)
        self.workspace.ctx.changed.connect(self._update_cycle_actions)
        self.workspace.next_round_requested.connect(self.start_next_round)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self._update_cycle_actions()
        return self.workspace

    def _update_cycle_actions(self) -> None:
        """Finish is offered for an open running cycle, Reopen for an open finished one."""
        ws = self.workspace if self.stack.currentWidget() is self.workspace else None
        status = ws.ctx.data().cycle.status if ws is not None else None
        self.act_finish.setEnabled(status == "in_progress")
        self.act_reopen.setEnabled(status == "complete")

    def new_cycle(self) -> None:
        mod = optional_module("cycle_setup")
        if mod is None:
            self.show_error(self.tr("Creating cycles is not available in this version yet."))
            return
        cycle_id = mod.create_cycle_interactively(self)
        if cycle_id:
            self.open_cycle(cycle_id)

    def current_cycle_id(self) -> str | None:
        """The open cycle, or on the home list the selected one."""
        if self.workspace is not None and self.stack.currentWidget() is self.workspace:
            return self.workspace.cycle_id
        return self.home.current_cycle_id()

    def start_next_round(self, cycle_id: str | None = None) -> None:
        mod = optional_module("cycle_setup")
        cycle_id = cycle_id or self.current_cycle_id()
        if mod is None or cycle_id is None:
            self.show_error(self.tr("Choose a cycle first."))
            return
        new_id = mod.start_next_round(self, cycle_id)
        if new_id:
            self.open_cycle(new_id)

    def show_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)
        QMessageBox.warning(self, self.tr("Not saved"), message)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Scorecard"),
            self.tr(
                "<h3>Scorecard {version}</h3><p>Run Community Score Card cycles offline: score, "
                "compare, agree actions, print on the spot and sync to head office.</p>"
                "<p>Free software under the GNU GPL v3 or later.</p>"
            ).format(version=__version__),
        )

    def closeEvent(self, event) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        super().closeEvent(event)
