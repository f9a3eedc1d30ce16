"""Taking a payment: arrears with late fees, prepayment, business fees, one receipt.

The payment, its receipt number, the ledger (arrears paid, prepaid balance)
and the audit entry commit in one transaction; the receipt PDF is made after
the commit from the stored payment, so a printer or disk failure never loses
money already taken and the receipt can always be printed again.

A payment books exactly what the clerk's screen showed, or nothing: the request
carries the bills the screen quoted (``PaymentRequest.expected``, from
``AccountDue.quoted``: each open bill's id, principal still owed and late fee), and
``take_payment`` compares them with the account's bills under lock. Any change
meanwhile (another counter paid a bill, an HQ import changed, added or withdrew
one, the late fee moved on) raises ``QuoteChanged`` and books nothing. Money above
the arrears is 预存 only when entered as ``prepayment``.

Locks, in the one order of every money writer (services/retry.py): account →
its open arrears by id → payment rows → sequence rows → audit chain. Deadlocks
and a busy store are retried there; what stays busy is a ``DatabaseBusy``.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain import fees
from counter_app.domain.allocation import OpenBill, allocate_payment
from counter_app.domain.clock import HALL_TZ, local_date
from counter_app.domain.money import MAX_QUANTITY
from counter_app.domain.numbers import RECEIPTS
from counter_app.domain.permissions import ADMIN
from counter_app.domain.policy import PaymentLimits
from counter_app.domain.text import Msg, message_of
from counter_app.domain.vocabulary import PAYMENT_METHODS
from counter_app.services import audit, audit_details, reconnection
from counter_app.services.accounts import find_account
from counter_app.services.auth import UserInfo
from counter_app.services.authz import require
from counter_app.services.context import AppContext
from counter_app.services.disk_full import PAYMENT_DISK_FULL, refused_when_full
from counter_app.services.dues import (
    FLOOR_ITEM,
    FLOOR_KIND,
    BillDue,
    Quoted,
    account_rates,
    bills_due,
    floor_credit,
    open_bills,
    quote_of,
)
from counter_app.services.errors import UserError
from counter_app.services.retry import PAYMENT_BUSY, retrying
from counter_app.services.sequences import next_number
from counter_app.services.till import lock_till
from counter_app.services.visits import visit_for_business
from counter_app.store.models import (
    Account,
    Arrears,
    FeeItem,
    Hall,
    Payment,
    PaymentLine,
    Settlement,
)

# The screens, slips and workbooks import it from here as payments.METHODS.
METHODS = PAYMENT_METHODS
ZERO = Decimal("0.00")
CENT = Decimal("0.01")


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """The hall's business day as an aware [start, end) range."""
    start = datetime.combine(day, time.min, tzinfo=HALL_TZ)
    return start, start + timedelta(days=1)


# -- a payment ---------------------------------------------------------------------


@dataclass(frozen=True)
class FeeChoice:
    code: str
    quantity: Decimal = Decimal(1)


@dataclass(frozen=True)
class PaymentRequest:
    account_no: str
    arrears_amount: Decimal  # cash towards arrears, oldest month first
    prepayment: Decimal = ZERO  # 预存 on top
    fee_items: tuple[FeeChoice, ...] = ()
    method: str = "cash"
    tendered: Decimal | None = None  # cash handed over
    reference: str = ""  # card / mobile transaction reference
    visit_id: int | None = None  # the visit called from the queue; None: a walk-in
    # The bills the clerk's screen showed (AccountDue.quoted): if the account's bills
    # differ when the payment is booked, QuoteChanged and nothing is booked. None: a
    # caller with no screen (scripts, demo data) pays against the bills as they are.
    expected: Quoted | None = None
    # The clerk asked the customer about a large 预存 (Quote.prepayment_to_confirm)
    # and the customer said yes: without it such a payment is refused.
    prepayment_confirmed: bool = False
    # After this clerk's day is settled: the supervisor who signed for taking this payment
    # into the next day's 日结 (计入次日). Checked against the store, like the clerk.
    next_day_by: UserInfo | None = None


