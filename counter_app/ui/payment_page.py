"""Taking a payment at the counter: arrears by month with late fees, prepayment, fees."""

from __future__ import annotations

import time
from collections.abc import Callable
from decimal import Decimal
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLineEdit, QListWidgetItem, QMessageBox, QTableWidgetItem, QWidget

from counter_app.domain.clock import format_local
from counter_app.domain.money import MoneyError, amount_in_words, parse_amount, parse_quantity
from counter_app.services import dues, hq_imports, payments, reconnection
from counter_app.services.errors import UserError
from counter_app.ui import customer_feed
from counter_app.ui import shortcuts as keys
from counter_app.ui.day_text import day_text
from counter_app.ui.forms.ui_payment_page import Ui_PaymentPage
from counter_app.ui.i18n import tr_data, tr_message
from counter_app.ui.page_contract import Page, PageKit
from counter_app.ui.pages import fill_table
from counter_app.ui.payment_settled import SettledDay
from counter_app.ui.refusals import refusal_html, refusal_shown, say_done, show_refusal

ZERO = Decimal("0.00")
# After Enter lands on 确认收费, a further Enter within this time is not taken as the decision.
CONFIRM_PAUSE_S = 0.4


def parse_money(text: str, what: str) -> Decimal:
    """An amount field as typed (empty: 0); UserError naming the field if it is no amount.

    The one reader of typed amounts (domain/money.py) refuses exponents, NaN, Infinity,
    more than two decimals and more digits than a receipt can carry; the ceilings of
    resources/policy.toml are the service's to check (payments.quote says them)."""
    if not text.strip():
        return ZERO
    try:
        return parse_amount(text)
    except MoneyError as exc:
        said = QCoreApplication.translate("PaymentPage", "{0}：{1}")
        raise UserError(said.format(what, tr_message(exc.args[0]))) from None


def prepayment_question(parent: QWidget, total: Decimal, prepayment: Decimal) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("PaymentPage", "确认预存"))
    box.setText(
        QCoreApplication.translate(
            "PaymentPage", "本笔合计 {0} 元，其中 {1} 元将存为预存电费，确认吗？"
        ).format(f"{total:,.2f}", f"{prepayment:,.2f}")
    )
    box.setInformativeText(
        QCoreApplication.translate("PaymentPage", "请与客户核对预存金额后再确认。")
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)  # a held Enter does not say yes
    return box


def ask_prepayment(parent: QWidget, total: Decimal, prepayment: Decimal) -> bool:
    """Modal; tests replace this entry point on the module."""
    box = prepayment_question(parent, total, prepayment)
    return box.exec() == QMessageBox.StandardButton.Yes


