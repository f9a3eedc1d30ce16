"""Late-payment fees (电费违约金) and how a payment is spread over open bills.

The rule (供电营业规则 1996, art. 98; domain.md, "Fees"): the fee runs from
the day after the due date to the day of payment, both counted. Residential
customers pay 1‰ of the arrears a day; others 2‰ a day for the days that
fall in the current year and 3‰ a day for the days after that year has ended
(which year is "current" for a bill billed in one year and due in the next is
HQ's choice: ``current_year_by``). A contract may set one daily rate within
1‰–3‰ (电力供应与使用条例 art. 39): it then replaces these for every day.
The daily amounts of one bill month are added unrounded and the sum is
rounded once, half up, to the fen. The ¥1 minimum is on the total of the late
fees of one collection, never on each month or each part of a partial
payment: :func:`floor_adjustment` tops a collection up to it, and a later
collection of a bill already topped up uses that top-up before paying more,
so a bill paid in parts never pays the minimum twice. Rates, the minimum and
the year choice are data (resources/fees.toml, HQ may change them).

The single rounding place is :func:`late_fee_breakdown`: everything before it
is exact Decimal arithmetic, everything after it works in whole fen.
"""

from __future__ import annotations

import itertools
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, Inexact, InvalidOperation, localcontext
from enum import Enum
from pathlib import Path

from counter_app.domain.money import MoneyError, format_amount, from_fen, to_fen
from counter_app.domain.text import Joined, Msg

__all__ = [
    "CONTRACT_RATE_RANGE",
    "DEFAULT_RATES",
    "Allocation",
    "AllocationLine",
    "DayRate",
    "FeeDataError",
    "FeeError",
    "InsufficientPaymentError",
    "LateFeeBreakdown",
    "LateFeePart",
    "LateFeeRates",
    "OpenBill",
    "allocate_payment",
    "floor_adjustment",
    "floor_text",
    "late_fee",
    "late_fee_breakdown",
    "load_fee_rates",
    "round_fen",
]

_CENT = Decimal("0.01")
_PER_MILLE = Decimal(1000)


class FeeError(ValueError):
    """A fee cannot be computed or a payment cannot be taken as asked.

    str() is a Chinese message meant to be shown to the clerk as it is.
    """


class InsufficientPaymentError(FeeError):
    """The cash does not cover even one fen of the oldest bill with its late fee.

    ``minimum_payable`` is the least the customer must pay (principal 0.01
    plus its late fee), so the screen can propose it.
    """

    def __init__(self, message: str, *, bill_month: str, minimum_payable: Decimal) -> None:
        super().__init__(message)
        self.bill_month = bill_month
        self.minimum_payable = minimum_payable


class FeeDataError(Exception):
    """The fee data file is unreadable or holds a bad value (message names file and key)."""


# --- rates ------------------------------------------------------------------


def _check_decimal(name: str, value: Decimal) -> None:
    if not isinstance(value, Decimal):
        raise TypeError(f"{name} must be Decimal, not {type(value).__name__}")


@dataclass(frozen=True)
class LateFeeRates:
    """Daily rates (fractions, 0.001 = 1‰) and the minimum fee of a collection in yuan.

    ``current_year_by``: for the non-residential 2‰/3‰ split, which year is the
    bill's "current year": "due" (the year of its due date: a December bill due
    in January runs at 2‰ through that January's year) or "bill" (the year of
    its bill month: the same bill is in its later year from 1 January).
    ``contract_daily``: an account's contract rate (see :meth:`for_contract`).
    """

    residential_daily: Decimal = Decimal("0.001")
    other_current_year_daily: Decimal = Decimal("0.002")
    other_earlier_years_daily: Decimal = Decimal("0.003")
    minimum: Decimal = Decimal("1.00")
    current_year_by: str = "due"
    contract_daily: Decimal | None = None

    def for_contract(self, daily: Decimal | None) -> LateFeeRates:
        """These rates for an account whose contract sets ``daily`` (None: the defaults)."""
        return self if daily is None else replace(self, contract_daily=daily)

    def __post_init__(self) -> None:
        if self.current_year_by not in YEAR_CHOICES:
            raise FeeError(
                Msg(
                    "违约金跨年度划分 current_year_by 应为 due 或 bill：{value}",
                    value=self.current_year_by,
                )
            )
        if self.contract_daily is not None:
            _check_decimal("contract_daily", self.contract_daily)
            low, high = CONTRACT_RATE_RANGE
            if not (self.contract_daily.is_finite() and low <= self.contract_daily <= high):
                raise FeeError(
                    Msg(
                        "合同约定的违约金日费率应在千分之一到千分之三之间：{value}",
                        value=_per_mille(self.contract_daily)
                        if self.contract_daily.is_finite()
                        else self.contract_daily,
                    )
                )
        for name in _RATE_KEYS:
            value = getattr(self, name)
            _check_decimal(name, value)
            problem = _rate_problem(value)
            if problem:
                raise FeeError(
                    Msg(
                        "违约金日费率 {name} {problem}：{value}",
                        name=name,
                        problem=problem,
                        value=value,
                    )
                )
        _check_decimal("minimum", self.minimum)
        problem = _minimum_problem(self.minimum)
        if problem:
            raise FeeError(
                Msg(
                    "违约金最低金额 minimum {problem}：{minimum}",
                    problem=problem,
                    minimum=self.minimum,
                )
            )