class QuoteChanged(UserError):
    """The account's arrears changed after the screen showed them; nothing was booked."""


class AmountTooLarge(UserError):
    """An amount above the hall's ceiling (resources/policy.toml [payments])."""


class PrepaymentNotConfirmed(UserError):
    """A large 预存 the clerk did not confirm with the customer; nothing was booked."""


@dataclass(frozen=True)
class QuoteLine:
    kind: str  # electricity / prepayment / business_fee
    item: str
    bill_month: str
    principal: Decimal
    late_fee: Decimal
    note: str = ""
    arrears_id: int | None = None
    fee_code: str = ""
    # The late fee's workings as a message (note holds its Chinese text, for receipts):
    # a screen shows it translated, with "partial" as its own words.
    explanation: fees.LateFeeBreakdown | None = None
    partial: bool = False

    @property
    def amount(self) -> Decimal:
        return self.principal + self.late_fee


@dataclass(frozen=True)
class Quote:
    lines: tuple[QuoteLine, ...]
    total: Decimal
    change: Decimal | None
    unapplied: Decimal = ZERO
    warnings: tuple[str, ...] = field(default_factory=tuple)
    # 预存 large enough that the clerk must confirm it with the customer (0: none).
    prepayment_to_confirm: Decimal = ZERO


def _money(value: Decimal, what: str, ceiling: Decimal) -> Decimal:
    if not isinstance(value, Decimal) or not value.is_finite() or value < 0:
        raise UserError("{what}不正确", what=what)
    # Before any arithmetic: a 17-digit or 1E+400 amount would overflow it.
    if value > ceiling:
        # Msg(...): the catalogue's extractor knows Msg, not this class.
        raise AmountTooLarge(
            Msg("{what}超过单笔上限 {ceiling:,.2f} 元，请核对金额", what=what, ceiling=ceiling)
        )
    if value != value.quantize(CENT):
        raise UserError("{what}最多两位小数（到分）", what=what)
    return value.quantize(CENT)


def _fee_lines(
    s: Session, choices: tuple[FeeChoice, ...], today: date, limits: PaymentLimits
) -> list[QuoteLine]:
    lines = []
    for choice in choices:
        item = s.scalar(
            select(FeeItem)
            .where(FeeItem.code == choice.code, FeeItem.valid_from <= today)
            .where((FeeItem.valid_to.is_(None)) | (FeeItem.valid_to >= today))
            .order_by(FeeItem.valid_from.desc())
            .limit(1)
        )
        if item is None:
            raise UserError("收费项目 {code} 不存在或已失效", code=choice.code)
        quantity = choice.quantity
        if not isinstance(quantity, Decimal) or not quantity.is_finite():
            raise UserError("{name}的数量不正确", name=item.name)
        if quantity <= 0:
            raise UserError("{name}的数量应大于0", name=item.name)
        if quantity > MAX_QUANTITY or quantity != quantity.quantize(CENT):
            raise UserError("{name}的数量不正确：最多两位小数，且不超过一百万", name=item.name)
        # One rounding, half up to the fen, for price × quantity.
        amount = (item.unit_price * quantity).quantize(CENT, rounding=ROUND_HALF_UP)
        if amount > limits.max_payment:
            raise AmountTooLarge(
                Msg(
                    "{name}金额超过单笔上限 {ceiling:,.2f} 元，请核对数量",
                    name=item.name,
                    ceiling=limits.max_payment,
                )
            )
        price = f"{item.unit_price.normalize():f}"
        # A Msg: the receipt keeps the Chinese text, a screen shows it translated.
        if item.method == "固定":
            note = Msg("{price}元（{basis}）", price=price, basis=item.basis)
        else:
            note = Msg(
                "{quantity}{unit}×{price}元（{basis}）",
                quantity=f"{choice.quantity.normalize():f}",
                unit=item.unit,
                price=price,
                basis=item.basis,
            )
        lines.append(
            QuoteLine("business_fee", item.name, "", amount, ZERO, note, fee_code=item.code)
        )
    return lines


