"""Security, session and payment limits, read from resources/policy.toml (data, not code)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from counter_app.domain.rules_file import read_toml


class PolicyError(Exception):
    pass


@dataclass(frozen=True)
class PaymentLimits:
    """Ceilings a payment may not pass, and the 预存 the clerk must confirm first."""

    max_payment: Decimal = Decimal("100000.00")  # one receipt's total
    max_tendered: Decimal = Decimal("100000.00")  # cash handed over for one receipt
    # A residential (居民) account's prepayment above this, or above this many times
    # its open arrears (when it has some), is asked about before it is taken.
    confirm_prepayment_above: Decimal = Decimal("2000.00")
    confirm_prepayment_multiple: int = 10
    # Other accounts (shops, industry) pay more: only the amount counts.
    confirm_prepayment_above_other: Decimal = Decimal("20000.00")

    def prepayment_needs_confirmation(
        self, prepayment: Decimal, open_arrears: Decimal, residential: bool
    ) -> bool:
        if not residential:
            return prepayment > self.confirm_prepayment_above_other
        if prepayment > self.confirm_prepayment_above:
            return True
        return open_arrears > 0 and prepayment > open_arrears * self.confirm_prepayment_multiple


@dataclass(frozen=True)
class Policy:
    max_failed_logins: int = 5
    lockout_minutes: int = 5
    min_password_length: int = 8
    idle_lock_minutes: int = 10
    # A clock this far behind the latest record is warned about at login.
    clock_tolerance_minutes: int = 2
    payments: PaymentLimits = field(default_factory=PaymentLimits)


# Money in the policy file is a string ("100000.00"): a TOML float would not be exact.
_AMOUNT = re.compile(r"\d{1,12}(\.\d{1,2})?", re.ASCII)


def _positive_int(path: Path, where: str, value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise PolicyError(f"策略文件 {path.name} 中 {where} 应为正整数")
    return value


def _amount(path: Path, where: str, value: Any) -> Decimal:
    if not isinstance(value, str) or not _AMOUNT.fullmatch(value) or Decimal(value) <= 0:
        raise PolicyError(f'策略文件 {path.name} 中 {where} 应为金额字符串，如 "100000.00"')
    return Decimal(value).quantize(Decimal("0.01"))


def _payment_limits(path: Path, table: Any) -> PaymentLimits:
    if not isinstance(table, dict):
        raise PolicyError(f"策略文件 {path.name} 中 payments 应为一节")
    values: dict[str, Any] = {}
    for key, kind in PaymentLimits.__annotations__.items():
        if key in table:
            read = _positive_int if kind == "int" else _amount
            values[key] = read(path, f"payments.{key}", table[key])
    unknown = sorted(set(table) - set(PaymentLimits.__annotations__))
    if unknown:
        raise PolicyError(f"策略文件 {path.name} 中 payments 没有 {unknown[0]} 这一项")
    return PaymentLimits(**values)


def load_policy(path: Path) -> Policy:
    data = read_toml(path, PolicyError, "策略文件")
    values: dict[str, Any] = {}
    for section, keys in {
        "auth": ("max_failed_logins", "lockout_minutes", "min_password_length"),
        "session": ("idle_lock_minutes",),
        "clock": ("clock_tolerance_minutes",),
    }.items():
        table = data.get(section, {})
        for key in keys:
            if key in table:
                values[key] = _positive_int(path, f"{section}.{key}", table[key])
    if "payments" in data:
        values["payments"] = _payment_limits(path, data["payments"])
    return Policy(**values)
