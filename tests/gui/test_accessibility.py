"""Every focusable widget of every step page (and of the home list, the setup and finish
dialogs) has an accessible name, so screen readers can say what it is."""

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QDialog, QWidget

from scorecard_app.core.stages import STAGE_CODES
from scorecard_app.gui.cycle_setup import CycleSetupDialog
from scorecard_app.gui.main_window import MainWindow


def unnamed_focusables(root: QWidget) -> list[str]:
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if w.focusPolicy() == w.focusPolicy().NoFocus or not w.isEnabledTo(root.window()):
            continue
        if w.objectName() == "qt_scrollarea_viewport" or w.parent() is None:
            continue
        if w.window() is not root.window():  # a combo box's or completer's popup list
            continue
        iface = QAccessible.queryAccessibleInterface(w)
        name = w.accessibleName() or (iface.text(QAccessible.Text.Name) if iface else "")
        if not name.strip():
            out.append(f"{type(w).__name__} {w.objectName()!r} in {type(w.parent()).__name__}")
    return out


@pytest.fixture
def win(qtbot, demo_store, settings):
    w = MainWindow(demo_store, settings)
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.mark.parametrize("stage", STAGE_CODES)
def test_every_step_page_names_its_widgets(win, demo_store, stage):
    for cycle_id in (demo_store.demo_ids[2], demo_store.demo_ids[0]):  # in progress, finished
        ws = win.open_cycle(cycle_id)
        ws.go_to(stage)
        page = ws.page(stage)
        missing = unnamed_focusables(page)
        assert missing == [], f"{stage}: {missing}"


def test_home_workspace_and_dialogs_name_their_widgets(qtbot, win, demo_store):
    assert unnamed_focusables(win.home) == []
    ws = win.open_cycle(demo_store.demo_ids[2])
    assert unnamed_focusables(ws.nav.parentWidget()) == []
    assert unnamed_focusables(ws.tips) == []
    for dlg in (CycleSetupDialog(demo_store, win), ws.ask_finish()):
        assert isinstance(dlg, QDialog)
        assert unnamed_focusables(dlg) == []
        dlg.reject()
    win.open_cycle(demo_store.demo_ids[0])
    dlg = win.workspace.ask_reopen()
    assert unnamed_focusables(dlg) == []
    dlg.reject()


def test_the_whole_window_with_every_page_built_names_its_widgets(win, demo_store):
    ws = win.open_cycle(demo_store.demo_ids[2])
    for stage in STAGE_CODES:
        ws.go_to(stage)
    missing = unnamed_focusables(win)
    assert missing == [], missing


def mnemonic_clashes(win, root) -> dict[str, list[str]]:
    """Alt+letter shortcuts used twice among the menu bar and the visible, enabled buttons,
    labelled fields and tabs under root (Qt would then only cycle between them)."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar

    texts = [a.text() for a in win.menuBar().actions()]
    texts += [
        b.text() for b in root.findChildren(QAbstractButton) if b.isVisible() and b.isEnabled()
    ]
    texts += [lb.text() for lb in root.findChildren(QLabel) if lb.isVisible() and lb.buddy()]
    for bar in root.findChildren(QTabBar):
        if bar.isVisible():
            texts += [bar.tabText(i) for i in range(bar.count()) if bar.isTabVisible(i)]
    keys: dict[str, list[str]] = {}
    for t in texts:
        m = re.search(r"&(\w)", t.replace("&&", ""))
        if m:
            keys.setdefault(m.group(1).casefold(), []).append(t)
    return {k: v for k, v in keys.items() if len(v) > 1}


@pytest.mark.parametrize(
    "stage", ("setup", "participants", "input_tracking", "issues", "indicators")
)
def test_alt_shortcuts_do_not_clash_on_the_preparation_steps(win, demo_store, stage):
    ws = win.open_cycle(demo_store.demo_ids[2])
    ws.go_to(stage)
    assert mnemonic_clashes(win, ws) == {}
    win.show_home()
    assert mnemonic_clashes(win, win.home) == {}
