"""Help that works offline: the facilitator guide (shipped in resources/guide), the keyboard
shortcuts as the window really has them, and the version."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from scorecard_app.assets import resources_dir
from scorecard_app.core.text import QT_TRANSLATE_NOOP


def guide_file() -> Path:
    return resources_dir() / "guide" / "facilitator-guide.md"


class GuideDialog(QDialog):
    """The facilitator guide with its screenshots, read from the installed app."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Facilitator guide"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Facilitator guide"))
        self.browser.setOpenExternalLinks(False)
        path = guide_file()
        if path.exists():
            self.browser.setSearchPaths([str(path.parent)])
            self.browser.setSource(QUrl.fromLocalFile(str(path)))
        else:  # a build without the guide: say so instead of an empty window
            self.browser.setPlainText(self.tr("The guide is not installed with this copy."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.browser, 1)
        lay.addWidget(buttons)
        screen = (parent.screen() if parent else self.screen()).availableGeometry()
        self.resize(min(1000, screen.width() - 40), min(760, screen.height() - 60))


def window_shortcuts(window: QWidget) -> list[tuple[str, str]]:
    """(what, keys) for every menu action with keys, then the keys that work on the pages."""
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for act in window.findChildren(QAction):
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in act.shortcuts()]
        name = act.text().replace("&", "").rstrip("…").split("\t")[0]
        if keys and name and name not in seen:
            seen.add(name)
            rows.append((name, ", ".join(keys)))

    def tr(text: str) -> str:  # (the texts are marked for lupdate with QT_TRANSLATE_NOOP)
        return QCoreApplication.translate("ShortcutsDialog", text)

    rows += [
        (
            tr(QT_TRANSLATE_NOOP("ShortcutsDialog", "Next step / previous step")),
            "Ctrl+PgDown, Ctrl+PgUp",
        ),
        (tr(QT_TRANSLATE_NOOP("ShortcutsDialog", "Projector view (interface meeting)")), "F11"),
        (tr(QT_TRANSLATE_NOOP("ShortcutsDialog", "Tips for this step")), "F1"),
        (
            tr(QT_TRANSLATE_NOOP("ShortcutsDialog", "Save a cell and go to the next")),
            tr(QT_TRANSLATE_NOOP("ShortcutsDialog", "Enter, Tab")),
        ),
        (
            tr(QT_TRANSLATE_NOOP("ShortcutsDialog", "Paste a block copied from a spreadsheet")),
            "Ctrl+V",
        ),
        (
            tr(QT_TRANSLATE_NOOP("ShortcutsDialog", "Remove the selected row")),
            tr(QT_TRANSLATE_NOOP("ShortcutsDialog", "Delete")),
        ),
    ]
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = window_shortcuts(window)
        self.table = QTableWidget(len(rows), 2)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, (what, keys) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(what))
            self.table.setItem(r, 1, QTableWidgetItem(keys))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table, 1)
        lay.addWidget(buttons)
        self.resize(560, 520)
