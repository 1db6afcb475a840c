"""The indicators page shows each indicator's pictogram, drawn from the same SVG file as the
printed badge: the screen's clock matches the one the old printed sheets had."""

from pathlib import Path

import pytest
from driving import find
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QListWidget

from scorecard_app.core import entities as e
from scorecard_app.gui.main_window import MainWindow
from scorecard_app.gui.pictogram_icons import pictogram_icon, pictogram_pixmap

REPORTS = Path(__file__).resolve().parents[1] / "reports"


def _ink(image: QImage) -> set[tuple[int, int]]:
    """Pixels drawn more than half opaque and dark (on white for the printed page)."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return {
        (x, y)
        for y in range(image.height())
        for x in range(image.width())
        if QColor.fromRgba(image.pixel(x, y)).alpha() > 128
        and QColor.fromRgba(image.pixel(x, y)).lightness() < 128
    }


def _icon_ink(item, size=32) -> int:
    return len(_ink(item.icon().pixmap(QSize(size, size)).toImage()))


@pytest.fixture
def win(qtbot, store, settings):
    f = e.Facility("Riverside Health Centre", sector="health")
    c = store.create_cycle(e.Cycle(f.id, "Green Hill"), f)
    store.add(e.Indicator(c.id, "Waiting time", code="HC01", pictogram="clock", position=0))
    store.add(e.Indicator(c.id, "Our own question", position=1))  # custom: no pictogram
    w = MainWindow(store, settings)
    qtbot.addWidget(w)
    w.show()
    w.open_cycle(c.id)
    w.workspace.go_to("indicators")
    return w


def test_the_indicators_page_shows_pictograms(win):
    page = win.workspace.page("indicators")
    chosen = find(page, QListWidget, "Chosen indicators")
    assert chosen.iconSize().height() >= 32
    clock, custom = chosen.item(0), chosen.item(1)
    assert _icon_ink(clock) > 60  # the clock's ring and hands
    assert _icon_ink(custom) == 0  # a blank square keeps the texts aligned
    library = find(page, QListWidget, "Library indicators")
    rows = [library.item(r) for r in range(library.count())]
    with_picture = [i for i in rows if i.data(Qt.ItemDataRole.UserRole).get("pictogram")]
    assert with_picture and all(_icon_ink(i) > 30 for i in with_picture)


def test_screen_and_paper_draw_the_same_pictogram(qapp):
    """The clock rendered by Qt against the clock the old canvas code printed (a 48-point
    square in the 72-point tile of tests/reports/pictograms-before.png, at one pixel a point)."""
    names = (REPORTS / "pictograms-before.txt").read_text(encoding="utf-8").split()
    k = names.index("clock")
    page = QImage(str(REPORTS / "pictograms-before.png"))
    x, y = (k % 6) * 72 + 12, (k // 6) * 72 + 12
    printed = _ink(page.copy(x, y, 48, 48))
    pm = pictogram_pixmap("clock", 48, QColor("black"))
    pm.setDevicePixelRatio(1.0)
    shown = _ink(pm.toImage().scaled(48, 48))
    assert len(printed) > 100
    assert len(printed ^ shown) <= 0.15 * len(printed), (len(printed), len(shown))


def test_pictograms_take_the_lists_text_colour(qapp):
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Text, QColor("white"))
    dark.setColor(QPalette.ColorRole.HighlightedText, QColor("yellow"))
    icon = pictogram_icon("clock", dark)
    image = icon.pixmap(QSize(32, 32)).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    opaque = [
        QColor.fromRgba(image.pixel(x, y))
        for y in range(image.height())
        for x in range(image.width())
        if QColor.fromRgba(image.pixel(x, y)).alpha() == 255
    ]
    assert opaque and all(c.lightness() > 200 for c in opaque)  # visible on a dark list


def test_pictograms_are_inked_again_when_high_contrast_comes_on(win, qapp):
    from scorecard_app.gui.appearance import appearance

    chosen = find(win.workspace.page("indicators"), QListWidget, "Chosen indicators")
    look = appearance()
    try:
        look.set_contrast("high")
        qapp.processEvents()
        text = chosen.palette().color(QPalette.ColorRole.Text)
        image = chosen.item(0).icon().pixmap(QSize(32, 32)).toImage()
        image = image.convertToFormat(QImage.Format.Format_ARGB32)
        inked = {
            image.pixelColor(x, y).name()
            for y in range(image.height())
            for x in range(image.width())
            if image.pixelColor(x, y).alpha() == 255
        }
        assert inked == {text.name()}
    finally:
        look.set_contrast("system")  # as the app starts


def test_the_projector_shows_each_indicators_pictogram(qtbot, demo_store, tmp_path):
    from PySide6.QtWidgets import QLabel
    from scoring_helpers import open_step

    _ws, page = open_step(qtbot, demo_store, demo_store.demo_ids[1], "interface_meeting")
    proj = page.open_projector()
    qtbot.addWidget(proj)
    first = proj.rows[0]
    assert first.pictogram  # the demo's indicators come from the library
    symbols = [w for w in proj.body.findChildren(QLabel) if w.pixmap() and not w.pixmap().isNull()]
    symbols = [w for w in symbols if w.pixmap().width() >= proj.base_px * 2]
    assert len(symbols) == proj.PER_PAGE
    image = symbols[0].pixmap().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    white = [
        image.pixelColor(x, y)
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() == 255
    ]
    assert len(white) > 100 and all(c.lightness() > 200 for c in white)  # white on black
    proj.grab().save(str(tmp_path / "projector.png"))
