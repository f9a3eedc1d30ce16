"""A store that cannot grow (SQLITE_FULL for real, the file capped with PRAGMA
max_page_count): the payment that meets it is refused whole, told as a full disk, and
uses up no receipt number; once space is freed the next one takes the next number."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from support import add_owing_account

from counter_app.services import payments
from counter_app.services.auth import UserInfo
from counter_app.services.context import AppContext
from counter_app.services.disk_full import DiskFull
from counter_app.services.payments import PaymentRequest
from counter_app.store.models import Payment
from tests.full_disk import cap_store, uncap_store
from tests.services.test_payment_guards import written

D = Decimal
NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)

# PostgreSQL's disk_full (SQLSTATE 53100) is classified in tests/services/test_payment_guards.py.
pytestmark = pytest.mark.sqlite_only(reason="SQLITE_FULL is SQLite's own")
EMPTY = "330101000126"  # residential, owes nothing


@pytest.fixture
def seeded(ctx: AppContext, clerk: UserInfo) -> AppContext:
    ctx.clock = lambda: NOW
    with ctx.write() as s:
        add_owing_account(s, NOW, EMPTY)
    return ctx


def test_a_full_store_takes_nothing_and_says_so(seeded: AppContext, clerk: UserInfo) -> None:
    cap_store(seeded)
    taken: list[str] = []
    refused: DiskFull | None = None
    for _ in range(400):  # until a payment needs a page the file may not have
        before = written(seeded)
        request = PaymentRequest(EMPTY, D("0"), prepayment=D("1.00"), tendered=D("1.00"))
        try:
            taken.append(payments.take_payment(seeded, clerk, "1", request).receipt_no)
        except DiskFull as exc:
            refused = exc
            break
    assert refused is not None, "the capped store never filled"
    assert refused.message == "磁盘已满，本笔未收费：请清理磁盘或联系管理员"
    assert isinstance(refused.__cause__, OperationalError)
    assert written(seeded) == before  # rolled back whole: no payment, no audit, no money
    # Space freed: the next payment takes the next number, none was used up by the failure.
    uncap_store(seeded)
    request = PaymentRequest(EMPTY, D("0"), prepayment=D("1.00"), tendered=D("1.00"))
    after = payments.take_payment(seeded, clerk, "1", request).receipt_no
    assert int(after[-4:]) == int(taken[-1][-4:]) + 1 if taken else after.endswith("0001")
    with seeded.read() as s:
        numbers = list(s.scalars(select(Payment.receipt_no).order_by(Payment.id)))
    assert numbers == [*taken, after]
