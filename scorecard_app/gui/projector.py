"""The projector view of the interface meeting: full screen, large type, white on black.

Readable from the back of a village hall: two indicators per screen, each with the community's
and the providers' score as face + number + word and the gap in words. Page Down / Space / →
show the next indicators, Page Up / ← the previous, Esc or F11 leaves.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from scorecard_app.core.scales import Scale
from scorecard_app.core.text import QT_TRANSLATE_NOOP

from .pictogram_icons import pictogram_pixmap
from .scale_widgets import face_pixmap, gap_words, score_sentence, score_text

# What the room reads, in the session's language (marked for lupdate, translated by `speak`).
_CTX = "ProjectorView"
_COMMUNITY = QT_TRANSLATE_NOOP("ProjectorView", "Community")
_PROVIDERS = QT_TRANSLATE_NOOP("ProjectorView", "Providers")
_FOOTER = QT_TRANSLATE_NOOP(
    "ProjectorView", "Screen {page} of {pages} — Page Down: next · Page Up: back · Esc: leave"
)


@dataclass(frozen=True)
class ProjectorRow:
    indicator: str
    community: float | None
    provider: float | None
    gap: float | None
    previous_line: str  # e.g. "Round 2: community 2.5 · providers 4"
    pictogram: str = ""  # the indicator's symbol, as on the printed cards and sheets


class ProjectorView(QWidget):
    """A top-level full-screen window. Build it with the rows; `closed` fires on Esc."""

    closed = Signal()
    PER_PAGE = 2  # two indicators per screen: big enough for the back of the hall

    def __init__(
        self,
        title: str,
        scale: Scale,
        rows: list[ProjectorRow],
        parent: QWidget | None = None,
        speak=None,
    ):
        """`speak(context, text)` translates into the session's language: the room reads the
        screen, and the room may not share the facilitator's interface language."""
        super().__init__(parent, Qt.WindowType.Window)
        self.speak = speak or QCoreApplication.translate
        self.setWindowTitle(title)
        self.setAccessibleName(self.tr("Projector view"))
        self.scale, self.rows, self.page = scale, rows, 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        pal = self.palette()
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            pal.setColor(role, QColor("black"))
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            pal.setColor(role, QColor("white"))
        self.setPalette(pal)
        self.setAutoFillBackground(True)
        self.title = QLabel(title)
        self.footer = QLabel()
        self.title.setWordWrap(True)
        self.body = QWidget()
        self.rows_box = QVBoxLayout(self.body)
        self.rows_box.setContentsMargins(0, 0, 0, 0)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(40, 24, 40, 20)
        lay.addWidget(self.title)
        lay.addWidget(self.body, 1)
        lay.addWidget(self.footer)
        self._fonts()
        self.show_page(0)

    # Sizes follow the window height, so the text is large on any projector.
    def _fonts(self) -> None:
        # about 22 lines down and 30 characters across, whichever is smaller
        self.base_px = max(18, min(max(self.height(), 600) // 22, max(self.width(), 800) // 30))
        f = QFont(self.font())
        f.setPixelSize(int(self.base_px * 1.2))
        f.setBold(True)
        self.title.setFont(f)
        f2 = QFont(self.font())
        f2.setPixelSize(max(14, self.base_px * 2 // 3))
        self.footer.setFont(f2)

    def pages(self) -> int:
        return max(1, -(-len(self.rows) // self.PER_PAGE))

    def show_page(self, page: int) -> None:
        """One block per indicator: its name; both scores side by side; the gap in words and
        last round underneath. Lines do not wrap: the type size follows the window instead."""
        self.page = max(0, min(page, self.pages() - 1))
        while self.rows_box.count():
            item = self.rows_box.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        big = QFont(self.font())
        big.setPixelSize(self.base_px)
        bold = QFont(big)
        bold.setBold(True)
        small = QFont(self.font())
        small.setPixelSize(max(14, self.base_px * 3 // 4))
        start = self.page * self.PER_PAGE
        for n, row in enumerate(self.rows[start : start + self.PER_PAGE], start=start + 1):
            block = QWidget()
            lay = QVBoxLayout(block)
            lay.setContentsMargins(0, 0, 0, self.base_px // 2)
            lay.setSpacing(self.base_px // 5)
            name = QLabel(f"{n}. {row.indicator}")
            name.setFont(bold)
            name.setWordWrap(True)
            heading = QHBoxLayout()
            if row.pictogram:  # people who don't read match it with the cards in their hands
                symbol = QLabel()
                white = self.palette().color(QPalette.ColorRole.WindowText)
                symbol.setPixmap(pictogram_pixmap(row.pictogram, self.base_px * 2, white))
                heading.addWidget(symbol)
            heading.addWidget(name, 1)
            lay.addLayout(heading)
            for who, value in (
                (self.speak(_CTX, _COMMUNITY), row.community),
                (self.speak(_CTX, _PROVIDERS), row.provider),
            ):
                lay.addWidget(self._score(who, value, big))
            gap = QLabel(gap_words(row.gap, self.speak))
            gap.setFont(bold)
            lay.addWidget(gap)
            if row.previous_line:
                prev = QLabel(row.previous_line)
                prev.setFont(small)
                lay.addWidget(prev)
            self.rows_box.addWidget(block)
        self.rows_box.addStretch(1)
        self.footer.setText(
            self.speak(_CTX, _FOOTER).format(page=self.page + 1, pages=self.pages())
        )

    def _score(self, who: str, value: float | None, font: QFont) -> QWidget:
        box = QWidget()
        lay = QHBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        face = QLabel()
        if value is not None:
            face.setPixmap(
                face_pixmap(self.scale.band(value), int(self.base_px * 1.5), QColor("white"))
            )
        text = QLabel(f"{who}: {score_text(self.scale, value, self.speak)}")
        text.setFont(font)
        box.setAccessibleName(f"{who}: {score_sentence(self.scale, value, self.speak)}")
        lay.addWidget(face)
        lay.addWidget(text)
        lay.addStretch(1)
        return box

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        old = getattr(self, "base_px", 0)
        self._fonts()
        if old != self.base_px:
            self.show_page(self.page)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        k = event.key()
        if k in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
            self.close()
        elif k in (Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_Down):
            self.show_page(self.page + 1)
        elif k in (Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.show_page(self.page - 1)
        elif k == Qt.Key.Key_Home:
            self.show_page(0)
        elif k == Qt.Key.Key_End:
            self.show_page(self.pages() - 1)
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        self.closed.emit()
        super().closeEvent(event)
