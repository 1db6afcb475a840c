"""Every step page in each translated language: screen readers still get a name for every
focusable widget, and no two Alt+letter mnemonics on a page (menu bar included) collide
unless they already collide in English.

The walk of names reuses test_accessibility.unnamed_focusables (the English walk lives there).
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QTabBar, QWidget
from test_accessibility import unnamed_focusables

from scorecard_app.core.stages import STAGE_CODES
from scorecard_app.gui.i18n_runtime import set_language
from scorecard_app.gui.main_window import MainWindow

LANGS = ("vi", "et", "mk", "he", "lv")
_MNEMONIC = re.compile(r"&(?!&)(\w)")


@pytest.fixture(autouse=True)
def back_to_english(qapp, monkeypatch):
    monkeypatch.delenv("SCORECARD_PSEUDO", raising=False)
    set_language("en")
    yield
    set_language("en")


def mnemonic_owners(win, root: QWidget) -> list[tuple[str, str]]:
    """(letter, text) for the menu bar's titles and every shown label, button, box and tab,
    in a fixed order, so that the same position means the same widget in every language."""
    texts = [a.text() for a in win.menuBar().actions()]
    for w in root.findChildren(QWidget):
        if not w.isVisible():
            continue
        if isinstance(w, QLabel) and w.buddy() is not None:
            texts.append(w.text())
        elif isinstance(w, QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QTabBar):
            texts += [w.tabText(i) for i in range(w.count())]
    return [(m.group(1).lower(), t) for t in texts if (m := _MNEMONIC.search(t))]


def clashes(win, root) -> dict[frozenset[int], list[str]]:
    """Positions of owners sharing a letter -> their texts."""
    owners = mnemonic_owners(win, root)
    by_letter: dict[str, list[int]] = {}
    for i, (letter, _text) in enumerate(owners):
        by_letter.setdefault(letter, []).append(i)
    return {frozenset(v): [owners[i][1] for i in v] for v in by_letter.values() if len(v) > 1}


def _walk(win, demo_store):
    win.show_home()
    QApplication.processEvents()
    yield "home", win.home
    current = next(c for c in demo_store.list_cycles() if c.status != "complete")
    ws = win.open_cycle(current.id)
    for stage in STAGE_CODES:
        ws.go_to(stage)
        QApplication.processEvents()
        yield stage, ws


@pytest.mark.parametrize("lang", LANGS)
def test_translated_pages_name_every_focusable_widget(qtbot, demo_store, settings, lang):
    set_language(lang)
    win = MainWindow(demo_store, settings)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    missing = [f"home: {m}" for m in unnamed_focusables(win.home)]
    for stage, ws in _walk(win, demo_store):
        if stage != "home":
            missing += [f"{stage}: {m}" for m in unnamed_focusables(ws.page(stage))]
    assert not missing, "\n".join(missing)


@pytest.mark.parametrize("lang", LANGS)
def test_no_new_mnemonic_clashes_in_translations(qtbot, demo_store, settings, lang):
    win = MainWindow(demo_store, settings)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    english = {stage: set(clashes(win, ws)) for stage, ws in _walk(win, demo_store)}
    set_language(lang)  # the same window, retranslated in place
    problems = []
    for stage, ws in _walk(win, demo_store):
        for group, texts in clashes(win, ws).items():
            if not any(group <= old for old in english[stage]):
                problems.append(f"{stage}: {texts}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", ("en", *LANGS))
def test_new_cycle_dialog_has_no_mnemonic_clash(qtbot, demo_store, lang):
    from scorecard_app.gui.cycle_setup import CycleSetupDialog

    set_language(lang)
    dlg = CycleSetupDialog(demo_store)
    qtbot.addWidget(dlg)
    dlg.show()
    letters: dict[str, list[str]] = {}
    for w in dlg.findChildren(QWidget):
        if w.isVisible() and isinstance(w, QLabel | QAbstractButton):
            if m := _MNEMONIC.search(w.text()):
                letters.setdefault(m.group(1).lower(), []).append(w.text())
    assert not {k: v for k, v in letters.items() if len(v) > 1}
