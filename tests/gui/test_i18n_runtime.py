"""Switching the interface language while the app runs; right-to-left; Qt's own buttons;
settings (language, text size, contrast); `--lang`; pseudo-localisation; locale helpers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from scorecard_app.gui import i18n_runtime
from scorecard_app.gui.appearance import appearance
from scorecard_app.gui.i18n_runtime import language_manager, set_language
from scorecard_app.gui.main_window import MainWindow
from scorecard_app.gui.saved_settings import (
    KEY_CONTRAST,
    KEY_LANGUAGE,
    KEY_TEXT_SCALE,
    apply_saved_settings,
)
from scorecard_app.gui.settings_dialog import SettingsDialog


@pytest.fixture(autouse=True)
def back_to_english(qapp, monkeypatch):
    """Every test starts and ends in English, at 100 %, normal contrast."""
    monkeypatch.delenv("SCORECARD_PSEUDO", raising=False)
    set_language("en")
    yield
    monkeypatch.delenv("SCORECARD_PSEUDO", raising=False)
    set_language("en")
    appearance().set_text_scale(100)
    appearance().set_contrast("system")


def _menu_titles(win) -> list[str]:
    return [a.text() for a in win.menuBar().actions()]


def _header(win) -> list[str]:
    m = win.home.table.model()
    return [m.headerData(c, Qt.Orientation.Horizontal) for c in range(m.columnCount())]


def _open_demo_cycle(win, demo_store):
    cycle_id = next(c.id for c in demo_store.list_cycles() if c.round_no == 3)
    return win.open_cycle(cycle_id)


def test_switching_language_retranslates_the_open_window(qtbot, demo_store, settings):
    win = MainWindow(demo_store, settings)
    qtbot.addWidget(win)
    win.show()
    assert "&File" in _menu_titles(win)
    assert _header(win)[0] == "Facility"

    set_language("vi")
    assert "&Tệp" in _menu_titles(win)
    assert "&File" not in _menu_titles(win)
    assert _header(win)[0] == "Cơ sở"

    set_language("et")
    assert "&Fail" in _menu_titles(win)
    assert _header(win)[0] == "Asutus"

    set_language("en")
    assert "&File" in _menu_titles(win)
    assert _header(win)[0] == "Facility"


def test_open_cycle_and_its_step_page_follow_a_switch(qtbot, demo_store, settings):
    win = MainWindow(demo_store, settings)
    qtbot.addWidget(win)
    win.show()
    ws = _open_demo_cycle(win, demo_store)
    ws.go_to("participants")
    stack_before = ws.undo_stack

    set_language("mk")
    assert win.workspace is ws and ws.undo_stack is stack_before  # same cycle, same history
    assert ws.current_stage() == "participants"
    assert "круг 3" in ws.header.text()
    page = ws.page("participants")
    shown = " ".join(w.text() for w in page.findChildren(QLabel) if w.isVisibleTo(page))
    assert any(ch in shown for ch in "абвгдежзиклмнопрстуфхцчшѓќљњџ"), shown
    assert ws.nav.accessibleName() == "Чекори"
    assert ws.nav.count() == 10

    set_language("en")
    assert "round 3" in ws.header.text()


def test_hebrew_mirrors_the_window_and_the_pages(qtbot, demo_store, settings):
    win = MainWindow(demo_store, settings)
    qtbot.addWidget(win)
    win.show()
    ws = _open_demo_cycle(win, demo_store)
    set_language("he")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert win.layoutDirection() == Qt.LayoutDirection.RightToLeft
    page = ws.page(ws.current_stage())
    assert page.isRightToLeft()
    assert ws.nav.isRightToLeft()
    assert "&קובץ" in _menu_titles(win)
    set_language("lv")
    assert win.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert not page.isRightToLeft() or page.parent() is None


@pytest.mark.parametrize(
    "lang, ok, cancel",
    [
        ("vi", "OK", "Hủy"),
        ("et", "OK", "Loobu"),
        ("mk", "Во ред", "Откажи"),
        ("he", "אישור", "ביטול"),
    ],
)
def test_qt_standard_buttons_are_translated(qtbot, lang, ok, cancel):
    set_language(lang)
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    B = QDialogButtonBox.StandardButton
    assert box.button(B.Ok).text() == ok
    assert box.button(B.Cancel).text() == cancel


def test_settings_dialog_applies_each_choice_at_once_and_saves_it(qtbot, demo_store, settings):
    win = MainWindow(demo_store, settings)
    qtbot.addWidget(win)
    win.show()
    assert win.act_settings.shortcut().toString() == "Ctrl+,"
    dlg = SettingsDialog(settings, win)
    qtbot.addWidget(dlg)
    dlg.show()
    base = appearance().base_font.pointSizeF()

    dlg.language.setCurrentIndex(dlg.language.findData("lv"))
    assert language_manager().language == "lv"
    assert "&Fails" in _menu_titles(win)
    assert dlg.windowTitle() == "Iestatījumi"
    assert settings.value(KEY_LANGUAGE) == "lv"

    dlg.text_size.setValue(150)
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.5)
    assert settings.value(KEY_TEXT_SCALE) in (150, "150")

    dlg.contrast.setCurrentIndex(2)
    pal = QApplication.palette()
    assert pal.color(QPalette.ColorRole.Window).name() == "#000000"
    assert pal.color(QPalette.ColorRole.WindowText).name() == "#ffffff"
    assert settings.value(KEY_CONTRAST) == "high"
    dlg.contrast.setCurrentIndex(1)
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() != "#000000"


def test_saved_settings_are_applied_at_start_and_lang_option_wins(settings):
    settings.setValue(KEY_LANGUAGE, "et")
    settings.setValue(KEY_TEXT_SCALE, 120)
    assert apply_saved_settings(settings) == "et"
    assert QLocale().language() == QLocale.Language.Estonian
    assert appearance().text_scale == 120
    assert apply_saved_settings(settings, "he") == "he"
    assert settings.value(KEY_LANGUAGE) == "et"  # --lang does not overwrite the choice
    with pytest.raises(ValueError, match="Unknown language"):
        apply_saved_settings(settings, "xx")


def test_unknown_lang_option_is_one_plain_line(tmp_path, capsys):
    from scorecard_app.cli import main

    assert main(["--db", str(tmp_path / "s.sqlite3"), "--lang", "xx"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("Unknown language") and "\n" not in err


def test_pseudo_long_doubles_our_strings_but_not_qt_internals(
    qtbot, monkeypatch, demo_store, settings
):
    monkeypatch.setenv("SCORECARD_PSEUDO", "long")
    set_language("en")
    win = MainWindow(demo_store, settings)
    qtbot.addWidget(win)
    assert "&File File" in _menu_titles(win)
    assert _header(win)[0] == "Facility Facility"
    # placeholders survive, so formatted strings still format
    assert "{facility}" in i18n_runtime.pseudo_text("{facility} · round {round}", "long")


def test_pseudo_rtl_reverses_words_and_mirrors(qtbot, monkeypatch, demo_store, settings):
    monkeypatch.setenv("SCORECARD_PSEUDO", "rtl")
    set_language("en")
    win = MainWindow(demo_store, settings)
    qtbot.addWidget(win)
    assert _header(win)[0] == "ytilicaF"
    assert win.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert i18n_runtime.pseudo_text("round {n} of {total}", "rtl") == " dnuor{n} fo {total}"


def test_bundled_fonts_are_registered():
    families = i18n_runtime.register_fonts()
    assert "DejaVu Sans" in families
    assert "DejaVu Sans" in QFontDatabase.families()


def test_dates_numbers_and_sorting_follow_the_language():
    set_language("et")
    assert i18n_runtime.format_date("2026-03-05", long=True).endswith("5. märts 2026")
    assert i18n_runtime.format_score(3.5) == "3,5"
    assert i18n_runtime.format_number(12345) in ("12 345", "12\u00a0345")
    assert i18n_runtime.sorted_by_collation(["Zoo", "Tee", "Sõna"]) == ["Sõna", "Zoo", "Tee"]
    set_language("lv")
    assert "2026. gada 5. marts" in i18n_runtime.format_date("2026-03-05", long=True)
    set_language("en")
    assert i18n_runtime.format_score(3.5) == "3.5"
    assert i18n_runtime.sorted_by_collation(["Zoo", "Tee", "Sõna"]) == ["Sõna", "Tee", "Zoo"]


def test_library_indicators_in_the_interface_language():
    set_language("vi")
    assert i18n_runtime.library_text("HC01") == "Thời gian chờ trước khi được khám"
    assert i18n_runtime.library_text("Waiting time before being seen").startswith("Thời gian")
    assert i18n_runtime.library_text("A custom indicator") == "A custom indicator"


def test_cycle_list_sorts_in_the_languages_alphabet(qtbot, store, settings):
    from scorecard_app.core import entities as e

    for name in ("Zoo clinic", "Tee clinic", "Sõna clinic"):
        f = e.Facility(name=name)
        store.create_cycle(e.Cycle(facility_id=f.id, community="Village"), f)
    win = MainWindow(store, settings)
    qtbot.addWidget(win)
    win.show()

    def facilities():
        m = win.home.table.model()
        return [m.index(r, 0).data() for r in range(m.rowCount())]

    assert facilities() == ["Sõna clinic", "Tee clinic", "Zoo clinic"]
    set_language("et")  # Estonian: s, š, z, ž, t … so Z comes before T
    assert facilities() == ["Sõna clinic", "Zoo clinic", "Tee clinic"]


def test_score_faces_are_drawn_in_the_text_colour_so_high_contrast_shows_them():
    from scorecard_app.core.scales import get_scale
    from scorecard_app.gui.scale_widgets import face_icon

    def inks(icon):
        img = icon.pixmap(22, 22).toImage()
        return {
            img.pixelColor(x, y).name()
            for x in range(img.width())
            for y in range(img.height())
            if img.pixelColor(x, y).alpha() == 255
        }

    appearance().set_contrast("high")
    assert "#ffffff" in inks(face_icon(get_scale("faces5"), 4))
    appearance().set_contrast("normal")
    assert "#ffffff" not in inks(face_icon(get_scale("faces5"), 4))