class PaymentPage(Page):
    """Find the account, pick what is paid, take the money, print the receipt."""

    paid = Signal(str)
    customer_view = Signal(object)  # a customer_feed.CustomerView, for the customer screen

    def __init__(self, kit: PageKit, parent: QWidget | None = None) -> None:
        super().__init__(kit, parent)
        self.ui = Ui_PaymentPage()
        self.ui.setupUi(self)
        self.counter, self.print_receipt = kit.counter, kit.print_receipt
        self.due: dues.AccountDue | None = None
        self.fees: list[payments.FeeChoice] = []
        self.last_receipt: str | None = None
        self.shown_quote: payments.Quote | None = None  # the quote on screen, if any
        self.quote_html = ""  # what quoteView holds, so an unchanged quote is not reset
        self.quote_lines_shown, self.quote_scroll = False, 0
        # The visit called at this counter, if any: the payment belongs to it.
        self.visit_source: Callable[[], int | None] = kit.visit_source
        for code, name in payments.METHODS.items():
            self.ui.methodCombo.addItem(tr_data(name), code)
        self.ui.accountEdit.returnPressed.connect(self.find_account)
        self.ui.findButton.clicked.connect(self.find_account)
        self.ui.billsTable.itemChanged.connect(self._months_ticked)
        for edit in (
            self.ui.arrearsAmountEdit,
            self.ui.prepaymentEdit,
            self.ui.tenderedEdit,
            self.ui.referenceEdit,
        ):
            edit.textEdited.connect(lambda _text: self.update_quote())
        self.ui.methodCombo.currentIndexChanged.connect(self._method_changed)
        self.ui.addFeeButton.clicked.connect(self.add_fee)
        self.ui.removeFeeButton.clicked.connect(self.remove_fee)
        # The business-fee list only while it holds fees: its empty box took the height the
        # quote's 合计 needs on a 768-pixel screen.
        fees = self.ui.feesList.model()
        for signal in (fees.rowsInserted, fees.rowsRemoved, fees.modelReset):
            signal.connect(self._show_fees_list)
        self._show_fees_list()
        self.ui.confirmButton.clicked.connect(self.confirm)
        self.ui.clearButton.clicked.connect(self.clear)
        self.ui.explainButton.clicked.connect(self.explain)
        keys.bind(self, "confirm_payment", self.confirm)
        self.ui.confirmButton.setToolTip(keys.tooltip("confirm_payment"))
        self.ui.confirmButton.setText(
            keys.with_key(self.ui.confirmButton.text(), "confirm_payment")
        )
        # Enter walks the amounts to the confirm button; only Enter (or F9) there takes money.
        self.ui.arrearsAmountEdit.returnPressed.connect(lambda: self._focus(self.ui.prepaymentEdit))
        self.ui.prepaymentEdit.returnPressed.connect(self._focus_tender)
        self.ui.tenderedEdit.returnPressed.connect(self._focus_confirm)
        self.ui.referenceEdit.returnPressed.connect(self._focus_confirm)
        self.ui.quantityEdit.returnPressed.connect(self.add_fee)
        self.settled = SettledDay(self)
        self.load_fee_items()
        self._method_changed()
        self.clear()

    def showEvent(self, event: QShowEvent) -> None:
        """A settled day is said when the page opens, before anything is keyed."""
        super().showEvent(event)
        self.settled.check()

    def refresh(self) -> None:
        """F5: the shown account's arrears again, as of now; an empty form stays empty."""
        self.settled.check()
        if self.due is not None:
            self.find_account()

    def load_fee_items(self) -> None:
        self.ui.feeCombo.clear()
        for item in hq_imports.current_fee_items(self.ctx, payments.today(self.ctx)):
            # HQ writes the unit with or without its currency (元/次, 次, kVA).
            price = f"{item.unit_price.normalize():f}"
            if item.unit.startswith("元"):
                text = self.tr("{0}（{1}{2}）").format(
                    tr_data(item.name), price, tr_data(item.unit)
                )
            else:
                text = self.tr("{0}（{1}元/{2}）").format(
                    tr_data(item.name), price, tr_data(item.unit)
                )
            self.ui.feeCombo.addItem(text, item.code)
        self.ui.addFeeButton.setEnabled(self.ui.feeCombo.count() > 0)

    # -- moving on with Enter ---------------------------------------------------------

    def _focus(self, edit: QWidget) -> None:
        edit.setFocus(Qt.FocusReason.TabFocusReason)
        if isinstance(edit, QLineEdit):
            edit.selectAll()

    def _focus_tender(self) -> None:
        cash = self.ui.methodCombo.currentData() == "cash"
        self._focus(self.ui.tenderedEdit if cash else self.ui.referenceEdit)

    def _focus_confirm(self) -> None:
        if self.update_quote() is not None and self.ui.confirmButton.isEnabled():
            self.ui.confirmButton.setFocus(Qt.FocusReason.TabFocusReason)
            self.confirm_reached = time.monotonic()

    def _bounced(self) -> bool:
        """An Enter right after the one that reached 确认收费 is a bounce or a held key,
        not a decision: the clerk has not yet seen the change to give."""
        return time.monotonic() - self.confirm_reached < CONFIRM_PAUSE_S

    # -- the account -----------------------------------------------------------------

    def find_account(self) -> None:
        number = self.ui.accountEdit.text().strip()
        if not number:
            show_refusal(self, self.tr("请输入户号"), line=self.ui.messageLabel)
            return
        with refusal_shown(self, line=self.ui.messageLabel) as refused:
            self.due = dues.account_due(self.ctx, number)
        if refused:
            self.due = None
            self.ui.infoLabel.clear()
            self.ui.billsTable.setRowCount(0)
            return
        self.settled.say()  # a settled day stays said; anything else is cleared
        self.quote_scroll = 0  # another account's lines start at their top
        self.show_due()
        self._focus(self.ui.arrearsAmountEdit if self.due.bills else self.ui.prepaymentEdit)

    def reload_due(self) -> None:
        """The account's bills as they are now, the amounts re-ticked (fees stay)."""
        if self.due is None:
            return
        with refusal_shown(self, line=self.ui.messageLabel) as refused:
            self.due = dues.account_due(self.ctx, self.due.account_no)
        if refused:
            return
        self.show_due()

    def _show_fees_list(self, *_args: object) -> None:
        held = self.ui.feesList.count() > 0
        self.ui.feesList.setVisible(held)
        self.ui.removeFeeButton.setVisible(held)

    def show_due(self) -> None:
        due = self.due
        assert due is not None
        status = {
            "active": self.tr("正常用电"),
            "suspended": self.tr("暂停"),
            "closed": self.tr("已销户"),
        }
        self.ui.infoLabel.setText(
            self.tr("户名：{0}　用户类别：{1}　状态：{2}　预存余额：{3} 元\n用电地址：{4}").format(
                due.name,
                tr_data(due.category),
                status.get(due.status, due.status),
                f"{due.prepaid:,.2f}",
                due.address,
            )
            + (
                "\n"
                + self.tr("欠费合计：本金 {0} 元 + 违约金 {1} 元 = {2} 元").format(
                    f"{due.principal:,.2f}", f"{due.late_fees:,.2f}", f"{due.total:,.2f}"
                )
                # The minimum is on the collection: say so when it moves the total.
                + ("\n" + tr_message(due.adjustment_text()) if due.adjustment() else "")
                if due.bills
                else "\n" + self.tr("该户没有欠费。")
            )
            + self._supply_line(due.account_no)
        )
        # Up to five lines (the account, the sums, the minimum, the supply): never squeezed
        # into overlapping lines when the window is short; the bills table gives way.
        self.ui.infoLabel.setMinimumHeight(self.ui.infoLabel.sizeHint().height())
        table = self.ui.billsTable
        table.blockSignals(True)
        fill_table(
            table,
            [
                self.tr("缴"),
                self.tr("应收年月"),
                self.tr("缴费截止"),
                self.tr("逾期天数"),
                self.tr("欠费本金"),
                self.tr("违约金"),
                self.tr("应缴"),
                self.tr("违约金计算"),
            ],
            [
                [
                    "",
                    b.bill_month,
                    day_text(b.due_date),
                    str(b.days_overdue),
                    f"{b.principal:,.2f}",
                    f"{b.late_fee:,.2f}",
                    f"{b.payable:,.2f}",
                    tr_message(b.explanation),
                ]
                for b in due.bills
            ],
            stretch=7,
        )
        for row in range(len(due.bills)):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            tick.setCheckState(Qt.CheckState.Checked)
            table.setItem(row, 0, tick)
            for col in (3, 4, 5, 6):
                table.item(row, col).setTextAlignment(
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
        table.blockSignals(False)
        self._months_ticked()

    def _supply_line(self, account_no: str) -> str:
        """欠费停电 in the header: paying every bill starts the 复电 (services/reconnection)."""
        state = reconnection.account_supply(self.ctx, account_no)
        if state is None:
            return ""
        if state.state == reconnection.RECONNECTING and state.deadline is not None:
            return "\n" + self.tr("供电状态：欠费停电，复电办理中（{0}，{1}前恢复供电）").format(
                state.reconnection_no, format_local(state.deadline)
            )
        if state.state == reconnection.RECONNECTING:  # one accepted by hand: dated in days
            return "\n" + self.tr("供电状态：欠费停电，复电办理中（{0}）").format(
                state.reconnection_no
            )
        return "\n" + self.tr("供电状态：欠费停电（{0}）。结清全部欠费后自动登记复电").format(
            state.disconnection_no
        )

    def _months_ticked(self, _item: QTableWidgetItem | None = None) -> None:
        """Months are paid oldest first: ticking one ticks every older one too."""
        if self.due is None:
            return
        table = self.ui.billsTable
        ticks = [
            table.item(r, 0).checkState() == Qt.CheckState.Checked for r in range(table.rowCount())
        ]
        last = max((i for i, on in enumerate(ticks) if on), default=-1)
        table.blockSignals(True)
        for r in range(table.rowCount()):
            want = Qt.CheckState.Checked if r <= last else Qt.CheckState.Unchecked
            table.item(r, 0).setCheckState(want)
        table.blockSignals(False)
        # The months' principal and fees with the collection's minimum (or credit).
        amount = self.due.payable(last + 1) if last >= 0 else ZERO
        self.ui.arrearsAmountEdit.setText(f"{amount:.2f}" if amount else "")
        self.update_quote()

    # -- fees, method ----------------------------------------------------------------

    def add_fee(self) -> None:
        code = self.ui.feeCombo.currentData()
        try:
            quantity = parse_quantity(self.ui.quantityEdit.text().strip() or "1")
        except MoneyError as exc:
            show_refusal(self, tr_message(exc.args[0]), line=self.ui.messageLabel)
            return
        self.fees.append(payments.FeeChoice(code, quantity))
        self.ui.feesList.addItem(
            QListWidgetItem(f"{self.ui.feeCombo.currentText()} × {quantity.normalize():f}")
        )
        self.ui.quantityEdit.clear()
        self.update_quote()

    def remove_fee(self) -> None:
        row = self.ui.feesList.currentRow()
        if 0 <= row < len(self.fees):
            del self.fees[row]
            self.ui.feesList.takeItem(row)
            self.update_quote()

    def _method_changed(self) -> None:
        cash = self.ui.methodCombo.currentData() == "cash"
        self.ui.tenderedEdit.setEnabled(cash)
        self.ui.referenceEdit.setEnabled(not cash)
        if cash:
            self.ui.referenceEdit.clear()
        else:
            self.ui.tenderedEdit.clear()
        self.update_quote()

    # -- the quote and the confirm ---------------------------------------------------

    def request(self, prepayment_confirmed: bool = False) -> payments.PaymentRequest:
        cash = self.ui.methodCombo.currentData() == "cash"
        tendered = self.ui.tenderedEdit.text().strip()
        return payments.PaymentRequest(
            account_no=self.due.account_no if self.due else "",
            arrears_amount=parse_money(self.ui.arrearsAmountEdit.text(), self.tr("缴纳电费金额")),
            prepayment=parse_money(self.ui.prepaymentEdit.text(), self.tr("预存金额")),
            fee_items=tuple(self.fees),
            method=self.ui.methodCombo.currentData(),
            tendered=parse_money(tendered, self.tr("实收金额")) if cash and tendered else None,
            reference=self.ui.referenceEdit.text(),
            visit_id=self.visit_source(),
            # The bills this screen shows: the payment is booked only if they still hold.
            expected=self.due.quoted if self.due else (),
            prepayment_confirmed=prepayment_confirmed,
            next_day_by=self.settled.next_day_by,
        )

    def quote_note(self, line: payments.QuoteLine) -> str:
        if line.explanation is None:
            return tr_message(line.note)
        note = tr_message(line.explanation.text)
        return self.tr("{0}（部分缴纳）").format(note) if line.partial else note

    def update_quote(self) -> payments.Quote | None:
        self.ui.confirmButton.setEnabled(False)
        self.shown_quote = None
        self._show_total(None)
        if self.due is None:
            self.ui.quoteView.clear()
            self.quote_html = ""
            self.customer_view.emit(None)
            return None
        with refusal_shown(self, show_in=self._show_in_quote) as refused:
            q = payments.quote(self.ctx, self.request())
        if refused:
            self.customer_view.emit(customer_feed.payment_shown(self.due, None, None, str))
            return None
        rows = "".join(
            f"<tr><td>{escape(line.bill_month)}</td><td>{escape(tr_data(line.item))}</td>"
            f"<td align='right'>{line.principal:,.2f}</td>"
            f"<td align='right'>{line.late_fee:,.2f}</td>"
            f"<td align='right'>{line.amount:,.2f}</td>"
            f"<td style='color:#555'>{escape(self.quote_note(line))}</td></tr>"
            for line in q.lines
        )
        warn = "".join(refusal_html(tr_message(w)) for w in q.warnings)
        heads = (self.tr("应收年月"), self.tr("项目"), self.tr("本金"), self.tr("违约金"))
        heads += (self.tr("金额"),)
        head = "".join(f"<th>{escape(h)}</th>" for h in heads)
        note = self.tr("说明")
        self._show_in_quote(
            f"{warn}<table cellspacing='0' cellpadding='3' width='100%'>"
            f"<tr style='background:#eef3f8'>{head}"
            f"<th align='left'>{escape(note)}</th></tr>{rows}</table>",
            html=True,
        )
        self._show_total(q)
        cash = self.ui.methodCombo.currentData() == "cash"
        self.ui.confirmButton.setEnabled(
            (not cash or q.change is not None) and not self.settled.blocks_payment()
        )
        self.shown_quote = q
        # What the clerk now sees, to the customer: built from this quote, not a second one.
        tendered = self.request().tendered
        self.customer_view.emit(customer_feed.payment_shown(self.due, q, tendered, self.quote_note))
        return q

    def _show_in_quote(self, text: str, html: bool = False) -> None:
        """The quote's lines (or a refusal) where the clerk was reading them: setHtml puts
        the view back at its top, which made it jump after every key."""
        view = self.ui.quoteView
        shown = text if html else refusal_html(text)
        if shown == self.quote_html:  # typing the cash changes the panel, not the lines
            return
        self.quote_html = shown
        bar = view.verticalScrollBar()
        if self.quote_lines_shown:  # where the clerk was in the lines, kept over a refusal
            self.quote_scroll = bar.value()
        view.setHtml(shown)
        view.document().size()  # lays the new text out now, so the bar has its new range
        if html:
            bar.setValue(min(self.quote_scroll, bar.maximum()))
        self.quote_lines_shown = html

    def _show_total(self, q: payments.Quote | None) -> None:
        """合计, its amount in words and 找零 in the panel that never scrolls away."""
        if q is None:
            for label in (self.ui.totalLabel, self.ui.wordsLabel, self.ui.changeLabel):
                label.clear()
            return
        self.ui.totalLabel.setText(f"¥{q.total:,.2f}")
        self.ui.wordsLabel.setText(self.tr("人民币{0}").format(amount_in_words(q.total)))
        tendered = self.request().tendered
        cash = self.ui.methodCombo.currentData() == "cash"
        if q.change is not None and tendered is not None:
            self.ui.changeLabel.setText(f"{q.change:,.2f}")
        else:
            self.ui.changeLabel.setText("—" if cash else "")

    def confirm(self) -> str | None:
        if self.due is None or not self.ui.confirmButton.isEnabled():
            return None
        if self._bounced():
            show_refusal(
                self, self.tr("请核对找零金额，再按 Enter 确认收费"), line=self.ui.messageLabel
            )
            return None
        # What the screen shows now (not quoted again: the service checks that still holds).
        q = self.shown_quote
        confirmed = False
        if q is not None and q.prepayment_to_confirm:
            # Asked here, sent with the request: the service refuses it unconfirmed.
            if not ask_prepayment(self, q.total, q.prepayment_to_confirm):
                show_refusal(
                    self, self.tr("未收费：请与客户核对预存金额"), line=self.ui.messageLabel
                )
                return None
            confirmed = True
        with refusal_shown(self, line=self.ui.messageLabel) as refused:
            try:
                result = payments.take_payment(
                    self.ctx, self.user, self.counter(), self.request(confirmed)
                )
            except payments.QuoteChanged:
                # Nothing was booked: show the account as it is now, for the clerk to
                # re-check; the refusal itself is shown below like any other.
                self.reload_due()
                raise
        if refused:
            return None
        self.last_receipt = result.receipt_no
        change = self.tr("，找零 {0} 元").format(f"{result.change:,.2f}") if result.change else ""
        message = self.tr("已收费 {0} 元{1}，收据号 {2}").format(
            f"{result.total:,.2f}", change, result.receipt_no
        )
        account = self.due.account_no
        state = reconnection.account_supply(self.ctx, account)
        if state is not None and state.state == reconnection.RECONNECTING and state.deadline:
            # Told at once: the customer asks when the power comes back.
            message += self.tr("；复电 {0} 已登记，{1}前恢复供电").format(
                state.reconnection_no, format_local(state.deadline)
            )
        self.clear()
        self.customer_view.emit(customer_feed.PaidShown(result.total, result.change))
        self.ui.accountEdit.setText(account)
        say_done(self.ui.messageLabel, message)
        self.print_receipt(result.receipt_no)
        self.paid.emit(result.receipt_no)
        return result.receipt_no

    def clear(self) -> None:
        self.due = None
        self.fees = []
        self.ui.feesList.clear()
        for edit in (
            self.ui.accountEdit,
            self.ui.arrearsAmountEdit,
            self.ui.prepaymentEdit,
            self.ui.tenderedEdit,
            self.ui.referenceEdit,
            self.ui.quantityEdit,
        ):
            edit.clear()
        self.ui.infoLabel.clear()
        self.ui.billsTable.setRowCount(0)
        self.ui.quoteView.clear()
        self.quote_html, self.quote_lines_shown, self.quote_scroll = "", False, 0
        self._show_total(None)
        # A supervisor's 计入次日 is for one payment; the day's state is said again.
        self.settled.next_day_by = None
        self.settled.check()
        # Each payment starts in cash (issue 16: F4 kept the last one's 银行卡).
        self.ui.methodCombo.setCurrentIndex(self.ui.methodCombo.findData("cash"))
        self.ui.confirmButton.setEnabled(False)
        self.confirm_reached = 0.0
        self.customer_view.emit(None)
        self.ui.accountEdit.setFocus()

    def explain(self) -> None:
        from counter_app.ui.bill_explainer import BillExplainerDialog

        self.explainer = BillExplainerDialog(
            self.ctx, self.due, self.show_pdf, self.printouts, self
        )
        self.explainer.open()