# 电力供应与使用条例 art. 39: a contract's rate lies within 1‰–3‰ a day.
CONTRACT_RATE_RANGE = (Decimal("0.001"), Decimal("0.003"))
YEAR_CHOICES = ("due", "bill")

_RATE_KEYS = ("residential_daily", "other_current_year_daily", "other_earlier_years_daily")


def _rate_problem(value: Decimal) -> str | None:
    if not value.is_finite():
        return "不是有效的数"
    if value < 0:
        return "不能为负数"
    if value >= 1:
        # A daily rate of 100 % is a typo for 1‰ ("1" instead of "0.001").
        return '应小于 1（日费率是小数，千分之一写作 "0.001"）'
    return None


def _minimum_problem(value: Decimal) -> str | None:
    if not value.is_finite():
        return "不是有效的数"
    if value < 0:
        return "不能为负数"
    try:
        to_fen(value)
    except MoneyError:
        return "最多保留两位小数（到分）"
    return None


DEFAULT_RATES = LateFeeRates()


# --- one bill month -----------------------------------------------------------


class DayRate(Enum):
    """Which daily rate a run of overdue days is charged at."""

    RESIDENTIAL = "居民"
    CURRENT_YEAR = "当年"
    LATER_YEARS = "跨年度"
    CONTRACT = "合同约定"


@dataclass(frozen=True)
class LateFeePart:
    """``days`` overdue days charged at ``daily_rate``; ``exact`` is unrounded."""

    kind: DayRate
    daily_rate: Decimal
    days: int
    exact: Decimal


@dataclass(frozen=True)
class LateFeeBreakdown:
    """The late fee of one bill month and how it came about, for the customer.

    ``parts`` holds only the runs of days that were charged (days > 0).
    ``exact`` is the sum of the daily amounts, ``fee`` that sum rounded once
    half up to the fen: the month's fee, before the minimum of the whole
    collection (:func:`floor_adjustment`). ``current_year`` is the year whose
    days run at the current-year rate (non-residential).
    """

    principal: Decimal
    due: date
    paid_on: date
    residential: bool
    days_overdue: int
    parts: tuple[LateFeePart, ...]
    exact: Decimal
    fee: Decimal
    current_year: int

    @property
    def rounded(self) -> Decimal:
        return self.fee

    def days_at(self, kind: DayRate) -> int:
        """Overdue days charged at one kind of rate (0 if none)."""
        return sum(part.days for part in self.parts if part.kind is kind)

    @property
    def text(self) -> str:
        """One line for the screen and the receipt (收费项目标注), e.g.

        2026年10月15日到期，逾期42天：100.00元×1‰×42天=4.20元
        """
        due = {"year": self.due.year, "month": self.due.month, "day": self.due.day}
        if self.days_overdue == 0:
            return Msg("{year}年{month}月{day}日到期，未逾期，无违约金", **due)
        principal = format_amount(self.principal)
        terms = []
        for part in self.parts:
            term = Msg(
                "{principal}元×{rate}×{days}天",
                principal=principal,
                rate=_per_mille(part.daily_rate),
                days=part.days,
            )
            if part.kind is DayRate.CURRENT_YEAR:
                term = Msg("{term}（{year}年内）", term=term, year=self.current_year)
            elif part.kind is DayRate.LATER_YEARS:
                term = Msg("{term}（{year}年起）", term=term, year=self.current_year + 1)
            elif part.kind is DayRate.CONTRACT:
                term = Msg("{term}（合同约定费率）", term=term)
            terms.append(term)
        return Msg(
            "{year}年{month}月{day}日到期，逾期{days}天：{terms}={amount}元",
            **due,
            days=self.days_overdue,
            terms=Joined(terms, "+"),
            amount=format_amount(self.fee),
        )


