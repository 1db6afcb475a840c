"""The main window: the cycle list at home, an open cycle's workspace, menus and shortcuts."""

from __future__ import annotations

import importlib
import importlib.util
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
)

from scorecard_app import __version__
from scorecard_app.core.stages import STAGE_CODES
from scorecard_app.store import StoreError

from .cycle_list import CycleListPage
from .field_message import clear_message, say_not_saved
from .i18n_bridge import tr_error

if TYPE_CHECKING:
    from scorecard_app.store import Store

    from .workspace import CycleWorkspace

# The feature families that plug into the window, by module name; each has install(window), which
# adds its menu entries and status-bar widgets. They are looked up here, so a renamed or missing
# module is an ImportError at start, never a window that quietly lacks a menu; they are imported
# when installed: at once, or on the app's start after the window's first paint.
EXTENSIONS = ("print_centre", "settings_dialog", "trends_view", "export_data", "sync_panel")
# A paint-first start (see MainWindow) imports these Qt-free modules in turns of their own, each
# under a frame: core's entities and the store (~20 ms together) before opening the database, the
# home list's checks (its counts of what is missing, which start in batches right after the rows)
# before the rows, and the sync client (the sync panel's) after them, each after the part of it
# that takes longest.
BEFORE_ROWS = (
    "scorecard_app.core.entities",
    "sqlite3",
    "scorecard_app.store.mapping",
    "scorecard_app.store.repository",
    "statistics",
    "scorecard_app.core.aggregation",
    "scorecard_app.core.checks",
)
AFTER_ROWS = ("scorecard_app.store.replica", "scorecard_app.wire", "scorecard_app.sync_client")
for _name in EXTENSIONS:
    if importlib.util.find_spec(f"{__package__}.{_name}") is None:
        raise ImportError(f"window module {__package__}.{_name} is missing", name=_name)


