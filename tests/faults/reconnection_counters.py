"""Two counter PCs paying disconnected accounts at the same moment (spawned processes).

Imported by name in the child processes: keep it free of pytest.
"""

from __future__ import annotations

import traceback
from decimal import Decimal
from typing import Any

from fault_counters import Clock, Report, _open, _outcome, _user


def pay_amount_pairs(
    url: str,
    now: Clock,
    username: str,
    counter: str,
    accounts: list[str],
    amount: str,
    barrier: Any,
    results: Any,
) -> None:
    """Per account: wait for the other counter, then pay ``amount`` towards the arrears
    with no screen's quote (each counter pays one of two equal bills)."""
    from counter_app.services import payments
    from counter_app.services.errors import UserError

    report = Report(username)
    ctx, retries = _open(url, now)
    try:
        clerk = _user(ctx, username)
        for account_no in accounts:
            request = payments.PaymentRequest(account_no, Decimal(amount), tendered=Decimal(amount))
            barrier.wait(timeout=60)
            try:
                result = payments.take_payment(ctx, clerk, counter, request)
                report.pairs.append((account_no, "booked", result.receipt_no))
            except UserError as exc:
                report.pairs.append((account_no, _outcome(exc), exc.message))
            except Exception:
                report.pairs.append((account_no, "crash", traceback.format_exc()))
    except Exception:
        report.crashes.append(traceback.format_exc())
    finally:
        report.retries = retries.count
        ctx.close()
        results.put(report)
