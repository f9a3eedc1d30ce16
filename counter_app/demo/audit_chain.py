"""The audit entries the app writes for the demo's payments and settlements, with the
services' own details (audit_details), chained to the last entry in the store."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

from sqlalchemy.orm import Session

from counter_app.demo.rows import max_id, table_of
from counter_app.demo.till import Pay
from counter_app.services import audit, audit_details
from counter_app.store.models import (
    AuditEntry,
)


def payment_audit(
    s: Session,
    pays: list[Pay],
    rows: list[dict[str, Any]],
    lines: list[dict[str, Any]],
    settlements: list[tuple[dict[str, Any], dict[str, Decimal]]],
    usernames: dict[int, str],
) -> list[dict[str, Any]]:
    """The audit entries the app writes when it takes, reprints and voids these payments
    (services/payments.py) and closes these days (services/settlement.py), with the
    details the services build (audit_details), in time order and chained to the last
    entry in the store."""
    by_payment: dict[int, list[SimpleNamespace]] = {}
    for line in lines:
        by_payment.setdefault(line["payment_id"], []).append(SimpleNamespace(**line))
    events: list[tuple[datetime, int, str, str, str, dict[str, Any]]] = []
    for pay, row in zip(pays, rows, strict=True):
        receipt_no, stored = row["receipt_no"], SimpleNamespace(**row)
        account = pay.visit.payer.acct.account_no
        taken = audit_details.payment_take(stored, account, by_payment.get(row["id"], []))
        events.append((pay.at, pay.visit.clerk, "payment.take", "payment", receipt_no, taken))
        for copy, (at, user, reason) in enumerate(pay.reprints, start=1):
            reprint = audit_details.receipt_reprint(copy, reason)
            events.append((at, user, "receipt.reprint", "payment", receipt_no, reprint))
        if pay.voided_at is not None:
            void = audit_details.payment_void(stored, usernames.get(pay.voided_by or 0, ""))
            events.append(
                (pay.voided_at, pay.visit.clerk, "payment.void", "payment", receipt_no, void)
            )
    for row, sums in settlements:
        signer = usernames.get(row["signed_off_by"], "")
        closed = audit_details.settlement_close(SimpleNamespace(**row), signer, sums)
        number = row["settlement_no"]
        events.append(
            (row["signed_at"], row["clerk_id"], "settlement.close", "settlement", number, closed)
        )
    events.sort(key=lambda e: e[0])
    next_id = max_id(s, table_of(AuditEntry)) + 1
    chain = audit.chained(audit.last_hash(s), events)
    return [{"id": next_id + k, **row} for k, row in enumerate(chain)]