def _quote(
    s: Session,
    account: Account,
    request: PaymentRequest,
    today: date,
    limits: PaymentLimits,
    hall: fees.LateFeeRates,
    rows: list[Arrears] | None = None,
) -> Quote:
    if request.method not in METHODS:
        raise UserError("请选择支付方式")
    arrears_amount = _money(request.arrears_amount, "缴纳电费金额", limits.max_payment)
    prepayment = _money(request.prepayment, "预存金额", limits.max_payment)
    if account.status == "closed" and (arrears_amount == 0 or prepayment > 0):
        raise UserError("户号 {account_no} 已销户，不能预存", account_no=account.account_no)
    lines: list[QuoteLine] = []
    unapplied = ZERO
    if rows is None:
        rows = open_bills(s, account)
    if arrears_amount > 0:
        bills = [OpenBill(r.bill_month, r.due_date, r.amount_due - r.amount_paid) for r in rows]
        by_month = {r.bill_month: r for r in rows}
        try:
            allocation = allocate_payment(
                bills,
                arrears_amount,
                today,
                account.category == "居民",
                account_rates(hall, account),
                floor_credit(s, rows),
            )
        except fees.FeeError as exc:
            raise UserError(message_of(exc)) from None
        for line in allocation.lines:
            note = line.explanation.text + ("（部分缴纳）" if line.partial else "")
            lines.append(
                QuoteLine(
                    "electricity",
                    "电费",
                    line.bill_month,
                    line.principal,
                    line.late_fee,
                    note,
                    by_month[line.bill_month].id,
                    explanation=line.explanation,
                    partial=line.partial,
                )
            )
        if allocation.fee_adjustment:
            # Its own line: the customer sees the minimum (or the earlier top-up used).
            newest = allocation.lines[-1].bill_month
            lines.append(
                QuoteLine(
                    FLOOR_KIND,
                    FLOOR_ITEM,
                    newest,
                    ZERO,
                    allocation.fee_adjustment,
                    allocation.adjustment_text,
                    by_month[newest].id,
                )
            )
        if allocation.prepayment > 0:
            # Never silently 预存: the clerk enters prepayment as prepayment.
            owed = arrears_amount - allocation.prepayment
            raise UserError(
                "缴纳电费金额 {amount:,.2f} 元超过该户应缴电费 {owed:,.2f} 元；"
                "如需预存，请把多出的金额填在“预存金额”",
                amount=arrears_amount,
                owed=owed,
            )
        unapplied = allocation.unapplied
    if prepayment > 0:
        lines.append(QuoteLine("prepayment", "预存电费", "", prepayment, ZERO))
    lines += _fee_lines(s, request.fee_items, today, limits)
    if not lines:
        raise UserError("没有需要收取的项目")
    total = sum((line.amount for line in lines), ZERO)
    if total > limits.max_payment:
        raise AmountTooLarge(
            Msg(
                "本笔合计 {total:,.2f} 元超过单笔上限 {ceiling:,.2f} 元，请核对金额",
                total=total,
                ceiling=limits.max_payment,
            )
        )
    open_arrears = sum((r.amount_due - r.amount_paid for r in rows), ZERO)
    residential = account.category == "居民"
    to_confirm = (
        prepayment
        if limits.prepayment_needs_confirmation(prepayment, open_arrears, residential)
        else ZERO
    )
    change = None
    if request.method == "cash":
        if request.tendered is not None:
            tendered = _money(request.tendered, "实收金额", limits.max_tendered)
            if tendered < total:
                raise UserError("实收金额不足：应收 {total:,.2f} 元", total=total)
            change = tendered - total
    elif not request.reference.strip():
        raise UserError("{method}须填写交易参考号", method=METHODS[request.method])
    warnings = (
        (Msg("有 {unapplied:.2f} 元不足以再缴一部分电费，未收取", unapplied=unapplied),)
        if unapplied
        else ()
    )
    return Quote(tuple(lines), total, change, unapplied, warnings, to_confirm)


