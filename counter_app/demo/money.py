"""Money after the rest: HQ's samples imported through the app's own import, then
arrears, each day's payments with receipts, reprints, voids and settlements, and the
ledger (arrears paid, prepaid balances) as the payments left it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

from sqlalchemy import bindparam, update

from counter_app.demo.audit_chain import payment_audit
from counter_app.demo.bills import PayPlan, arrears_rows
from counter_app.demo.hall import CLOSES
from counter_app.demo.rows import bump, insert_rows, max_id, table_of
from counter_app.demo.settlement import DaySettled, settle_day
from counter_app.demo.till import Till
from counter_app.domain.clock import HALL_TZ, local_date
from counter_app.domain.numbers import RECEIPTS
from counter_app.resources import resource
from counter_app.services import audit, audit_details, hq_imports, payments
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.services.payments import ZERO
from counter_app.store.models import (
    Account,
    Arrears,
    AuditEntry,
    Hall,
    Payment,
    PaymentLine,
    Reprint,
    Settlement,
    VisitItem,
)
from counter_app.store.types import Money, UTCDateTime

FEE_SCHEDULE_SAMPLE = ("samples", "fee_schedule_sample.xlsx")
ARREARS_SAMPLE = ("samples", "arrears_sample.xlsx")


@dataclass
class MoneyCounts:
    payments: int = 0  # valid
    voids: int = 0
    reprinted: int = 0
    lines: int = 0
    total: Decimal = ZERO
    by_method: dict[str, int] = field(default_factory=dict)
    arrears: int = 0
    debtors: int = 0
    arrears_open: int = 0
    arrears_overdue: int = 0
    settlements: int = 0
    differences: int = 0
    fee_items: int = 0
    sample_rows: int = 0


def import_samples(
    ctx: AppContext, admin: UserInfo | None, arrears: bool, counts: MoneyCounts
) -> None:
    """HQ's sample fee schedule (and arrears list), through the app's own import."""
    fees_book = hq_imports.import_fee_schedule(ctx, admin, resource(*FEE_SCHEDULE_SAMPLE))
    counts.fee_items = fees_book.items_added + fees_book.items_updated + fees_book.items_unchanged
    if arrears:
        summary = hq_imports.import_arrears(ctx, admin, resource(*ARREARS_SAMPLE))
        counts.sample_rows = summary.rows


def fill_money(
    ctx: AppContext,
    money: PayPlan,
    hall: HallInfo,
    users: list[UserInfo],
    staff: list[int],
    windows: list[tuple[date, datetime, datetime, float]],
    now: datetime,
    counts: MoneyCounts,
    say: Callable[[str], None],
) -> None:
    """Arrears for the debtors, then each day's payments, receipts and settlements."""
    rng = money.rng
    today = local_date(now)
    first_day = windows[0][0]
    arrears_t, payments_t, lines_t = table_of(Arrears), table_of(Payment), table_of(PaymentLine)
    reprints_t, settlements_t, accounts_t = (
        table_of(Reprint),
        table_of(Settlement),
        table_of(Account),
    )
    audit_t = table_of(AuditEntry)
    usernames = {u.id: u.username for u in users}
    supervisors = [u.id for u in users if u.role == "supervisor" and u.active]
    admin = next((u.id for u in users if u.is_admin and u.active), None)

    def signer(clerk: int) -> int:
        """Another supervisor signs; the admin when the clerk is the only one."""
        others = [u for u in supervisors if u != clerk]
        return others[0] if others else (admin if admin is not None else clerk)

    items = {
        i.code: i
        for i in hq_imports.current_fee_items(ctx, today)
        if i.method == "固定" and i.valid_from <= first_day
    }
    till = Till(rng, ctx.rules.fees.late_fee, items, staff, signer, now)
    denominations = list(ctx.rules.fees.denominations)
    with ctx.write() as s:
        secret = s.get_one(Hall, hall.id).secret
        rows = arrears_rows(money, max_id(s, arrears_t) + 1, now)
        insert_rows(s, arrears_t, rows)
        if rows:  # as an HQ list would have brought them: what check compares them with
            bills = [SimpleNamespace(**row, paid_elsewhere=ZERO) for row in rows]
            detail = {"rows": len(rows), "arrears": audit_details.arrears_rows(bills)}
            audit.record(s, now, None, "arrears.seed", "arrears", "演示数据", detail)
    counts.arrears += len(rows)
    counts.debtors += len(money.payers) + len(money.debtors)
    total_visits = sum(len(v) for v in money.by_day.values())
    done = shown = 0
    for day, _start, _end, _weight in windows:
        visits = sorted(money.by_day.get(day, ()), key=lambda v: (v.at, v.visit_id))
        if not visits:
            continue
        closes = datetime.combine(day, CLOSES, HALL_TZ).astimezone(UTC)
        pays = [pay for visit in visits for pay in till.take(visit, day, closes)]
        pays.sort(key=lambda p: (p.at, p.visit.visit_id))
        with ctx.write() as s:
            next_payment = max_id(s, payments_t) + 1
            settled = (
                settle_day(s, rng, hall, day, pays, denominations, signer)
                if day < today
                else DaySettled()
            )
            counts.settlements += len(settled.rows)
            counts.differences += settled.differences
            settlement_of = settled.of_clerk
            per_counter: dict[str, int] = {}
            for pay in pays:
                per_counter[pay.visit.counter] = per_counter.get(pay.visit.counter, 0) + 1
            bases = {
                counter: bump(s, RECEIPTS.sequence_name(hall.code, day, counter), n)
                for counter, n in sorted(per_counter.items())
            }
            payment_rows: list[dict[str, Any]] = []
            line_rows: list[dict[str, Any]] = []
            reprint_rows: list[dict[str, Any]] = []
            item_rows: list[dict[str, Any]] = []  # the visit each receipt belongs to
            for k, pay in enumerate(pays):
                counter = pay.visit.counter
                bases[counter] += 1
                receipt_no = RECEIPTS.format(hall.code, bases[counter], day, counter)
                pay_id = next_payment + k
                total = pay.total
                updated = max(
                    [pay.at, *([pay.voided_at] if pay.voided_at else [])]
                    + [at for at, _u, _r in pay.reprints]
                )
                taken = payments.payment_fields(
                    secret, receipt_no, total, pay.method, pay.reference, pay.tendered
                )
                payment_rows.append(
                    taken
                    | {
                        "id": pay_id,
                        "hall_id": hall.id,
                        "counter": counter,
                        "clerk_id": pay.visit.clerk,
                        "account_id": pay.visit.payer.acct.id,
                        "visit_id": pay.visit.visit_id,
                        "paid_at": pay.at,
                        # What happened to it after: voided, reprinted, settled.
                        "status": pay.status,
                        "void_reason": pay.void_reason,
                        "voided_at": pay.voided_at,
                        "voided_by": pay.voided_by,
                        "reprint_count": len(pay.reprints),
                        "settlement_id": settlement_of.get(pay.visit.clerk),
                        "updated_at": updated,
                    }
                )
                line_rows += [
                    {"payment_id": pay_id, **payments.line_fields(seq, line)}
                    for seq, line in enumerate(pay.lines, start=1)
                ]
                item_rows.append(
                    {
                        "visit_id": pay.visit.visit_id,
                        "kind": "payment",
                        "ref": receipt_no,
                        "created_at": pay.at,
                    }
                )
                for copy, (at, user, reason) in enumerate(pay.reprints, start=1):
                    reprint_rows.append(
                        {
                            "payment_id": pay_id,
                            "copy_no": copy,
                            "at": at,
                            "user_id": user,
                            "reason": reason,
                        }
                    )
                if pay.status == "valid":
                    counts.payments += 1
                    counts.total += total
                    counts.by_method[pay.method] = counts.by_method.get(pay.method, 0) + 1
                else:
                    counts.voids += 1
                counts.reprinted += bool(pay.reprints)
            counts.lines += len(line_rows)
            insert_rows(s, settlements_t, settled.rows)
            insert_rows(s, payments_t, payment_rows)
            closed = [(row, settled.sums[row["clerk_id"]]) for row in settled.rows]
            entries = payment_audit(s, pays, payment_rows, line_rows, closed, usernames)
            insert_rows(s, audit_t, entries)
            insert_rows(s, lines_t, line_rows)
            insert_rows(s, reprints_t, reprint_rows)
            insert_rows(s, table_of(VisitItem), item_rows)
        done += len(visits)
        if done * 10 >= (shown + 1) * total_visits or done == total_visits:
            shown = done * 10 // total_visits
            say(f"收费 {done}/{total_visits}（{day.isoformat()}）")

    # The ledger as the payments left it: arrears paid, prepaid balances.
    everyone = money.payers + money.debtors
    paid = [
        {"b_id": b.id, "b_paid": b.paid, "b_at": b.touched}
        for p in everyone
        for b in p.bills
        if b.touched is not None
    ]
    prepaid = [
        {"b_id": p.acct.id, "b_prepaid": p.prepaid, "b_at": p.touched}
        for p in everyone
        if p.touched is not None
    ]
    with ctx.write() as s:
        conn = s.connection()
        if paid:
            conn.execute(
                update(arrears_t)
                .where(arrears_t.c.id == bindparam("b_id"))
                .values(
                    amount_paid=bindparam("b_paid", type_=Money()),
                    updated_at=bindparam("b_at", type_=UTCDateTime()),
                ),
                paid,
            )
        if prepaid:
            conn.execute(
                update(accounts_t)
                .where(accounts_t.c.id == bindparam("b_id"))
                .values(
                    prepaid=accounts_t.c.prepaid + bindparam("b_prepaid", type_=Money()),
                    updated_at=bindparam("b_at", type_=UTCDateTime()),
                ),
                prepaid,
            )
    for p in everyone:
        for b in p.bills:
            if b.owed > 0:
                counts.arrears_open += 1
                counts.arrears_overdue += b.due < today
