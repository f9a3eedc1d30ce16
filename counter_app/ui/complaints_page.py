"""Complaints and follow-ups (投诉意见): the list, the intake dialog and each one's steps."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget

from counter_app.domain.clock import format_local
from counter_app.domain.vocabulary import COMPLAINT_KINDS
from counter_app.services import auth, complaint_lists, complaint_rules, complaints
from counter_app.services.auth import UserInfo
from counter_app.services.complaint_lists import ComplaintDetail, ComplaintInfo, ComplaintRow
from counter_app.services.context import AppContext
from counter_app.ui.day_text import day_text
from counter_app.ui.forms.ui_complaint_detail_dialog import Ui_ComplaintDetailDialog
from counter_app.ui.forms.ui_complaint_dialog import Ui_ComplaintDialog
from counter_app.ui.forms.ui_complaints_page import Ui_ComplaintsPage
from counter_app.ui.i18n import tr_data
from counter_app.ui.page_contract import Page, PageKit, print_and_show
from counter_app.ui.pages import OVERDUE, fill_table
from counter_app.ui.refusals import refusal_shown, say_done, show_refusal

# The list's status filter: label and the value list_complaints takes.
STATUS_FILTERS: list[tuple[str, str | None]] = [
    (QT_TRANSLATE_NOOP("ComplaintsPage", "未办结"), "active"),
    (QT_TRANSLATE_NOOP("ComplaintsPage", "全部"), None),
    (QT_TRANSLATE_NOOP("ComplaintsPage", "待联系"), "open"),
    (QT_TRANSLATE_NOOP("ComplaintsPage", "处理中"), "contacted"),
    (QT_TRANSLATE_NOOP("ComplaintsPage", "已处理"), "resolved"),
    (QT_TRANSLATE_NOOP("ComplaintsPage", "已办结"), "closed"),
]
OVERDUE_STYLE = "color:#b00020; font-weight:bold;"


def ask_text(parent: QWidget, title: str, label: str) -> str | None:
    """Modal question with room for a few lines; tests replace this entry point."""
    text, ok = QInputDialog.getMultiLineText(parent, title, label)
    return text if ok else None


def ask_choice(parent: QWidget, title: str, label: str, items: list[str]) -> str | None:
    """Modal pick from a list; tests replace this entry point."""
    item, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
    return item if ok else None


def ask_confirm(parent: QWidget, title: str, text: str) -> bool:
    """Modal yes/no; tests replace this entry point."""
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def _overdue_text(row: ComplaintRow | ComplaintDetail) -> str:
    late = []
    if row.contact_overdue:
        late.append(QCoreApplication.translate("ComplaintsPage", "联系超期"))
    if row.decision_overdue:
        late.append(QCoreApplication.translate("ComplaintsPage", "答复超期"))
    return QCoreApplication.translate("ComplaintsPage", "、").join(late)


class ComplaintDialog(QDialog):
    """Intake (受理): channel and category from data, the customer if known, what and why."""

    def __init__(self, ctx: AppContext, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ComplaintDialog()
        self.ui.setupUi(self)
        self.ctx, self.user = ctx, user
        self.created: ComplaintInfo | None = None
        self.ui.okButton.clicked.connect(self.save)
        self.ui.cancelButton.clicked.connect(self.reject)
        with refusal_shown(self, line=self.ui.messageLabel) as refused:
            rules = ctx.rules.complaints
            contact_due, decision_due = complaint_rules.due_dates(ctx)
        if refused:
            self.ui.okButton.setEnabled(False)
            return
        # Shown in the UI's language; the Chinese name is the item's data and what is stored.
        for channel in rules.channels:
            self.ui.channelCombo.addItem(tr_data(channel), channel)
        for category in rules.categories:
            self.ui.categoryCombo.addItem(tr_data(category), category)
        self.ui.deadlineLabel.setText(
            self.tr(
                "今天受理的投诉：{0} 前与客户联系（{1}个工作日），"
                "{2} 前答复处理意见（{3}个工作日）。客户可拨打 {4} 反映。"
            ).format(
                day_text(contact_due),
                rules.contact_days,
                day_text(decision_due),
                rules.decision_days,
                tr_data(rules.escalation),
            )
        )

    def save(self) -> None:
        ui = self.ui
        with refusal_shown(self, line=ui.messageLabel) as refused:
            self.created = complaints.open_complaint(
                self.ctx,
                self.user,
                channel=ui.channelCombo.currentData(),
                category=ui.categoryCombo.currentData(),
                content=ui.contentEdit.toPlainText(),
                request=ui.requestEdit.toPlainText(),
                account_no=ui.accountEdit.text(),
                contact_name=ui.nameEdit.text(),
                contact_phone=ui.phoneEdit.text(),
            )
        if refused:
            return
        self.accept()


class ComplaintDetailDialog(QDialog):
    """One complaint: what was said, the deadlines, every step so far and the next ones."""

    def __init__(
        self,
        ctx: AppContext,
        user: UserInfo,
        complaint_no: str,
        show_pdf: Callable[[Path], None],
        printouts: Callable[[], Path],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ComplaintDetailDialog()
        self.ui.setupUi(self)
        self.ctx, self.user, self.number = ctx, user, complaint_no
        self.show_pdf, self.printouts = show_pdf, printouts
        self.ui.assignButton.clicked.connect(self.assign)
        self.ui.contactButton.clicked.connect(self.record_contact)
        self.ui.resolveButton.clicked.connect(self.resolve)
        self.ui.callbackButton.clicked.connect(self.callback)
        self.ui.finishButton.clicked.connect(self.finish)
        self.ui.printButton.clicked.connect(self.print_slip)
        self.ui.closeButton.clicked.connect(self.accept)
        self.refresh()

    def refresh(self) -> None:
        d = complaint_lists.detail(self.ctx, self.number)
        self.detail = d
        kind = tr_data(d.kind_name)
        self.setWindowTitle(self.tr("{0}详情 - {1}").format(kind, d.complaint_no))
        self.ui.titleLabel.setText(
            self.tr("{0}　{1}　〔{2}〕").format(kind, d.complaint_no, tr_data(d.status_name))
        )
        lines = [
            self.tr("渠道：{0}　类别：{1}　受理时间：{2}　受理人：{3}").format(
                tr_data(d.channel),
                tr_data(d.category),
                format_local(d.received_at),
                d.created_by,
            ),
            self.tr("客户：{0}　电话：{1}　户号：{2}").format(
                d.customer or "—", d.phone or "—", d.account_no or "—"
            ),
            self.tr("指派：{0}").format(d.assignee or self.tr("未指派")),
        ]
        if d.rating is not None:
            lines.append(self.tr("客户评价：{0}分").format(d.rating))
        self.ui.infoLabel.setText("\n".join(lines))

        contact = self.tr("联系时限：{0}").format(day_text(d.contact_due))
        if d.contacted_at:
            contact += self.tr("（{0} 已联系）").format(format_local(d.contacted_at))
        decision = self.tr("答复时限：{0}").format(day_text(d.decision_due))
        if d.resolved_at:
            decision += self.tr("（{0} 已答复）").format(format_local(d.resolved_at))
        late = _overdue_text(d)
        text = f"{contact}　　{decision}"
        self.ui.deadlineLabel.setText(
            text + (self.tr("　　已超期：{0}").format(late) if late else "")
        )
        self.ui.deadlineLabel.setStyleSheet(OVERDUE_STYLE if late else "")

        content = self.tr("反映问题：\n{0}").format(d.content)
        if d.request:
            content += "\n\n" + self.tr("客户诉求：\n{0}").format(d.request)
        self.ui.contentView.setPlainText(content)
        results = []
        if d.resolution:
            results.append(self.tr("处理结果：{0}").format(d.resolution))
        if d.callback_result:
            results.append(self.tr("回访结果：客户{0}").format(d.callback_result))
        if d.closed_at:
            results.append(self.tr("{0} 办结").format(format_local(d.closed_at)))
        self.ui.resultLabel.setText("\n".join(results))
        self.ui.resultLabel.setVisible(bool(results))

        fill_table(
            self.ui.eventsTable,
            [self.tr("时间"), self.tr("事项"), self.tr("经办人"), self.tr("说明")],
            [[format_local(e.at), tr_data(e.kind_name), e.user, e.note] for e in d.events],
            stretch=3,
        )
        self.ui.assignButton.setEnabled("assign" in d.allowed)
        self.ui.contactButton.setEnabled("contact" in d.allowed)
        self.ui.resolveButton.setEnabled("resolve" in d.allowed)
        self.ui.callbackButton.setEnabled("callback" in d.allowed)
        self.ui.finishButton.setEnabled("close" in d.allowed)
        # The acknowledgement slip is for complaints taken from the customer.
        self.ui.printButton.setEnabled(d.kind == "complaint")

    def _run(self, action: Callable[[], object], done: str) -> bool:
        with refusal_shown(self, line=self.ui.messageLabel) as refused:
            action()
        if refused:
            return False
        self.refresh()
        say_done(self.ui.messageLabel, done)
        return True

    def assign(self) -> None:
        users = [u for u in auth.list_users(self.ctx) if u.active]
        labels = [
            self.tr("{0}（{1}，{2}）").format(u.display_name, u.staff_no, tr_data(u.role_name))
            for u in users
        ]
        chosen = ask_choice(self, self.tr("指派"), self.tr("由谁负责处理："), labels)
        if chosen is None or chosen not in labels:
            return
        target = users[labels.index(chosen)]
        self._run(
            lambda: complaints.assign(self.ctx, self.user, self.number, target.id),
            self.tr("已指派给 {0}").format(target.display_name),
        )

    def record_contact(self) -> None:
        note = ask_text(
            self, self.tr("记录联系"), self.tr("联系情况（联系方式、时间、与客户沟通的内容）：")
        )
        if note is not None:
            self._run(
                lambda: complaints.record_contact(self.ctx, self.user, self.number, note),
                self.tr("已记录与客户的联系"),
            )

    def resolve(self) -> None:
        resolution = ask_text(self, self.tr("处理结果"), self.tr("调查情况和答复客户的处理意见："))
        if resolution is not None:
            self._run(
                lambda: complaints.resolve(self.ctx, self.user, self.number, resolution),
                self.tr("已登记处理结果，请回访客户"),
            )

    def callback(self) -> None:
        verdict = ask_choice(
            self,
            self.tr("回访"),
            self.tr("客户对处理结果的评价："),
            list(complaint_rules.VERDICTS),
        )
        if verdict is None:
            return
        note = ask_text(self, self.tr("回访"), self.tr("回访说明（可不填）："))
        if note is None:
            return
        self._run(
            lambda: complaints.callback(self.ctx, self.user, self.number, verdict, note),
            self.tr("已记录回访：客户{0}").format(verdict),
        )

    def finish(self) -> None:
        if ask_confirm(
            self,
            self.tr("办结"),
            self.tr("办结后不能再处理，确定办结 {0} 吗？").format(self.number),
        ):
            self._run(
                lambda: complaints.close(self.ctx, self.user, self.number),
                self.tr("已办结"),
            )

    def print_slip(self) -> None:
        print_and_show(
            lambda: complaints.print_slip(self.ctx, self.number, self.printouts()),
            self.show_pdf,
            self.tr("回执未能生成：{0}"),
            self,
            self.ui.messageLabel,
        )


class ComplaintsPage(Page):
    """Every complaint and follow-up, the overdue ones red; intake and handling from here."""

    def __init__(self, kit: PageKit, parent: QWidget | None = None) -> None:
        super().__init__(kit, parent)
        self.ui = Ui_ComplaintsPage()
        self.ui.setupUi(self)
        self.rows: list[ComplaintRow] = []
        self.intake_dialog: ComplaintDialog | None = None
        self.detail_dialog: ComplaintDetailDialog | None = None
        for label, value in STATUS_FILTERS:
            self.ui.statusCombo.addItem(self.tr(label), value)
        self.ui.statusCombo.currentIndexChanged.connect(lambda _index: self.refresh())
        # Every kind, or one: 投诉, 评价回访, 走访发现 (a problem a visit found).
        self.ui.kindCombo.addItem(self.tr("全部"), None)
        for kind, name in COMPLAINT_KINDS.items():
            self.ui.kindCombo.addItem(tr_data(name), kind)
        self.ui.kindCombo.currentIndexChanged.connect(lambda _index: self.refresh())
        self.ui.overdueCheck.toggled.connect(lambda _checked: self.refresh())
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.newButton.clicked.connect(self.new_complaint)
        self.ui.openButton.clicked.connect(self.open_selected)
        self.ui.complaintsTable.doubleClicked.connect(lambda _index: self.open_selected())
        self.refresh()

    def refresh(self) -> None:
        self.rows = complaint_lists.list_complaints(
            self.ctx,
            status=self.ui.statusCombo.currentData(),
            overdue_only=self.ui.overdueCheck.isChecked(),
            kind=self.ui.kindCombo.currentData(),
        )
        still_open, overdue = complaint_lists.open_counts(self.ctx)
        self.ui.summaryLabel.setText(
            self.tr("未办结 {0} 件，其中超期 {1} 件").format(still_open, overdue)
        )
        fill_table(
            self.ui.complaintsTable,
            [
                self.tr("编号"),
                self.tr("类型"),
                self.tr("受理时间"),
                self.tr("渠道"),
                self.tr("类别"),
                self.tr("客户"),
                self.tr("联系时限"),
                self.tr("答复时限"),
                self.tr("负责人"),
                self.tr("状态"),
            ],
            [
                [
                    r.complaint_no,
                    tr_data(r.kind_name),
                    format_local(r.received_at),
                    tr_data(r.channel),
                    tr_data(r.category),
                    r.customer or "—",
                    day_text(r.contact_due),
                    day_text(r.decision_due),
                    r.assignee or "—",
                    self.tr("{0}（{1}）").format(tr_data(r.status_name), _overdue_text(r))
                    if r.overdue
                    else tr_data(r.status_name),
                ]
                for r in self.rows
            ],
            stretch=9,
        )
        for row, item in enumerate(self.rows):
            if item.overdue:
                for col in range(self.ui.complaintsTable.columnCount()):
                    self.ui.complaintsTable.item(row, col).setForeground(OVERDUE)

    def select(self, complaint_no: str) -> None:
        for row, item in enumerate(self.rows):
            if item.complaint_no == complaint_no:
                self.ui.complaintsTable.selectRow(row)
                return

    def new_complaint(self) -> ComplaintDialog:
        """The intake dialog (window-modal); the slip is printed once the complaint is saved."""
        dialog = ComplaintDialog(self.ctx, self.user, self)
        dialog.accepted.connect(lambda: self._taken(dialog))
        self.intake_dialog = dialog
        dialog.open()
        return dialog

    def _taken(self, dialog: ComplaintDialog) -> None:
        created = dialog.created
        if created is None:
            return
        self.refresh()
        self.select(created.complaint_no)
        say_done(
            self.ui.messageLabel,
            self.tr("已受理，编号 {0}；{1} 前联系客户，{2} 前答复").format(
                created.complaint_no,
                day_text(created.contact_due),
                day_text(created.decision_due),
            ),
        )
        title = self.tr("回执未能生成")
        failed = self.tr("投诉已受理。回执未能生成：{0}\n可在“查看/处理”中重新打印。")
        try:
            with refusal_shown(self, title, frame=failed) as refused:
                path = complaints.print_slip(self.ctx, created.complaint_no, self.printouts())
        except OSError as exc:  # the disk, not the service: said the same way
            show_refusal(self, str(exc), title, frame=failed)
            return
        if refused:
            return
        self.show_pdf(path)

    def open_selected(self) -> ComplaintDetailDialog | None:
        row = self.ui.complaintsTable.currentRow()
        if not 0 <= row < len(self.rows):
            show_refusal(self, self.tr("请先在列表中选择一件投诉"), line=self.ui.messageLabel)
            return None
        return self.open_complaint(self.rows[row].complaint_no)

    def open_complaint(self, complaint_no: str) -> ComplaintDetailDialog:
        dialog = ComplaintDetailDialog(
            self.ctx, self.user, complaint_no, self.show_pdf, self.printouts, self
        )
        dialog.finished.connect(lambda _code: self.refresh())
        self.detail_dialog = dialog
        self.ui.messageLabel.clear()
        dialog.open()
        return dialog
