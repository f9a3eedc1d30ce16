"""Payments refuse absurd amounts, amounts above the hall's ceilings, an unconfirmed
large 预存 and a full disk, each with a message and nothing written."""

from __future__ import annotations

import dataclasses
import errno
import sqlite3
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError
from support import add_owing_account

from counter_app.domain.policy import PaymentLimits
from counter_app.services import payments
from counter_app.services.auth import UserInfo
from counter_app.services.context import AppContext
from counter_app.services.disk_full import is_disk_full
from counter_app.services.errors import UserError
from counter_app.services.payments import (
    AmountTooLarge,
    FeeChoice,
    PaymentRequest,
    PrepaymentNotConfirmed,
)
from counter_app.store.models import Account, Arrears, AuditEntry, FeeItem, Payment

D = Decimal
NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)  # Tuesday, 10:00 hall time
ACCOUNT = "330101000123"  # residential, owes 350.00 + 13.00 late fees
SMALL = "330101000124"  # residential, owes 50.00 (not yet due)
SHOP = "330101000125"  # a shop (非居民), owes nothing
EMPTY = "330101000126"  # residential, owes nothing


@pytest.fixture
def seeded(ctx: AppContext, clerk: UserInfo) -> AppContext:
    ctx.clock = lambda: NOW
    with ctx.write() as s:
        bills = [("202609", "200.00", date(2026, 10, 5)), ("202610", "150.00", date(2026, 11, 4))]
        add_owing_account(s, NOW, ACCOUNT, bills)
        small = [("202610", "50.00", date(2026, 12, 4))]
        add_owing_account(s, NOW, SMALL, small, cert_no="110105198001010016")
        add_owing_account(s, NOW, SHOP, category="非居民", cert_no="110105198001010024")
        add_owing_account(s, NOW, EMPTY, cert_no="110105198001010032")
        s.add(
            FeeItem(
                code="F01",
                name="电能表校验费",
                method="按容量kVA",
                unit_price=D("20.0000"),
                unit="kVA",
                basis="示例物价文件",
                valid_from=date(2026, 1, 1),
                valid_to=None,
                imported_at=NOW,
            )
        )
    return ctx


def written(ctx: AppContext) -> tuple[int, int, Decimal, Decimal]:
    """Payments, audit entries, prepaid balances and arrears paid: all that a payment moves."""
    with ctx.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Payment)) or 0,
            s.scalar(select(func.count()).select_from(AuditEntry)) or 0,
            s.scalar(select(func.sum(Account.prepaid))) or D(0),
            s.scalar(select(func.sum(Arrears.amount_paid))) or D(0),
        )


ABSURD = [
    D("NaN"),
    D("sNaN"),
    D("Infinity"),
    D("-Infinity"),
    D("1E+400"),
    D("12345678901234567"),
    D("99999999.99"),
    D("1.234"),
    D("-1"),
]


@pytest.mark.parametrize("value", ABSURD, ids=str)
@pytest.mark.parametrize("field", ["arrears_amount", "prepayment", "tendered"])
def test_an_absurd_amount_is_refused_with_a_message(
    seeded: AppContext, clerk: UserInfo, field: str, value: Decimal
) -> None:
    before = written(seeded)
    base = {"arrears_amount": D("0"), "prepayment": D("10.00"), "tendered": D("10.00")}
    request = PaymentRequest(EMPTY, **{**base, field: value})  # type: ignore[arg-type]
    with pytest.raises(UserError) as caught:
        payments.quote(seeded, request)
    assert caught.value.message and "金额" in caught.value.message
    with pytest.raises(UserError):
        payments.take_payment(seeded, clerk, "1", request)
    assert written(seeded) == before


@pytest.mark.parametrize("value", [*ABSURD[:-2], D("0"), D("1000000.01")], ids=str)
def test_an_absurd_fee_quantity_is_refused(
    seeded: AppContext, clerk: UserInfo, value: Decimal
) -> None:
    before = written(seeded)
    request = PaymentRequest(EMPTY, D("0"), fee_items=(FeeChoice("F01", value),))
    with pytest.raises(UserError, match="电能表校验费"):
        payments.take_payment(seeded, clerk, "1", request)
    assert written(seeded) == before


