"""收费明细: one row per receipt line; a valid receipt paid in the window counts once in
its clerk's 收费笔数 and 收费金额."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from counter_app.domain.masking import mask_name
from counter_app.hq.cells import hall_key, local, stored
from counter_app.services.payments import METHODS
from counter_app.store.models import Account, Customer, Payment, PaymentLine

if TYPE_CHECKING:
    from counter_app.hq.batch import NewBatch
    from counter_app.hq.writer import Sheet


def write(batch: NewBatch, sheet: Sheet) -> None:
    where = batch.scope(
        Payment.hall_id,
        lambda: batch.in_range(Payment.paid_at),
        lambda t: Payment.updated_at > t,
    )
    query = (
        select(
            Payment.receipt_no,
            PaymentLine.seq,
            stored(Payment.paid_at),
            Account.account_no,
            Customer.name,
            PaymentLine.item,
            PaymentLine.bill_month,
            PaymentLine.principal,
            PaymentLine.late_fee,
            PaymentLine.amount,
            Payment.method,
            Payment.reference,
            Payment.clerk_id,
            Payment.status,
            Payment.void_reason,
            Payment.voided_by,
            Payment.total,
            Payment.check_code,
        )
        .select_from(PaymentLine)
        .join(Payment, Payment.id == PaymentLine.payment_id)
        .join(Account, Account.id == Payment.account_id)
        .join(Customer, Customer.id == Account.customer_id)
        .where(where)
        .order_by(Payment.id, PaymentLine.seq)
    )
    count = (
        select(func.count())
        .select_from(PaymentLine)
        .join(Payment, Payment.id == PaymentLine.payment_id)
        .where(where)
    )
    code, staff_no, in_window = batch.hall.code, batch.staff_no, batch.in_window

    def build(r: Any) -> tuple[str, dict[str, Any]]:
        (receipt_no, seq, paid_at, account_no, name, item, bill_month, principal,
         late_fee, amount, method, reference, clerk_id, status, void_reason, voided_by,
         total, check_code) = r  # fmt: skip
        void = status == "void"
        if seq == 1 and not void and in_window(paid_at):  # once per receipt
            batch.clerk(clerk_id).payment(total)
        if batch.oldest is None or paid_at < batch.oldest:
            batch.oldest = paid_at
        key = hall_key(code, f"{receipt_no}#{seq}")
        return key, {
            "收据号": receipt_no,
            "收费时间": local(paid_at),
            "户号": account_no,
            "户名": mask_name(name),
            "费用项目": item,
            "应收年月": bill_month or None,
            "金额": principal,
            "违约金": late_fee,
            "合计": amount,
            "支付方式": METHODS.get(method, method),
            "交易参考号": reference or None,
            "收费员工号": staff_no(clerk_id),
            "状态": "作废" if void else "正常",
            "作废原因": (void_reason or None) if void else None,
            "授权人": staff_no(voided_by) if void else None,
            "校验码": check_code,
            "记录键": key,
        }

    batch.stream(sheet, query, count, build)
