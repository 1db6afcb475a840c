"""Reading and seeing: text size (100–200 %) and the high-contrast theme.

Text size scales the application font, so every widget that does not set its own pixel size
follows (stylesheets in this app must not use px font sizes). High contrast is a palette with
white text on black and a yellow selection, applied with the Fusion style, which honours palettes
completely. By default it follows the operating system's contrast preference.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtGui import QPalette

TEXT_SCALE_MIN, TEXT_SCALE_MAX, TEXT_SCALE_STEP = 100, 200, 10
CONTRAST_MODES = ("system", "normal", "high")


class Appearance(QObject):
    """Owns the application's base font and palette, so scaling never compounds."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self.app = app
        self.base_font = QFont(app.font())
        # The style and palette to come back to, kept when high contrast is first turned on
        # (not at start: most starts never change them, and reading them costs PySide6's
        # Python types for QStyle and QPalette before the window can paint).
        self.base_style: str | None = None
        self.base_palette: QPalette | None = None
        self.text_scale = 100
        self.contrast = "system"
        # Keep Python references: a chained styleHints().accessibility() wrapper dies at once.
        self._style_hints = app.styleHints()
        self._a11y_hints = self._style_hints.accessibility()
        self._a11y_hints.contrastPreferenceChanged.connect(self._system_contrast_changed)

    # -------------------------------------------------------------- text size
    def set_text_scale(self, percent: int) -> None:
        percent = max(TEXT_SCALE_MIN, min(TEXT_SCALE_MAX, int(percent)))
        self.text_scale = percent
        f = QFont(self.base_font)
        if self.base_font.pointSizeF() > 0:
            f.setPointSizeF(self.base_font.pointSizeF() * percent / 100)
        else:
            f.setPixelSize(round(self.base_font.pixelSize() * percent / 100))
        self.app.setFont(f)

    # -------------------------------------------------------------- contrast
    def system_prefers_high_contrast(self) -> bool:
        pref = self._a11y_hints.contrastPreference()
        return pref == Qt.ContrastPreference.HighContrast

    def high_contrast_active(self) -> bool:
        if self.contrast == "system":
            return self.system_prefers_high_contrast()
        return self.contrast == "high"

    def set_contrast(self, mode: str) -> None:
        if mode not in CONTRAST_MODES:
            raise ValueError(f"contrast must be one of {CONTRAST_MODES}")
        self.contrast = mode
        self._apply_palette()

    def _system_contrast_changed(self, *_args) -> None:
        if self.contrast == "system":
            self._apply_palette()

    def _apply_palette(self) -> None:
        from PySide6.QtGui import QPalette
        from PySide6.QtWidgets import QStyleFactory

        if self.high_contrast_active():
            if self.base_palette is None:
                self.base_style = self.app.style().name()
                self.base_palette = QPalette(self.app.palette())
            self.app.setStyle(QStyleFactory.create("Fusion"))
            self.app.setPalette(high_contrast_palette())
            # Fusion draws table grid lines a shade darker than the window: black on black
            self.app.setStyleSheet(HIGH_CONTRAST_SHEET)
        elif self.base_palette is not None:  # high contrast was on: back to what was there
            if self.app.styleSheet() == HIGH_CONTRAST_SHEET:
                self.app.setStyleSheet("")
            if self.app.style().name().lower() != self.base_style.lower():
                self.app.setStyle(QStyleFactory.create(self.base_style))
            self.app.setPalette(self.base_palette)
            self.base_style, self.base_palette = None, None


HIGH_CONTRAST_SHEET = "QTableView { gridline-color: #ffffff; }"


def high_contrast_palette() -> QPalette:
    """White on black, yellow selection and links in cyan: readable in sunlight and for low
    vision. Disabled text stays clearly grey, never invisible."""
    from PySide6.QtGui import QColor, QPalette

    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    grey = QColor("#a0a0a0")
    p = QPalette()
    R = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, colour in (
            (R.Window, black),
            (R.WindowText, white),
            (R.Base, black),
            (R.AlternateBase, QColor("#1c1c1c")),
            (R.Text, white),
            (R.Button, black),
            (R.ButtonText, white),
            (R.BrightText, yellow),
            (R.Highlight, yellow),
            (R.HighlightedText, black),
            (R.Link, QColor("#00ffff")),
            (R.LinkVisited, QColor("#ff80ff")),
            (R.ToolTipBase, black),
            (R.ToolTipText, white),
            (R.PlaceholderText, QColor("#c8c8c8")),
            (R.Light, white),
            (R.Midlight, QColor("#d0d0d0")),
            (R.Mid, grey),
            (R.Dark, white),
            (R.Shadow, white),
            (R.Accent, yellow),
        ):
            p.setColor(group, role, colour)
    D = QPalette.ColorGroup.Disabled
    for role, colour in (
        (R.Window, black),
        (R.Base, black),
        (R.Button, black),
        (R.WindowText, grey),
        (R.Text, grey),
        (R.ButtonText, grey),
        (R.Highlight, grey),
        (R.HighlightedText, black),
        (R.PlaceholderText, grey),
    ):
        p.setColor(D, role, colour)
    return p


_current: Appearance | None = None


def appearance() -> Appearance:
    """The application's Appearance, created on first use from the current font and palette."""
    global _current
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("Create the QApplication first.")
    # kept here, not looked up with app.findChild: that wraps every child of the application
    # in Python (and builds their Python types) on the way to the window's first paint
    if _current is None or _current.app is not app:
        _current = Appearance(app)
    return _current
