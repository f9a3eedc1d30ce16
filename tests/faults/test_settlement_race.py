"""The day's settlement racing the counter, and killed in the middle.

Race: a payer process takes payments (now and then a void) for one clerk in a
loop while a closer process compares a count and closes that clerk's day. Every
payment lands wholly before the cut (and is in the settlement's figures) or is
refused as 已日结; not a fen is locked into the settlement without being counted.

Kill: a process closing a large day is SIGKILLed after a random short delay, a
few times: the store is either fully settled or not settled at all.

Both run on SQLite and, with COUNTER_TEST_PG (tests/conftest.py), on PostgreSQL.
"""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, select
from support import PASSWORD, add_owing_account

from counter_app.services import auth, integrity, settlement
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.store.models import AuditEntry, Payment, Settlement, SettlementCount

REPO_ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)  # Tuesday, 10:00 in the hall
DAY = NOW.date()
ACCOUNT = "330101000123"

_HEAD = """
import json, random, sys, time
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from counter_app.bootstrap import open_context
from counter_app.services import auth, payments, receipts, settlement
from counter_app.services.errors import UserError
from counter_app.services.payments import PaymentRequest

url, username, folder, now, seed = sys.argv[1:6]
ctx = open_context(url)
ctx.clock = lambda: datetime.fromisoformat(now)
users = {u.username: u for u in auth.list_users(ctx)}
clerk, boss = users[username], users["boss"]
rng = random.Random(int(seed))
day = ctx.clock().date()
"""

# Takes payments (cash mostly, some mobile) and voids for the clerk until refused
# a number of times after the cut; reports each outcome.
PAYER = textwrap.dedent(
    _HEAD
    + """
Path(folder, "ready-payer").touch()
while not Path(folder, "go").exists():
    time.sleep(0.001)
taken, voided, refused = [], [], []
deadline = time.monotonic() + 40
while len(refused) < 12 and time.monotonic() < deadline:
    try:
        live = [t for t in taken if t[0] not in voided]
        if live and rng.random() < 0.1:
            no = rng.choice(live)[0]
            receipts.void(ctx, clerk, no, boss, "并发测试作废")
            voided.append(no)
        else:
            method = "mobile" if rng.random() < 0.2 else "cash"
            amount = Decimal(rng.randint(100, 20000)) / 100
            request = PaymentRequest(
                sys.argv[6], Decimal("0"), prepayment=amount, method=method,
                tendered=amount if method == "cash" else None,
                reference="" if method == "cash" else "WX-RACE",
            )
            no = payments.take_payment(ctx, clerk, "1", request).receipt_no
            taken.append((no, method, str(amount)))
    except UserError as exc:
        if "日结" not in exc.message:
            raise
        refused.append(exc.message)
    time.sleep(rng.random() * 0.004)
print(json.dumps({"taken": taken, "voided": voided, "refused": refused}))
"""
)

# Waits a moment into the payer's run, then compares and closes; a payment
# between the two asks for a recount, so it compares again.
CLOSER = textwrap.dedent(
    _HEAD
    + """
Path(folder, "ready-closer").touch()
while not Path(folder, "go").exists():
    time.sleep(0.001)
time.sleep(float(sys.argv[6]))
tries = 0
while True:
    tries += 1
    settlement.compare_count(ctx, clerk, day, {}, clerk)
    try:
        number = settlement.close_day(ctx, clerk, day, "并发测试：未点钞", boss)
        break
    except UserError as exc:
        if "重新清点" not in exc.message or tries > 1000:
            raise
print(json.dumps({"number": number, "tries": tries}))
"""
)


def add_clerk(ctx: AppContext, admin: UserInfo, username: str, staff_no: str) -> UserInfo:
    return auth.add_user(
        ctx,
        admin,
        username=username,
        display_name=f"测试{staff_no}",
        staff_no=staff_no,
        role="clerk",
        password=PASSWORD,
    )


@pytest.fixture
def store(ctx: AppContext, hall: tuple[HallInfo, UserInfo], clerk: UserInfo) -> AppContext:
    ctx.clock = lambda: NOW
    add_clerk(ctx, hall[1], "wang", "1003")
    auth.add_user(
        ctx,
        hall[1],
        username="boss",
        display_name="李值班",
        staff_no="S01",
        role="supervisor",
        password=PASSWORD,
    )
    with ctx.write() as s:
        add_owing_account(s, NOW, ACCOUNT)
    return ctx


