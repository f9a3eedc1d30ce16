"""Two counters paying one disconnected account at the same moment start one 复电
(issue 13): each 复电 is decided under the account's lock, after the other payment.

Two spawned OS processes (two counter PCs), one pair of payments per account
released together by a barrier: both paying the whole quote (one is refused with
QuoteChanged), or each paying one of two equal bills (both booked; the second clears
the arrears and starts the 复电).
"""

from __future__ import annotations

import multiprocessing
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from fault_counters import Report, pay_pairs
from reconnection_counters import pay_amount_pairs
from sqlalchemy import select
from support import add_owing_account

from counter_app.domain.reconnection import RECONNECTION
from counter_app.services import dues, integrity, reconnection
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.store.models import Account, Application, Payment

NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)  # Tuesday, 10:00 in the hall
PAIRS = 40
ACCOUNTS = [f"3301029{n:05d}" for n in range(PAIRS)]
# Two equal bills, due the same day: either payment pays exactly one whole bill.
BILLS = [("202609", "100.00", date(2026, 11, 4)), ("202610", "100.00", date(2026, 11, 4))]


def _disconnected(ctx: AppContext, admin: UserInfo) -> None:
    ctx.clock = lambda: NOW
    with ctx.write() as s:
        for n, account_no in enumerate(ACCOUNTS):
            add_owing_account(s, NOW, account_no, BILLS, cert_no=f"R{n:017d}")
    for account_no in ACCOUNTS:
        reconnection.record_disconnection(ctx, admin, account_no, date(2026, 11, 23), "")


def _run(target: Any, args_of: Any) -> list[Report]:
    spawn = multiprocessing.get_context("spawn")
    barrier, results = spawn.Barrier(2), spawn.Queue()
    counters = [
        spawn.Process(target=target, args=args_of(who, counter, barrier, results))
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
    for report in reports:
        assert not report.crashes, report.crashes
        assert len(report.pairs) == PAIRS, report.pairs[-1:]
    return reports


def _reconnections(ctx: AppContext) -> dict[str, list[Application]]:
    with ctx.read() as s:
        rows = s.execute(
            select(Application, Account.account_no)
            .join(Account, Account.id == Application.account_id)
            .where(Application.business_code == RECONNECTION)
        ).all()
    found: dict[str, list[Application]] = {a: [] for a in ACCOUNTS}
    for app, account_no in rows:
        found[account_no].append(app)
    return found


def _check(ctx: AppContext, reports: list[Report], backend: str) -> None:
    found = _reconnections(ctx)
    counts = Counter(len(apps) for apps in found.values())
    print(f"\n复电 per account ({backend}): {dict(counts)}; "
          f"retries: {sum(r.retries for r in reports)}")  # fmt: skip
    assert counts == {1: PAIRS}
    with ctx.read() as s:
        paid_at = dict(s.execute(select(Payment.receipt_no, Payment.paid_at)).tuples().all())
    for account_no, (app,) in found.items():
        assert app.status == "in_progress"
        assert app.details["deadline"] == (NOW + timedelta(hours=24)).isoformat()
        assert dues.account_due(ctx, account_no).bills == ()
        assert paid_at[app.details["payment"]] == NOW
    report = integrity.check_store(ctx)
    assert report.ok, [r.line() for r in report.results if not r.ok]


@pytest.mark.slow
def test_two_counters_paying_the_whole_quote_at_once_start_one_reconnection(
    ctx: AppContext, db_url: str, backend: str, hall: tuple[HallInfo, UserInfo], clerk: UserInfo
) -> None:
    _disconnected(ctx, hall[1])
    reports = _run(
        pay_pairs,
        lambda who, counter, b, r: (db_url, NOW.isoformat(), who, counter, ACCOUNTS, b, r),
    )
    outcomes = Counter(o for report in reports for _a, o, _t in report.pairs)
    assert outcomes == {"booked": PAIRS, "QuoteChanged": PAIRS}
    _check(ctx, reports, backend)


@pytest.mark.slow
def test_two_counters_each_paying_one_bill_at_once_start_one_reconnection(
    ctx: AppContext, db_url: str, backend: str, hall: tuple[HallInfo, UserInfo], clerk: UserInfo
) -> None:
    _disconnected(ctx, hall[1])
    amount = str(dues.account_due(ctx, ACCOUNTS[0]).bills[0].payable)
    reports = _run(
        pay_amount_pairs,
        lambda who, counter, b, r: (
            db_url, NOW.isoformat(), who, counter, ACCOUNTS, amount, b, r
        ),
    )  # fmt: skip
    outcomes = Counter(o for report in reports for _a, o, _t in report.pairs)
    assert outcomes == {"booked": 2 * PAIRS}
    _check(ctx, reports, backend)
    # The 复电 came with the payment that cleared the arrears: the later of the two.
    with ctx.read() as s:
        last = dict(
            s.execute(
                select(Account.account_no, Payment.receipt_no)
                .join(Payment, Payment.account_id == Account.id)
                .order_by(Payment.id)
            )
            .tuples()
            .all()
        )
    for account_no, (app,) in _reconnections(ctx).items():
        assert app.details["payment"] == last[account_no]
