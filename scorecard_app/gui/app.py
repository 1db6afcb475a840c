"""Starting the GUI: the application object, the database, the main window."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow

from scorecard_app import __version__
from scorecard_app.assets import resource

from .i18n_bridge import tr_message

if TYPE_CHECKING:
    from scorecard_app.store import Store

ORG = "Scorecard"
APP = "Scorecard"


class ScorecardApplication(QApplication):
    """The application object. macOS hands a clicked scorecard:// link to the running app as a
    FileOpen event sent to this object: it is caught here, in the application's own event(),
    rather than by an application-wide event filter, which would pass every event of every
    widget through Python (at start alone that wrapped ~170 Qt types: ~25 ms)."""

    link_opened = Signal(str)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.FileOpen and event.url().scheme() == "scorecard":
            self.link_opened.emit(event.url().toString())
            return True
        return super().event(event)


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or ScorecardApplication(
        argv if argv is not None else sys.argv[:1]
    )
    app.setOrganizationName(ORG)
    app.setApplicationName(APP)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.scorecard.Scorecard")
    app.setWindowIcon(QIcon(str(resource("icons", "scorecard.png"))))  # packaging/icons/
    return app


def open_store(db_path: str) -> Store:
    """Open the database; seed the demo on the very first start, when it is empty."""
    from scorecard_app.store import Store

    store = Store.open(db_path)
    if not store.has_cycles() and store.get_setting("demo_offered") is None:
        from scorecard_app.demo import seed_demo

        seed_demo(store)
        store.set_setting("demo_offered", "yes")
    return store


def watch_maintenance(win, store: Store) -> QTimer:
    """Say so, once, if the background check finds the file damaged (work goes on meanwhile)."""
    timer = QTimer(win)
    timer.setInterval(500)

    def poll() -> None:
        job = store.maintenance
        if job is None or job.is_alive():
            return
        timer.stop()
        if job.problem:
            from PySide6.QtWidgets import QMessageBox  # (its Python type: not on the start path)

            QMessageBox.warning(win, "Scorecard", tr_message(job.problem))

    timer.timeout.connect(poll)
    timer.start()
    return timer


class _FirstPaint(QObject):
    """--smoke-test: once the window has really painted, save a screenshot and quit."""

    def __init__(self, win: QMainWindow, png: str):
        super().__init__(win)
        self.win, self.png, self.done = win, png, False
        win.installEventFilter(self)
        QTimer.singleShot(60_000, lambda: self._finish(painted=False))

    def eventFilter(self, obj, event) -> bool:
        if obj is self.win and event.type() == QEvent.Type.Paint and not self.done:
            QTimer.singleShot(0, lambda: self._finish(painted=True))
        return False

    def _finish(self, painted: bool) -> None:
        if self.done:
            return
        self.done = True
        if not painted:
            print("smoke test: the window never painted", file=sys.stderr)
            QApplication.instance().exit(1)
            return
        self.win.finish_start()  # rows and every menu there, as a user sees them a moment later
        QApplication.processEvents()  # laid out (the status bar's new labels) and drawn
        saved = self.win.grab().save(self.png)
        size = self.win.size()
        menus = " | ".join(a.text() for a in self.win.menuBar().actions())
        rtl = "right-to-left" if self.win.isRightToLeft() else "left-to-right"
        qt_own = QCoreApplication.translate("QPlatformTheme", "Cancel")  # from qtbase_<lang>.qm
        # Qt's SVG module and resources/pictograms came along (loaded here: off the start path)
        from scorecard_app.gui.pictogram_icons import drawn_pictograms

        drawn, shipped = drawn_pictograms()
        print(
            f"smoke test: painted {size.width()}x{size.height()}, {rtl}, menus: {menus}; "
            f"Qt's own strings: {qt_own}; pictograms drawn: {drawn} of {shipped}"
        )
        QApplication.instance().exit(0 if saved else 1)


def open_enrol_link(win: QMainWindow, link: str) -> None:
    """The enrolment dialog, filled from a scorecard://enrol link; the user confirms."""
    win.finish_start()  # the sync panel may not be installed yet this early
    if win.extensions_installed:  # (not when the database could not be opened)
        win.sync_panel.enrol_interactively(link)


def run_gui(
    db_path: str,
    lang: str | None = None,
    enrol_link: str | None = None,
    smoke_test: str | None = None,
) -> int:
    app = make_app()
    from .saved_settings import apply_saved_settings

    try:  # fonts, text size, contrast and language before any window exists
        apply_saved_settings(QSettings(), lang)
    except ValueError as e:  # an unknown --lang code: one plain line, exit 2
        print(str(e), file=sys.stderr)
        return 2
    from .main_window import MainWindow

    # the window paints at once; the database opens, its rows and the menus come right after
    win = MainWindow(None, open_store=lambda: open_store(db_path))
    exit_code = 0

    def cannot_open(text: str) -> None:
        nonlocal exit_code
        from PySide6.QtWidgets import QMessageBox

        print(text, file=sys.stderr)
        exit_code = 2
        QMessageBox.critical(win, "Scorecard", text)
        app.exit(2)

    win.start_failed.connect(cannot_open)
    win.store_opened.connect(lambda store: watch_maintenance(win, store))
    if isinstance(app, ScorecardApplication):  # (a test's own QApplication has no links)

        def link_opened(link: str) -> None:
            QTimer.singleShot(0, lambda: open_enrol_link(win, link))

        app.link_opened.connect(link_opened)
    if smoke_test:
        _FirstPaint(win, smoke_test)
    win.show()
    if enrol_link and not smoke_test:
        QTimer.singleShot(0, lambda: open_enrol_link(win, enrol_link))
    try:
        code = app.exec()
        return exit_code or code
    finally:
        if win.store is not None:
            win.store.close()
