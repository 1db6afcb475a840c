"""The Print centre of an open cycle: pick printables, language and paper, preview the pages,
save the PDF, open it in the system viewer or print it.

PDFs are made off the GUI thread (workers.run_in_background). The job opens its own Store on
the same file, because a SQLite connection must stay in the thread that opened it. Pages are
previewed as images made by poppler's pdftoppm; without it, the PDF still saves and opens.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from scorecard_app.i18n import LANGUAGES
from scorecard_app.store import Store

from . import workers
from .i18n_bridge import tr_core

PREVIEW_DPI = 60
PRINT_DPI = 200


def safe_file_name(text: str) -> str:
    """Letters of any script, digits, '-' and '_' kept; the rest (slashes, colons…) become '-'."""
    out = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in text.strip())
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")[:120] or "scorecard"


@dataclass
class Made:
    """What one generation produced: a PDF per printable and its page images (may be none)."""

    folder: Path
    pdfs: dict[str, Path] = field(default_factory=dict)
    pages: dict[str, list[Path]] = field(default_factory=dict)


def page_images(pdf: Path, folder: Path, dpi: int) -> list[Path]:
    """The PDF's pages as PNG files (empty when poppler's pdftoppm is not installed)."""
    exe = shutil.which("pdftoppm")
    if exe is None:
        return []
    import subprocess  # only for a preview: not loaded with the window

    prefix = folder / pdf.stem
    subprocess.run([exe, "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
    return sorted(folder.glob(f"{pdf.stem}-*.png"))


def make_printables(
    db_path: Path,
    cycle_id: str,
    kinds: list[str],
    lang: str,
    paper: str,
    report,
    preview: bool = True,
) -> Made:
    """Render the chosen printables into a fresh temporary folder (runs in a worker thread)."""
    # reportlab: loaded on first print, not at start
    from scorecard_app.reports import CycleFigures, render

    made = Made(Path(tempfile.mkdtemp(prefix="scorecard-print-")))
    steps = len(kinds) * (2 if preview else 1)
    done = 0
    with Store.open(db_path, backups=False) as store:
        # Earlier rounds, results and trends worked out once for the whole batch of kinds.
        figures = CycleFigures(
            store.load_cycle(cycle_id), lambda d: store.previous_data(d.cycle.id)
        )
        for kind in kinds:
            pdf = render(
                kind,
                figures,
                None,
                made.folder / f"{kind}.pdf",
                lang=lang,
                paper=paper,
            )
            made.pdfs[kind] = pdf
            done += 1
            report(done, steps)
            if preview:
                made.pages[kind] = page_images(pdf, made.folder, PREVIEW_DPI)
                done += 1
                report(done, steps)
    return made


class PrintCentre(QDialog):
    def __init__(self, store: Store, cycle_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print centre"))
        self.store, self.cycle_id = store, cycle_id
        self.made: Made | None = None
        self.busy = False
        self.job = None  # the running job, kept alive until it reports
        data = store.load_cycle(cycle_id)
        from scorecard_app.reports import KINDS  # loaded when the dialog opens, not at start

        self.kinds = QListWidget()
        self.kinds.setAccessibleName(self.tr("Printables"))
        for code, k in KINDS.items():
            family = self.tr("for the session") if k.family == "blank" else self.tr("results")
            item = QListWidgetItem(f"{tr_core('Printables', k.title)} ({family})")
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.kinds.addItem(item)
        self.kinds.itemChanged.connect(self._selection_changed)

        self.language = QComboBox()
        for code, lang in LANGUAGES.items():
            self.language.addItem(lang.native, code)
        self.language.setCurrentIndex(max(0, self.language.findData(data.cycle.language)))
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("Letter"), "letter")
        self.language.setAccessibleName(self.tr("Language"))
        self.paper.setAccessibleName(self.tr("Paper"))
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Paper:"), self.paper)
        self.language.currentIndexChanged.connect(self._options_changed)
        self.paper.currentIndexChanged.connect(self._options_changed)

        self.btn_preview = QPushButton(self.tr("Pre&view"))
        self.btn_save = QPushButton(self.tr("&Save PDF…"))
        self.btn_open = QPushButton(self.tr("&Open in viewer"))
        self.btn_print = QPushButton(self.tr("P&rint…"))
        self.btn_close = QPushButton(self.tr("Close"))
        for b in (self.btn_preview, self.btn_save, self.btn_open, self.btn_print, self.btn_close):
            b.setAccessibleName(b.text().replace("&", "").rstrip("…"))
        self.btn_preview.clicked.connect(self.preview)
        self.btn_save.clicked.connect(self.save)
        self.btn_open.clicked.connect(self.open_in_viewer)
        self.btn_print.clicked.connect(self.print_)
        self.btn_close.clicked.connect(self.reject)

        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.pages_box = QWidget()
        self.pages_layout = QVBoxLayout(self.pages_box)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.pages_box)
        self.scroll.setAccessibleName(self.tr("Page preview"))

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.addWidget(QLabel(self.tr("Tick what to print:")))
        ll.addWidget(self.kinds, 1)
        ll.addLayout(form)
        buttons = QHBoxLayout()
        for b in (self.btn_preview, self.btn_save, self.btn_open, self.btn_print):
            buttons.addWidget(b)
        ll.addLayout(buttons)
        ll.addWidget(self.progress)
        ll.addWidget(self.status)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.scroll)
        split.setStretchFactor(1, 1)
        lay = QVBoxLayout(self)
        lay.addWidget(split, 1)
        close_row = QHBoxLayout()
        close_row.addStretch(1)
        close_row.addWidget(self.btn_close)
        lay.addLayout(close_row)
        self.resize(1100, 720)
        self._selection_changed()

    # ------------------------------------------------------------- choosing
    def selected(self) -> list[str]:
        out = []
        for i in range(self.kinds.count()):
            item = self.kinds.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def select(self, *codes: str) -> None:
        for i in range(self.kinds.count()):
            item = self.kinds.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _selection_changed(self, *_):
        self.made = None
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.busy
        some = bool(self.selected())
        for b in (self.btn_preview, self.btn_save, self.btn_open, self.btn_print):
            b.setEnabled(some and not busy)

    def _options_changed(self, *_):
        self.made = None

    # ----------------------------------------------------------- generating
    def _generate(self, then, preview: bool = True) -> None:
        """Make the selected PDFs in the background, then call then(made) on the GUI thread."""
        if self.made is not None and (self.made.pages or not preview):
            then(self.made)
            return
        kinds = self.selected()
        if not kinds or self.busy:
            return
        self.busy = True
        db_path = self.store.path
        lang, paper = self.language.currentData(), self.paper.currentData()
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.status.setText(self.tr("Making the PDF…"))
        for b in (self.btn_preview, self.btn_save, self.btn_open, self.btn_print):
            b.setEnabled(False)

        def done(made: Made) -> None:
            self.busy, self.job = False, None
            self.made = made
            self.progress.setVisible(False)
            self.status.setText("")
            self._update_buttons()
            then(made)

        def failed(message: str) -> None:
            self.busy, self.job = False, None
            self.progress.setVisible(False)
            self.status.setText(self.tr("The PDF could not be made: {error}").format(error=message))
            self._update_buttons()

        def progress(n: int, total: int) -> None:
            self.progress.setRange(0, total)
            self.progress.setValue(n)

        job = workers.run_in_background(
            lambda report: make_printables(
                db_path, self.cycle_id, kinds, lang, paper, report, preview
            ),
            on_result=done,
            on_error=failed,
            on_progress=progress,
        )
        if self.busy:  # still running (in tests, jobs finish inside run_in_background)
            self.job = job

    def preview(self) -> None:
        self._generate(self._show_pages)

    def _show_pages(self, made: Made) -> None:
        while self.pages_layout.count():
            w = self.pages_layout.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        images = [p for kind in made.pdfs for p in made.pages.get(kind, [])]
        if not images:
            self.status.setText(
                self.tr(
                    "No preview: this computer lacks the pdftoppm program. Open the PDF in "
                    "the viewer instead."
                )
            )
            return
        for n, path in enumerate(images, 1):
            label = QLabel()
            label.setPixmap(QPixmap(str(path)))
            label.setAccessibleName(self.tr("Page {n}").format(n=n))
            label.setFrameShape(QLabel.Shape.Box)
            self.pages_layout.addWidget(label)
        self.status.setText(self.tr("%n page(s)", "", len(images)))

    def preview_pages(self) -> list[QLabel]:
        return [w for w in self.pages_box.findChildren(QLabel) if w.pixmap() is not None]

    # ----------------------------------------------------------- delivering
    def save(self) -> None:
        self._generate(self._save, preview=False)

    def suggested_path(self, kind: str) -> Path:
        """Documents/<facility>-round<n>-<kind>.pdf: found again later, and two rounds or two
        facilities never overwrite each other's sheets."""
        d = self.store.load_cycle(self.cycle_id)
        name = safe_file_name(f"{d.facility.name}-round{d.cycle.round_no}-{kind}") + ".pdf"
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(docs or Path.home()) / name

    def _save(self, made: Made) -> None:
        if len(made.pdfs) == 1:
            kind, pdf = next(iter(made.pdfs.items()))
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save PDF"),
                str(self.suggested_path(kind)),
                self.tr("PDF files (*.pdf)"),
            )
            if not path:
                return
            targets = {kind: Path(path)}
        else:
            first = self.suggested_path(next(iter(made.pdfs)))
            folder = QFileDialog.getExistingDirectory(
                self, self.tr("Save the PDFs in"), str(first.parent)
            )
            if not folder:
                return
            targets = {k: Path(folder) / self.suggested_path(k).name for k in made.pdfs}
        try:
            for kind, target in targets.items():
                shutil.copyfile(made.pdfs[kind], target)
        except OSError as e:
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("The PDF could not be saved: {error}").format(error=e.strerror or e),
            )
            return
        self.status.setText(
            self.tr("Saved: {files}").format(files=", ".join(str(t) for t in targets.values()))
        )

    def open_in_viewer(self) -> None:
        self._generate(self._open, preview=False)

    def _open(self, made: Made) -> None:
        for pdf in made.pdfs.values():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(pdf)))

    def print_(self) -> None:
        self._generate(self._print, preview=False)

    def _print(self, made: Made) -> None:
        """Print through the system's print dialog (pages rasterised at 200 dpi); without
        pdftoppm, hand the PDF to the system viewer, which can print it."""
        try:
            from PySide6.QtPrintSupport import QPrintDialog, QPrinter
        except ImportError:  # a build without print support
            self._open(made)
            return
        if shutil.which("pdftoppm") is None:
            self.status.setText(self.tr("Opening the PDF in the viewer; print it from there."))
            self._open(made)
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer, made)

    def print_to(self, printer, made: Made) -> int:
        """Paint every page of the made PDFs onto a QPrinter; returns the page count."""
        folder = made.folder / "print"
        folder.mkdir(exist_ok=True)
        pages = []
        for pdf in made.pdfs.values():
            pages += page_images(pdf, folder, PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            self.status.setText(self.tr("The printer could not be started."))
            return 0
        for n, path in enumerate(pages):
            if n:
                printer.newPage()
            img = QPixmap(str(path))
            rect = painter.viewport()
            size = img.size().scaled(rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(rect.x(), rect.y(), size.width(), size.height())
            painter.setWindow(img.rect())
            painter.drawPixmap(0, 0, img)
            painter.setViewport(rect)
        painter.end()
        return len(pages)


def install(window) -> None:
    """Add File ▸ Print centre… (Ctrl+P), enabled while a cycle is open."""
    act = QAction(
        QCoreApplication.translate("PrintCentre", "&Print centre…"),
        window,
        shortcut=QKeySequence.StandardKey.Print,
    )

    def open_centre() -> None:
        ws = window.workspace
        if ws is None or window.stack.currentWidget() is not ws:
            return
        dlg = PrintCentre(ws.ctx.store, ws.ctx.cycle_id, window)
        window.print_centre = dlg
        dlg.show()

    def update(*_):
        ws = window.workspace
        act.setEnabled(ws is not None and window.stack.currentWidget() is ws)

    act.triggered.connect(open_centre)
    window.stack.currentChanged.connect(update)
    update()  # installed after the first paint, a cycle may be open already
    window.act_print_centre = act
    actions = window.file_menu.actions()
    window.file_menu.insertAction(actions[2] if len(actions) > 2 else None, act)
