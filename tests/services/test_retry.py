"""A deadlock or a busy store: the whole transaction runs again, then the clerk is told."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError, OperationalError
from support import add_owing_account

from counter_app.services import dues, payments, retry
from counter_app.services.auth import UserInfo
from counter_app.services.context import AppContext
from counter_app.services.payments import PaymentRequest
from counter_app.services.retry import DatabaseBusy
from counter_app.store.models import Arrears, AuditEntry, Payment

D = Decimal
NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)
ACCOUNT = "330101000123"


class FakePgError(Exception):
    """What psycopg raises: the SQLSTATE on the exception."""

    def __init__(self, sqlstate: str) -> None:
        super().__init__(f"SQLSTATE {sqlstate}")
        self.sqlstate = sqlstate


def deadlock() -> OperationalError:
    return OperationalError("UPDATE arrears …", {}, FakePgError("40P01"))


@pytest.fixture
def pauses(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    slept: list[float] = []
    monkeypatch.setattr(retry.time, "sleep", slept.append)
    return slept


@pytest.mark.parametrize(
    ("error", "transient"),
    [
        (deadlock(), True),
        (OperationalError("", {}, FakePgError("40001")), True),  # serialization failure
        (OperationalError("", {}, sqlite3.OperationalError("database is locked")), True),
        (OperationalError("", {}, sqlite3.OperationalError("disk I/O error")), False),
        (IntegrityError("", {}, FakePgError("23505")), False),  # unique violation: a bug
        (RuntimeError("40P01"), False),
    ],
)
def test_what_counts_as_try_again(error: BaseException, transient: bool) -> None:
    assert retry.is_transient(error) is transient


def test_a_deadlock_is_retried_then_the_clerk_is_told(pauses: list[float]) -> None:
    calls: list[int] = []

    @retry.retrying(retry.PAYMENT_BUSY, tries=3)
    def always_deadlocks(n: int) -> int:
        calls.append(n)
        raise deadlock()

    with pytest.raises(DatabaseBusy) as caught:
        always_deadlocks(7)
    assert calls == [7, 7, 7]
    assert caught.value.message == (
        "数据库正忙（其他柜台正在办理），本笔未收费，请稍后再点确认收费"
    )
    assert isinstance(caught.value.__cause__, OperationalError)
    # Two pauses between three tries, jittered, growing.
    assert len(pauses) == 2 and 0.05 <= pauses[0] <= 0.1 and 0.1 <= pauses[1] <= 0.2


def test_other_errors_are_not_retried(pauses: list[float]) -> None:
    calls: list[int] = []

    @retry.retrying(retry.PAYMENT_BUSY)
    def broken() -> None:
        calls.append(1)
        raise IntegrityError("", {}, FakePgError("23505"))

    with pytest.raises(IntegrityError):
        broken()
    assert calls == [1] and pauses == []


@pytest.fixture
def owing(ctx: AppContext, clerk: UserInfo) -> AppContext:
    ctx.clock = lambda: NOW
    with ctx.write() as s:
        add_owing_account(s, NOW, ACCOUNT, [("202609", "200.00", date(2026, 10, 5))])
    return ctx


def fail_first(monkeypatch: pytest.MonkeyPatch, times: int) -> list[int]:
    """The receipt number's draw deadlocks ``times`` times, after the ledger was changed."""
    real = payments.next_number
    tries: list[int] = []

    def flaky(s, name):  # type: ignore[no-untyped-def]
        tries.append(1)
        if len(tries) <= times:
            s.flush()  # the arrears already updated in this transaction: rolled back too
            raise deadlock()
        return real(s, name)

    monkeypatch.setattr(payments, "next_number", flaky)
    return tries


def test_a_payment_that_meets_a_deadlock_is_booked_once(
    owing: AppContext, clerk: UserInfo, monkeypatch: pytest.MonkeyPatch, pauses: list[float]
) -> None:
    tries = fail_first(monkeypatch, 2)
    shown = dues.account_due(owing, ACCOUNT).quoted
    request = PaymentRequest(ACCOUNT, D("210.00"), tendered=D("210.00"), expected=shown)
    result = payments.take_payment(owing, clerk, "1", request)
    assert len(tries) == 3 and result.receipt_no.endswith("-0001")
    with owing.read() as s:
        assert s.scalar(select(func.count()).select_from(Payment)) == 1
        assert s.scalars(select(Arrears)).one().amount_paid == D("200.00")


def test_a_payment_still_deadlocked_books_nothing(
    owing: AppContext, clerk: UserInfo, monkeypatch: pytest.MonkeyPatch, pauses: list[float]
) -> None:
    tries = fail_first(monkeypatch, 99)
    request = PaymentRequest(ACCOUNT, D("210.00"), tendered=D("210.00"))
    with pytest.raises(DatabaseBusy, match="本笔未收费，请稍后再点确认收费"):
        payments.take_payment(owing, clerk, "1", request)
    assert len(tries) == retry.TRIES
    with owing.read() as s:
        assert s.scalar(select(func.count()).select_from(Payment)) == 0
        assert s.scalars(select(Arrears)).one().amount_paid == 0
        assert not s.scalars(select(AuditEntry).where(AuditEntry.action == "payment.take")).all()
