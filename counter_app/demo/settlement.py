"""Each past clerk-day's settlement, its figures from services/settlement.py: a blind
count by the configured denominations, now and then a small difference with its reason."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from counter_app.demo.hall import CLOSES
from counter_app.demo.rows import bump, max_id, table_of
from counter_app.demo.till import Pay
from counter_app.domain.clock import HALL_TZ
from counter_app.domain.numbers import SETTLEMENTS
from counter_app.services import settlement
from counter_app.services.auth import HallInfo
from counter_app.services.payments import CENT, ZERO
from counter_app.store.models import Settlement

DIFFERENCE_SHARE = 0.05  # clerk-days whose count is really off
DIFFERENCES = ("-0.50", "-1.00", "-1.00", "-2.00", "-5.00", "-10.00", "0.50", "1.00", "2.00")


def count_cash(
    rng: random.Random, amount: Decimal, denominations: list[tuple[str, Decimal]]
) -> dict[str, int]:
    """A drawer holding ``amount`` as counted at the settlement: mostly notes, some change."""
    counts = {label: 0 for label, _value in denominations}
    rest = amount
    for k, (label, value) in enumerate(denominations):
        n = int(rest // value)
        if n and k < len(denominations) - 3:
            n -= rng.randint(0, min(n, 2))  # some change kept in smaller notes
        counts[label] = n
        rest -= value * n
    return counts


def settle(
    rng: random.Random,
    clerk: int,
    day: date,
    pays: list[Pay],
    denominations: list[tuple[str, Decimal]],
) -> tuple[dict[str, Any], settlement.DayFigures]:
    """One clerk-day's settlement row as close_day writes it (no id, number, times yet),
    and its figures."""
    paid = [settlement.PaidRow(k, p.status, p.method, p.total) for k, p in enumerate(pays)]
    expected = settlement.day_figures(paid, day, ZERO, 0).expected_cash
    smallest = denominations[-1][1] if denominations else CENT
    countable = (expected // smallest) * smallest
    reasons = []
    target = countable
    if expected and rng.random() < DIFFERENCE_SHARE:
        off = Decimal(rng.choice(DIFFERENCES))
        if countable + off >= 0:
            target = countable + off
            reasons.append(
                f"短款{-off:.2f}元，疑为找零多找，已由收费员补齐"
                if off < 0
                else f"长款{off:.2f}元，疑为客户多付未找零，已登记待退"
            )
    counts = count_cash(rng, target, denominations)
    numbers = settlement.day_figures(paid, day, settlement.cash_total(denominations, counts), 0)
    if expected - countable:
        reasons.append(f"分币{expected - countable:.2f}元无对应面额，未计入清点")
    reason = "；".join(reasons) if numbers.difference else ""
    return {"clerk_id": clerk, **settlement.settlement_fields(numbers, reason, counts)}, numbers


@dataclass
class DaySettled:
    """A day's settlements, one per clerk with payments, signed after closing."""

    rows: list[dict[str, Any]] = field(default_factory=list)  # in the order signed
    of_clerk: dict[int, int] = field(default_factory=dict)  # clerk -> settlement id
    sums: dict[int, dict[str, Decimal]] = field(default_factory=dict)  # valid, by method
    differences: int = 0  # counts that were off


def settle_day(
    s: Session,
    rng: random.Random,
    hall: HallInfo,
    day: date,
    pays: list[Pay],
    denominations: list[tuple[str, Decimal]],
    signer: Callable[[int], int],
) -> DaySettled:
    """Each clerk's day closed as close_day closes it: numbered in the order signed, one
    bump of the day's settlement sequence, the payments pointing at their settlement."""
    by_clerk: dict[int, list[Pay]] = {}
    for pay in pays:
        by_clerk.setdefault(pay.visit.clerk, []).append(pay)
    signed = []  # after closing, one clerk after the other
    for clerk in sorted(by_clerk):
        after = timedelta(minutes=rng.randint(5, 50), seconds=rng.randint(0, 59))
        signed.append((datetime.combine(day, CLOSES, HALL_TZ) + after, clerk))
    signed.sort()
    next_id = max_id(s, table_of(Settlement)) + 1
    base = bump(s, SETTLEMENTS.sequence_name(hall.code, day), len(signed))
    out = DaySettled()
    for k, (at, clerk) in enumerate(signed):
        row, figures = settle(rng, clerk, day, by_clerk[clerk], denominations)
        at_utc = at.astimezone(UTC)
        row |= {
            "id": next_id + k,
            "settlement_no": SETTLEMENTS.format(hall.code, base + k + 1, day),
            "hall_id": hall.id,
            "day": day,
            "signed_off_by": signer(clerk),
            "signed_at": at_utc,
            "created_at": at_utc,
            "updated_at": at_utc,
        }
        out.rows.append(row)
        out.of_clerk[clerk] = next_id + k
        out.sums[clerk] = figures.totals_by_method
        out.differences += figures.difference != 0
    return out
