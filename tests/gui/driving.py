"""Driving the real widgets in tests: find them by accessible name, type, edit table cells."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLineEdit, QWidget


def find(root: QWidget, cls: type, name: str, visible_only: bool = False):
    """The one widget of a class with this accessible name under root (fails if none)."""
    found = [
        w
        for w in root.findChildren(cls)
        if w.accessibleName() == name and (not visible_only or w.isVisible())
    ]
    if not found:
        raise AssertionError(f"no {cls.__name__} named {name!r}")
    return found[0]


def type_text(qtbot, widget: QWidget, text: str, enter: bool = True) -> None:
    """Type text as a user would: ASCII by keys, anything else as an input-method commit
    (qtbot.keyClicks aborts the process on non-ASCII characters)."""
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.selectAll()
        widget.setModified(True)  # (typing through events does this too, when focused)
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        ev = QInputMethodEvent()
        ev.setCommitString(text)
        QApplication.sendEvent(widget, ev)
    if enter:
        qtbot.keyClick(widget, Qt.Key.Key_Return)


def replace_text(qtbot, edit: QLineEdit, text: str) -> None:
    """Clear a line edit and type new text, then leave it with Enter (which saves it)."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)


def open_editor(qtbot, view: QAbstractItemView, row: int, col: int, cls: type):
    """Press F2 on a cell and return the editor that opened (offscreen there may be no focus
    widget, so the editor is found among the view's visible children)."""
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, col))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editors = [w for w in view.viewport().findChildren(cls) if w.isVisible()]
    assert len(editors) == 1, f"no {cls.__name__} editor opened on cell {row},{col}"
    return editors[0]


def edit_cell(qtbot, view: QAbstractItemView, row: int, col: int, text: str) -> None:
    """Open a cell's editor with F2, type, and press Enter (the way a facilitator does)."""
    editor = open_editor(qtbot, view, row, col, QLineEdit)
    editor.selectAll()
    type_text(qtbot, editor, text, enter=False)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits on a queued call


def choose_in_cell(qtbot, view: QAbstractItemView, row: int, col: int, label: str) -> None:
    """Open a cell's combo editor with F2, pick the entry by keyboard, and confirm with Enter."""
    editor = open_editor(qtbot, view, row, col, QComboBox)
    target = editor.findText(label)
    assert target >= 0, f"{label!r} is not offered"
    qtbot.keyClick(editor, Qt.Key.Key_Home)
    for _ in range(target):
        qtbot.keyClick(editor, Qt.Key.Key_Down)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits on a queued call


def toggle_cell(qtbot, view: QAbstractItemView, row: int, col: int) -> None:
    """Tick or untick a check-box cell with the space bar."""
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, col))
    qtbot.keyClick(view, Qt.Key.Key_Space)


def choose(qtbot, combo: QComboBox, label: str) -> None:
    """Pick a combo box entry with the keyboard (emits `activated`, as a user's choice does)."""
    combo.setFocus()
    target = combo.findText(label)
    assert target >= 0, f"{label!r} is not offered in {combo.accessibleName()!r}"
    while combo.currentIndex() > target:
        qtbot.keyClick(combo, Qt.Key.Key_Up)
    while combo.currentIndex() < target:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentIndex() == target


def cell_text(view: QAbstractItemView, row: int, col: int) -> str:
    return view.model().index(row, col).data() or ""


ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def killed_child(script: Path, *args: str, err: Path) -> Iterator[subprocess.Popen]:
    """Run a test script with the app in a child process (offscreen, stdout read by the test)
    and kill it with SIGKILL when the block ends, as a power cut or a crash would; its stderr
    goes to `err` for the failure message."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    with open(err, "w") as err_file:
        child = subprocess.Popen(
            [sys.executable, str(script), *args],
            stdout=subprocess.PIPE,
            stderr=err_file,
            text=True,
            env=env,
            cwd=ROOT,
        )
        try:
            yield child
            os.kill(child.pid, signal.SIGKILL)
            child.wait(timeout=30)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
    assert child.returncode == -signal.SIGKILL