def start(script: str, db_url: str, username: str, folder: Path, seed: int, extra: str) -> Any:
    args = (db_url, username, str(folder), NOW.isoformat(), str(seed), extra)
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def race(db_url: str, username: str, folder: Path, seed: int) -> tuple[dict[str, Any], ...]:
    folder.mkdir()
    delay = f"{random.Random(seed).uniform(0.2, 0.8):.3f}"
    procs = [
        start(PAYER, db_url, username, folder, seed, ACCOUNT),
        start(CLOSER, db_url, username, folder, seed + 1, delay),
    ]
    try:
        deadline = time.monotonic() + 120
        while len(list(folder.glob("ready-*"))) < len(procs):
            failed = [p for p in procs if p.poll() is not None]
            assert not failed, failed[0].communicate()[1]
            assert time.monotonic() < deadline, "the processes did not start"
            time.sleep(0.01)
        (folder / "go").touch()
        reports = []
        for proc in procs:
            out, err = proc.communicate(timeout=180)
            assert proc.returncode == 0, err
            reports.append(json.loads(out.strip().splitlines()[-1]))
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    return tuple(reports)


@pytest.mark.slow
def test_payments_racing_the_cut_are_counted_or_refused(
    store: AppContext, db_url: str, tmp_path: Path
) -> None:
    for round_no, username in enumerate(("zhang", "wang")):
        payer, closer = race(db_url, username, tmp_path / username, 7 + 2 * round_no)
        voided = set(payer["voided"])
        valid_cash = sum(
            (Decimal(amount) for no, method, amount in payer["taken"] if method == "cash"),
            Decimal("0.00"),
        ) - sum(
            (Decimal(a) for no, m, a in payer["taken"] if m == "cash" and no in voided),
            Decimal("0.00"),
        )
        with store.read() as s:
            st = s.scalars(
                select(Settlement).where(Settlement.settlement_no == closer["number"])
            ).one()
            clerk_id = st.clerk_id
            rows = s.scalars(select(Payment).where(Payment.clerk_id == clerk_id)).all()
            entry = s.scalars(
                select(AuditEntry).where(
                    AuditEntry.action == "settlement.close",
                    AuditEntry.entity_id == st.settlement_no,
                )
            ).one()
            linked = s.scalars(
                select(SettlementCount.settlement_id).where(SettlementCount.clerk_id == clerk_id)
            ).all()
        held_cash = sum(
            (
                p.total
                for p in rows
                if p.settlement_id == st.id and p.status == "valid" and p.method == "cash"
            ),
            Decimal("0.00"),
        )
        outside = [p.receipt_no for p in rows if p.settlement_id != st.id]
        unaccounted = abs(st.expected_cash - valid_cash) + abs(st.expected_cash - held_cash)
        print(
            f"\nsettlement race ({username}): unaccounted ¥{unaccounted:.2f} "
            f"({len(payer['taken'])} payments before the cut, {len(payer['refused'])} refused; "
            f"{len(voided)} voided, {closer['tries']} comparisons)"
        )
        # The race happened: payments before the cut, refusals after it.
        assert payer["taken"] and payer["refused"]
        assert unaccounted == 0 and outside == []  # every payment is in the settlement
        assert sorted(p.receipt_no for p in rows) == sorted(no for no, _m, _a in payer["taken"])
        assert {p.receipt_no for p in rows if p.status == "void"} == voided
        assert st.payment_count == sum(1 for p in rows if p.status == "valid")
        assert entry.detail["by_method"]["cash"] == f"{valid_cash:.2f}"
        assert entry.detail["attempts"] == closer["tries"] == len(linked)
        assert set(linked) == {st.id}
    report = integrity.check_store(store)
    assert report.ok, [r.line() for r in report.results if not r.ok]


# -- a kill in the middle of close_day ------------------------------------------------

LARGE_DAY = 3000  # payments of one clerk-day

KILLED = textwrap.dedent(
    _HEAD
    + """
Path(folder, "closing").touch()
print(settlement.close_day(ctx, clerk, day, "中断测试", boss), flush=True)
"""
)