def quote(ctx: AppContext, request: PaymentRequest) -> Quote:
    """What the payment would be, item by item, before the clerk confirms."""
    today = local_date(ctx.clock())
    with ctx.read() as s:
        account = find_account(s, request.account_no)
        return _quote(s, account, request, today, ctx.policy.payments, ctx.rules.fees.late_fee)


@dataclass(frozen=True)
class PaymentResult:
    receipt_no: str
    total: Decimal
    change: Decimal | None
    lines: tuple[QuoteLine, ...]
    settle_day: date | None = None  # the 日结 that counts it, when not the day paid


def check_code(secret: str, receipt_no: str, total: Decimal, length: int = 6) -> str:
    """A short keyed code on the receipt's QR: HQ can tell a genuine receipt from a typed one."""
    message = f"{receipt_no}|{total:.2f}".encode()
    digest = hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()
    return digest[:length].upper()


def payment_fields(
    secret: str,
    receipt_no: str,
    total: Decimal,
    method: str,
    reference: str,
    tendered: Decimal | None,
) -> dict[str, Any]:
    """A new payment's receipt columns as take_payment writes them (the demo too): the
    cash tendered and its change (cash only) and the check code on the receipt."""
    cash = tendered if method == "cash" else None
    return {
        "receipt_no": receipt_no,
        "method": method,
        "reference": reference.strip(),
        "total": total,
        "tendered": cash,
        "change": None if cash is None else cash - total,
        "check_code": check_code(secret, receipt_no, total),
        "status": "valid",
        "void_reason": "",
        "reprint_count": 0,
    }


def line_fields(seq: int, line: QuoteLine) -> dict[str, Any]:
    """A receipt line's columns for a quoted line, as take_payment books it."""
    return {
        "seq": seq,
        "kind": line.kind,
        "item": line.item,
        "bill_month": line.bill_month,
        "arrears_id": line.arrears_id,
        "fee_code": line.fee_code,
        "principal": line.principal,
        "late_fee": line.late_fee,
        "amount": line.amount,
    }


def day_settled(s: Session, clerk_id: int, day: date) -> bool:
    """Whether the clerk's day is settled (and not reopened): no payment is taken or
    voided in it then, but for one a supervisor takes into the next day's 日结."""
    return (
        s.scalar(
            select(Settlement.id).where(
                Settlement.clerk_id == clerk_id,
                Settlement.day == day,
                Settlement.reopened_at.is_(None),
            )
        )
        is not None
    )


def next_settle_day(day: date) -> date:
    """The 日结 a payment taken after the day was settled goes to: the next calendar day
    (halls open every day; a clerk off that day settles it with the payment all the same)."""
    return day + timedelta(days=1)


def settle_day_of(paid_at: datetime, settle_day: date | None) -> date:
    """The business day whose 日结 counts a payment."""
    return settle_day if settle_day is not None else local_date(paid_at)


def _next_day_approval(
    s: Session, clerk: UserInfo, request: PaymentRequest, today: date, now: datetime
) -> tuple[date, str]:
    """The day settled: refused, unless a supervisor (as the store has them now, not the
    clerk themself) takes it into the next day's 日结. Returns that day and who signed."""
    if request.next_day_by is None:
        raise UserError("今日已日结，不能再收费。如需收费请联系值班长")
    boss = require(s, request.next_day_by, "payment.next_day", now)
    if boss.id == clerk.id and boss.role != ADMIN:
        raise UserError("计入次日日结须由另一位值班长授权")
    day = next_settle_day(today)
    if day_settled(s, clerk.id, day):
        raise UserError("{day} 也已日结，不能计入", day=day)
    return day, boss.username


def _check_quoted(
    account: Account, quoted: Quoted | None, bills: tuple[BillDue, ...], credit: Decimal
) -> None:
    if quoted is None:
        return
    now = quote_of(bills, credit)
    if tuple((i, Decimal(p), Decimal(f)) for i, p, f in quoted) != now:
        # A Msg: the catalogue's extractor knows Msg(...), not this class.
        raise QuoteChanged(
            Msg(
                "户号 {account_no} 的欠费在显示后已有变化（其他柜台已收费或总部清单已更新），"
                "本笔未收费。屏幕已刷新，请与客户核对新的应缴金额后重新收费",
                account_no=account.account_no,
            )
        )


