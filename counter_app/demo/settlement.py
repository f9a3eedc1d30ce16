"""Each past clerk-day's settlement, its figures from services/settlement.py: a blind
count by the configured denominations, now and then a small difference with its reason."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal
from typing import Any

from counter_app.demo.till import Pay
from counter_app.services import settlement
from counter_app.services.payments import CENT, ZERO

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
    numbers = settlement.day_figures(paid, day, settlement.counted_total(counts), 0)
    if expected - countable:
        reasons.append(f"分币{expected - countable:.2f}元无对应面额，未计入清点")
    reason = "；".join(reasons) if numbers.difference else ""
    return {"clerk_id": clerk, **settlement.settlement_fields(numbers, reason, counts)}, numbers
