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
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.domain import fees
from counter_app.domain.allocation import OpenBill, allocate_payment
from counter_app.domain.clock import HALL_TZ, local_date, local_naive
from counter_app.domain.masking import mask_name
from counter_app.domain.money import MAX_QUANTITY
from counter_app.domain.policy import PaymentLimits
from counter_app.domain.text import N_, Msg, message_of
from counter_app.printing.documents import Receipt, ReceiptLine
from counter_app.services import audit, audit_details, reconnection
from counter_app.services.accounts import find_account
from counter_app.services.auth import UserInfo
from counter_app.services.authz import require, require_other
from counter_app.services.context import AppContext
from counter_app.services.disk_full import PAYMENT_DISK_FULL, refused_when_full
from counter_app.services.errors import NotFound, UserError
from counter_app.services.retry import PAYMENT_BUSY, REPRINT_BUSY, VOID_BUSY, retrying
from counter_app.services.sequences import next_number
from counter_app.services.till import lock_till
from counter_app.services.visits import visit_for_business
from counter_app.store.models import (
    Account,
    Arrears,
    Customer,
    FeeItem,
    Hall,
    Payment,
    PaymentLine,
    Settlement,
    User,
)

METHODS = {"cash": N_("现金"), "card": N_("银行卡"), "mobile": N_("移动支付")}
ZERO = Decimal("0.00")
CENT = Decimal("0.01")


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """The hall's business day as an aware [start, end) range."""
    start = datetime.combine(day, time.min, tzinfo=HALL_TZ)
    return start, start + timedelta(days=1)


def account_rates(hall: fees.LateFeeRates, account: Account) -> fees.LateFeeRates:
    """The hall's rates (ctx.rules.fees), or the account's contract rate where HQ's list
    gives one."""
    per_mille = account.late_fee_rate_per_mille
    return hall.for_contract(None if per_mille is None else per_mille / 1000)


# A payment line that brings the late fee of a collection to the minimum (> 0), or uses
# such a top-up paid before on the same bill (< 0); it carries the newest month paid.
FLOOR_KIND = "late_fee_floor"
FLOOR_ITEM = N_("违约金")


def _floor_credit(s: Session, rows: list[Arrears]) -> Decimal:
    """Top-ups to the minimum already paid on these open bills and not yet used."""
    if not rows:
        return ZERO
    paid = s.scalar(
        select(func.sum(PaymentLine.late_fee))
        .join(Payment, Payment.id == PaymentLine.payment_id)
        .where(
            Payment.status == "valid",
            PaymentLine.kind == FLOOR_KIND,
            PaymentLine.arrears_id.in_([r.id for r in rows]),
        )
    )
    return max(ZERO, paid or ZERO)


# -- what the account owes ---------------------------------------------------------


@dataclass(frozen=True)
class BillDue:
    arrears_id: int
    bill_month: str
    due_date: date
    principal: Decimal  # still owed
    days_overdue: int
    late_fee: Decimal
    explanation: str
    owed: bool = False  # a fee is owed (above zero before rounding)

    @property
    def payable(self) -> Decimal:
        return self.principal + self.late_fee


@dataclass(frozen=True)
class AccountDue:
    account_no: str
    name: str  # masked
    address: str
    category: str
    residential: bool
    status: str
    prepaid: Decimal
    bills: tuple[BillDue, ...]
    minimum: Decimal = ZERO  # the late fee of one collection is at least this
    credit: Decimal = ZERO  # a top-up to the minimum already paid on these bills

    def adjustment(self, months: int | None = None) -> Decimal:
        """The minimum's adjustment when the oldest ``months`` (None: all) are paid."""
        bills = self.bills[:months]
        return fees.floor_adjustment(
            sum((b.late_fee for b in bills), ZERO),
            self.minimum,
            self.credit,
            owed=any(b.owed for b in bills),
        )

    def adjustment_text(self, months: int | None = None) -> str:
        bills = self.bills[:months]
        adjustment = self.adjustment(months)
        if not adjustment:
            return ""
        return fees.floor_text(sum((b.late_fee for b in bills), ZERO), adjustment)

    def payable(self, months: int | None = None) -> Decimal:
        """The cash that pays the oldest ``months`` (None: all) with their late fees."""
        bills = self.bills[:months]
        return sum((b.payable for b in bills), ZERO) + self.adjustment(months)

    @property
    def principal(self) -> Decimal:
        return sum((b.principal for b in self.bills), ZERO)

    @property
    def late_fees(self) -> Decimal:
        """The late fee of paying everything: the months' fees with the minimum's adjustment."""
        return sum((b.late_fee for b in self.bills), ZERO) + self.adjustment()

    @property
    def total(self) -> Decimal:
        return self.principal + self.late_fees

    @property
    def quoted(self) -> Quoted:
        """What a screen showing this sends with its payment (PaymentRequest.expected)."""
        return tuple((b.arrears_id, b.principal, b.late_fee) for b in self.bills)


# The open bills a screen showed: (arrears id, principal still owed, late fee), by month.
Quoted = tuple[tuple[int, Decimal, Decimal], ...]


def _open_bills(s: Session, account: Account, *, lock: bool = False) -> list[Arrears]:
    """The account's unpaid bills, oldest month first. ``lock``: FOR UPDATE, taken in
    id order (the one lock order, services/retry.py), values as committed now."""
    query = select(Arrears).where(
        Arrears.account_id == account.id,
        Arrears.status == "open",
        Arrears.amount_due > Arrears.amount_paid,
    )
    if not lock:
        return list(s.scalars(query.order_by(Arrears.bill_month)))
    rows = s.scalars(
        query.order_by(Arrears.id).with_for_update().execution_options(populate_existing=True)
    )
    return sorted(rows, key=lambda r: r.bill_month)


