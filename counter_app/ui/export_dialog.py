"""导出报送总部: the period workbook for HQ, made off the UI thread with a cancellable progress.

The export runs as a job (ui/jobs.py): the export service runs in the job's thread and
opens its own store session there. The screen only shows progress; cancelling asks the
service to stop at its next row batch, and it then leaves no file and records nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from counter_app.hq import export
from counter_app.hq.contract import DATA_SHEETS
from counter_app.hq.export import ExportResult, Progress
from counter_app.services.auth import UserInfo
from counter_app.services.context import AppContext
from counter_app.services.errors import UserError
from counter_app.ui.forms.ui_export_dialog import Ui_ExportDialog
from counter_app.ui.jobs import Job, run_job
from counter_app.ui.refusals import say_done, say_info, show_refusal

STAGES = (*DATA_SHEETS, export.SAVING)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


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
        self.worker: Job | None = None  # the running export
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
        return self.worker is not None

    # -- running the export -------------------------------------------------------------

    def job(self) -> Callable[[Progress], ExportResult] | None:
        """What to export, from the form; None (with a message) when the form is not right."""
        ctx, user = self.ctx, self.user
        folder = self.ui.folderEdit.text().strip()
        if not folder:
            show_refusal(self, self.tr("请选择导出文件保存的文件夹"), line=self.ui.messageLabel)
            return None
        out = Path(folder)
        if self.ui.againRadio.isChecked():
            batch_no = self.ui.batchCombo.currentData()
            if batch_no is None:
                show_refusal(self, self.tr("请选择要重新导出的批次"), line=self.ui.messageLabel)
                return None
            return lambda progress: export.export_batch_again(
                ctx, int(batch_no), out, user=user, progress=progress
            )
        if self.ui.rangeRadio.isChecked():
            start, end = _pydate(self.ui.fromDate.date()), _pydate(self.ui.toDate.date())
            if start > end:
                show_refusal(self, self.tr("起始日期不能晚于截止日期"), line=self.ui.messageLabel)
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
        worker = run_job(
            self,
            self.tr("导出报送总部"),
            job,
            self.on_success,
            on_refused=self.on_failure,
            on_cancelled=self.on_cancelled,
            dialog_name="exportProgress",
            label=self.describe,
        )
        if worker is None:
            return
        self.result = None
        self.ui.openFolderButton.setEnabled(False)
        say_info(self.ui.messageLabel, self.tr("正在导出……"))
        self.set_inputs_enabled(False)
        worker.ended.connect(self.on_ended)
        self.worker = worker

    def cancel(self) -> None:
        """Ask the export to stop; it answers with a cancel (or its batch, if too late)."""
        if self.worker is not None:
            self.worker.cancel()
            say_info(self.ui.messageLabel, self.tr("正在取消……"))

    def describe(self, stage: str, done: int, total: int) -> str:
        step = STAGES.index(stage) + 1 if stage in STAGES else 0
        counted = f" {done}/{total}" if total and stage != export.SAVING else ""
        return self.tr("第 {0}/{1} 步：{2}{3}").format(step, len(STAGES), stage, counted)

    def on_success(self, result: ExportResult) -> None:
        self.result = result
        what = self.tr("重新导出") if result.again else self.tr("已导出")
        say_done(
            self.ui.messageLabel,
            self.tr("{0}第 {1} 批，共 {2} 行：\n{3}").format(
                what, f"{result.batch_no:04d}", result.rows, result.path
            ),
        )
        self.ui.openFolderButton.setEnabled(True)
        self.finished_export.emit(result)

    def on_failure(self, error: UserError) -> None:
        show_refusal(self, error, line=self.ui.messageLabel, frame=self.tr("未导出：{0}"))

    def on_cancelled(self, message: str) -> None:
        say_info(self.ui.messageLabel, message)  # stopped as asked: nothing went wrong

    def on_ended(self) -> None:
        self.worker = None
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
