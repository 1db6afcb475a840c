"""What a clipped text is, for the pseudo-localised walk (shared by the test and its child)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget


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
