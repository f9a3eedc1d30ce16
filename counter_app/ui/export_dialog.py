"""导出报送总部: the period workbook for HQ, made off the UI thread with a cancellable progress.

The export runs in a QThread worker that calls the export service, which opens its
own store session in that thread (SQLite connections never cross threads). The
screen only shows progress; cancelling asks the worker to stop at its next row
batch, and the service then leaves no file and records nothing.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QProgressDialog, QWidget

from counter_app.hq import export
from counter_app.hq.contract import DATA_SHEETS
from counter_app.hq.export import ExportCancelled, ExportResult, Progress
from counter_app.services.auth import UserInfo
from counter_app.services.context import AppContext
from counter_app.services.errors import UserError
from counter_app.ui.forms.ui_export_dialog import Ui_ExportDialog
from counter_app.ui.i18n import tr_message

log = logging.getLogger(__name__)

STAGES = (*DATA_SHEETS, export.SAVING)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class ExportWorker(QObject):
    """Runs one export job in its thread; reports progress, the result or the failure."""

    progressed = Signal(str, int, int)
    succeeded = Signal(object)  # ExportResult
    failed = Signal(str)
    cancelled = Signal(str)
    done = Signal()

    def __init__(self, job: Callable[[Progress], ExportResult]) -> None:
        super().__init__()
        self.job = job
        self.stop = threading.Event()

    def report(self, stage: str, done: int, total: int) -> bool:
        """The service's progress callback, in the worker thread: False asks it to stop."""
        self.progressed.emit(stage, done, total)
        return not self.stop.is_set()

    @Slot()
    def run(self) -> None:
        try:
            result = self.job(self.report)
        except ExportCancelled as exc:
            self.cancelled.emit(tr_message(exc))
        except UserError as exc:
            self.failed.emit(tr_message(exc))
        except Exception:
            log.exception("export failed")
            self.failed.emit(
                QCoreApplication.translate(
                    "ExportDialog",
                    "导出时遇到意外错误，没有生成文件，也没有记录批次。详细信息已记入日志。",
                )
            )
        else:
            self.succeeded.emit(result)
        finally:
            self.done.emit()


