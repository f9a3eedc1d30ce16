"""Receipts after the payment: the receipt document from the stored payment (print and
reprint, counted and audited), the same-day void by a supervisor with its slip, and the
payments list. The payment itself is taken in payments.py."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain import fees
from counter_app.domain.clock import local_date, local_naive
from counter_app.domain.masking import mask_name
from counter_app.printing import printouts
from counter_app.printing.documents import Receipt, ReceiptLine
from counter_app.services import audit, audit_details, reconnection
from counter_app.services.auth import UserInfo
from counter_app.services.authz import require, require_other
from counter_app.services.context import AppContext
from counter_app.services.dues import FLOOR_KIND
from counter_app.services.errors import NotFound, UserError
from counter_app.services.payments import (
    METHODS,
    ZERO,
    day_bounds,
    day_settled,
    settle_day_of,
)
from counter_app.services.retry import REPRINT_BUSY, VOID_BUSY, retrying
from counter_app.services.till import lock_till
from counter_app.store.models import (
    Account,
    Arrears,
    Customer,
    Hall,
    Payment,
    PaymentLine,
    User,
)


def _payment(s: Session, receipt_no: str) -> Payment:
    payment = s.scalar(select(Payment).where(Payment.receipt_no == receipt_no.strip()))
    if payment is None:
        raise NotFound("找不到收据 {receipt_no}", receipt_no=receipt_no)
    return payment


def receipt_document(ctx: AppContext, receipt_no: str, training: bool = False) -> Receipt:
    with ctx.read() as s:
        p = _payment(s, receipt_no)
        hall = s.get_one(Hall, p.hall_id)
        account = s.get_one(Account, p.account_id)
        customer = s.get_one(Customer, account.customer_id)
        clerk = s.get_one(User, p.clerk_id)
        void_by = s.get(User, p.voided_by) if p.voided_by else None
        return Receipt(
            hall_name=hall.name,
            hall_address=hall.address,
            hall_phone=hall.phone,
            receipt_no=p.receipt_no,
            paid_at=local_naive(p.paid_at),
            clerk=f"{clerk.display_name}（{clerk.staff_no}）",
            counter=f"{p.counter}号柜台",
            account_no=account.account_no,
            account_name=mask_name(customer.name),
            address=account.address,
            lines=tuple(_receipt_line(line, p.lines) for line in p.lines),
            total=p.total,
            method=METHODS[p.method],
            reference=p.reference,
            tendered=p.tendered,
            change=p.change,
            check_code=p.check_code,
            reprint_count=p.reprint_count,
            voided=p.status == "void",
            void_reason=p.void_reason,
            voided_at=local_naive(p.voided_at) if p.voided_at else None,
            void_by=f"{void_by.display_name}（{void_by.staff_no}）" if void_by else "",
            settle_note=f"计入{p.settle_day:%Y-%m-%d}日结" if p.settle_day else "",
            training=training or ctx.training,
        )


def _receipt_line(line: PaymentLine, lines: list[PaymentLine]) -> ReceiptLine:
    note = ""
    if line.kind == FLOOR_KIND:
        # From the stored amounts alone: a reprint says what the original said.
        month_fees = sum((x.late_fee for x in lines if x.kind == "electricity"), ZERO)
        note = fees.floor_text(month_fees, line.late_fee)
    return ReceiptLine(line.bill_month, line.item, line.principal, line.late_fee, line.amount, note)


def print_receipt(ctx: AppContext, receipt_no: str, folder: Path, layout: str = "80mm") -> Path:
    """The receipt as PDF in the printouts folder (re-made from the store every time).

    Only for the original, right after the payment (the payment flow); any later copy
    of a receipt goes through ``reprint``: reason, count, 补打 mark, audit entry."""
    from counter_app.printing.receipt import render_receipt

    doc = receipt_document(ctx, receipt_no)
    suffix = f"_{layout}" + (f"_补打{doc.reprint_count}" if doc.reprint_count else "")
    suffix += "_作废" if doc.voided else ""
    return render_receipt(
        doc, printouts.file_for(folder, printouts.RECEIPT, receipt_no + suffix), layout
    )


def reprint(
    ctx: AppContext,
    user: UserInfo,
    receipt_no: str,
    reason: str,
    folder: Path,
    layout: str = "80mm",
    *,
    supervisor: UserInfo | None,
) -> Path:
    """A copy marked 补打（第N次）, authorised by a supervisor other than the receipt's
    clerk; the reason, the count and who authorised it are kept."""
    if not reason.strip():
        raise UserError("补打收据须填写原因")
    _count_reprint(ctx, user, receipt_no, reason, supervisor)
    return print_receipt(ctx, receipt_no, folder, layout)


@retrying(REPRINT_BUSY)
def _count_reprint(
    ctx: AppContext, user: UserInfo, receipt_no: str, reason: str, supervisor: UserInfo | None
) -> None:
    from counter_app.store.models import Reprint

    now = ctx.clock()
    with ctx.write() as s:
        require(s, user, "receipt.reprint", now)
        p = _payment(s, receipt_no)
        boss = require_other(s, supervisor, "reprint.authorise", now, p.clerk_id)
        s.refresh(p, with_for_update=True)  # two reprints at once: one after the other
        p.reprint_count += 1
        p.updated_at = now
        s.add(
            Reprint(
                payment_id=p.id,
                copy_no=p.reprint_count,
                at=now,
                user_id=user.id,
                reason=reason.strip(),
            )
        )
        audit.record(
            s,
            now,
            user.id,
            "receipt.reprint",
            "payment",
            p.receipt_no,
            audit_details.receipt_reprint(p.reprint_count, reason.strip())
            | {"supervisor": boss.username},
        )


@retrying(VOID_BUSY)
def void(
    ctx: AppContext, clerk: UserInfo, receipt_no: str, supervisor: UserInfo, reason: str
) -> None:
    """作废: same day, before settlement, authorised by a supervisor other than the
    receipt's clerk; the ledger is restored."""
    if not reason.strip():
        raise UserError("作废须填写原因")
    now = ctx.clock()
    with ctx.write() as s:
        require(s, clerk, "payment.void", now)
        p = _payment(s, receipt_no)  # its account and lines never change: read unlocked
        require_other(s, supervisor, "void.authorise", now, p.clerk_id)
        # The payment's till first, as take_payment and close_day lock; then the one lock
        # order (services/retry.py): account, its arrears by id, the payment.
        lock_till(s, p.clerk_id)
        account = s.get_one(Account, p.account_id, with_for_update=True)
        arrears_ids = sorted({line.arrears_id for line in p.lines if line.arrears_id is not None})
        locked = {
            a.id: a
            for a in s.scalars(
                select(Arrears)
                .where(Arrears.id.in_(arrears_ids))
                .order_by(Arrears.id)
                .with_for_update()
                .execution_options(populate_existing=True)
            )
        }
        s.refresh(p, with_for_update=True)  # two voids at once: the second sees the first
        if p.status == "void":
            raise UserError("收据 {receipt_no} 已经作废", receipt_no=receipt_no)
        if local_date(p.paid_at) != local_date(now):
            raise UserError("只能作废当天的收据；以前的收据请走退费流程")
        # The 日结 that counts it (计入次日: the next day's), unless reopened since.
        if day_settled(s, p.clerk_id, settle_day_of(p.paid_at, p.settle_day)):
            raise UserError("该收据所在的营业日已经日结，不能作废")
        for line in p.lines:
            if line.arrears_id is not None:
                arrears = locked[line.arrears_id]
                arrears.amount_paid -= line.principal
                arrears.updated_at = now
            elif line.kind == "prepayment":
                if account.prepaid < line.principal:
                    raise UserError("该笔预存已被使用，不能作废")
                account.prepaid -= line.principal
        account.updated_at = now
        p.status, p.void_reason, p.voided_at, p.voided_by = (
            "void",
            reason.strip(),
            now,
            supervisor.id,
        )
        p.updated_at = now
        # Arrears open again: a 复电 this account has under way and not yet done is off.
        reconnection.cancel_if_reopened(s, account, p, clerk.id, now)
        audit.record(
            s,
            now,
            clerk.id,
            "payment.void",
            "payment",
            p.receipt_no,
            audit_details.payment_void(p, supervisor.username),
        )


