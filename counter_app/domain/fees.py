"""Late-payment fees (电费违约金) of one bill month and the minimum of a collection.

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

from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, Inexact, localcontext
from enum import Enum

from counter_app.domain.money import MoneyError, format_amount, to_fen
from counter_app.domain.text import Joined, Msg

__all__ = [
    "CONTRACT_RATE_RANGE",
    "DEFAULT_RATES",
    "DayRate",
    "FeeError",
    "LateFeeBreakdown",
    "LateFeePart",
    "LateFeeRates",
    "floor_adjustment",
    "floor_text",
    "late_fee",
    "late_fee_breakdown",
    "round_fen",
]

_CENT = Decimal("0.01")
_PER_MILLE = Decimal(1000)


class FeeError(ValueError):
    """A fee cannot be computed or a payment cannot be taken as asked.

    str() is a Chinese message meant to be shown to the clerk as it is.
    """


# --- rates ------------------------------------------------------------------


def check_decimal(name: str, value: Decimal) -> None:
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
            check_decimal("contract_daily", self.contract_daily)
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
        for name in RATE_KEYS:
            value = getattr(self, name)
            check_decimal(name, value)
            problem = rate_problem(value)
            if problem:
                raise FeeError(
                    Msg(
                        "违约金日费率 {name} {problem}：{value}",
                        name=name,
                        problem=problem,
                        value=value,
                    )
                )
        check_decimal("minimum", self.minimum)
        problem = minimum_problem(self.minimum)
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

RATE_KEYS = ("residential_daily", "other_current_year_daily", "other_earlier_years_daily")


def rate_problem(value: Decimal) -> str | None:
    if not value.is_finite():
        return "不是有效的数"
    if value < 0:
        return "不能为负数"
    if value >= 1:
        # A daily rate of 100 % is a typo for 1‰ ("1" instead of "0.001").
        return '应小于 1（日费率是小数，千分之一写作 "0.001"）'
    return None


def minimum_problem(value: Decimal) -> str | None:
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


def as_date(d: date) -> date:
    # A datetime is a date subclass; subtracting one from a date would fail,
    # and the time of day plays no part in counting days.
    return d.date() if isinstance(d, datetime) else d


def check_principal(principal: Decimal) -> None:
    check_decimal("principal", principal)
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
    check_principal(principal)
    due, paid_on = as_date(due), as_date(paid_on)
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