def _bills_due(
    rows: list[Arrears], today: date, account: Account, hall: fees.LateFeeRates
) -> tuple[BillDue, ...]:
    rates = account_rates(hall, account)
    residential = account.category == "居民"
    bills = []
    for row in rows:
        owed = row.amount_due - row.amount_paid
        breakdown = fees.late_fee_breakdown(
            owed, row.due_date, today, residential, rates, int(row.bill_month[:4])
        )
        bills.append(
            BillDue(
                row.id,
                row.bill_month,
                row.due_date,
                owed,
                max(0, (today - row.due_date).days),
                breakdown.fee,
                breakdown.text,
                breakdown.exact > 0,
            )
        )
    return tuple(bills)


def account_due(ctx: AppContext, account_no: str) -> AccountDue:
    """Open arrears by month, each with its late fee as of today and why."""
    today = local_date(ctx.clock())
    with ctx.read() as s:
        account = find_account(s, account_no)
        customer = s.get_one(Customer, account.customer_id)
        residential = account.category == "居民"
        rows = _open_bills(s, account)
        return AccountDue(
            account.account_no,
            mask_name(customer.name),
            account.address,
            account.category,
            residential,
            account.status,
            account.prepaid,
            _bills_due(rows, today, account, ctx.rules.fees.late_fee),
            ctx.rules.fees.late_fee.minimum,
            _floor_credit(s, rows),
        )


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
        rows = _open_bills(s, account)
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
                _floor_credit(s, rows),
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


def check_code(secret: str, receipt_no: str, total: Decimal, length: int = 6) -> str:
    """A short keyed code on the receipt's QR: HQ can tell a genuine receipt from a typed one."""
    message = f"{receipt_no}|{total:.2f}".encode()
    digest = hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()
    return digest[:length].upper()


def _settled(s: Session, clerk_id: int, day: date) -> bool:
    return (
        s.scalar(
            select(Settlement.id).where(Settlement.clerk_id == clerk_id, Settlement.day == day)
        )
        is not None
    )


def _check_quoted(account: Account, quoted: Quoted | None, bills: tuple[BillDue, ...]) -> None:
    if quoted is None:
        return
    now = tuple((b.arrears_id, b.principal, b.late_fee) for b in bills)
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
        if _settled(s, clerk.id, today):
            raise UserError("今日已日结，不能再收费。如需收费请联系值班长")
        account = find_account(s, request.account_no)
        # Locked until commit: a payment for this account at another counter waits,
        # then reads this one's amounts (else, on PostgreSQL's READ COMMITTED, one of
        # two concurrent updates of prepaid / amount_paid would be lost). SQLite's
        # BEGIN IMMEDIATE already serialises; it ignores FOR UPDATE.
        s.refresh(account, with_for_update=True)
        # Then its open bills, in id order (an HQ import locks them the same way).
        rows = _open_bills(s, account, lock=True)
        # What the screen showed must still hold: else nothing is booked.
        rates = ctx.rules.fees.late_fee
        _check_quoted(account, request.expected, _bills_due(rows, today, account, rates))
        q = _quote(s, account, request, today, ctx.policy.payments, rates, rows)
        if q.prepayment_to_confirm and not request.prepayment_confirmed:
            raise PrepaymentNotConfirmed(
                Msg(
                    "其中 {amount:,.2f} 元将存为预存电费，须先与客户确认；本笔未收费",
                    amount=q.prepayment_to_confirm,
                )
            )
        number = next_number(s, f"receipt:{hall.code}:{counter}:{today:%Y%m%d}")
        receipt_no = f"{hall.code}-{counter:0>2}-{today:%Y%m%d}-{number:04d}"
        payment = Payment(
            receipt_no=receipt_no,
            hall_id=hall.id,
            counter=counter,
            clerk_id=clerk.id,
            account_id=account.id,
            paid_at=now,
            method=request.method,
            reference=request.reference.strip(),
            total=q.total,
            tendered=request.tendered if request.method == "cash" else None,
            change=q.change,
            check_code=check_code(hall.secret, receipt_no, q.total),
            status="valid",
            void_reason="",
            reprint_count=0,
            updated_at=now,
        )
        for seq, line in enumerate(q.lines, start=1):
            payment.lines.append(
                PaymentLine(
                    seq=seq,
                    kind=line.kind,
                    item=line.item,
                    bill_month=line.bill_month,
                    arrears_id=line.arrears_id,
                    fee_code=line.fee_code,
                    principal=line.principal,
                    late_fee=line.late_fee,
                    amount=line.amount,
                )
            )
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
        audit.record(
            s,
            now,
            clerk.id,
            "payment.take",
            "payment",
            receipt_no,
            audit_details.payment_take(payment, account.account_no, payment.lines),
        )
        return PaymentResult(receipt_no, q.total, q.change, q.lines)


# -- receipts: print, reprint, void -----------------------------------------------


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
    return render_receipt(doc, folder / f"收据_{receipt_no}{suffix}.pdf", layout)


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
        if p.settlement_id is not None or _settled(s, p.clerk_id, local_date(p.paid_at)):
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
    return render_void_slip(doc, folder / f"作废凭证_{receipt_no}.pdf")


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


def today(ctx: AppContext) -> date:
    """The hall's business day now."""
    return local_date(ctx.clock())