def print_void_slip(ctx: AppContext, receipt_no: str, folder: Path) -> Path:
    from counter_app.printing.void_slip import render_void_slip

    doc = receipt_document(ctx, receipt_no)
    if not doc.voided:
        raise UserError("该收据未作废")
    return render_void_slip(doc, printouts.file_for(folder, printouts.VOID_SLIP, receipt_no))


# -- the payments list ---------------------------------------------------------------


@dataclass(frozen=True)
class PaymentRow:
    receipt_no: str
    paid_at: datetime
    account_no: str
    name: str  # masked
    total: Decimal
    method: str
    clerk: str
    status: str
    reprints: int


def find_payments(
    ctx: AppContext,
    *,
    receipt_no: str = "",
    account_no: str = "",
    day: date | None = None,
    clerk_id: int | None = None,
    limit: int = 200,
) -> list[PaymentRow]:
    query = (
        select(Payment, Account.account_no, Customer.name, User.display_name)
        .join(Account, Account.id == Payment.account_id)
        .join(Customer, Customer.id == Account.customer_id)
        .join(User, User.id == Payment.clerk_id)
    )
    if receipt_no.strip():
        query = query.where(Payment.receipt_no.contains(receipt_no.strip()))
    if account_no.strip():
        query = query.where(Account.account_no == account_no.strip())
    if day is not None:
        start, end = day_bounds(day)
        query = query.where(Payment.paid_at >= start, Payment.paid_at < end)
    if clerk_id is not None:
        query = query.where(Payment.clerk_id == clerk_id)
    with ctx.read() as s:
        rows = s.execute(query.order_by(Payment.paid_at.desc()).limit(limit)).all()
        return [
            PaymentRow(
                p.receipt_no,
                p.paid_at,
                acct,
                mask_name(name),
                p.total,
                METHODS[p.method],
                clerk,
                "作废" if p.status == "void" else "正常",
                p.reprint_count,
            )
            for p, acct, name, clerk in rows
        ]