def redo_shortcuts(platform: list[QKeySequence] | None = None) -> list[QKeySequence]:
    """Ctrl+Shift+Z (what the guide promises) and Ctrl+Y, then the platform's own redo keys,
    each once: on Linux desktops the platform's first redo key is Ctrl+Shift+Z itself, and a
    key registered twice on one action is an ambiguous shortcut that does nothing."""
    if platform is None:
        platform = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    seen: dict[str, QKeySequence] = {}
    for k in [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"), *platform]:
        if not k.isEmpty():
            seen.setdefault(k.toString(QKeySequence.SequenceFormat.PortableText), k)
    return list(seen.values())


class MainWindow(QMainWindow):
    store_opened = Signal(object)  # the Store, on a paint-first start
    start_failed = Signal(str)  # the database could not be opened: what to tell the user
    extensions_ready = Signal()  # the start is complete: rows, session, every menu

    def __init__(
        self,
        store: Store | None,
        settings: QSettings | None = None,
        *,
        open_store: Callable[[], Store] | None = None,
    ):
        """With a `store`, everything is there when the constructor returns (tests, tools). The
        app's start gives `open_store` instead and paints first: the window with its home page
        empty, then, a short step per turn of the event loop so that the window stays live,
        the store is imported and opened, the rows listed, the last session's cycle reopened
        and the feature modules installed (`finish_start()` does what is left at once)."""
        super().__init__()
        if (store is None) == (open_store is None):
            raise TypeError("MainWindow needs a store or a way to open one, not both")
        self.store: Store | None = store
        self.settings = settings or QSettings()
        self.setWindowTitle(self.tr("Scorecard"))
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.home = CycleListPage(store, load=store is not None)
        self.home.open_cycle.connect(self.open_cycle)
        self.home.new_cycle.connect(self.new_cycle)
        self.home.next_round.connect(self.start_next_round)
        # at 200 % text or in a long translation the list scrolls, the window stays on screen
        self.home_scroll = QScrollArea()
        self.home_scroll.setWidgetResizable(True)
        self.home_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.home_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.home_scroll.setWidget(self.home)
        self.stack.addWidget(self.home_scroll)
        self.workspace: CycleWorkspace | None = None
        self._build_menus()
        self._extensions_left = list(EXTENSIONS)
        self._steps: list[Callable[[], None]] = []
        self._painted = store is not None
        if open_store is None:
            self.finish_start()
        self.stack.currentChanged.connect(lambda _i: self._update_cycle_actions())
        self._update_cycle_actions()
        self.statusBar()
        geo = self.settings.value("window/geometry")
        if isinstance(geo, QByteArray):
            self.restoreGeometry(geo)
        else:
            self.resize(1366, 768)
        self.fit_to_screen()
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        if open_store is None:
            self.restore_session()
        else:
            self._steps = [
                *(lambda m=m: importlib.import_module(m) for m in BEFORE_ROWS),
                lambda: self._open(open_store),
                lambda: self.home.reload(count_first=False),  # counts follow in batches
                self.restore_session,
                *(lambda m=m: importlib.import_module(m) for m in AFTER_ROWS),
                *(lambda n=n: self._install(n) for n in EXTENSIONS),
            ]

    def fit_to_screen(self) -> None:
        """Never wider or taller than the screen, frame included (a 1366×768 laptop is the
        common case): at start, after a saved size from a bigger screen, after a text-size
        change."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None or self.isMaximized() or self.isFullScreen():
            return
        avail = screen.availableGeometry()
        frame = self.frameGeometry().size() - self.geometry().size()
        if not self.isVisible() or frame.width() <= 0:  # not decorated yet: a typical frame
            frame = QSize(8, 32)
        w = min(self.width(), avail.width() - frame.width())
        h = min(self.height(), avail.height() - frame.height())
        if (w, h) != (self.width(), self.height()):
            self.resize(w, h)
        fg = self.frameGeometry()
        if not avail.contains(fg):
            self.move(
                max(avail.left(), min(fg.left(), avail.right() - fg.width() + 1)),
                max(avail.top(), min(fg.top(), avail.bottom() - fg.height() + 1)),
            )

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fit_to_screen()

    # ---------------------------------------------------------------- session
    # The open cycle and step are written down as soon as they change (and synced to disk), so
    # that after a crash or `kill -9` the app opens where the facilitator was.
    def restore_session(self) -> None:
        cycle_id = self.settings.value("session/cycle")
        if not cycle_id:
            return
        try:
            self.store.load_cycle(str(cycle_id))
        except (StoreError, KeyError, LookupError):
            self._forget_session()  # deleted meanwhile: start at the list
            return
        stage = str(self.settings.value("session/stage") or "")
        ws = self.open_cycle(str(cycle_id))
        if stage in STAGE_CODES:
            ws.go_to(stage)

    def _remember_session(self) -> None:
        if self.workspace is not None and self.stack.currentWidget() is self.workspace:
            self.settings.setValue("session/cycle", self.workspace.cycle_id)
            self.settings.setValue("session/stage", self.workspace.current_stage())
            self.settings.sync()

    def _forget_session(self) -> None:
        self.settings.remove("session/cycle")
        self.settings.remove("session/stage")
        self.settings.sync()

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
        self.act_redo.setShortcuts(redo_shortcuts())
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

        # View: the keys of the open cycle are listed here (they are registered once, on the
        # workspace, so the entries show them after a tab instead of registering them again)
        self.view_menu = mb.addMenu(self.tr("&View"))
        self.act_prev_step = QAction(self.tr("&Previous step") + "\tCtrl+PgUp", self)
        self.act_prev_step.triggered.connect(lambda: self._in_workspace(lambda w: w.move(-1)))
        self.act_next_step = QAction(self.tr("&Next step") + "\tCtrl+PgDown", self)
        self.act_next_step.triggered.connect(lambda: self._in_workspace(lambda w: w.move(1)))
        self.act_projector = QAction(self.tr("Pro&jector view") + "\tF11", self)
        self.act_projector.triggered.connect(
            lambda: self._in_workspace(lambda w: (w.go_to("interface_meeting"), w.open_projector()))
        )
        self.act_tips = QAction(self.tr("&Tips for this step") + "\tF1", self, checkable=True)
        self.act_tips.setChecked(True)
        self.act_tips.triggered.connect(
            lambda on: self._in_workspace(lambda w: w.tips.toggle.setChecked(on))
        )
        self.view_menu.addAction(self.act_home)
        self.view_menu.addSeparator()
        self.view_menu.addActions(
            [self.act_prev_step, self.act_next_step, self.act_projector, self.act_tips]
        )

        self.help_menu = mb.addMenu(self.tr("&Help"))
        self.act_guide = QAction(self.tr("Facilitator &guide"), self)
        self.act_guide.setShortcut(QKeySequence("Ctrl+F1"))
        self.act_guide.triggered.connect(self.show_guide)
        self.act_keys = QAction(self.tr("&Keyboard shortcuts"), self)
        self.act_keys.triggered.connect(self.show_shortcuts)
        self.act_version = QAction(self.tr("Version {version}").format(version=__version__), self)
        self.act_version.setEnabled(False)  # a line to read out on the phone to support
        about = QAction(self.tr("&About Scorecard"), self)
        about.triggered.connect(self.about)
        self.help_menu.addActions([self.act_guide, self.act_keys])
        self.help_menu.addSeparator()
        self.help_menu.addActions([self.act_version, about])

    # ------------------------------------------------------------------ start
    @property
    def extensions_installed(self) -> bool:
        return not self._extensions_left

    def finish_start(self) -> None:
        """Do now what a paint-first start has left (opening, rows, menus), or install the
        feature modules at once."""
        while self._steps:
            self._steps.pop(0)()
        for name in list(self._extensions_left):
            self._install(name)

    def _install(self, name: str) -> None:
        if name in self._extensions_left:
            self._extensions_left.remove(name)
            importlib.import_module(f"{__package__}.{name}").install(self)
            if not self._extensions_left:
                self.extensions_ready.emit()

    def _open(self, open_store: Callable[[], Store]) -> None:
        try:
            self.store = open_store()
        except (StoreError, OSError) as e:  # nothing to list: the app says why and ends
            self._steps.clear()
            if isinstance(e, StoreError):
                self.start_failed.emit(tr_error(e))
            else:  # as `scorecard` says it: the file and the system's words
                self.start_failed.emit(f"{e.filename or ''}: {e.strerror or e}".lstrip(": "))
            return
        self.home.store = self.store
        self.store_opened.emit(self.store)

    def _next_step(self) -> None:
        if self._steps:
            try:
                self._steps.pop(0)()
            except Exception:
                # a module that fails to import (a broken install): the start stops as loudly
                # as an import error before the window would have, not with a menu missing
                self._steps.clear()
                traceback.print_exc()
                QApplication.exit(1)
                return
        if self._steps:
            QTimer.singleShot(0, self._next_step)  # one step per turn: input stays live

    def _need_store(self) -> bool:
        """An action that needs the database, asked for before a paint-first start opened it:
        open it now. False when it cannot be opened (the app is saying why and ending)."""
        while self.store is None and self._steps:
            self._steps.pop(0)()
        return self.store is not None

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:  # the first paint of a paint-first start: the steps follow
            self._painted = True
            QTimer.singleShot(0, self._next_step)  # once this frame has reached the screen

    def _in_workspace(self, fn) -> None:
        if self.workspace is not None and self.stack.currentWidget() is self.workspace:
            fn(self.workspace)

    def show_guide(self):
        from .help_pages import GuideDialog

        dlg = GuideDialog(self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.help_dialog = dlg
        dlg.show()
        return dlg

    def show_shortcuts(self):
        from .help_pages import ShortcutsDialog

        dlg = ShortcutsDialog(self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.help_dialog = dlg
        dlg.show()
        return dlg

    def _undo(self) -> None:
        if self.workspace is not None:
            self.workspace.undo_stack.undo()

    def _redo(self) -> None:
        if self.workspace is not None:
            self.workspace.undo_stack.redo()

    # ---------------------------------------------------------------- actions
    def show_home(self) -> None:
        if not self._need_store():
            return
        self._forget_session()
        self.home.reload()
        self.stack.setCurrentWidget(self.home_scroll)

    def open_cycle(self, cycle_id: str) -> CycleWorkspace:
        from .workspace import CycleWorkspace  # the step pages load with the first open cycle

        self._need_store()
        if self.workspace is not None:
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
        self.workspace = CycleWorkspace(self.store, cycle_id)
        self.workspace.ctx.error.connect(self.show_error)
        self.workspace.ctx.changed.connect(self._update_cycle_actions)
        self.workspace.ctx.changed.connect(lambda: clear_message(self))
        self.workspace.next_round_requested.connect(self.start_next_round)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self.workspace.nav.currentRowChanged.connect(lambda _r: self._remember_session())
        self._remember_session()
        self._update_cycle_actions()
        return self.workspace

    def _update_cycle_actions(self) -> None:
        """Finish is offered for an open running cycle, Reopen for an open finished one."""
        ws = self.workspace if self.stack.currentWidget() is self.workspace else None
        for act in (self.act_prev_step, self.act_next_step, self.act_projector, self.act_tips):
            act.setEnabled(ws is not None)
        if ws is None:  # (core's entities may not be loaded yet on a paint-first start)
            self.act_finish.setEnabled(False)
            self.act_reopen.setEnabled(False)
            return
        from scorecard_app.core.entities import CycleStatus

        status = ws.ctx.data().cycle.status
        self.act_finish.setEnabled(status == CycleStatus.IN_PROGRESS)
        self.act_reopen.setEnabled(status == CycleStatus.COMPLETE)

    def new_cycle(self) -> None:
        from . import cycle_setup  # its form loads with the first new cycle, not at start

        if not self._need_store():
            return
        cycle_id = cycle_setup.create_cycle_interactively(self)
        if cycle_id:
            self.open_cycle(cycle_id)

    def current_cycle_id(self) -> str | None:
        """The open cycle, or on the home list the selected one."""
        if self.workspace is not None and self.stack.currentWidget() is self.workspace:
            return self.workspace.cycle_id
        return self.home.current_cycle_id()

    def start_next_round(self, cycle_id: str | None = None) -> None:
        if not self._need_store():
            return
        cycle_id = cycle_id or self.current_cycle_id()
        if cycle_id is None:
            self.show_error(self.tr("Choose a cycle first."))
            return
        from . import cycle_setup

        new_id = cycle_setup.start_next_round(self, cycle_id)
        if new_id:
            self.open_cycle(new_id)

    def show_error(self, message: str) -> None:
        """Said next to the field it is about (no dialog to dismiss; the typed text stays)."""
        self.statusBar().showMessage(message, 8000)
        say_not_saved(message)

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # (its Python type: not on the start path)

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
