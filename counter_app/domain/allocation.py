"""How a payment is spread over open bills (分摊): oldest month first, each with its
late fee (domain/fees.py), the ¥1 minimum on the collection's total, prepayment (预存)
once every month is paid. Amounts are exact Decimal; the rounding is the fee's.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from counter_app.domain.fees import (
    DEFAULT_RATES,
    FeeError,
    LateFeeBreakdown,
    LateFeeRates,
    as_date,
    check_decimal,
    check_principal,
    floor_adjustment,
    floor_text,
    late_fee_breakdown,
)
from counter_app.domain.money import MoneyError, format_amount, from_fen, to_fen
from counter_app.domain.text import Msg

_CENT = Decimal("0.01")


class InsufficientPaymentError(FeeError):
    """The cash does not cover even one fen of the oldest bill with its late fee.

    ``minimum_payable`` is the least the customer must pay (principal 0.01
    plus its late fee), so the screen can propose it.
    """

    def __init__(self, message: str, *, bill_month: str, minimum_payable: Decimal) -> None:
        super().__init__(message)
        self.bill_month = bill_month
        self.minimum_payable = minimum_payable


@dataclass(frozen=True)
class OpenBill:
    """One open month of arrears: 应收年月 "yyyymm", due date, principal still owed."""

    bill_month: str
    due_date: date
    principal_remaining: Decimal

    def __post_init__(self) -> None:
        month = self.bill_month
        if not (
            isinstance(month, str)
            and len(month) == 6
            and month.isascii()
            and month.isdigit()
            and 1 <= int(month[4:]) <= 12
        ):
            raise FeeError(
                Msg("应收年月格式不正确：{month}（应为 yyyymm，如 202510）", month=month)
            )
        try:
            check_principal(self.principal_remaining)
        except FeeError as exc:
            raise FeeError(Msg("应收年月 {month}：{exc}", month=month, exc=exc)) from None

    @property
    def bill_year(self) -> int:
        return int(self.bill_month[:4])


@dataclass(frozen=True)
class AllocationLine:
    """What a payment settles of one bill month."""

    bill_month: str
    due_date: date
    principal: Decimal  # principal paid now
    late_fee: Decimal
    principal_remaining: Decimal  # still owed on this month after the payment
    explanation: LateFeeBreakdown

    @property
    def total(self) -> Decimal:
        return self.principal + self.late_fee

    @property
    def partial(self) -> bool:
        return self.principal_remaining > 0


@dataclass(frozen=True)
class Allocation:
    """A payment spread over bills, oldest month first.

    ``amount`` = Σ line totals + ``fee_adjustment`` + ``prepayment`` +
    ``unapplied``. ``fee_adjustment`` is the minimum's top-up of the whole
    collection (> 0) or a top-up paid before that this collection uses (< 0);
    it belongs to the newest month paid (``lines[-1]``: the one that stays open
    when the payment is partial, so a later part of it finds the top-up).
    Prepayment (预存) is what is left once every open month is paid.
    ``unapplied`` is what is left while a month stays open: the few fen a
    partial payment cannot use (principal + fee jumps over the cash), or cash
    too small for any part of the next month. It is not booked; the screen
    gives it back as change or lowers the amount taken to ``total``.
    """

    amount: Decimal
    lines: tuple[AllocationLine, ...]
    prepayment: Decimal
    unapplied: Decimal
    fee_adjustment: Decimal = Decimal("0.00")

    @property
    def principal_total(self) -> Decimal:
        return sum((line.principal for line in self.lines), Decimal("0.00"))

    @property
    def month_fees(self) -> Decimal:
        """The late fees of the months, before the minimum."""
        return sum((line.late_fee for line in self.lines), Decimal("0.00"))

    @property
    def late_fee_total(self) -> Decimal:
        """The late fee of the collection: month fees with the minimum's adjustment."""
        return self.month_fees + self.fee_adjustment

    @property
    def adjustment_text(self) -> str:
        """Why the collection's fee differs from its months' ("" when it does not)."""
        if not self.fee_adjustment:
            return ""
        return floor_text(self.month_fees, self.fee_adjustment)

    @property
    def total(self) -> Decimal:
        """What is booked: arrears paid with their late fees, plus prepayment."""
        return self.principal_total + self.late_fee_total + self.prepayment


def _collection_fee(fees_fen: int, owed: bool, minimum_fen: int, credit_fen: int) -> int:
    # The fee charged for month fees totalling fees_fen: never falls as they grow.
    adjustment = floor_adjustment(
        from_fen(fees_fen), from_fen(minimum_fen), from_fen(credit_fen), owed=owed
    )
    return fees_fen + to_fen(adjustment)