def _per_mille(rate: Decimal) -> str:
    return f"{format((rate * _PER_MILLE).normalize(), 'f')}‰"


def _as_date(d: date) -> date:
    # A datetime is a date subclass; subtracting one from a date would fail,
    # and the time of day plays no part in counting days.
    return d.date() if isinstance(d, datetime) else d


def _check_principal(principal: Decimal) -> None:
    _check_decimal("principal", principal)
    if not principal.is_finite():
        raise FeeError(Msg("欠费金额无效：{principal}", principal=principal))
    if principal < 0:
        raise FeeError(Msg("欠费金额不能为负数：{principal}", principal=principal))
    try:
        to_fen(principal)
    except MoneyError as exc:
        raise FeeError(
            Msg("欠费金额最多保留两位小数（到分）：{principal}", principal=principal)
        ) from exc


def round_fen(amount: Decimal) -> Decimal:
    """Half up to the fen: the one rounding of a late fee (and of fee items)."""
    with localcontext() as ctx:
        ctx.prec = max(ctx.prec, amount.adjusted() + 4)
        return amount.quantize(_CENT, rounding=ROUND_HALF_UP)


def late_fee_breakdown(
    principal: Decimal,
    due: date,
    paid_on: date,
    residential: bool,
    rates: LateFeeRates = DEFAULT_RATES,
    bill_year: int | None = None,
) -> LateFeeBreakdown:
    """The late fee of one bill month with its day counts and explanation.

    ``principal`` is the part of the bill's principal being paid (whole fen,
    not negative). Paid on the due date or before: no fee. ``bill_year``
    (the year of the bill month) decides the current year when the rates say
    ``current_year_by = "bill"``. No minimum here: it is on the collection.
    """
    _check_principal(principal)
    due, paid_on = _as_date(due), _as_date(paid_on)
    days = max(0, (paid_on - due).days)
    current_year = due.year
    if rates.current_year_by == "bill" and bill_year is not None:
        current_year = bill_year
    runs: list[tuple[DayRate, Decimal, int]]
    if rates.contract_daily is not None:
        runs = [(DayRate.CONTRACT, rates.contract_daily, days)]
    elif residential:
        runs = [(DayRate.RESIDENTIAL, rates.residential_daily, days)]
    else:
        # Days up to 31 December of the current year, then the rest.
        year_end = date(current_year, 12, 31)
        in_year = max(0, (min(paid_on, year_end) - due).days)
        runs = [
            (DayRate.CURRENT_YEAR, rates.other_current_year_daily, in_year),
            (DayRate.LATER_YEARS, rates.other_earlier_years_daily, days - in_year),
        ]
    with localcontext() as ctx:
        # Exact: rates and amounts are short decimals; Inexact would be a bug.
        ctx.prec = 200
        ctx.traps[Inexact] = True
        parts = tuple(
            LateFeePart(kind, rate, n, principal * rate * n) for kind, rate, n in runs if n > 0
        )
        exact = sum((part.exact for part in parts), Decimal(0))
    return LateFeeBreakdown(
        principal=principal,
        due=due,
        paid_on=paid_on,
        residential=residential,
        days_overdue=days,
        parts=parts,
        exact=exact,
        fee=round_fen(exact),
        current_year=current_year,
    )


def late_fee(
    principal: Decimal,
    due: date,
    paid_on: date,
    residential: bool,
    rates: LateFeeRates = DEFAULT_RATES,
    bill_year: int | None = None,
) -> Decimal:
    """Late fee in yuan (two decimals) for ``principal`` of one bill month, before
    the minimum of the collection (:func:`floor_adjustment`)."""
    return late_fee_breakdown(principal, due, paid_on, residential, rates, bill_year).fee


# --- the minimum on a collection ------------------------------------------------


