"""Who owes: counter payers and accounts that owe and do not come, with their bill months
(HQ lists month M on the 5th of M+1, due the 25th, as the sample arrears list)."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from counter_app.demo.customers import Acct, Population
from counter_app.demo.hall import OPENS, PAYMENT_SHARE, QUICK_SHARE
from counter_app.domain.clock import HALL_TZ
from counter_app.services.payments import ZERO

BILL_CYCLE_DAYS = 30  # a counter payer comes about once a bill
NON_PAYER_SHARE = 0.15  # accounts that owe and do not come, per counter payer
ISSUE_DAY, DUE_DAY = 5, 25  # HQ lists month M on the 5th of M+1; due the 25th (as the sample)
# How many bills before the window's first bill a payer's oldest unpaid bill is.
FIRST_UNPAID = ((0, 0.5), (1, 0.3), (2, 0.1), (3, 0.05), (4, 0.03), (5, 0.02))
NON_PAYER_BACK = ((0, 0.35), (1, 0.25), (2, 0.15), (3, 0.1), (4, 0.08), (5, 0.07))
# Residential consumption by calendar month (air conditioning in summer, heating in winter).
SEASON = {1: 1.3, 2: 1.25, 3: 1.0, 4: 0.85, 5: 0.9, 6: 1.05, 7: 1.45, 8: 1.5, 9: 1.15,
          10: 0.9, 11: 0.95, 12: 1.2}  # fmt: skip

UNPROMPTED_SHARE = 0.12  # payment visits without a new bill: prepayment, a fee


@dataclass(eq=False)
class Bill:
    """One bill month of a debtor: an Arrears row, paid as the payments go."""

    month: str
    issued: date
    due: date
    amount: Decimal
    id: int = 0  # given when the Arrears rows are written
    paid: Decimal = ZERO
    touched: datetime | None = None

    @property
    def owed(self) -> Decimal:
        return self.amount - self.paid


@dataclass(eq=False)
class Payer:
    """An account with arrears: a counter payer, or one that owes and does not come."""

    who: int
    acct: Acct
    back: int  # its oldest unpaid bill, in bills before the window's first
    bills: list[Bill] = field(default_factory=list)
    prepaid: Decimal = ZERO
    touched: datetime | None = None
    last_visit: date | None = None

    @property
    def residential(self) -> bool:
        return self.acct.category == "居民"

    def bill(self, arrears_id: int) -> Bill:
        return next(b for b in self.bills if b.id == arrears_id)

    def has_news(self, day: date) -> bool:
        """A bill listed by ``day`` and since the last payment visit: a reason to come."""
        return any(
            b.issued <= day and (self.last_visit is None or b.issued > self.last_visit)
            for b in self.bills
        )


@dataclass(frozen=True)
class PayVisit:
    visit_id: int
    clerk: int
    counter: str
    at: datetime  # the end of the visit: when the receipt is printed
    payer: Payer


class PayPlan:
    """Who pays at which visit; filled while the visits are made, paid out afterwards."""

    def __init__(
        self,
        rng: random.Random,
        payers: list[Payer],
        debtors: list[Payer],
        settled: set[tuple[int, date]],
    ) -> None:
        self.rng, self.payers, self.debtors, self.settled = rng, payers, debtors, settled
        self.by_day: dict[date, list[PayVisit]] = {}

    def payer(self, clerk: int, day: date) -> Payer | None:
        """Who pays at a short visit (PAYMENT_SHARE of QUICK_SHARE of them); None for a
        quick question, or when nobody can pay (the clerk-day is settled already)."""
        if self.rng.random() >= PAYMENT_SHARE / QUICK_SHARE:
            return None
        if not self.payers or (clerk, day) in self.settled:
            return None
        # Most come when a new bill is listed; a few to prepay or for a business fee.
        for _try in range(8):
            payer = self.payers[self.rng.randrange(len(self.payers))]
            if payer.has_news(day) or self.rng.random() < UNPROMPTED_SHARE:
                break
        payer.last_visit = day
        return payer

    def visited(self, day: date, visit: PayVisit) -> None:
        self.by_day.setdefault(day, []).append(visit)


def _weighted(rng: random.Random, table: Sequence[tuple[int, float]]) -> int:
    r = rng.random()
    for value, share in table:
        if r < share:
            return value
        r -= share
    return table[-1][0]


def choose_payers(
    rng: random.Random,
    pop: Population,
    visits: int,
    first_day: date,
    today: date,
    settled: set[tuple[int, date]],
) -> PayPlan:
    """A fraction of the accounts owe: counter payers (about one payment visit per bill
    over the window) and some that owe and do not come; with their bill months."""
    days = (today - first_day).days + 1
    eligible = [
        (who, acct)
        for who, accounts in enumerate(pop.accounts)
        for acct in accounts
        if acct.status != "closed"
    ]
    expected = visits * PAYMENT_SHARE
    size = min(len(eligible), max(1, round(expected / max(1.0, days / BILL_CYCLE_DAYS))))
    if not visits or not eligible:
        return PayPlan(rng, [], [], settled)
    picked = rng.sample(
        range(len(eligible)), min(len(eligible), round(size * (1 + NON_PAYER_SHARE)))
    )
    payers = [Payer(*eligible[k], _weighted(rng, FIRST_UNPAID)) for k in picked[:size]]
    debtors = [Payer(*eligible[k], _weighted(rng, NON_PAYER_BACK)) for k in picked[size:]]
    money = PayPlan(rng, payers, debtors, settled)
    _plan_bills(rng, money, first_day, today)
    return money


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def _month_day(index: int, day: int) -> date:
    return date(index // 12, index % 12 + 1, day)


def _last_listed(day: date) -> int:
    """The newest bill month HQ has listed by ``day`` (month M is listed on the 5th of M+1)."""
    return _month_index(day) - (1 if day.day >= ISSUE_DAY else 2)


def _monthly_base(rng: random.Random, acct: Acct) -> float:
    """A typical month's bill in yuan: by household habits, or by capacity and hours."""
    if acct.category == "居民":
        return min(1500.0, max(15.0, rng.lognormvariate(math.log(110), 0.55)))
    kw = float(acct.capacity_kw or 10)
    if acct.voltage == "高压":
        return kw * rng.uniform(120, 350) * 0.65
    return kw * rng.uniform(60, 250) * 0.72


