"""One application's timeline (办电环节) with the actions a clerk or supervisor takes on it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QListWidgetItem, QWidget

from counter_app.domain.clock import format_local
from counter_app.domain.vocabulary import APPLICATION_OPEN
from counter_app.services import tracking
from counter_app.services.auth import UserInfo
from counter_app.services.context import AppContext
from counter_app.ui.day_text import day_text
from counter_app.ui.forms.ui_application_dialog import Ui_ApplicationDialog
from counter_app.ui.forms.ui_return_dialog import Ui_ReturnDialog
from counter_app.ui.i18n import tr_data
from counter_app.ui.pages import OVERDUE, fill_table
from counter_app.ui.refusals import refusal_shown, say_done, show_refusal


def ask_text(parent: QWidget, title: str, label: str) -> str | None:
    """Modal question; tests replace this entry point on the module."""
    text, ok = QInputDialog.getText(parent, title, label)
    return text if ok else None


class ReturnDialog(QDialog):
    """Which documents are missing; the notice is printed after the return is saved."""

    def __init__(self, documents: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReturnDialog()
        self.ui.setupUi(self)
        for name in documents:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.ui.documentsList.addItem(item)
        self.ui.okButton.clicked.connect(self._ok)
        self.ui.cancelButton.clicked.connect(self.reject)

    def missing(self) -> list[str]:
        items = [self.ui.documentsList.item(i) for i in range(self.ui.documentsList.count())]
        return [i.text() for i in items if i.checkState() == Qt.CheckState.Checked]

    def _ok(self) -> None:
        if not self.missing():
            show_refusal(self, self.tr("请至少勾选一项需要补正的资料"), line=self.ui.messageLabel)
            return
        self.accept()


def ask_missing(documents: list[str], parent: QWidget) -> tuple[list[str], str] | None:
    """Modal; tests replace this entry point on the module."""
    dialog = ReturnDialog(documents, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.missing(), dialog.ui.noteEdit.text()


class ApplicationDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        user: UserInfo,
        application_no: str,
        show_pdf: Callable[[Path], None],
        printouts: Callable[[], Path],
        print_slip: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ApplicationDialog()
        self.ui.setupUi(self)
        self.ctx, self.user, self.number = ctx, user, application_no
        self.show_pdf, self.printouts, self.print_slip = show_pdf, printouts, print_slip
        self.ui.completeButton.clicked.connect(self.complete_step)
        self.ui.pauseButton.clicked.connect(self.pause)
        self.ui.resumeButton.clicked.connect(self.resume)
        self.ui.returnButton.clicked.connect(self.return_for_documents)
        self.ui.cancelAppButton.clicked.connect(self.cancel)
        self.ui.printButton.clicked.connect(lambda: self.print_slip(self.number))
        self.ui.closeButton.clicked.connect(self.accept)
        self.refresh()

    def refresh(self) -> None:
        d = tracking.detail(self.ctx, self.number)
        self.detail = d
        self.setWindowTitle(self.tr("申请详情 - {0}").format(d.application_no))
        self.ui.titleLabel.setText(f"{tr_data(d.business_name)}　{d.application_no}")
        lines = [
            self.tr("状态：{0}").format(tr_data(d.status_name)),
            self.tr("客户：{0}　证件：{1}　电话：{2}").format(d.customer, d.customer_id, d.mobile),
            self.tr("户号：{0}　地址：{1}").format(d.account_no or "—", d.address or "—"),
            self.tr("受理时间：{0}　承诺办结：{1}").format(
                format_local(d.accepted_at), day_text(d.promised_date)
            ),
        ]
        if d.paused_since:
            lines.append(self.tr("自 {0} 起暂停计时").format(format_local(d.paused_since)))
        if d.documents_missing:
            missing = self.tr("、").join(tr_data(m) for m in d.documents_missing)
            lines.append(self.tr("待补正：{0}").format(missing))
        self.ui.infoLabel.setText("\n".join(lines))
        fill_table(
            self.ui.stepsTable,
            [
                self.tr("环节"),
                self.tr("时限(工作日)"),
                self.tr("到期日"),
                self.tr("完成时间"),
                self.tr("状态"),
            ],
            [
                [
                    tr_data(s.name),
                    str(s.limit_days),
                    day_text(s.due),
                    format_local(s.completed_at) if s.completed_at else "—",
                    self.tr("已完成")
                    if s.completed_at
                    else (
                        self.tr("已超期")
                        if s.overdue
                        else (self.tr("当前环节") if s.current else "")
                    ),
                ]
                for s in d.steps
            ],
            stretch=0,
        )
        for row, step in enumerate(d.steps):
            if step.overdue:
                for col in range(self.ui.stepsTable.columnCount()):
                    self.ui.stepsTable.item(row, col).setForeground(OVERDUE)
        fill_table(
            self.ui.eventsTable,
            [self.tr("时间"), self.tr("事项"), self.tr("环节"), self.tr("经办人"), self.tr("说明")],
            [[format_local(e.at), e.kind, e.step, e.user, e.note] for e in d.events],
            stretch=4,
        )
        running = d.status == "in_progress"
        self.ui.completeButton.setEnabled(running)
        self.ui.pauseButton.setEnabled(running)
        self.ui.returnButton.setEnabled(running)
        self.ui.resumeButton.setEnabled(d.status in ("paused", "returned"))
        self.ui.cancelAppButton.setEnabled(d.status in APPLICATION_OPEN)

    def _run(self, action: Callable[[], object]) -> bool:
        with refusal_shown(self, line=self.ui.messageLabel) as refused:
            action()
        if refused:
            return False
        self.ui.messageLabel.clear()
        self.refresh()
        return True

    def complete_step(self) -> None:
        current = next((s.name for s in self.detail.steps if s.current), "")
        done = self._run(lambda: tracking.complete_step(self.ctx, self.user, self.number))
        if done and current:  # a refusal stays on the line, not covered by "已完成"
            say_done(self.ui.messageLabel, self.tr("已完成：{0}").format(current))

    def pause(self) -> None:
        reason = ask_text(
            self, self.tr("暂停计时"), self.tr("等待客户的原因（例如：客户自行组织外部工程施工）：")
        )
        if reason is not None:
            self._run(lambda: tracking.pause(self.ctx, self.user, self.number, reason))

    def resume(self) -> None:
        self._run(lambda: tracking.resume(self.ctx, self.user, self.number))

    def return_for_documents(self) -> None:
        defn = self.ctx.workflows.get(self.detail.business_code)
        names = [d.name for d in defn.documents] if defn else []
        answer = ask_missing(names or [self.tr("其他资料")], self)
        if answer is None:
            return
        missing, note = answer
        if self._run(
            lambda: tracking.return_for_documents(self.ctx, self.user, self.number, missing, note)
        ):
            path = tracking.print_correction_notice(self.ctx, self.number, self.printouts())
            self.show_pdf(path)

    def cancel(self) -> None:
        reason = ask_text(self, self.tr("撤销受理"), self.tr("撤销原因（必填）："))
        if reason is not None:
            self._run(lambda: tracking.cancel(self.ctx, self.user, self.number, reason))
