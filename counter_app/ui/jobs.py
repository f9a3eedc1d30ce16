"""Long work off the UI thread: a progress window with 取消, the outcome back on the UI thread.

    run_job(self, self.tr("导入欠费清单"),
            lambda progress: hq_imports.import_arrears(ctx, user, path, progress=progress),
            self.imported, refused_title=self.tr("欠费清单未导入"))

The work runs in a QThread of its own and is handed a ``Progress`` (services/progress.py):
each call shows its stage (translated with tr_data) and, with a total, a determinate bar
(a busy bar without); it returns False once the clerk pressed 取消, and the service then
raises Cancelled before it commits or keeps anything. The store is safe to use there:
every service opens its own session per call (ctx.read()/ctx.write()) and SQLAlchemy's pool
gives the thread its own SQLite connection (check_same_thread is off for file stores), as
the HQ export always did.

The outcome comes back on the UI thread, once: the result to ``on_done``; a Cancelled to
``on_cancelled`` (default: an information box); any other UserError through
refusals.show_refusal (or ``on_refused``); anything else to the log with its traceback and
the app's unexpected-error dialog. ``ended`` is emitted last (tests wait on it). The
progress window is window-modal: the window still repaints and its timers run, and one
parent runs one job at a time (``run_job`` returns None while one runs).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressDialog, QWidget

from counter_app.services.errors import UserError
from counter_app.services.progress import Cancelled, Progress
from counter_app.ui import errors
from counter_app.ui.i18n import tr_data, tr_message
from counter_app.ui.refusals import show_refusal

log = logging.getLogger(__name__)

T = TypeVar("T")
# What the progress window says for (stage, done, total).
Describe = Callable[[str, int, int], str]


def describe(stage: str, done: int, total: int) -> str:
    """The stage in the UI's language, with the count when there is one."""
    shown = tr_data(stage)
    if total > 1:
        return QCoreApplication.translate("jobs", "{0}：{1}/{2}").format(shown, done, total)
    if done and not total:
        return QCoreApplication.translate("jobs", "{0}：已处理 {1} 行").format(shown, done)
    return shown


def show_unexpected(parent: QWidget | None) -> None:
    """The app's unexpected-error dialog; tests replace this entry point."""
    errors.show_unexpected(parent, errors.log_file)


def show_cancelled(parent: QWidget | None, title: str, message: str) -> None:
    """A cancelled job's message (it says what was left as it was); tests replace this."""
    QMessageBox.information(parent, title, message)


class _Runner(QThread):
    """Runs the work once; the UI thread reads the outcome after ``finished``."""

    def __init__(self, work: Callable[[Progress], Any], progress: Progress, parent: QObject):
        super().__init__(parent)
        self.work, self.progress = work, progress
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.work(self.progress)
        except BaseException as exc:  # handed to the UI thread, which shows it
            self.error = exc


class Job(QObject):
    """One running job: its thread, its progress window, its cancel."""

    progressed = Signal(str, int, int)  # emitted in the worker thread, shown in the UI one
    ended = Signal()  # on the UI thread, after the outcome was handed on

    def __init__(
        self,
        parent: QWidget,
        title: str,
        work: Callable[[Progress], Any],
        deliver: Callable[[BaseException | None, Any], None],
        dialog_name: str,
        label: Describe,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("job")
        self.title, self.deliver, self.label = title, deliver, label
        self.stop = threading.Event()
        self.running = True
        dialog = QProgressDialog(
            QCoreApplication.translate("jobs", "正在准备……"),
            QCoreApplication.translate("jobs", "取消"),
            0,
            0,
            parent,
        )
        dialog.setObjectName(dialog_name)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        self.dialog: QProgressDialog | None = dialog
        self.progressed.connect(self.show_progress)
        self.runner = _Runner(work, self.report, self)
        self.runner.finished.connect(self.finish)
        dialog.show()
        self.runner.start()

    def report(self, stage: str, done: int, total: int) -> bool:
        """The service's progress, in the worker thread: False asks it to stop."""
        self.progressed.emit(stage, done, total)
        return not self.stop.is_set()

    def cancel(self) -> None:
        """Ask the work to stop; it answers with Cancelled (or its result, if too late)."""
        if not self.running:
            return
        self.stop.set()
        if self.dialog is not None:
            self.dialog.setLabelText(QCoreApplication.translate("jobs", "正在取消……"))

    def show_progress(self, stage: str, done: int, total: int) -> None:
        if self.dialog is None or self.stop.is_set():
            return
        self.dialog.setLabelText(self.label(stage, done, total))
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))
        else:
            self.dialog.setRange(0, 0)  # busy: no count known

    def finish(self) -> None:
        self.running = False
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.setParent(None)  # gone at once, not only when deleted later
            self.dialog.deleteLater()
            self.dialog = None
        try:
            self.deliver(self.runner.error, self.runner.result)
        finally:
            self.ended.emit()
            self.deleteLater()


def running_job(parent: QWidget) -> Job | None:
    """The job running under ``parent``, if any."""
    return next((j for j in parent.findChildren(Job) if j.running), None)


def run_job(
    parent: QWidget,
    title: str,
    work: Callable[[Progress], T],
    on_done: Callable[[T], object],
    *,
    refused_title: str = "",
    line: QLabel | None = None,
    on_refused: Callable[[UserError], object] | None = None,
    on_cancelled: Callable[[str], object] | None = None,
    dialog_name: str = "jobProgress",
    label: Describe = describe,
) -> Job | None:
    """Run ``work`` off the UI thread under a progress window titled ``title``; None (and
    nothing started) while another job runs under ``parent``."""
    if running_job(parent) is not None:
        return None

    def deliver(error: BaseException | None, result: Any) -> None:
        if error is None:
            on_done(result)
        elif isinstance(error, Cancelled):
            if on_cancelled is not None:
                on_cancelled(tr_message(error))
            else:
                show_cancelled(parent, title, tr_message(error))
        elif isinstance(error, UserError):
            if on_refused is not None:
                on_refused(error)
            else:
                show_refusal(parent, error, refused_title, line)
        else:
            log.error("%s failed", title, exc_info=error)
            show_unexpected(parent)

    return Job(parent, title, work, deliver, dialog_name, label)
