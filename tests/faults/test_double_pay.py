"""Two counters pay the same account's bill at the same moment, each from what its
screen showed: one is booked, the other refused with "the arrears changed", never a
second charge turned into 预存.

Two spawned OS processes (each its own ``open_context``: two counter PCs), 150
accounts, one pair of payments per account released together by a barrier.
Before the quote check (issue 11) 126 of 150 pairs were charged twice on
PostgreSQL and 9 of 150 on SQLite.
"""

from __future__ import annotations

import multiprocessing
from datetime import UTC, date, datetime

import pytest
from fault_counters import Report, pay_pairs
from sqlalchemy import func, select
from support import add_owing_account

from counter_app.services import integrity
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.store.models import Account, Arrears, Payment, PaymentLine

NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)  # Tuesday, 10:00 in the hall
PAIRS = 150
ACCOUNTS = [f"3301019{n:05d}" for n in range(PAIRS)]


@pytest.mark.slow
def test_two_counters_paying_one_bill_at_once_charge_it_once(
    ctx: AppContext,
    db_url: str,
    backend: str,
    hall: tuple[HallInfo, UserInfo],
    clerk: UserInfo,
) -> None:
    ctx.clock = lambda: NOW
    with ctx.write() as s:
        for n, account_no in enumerate(ACCOUNTS):
            bill = ("202610", f"{100 + n % 50}.{n % 100:02d}", date(2026, 11, 4))
            add_owing_account(s, NOW, account_no, [bill], cert_no=f"T{n:017d}")

    spawn = multiprocessing.get_context("spawn")
    barrier, results = spawn.Barrier(2), spawn.Queue()
    counters = [
        spawn.Process(
            target=pay_pairs,
            args=(db_url, NOW.isoformat(), who, counter, ACCOUNTS, barrier, results),
        )
        for who, counter in (("zhang", "1"), ("admin", "2"))
    ]
    for p in counters:
        p.start()
    try:
        reports: list[Report] = [results.get(timeout=120) for _ in counters]
    finally:
        for p in counters:
            p.join(timeout=30)
            if p.is_alive():
                p.kill()
    assert all(p.exitcode == 0 for p in counters), [r.crashes for r in reports]

    by_account: dict[str, list[tuple[str, str]]] = {a: [] for a in ACCOUNTS}
    for report in reports:
        assert not report.crashes, report.crashes
        assert len(report.pairs) == PAIRS, report.pairs[-1:]
        for account_no, outcome, text in report.pairs:
            by_account[account_no].append((outcome, text))
    twice = sum(1 for got in by_account.values() if [o for o, _ in got].count("booked") > 1)
    with ctx.read() as s:
        booked = dict(
            s.execute(
                select(Account.account_no, func.count(Payment.id))
                .join(Payment, Payment.account_id == Account.id)
                .group_by(Account.account_no)
            ).all()
        )
        prepayments = s.scalar(
            select(func.count()).select_from(PaymentLine).where(PaymentLine.kind == "prepayment")
        )
        prepaid = s.scalar(select(func.sum(Account.prepaid)))
        unpaid = s.scalar(
            select(func.count())
            .select_from(Arrears)
            .where(Arrears.amount_paid < Arrears.amount_due)
        )
    print(
        f"\ndouble charges: {twice} of {PAIRS} pairs ({backend}); "
        f"retries after a deadlock or busy store: {sum(r.retries for r in reports)}"
    )

    assert twice == 0
    for account_no, got in by_account.items():
        outcomes = sorted(o for o, _ in got)
        assert outcomes == ["QuoteChanged", "booked"], (account_no, got)
        refused = next(text for o, text in got if o == "QuoteChanged")
        assert "欠费在显示后已有变化" in refused and "本笔未收费" in refused
    assert booked == dict.fromkeys(ACCOUNTS, 1)
    assert prepayments == 0 and not prepaid
    assert unpaid == 0  # every bill paid once, in full
    report = integrity.check_store(ctx)
    assert report.ok, [r.line() for r in report.results if not r.ok]