class ExportDialog(QDialog):
    finished_export = Signal(object)  # ExportResult, after a batch was written

    def __init__(
        self,
        ctx: AppContext,
        user: UserInfo,
        default_dir: Path | str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        self.ctx, self.user = ctx, user
        self.thread_: QThread | None = None
        self.worker: ExportWorker | None = None
        self.progress: QProgressDialog | None = None
        self.result: ExportResult | None = None
        start, end = export.default_range(ctx)
        self.ui.fromDate.setDate(_qdate(start))
        self.ui.toDate.setDate(_qdate(end))
        self.ui.folderEdit.setText(str(default_dir))
        for radio in (self.ui.sinceLastRadio, self.ui.rangeRadio, self.ui.againRadio):
            radio.toggled.connect(self.update_choice)
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.exportButton.clicked.connect(self.start)
        self.ui.closeButton.clicked.connect(self.reject)
        self.ui.openFolderButton.clicked.connect(self.open_folder)
        self.load_batches()
        self.update_choice()

    # -- the form ---------------------------------------------------------------------

    def load_batches(self) -> None:
        batches = export.list_batches(self.ctx)
        self.ui.batchCombo.clear()
        for b in batches:
            self.ui.batchCombo.addItem(b.label, b.batch_no)
        if batches:
            last = batches[0]
            self.ui.lastBatchLabel.setText(
                self.tr("上一批次：第 {0} 批（{1} 至 {2}，{3} 行），文件 {4}").format(
                    f"{last.batch_no:04d}",
                    last.period_from.isoformat(),
                    last.period_to.isoformat(),
                    last.rows,
                    last.file_name,
                )
            )
        else:
            self.ui.lastBatchLabel.setText(self.tr("还没有导出过：第一批包括至今的全部记录。"))
        self.ui.againRadio.setEnabled(bool(batches))
        if not batches and self.ui.againRadio.isChecked():
            self.ui.sinceLastRadio.setChecked(True)

    def update_choice(self) -> None:
        ranged = self.ui.rangeRadio.isChecked()
        self.ui.fromDate.setEnabled(ranged)
        self.ui.toDate.setEnabled(ranged)
        self.ui.batchCombo.setEnabled(self.ui.againRadio.isChecked())

    def browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("选择导出文件保存的文件夹"), self.ui.folderEdit.text()
        )
        if folder:
            self.ui.folderEdit.setText(folder)

    def open_folder(self) -> None:
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result.path.parent)))

    @property
    def busy(self) -> bool:
        return self.thread_ is not None

    # -- running the export -------------------------------------------------------------

    def job(self) -> Callable[[Progress], ExportResult] | None:
        """What to export, from the form; None (with a message) when the form is not right."""
        ctx, user = self.ctx, self.user
        folder = self.ui.folderEdit.text().strip()
        if not folder:
            self.ui.messageLabel.setText(self.tr("请选择导出文件保存的文件夹"))
            return None
        out = Path(folder)
        if self.ui.againRadio.isChecked():
            batch_no = self.ui.batchCombo.currentData()
            if batch_no is None:
                self.ui.messageLabel.setText(self.tr("请选择要重新导出的批次"))
                return None
            return lambda progress: export.export_batch_again(
                ctx, int(batch_no), out, user=user, progress=progress
            )
        if self.ui.rangeRadio.isChecked():
            start, end = _pydate(self.ui.fromDate.date()), _pydate(self.ui.toDate.date())
            if start > end:
                self.ui.messageLabel.setText(self.tr("起始日期不能晚于截止日期"))
                return None
            return lambda progress: export.export_period(
                ctx, user, out, date_from=start, date_to=end, progress=progress
            )
        return lambda progress: export.export_period(ctx, user, out, progress=progress)

    def start(self) -> None:
        if self.busy:
            return
        job = self.job()
        if job is None:
            return
        self.result = None
        self.ui.openFolderButton.setEnabled(False)
        self.ui.messageLabel.setText(self.tr("正在导出……"))
        self.set_inputs_enabled(False)
        progress = QProgressDialog(self.tr("正在准备导出……"), self.tr("取消"), 0, 0, self)
        progress.setObjectName("exportProgress")
        progress.setWindowTitle(self.tr("导出报送总部"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self.cancel)
        self.progress = progress

        thread = QThread(self)
        worker = ExportWorker(job)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progressed.connect(self.on_progress)
        worker.succeeded.connect(self.on_success)
        worker.failed.connect(self.on_failure)
        worker.cancelled.connect(self.on_cancelled)
        worker.done.connect(thread.quit)
        thread.finished.connect(self.on_thread_finished)
        self.thread_, self.worker = thread, worker
        progress.show()
        thread.start()

    def cancel(self) -> None:
        """Ask the worker to stop; it answers with cancelled (or finished, if too late)."""
        if self.worker is not None:
            self.worker.stop.set()
            self.ui.messageLabel.setText(self.tr("正在取消……"))
            if self.progress is not None:
                self.progress.setLabelText(self.tr("正在取消……"))

    def on_progress(self, stage: str, done: int, total: int) -> None:
        if self.progress is None or self.worker is None or self.worker.stop.is_set():
            return
        step = STAGES.index(stage) + 1 if stage in STAGES else 0
        counted = f" {done}/{total}" if total and stage != export.SAVING else ""
        self.progress.setLabelText(
            self.tr("第 {0}/{1} 步：{2}{3}").format(step, len(STAGES), stage, counted)
        )
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    def on_success(self, result: ExportResult) -> None:
        self.result = result
        what = self.tr("重新导出") if result.again else self.tr("已导出")
        self.ui.messageLabel.setText(
            self.tr("{0}第 {1} 批，共 {2} 行：\n{3}").format(
                what, f"{result.batch_no:04d}", result.rows, result.path
            )
        )
        self.ui.openFolderButton.setEnabled(True)
        self.finished_export.emit(result)

    def on_failure(self, message: str) -> None:
        self.ui.messageLabel.setText(self.tr("未导出：{0}").format(message))

    def on_cancelled(self, message: str) -> None:
        self.ui.messageLabel.setText(message)

    def on_thread_finished(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        if self.worker is not None:
            self.worker.deleteLater()
        if self.thread_ is not None:
            self.thread_.deleteLater()
        self.thread_, self.worker = None, None
        self.set_inputs_enabled(True)
        self.load_batches()
        self.update_choice()

    def set_inputs_enabled(self, enabled: bool) -> None:
        for widget in (
            self.ui.scopeGroup,
            self.ui.folderEdit,
            self.ui.browseButton,
            self.ui.exportButton,
            self.ui.closeButton,
        ):
            widget.setEnabled(enabled)

    # -- closing ---------------------------------------------------------------------------

    def reject(self) -> None:
        if self.busy:  # not while a file is being written: cancel first
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)
