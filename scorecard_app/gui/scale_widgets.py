"""Showing a score the same way everywhere: a face, a word and a number — never colour alone.

Faces are drawn with QPainter (no image files needed) for the five word levels. On the 1–10 and
0–100 scales the face and word come from the band the value falls in (core.scales.Scale.band).
Numbers always go through core.scales.display_value, the one rounding rule for display.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QModelIndex, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from scorecard_app.core.scales import FACE_WORDS, Scale
from scorecard_app.core.text import QT_TRANSLATE_NOOP
from scorecard_app.gui.i18n_runtime import display_value  # core rule, locale decimal mark

from .i18n_bridge import tr_core

# Looked up through `t`, which may be another language's translate: marked here for lupdate.
NO_SCORE = QT_TRANSLATE_NOOP("ScaleWidgets", "no score")
SCORE_SENTENCE = QT_TRANSLATE_NOOP("ScaleWidgets", "{value}, {word}, on a scale of {low} to {high}")
NOT_BOTH = QT_TRANSLATE_NOOP("ScaleWidgets", "Not scored by both sides yet")
SAME = QT_TRANSLATE_NOOP("ScaleWidgets", "Both sides give the same score")
PROVIDERS_HIGHER = QT_TRANSLATE_NOOP("ScaleWidgets", "Providers rate {n} higher")
COMMUNITY_HIGHER = QT_TRANSLATE_NOOP("ScaleWidgets", "Community rates {n} higher")

# A role of our own for the raw number of a cell (float or None), next to the display text.
ValueRole = Qt.ItemDataRole.UserRole + 40


def scale_word(scale: Scale, value: float, t=None) -> str:
    """The translated word of the level a value falls in ("Good"). `t(context, text)` is
    another language's translate (the projector speaks the session's language)."""
    return (t or tr_core)("Scale", scale.word(value))


def score_text(scale: Scale, value: float | None, t=None) -> str:
    """ "3.5 · Acceptable" — the number first (exact display rule), then the word."""
    t = t or QCoreApplication.translate
    if value is None:
        return t("ScaleWidgets", NO_SCORE)
    return f"{display_value(value)} · {scale_word(scale, value, t)}"


def score_sentence(scale: Scale, value: float | None, t=None) -> str:
    """For screen readers: "3.5, Acceptable, on a scale of 1 to 5"."""
    t = t or QCoreApplication.translate
    if value is None:
        return t("ScaleWidgets", NO_SCORE)
    return t("ScaleWidgets", SCORE_SENTENCE).format(
        value=display_value(value),
        word=scale_word(scale, value, t),
        low=display_value(scale.minimum),
        high=display_value(scale.maximum),
    )


# ------------------------------------------------------------------- faces
_face_cache: dict[tuple[int, int, str], QPixmap] = {}


def face_pixmap(band: int, size: int = 22, colour: QColor | None = None) -> QPixmap:
    """A line-drawn face for word level 0 (very bad) … 4 (very good).

    The mouth shape carries the meaning (frown → smile), so it reads in black and white too.
    """
    band = max(0, min(4, int(band)))
    ink = QColor(colour) if colour is not None else QColor(Qt.GlobalColor.black)
    key = (band, size, ink.name())
    if key in _face_cache:
        return _face_cache[key]
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    w = max(1.0, size / 14.0)
    p.setPen(QPen(ink, w))
    r = QRectF(w, w, size - 2 * w, size - 2 * w)
    p.drawEllipse(r)
    # eyes
    eye = size * 0.07
    p.setBrush(ink)
    for x in (0.35, 0.65):
        p.drawEllipse(QPointF(r.left() + r.width() * x, r.top() + r.height() * 0.38), eye, eye)
    p.setBrush(Qt.BrushStyle.NoBrush)
    # mouth: curvature from -1 (frown) to +1 (smile)
    curve = (band - 2) / 2.0
    left = QPointF(r.left() + r.width() * 0.28, r.top() + r.height() * 0.68)
    right = QPointF(r.left() + r.width() * 0.72, r.top() + r.height() * 0.68)
    ctrl = QPointF(r.center().x(), left.y() + curve * r.height() * 0.22)
    path = QPainterPath(left)
    if math.isclose(curve, 0.0):
        path.lineTo(right)
    else:
        path.quadTo(ctrl, right)
    p.drawPath(path)
    p.end()
    _face_cache[key] = pm
    return pm


def face_icon(scale: Scale, value: float | None, size: int = 22) -> QIcon | None:
    if value is None:
        return None
    ink = QApplication.palette().color(QPalette.ColorRole.Text)  # visible in high contrast too
    return QIcon(face_pixmap(scale.band(value), size, ink))


def level_ranges(scale: Scale) -> list[tuple[int, float, float]]:
    """Each word level with the lowest and highest scale value in it: (band, low, high)."""
    out: dict[int, list[float]] = {}
    for v in scale.levels:
        out.setdefault(scale.band(v), []).append(v)
    return [(b, min(vs), max(vs)) for b, vs in sorted(out.items())]


# ----------------------------------------------------------------- widgets
class ScoreBadge(QWidget):
    """A face, the number and the word in one row: how a single score is shown on a page."""

    def __init__(self, scale: Scale, size: int = 22, parent: QWidget | None = None):
        super().__init__(parent)
        self.scale = scale
        self._size = size
        self.face = QLabel()
        self.face.setFixedSize(size, size)
        self.text = QLabel()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.face)
        lay.addWidget(self.text, 1)
        self.set_value(None)

    def set_value(self, value: float | None) -> None:
        self.value = value
        if value is None:
            self.face.clear()
        else:
            self.face.setPixmap(
                face_pixmap(self.scale.band(value), self._size, self.palette().text().color())
            )
        self.text.setText(score_text(self.scale, value))
        self.setAccessibleDescription(score_sentence(self.scale, value))


class ScaleLegend(QWidget):
    """The whole scale in one line: face + number (or range) + word for each level."""

    def __init__(self, scale: Scale, parent: QWidget | None = None):
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("Scale:"))
        lay.addWidget(caption)
        parts = []
        ink = self.palette().color(QPalette.ColorRole.WindowText)
        for band, low, high in level_ranges(scale):
            face = QLabel()
            face.setPixmap(face_pixmap(band, 20, ink))
            nums = (
                display_value(low) if low == high else f"{display_value(low)}–{display_value(high)}"
            )
            word = tr_core("Scale", FACE_WORDS[band])
            label = QLabel(f"{nums} {word}")
            lay.addWidget(face)
            lay.addWidget(label)
            lay.addSpacing(8)
            parts.append(f"{nums} {word}")
        lay.addStretch(1)
        self.setAccessibleName(self.tr("Scale"))
        self.setAccessibleDescription(", ".join(parts))


class ScoreDelegate(QStyledItemDelegate):
    """Table cells holding a score: the model shows face + number + word; editing is plain typing.

    The editor is a line edit holding the raw number; the model's setData validates and saves
    (refusing out-of-range values with a sentence). The editor is named after the cell, so screen
    readers hear which participant and indicator they are typing for.
    """

    def createEditor(self, parent, option: QStyleOptionViewItem, index: QModelIndex):
        ed = QLineEdit(parent)
        name = index.data(Qt.ItemDataRole.AccessibleTextRole) or ""
        ed.setAccessibleName(name or self.tr("Score"))
        desc = index.data(Qt.ItemDataRole.AccessibleDescriptionRole)
        if desc:
            ed.setAccessibleDescription(desc)
        return ed

    def setEditorData(self, editor: QLineEdit, index: QModelIndex) -> None:
        # A typed first key already sits in the editor when editing began by typing; keep it.
        if editor.text():
            return
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setText("" if value is None else str(value))
        editor.selectAll()

    def setModelData(self, editor: QLineEdit, model, index: QModelIndex) -> None:
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


# ------------------------------------------------------------ comparisons
def gap_words(gap: float | None, t=None) -> str:
    """Community minus provider, said in words: "Providers rate 1.5 higher"."""
    t = t or QCoreApplication.translate
    if gap is None:
        return t("ScaleWidgets", NOT_BOTH)
    if abs(gap) < 1e-9:
        return t("ScaleWidgets", SAME)
    if gap < 0:
        return t("ScaleWidgets", PROVIDERS_HIGHER).format(n=display_value(-gap))
    return t("ScaleWidgets", COMMUNITY_HIGHER).format(n=display_value(gap))


def change_words(change: float | None, previous_round: int | None) -> str:
    """Change since the previous round in words: "Up 0.5 since round 2"."""
    if change is None or previous_round is None:
        return QCoreApplication.translate("ScaleWidgets", "No score from an earlier round")
    if abs(change) < 1e-9:
        return QCoreApplication.translate("ScaleWidgets", "No change since round {r}").format(
            r=previous_round
        )
    if change > 0:
        return QCoreApplication.translate("ScaleWidgets", "Up {n} since round {r}").format(
            n=display_value(change), r=previous_round
        )
    return QCoreApplication.translate("ScaleWidgets", "Down {n} since round {r}").format(
        n=display_value(-change), r=previous_round
    )
