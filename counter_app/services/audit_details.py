"""What an audit entry carries of its record, built in one place.

The services build an entry's detail from the record they are writing, the demo
from the rows it bulk-inserts, and ``counter-app check`` from the record as the
store holds it now (services/integrity_records.py): the record is untouched
exactly when the two details are equal. Hence one function per kind of entry,
taking anything with the record's attribute names (an ORM object, a Core row, a
namespace), and values as the store gives them back: money as "0.00" text,
times in UTC ISO without microseconds (as audit.record keeps its own time).
No personal data: accounts by number, people by user id.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from counter_app.domain.vocabulary import PAYMENT_METHODS
from counter_app.services import audit

METHODS = tuple(PAYMENT_METHODS)  # the codes, in the settlement's order
LINE_FIELDS = ("seq", "kind", "bill_month", "arrears_id", "fee_code")
LINE_MONEY = ("principal", "late_fee", "amount")


def moment(at: datetime | None) -> str | None:
    if at is None:
        return None
    if at.tzinfo is None:  # naive: UTC, as the store keeps it
        at = at.replace(tzinfo=UTC)
    return at.astimezone(UTC).replace(microsecond=0).isoformat()


def money(value: Decimal | int | str | None) -> str | None:
    return None if value is None else f"{Decimal(value):.2f}"


def line_detail(line: Any) -> dict[str, Any]:
    """One receipt line: what it is, which bill it settles, how much."""
    out = {name: getattr(line, name) for name in LINE_FIELDS}
    out.update((name, money(getattr(line, name))) for name in LINE_MONEY)
    return out


def payment_take(payment: Any, account_no: str, lines: Iterable[Any]) -> dict[str, Any]:
    """``payment.take``: the whole payment with its lines (in seq order)."""
    return {
        "account": account_no,
        "total": money(payment.total),
        "method": payment.method,
        "clerk": payment.clerk_id,
        "counter": payment.counter,
        "paid_at": moment(payment.paid_at),
        "check_code": payment.check_code,
        "tendered": money(payment.tendered),
        "change": money(payment.change),
        "lines": [line_detail(line) for line in sorted(lines, key=lambda x: x.seq)],
        # 计入次日: the 日结 day when it is not the day paid (None otherwise).
        "settle_day": _day(getattr(payment, "settle_day", None)),
    }


def payment_void(payment: Any, supervisor_username: str) -> dict[str, Any]:
    """``payment.void``: who signed it, when, why (the entry's user is the clerk)."""
    return {
        "reason": (payment.void_reason or "")[:200],
        "supervisor": supervisor_username,
        "supervisor_id": payment.voided_by,
        "voided_at": moment(payment.voided_at),
        "total": money(payment.total),
    }


def receipt_reprint(copy_no: int, reason: str) -> dict[str, Any]:
    """``receipt.reprint``: the copy's number and why (the entry's user and time are the
    reprint's)."""
    return {"copy": copy_no, "reason": reason[:200]}


def settlement_close(
    settlement: Any, supervisor_username: str, by_method: dict[str, Decimal]
) -> dict[str, Any]:
    """``settlement.close``: the figures signed off, with the valid payments' sums by
    method and their count."""
    return {
        "expected": money(settlement.expected_cash),
        "counted": money(settlement.counted_cash),
        "difference": money(settlement.difference),
        "non_cash": money(settlement.non_cash_total),
        "supervisor": supervisor_username,
        "supervisor_id": settlement.signed_off_by,
        "day": settlement.day.isoformat(),
        "payments": settlement.payment_count,
        "by_method": {m: money(by_method.get(m, Decimal(0))) for m in METHODS},
    }


def settlement_reopen(settlement: Any, supervisor_username: str) -> dict[str, Any]:
    """``settlement.reopen``: who reopened the clerk-day, when and why (the entry's user
    is the clerk, as for the close)."""
    return {
        "day": settlement.day.isoformat(),
        "round": settlement.round_no,
        "supervisor": supervisor_username,
        "supervisor_id": settlement.reopened_by,
        "reopened_at": moment(settlement.reopened_at),
        "reason": settlement.reopen_reason,
    }


def arrears_state(amount_due: Decimal, due_date: date, paid_elsewhere: Decimal, status: str) -> str:
    """One arrears row as an import leaves it, compactly."""
    return f"{money(amount_due)}|{due_date.isoformat()}|{money(paid_elsewhere)}|{status}"


def arrears_line(arrears_id: int, state: str) -> str:
    return f"{arrears_id}:{state}\n"


def arrears_rows(rows: Iterable[Any]) -> str:
    """``arrears.import`` (and the demo's and training store's bills): each arrears id
    with the state it was given, a line "id:state" each. amount_paid is not in it: it
    is paid_elsewhere plus the valid receipts here, which the check adds up.

    One text, not an object keyed by id: a county's list (100,000 bills, ~4 MB) then
    costs its size to hold and hash, where an object of 100,000 keys took ~45 MB more
    at its peak (the JSON encoder's pieces), past the import's memory budget."""
    return "".join(
        arrears_line(a.id, arrears_state(a.amount_due, a.due_date, a.paid_elsewhere, a.status))
        for a in rows
    )


def arrears_given(value: Any) -> Iterator[tuple[int, str]]:
    """(arrears id, state) from an entry's "arrears": the lines above, or the object
    {id: state} that entries written before 2026-12 carry."""
    if isinstance(value, dict):
        for key, state in value.items():
            if isinstance(key, str) and key.isdigit():
                yield int(key), str(state)
    elif isinstance(value, str):
        for line in value.splitlines():
            key, _, state = line.partition(":")
            if key.isdigit():
                yield int(key), state


def record_bills(session: Session, at: datetime, label: str, bills: Iterable[Any]) -> None:
    """An ``arrears.seed`` entry for bills written other than from HQ's list (the
    training store's exercises, test fixtures), so that check can match them."""
    session.flush()  # their ids
    rows = list(bills)
    detail = {"rows": len(rows), "arrears": arrears_rows(rows)}
    audit.record(session, at, None, "arrears.seed", "arrears", label[:60], detail)


def _day(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None