@retrying(PAYMENT_BUSY)
@refused_when_full(PAYMENT_DISK_FULL)
def take_payment(
    ctx: AppContext,
    clerk: UserInfo,
    counter: str,
    request: PaymentRequest,
    started_at: datetime | None = None,
) -> PaymentResult:
    """Book the payment: all of it commits together, or nothing does."""
    now = ctx.clock()
    today = local_date(now)
    with ctx.write() as s:
        require(s, clerk, "payment.take", now)  # as the store has the clerk now
        # The till first: a settlement racing this payment cuts wholly before or after it.
        lock_till(s, clerk.id)
        hall = s.scalar(select(Hall).order_by(Hall.id).limit(1))
        if hall is None:
            raise UserError("营业厅尚未设置")
        settle_day, approved_by = None, ""
        if day_settled(s, clerk.id, today):
            settle_day, approved_by = _next_day_approval(s, clerk, request, today, now)
        account = find_account(s, request.account_no)
        # Locked until commit: a payment for this account at another counter waits,
        # then reads this one's amounts (else, on PostgreSQL's READ COMMITTED, one of
        # two concurrent updates of prepaid / amount_paid would be lost). SQLite's
        # BEGIN IMMEDIATE already serialises; it ignores FOR UPDATE.
        s.refresh(account, with_for_update=True)
        # Then its open bills, in id order (an HQ import locks them the same way).
        rows = open_bills(s, account, lock=True)
        # What the screen showed must still hold: else nothing is booked.
        rates = ctx.rules.fees.late_fee
        due_now = bills_due(rows, today, account, rates)
        _check_quoted(account, request.expected, due_now, floor_credit(s, rows))
        q = _quote(s, account, request, today, ctx.policy.payments, rates, rows)
        if q.prepayment_to_confirm and not request.prepayment_confirmed:
            raise PrepaymentNotConfirmed(
                Msg(
                    "其中 {amount:,.2f} 元将存为预存电费，须先与客户确认；本笔未收费",
                    amount=q.prepayment_to_confirm,
                )
            )
        number = next_number(s, RECEIPTS.sequence_name(hall.code, today, counter))
        receipt_no = RECEIPTS.format(hall.code, number, today, counter)
        fields = payment_fields(
            hall.secret, receipt_no, q.total, request.method, request.reference, request.tendered
        )
        payment = Payment(
            **fields,
            hall_id=hall.id,
            counter=counter,
            clerk_id=clerk.id,
            account_id=account.id,
            paid_at=now,
            settle_day=settle_day,
            updated_at=now,
        )
        for seq, line in enumerate(q.lines, start=1):
            payment.lines.append(PaymentLine(**line_fields(seq, line)))
            if line.arrears_id is not None:
                arrears = s.get_one(Arrears, line.arrears_id)
                arrears.amount_paid += line.principal
                arrears.updated_at = now
            elif line.kind == "prepayment":
                account.prepaid += line.principal
        account.updated_at = now
        visit = visit_for_business(
            s,
            hall,
            request.visit_id,
            clerk.id,
            counter,
            account.customer_id,
            "payment",
            "payment",
            receipt_no,
            started_at or now,
            now,
            ctx.rules.queue.payment_category,
        )
        payment.visit_id = visit.id
        s.add(payment)
        s.flush()
        # Arrears settled: a disconnected account cleared starts its 复电 here, or never.
        reconnection.start_if_cleared(s, ctx, account, payment, now)
        detail = audit_details.payment_take(payment, account.account_no, payment.lines)
        if approved_by:
            detail["next_day_by"] = approved_by  # the supervisor who signed for 计入次日
        audit.record(s, now, clerk.id, "payment.take", "payment", receipt_no, detail)
        return PaymentResult(receipt_no, q.total, q.change, q.lines, settle_day)


def today(ctx: AppContext) -> date:
    """The hall's business day now."""
    return local_date(ctx.clock())