def floor_adjustment(
    fees: Decimal, minimum: Decimal, credit: Decimal = Decimal("0.00"), *, owed: bool = False
) -> Decimal:
    """What is added to (> 0) or taken off (< 0) the month fees ``fees`` of one collection.

    The minimum is on the total: a collection that owes a late fee (``fees``
    above zero, or ``owed``: an exact fee above zero that rounds to 0.00) but
    under ``minimum`` is topped up to it. ``credit`` is a top-up already paid on
    the bills of this collection (an earlier part of a bill paid the minimum):
    it is used first, and the minimum is not charged again, so over all the
    parts of a bill the customer pays max(minimum, the fees of the parts).
    """
    if fees <= 0 and not owed:
        return Decimal("0.00")
    if credit > 0:
        return -min(credit, fees)
    return max(Decimal("0.00"), minimum - fees)


def floor_text(fees: Decimal, adjustment: Decimal) -> str:
    """The line that says why a collection's late fee is not the sum of its months.

    Worked out from the two amounts alone (a top-up brings the fees to the minimum
    then in force), so a receipt printed again later says the same.
    """
    if adjustment > 0:
        return Msg(
            "违约金合计{fees}元，不足{minimum}元，按{minimum}元收取，补足{topup}元",
            fees=format_amount(fees),
            minimum=format_amount(fees + adjustment),
            topup=format_amount(adjustment),
        )
    return Msg(
        "违约金已在前次缴费时按最低额收取，本次抵减{credit}元",
        credit=format_amount(-adjustment),
    )


# --- spreading a payment over open bills ---------------------------------------


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
            _check_principal(self.principal_remaining)
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
    _check_decimal("amount", amount)
    _check_decimal("credit", credit)
    if not amount.is_finite() or amount <= 0:
        raise FeeError(Msg("缴费金额必须大于零：{amount}", amount=amount))
    try:
        cash = to_fen(amount)
    except MoneyError as exc:
        raise FeeError(Msg("缴费金额最多保留两位小数（到分）：{amount}", amount=amount)) from exc
    paid_on = _as_date(paid_on)
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


# --- data file ----------------------------------------------------------------

_FILE_KEYS = (*_RATE_KEYS, "minimum", "current_year_by")


def load_fee_rates(path: Path) -> LateFeeRates:
    """Rates and minimum from the [late_fee] section of a fees TOML file.

    Values are decimal strings ("0.001"), never TOML floats, so that no
    binary rounding creeps in. A missing key keeps its default; an unknown
    key is refused (a misspelt key would otherwise silently use the default).
    """
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise FeeDataError(f"费用文件 {path.name} 无法读取：{exc}") from None
    table = data.get("late_fee")
    if table is None:
        raise FeeDataError(f"费用文件 {path.name} 缺少 [late_fee] 节")
    if not isinstance(table, dict):
        raise FeeDataError(f"费用文件 {path.name} 中 late_fee 应为一节（[late_fee]）")
    unknown = sorted(set(table) - set(_FILE_KEYS))
    if unknown:
        raise FeeDataError(
            f"费用文件 {path.name} 中 [late_fee] 有未知的键：{'、'.join(unknown)}"
            f"（可用的键：{'、'.join(_FILE_KEYS)}）"
        )
    values: dict[str, Decimal] = {}
    year_by = table.get("current_year_by", "due")
    if year_by not in YEAR_CHOICES:
        raise FeeDataError(
            f"费用文件 {path.name} 中 late_fee.current_year_by 应为 "
            f'"due"（按到期日所在年度）或 "bill"（按电费年月所在年度）：{year_by!r}'
        )
    for key in _FILE_KEYS:
        if key not in table or key == "current_year_by":
            continue
        where = f"费用文件 {path.name} 中 late_fee.{key}"
        raw = table[key]
        if not isinstance(raw, str):
            raise FeeDataError(f'{where} 应写成带引号的小数，如 "0.001"（避免浮点误差）')
        try:
            value = Decimal(raw.strip())
        except InvalidOperation:
            raise FeeDataError(f"{where} 不是有效的小数：{raw!r}") from None
        problem = _minimum_problem(value) if key == "minimum" else _rate_problem(value)
        if problem:
            raise FeeDataError(f"{where} {problem}：{raw!r}")
        values[key] = value
    return LateFeeRates(**values, current_year_by=year_by)
