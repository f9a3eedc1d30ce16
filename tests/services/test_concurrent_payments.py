"""Two counters taking money at the same moment, from two processes on one store.

Each process is a separate ``python -c`` (its own connections, as two counter
PCs have): both open the store, wait at a common start line, then take 25
payments each. Afterwards the receipt numbers are exactly 1..50, each once;
the audit chain and every ledger check of ``counter-app check`` pass.

- PostgreSQL (COUNTER_TEST_PG, tests/conftest.py; skipped without it): the
  sequence row FOR UPDATE and the audit chain's advisory lock serialise what
  must be serialised; READ COMMITTED everywhere else.
- SQLite, two processes on one file: BEGIN IMMEDIATE and the busy timeout.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from counter_app.services import integrity
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.store.models import Account, AuditEntry, Customer, Payment

REPO_ROOT = Path(__file__).resolve().parents[2]
# Tuesday 2026-11-24, 10:00 in the hall: every payment falls on one business day.
NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)
PER_PROCESS = 25
BOTH = pytest.mark.parametrize("backend", ["sqlite", "pg"], indirect=True)

# One counter PC: opens the store, says it is ready, waits for the start line,
# takes its payments and prints what it got.
COUNTER = textwrap.dedent(
    """
    import json, sys, time
    from datetime import datetime
    from decimal import Decimal
    from pathlib import Path
    from counter_app.services import auth, payments
    from counter_app.bootstrap import open_context
    from counter_app.services.payments import PaymentRequest

    url, username, counter, account, count, folder, now = sys.argv[1:8]
    ctx = open_context(url)
    ctx.clock = lambda: datetime.fromisoformat(now)
    clerk = next(u for u in auth.list_users(ctx) if u.username == username)
    Path(folder, f"ready-{username}").touch()
    go = Path(folder, "go")
    while not go.exists():
        time.sleep(0.001)
    started = time.time()
    receipts = []
    for _ in range(int(count)):
        request = PaymentRequest(account, Decimal("0"), prepayment=Decimal("1.00"),
                                 tendered=Decimal("1.00"))
        receipts.append(payments.take_payment(ctx, clerk, counter, request).receipt_no)
    ended = time.time()
    ctx.close()
    print(json.dumps({"receipts": receipts, "started": started, "ended": ended}))
    """
)


def add_account(ctx: AppContext, account_no: str, cert_no: str) -> None:
    with ctx.write() as s:
        customer = Customer(
            kind="person",
            name="张三丰",
            cert_type="居民身份证",
            cert_no=cert_no,
            mobile="13812341234",
            created_at=NOW,
            updated_at=NOW,
        )
        s.add(customer)
        s.flush()
        s.add(
            Account(
                account_no=account_no,
                hall_id=1,
                customer_id=customer.id,
                address="城关镇人民路100号",
                category="居民",
                voltage="低压",
                capacity_kw=Decimal("8"),
                status="active",
                prepaid=Decimal("0.00"),
                opened_at=NOW,
                updated_at=NOW,
            )
        )


def run_counters(
    db_url: str, folder: Path, counters: list[tuple[str, str, str]]
) -> list[dict[str, object]]:
    """Start one process per (username, counter, account); all pay at once; their reports."""
    folder.mkdir()
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                COUNTER,
                db_url,
                username,
                counter,
                account,
                str(PER_PROCESS),
                str(folder),
                NOW.isoformat(),
            ],
            cwd=REPO_ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for username, counter, account in counters
    ]
    try:
        deadline = time.monotonic() + 120
        while len(list(folder.glob("ready-*"))) < len(procs):
            failed = [p for p in procs if p.poll() is not None]
            assert not failed, failed[0].communicate()[1]
            assert time.monotonic() < deadline, "the counters did not start"
            time.sleep(0.01)
        (folder / "go").touch()
        reports = []
        for proc in procs:
            out, err = proc.communicate(timeout=300)
            assert proc.returncode == 0, err
            reports.append(json.loads(out.strip().splitlines()[-1]))
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    return reports


def assert_ran_at_once(reports: list[dict[str, object]]) -> None:
    """The processes' payment runs overlapped in time (else the test proves nothing)."""
    latest_start = max(float(r["started"]) for r in reports)  # type: ignore[arg-type]
    earliest_end = min(float(r["ended"]) for r in reports)  # type: ignore[arg-type]
    assert latest_start < earliest_end


@BOTH
def test_two_processes_on_one_counter_number_receipts_without_gap_or_repeat(
    ctx: AppContext,
    db_url: str,
    hall: tuple[HallInfo, UserInfo],
    clerk: UserInfo,
    tmp_path: Path,
) -> None:
    """Counter 1's PC and a second window on counter 1 (after a restart, say): one series."""
    add_account(ctx, "330101000123", "11010519491231002X")
    add_account(ctx, "330101000456", "110105194912310021")

    reports = run_counters(
        db_url,
        tmp_path / "run",
        [("zhang", "1", "330101000123"), ("admin", "1", "330101000456")],
    )

    assert_ran_at_once(reports)
    taken = [no for r in reports for no in r["receipts"]]  # type: ignore[attr-defined]
    with ctx.read() as s:
        stored = list(s.scalars(select(Payment.receipt_no).order_by(Payment.receipt_no)))
        audited = list(
            s.scalars(select(AuditEntry.entity_id).where(AuditEntry.action == "payment.take"))
        )
    expected = [f"330101-01-20261124-{n:04d}" for n in range(1, 2 * PER_PROCESS + 1)]
    assert sorted(taken) == expected  # 1..50: no gap, no repeat
    assert stored == expected
    assert sorted(audited) == expected  # one audit entry per payment
    # Each process's own receipts rise: a number is never handed out twice or out of turn.
    for report in reports:
        assert report["receipts"] == sorted(report["receipts"])  # type: ignore[type-var]
    report = integrity.check_store(ctx)
    assert report.ok, [r.line() for r in report.results if not r.ok]
    assert report.result("audit").ok


@BOTH
def test_two_counters_paying_into_one_account_lose_nothing(
    ctx: AppContext,
    db_url: str,
    hall: tuple[HallInfo, UserInfo],
    clerk: UserInfo,
    tmp_path: Path,
) -> None:
    """Counters 1 and 2 both take prepayments for one account at the same moment:
    two series of receipts, and the account's balance has every yuan of both."""
    add_account(ctx, "330101000123", "11010519491231002X")

    reports = run_counters(
        db_url,
        tmp_path / "run",
        [("zhang", "1", "330101000123"), ("admin", "2", "330101000123")],
    )

    assert_ran_at_once(reports)
    for report, counter in zip(reports, ("01", "02"), strict=True):
        assert report["receipts"] == [
            f"330101-{counter}-20261124-{n:04d}" for n in range(1, PER_PROCESS + 1)
        ]
    with ctx.read() as s:
        prepaid = s.scalar(select(Account.prepaid).where(Account.account_no == "330101000123"))
    assert prepaid == Decimal(2 * PER_PROCESS)
    report = integrity.check_store(ctx)
    assert report.ok, [r.line() for r in report.results if not r.ok]
