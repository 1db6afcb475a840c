"""Running long work (PDFs, sync, imports) off the GUI thread.

A QRunnable cannot carry signals, so each job gets a small QObject with result/error/progress
signals. Tests set `SYNCHRONOUS = True` to run jobs inline (as Picard's FakeThreadPool does).
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from .i18n_bridge import tr_error

SYNCHRONOUS = False


class JobSignals(QObject):
    result = Signal(object)
    error = Signal(str)
    progress = Signal(int, int)  # done, total
    finished = Signal()


class Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], *, with_progress: bool = False):
        super().__init__()
        self.fn = fn
        self.with_progress = with_progress
        self.signals = JobSignals()

    def run(self) -> None:
        try:
            if self.with_progress:
                out = self.fn(lambda done, total: self.signals.progress.emit(done, total))
            else:
                out = self.fn()
        except Exception as e:  # shown to the user as a sentence; the trace goes to stderr
            traceback.print_exc()
            self.signals.error.emit(tr_error(e) or type(e).__name__)
        else:
            self.signals.result.emit(out)
        finally:
            self.signals.finished.emit()


_jobs: set[Job] = set()  # keep Python wrappers alive until the job ends


def run_in_background(
    fn: Callable[..., Any],
    on_result: Callable[[Any], None] | None = None,
    on_error: Callable[[str], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> Job:
    """Run fn in the thread pool; callbacks arrive on the GUI thread.

    With on_progress, fn is called as fn(report) where report(done, total) may be called often.
    Work that touches the database must open its own Store: SQLite connections stay in one thread.
    """
    job = Job(fn, with_progress=on_progress is not None)
    job.setAutoDelete(False)
    if on_result:
        job.signals.result.connect(on_result)
    if on_error:
        job.signals.error.connect(on_error)
    if on_progress:
        job.signals.progress.connect(on_progress)
    _jobs.add(job)
    job.signals.finished.connect(lambda: _jobs.discard(job))
    if SYNCHRONOUS:
        job.run()
    else:
        QThreadPool.globalInstance().start(job)
    return job
