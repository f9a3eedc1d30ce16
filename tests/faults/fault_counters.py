"""Counter PCs, a supervisor and an HQ import as separate OS processes (spawned).

Each process opens its own store (``open_context(url)``: its own connections, as a
counter PC has), acts through the services as the screens do, and reports what
reached "the clerk": booked, refused with a UserError (which one), or anything
else (a bug). A logging handler counts the retries the retry helper made.
Imported by name in the child processes: keep it free of pytest.
"""

from __future__ import annotations

import logging
import random
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

# "YYYY-MM-DD…": the pinned clock every process uses (one business day).
Clock = str


@dataclass
class Report:
    who: str
    outcomes: Counter[str] = field(default_factory=Counter)
    booked: list[str] = field(default_factory=list)  # receipt numbers, or per pair: see pairs
    pairs: list[tuple[str, str, str]] = field(default_factory=list)  # account, outcome, text
    crashes: list[str] = field(default_factory=list)  # anything but a UserError
    retries: int = 0


class _Retries(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def _open(url: str, now: Clock) -> tuple[Any, _Retries]:
    from counter_app.bootstrap import open_context

    ctx = open_context(url)
    pinned = datetime.fromisoformat(now)
    ctx.clock = lambda: pinned
    retries = _Retries()
    logging.getLogger("counter_app.services.retry").addHandler(retries)
    return ctx, retries


def _user(ctx: Any, username: str) -> Any:
    from counter_app.services import auth

    return next(u for u in auth.list_users(ctx) if u.username == username)


def _outcome(exc: BaseException) -> str:
    from counter_app.services.errors import UserError

    return type(exc).__name__ if isinstance(exc, UserError) else "crash"


# -- two counters, one bill, one moment --------------------------------------------------


def pay_pairs(
    url: str,
    now: Clock,
    username: str,
    counter: str,
    accounts: list[str],
    barrier: Any,
    results: Any,
) -> None:
    """Per account: show it (the quote), wait for the other counter, pay what was shown."""
    from counter_app.services import dues, payments
    from counter_app.services.errors import UserError

    report = Report(username)
    ctx, retries = _open(url, now)
    try:
        clerk = _user(ctx, username)
        for account_no in accounts:
            due = dues.account_due(ctx, account_no)
            request = payments.PaymentRequest(
                account_no, due.total, tendered=due.total, expected=due.quoted
            )
            barrier.wait(timeout=60)
            try:
                result = payments.take_payment(ctx, clerk, counter, request)
                report.pairs.append((account_no, "booked", result.receipt_no))
            except UserError as exc:
                report.pairs.append((account_no, _outcome(exc), exc.message))
            except Exception:
                report.pairs.append((account_no, "crash", traceback.format_exc()))
    except Exception:  # the screen's read, the start line: told to the test, not lost
        report.crashes.append(traceback.format_exc())
    finally:
        report.retries = retries.count
        ctx.close()
        results.put(report)


# -- a busy hall: payers, a supervisor voiding, HQ importing --------------------------------


def payer(
    url: str,
    now: Clock,
    username: str,
    counter: str,
    accounts: list[str],
    until: float,
    results: Any,
) -> None:
    """Shows a random account and pays every bill shown, as a clerk would, until ``until``."""
    from counter_app.services import dues, payments

    report = Report(username)
    ctx, retries = _open(url, now)
    rng = random.Random(counter)
    try:
        clerk = _user(ctx, username)
        while time.time() < until:
            account_no = rng.choice(accounts)

            def pay(account_no: str = account_no) -> str:
                due = dues.account_due(ctx, account_no)
                if not due.bills:
                    return "nothing owed"
                time.sleep(rng.uniform(0, 0.02))  # the clerk reads the screen
                request = payments.PaymentRequest(
                    account_no, due.total, tendered=due.total, expected=due.quoted
                )
                return payments.take_payment(ctx, clerk, counter, request).receipt_no

            _run(report, pay)
    finally:
        report.retries = retries.count
        ctx.close()
        results.put(report)


def voider(url: str, now: Clock, username: str, boss: str, until: float, results: Any) -> None:
    """Voids one of today's latest payments now and then, with a supervisor."""
    from counter_app.services import receipts

    report = Report(f"{username} voiding")
    ctx, retries = _open(url, now)
    rng = random.Random(boss)
    try:
        clerk, supervisor = _user(ctx, username), _user(ctx, boss)
        while time.time() < until:
            time.sleep(rng.uniform(0.02, 0.1))

            def void() -> str:
                rows = [r for r in receipts.find_payments(ctx, limit=20) if r.status == "正常"]
                if not rows:
                    return "nothing to void"
                receipt_no = rng.choice(rows).receipt_no
                receipts.void(ctx, clerk, receipt_no, supervisor, "金额输错")
                return receipt_no

            _run(report, void)
    finally:
        report.retries = retries.count
        ctx.close()
        results.put(report)


def importer(
    url: str,
    now: Clock,
    username: str,
    folder: str,
    accounts: list[str],
    until: float,
    results: Any,
) -> None:
    """Writes HQ's arrears list round after round (round 1, 2, …) and imports each."""
    from counter_app.services import hq_imports

    report = Report(f"{username} importing")
    ctx, retries = _open(url, now)
    try:
        admin = _user(ctx, username)
        round_no = 0
        while time.time() < until:
            round_no += 1
            path = arrears_file(Path(folder, f"round{round_no}.xlsx"), accounts, round_no)

            def run(path: Path = path) -> str:
                hq_imports.import_arrears(ctx, admin, path)
                return path.name

            _run(report, run)
    finally:
        report.retries = retries.count
        ctx.close()
        results.put(report)


def _run(report: Report, act: Any) -> None:
    from counter_app.services.errors import UserError

    try:
        done = act()
    except UserError as exc:
        report.outcomes[f"{_outcome(exc)}: {exc.template}"] += 1
    except Exception:
        report.outcomes["crash"] += 1
        report.crashes.append(traceback.format_exc())
    else:
        if done.startswith("nothing"):
            report.outcomes[done] += 1
        else:
            report.outcomes["done"] += 1
            report.booked.append(done)


def arrears_file(path: Path, accounts: list[str], round_no: int) -> Path:
    from openpyxl import Workbook

    from counter_app.services.hq_imports import ARREARS_HEADERS

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "欠费清单"
    sheet.append(list(ARREARS_HEADERS))
    for row in arrears_rows(accounts, round_no):
        sheet.append(row)
    book.save(path)
    return path


def arrears_rows(accounts: list[str], round_no: int) -> list[list[object]]:
    """HQ's list in round ``round_no``: amounts that only rise from round to round (an
    import never lowers a bill below what was paid here), and a month that comes and goes."""
    rows: list[list[object]] = []
    for i, account_no in enumerate(accounts):
        months = ["202609", "202610"] + (["202611"] if round_no % 2 and i % 3 == 0 else [])
        for m, month in enumerate(months):
            due = Decimal(50 + 10 * m + i % 7) + Decimal(round_no) / 100
            deadline = datetime(2026, int(month[4:]) + 1, 5)
            rows.append(
                [account_no, f"客户{i}", "城关镇人民路1号", "居民", month, due, 0, due, deadline]
            )
    return rows
