"""A payment after the clerk's day is settled: refused, or a supervisor's way through it —
taken into the next day's 日结 (计入次日) or the day reopened and settled again."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select, update
from support import PASSWORD, add_owing_account, pdf_text

from counter_app.services import auth, integrity, payments, receipts, settlement
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.services.errors import PermissionDenied, UserError
from counter_app.services.payments import PaymentRequest
from counter_app.store.models import AuditEntry, Payment, Settlement

D = Decimal
NOW = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)  # Tuesday, 18:00 in the hall
TODAY = NOW.date()
TOMORROW = TODAY + timedelta(days=1)
ACCOUNT = "330101000124"


@pytest.fixture
def day(ctx: AppContext, clerk: UserInfo) -> AppContext:
    ctx.clock = lambda: NOW
    with ctx.write() as s:
        add_owing_account(s, NOW, ACCOUNT)
    return ctx


def _staff(ctx: AppContext, admin: UserInfo, username: str, role: str) -> UserInfo:
    return auth.add_user(
        ctx,
        admin,
        username=username,
        display_name=f"{username}值班",
        staff_no=username[:4].upper(),
        role=role,
        password=PASSWORD,
    )


@pytest.fixture
def boss(day: AppContext, hall: tuple[HallInfo, UserInfo]) -> UserInfo:
    return _staff(day, hall[1], "boss", "supervisor")


def pay(ctx: AppContext, clerk: UserInfo, amount: str, by: UserInfo | None = None) -> str:
    request = PaymentRequest(
        ACCOUNT, D("0"), prepayment=D(amount), tendered=D(amount), next_day_by=by
    )
    return payments.take_payment(ctx, clerk, "1", request).receipt_no


def settle(ctx: AppContext, clerk: UserInfo, boss: UserInfo, on: object, cash: int) -> str:
    counts = {"1元": cash} if cash else {}
    settlement.compare_count(ctx, clerk, on, counts, clerk)  # type: ignore[arg-type]
    return settlement.close_day(ctx, clerk, on, "", boss)  # type: ignore[arg-type]


def clean(ctx: AppContext) -> None:
    report = integrity.check_store(ctx)
    assert report.ok, [r.line() for r in report.results if not r.ok]


def test_settled_day_refuses_a_plain_payment(
    day: AppContext, clerk: UserInfo, boss: UserInfo
) -> None:
    pay(day, clerk, "10.00")
    settle(day, clerk, boss, TODAY, 10)
    assert settlement.is_settled(day, clerk, TODAY)
    with pytest.raises(UserError, match="今日已日结"):
        pay(day, clerk, "5.00")
    clean(day)


def test_next_day_payment_is_counted_tomorrow_not_today(
    day: AppContext, clerk: UserInfo, boss: UserInfo, tmp_path: Path
) -> None:
    pay(day, clerk, "10.00")
    first = settle(day, clerk, boss, TODAY, 10)
    late = pay(day, clerk, "7.00", by=boss)
    clean(day)
    with day.read() as s:
        p = s.scalars(select(Payment).where(Payment.receipt_no == late)).one()
        entry = s.scalars(
            select(AuditEntry).where(
                AuditEntry.action == "payment.take", AuditEntry.entity_id == late
            )
        ).one()
        today_st = s.scalars(select(Settlement).where(Settlement.settlement_no == first)).one()
    assert (p.settle_day, p.settlement_id) == (TOMORROW, None)
    assert entry.detail["settle_day"] == TOMORROW.isoformat()
    assert entry.detail["next_day_by"] == "boss"
    assert today_st.payment_count == 1 and today_st.expected_cash == D("10.00")
    # The receipt says where the money goes.
    pdf = receipts.print_receipt(day, late, tmp_path, "A5")
    assert f"日结：计入{TOMORROW:%Y-%m-%d}日结" in pdf_text(pdf).replace("\n", "").replace(" ", "")

    # Tomorrow: one payment of its own; its settlement holds both.
    day.clock = lambda: NOW + timedelta(days=1)
    pay(day, clerk, "3.00")
    second = settle(day, clerk, boss, TOMORROW, 10)
    with day.read() as s:
        st = s.scalars(select(Settlement).where(Settlement.settlement_no == second)).one()
        held = {p.receipt_no: p.settlement_id for p in s.scalars(select(Payment))}
    assert (st.payment_count, st.expected_cash) == (2, D("10.00"))
    assert held[late] == st.id
    clean(day)
    report = settlement.report(day, second)
    assert late in [r[0] for r in report.receipts]


def test_next_day_needs_a_supervisor_as_the_store_has_them(
    day: AppContext, clerk: UserInfo, boss: UserInfo, hall: tuple[HallInfo, UserInfo]
) -> None:
    pay(day, clerk, "10.00")
    settle(day, clerk, boss, TODAY, 10)
    other_clerk = _staff(day, hall[1], "other", "clerk")
    with pytest.raises(PermissionDenied):
        pay(day, clerk, "5.00", by=other_clerk)
    # A supervisor's object, but the store has them disabled now.
    auth.set_user_active(day, hall[1], boss.id, False)
    with pytest.raises(PermissionDenied):
        pay(day, clerk, "5.00", by=boss)
    with day.read() as s:
        count = len(s.scalars(select(Payment)).all())
    assert count == 1
    clean(day)


def test_a_supervisor_cannot_sign_for_their_own_late_payment(
    day: AppContext, boss: UserInfo, hall: tuple[HallInfo, UserInfo]
) -> None:
    second = _staff(day, hall[1], "second", "supervisor")
    pay(day, boss, "10.00")
    settle(day, boss, second, TODAY, 10)
    with pytest.raises(UserError, match="另一位值班长"):
        pay(day, boss, "5.00", by=boss)
    pay(day, boss, "5.00", by=second)
    clean(day)


def test_reopen_is_audited_and_the_day_is_settled_again(
    day: AppContext, clerk: UserInfo, boss: UserInfo, hall: tuple[HallInfo, UserInfo]
) -> None:
    pay(day, clerk, "10.00")
    first = settle(day, clerk, boss, TODAY, 10)
    with pytest.raises(PermissionDenied):
        settlement.reopen_day(day, clerk, TODAY, "漏收一笔", clerk)
    with pytest.raises(UserError, match="原因"):
        settlement.reopen_day(day, clerk, TODAY, "  ", boss)
    assert settlement.reopen_day(day, clerk, TODAY, "漏收一笔", boss) == first
    clean(day)
    assert not settlement.is_settled(day, clerk, TODAY)
    pay(day, clerk, "5.00")  # the day takes money again
    clean(day)
    with pytest.raises(UserError, match="请先清点"):
        settlement.close_day(day, clerk, TODAY, "", boss)  # the old count is signed off
    second = settle(day, clerk, boss, TODAY, 15)
    assert second != first
    clean(day)
    with day.read() as s:
        rows = {st.settlement_no: st for st in s.scalars(select(Settlement))}
        held = {p.settlement_id for p in s.scalars(select(Payment))}
        reopened = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "settlement.reopen")
        ).one()
    old, new = rows[first], rows[second]
    assert (old.round_no, new.round_no) == (1, 2)
    assert old.reopened_by == boss.id and old.reopen_reason == "漏收一笔"
    assert new.reopened_at is None and (new.payment_count, new.expected_cash) == (2, D("15.00"))
    assert held == {new.id}
    assert reopened.entity_id == first and reopened.detail["supervisor"] == "boss"
    assert reopened.user_id == clerk.id
    # Both reports still anchor their own close entries in the chain.
    assert settlement.report(day, first).anchor and settlement.report(day, second).anchor
    with pytest.raises(UserError, match="今日已日结"):
        pay(day, clerk, "1.00")


def test_an_edited_reopening_or_next_day_is_found(
    day: AppContext, clerk: UserInfo, boss: UserInfo
) -> None:
    pay(day, clerk, "10.00")
    first = settle(day, clerk, boss, TODAY, 10)
    late = pay(day, clerk, "7.00", by=boss)
    with day.write() as s:  # moved back into today's settled day by hand
        s.execute(update(Payment).where(Payment.receipt_no == late).values(settle_day=None))
    assert not integrity.check_store(day).result("settlement_records").ok
    with day.write() as s:
        s.execute(update(Payment).where(Payment.receipt_no == late).values(settle_day=TOMORROW))
    clean(day)
    with day.write() as s:  # reopened without the app: no entry
        s.execute(
            update(Settlement)
            .where(Settlement.settlement_no == first)
            .values(reopened_at=NOW, reopened_by=boss.id, reopen_reason="x")
        )
    assert not integrity.check_store(day).result("settlement_records").ok


def test_a_late_payment_racing_the_cut_is_counted_or_refused(
    day: AppContext, clerk: UserInfo, boss: UserInfo
) -> None:
    """Payment and settlement at the same moment, on two threads: the payment lands in
    the settlement, or is refused as settled; never booked outside a settled day."""
    pay(day, clerk, "10.00")
    settlement.compare_count(day, clerk, TODAY, {"1元": 10}, clerk)
    start = threading.Barrier(2)
    outcome: dict[str, object] = {}

    def cut() -> None:
        start.wait()
        try:
            outcome["settled"] = settlement.close_day(day, clerk, TODAY, "", boss)
        except UserError as exc:
            outcome["settled"] = exc

    def late() -> None:
        start.wait()
        try:
            outcome["paid"] = pay(day, clerk, "5.00")
        except UserError as exc:
            outcome["paid"] = exc

    threads = [threading.Thread(target=cut), threading.Thread(target=late)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(20)
    with day.read() as s:
        sts = s.scalars(select(Settlement)).all()
        rows = s.scalars(select(Payment)).all()
    if isinstance(outcome["paid"], str):  # paid first: the cut saw it, or was refused
        if sts:
            assert all(p.settlement_id == sts[0].id for p in rows)
        else:
            assert isinstance(outcome["settled"], UserError)  # expected cash moved
    else:
        assert isinstance(outcome["paid"], UserError) and len(rows) == 1
        assert sts and rows[0].settlement_id == sts[0].id
    clean(day)
