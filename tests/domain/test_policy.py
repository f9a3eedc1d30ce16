"""The hall's policy file: limits are data, checked when read."""

from __future__ import annotations

from pathlib import Path

import pytest

from counter_app.domain.policy import PolicyError, load_policy
from counter_app.resources import resource


def test_the_shipped_policy() -> None:
    policy = load_policy(resource("policy.toml"))
    assert (policy.max_failed_logins, policy.lockout_minutes) == (5, 5)
    assert policy.clock_tolerance_minutes == 2


def test_a_bad_limit_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "policy.toml"
    bad.write_text("[clock]\nclock_tolerance_minutes = 0\n", encoding="utf-8")
    with pytest.raises(PolicyError, match=r"clock\.clock_tolerance_minutes"):
        load_policy(bad)


def test_the_shipped_payment_limits() -> None:
    from decimal import Decimal

    limits = load_policy(resource("policy.toml")).payments
    assert limits.max_payment == Decimal("100000.00")
    assert limits.max_tendered == Decimal("100000.00")
    # Residential: above ¥2,000, or above 10 × the open arrears when there are some.
    ask = limits.prepayment_needs_confirmation
    assert not ask(Decimal("2000.00"), Decimal("0"), True)
    assert ask(Decimal("2000.01"), Decimal("0"), True)
    assert ask(Decimal("500.01"), Decimal("50.00"), True)
    assert not ask(Decimal("500.00"), Decimal("50.00"), True)
    assert not ask(Decimal("20000.00"), Decimal("0"), False)
    assert ask(Decimal("20000.01"), Decimal("0"), False)


@pytest.mark.parametrize(
    ("line", "named"),
    [
        ("max_payment = 100000.0", "payments.max_payment"),  # a float is not exact money
        ('max_payment = "1e5"', "payments.max_payment"),
        ('max_tendered = "0"', "payments.max_tendered"),
        ('max_tendered = "12.345"', "payments.max_tendered"),
        ("confirm_prepayment_multiple = 0", "payments.confirm_prepayment_multiple"),
        ('max_paymnet = "1.00"', "max_paymnet"),
    ],
)
def test_a_bad_payment_limit_is_named(tmp_path: Path, line: str, named: str) -> None:
    bad = tmp_path / "policy.toml"
    bad.write_text(f"[payments]\n{line}\n", encoding="utf-8")
    with pytest.raises(PolicyError, match=named):
        load_policy(bad)
