"""The settlement: blind-count attempts kept for good, and one atomic cut under the till lock."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session
from support import PASSWORD, add_owing_account, pdf_text

from counter_app.services import auth, payments, receipts, settlement
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.services.errors import UserError
from counter_app.services.payments import PaymentRequest
from counter_app.store.models import AuditEntry, Payment, Settlement, SettlementCount

D = Decimal
NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)  # Tuesday, 10:00 in the hall
ACCOUNT = "330101000123"


@pytest.fixture
def day(ctx: AppContext, clerk: UserInfo) -> AppContext:
    """An account to take prepayments from; the clock pinned."""
    ctx.clock = lambda: NOW
    with ctx.write() as s:
        add_owing_account(s, NOW, ACCOUNT)
    return ctx


@pytest.fixture
def boss(day: AppContext, hall: tuple[HallInfo, UserInfo]) -> UserInfo:
    return auth.add_user(
        day,
        hall[1],
        username="boss",
        display_name="李值班",
        staff_no="S01",
        role="supervisor",
        password=PASSWORD,
    )


def pay(ctx: AppContext, clerk: UserInfo, amount: str, method: str = "cash") -> str:
    request = PaymentRequest(
        ACCOUNT,
        D("0"),
        prepayment=D(amount),
        method=method,
        tendered=D(amount) if method == "cash" else None,
        reference="" if method == "cash" else "REF1",
    )
    return payments.take_payment(ctx, clerk, "1", request).receipt_no


def audit_of(ctx: AppContext, action: str) -> list[AuditEntry]:
    with ctx.read() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by("id")))


def test_each_comparison_is_an_attempt_kept_as_it_was(
    day: AppContext, clerk: UserInfo, boss: UserInfo, tmp_path: Path
) -> None:
    pay(day, clerk, "150.00")
    pay(day, clerk, "30.00", method="mobile")
    today = NOW.date()
    first = settlement.compare_count(day, clerk, today, {"100元": 1, "20元": 2}, clerk)
    assert (first.attempt_no, first.expected_cash, first.counted_cash) == (
        1,
        D("150.00"),
        D("140.00"),
    )
    # The recount finds the missing ten: attempt 2; attempt 1 stays as it was.
    second = settlement.compare_count(day, clerk, today, {"100元": 1, "50元": 1}, clerk)
    assert (second.attempt_no, second.difference) == (2, D("0.00"))
    tries = settlement.attempts(day, clerk, today)
    assert [(t.attempt_no, t.counted_cash, t.expected_cash) for t in tries] == [
        (1, D("140.00"), D("150.00")),
        (2, D("150.00"), D("150.00")),
    ]
    assert tries[0].counts["20元"] == 2 and not tries[0].settled
    counted = audit_of(day, "settlement.count")
    assert [(e.entity_id, e.detail["counted"], e.detail["expected"]) for e in counted] == [
        ("zhang/20261124/1", "140.00", "150.00"),
        ("zhang/20261124/2", "150.00", "150.00"),
    ]

    # No reason needed: the latest attempt balances, whatever the first said.
    number = settlement.close_day(day, clerk, today, "", boss)
    with day.read() as s:
        st = s.scalars(select(Settlement)).one()
        linked = s.scalars(select(SettlementCount.settlement_id)).all()
    assert (st.counted_cash, st.expected_cash, st.difference) == (D("150.00"), D("150.00"), 0)
    assert st.denominations == {"100元": 1, "50元": 1} and linked == [st.id, st.id]
    assert all(t.settled for t in settlement.attempts(day, clerk, today))
    closed = audit_of(day, "settlement.close")[0]
    assert closed.entity_id == number
    assert closed.detail == {
        "expected": "150.00",
        "counted": "150.00",
        "difference": "0.00",
        "non_cash": "30.00",
        "supervisor": "boss",
        "supervisor_id": boss.id,
        "day": today.isoformat(),
        "payments": 2,
        "voids": 0,
        "by_method": {"cash": "150.00", "card": "0.00", "mobile": "30.00"},
        "attempts": 2,
    }
    # The report lists both attempts, the first with its difference.
    pdf = settlement.print_report(day, number, tmp_path)
    text = pdf_text(pdf)
    assert "清点核对记录（共2次）" in text and "第1次" in text and "第2次" in text
    assert "-10.00" in text and "日结以此为准" in text


def test_no_settlement_without_a_comparison(
    day: AppContext, clerk: UserInfo, boss: UserInfo
) -> None:
    pay(day, clerk, "10.00")
    with pytest.raises(UserError, match="请先清点现金并核对金额"):
        settlement.close_day(day, clerk, NOW.date(), "", boss)
    with day.read() as s:
        assert s.scalars(select(Settlement)).all() == []


def test_a_payment_after_the_comparison_asks_for_a_recount(
    day: AppContext, clerk: UserInfo, boss: UserInfo
) -> None:
    pay(day, clerk, "10.00")
    settlement.compare_count(day, clerk, NOW.date(), {"10元": 1}, clerk)
    late = pay(day, clerk, "5.00")
    with pytest.raises(UserError, match="请重新清点") as refused:
        settlement.close_day(day, clerk, NOW.date(), "", boss)
    assert refused.value.params == {"shown": D("10.00"), "now": D("15.00")}
    settlement.compare_count(day, clerk, NOW.date(), {"10元": 1, "5元": 1}, clerk)
    settlement.close_day(day, clerk, NOW.date(), "", boss)
    with day.read() as s:
        st = s.scalars(select(Settlement)).one()
        held = s.scalar(select(Payment.settlement_id).where(Payment.receipt_no == late))
    assert st.expected_cash == D("15.00") and held == st.id


def test_only_the_clerk_or_a_supervisor_counts_and_never_after_the_cut(
    day: AppContext, clerk: UserInfo, boss: UserInfo, hall: tuple[HallInfo, UserInfo]
) -> None:
    other = auth.add_user(
        day,
        hall[1],
        username="li",
        display_name="李营业",
        staff_no="1002",
        role="clerk",
        password=PASSWORD,
    )
    with pytest.raises(UserError, match="只能清点自己的钱箱"):
        settlement.compare_count(day, clerk, NOW.date(), {}, other)
    assert settlement.compare_count(day, clerk, NOW.date(), {}, boss).attempt_no == 1
    settlement.close_day(day, clerk, NOW.date(), "", boss)
    with pytest.raises(UserError, match="已经日结"):
        settlement.compare_count(day, clerk, NOW.date(), {}, clerk)
    with day.read() as s:
        assert len(s.scalars(select(SettlementCount)).all()) == 1


def test_the_cut_marks_exactly_its_own_payments(
    day: AppContext, clerk: UserInfo, boss: UserInfo, hall: tuple[HallInfo, UserInfo]
) -> None:
    other = auth.add_user(
        day,
        hall[1],
        username="li",
        display_name="李营业",
        staff_no="1002",
        role="clerk",
        password=PASSWORD,
    )
    mine = [pay(day, clerk, "10.00"), pay(day, clerk, "20.00")]
    receipts.void(day, clerk, mine[1], boss, "重复收费")
    theirs = pay(day, other, "7.00")
    settlement.compare_count(day, clerk, NOW.date(), {"10元": 1}, clerk)
    settlement.close_day(day, clerk, NOW.date(), "", boss)
    with day.read() as s:
        st = s.scalars(select(Settlement)).one()
        held = dict(s.execute(select(Payment.receipt_no, Payment.settlement_id)).tuples().all())
    assert held == {mine[0]: st.id, mine[1]: st.id, theirs: None}
    assert (st.payment_count, st.expected_cash) == (1, D("10.00"))
    # The other clerk's till is not closed.
    pay(day, other, "1.00")


def _slow_cut(monkeypatch: pytest.MonkeyPatch, inside: threading.Event) -> Callable[..., Any]:
    """close_day pauses after reading its figures, its till lock held."""
    read = settlement._day_payments

    def slow(s: Session, clerk_id: int, on: Any) -> Any:
        rows = read(s, clerk_id, on)
        inside.set()
        time.sleep(0.6)
        return rows

    monkeypatch.setattr(settlement, "_day_payments", slow)
    return slow


@pytest.mark.parametrize("move", ["payment", "void"])
def test_money_racing_the_cut_waits_for_it_then_is_refused(
    day: AppContext,
    clerk: UserInfo,
    boss: UserInfo,
    move: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = pay(day, clerk, "10.00")
    settlement.compare_count(day, clerk, NOW.date(), {"10元": 1}, clerk)
    inside = threading.Event()
    _slow_cut(monkeypatch, inside)
    closed: list[str] = []
    cut = threading.Thread(
        target=lambda: closed.append(settlement.close_day(day, clerk, NOW.date(), "", boss))
    )
    cut.start()
    try:
        assert inside.wait(10)
        started = time.monotonic()
        with pytest.raises(UserError, match="日结"):
            if move == "payment":
                pay(day, clerk, "5.00")
            else:
                receipts.void(day, clerk, first, boss, "重复收费")
        waited = time.monotonic() - started
    finally:
        cut.join(10)
    assert closed and waited > 0.3  # it waited for the till, then saw the settlement
    with day.read() as s:
        rows = s.scalars(select(Payment)).all()
        st = s.scalars(select(Settlement)).one()
    assert [(p.receipt_no, p.status, p.settlement_id) for p in rows] == [(first, "valid", st.id)]
    assert st.expected_cash == D("10.00")
