"""Starting the GUI: the application object, the database, the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from scorecard_app import __version__
from scorecard_app.store import Store, StoreError

ORG = "Scorecard"
APP = "Scorecard"


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORG)
    app.setApplicationName(APP)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.scorecard.Scorecard")
    return app


def open_store(db_path: str) -> Store:
    """Open the database; seed the demo on the very first start, when it is empty."""
    store = Store.open(db_path)
    if not store.list_cycles() and store.get_setting("demo_offered") is None:
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
            QMessageBox.warning(win, "Scorecard", job.problem)

    timer.timeout.connect(poll)
    timer.start()
    return timer


def run_gui(db_path: str, lang: str | None = None) -> int:
    app = make_app()
    from .settings_dialog import apply_saved_settings

    try:  # fonts, text size, contrast and language before any window exists
        apply_saved_settings(QSettings(), lang)
    except ValueError as e:  # an unknown --lang code: one plain line, exit 2
        print(str(e), file=sys.stderr)
        return 2
    try:
        store = open_store(db_path)
    except StoreError as e:
        QMessageBox.critical(None, "Scorecard", str(e))
        print(str(e), file=sys.stderr)
        return 2
    from .main_window import MainWindow

    win = MainWindow(store)
    win.show()
    watch_maintenance(win, store)
    try:
        return app.exec()
    finally:
        store.close()
