"""SIGKILL in the middle of a long series of payments loses nothing that was committed.

A child process takes payments in a loop (payments.take_payment, as the
counter does) and prints each receipt number once take_payment has returned,
that is after its commit. The parent kills it with SIGKILL at a random moment
after at least 30 payments, reopens the store and checks: every receipt the
child reported is there, at most one more (committed, killed before printing),
the numbering has no gap (1..N, N the Sequence row), the audit chain and the
ledger verify (integrity.check_store) and PRAGMA integrity_check is ok. Three
rounds on the same store, so a killed store is also worked on again.
"""

from __future__ import annotations

import os
import queue
import random
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest
from support import add_owing_account, add_staff, set_up_hall

from counter_app.bootstrap import open_context
from counter_app.services import integrity

REPO_ROOT = Path(__file__).resolve().parents[1]
ACCOUNT = "330101000789"
ROUNDS = 3
AT_LEAST = 30

# Alternates a part payment of the bills with a prepayment, so both the arrears
# and the prepaid balance move with every pair of receipts.
CHILD = """
import sys
from decimal import Decimal
from counter_app.services import auth, payments
from counter_app.bootstrap import open_context
from counter_app.services.payments import PaymentRequest

CENT = Decimal("0.01")
db, account = sys.argv[1], sys.argv[2]
ctx = open_context(db)
clerk = next(u for u in auth.list_users(ctx) if u.username == "zhang")
n = 0
while True:
    n += 1
    if n % 2:
        request = PaymentRequest(account, Decimal("20.00"), method="card", reference=f"T{n}")
    else:
        request = PaymentRequest(account, Decimal("0"), Decimal(n % 97 + 1).quantize(CENT))
    result = payments.take_payment(ctx, clerk, "1", request)
    print(result.receipt_no, flush=True)
"""

RECEIPT = re.compile(r"^330101-01-(\d{8})-(\d{4})$")


def make_store(db: Path) -> None:
    ctx = open_context(str(db))
    try:
        _hall, admin = set_up_hall(ctx)
        add_staff(ctx, admin, "clerk")
        now = ctx.clock()
        with ctx.write() as s:
            due = date.today() + timedelta(days=60)  # not overdue: no late fees
            months = [f"{2040 + i // 12}{i % 12 + 1:02d}" for i in range(120)]
            add_owing_account(
                s,
                now,
                ACCOUNT,
                [(month, "35.00", due) for month in months],
                name="赵六",
                address="城关镇人民路9号",
                cert_type="户号",
                cert_no=ACCOUNT,
                mobile="",
            )
    finally:
        ctx.close()


def run_and_kill(db: Path, rng: random.Random, log: Path) -> tuple[list[str], int]:
    """Start the child, SIGKILL it mid-series; every receipt it reported, and the kill point."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    with log.open("w", encoding="utf-8") as err:
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(db), ACCOUNT],
            cwd=REPO_ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
            encoding="utf-8",
        )
        assert child.stdout is not None
        lines: queue.Queue[str | None] = queue.Queue()

        def read() -> None:
            assert child.stdout is not None
            for line in child.stdout:
                lines.put(line.strip())
            lines.put(None)

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        target = rng.randint(AT_LEAST, 2 * AT_LEAST)
        reported: list[str] = []
        try:
            deadline = time.monotonic() + 30
            while len(reported) < target:
                line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
                assert line is not None, f"the child stopped: {log.read_text(encoding='utf-8')}"
                reported.append(line)
            # Anywhere in the next payment or two (each takes some 50 ms with fsync).
            time.sleep(rng.uniform(0, 0.1))
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=10)
            reader.join(timeout=10)
            child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    while (line := lines.get_nowait()) is not None:  # printed before the kill landed
        reported.append(line)
    return reported, target


def verify(db: Path, reported: list[str], rounds: int) -> None:
    ctx = open_context(str(db))  # the start-up quick_check passes
    try:
        with ctx.read() as s:
            present = [
                r[0]
                for r in s.connection().exec_driver_sql(
                    "SELECT receipt_no FROM payments ORDER BY id"
                )
            ]
            sequences = dict(
                s.connection()
                .exec_driver_sql("SELECT name, value FROM sequences WHERE name LIKE 'receipt:%'")
                .all()
            )
        report = integrity.check_store(ctx)
    finally:
        ctx.close()
    missing = sorted(set(reported) - set(present))
    assert not missing, f"committed receipts lost: {missing}"
    # At most one committed per kill without being reported (killed before print).
    assert 0 <= len(present) - len(reported) <= rounds
    by_day: dict[str, list[int]] = {}
    for number in present:
        match = RECEIPT.match(number)
        assert match, number
        by_day.setdefault(match[1], []).append(int(match[2]))
    for day, numbers in by_day.items():
        top = sequences[f"receipt:330101:1:{day}"]
        assert sorted(numbers) == list(range(1, top + 1)), f"gap on {day}"
    assert report.ok, [r.line() for r in report.results if not r.ok]
    assert report.result("audit").ok
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_sigkill_mid_series_loses_no_committed_payment(tmp_path: Path) -> None:
    seed = random.SystemRandom().randrange(2**32)
    rng = random.Random(seed)
    db = tmp_path / "store" / "counter.db"
    make_store(db)
    reported: list[str] = []
    for n in range(1, ROUNDS + 1):
        got, target = run_and_kill(db, rng, tmp_path / f"child{n}.log")
        assert len(got) >= target >= AT_LEAST, f"seed {seed}"
        reported += got
        verify(db, reported, n)
    assert len(set(reported)) == len(reported), f"seed {seed}"  # no number given twice