def _bill_amount(rng: random.Random, base: float, month: int, residential: bool) -> Decimal:
    season = SEASON[month % 12 + 1]
    if not residential:
        season = 1 + (season - 1) / 3  # businesses follow the seasons less
    fen = max(500, round(base * season * rng.uniform(0.85, 1.15) * 100))
    return Decimal(fen).scaleb(-2)


def _plan_bills(rng: random.Random, money: PayPlan, first_day: date, today: date) -> None:
    """Every debtor's bill months, from its oldest unpaid one to the newest listed."""
    window_first = _last_listed(first_day) + 1
    newest = _last_listed(today)
    for group, start_of in ((money.payers, window_first), (money.debtors, newest)):
        for payer in group:
            base = _monthly_base(rng, payer.acct)
            for month in range(start_of - payer.back, newest + 1):
                payer.bills.append(
                    Bill(
                        f"{month // 12}{month % 12 + 1:02d}",
                        _month_day(month + 1, ISSUE_DAY),
                        _month_day(month + 1, DUE_DAY),
                        _bill_amount(rng, base, month, payer.residential),
                    )
                )


def arrears_rows(money: PayPlan, next_id: int, now: datetime) -> list[dict[str, Any]]:
    """The bills as Arrears rows, nothing paid yet (the payments follow)."""
    rows: list[dict[str, Any]] = []
    for payer in money.payers + money.debtors:
        for bill in payer.bills:
            bill.id = next_id
            rows.append(
                {
                    "id": next_id,
                    "account_id": payer.acct.id,
                    "bill_month": bill.month,
                    "amount_due": bill.amount,
                    "amount_paid": ZERO,
                    "due_date": bill.due,
                    "status": "open",
                    "updated_at": min(now, datetime.combine(bill.issued, OPENS, HALL_TZ)),
                }
            )
            next_id += 1
    return rows