def test_the_ceilings_come_from_the_policy(seeded: AppContext, clerk: UserInfo) -> None:
    limits = seeded.policy.payments
    assert (limits.max_payment, limits.max_tendered) == (D("100000.00"), D("100000.00"))
    before = written(seeded)
    too_much = PaymentRequest(EMPTY, D("0"), prepayment=D("100000.01"), prepayment_confirmed=True)
    with pytest.raises(AmountTooLarge, match=r"预存金额超过单笔上限 100,000\.00 元"):
        payments.take_payment(seeded, clerk, "1", too_much)
    # Each part within the ceiling, the whole above it: refused too.
    total = PaymentRequest(
        ACCOUNT, D("363.00"), prepayment=D("99700.00"), prepayment_confirmed=True
    )
    with pytest.raises(AmountTooLarge, match=r"本笔合计 100,063\.00 元超过单笔上限"):
        payments.take_payment(seeded, clerk, "1", total)
    tendered = PaymentRequest(ACCOUNT, D("363.00"), tendered=D("100000.01"))
    with pytest.raises(AmountTooLarge, match="实收金额超过单笔上限"):
        payments.take_payment(seeded, clerk, "1", tendered)
    fee = PaymentRequest(EMPTY, D("0"), fee_items=(FeeChoice("F01", D("5000.01")),))
    with pytest.raises(AmountTooLarge, match="电能表校验费金额超过单笔上限"):
        payments.take_payment(seeded, clerk, "1", fee)
    assert written(seeded) == before
    # A hall that lowers its ceiling is held to it (ctx.policy, read once at start-up).
    seeded.policy = dataclasses.replace(
        seeded.policy, payments=PaymentLimits(max_payment=D("300.00"))
    )
    with pytest.raises(AmountTooLarge, match=r"缴纳电费金额超过单笔上限 300\.00 元"):
        payments.take_payment(seeded, clerk, "1", PaymentRequest(ACCOUNT, D("363.00")))
    assert written(seeded) == before
    # At the ceiling exactly: taken.
    ok = PaymentRequest(EMPTY, D("0"), prepayment=D("300.00"), tendered=D("300.00"))
    assert payments.take_payment(seeded, clerk, "1", ok).total == D("300.00")


@pytest.mark.parametrize(
    ("account", "prepayment", "asked"),
    [
        (EMPTY, "2000.00", False),  # at the threshold: no question
        (EMPTY, "2000.01", True),  # residential above ¥2,000
        (SMALL, "500.00", False),  # 10 × the open 50.00
        (SMALL, "500.01", True),  # above 10 × the open arrears
        (ACCOUNT, "1999.00", False),  # 10 × 350.00 is more than ¥2,000: the ¥2,000 counts
        (SHOP, "20000.00", False),  # a shop: only its own, higher threshold
        (SHOP, "20000.01", True),
    ],
)
def test_a_large_prepayment_needs_the_customers_confirmation(
    seeded: AppContext, clerk: UserInfo, account: str, prepayment: str, asked: bool
) -> None:
    amount = D(prepayment)
    request = PaymentRequest(account, D("0"), prepayment=amount, tendered=amount)
    quoted = payments.quote(seeded, request)
    assert quoted.prepayment_to_confirm == (amount if asked else D("0"))
    before = written(seeded)
    if asked:
        with pytest.raises(PrepaymentNotConfirmed) as refused:
            payments.take_payment(seeded, clerk, "1", request)
        assert f"其中 {amount:,.2f} 元将存为预存电费" in refused.value.message
        assert written(seeded) == before
        request = dataclasses.replace(request, prepayment_confirmed=True)
    result = payments.take_payment(seeded, clerk, "1", request)
    assert result.total == amount
    with seeded.read() as s:
        prepaid = s.scalar(select(Account.prepaid).where(Account.account_no == account))
    assert prepaid == amount


class _PgError(Exception):
    sqlstate = "53100"


def test_what_counts_as_a_full_disk() -> None:
    full = sqlite3.OperationalError("database or disk is full")
    assert is_disk_full(OperationalError("COMMIT", {}, full))
    assert is_disk_full(OperationalError("INSERT", {}, _PgError("could not extend file")))
    assert is_disk_full(OSError(errno.ENOSPC, "No space left on device"))
    locked = sqlite3.OperationalError("database is locked")
    assert not is_disk_full(OperationalError("COMMIT", {}, locked))
    assert not is_disk_full(OSError(errno.EACCES, "Permission denied"))
    assert not is_disk_full(ValueError("database or disk is full"))
