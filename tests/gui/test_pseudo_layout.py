"""Pseudo-localised walk: with every string of ours twice as long (SCORECARD_PSEUDO=long), no
label or button on the home list or any step page is cut off in a 1366×768 window.

Translations run 30–60 % longer than English (Estonian, Latvian, Vietnamese); doubling finds a
fixed-width button or a one-line label in a tight row before a translator does.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from scorecard_app.core.stages import STAGE_CODES
from scorecard_app.gui.i18n_runtime import set_language
from scorecard_app.gui.main_window import MainWindow


@pytest.fixture
def pseudo_long(qapp, monkeypatch):
    monkeypatch.setenv("SCORECARD_PSEUDO", "long")
    set_language("en")
    yield
    monkeypatch.delenv("SCORECARD_PSEUDO")
    set_language("en")


def _shown(w: QWidget) -> bool:
    return w.isVisible() and w.width() > 0 and w.window().isVisible()


def clipped_texts(root: QWidget) -> list[str]:
    """Labels and buttons whose text needs more room than they were given."""
    out = []
    for w in root.findChildren(QWidget):
        if not _shown(w):
            continue
        if isinstance(w, QLabel):
            if w.wordWrap() or not w.text() or w.pixmap() is not None and not w.pixmap().isNull():
                continue
            need = w.sizeHint().width()
            have = w.width()
        elif isinstance(w, QAbstractButton):
            if not w.text():
                continue
            need = w.sizeHint().width()
            have = w.width()
        else:
            continue
        if need > have + 1:
            out.append(
                f"{type(w).__name__} {w.text()[:60]!r} needs {need}px, has {have}px "
                f"(in {type(w.parent()).__name__})"
            )
    return out


def test_pseudo_long_strings_fit_on_every_step(qtbot, pseudo_long, demo_store, settings):
    win = MainWindow(demo_store, settings)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    problems = [f"home: {p}" for p in clipped_texts(win)]
    current = next(c for c in demo_store.list_cycles() if c.status != "complete")
    ws = win.open_cycle(current.id)
    for stage in STAGE_CODES:
        ws.go_to(stage)
        QApplication.processEvents()
        problems += [f"{stage}: {p}" for p in clipped_texts(ws.page(stage))]
    problems += [f"window: {p}" for p in clipped_texts(ws) if "page_" not in p]
    assert not problems, "\n".join(problems)


def test_the_walk_catches_a_clipped_button(qtbot, pseudo_long):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    box = QWidget()
    qtbot.addWidget(box)
    QVBoxLayout(box)
    b = QPushButton("A rather long button text that cannot fit", box)
    b.setFixedWidth(60)
    box.layout().addWidget(b)
    box.show()
    assert clipped_texts(box)