def large_day(ctx: AppContext, clerk: UserInfo, counter: str) -> None:
    """LARGE_DAY payments for the clerk, written directly (faster than one by one), and
    a blind count compared against them."""
    with ctx.write() as s:
        account_id = s.scalar(select(Payment.account_id).limit(1)) or 1
        s.execute(
            insert(Payment),
            [
                {
                    "receipt_no": f"330101-{counter}-20261124-{n:04d}",
                    "hall_id": 1,
                    "counter": counter,
                    "clerk_id": clerk.id,
                    "account_id": account_id,
                    "paid_at": NOW + timedelta(seconds=n),
                    "method": "cash" if n % 5 else "card",
                    "reference": "",
                    "total": Decimal(n % 300 + 1),
                    "tendered": None,
                    "change": None,
                    "check_code": "TEST",
                    "status": "void" if n % 17 == 0 else "valid",
                    "void_reason": "",
                    "reprint_count": 0,
                    "updated_at": NOW,
                }
                for n in range(1, LARGE_DAY + 1)
            ],
        )
    settlement.compare_count(ctx, clerk, DAY, {}, clerk)


def settled_wholly_or_not_at_all(ctx: AppContext, clerk: UserInfo) -> bool:
    """True when the clerk-day is settled, False when untouched; fails when half done."""
    with ctx.read() as s:
        settlements = s.scalars(select(Settlement).where(Settlement.clerk_id == clerk.id)).all()
        held = s.scalars(select(Payment.settlement_id).where(Payment.clerk_id == clerk.id)).all()
        linked = s.scalars(
            select(SettlementCount.settlement_id).where(SettlementCount.clerk_id == clerk.id)
        ).all()
        entries = s.scalars(
            select(AuditEntry.entity_id).where(AuditEntry.action == "settlement.close")
        ).all()
        known = set(s.scalars(select(Settlement.id)).all())
        orphans = s.scalars(
            select(Payment.receipt_no).where(
                Payment.settlement_id.is_not(None), Payment.settlement_id.not_in(known or {0})
            )
        ).all()
    assert orphans == []  # no payment points at a settlement that is not there
    assert len(held) == LARGE_DAY
    if not settlements:
        assert set(held) == {None} and set(linked) == {None}
        return False
    (st,) = settlements
    assert set(held) == {st.id} and set(linked) == {st.id}
    assert st.settlement_no in entries
    valid_cash = settlement.figures(ctx, clerk, DAY, {}).expected_cash
    assert st.expected_cash == valid_cash
    return True


@pytest.mark.slow
def test_a_kill_in_the_middle_of_close_day_leaves_it_whole_or_undone(
    store: AppContext, db_url: str, hall: tuple[HallInfo, UserInfo], tmp_path: Path
) -> None:
    rng = random.Random(20261124)
    boss = next(u for u in auth.list_users(store) if u.username == "boss")
    # How long close_day of a large day takes here: the kills land at fractions of it.
    timed = add_clerk(store, hall[1], "timed", "299")
    large_day(store, timed, "49")
    began = time.monotonic()
    settlement.close_day(store, timed, DAY, "计时", boss)
    duration = time.monotonic() - began
    assert settled_wholly_or_not_at_all(store, timed)
    outcomes: list[bool] = []
    for round_no, share in enumerate((0.05, 0.2, 0.4, 0.6, 0.8, 1.0, 3.0)):
        clerk = add_clerk(store, hall[1], f"kill{round_no}", f"20{round_no}")
        large_day(store, clerk, f"{50 + round_no}")
        folder = tmp_path / f"kill{round_no}"
        folder.mkdir()
        proc = start(KILLED, db_url, clerk.username, folder, round_no, "")
        try:
            deadline = time.monotonic() + 120
            while not (folder / "closing").exists():
                assert proc.poll() is None, proc.communicate()[1]
                assert time.monotonic() < deadline, "the process did not start"
                time.sleep(0.002)
            time.sleep(duration * share * rng.uniform(0.8, 1.2))
            proc.send_signal(signal.SIGKILL)
        finally:
            _out, err = proc.communicate(timeout=60)
        killed = proc.returncode == -signal.SIGKILL
        assert killed or proc.returncode == 0, err
        settled = settled_wholly_or_not_at_all(store, clerk)
        assert settled or killed
        outcomes.append(settled)
        if not settled:  # the till and the store are free again: the day closes now
            settlement.close_day(store, clerk, DAY, "中断后重新日结", boss)
            assert settled_wholly_or_not_at_all(store, clerk)
    print(
        f"\nsettlement kill: close_day of {LARGE_DAY} payments takes {1000 * duration:.0f} ms; "
        f"{len(outcomes)} kills at 5 %-300 % of it: {sum(outcomes)} found the day settled, "
        f"{len(outcomes) - sum(outcomes)} not settled at all, none half"
    )
