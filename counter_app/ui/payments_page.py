"""The payments list: find a receipt, print it, reprint it with a reason, void it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QInputDialog, QWidget

from counter_app.domain.clock import format_local
from counter_app.services import auth, payments, receipts
from counter_app.ui import shortcuts as keys
from counter_app.ui import supervisor_dialog
from counter_app.ui.forms.ui_payments_page import Ui_PaymentsPage
from counter_app.ui.i18n import tr_data
from counter_app.ui.page_contract import Page, PageKit
from counter_app.ui.pages import fill_table
from counter_app.ui.refusals import refusal_shown, show_refusal


def ask_reason(parent: QWidget, title: str, label: str) -> str | None:
    """Modal; tests replace this entry point on the module."""
    text, ok = QInputDialog.getText(parent, title, label)
    return text if ok else None


class PaymentsPage(Page):
    def __init__(self, kit: PageKit, parent: QWidget | None = None) -> None:
        super().__init__(kit, parent)
        self.ui = Ui_PaymentsPage()
        self.ui.setupUi(self)
        self.layout = kit.receipt_layout
        self.rows: list[receipts.PaymentRow] = []
        today = payments.today(kit.ctx)  # the hall's day, not the PC's
        self.ui.dayEdit.setDate(QDate(today.year, today.month, today.day))
        self.ui.clerkCombo.addItem(self.tr("全部营业员"), None)
        for u in auth.list_users(kit.ctx):
            self.ui.clerkCombo.addItem(
                self.tr("{0}（{1}）").format(u.display_name, u.staff_no), u.id
            )
        self.ui.searchButton.clicked.connect(self.search)
        self.ui.receiptEdit.returnPressed.connect(self.search)
        self.ui.accountEdit.returnPressed.connect(self.search)
        self.ui.printButton.clicked.connect(self.print_selected)
        self.ui.printButton.setToolTip(
            keys.tooltip("print", self.tr("补打选中的收据（须填写原因，计入补打次数）"))
        )
        self.ui.reprintButton.clicked.connect(self.reprint_selected)
        self.ui.voidButton.clicked.connect(self.void_selected)
        self.ui.testPageButton.clicked.connect(kit.print_test_page)
        self.search()

    def refresh(self) -> None:
        """F5: the list again with the same filters; the chosen receipt stays chosen."""
        self.search()

    def print_current(self) -> bool:
        """Ctrl+P here is the selected receipt (a counted 补打), never the last one shown:
        with none selected the clerk is told so."""
        self.print_selected()
        return True

    def search(self) -> None:
        row = self.ui.paymentsTable.currentRow()
        kept = self.rows[row].receipt_no if 0 <= row < len(self.rows) else None
        day = self.ui.dayEdit.date().toPython() if self.ui.dayCheck.isChecked() else None
        self.rows = receipts.find_payments(
            self.ctx,
            receipt_no=self.ui.receiptEdit.text(),
            account_no=self.ui.accountEdit.text(),
            day=day,
            clerk_id=self.ui.clerkCombo.currentData(),
        )
        fill_table(
            self.ui.paymentsTable,
            [
                self.tr("收据号"),
                self.tr("收费时间"),
                self.tr("户号"),
                self.tr("户名"),
                self.tr("金额"),
                self.tr("方式"),
                self.tr("收费员"),
                self.tr("状态"),
                self.tr("补打"),
            ],
            [
                [
                    r.receipt_no,
                    format_local(r.paid_at),
                    r.account_no,
                    r.name,
                    f"{r.total:,.2f}",
                    tr_data(r.method),
                    r.clerk,
                    tr_data(r.status),
                    str(r.reprints) if r.reprints else "",
                ]
                for r in self.rows
            ],
            stretch=3,
        )
        # The receipt chosen before stays chosen (after a reprint or a refused void).
        numbers = [r.receipt_no for r in self.rows]
        if kept in numbers:
            self.ui.paymentsTable.selectRow(numbers.index(kept))

    def selected(self) -> receipts.PaymentRow | None:
        row = self.ui.paymentsTable.currentRow()
        if 0 <= row < len(self.rows):
            return self.rows[row]
        show_refusal(self, self.tr("请先选择一张收据"), line=self.ui.messageLabel)
        return None

    def print_selected(self) -> None:
        """A receipt already taken is printed only as a counted 补打: the original
        prints once, right after the payment (PaymentPage)."""
        self.reprint_selected()

    def reprint_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.reprint(row.receipt_no)

    def reprint(self, receipt_no: str) -> None:
        """A counted 补打 of ``receipt_no``: the reason is asked, a supervisor other than
        the receipt's clerk authorises it, the copy is marked."""
        reason = ask_reason(self, self.tr("补打收据"), self.tr("补打原因（必填）："))
        if reason is None:
            return
        if not reason.strip():
            show_refusal(self, self.tr("补打收据须填写原因"), line=self.ui.messageLabel)
            return
        supervisor = supervisor_dialog.ask_supervisor(
            self.ctx,
            self.tr("补打收据 {0}。原因：{1}").format(receipt_no, reason),
            self,
        )
        if supervisor is None:
            return
        self._show(
            lambda: receipts.reprint(
                self.ctx,
                self.user,
                receipt_no,
                reason,
                self.printouts(),
                self.layout(),
                supervisor=supervisor,
            )
        )

    def void_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        reason = ask_reason(
            self,
            self.tr("作废收据"),
            self.tr("作废收据 {0}（{1} 元）的原因（必填）：").format(
                row.receipt_no, f"{row.total:,.2f}"
            ),
        )
        if reason is None:
            return
        if not reason.strip():
            show_refusal(self, self.tr("作废须填写原因"), line=self.ui.messageLabel)
            return
        supervisor = supervisor_dialog.ask_supervisor(
            self.ctx,
            self.tr("作废收据 {0}，金额 {1} 元。原因：{2}").format(
                row.receipt_no, f"{row.total:,.2f}", reason
            ),
            self,
        )
        if supervisor is None:
            return

        def void_and_print() -> Path:
            receipts.void(self.ctx, self.user, row.receipt_no, supervisor, reason)
            return receipts.print_void_slip(self.ctx, row.receipt_no, self.printouts())

        self._show(void_and_print)

    def _show(self, make: Callable[[], Path]) -> None:
        with refusal_shown(self, line=self.ui.messageLabel, after=self.search) as refused:
            path = make()
        if refused:
            return
        self.ui.messageLabel.clear()
        self.search()
        self.show_pdf(path)