def _largest_part(
    bill: OpenBill,
    cash_fen: int,
    paid_on: date,
    residential: bool,
    rates: LateFeeRates,
    cost: Callable[[int, LateFeeBreakdown], int],
) -> int:
    """Largest principal part p (fen) with cost(p, late_fee(p)) <= cash; 0 if none.

    The late fee never falls when the principal grows (principal × a fixed
    factor, rounded half up), nor does the collection's fee when a month's fee
    grows (the minimum's adjustment only ever tops up to a floor or uses a fixed
    credit), so the cost rises strictly with p and a binary search is exact.
    """

    def payable(p_fen: int) -> int:
        part = late_fee_breakdown(
            from_fen(p_fen), bill.due_date, paid_on, residential, rates, bill.bill_year
        )
        return cost(p_fen, part)

    low, high = 0, to_fen(bill.principal_remaining)  # payable(low) <= cash holds
    while low < high:
        middle = (low + high + 1) // 2
        if payable(middle) <= cash_fen:
            low = middle
        else:
            high = middle - 1
    return low


def allocate_payment(
    arrears: Sequence[OpenBill],
    amount: Decimal,
    paid_on: date,
    residential: bool,
    rates: LateFeeRates = DEFAULT_RATES,
    credit: Decimal = Decimal("0.00"),
) -> Allocation:
    """Spread ``amount`` over ``arrears``, oldest bill month first.

    Each month takes its remaining principal plus its late fee, and the
    collection's late fee is then brought to the minimum (or reduced by
    ``credit``, a top-up paid before on these bills: :func:`floor_adjustment`).
    When the cash left does not cover a whole month, that month is paid in
    part: the largest principal part p (in fen) whose cost, with the fee on p
    alone and the collection's adjustment, fits the cash; later months are
    then left untouched. An amount above all arrears becomes prepayment (预存).

    Raises InsufficientPaymentError when the amount does not cover one fen of
    the oldest open month with its late fee (with the ¥1 minimum: 1.01); the
    clerk cannot take less than principal + fee for a part.
    """
    check_decimal("amount", amount)
    check_decimal("credit", credit)
    if not amount.is_finite() or amount <= 0:
        raise FeeError(Msg("缴费金额必须大于零：{amount}", amount=amount))
    try:
        cash = to_fen(amount)
    except MoneyError as exc:
        raise FeeError(Msg("缴费金额最多保留两位小数（到分）：{amount}", amount=amount)) from exc
    paid_on = as_date(paid_on)
    minimum_fen, credit_fen = to_fen(rates.minimum), max(0, to_fen(credit))

    bills = sorted(arrears, key=lambda bill: bill.bill_month)
    for earlier, later in itertools.pairwise(bills):
        if earlier.bill_month == later.bill_month:
            raise FeeError(Msg("应收年月 {bill_month} 重复出现", bill_month=later.bill_month))
    open_bills = [bill for bill in bills if bill.principal_remaining > 0]

    lines: list[AllocationLine] = []
    principal_fen = fees_fen = 0  # of the lines taken so far
    owed = False  # some line's exact fee is above zero

    def cost(p_fen: int, part: LateFeeBreakdown) -> int:
        # Cash the collection needs with one more month part p and its fee.
        fees = fees_fen + to_fen(part.fee)
        return (
            principal_fen
            + p_fen
            + _collection_fee(fees, owed or part.exact > 0, minimum_fen, credit_fen)
        )

    for bill in open_bills:
        remaining = to_fen(bill.principal_remaining)
        full = late_fee_breakdown(
            bill.principal_remaining, bill.due_date, paid_on, residential, rates, bill.bill_year
        )
        if cost(remaining, full) <= cash:
            part, breakdown = remaining, full
        else:
            part = _largest_part(bill, cash, paid_on, residential, rates, cost)
            if part == 0:
                if not lines:
                    least = from_fen(
                        cost(
                            1,
                            late_fee_breakdown(
                                _CENT, bill.due_date, paid_on, residential, rates, bill.bill_year
                            ),
                        )
                    )
                    raise InsufficientPaymentError(
                        Msg(
                            "金额不足以支付最早一个月（{bill_month}）的电费和违约金，至少需要{format_amount}元",
                            bill_month=bill.bill_month,
                            format_amount=format_amount(least),
                        ),
                        bill_month=bill.bill_month,
                        minimum_payable=least,
                    )
                break
            breakdown = late_fee_breakdown(
                from_fen(part), bill.due_date, paid_on, residential, rates, bill.bill_year
            )
        lines.append(
            AllocationLine(
                bill_month=bill.bill_month,
                due_date=bill.due_date,
                principal=from_fen(part),
                late_fee=breakdown.fee,
                principal_remaining=from_fen(remaining - part),
                explanation=breakdown,
            )
        )
        principal_fen += part
        fees_fen += to_fen(breakdown.fee)
        owed = owed or breakdown.exact > 0
        if part < remaining:
            break

    collection_fee = _collection_fee(fees_fen, owed, minimum_fen, credit_fen)
    cash -= principal_fen + collection_fee
    all_paid = len(lines) == len(open_bills) and not (lines and lines[-1].partial)
    return Allocation(
        amount=from_fen(to_fen(amount)),
        lines=tuple(lines),
        prepayment=from_fen(cash) if all_paid else Decimal("0.00"),
        unapplied=Decimal("0.00") if all_paid else from_fen(cash),
        fee_adjustment=from_fen(collection_fee - fees_fen),
    )
