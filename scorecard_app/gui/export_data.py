"""File ▸ Export open data…: the open cycle's results as a Frictionless data package.

The same package as `scorecard export-data` (scorecard_app.opendata): a folder of CSV files or
one JSON file, with no participant rows or names and figures under 5 people suppressed. The
cycle is read here on the GUI thread (its connection lives here); the files are written by a
background job that reports its progress.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scorecard_app.core.disclosure import MIN_CELL
from scorecard_app.store import Store

from . import workers


class ExportDataDialog(QDialog):
    def __init__(self, store: Store, cycle_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export open data"))
        self.setAccessibleName(self.tr("Export open data"))
        self.data = store.load_cycle(cycle_id)
        previous = store.previous_data(cycle_id)
        self.previous = None if previous is None or previous.cycle.training else previous
        self.job = None
        self.written: Path | None = None

        intro = QLabel(
            self.tr(
                "Writes this cycle's results as open data that anyone can reuse: facilities, "
                "indicators, scores by group type, the action plan and its follow-up. No "
                "participant and no name is included; a figure resting on fewer than %1 "
                "people is hidden."
            ).replace("%1", str(MIN_CELL))
        )
        intro.setWordWrap(True)
        intro.setAccessibleName(self.tr("What is exported"))

        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Format"))
        self.format.addItem(self.tr("A folder of CSV files (with datapackage.json)"), "csv")
        self.format.addItem(self.tr("One JSON file"), "json")
        # The open-data writer (and the method behind it) loads with the dialog, not with the
        # window: it is off the start path.
        from scorecard_app.opendata import DEFAULT_LICENCE, LICENCES

        self.licence = QComboBox()
        self.licence.setAccessibleName(self.tr("Licence"))
        for code, (title, _url) in LICENCES.items():
            self.licence.addItem(f"{title} ({code})", code)
        self.licence.setCurrentIndex(self.licence.findData(DEFAULT_LICENCE))
        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow(self.tr("&Licence:"), self.licence)

        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))

        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setAccessibleName(self.tr("Export"))
        self.export_button.clicked.connect(self.choose_and_export)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))

        if self.data.cycle.training:
            self.status.setText(
                self.tr("This is a training cycle: practice is never exported as open data.")
            )
            self.export_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def choose_and_export(self) -> None:
        fmt = self.format.currentData()
        if fmt == "csv":
            folder = QFileDialog.getExistingDirectory(
                self, self.tr("Choose a folder for the data package")
            )
            if not folder:
                return
            target = Path(folder)
        else:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the data package"),
                f"scorecard-round-{self.data.cycle.round_no}.json",
                self.tr("JSON files (*.json)"),
            )
            if not name:
                return
            target = Path(name)
        self.export_to(target, fmt)

    def export_to(self, target: Path, fmt: str) -> None:
        """Write the package in the background; the dialog stays responsive."""
        if self.job is not None:
            return
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Exporting…"))
        self.progress.setRange(0, 0)  # busy until the first report
        licence = self.licence.currentData()
        data, previous = self.data, self.previous

        from scorecard_app.opendata import write_cycle_package

        def work(report):
            return write_cycle_package(
                data, previous, target, fmt=fmt, licence=licence, progress=report
            )

        self.job = workers.run_in_background(
            work, on_result=self._done, on_error=self._failed, on_progress=self._progress
        )

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _done(self, result) -> None:
        path, counts = result
        self.job = None
        self.written = path
        self.export_button.setEnabled(True)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.status.setText(
            self.tr("Saved %1: %2 results, %3 actions.")
            .replace("%1", str(path))
            .replace("%2", str(counts["results"]))
            .replace("%3", str(counts["actions"]))
        )

    def _failed(self, message: str) -> None:
        self.job = None
        self.export_button.setEnabled(True)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status.setText(self.tr("Could not export: %1").replace("%1", message))


def install(window) -> None:
    """Add File ▸ Export open data…, enabled while a cycle is open."""
    act = QAction(QCoreApplication.translate("ExportDataDialog", "Export open &data…"), window)

    def open_dialog() -> None:
        ws = window.workspace
        if ws is None or window.stack.currentWidget() is not ws:
            return
        dlg = ExportDataDialog(ws.ctx.store, ws.ctx.cycle_id, window)
        window.export_data_dialog = dlg
        dlg.show()

    def update(*_):
        ws = window.workspace
        act.setEnabled(ws is not None and window.stack.currentWidget() is ws)

    act.triggered.connect(open_dialog)
    window.stack.currentChanged.connect(update)
    update()  # installed after the first paint, a cycle may be open already
    window.act_export_data = act
    actions = window.file_menu.actions()
    window.file_menu.insertAction(actions[3] if len(actions) > 3 else None, act)
