"""Photos of a flip chart, a signed action plan or the meeting, attached to an issue, an action
or the interface meeting: added with a file dialog or by dropping files, shown as thumbnails,
opened full size, removed. They travel with the cycle by sync and by USB bundle (store.replica
keeps the record and the file; the sync client uploads the file resumably)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from scorecard_app.store import StoreError, replica

from .context import CycleContext
from .field_message import say_not_saved
from .i18n_bridge import tr_error
from .steps.fields import ask_to_remove

MAX_BYTES = 25 * 1024 * 1024  # a phone photo is a few MB; anything far bigger is not a photo
THUMB = 72
MEDIA_TYPES = {"jpeg": "image/jpeg", "jpg": "image/jpeg", "png": "image/png", "webp": "image/webp"}


def image_problem(path: Path) -> str | None:
    """Why a file cannot be attached as a photo (checked before anything is copied)."""
    from PySide6.QtCore import QCoreApplication

    if not path.is_file():
        return QCoreApplication.translate("PhotoStrip", "“{name}” is not a file.").format(
            name=path.name
        )
    if path.stat().st_size > MAX_BYTES:
        return QCoreApplication.translate(
            "PhotoStrip", "“{name}” is too big for a photo (more than 25 MB)."
        ).format(name=path.name)
    reader = QImageReader(str(path))
    fmt = bytes(reader.format()).decode().lower()
    if not reader.canRead() or fmt not in MEDIA_TYPES:
        return QCoreApplication.translate(
            "PhotoStrip", "“{name}” is not a photo (JPEG, PNG or WebP)."
        ).format(name=path.name)
    return None


def media_type(path: Path) -> str:
    return MEDIA_TYPES[bytes(QImageReader(str(path)).format()).decode().lower()]


class PhotoViewer(QDialog):
    """One photo at full size (scrolls when bigger than the screen); Esc closes it."""

    def __init__(self, path: Path, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.image = QLabel()
        self.image.setAccessibleName(title)
        self.image.setPixmap(QPixmap(str(path)))
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        lay = QVBoxLayout(self)
        lay.addWidget(scroll)
        screen = self.screen().availableGeometry()
        self.resize(min(1200, screen.width() - 40), min(800, screen.height() - 60))


class PhotoStrip(QWidget):
    """Thumbnails of what one subject has; `subject()` gives "issue:<id>", "action:<id>",
    "meeting", or None when nothing is selected to attach to."""

    changed = Signal()

    def __init__(
        self, ctx: CycleContext, subject: Callable[[], str | None], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.ctx, self.subject = ctx, subject
        self.setAcceptDrops(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Photos"))
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setFixedHeight(THUMB + self.fontMetrics().lineSpacing() * 2 + 16)
        self.list.setToolTip(self.tr("Drop photo files here, or use Add photo…"))
        self.list.itemActivated.connect(lambda _i: self.open_current())
        self.add_button = QPushButton(self.tr("Add photo…"))
        self.add_button.setAccessibleName(self.tr("Add photo"))
        self.add_button.clicked.connect(self.choose_files)
        self.open_button = QPushButton(self.tr("Open full size"))
        self.open_button.setAccessibleName(self.tr("Open photo full size"))
        self.open_button.clicked.connect(self.open_current)
        self.remove_button = QPushButton(self.tr("Remove photo"))
        self.remove_button.setAccessibleName(self.tr("Remove photo"))
        self.remove_button.clicked.connect(self.remove_current)
        self.viewer: PhotoViewer | None = None
        buttons = QVBoxLayout()
        for b in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.list, 1)
        lay.addLayout(buttons)

    # --------------------------------------------------------------- showing
    def refresh(self) -> None:
        subject = self.subject()
        self.list.clear()
        for b in (self.add_button, self.open_button, self.remove_button):
            b.setEnabled(subject is not None)
        if subject is None:
            return
        for att in replica.attachments(self.ctx.store, self.ctx.cycle_id, subject):
            path = replica.blob_path(self.ctx.store, att["sha256"])
            item = QListWidgetItem(self._thumbnail(path), att["filename"])
            item.setData(Qt.ItemDataRole.UserRole, att)
            item.setToolTip(att["filename"])
            self.list.addItem(item)
        self.open_button.setEnabled(self.list.count() > 0)
        self.remove_button.setEnabled(self.list.count() > 0)

    @staticmethod
    def _thumbnail(path: Path) -> QIcon:
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)  # phone photos carry their rotation
        size = reader.size()
        if size.isValid():
            reader.setScaledSize(size.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio))
        return QIcon(QPixmap.fromImage(reader.read()))

    # ---------------------------------------------------------------- adding
    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add photos"), "", self.tr("Photos (*.jpg *.jpeg *.png *.webp)")
        )
        self.add_files([Path(p) for p in paths])

    def add_files(self, paths: list[Path]) -> int:
        subject = self.subject()
        if subject is None or not paths:
            return 0
        added = 0
        for path in paths:
            problem = image_problem(path)
            if problem is None:
                try:
                    replica.add_attachment(
                        self.ctx.store, self.ctx.cycle_id, path, media_type(path), subject
                    )
                    added += 1
                    continue
                except (StoreError, OSError) as e:
                    problem = tr_error(e)
            say_not_saved(problem, self.list)
        self.refresh()
        self.changed.emit()
        return added

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.subject() is not None and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if self.add_files(paths):
            event.acceptProposedAction()

    # ------------------------------------------------------- opening, removing
    def current(self) -> dict | None:
        item = self.list.currentItem() or (self.list.item(0) if self.list.count() else None)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def open_current(self) -> PhotoViewer | None:
        att = self.current()
        if att is None:
            return None
        path = replica.blob_path(self.ctx.store, att["sha256"])
        self.viewer = PhotoViewer(path, att["filename"], self)
        self.viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.viewer.show()
        return self.viewer

    def remove_current(self) -> None:
        att = self.current()
        if att is None:
            return

        def remove() -> None:
            try:
                replica.remove_attachment(self.ctx.store, att["id"])
            except StoreError as e:
                say_not_saved(tr_error(e), self.list)
            self.refresh()
            self.changed.emit()

        ask_to_remove(
            self, self.tr("Remove the photo “{name}”?").format(name=att["filename"]), remove
        )
