"""公告: outage and service notices. Everyone sees and prints them; supervisors also
enter them, change an end time (e.g. power restored) and withdraw them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.clock import HALL_TZ, format_local, local_naive
from counter_app.domain.permissions import may
from counter_app.services import announcements
from counter_app.services.announcements import NoticeRow, ShortNotice
from counter_app.services.auth import UserInfo
from counter_app.services.context import AppContext
from counter_app.ui.forms.ui_announcement_dialog import Ui_AnnouncementDialog
from counter_app.ui.forms.ui_announcements_page import Ui_AnnouncementsPage
from counter_app.ui.i18n import tr_data, tr_message
from counter_app.ui.notice_board import KIND_COLOURS
from counter_app.ui.page_contract import Page, PageKit
from counter_app.ui.pages import fill_table
from counter_app.ui.refusals import refusal_shown, say_done, show_refusal

PAST = QBrush(QColor("#777777"))


def confirm_short_notice(parent: QWidget, message: str) -> bool:
    """Modal yes/no for a planned outage announced late; tests replace this entry point."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("AnnouncementsPage", "提前公告时间不足"), message
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_withdraw_reason(parent: QWidget, row: NoticeRow) -> str | None:
    """Modal: why the notice is withdrawn; tests replace this entry point."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("AnnouncementsPage", "撤回公告"),
        QCoreApplication.translate("AnnouncementsPage", "撤回“{0}”的原因：").format(row.title),
    )
    return text if ok else None


def ask_end_time(parent: QWidget, row: NoticeRow) -> tuple[bool, datetime | None]:
    """Modal: the new end time, or None for "not yet known"; tests replace this entry point."""
    dialog = EndTimeDialog(row, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False, None
    return True, dialog.ends_at()


def _to_hall(naive_local: datetime) -> datetime:
    """A time read from a QDateTimeEdit, which shows hall time, made timezone-aware."""
    return naive_local.replace(second=0, microsecond=0, tzinfo=HALL_TZ)


class EndTimeDialog(QDialog):
    """The end time of one notice: e.g. when an unplanned outage was restored."""

    def __init__(self, row: NoticeRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("修改结束时间"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"{row.title}\n{tr_message(row.period)}", self))
        self.endEdit = QDateTimeEdit(self)
        self.endEdit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.endEdit.setCalendarPopup(True)
        start = local_naive(row.ends_at or row.starts_at + timedelta(hours=1))
        self.endEdit.setDateTime(start)
        layout.addWidget(self.endEdit)
        self.unknownCheck = QCheckBox(self.tr("送电时间未定"), self)
        self.unknownCheck.setEnabled(row.kind != "planned_outage")
        self.unknownCheck.toggled.connect(lambda on: self.endEdit.setEnabled(not on))
        layout.addWidget(self.unknownCheck)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def ends_at(self) -> datetime | None:
        if self.unknownCheck.isChecked():
            return None
        return _to_hall(self.endEdit.dateTime().toPython())


class AnnouncementDialog(QDialog):
    """A supervisor enters a notice: kind, title, area, start, end or unknown, reason, text."""

    def __init__(self, ctx: AppContext, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AnnouncementDialog()
        self.ui.setupUi(self)
        self.ctx, self.user = ctx, user
        self.created: NoticeRow | None = None
        self.lead_days = 0
        for kind in ("planned_outage", "unplanned_outage", "service"):
            self.ui.kindCombo.addItem(tr_data(announcements.KIND_NAMES[kind]), kind)
        now = local_naive(ctx.clock()).replace(second=0, microsecond=0)
        self.ui.startEdit.setDateTime(now)
        self.ui.endEdit.setDateTime(now + timedelta(hours=4))
        self.ui.kindCombo.currentIndexChanged.connect(lambda _index: self._kind_changed())
        self.ui.endUnknownCheck.toggled.connect(lambda on: self.ui.endEdit.setEnabled(not on))
        self.ui.okButton.clicked.connect(self.save)
        self.ui.cancelButton.clicked.connect(self.reject)
        rules = ctx.rules.announcements
        self.lead_days = rules.planned_min_lead_days
        self.ui.ruleLabel.setText(
            self.tr(
                "计划停电应提前{0}天公告（供电营业规则）；故障停电可勾选“送电时间未定”，"
                "送电后再填写结束时间。"
            ).format(rules.planned_min_lead_days)
        )
        self._kind_changed()

    def kind(self) -> str:
        return str(self.ui.kindCombo.currentData())

    def _kind_changed(self) -> None:
        kind = self.kind()
        outage = kind != "service"
        self.ui.areaLabel.setText(self.tr("停电范围(&A)") if outage else self.tr("涉及范围(&A)"))
        self.ui.endUnknownCheck.setEnabled(kind != "planned_outage")
        if kind == "planned_outage":
            self.ui.endUnknownCheck.setChecked(False)

    def save(self, confirmed: bool = False) -> None:
        ui = self.ui
        ends = None if ui.endUnknownCheck.isChecked() else ui.endEdit.dateTime().toPython()
        with refusal_shown(self, line=ui.messageLabel) as refused:
            try:
                self.created = announcements.create(
                    self.ctx,
                    self.user,
                    kind=self.kind(),
                    title=ui.titleEdit.text(),
                    area=ui.areaEdit.text(),
                    starts_at=_to_hall(ui.startEdit.dateTime().toPython()),
                    ends_at=_to_hall(ends) if ends is not None else None,
                    reason=ui.reasonEdit.text(),
                    body=ui.bodyEdit.toPlainText(),
                    confirm_short_notice=confirmed,
                )
            except ShortNotice as exc:
                # Asked first: a late planned outage may still be published once confirmed.
                if not confirmed and confirm_short_notice(self, tr_message(exc)):
                    self.save(confirmed=True)
                else:
                    show_refusal(
                        self,
                        self.tr(
                            "未发布：计划停电应提前{0}天公告。请调整开始时间，或再次点“发布”并确认。"
                        ).format(self.lead_days),
                        line=ui.messageLabel,
                    )
                return
        if refused:
            return
        self.accept()


class AnnouncementsPage(Page):
    """The list of notices, outages first; detail of the chosen one below it."""

    changed = Signal()  # a notice was entered, changed or withdrawn

    def __init__(self, kit: PageKit, parent: QWidget | None = None) -> None:
        super().__init__(kit, parent)
        self.ui = Ui_AnnouncementsPage()
        self.ui.setupUi(self)
        self.rows: list[NoticeRow] = []
        self.dialog: AnnouncementDialog | None = None
        for button in (self.ui.newButton, self.ui.endButton, self.ui.withdrawButton):
            button.setVisible(may(kit.user.role, "announcement.publish"))
        self.ui.newButton.clicked.connect(self.new_notice)
        self.ui.endButton.clicked.connect(self.change_end)
        self.ui.withdrawButton.clicked.connect(self.withdraw)
        self.ui.printButton.clicked.connect(self.print_selected)
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.pastCheck.toggled.connect(lambda _on: self.refresh())
        self.ui.noticesTable.itemSelectionChanged.connect(self._describe)
        self.refresh()

    def refresh(self) -> None:
        with refusal_shown(self, line=self.ui.messageLabel) as refused:
            self.rows = announcements.list_notices(
                self.ctx, include_past=self.ui.pastCheck.isChecked()
            )
        if refused:
            self.rows = []
        active = sum(1 for r in self.rows if r.active)
        outages = sum(1 for r in self.rows if r.active and r.is_outage)
        self.ui.summaryLabel.setText(
            self.tr("当前及即将生效的公告 {0} 条，其中停电 {1} 条").format(active, outages)
        )
        table = self.ui.noticesTable
        fill_table(
            table,
            [
                self.tr("编号"),
                self.tr("类别"),
                self.tr("标题"),
                self.tr("范围"),
                self.tr("时间"),
                self.tr("状态"),
                self.tr("发布人"),
            ],
            [
                [
                    r.notice_no,
                    tr_data(r.kind_name),
                    r.title,
                    r.area or "—",
                    tr_message(r.period),
                    tr_data(r.status_name),
                    r.created_by,
                ]
                for r in self.rows
            ],
            stretch=3,
        )
        for index, row in enumerate(self.rows):
            brush = (
                QBrush(QColor(KIND_COLOURS.get(row.kind, KIND_COLOURS["service"])[1]))
                if row.active
                else PAST
            )
            for col in range(table.columnCount()):
                table.item(index, col).setForeground(brush)
        self._describe()

    def selected(self) -> NoticeRow | None:
        row = self.ui.noticesTable.currentRow()
        if self.ui.noticesTable.selectedItems() and 0 <= row < len(self.rows):
            return self.rows[row]
        return None

    def select(self, notice_no: str) -> None:
        for index, row in enumerate(self.rows):
            if row.notice_no == notice_no:
                self.ui.noticesTable.selectRow(index)
                return

    def _describe(self) -> None:
        row = self.selected()
        active = row is not None and row.active
        self.ui.printButton.setEnabled(active)
        self.ui.endButton.setEnabled(active)
        self.ui.withdrawButton.setEnabled(active)
        if row is None:
            self.ui.detailLabel.setText(
                self.tr("选中一条公告查看详情；可打印后张贴在营业厅公告栏。")
            )
            return
        parts = [
            self.tr("{0}　{1}　发布：{2} {3}").format(
                row.notice_no, tr_data(row.kind_name), row.created_by, format_local(row.created_at)
            )
        ]
        if row.reason:
            parts.append(self.tr("原因：{0}").format(row.reason))
        if row.body:
            parts.append(row.body)
        if row.withdrawn_at is not None:
            parts.append(self.tr("已于 {0} 撤回").format(format_local(row.withdrawn_at)))
        self.ui.detailLabel.setText("\n".join(parts))

    def new_notice(self) -> AnnouncementDialog:
        """The entry dialog (window-modal); the list and the today page follow when saved."""
        dialog = AnnouncementDialog(self.ctx, self.user, self)
        dialog.accepted.connect(lambda: self._entered(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _entered(self, dialog: AnnouncementDialog) -> None:
        if dialog.created is None:
            return
        self.refresh()
        self.select(dialog.created.notice_no)
        say_done(
            self.ui.messageLabel,
            self.tr("已发布公告 {0}，可打印后张贴").format(dialog.created.notice_no),
        )
        self.changed.emit()

    def change_end(self) -> None:
        row = self.selected()
        if row is None:
            return
        chosen, ends_at = ask_end_time(self, row)
        if chosen:
            self._run(
                lambda: announcements.set_end(self.ctx, self.user, row.notice_no, ends_at),
                self.tr("已修改 {0} 的结束时间").format(row.notice_no),
                row.notice_no,
            )

    def withdraw(self) -> None:
        row = self.selected()
        if row is None:
            return
        reason = ask_withdraw_reason(self, row)
        if reason is not None:
            self._run(
                lambda: announcements.withdraw(self.ctx, self.user, row.notice_no, reason),
                self.tr("已撤回公告 {0}").format(row.notice_no),
                row.notice_no,
            )

    def _run(self, action: Callable[[], object], done: str, notice_no: str) -> None:
        with refusal_shown(self, line=self.ui.messageLabel) as refused:
            action()
        if refused:
            return
        self.refresh()
        self.select(notice_no)
        say_done(self.ui.messageLabel, done)
        self.changed.emit()

    def print_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.print_and_show(
                lambda: announcements.print_notice(self.ctx, row.notice_no, self.printouts()),
                self.tr("公告未能生成：{0}"),
                self.ui.messageLabel,
            )
