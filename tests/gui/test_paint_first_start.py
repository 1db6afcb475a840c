"""The app's start paints first: the window appears with its home page empty, then the database
opens, the rows arrive, the last session's cycle reopens and every menu is installed, a short step
per turn of the event loop. What a user would notice: the same window as a start that waits,
a damaged file said in plain words, and nothing lost when they act before the rows are in."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QApplication

from scorecard_app.gui.app import open_store
from scorecard_app.gui.main_window import MainWindow
from scorecard_app.store import Store


@pytest.fixture
def demo_file(_demo_template, tmp_path):
    src, ids = _demo_template
    dst = tmp_path / "demo.sqlite3"
    shutil.copy(src, dst)
    return dst, ids


def start(qtbot, path, settings) -> MainWindow:
    win = MainWindow(None, settings, open_store=lambda: open_store(str(path)))
    qtbot.addWidget(win)
    return win


def close(win: MainWindow) -> None:
    win.close()
    if win.store is not None:
        win.store.close()


def menu_texts(win: MainWindow) -> list[list[str]]:
    return [[a.text() for a in m.menu().actions()] for m in win.menuBar().actions()]


def test_the_window_paints_then_fills_in_what_a_waiting_start_shows(qtbot, demo_file, settings):
    path, ids = demo_file
    win = start(qtbot, path, settings)
    assert win.store is None and win.home.model.rowCount() == 0
    assert not win.extensions_installed
    with qtbot.waitSignal(win.extensions_ready, timeout=10_000):
        win.show()
    assert win.home.model.rowCount() == 3  # the demo's three rounds
    qtbot.waitUntil(lambda: len(win.home.model.missing) == 1, timeout=5000)  # round 3 runs
    filled = menu_texts(win)
    close(win)

    with Store.open(path, backups=False) as s:  # the same file, opened before the window
        waited = MainWindow(s, settings)
        qtbot.addWidget(waited)
        assert menu_texts(waited) == filled
        waited.close()


def test_the_last_cycle_reopens_after_the_rows(qtbot, demo_file, settings):
    path, ids = demo_file
    settings.setValue("session/cycle", ids[1])
    settings.setValue("session/stage", "action_plan")
    win = start(qtbot, path, settings)
    with qtbot.waitSignal(win.extensions_ready, timeout=10_000):
        win.show()
    assert win.workspace is not None and win.workspace.cycle_id == ids[1]
    assert win.workspace.current_stage() == "action_plan"
    assert win.act_print_centre.isEnabled()  # installed after the cycle opened, and knows it
    close(win)


def test_acting_before_the_rows_are_in_opens_the_database_first(qtbot, demo_file, settings):
    path, ids = demo_file
    win = start(qtbot, path, settings)
    win.show_home()  # e.g. Ctrl+H at once, before the first paint's steps
    assert win.store is not None and win.home.model.rowCount() == 3
    win.open_cycle(ids[0])
    assert win.workspace.cycle_id == ids[0]
    win.finish_start()
    assert win.extensions_installed
    for name in ("act_print_centre", "act_settings", "act_trends", "act_export_data"):
        assert getattr(win, name).isEnabled()  # a cycle is open
    close(win)


def test_a_damaged_file_is_said_plainly_and_nothing_is_listed(qtbot, tmp_path, settings):
    path = tmp_path / "damaged.sqlite3"
    path.write_bytes(b"this is not a database" * 200)
    win = start(qtbot, path, settings)
    with qtbot.waitSignal(win.start_failed, timeout=10_000) as said:
        win.show()
    text = said.args[0]
    assert str(path) in text and "Traceback" not in text
    assert win.store is None and win.home.model.rowCount() == 0
    QApplication.processEvents()
    assert not win.extensions_installed  # the app ends here (run_gui exits with 2)
    assert path.read_bytes().startswith(b"this is not a database")  # left as it was
    close(win)
