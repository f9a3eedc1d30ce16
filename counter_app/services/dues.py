"""What an account owes: its open bills by month, each with its late fee as of today
and why, and the minimum late fee of one collection (the screens' 应缴, and what
take_payment compares under lock with what the screen quoted)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.domain import fees
from counter_app.domain.clock import local_date
from counter_app.domain.masking import mask_name
from counter_app.domain.text import N_
from counter_app.services.accounts import find_account
from counter_app.services.context import AppContext
from counter_app.store.models import (
    Account,
    Arrears,
    Customer,
    Payment,
    PaymentLine,
)

ZERO = Decimal("0.00")


def account_rates(hall: fees.LateFeeRates, account: Account) -> fees.LateFeeRates:
    """The hall's rates (ctx.rules.fees), or the account's contract rate where HQ's list
    gives one."""
    per_mille = account.late_fee_rate_per_mille
    return hall.for_contract(None if per_mille is None else per_mille / 1000)


# A payment line that brings the late fee of a collection to the minimum (> 0), or uses
# such a top-up paid before on the same bill (< 0); it carries the newest month paid.
FLOOR_KIND = "late_fee_floor"
FLOOR_ITEM = N_("违约金")


def floor_credit(s: Session, rows: list[Arrears]) -> Decimal:
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
        return quote_of(self.bills, self.credit)


# The open bills a screen showed: (arrears id, principal still owed, late fee), by month,
# then (0, credit, 0): the minimum's top-ups already paid on them, which the total shown
# depends on as much as on the bills (a credit grown meanwhile made the same cash exceed
# what is owed).
Quoted = tuple[tuple[int, Decimal, Decimal], ...]


def quote_of(bills: tuple[BillDue, ...], credit: Decimal) -> Quoted:
    return (*((b.arrears_id, b.principal, b.late_fee) for b in bills), (0, credit, ZERO))


def open_bills(s: Session, account: Account, *, lock: bool = False) -> list[Arrears]:
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


def bills_due(
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
        rows = open_bills(s, account)
        return AccountDue(
            account.account_no,
            mask_name(customer.name),
            account.address,
            account.category,
            residential,
            account.status,
            account.prepaid,
            bills_due(rows, today, account, ctx.rules.fees.late_fee),
            ctx.rules.fees.late_fee.minimum,
            floor_credit(s, rows),
        )
