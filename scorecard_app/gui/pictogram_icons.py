"""Pictograms on screen: the same SVG files the printables draw (resources/pictograms/),
rendered with Qt's SVG renderer and inked in the list's own text colours, so they stay visible
in a dark or high-contrast palette (re-inked when it changes) and on a selected row."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from scorecard_app.assets import pictogram, pictograms

SIZE = 32  # logical pixels: recognisable at a glance, like the badge on the printed sheets
NAME_ROLE = Qt.ItemDataRole.UserRole + 32  # the item's pictogram name, to re-ink it


@cache
def _renderer(name: str) -> QSvgRenderer | None:
    path = pictogram(name)
    if path is None:
        return None
    renderer = QSvgRenderer(str(path))
    if not renderer.isValid():
        raise ValueError(f"{path} is not a readable SVG file.")
    return renderer


def pictogram_pixmap(name: str, size: int, ink: QColor) -> QPixmap:
    """The pictogram in ink on a transparent square; blank for a custom indicator (no name or
    one we do not ship), so list rows keep their text aligned."""
    ratio = (
        QGuiApplication.primaryScreen().devicePixelRatio()
        if QGuiApplication.primaryScreen()
        else 1.0
    )
    pm = QPixmap(round(size * ratio), round(size * ratio))
    pm.setDevicePixelRatio(ratio)
    pm.fill(Qt.GlobalColor.transparent)
    renderer = _renderer(name)
    if renderer is not None:
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(p, QRectF(0, 0, size, size))
        p.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        p.fillRect(QRectF(0, 0, size, size), ink)
        p.end()
    return pm


def pictogram_icon(name: str, palette: QPalette, size: int = SIZE) -> QIcon:
    icon = QIcon(pictogram_pixmap(name, size, palette.color(QPalette.ColorRole.Text)))
    selected = pictogram_pixmap(name, size, palette.color(QPalette.ColorRole.HighlightedText))
    icon.addPixmap(selected, QIcon.Mode.Selected)
    return icon


class _Reinker(QObject):
    """Inks a list's pictograms again when its palette changes (e.g. high contrast on)."""

    def eventFilter(self, view, event) -> bool:
        if event.type() == QEvent.Type.PaletteChange and isinstance(view, QListWidget):
            for r in range(view.count()):
                item = view.item(r)
                name = item.data(NAME_ROLE)
                if name is not None:
                    item.setIcon(pictogram_icon(name, view.palette()))
        return False


def show_pictogram(item: QListWidgetItem, name: str) -> None:
    """Put an indicator's pictogram in front of its row (call after adding the item)."""
    view = item.listWidget()
    if view.findChild(_Reinker) is None:
        view.installEventFilter(_Reinker(view))
        view.setIconSize(QSize(SIZE, SIZE).expandedTo(view.iconSize()))
    item.setData(NAME_ROLE, name)
    item.setIcon(pictogram_icon(name, view.palette()))


def drawn_pictograms(size: int = 24) -> tuple[int, int]:
    """(how many shipped pictograms Qt draws with ink, how many there are): the frozen app's
    smoke test shows that Qt's SVG module came along."""
    names = pictograms()
    drawn = 0
    for name in names:
        image = pictogram_pixmap(name, size, QColor("black")).toImage()
        drawn += any(
            image.pixelColor(x, y).alpha()
            for y in range(image.height())
            for x in range(image.width())
        )
    return drawn, len(names)
