"""The daily cash settlement (日结): a blind count, the comparison, a supervisor's sign-off.

The clerk counts the drawer by denomination before seeing what the app
expects; only then are expected and counted shown side by side. Each comparison
is recorded (``compare_count``: attempt 1, 2, …) and never changed: a recount is
a new attempt. The supervisor signs off the latest attempt (``close_day``), in
one transaction that holds the clerk's till (services/till.py); from then on
that clerk-day's payments are locked: no more payments, no more voids.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session

from counter_app.domain.clock import local_date, local_naive
from counter_app.domain.numbers import SETTLEMENTS
from counter_app.domain.permissions import ADMIN, may
from counter_app.printing import printouts
from counter_app.printing.documents import SettlementReport
from counter_app.services import audit, audit_details
from counter_app.services.auth import UserInfo
from counter_app.services.authz import require
from counter_app.services.context import AppContext
from counter_app.services.errors import NotFound, PermissionDenied, UserError
from counter_app.services.payments import METHODS, day_bounds, day_settled
from counter_app.services.sequences import next_number
from counter_app.services.till import lock_till
from counter_app.store.models import (
    Account,
    AuditEntry,
    Hall,
    Payment,
    Reprint,
    Settlement,
    SettlementCount,
    User,
)

ZERO = Decimal("0.00")
ID_BATCH = 500  # payment ids per UPDATE … IN (…): well under any driver's parameter limit


@dataclass(frozen=True)
class DayFigures:
    day: date
    expected_cash: Decimal
    counted_cash: Decimal
    by_method: tuple[tuple[str, int, Decimal], ...]  # method name, count, sum (valid only)
    payment_count: int
    void_count: int
    attempt_no: int = 0  # the recorded count these figures were shown for; 0: none

    @property
    def difference(self) -> Decimal:
        return self.counted_cash - self.expected_cash

    @property
    def non_cash(self) -> Decimal:
        return sum((total for name, _n, total in self.by_method if name != METHODS["cash"]), ZERO)

    @property
    def totals_by_method(self) -> dict[str, Decimal]:
        """Method code -> the valid payments' sum, as the settlement's audit entry has it."""
        return {code: sums[2] for code, sums in zip(METHODS, self.by_method, strict=True)}


@dataclass(frozen=True)
class CountAttempt:
    """One recorded blind count and the expected cash shown against it."""

    attempt_no: int
    counts: Mapping[str, int]
    counted_cash: Decimal
    expected_cash: Decimal
    compared_at: datetime
    settled: bool

    @property
    def difference(self) -> Decimal:
        return self.counted_cash - self.expected_cash


def counted_total(ctx: AppContext, counts: Mapping[str, int]) -> Decimal:
    """The cash counted, by denomination label (ctx.rules.fees.denominations)."""
    return cash_total(ctx.rules.fees.denominations, counts)


def cash_total(denominations: Sequence[tuple[str, Decimal]], counts: Mapping[str, int]) -> Decimal:
    """The cash in ``counts`` (label → pieces) at these denominations' values."""
    values = dict(denominations)
    total = ZERO
    for label, count in counts.items():
        if label not in values:
            raise UserError("未知的面额：{label}", label=label)
        if not isinstance(count, int) or count < 0:
            raise UserError("{label}的张数应为非负整数", label=label)
        total += values[label] * count
    return total.quantize(Decimal("0.01"))


@dataclass(frozen=True)
class PaidRow:
    """What the figures need of a payment (plain columns: a large day loads fast)."""

    id: int
    status: str
    method: str
    total: Decimal


def _day_payments(s: Session, clerk_id: int, day: date) -> list[PaidRow]:
    """The payments the clerk-day's 日结 counts: those paid that day, but for any taken
    into the next day's (计入次日), and those taken into this one from the day before."""
    start, end = day_bounds(day)
    paid_that_day = and_(
        Payment.settle_day.is_(None), Payment.paid_at >= start, Payment.paid_at < end
    )
    rows = s.execute(
        select(Payment.id, Payment.status, Payment.method, Payment.total)
        .where(Payment.clerk_id == clerk_id, or_(paid_that_day, Payment.settle_day == day))
        .order_by(Payment.id)
    ).tuples()
    return [PaidRow(*row) for row in rows]


def day_figures(
    rows: Sequence[PaidRow], day: date, counted: Decimal, attempt_no: int
) -> DayFigures:
    valid = [p for p in rows if p.status == "valid"]
    by_method = tuple(
        (
            name,
            sum(1 for p in valid if p.method == code),
            sum((p.total for p in valid if p.method == code), ZERO),
        )
        for code, name in METHODS.items()
    )
    expected = sum((p.total for p in valid if p.method == "cash"), ZERO)
    return DayFigures(
        day, expected, counted, by_method, len(valid), len(rows) - len(valid), attempt_no
    )


def settlement_fields(
    numbers: DayFigures, reason: str, counts: Mapping[str, int]
) -> dict[str, Any]:
    """A Settlement's figures, as close_day writes them (and the demo, in bulk)."""
    return {
        "expected_cash": numbers.expected_cash,
        "counted_cash": numbers.counted_cash,
        "difference": numbers.difference,
        "non_cash_total": numbers.non_cash,
        "payment_count": numbers.payment_count,
        "difference_reason": reason,
        "denominations": dict(counts),
    }


def figures(ctx: AppContext, clerk: UserInfo, day: date, counts: Mapping[str, int]) -> DayFigures:
    """Expected against counted, recorded nowhere: for tools that stage a day. The
    screen compares through ``compare_count``, which keeps the attempt."""
    counted = counted_total(ctx, counts)
    with ctx.read() as s:
        return day_figures(_day_payments(s, clerk.id, day), day, counted, 0)


def compare_count(
    ctx: AppContext,
    clerk: UserInfo,
    day: date,
    counts: Mapping[str, int],
    by_user: UserInfo,
) -> DayFigures:
    """Record a blind count (attempt 1, 2, …) with the expected cash it is shown against.

    The attempt is never changed afterwards: a recount is the next attempt, and
    the settlement signs off the latest one.
    """
    counted = counted_total(ctx, counts)
    now = ctx.clock()
    with ctx.write() as s:
        counter = require(s, by_user, "settlement.count", now)
        if by_user.id != clerk.id and not may(counter.role, "settlement.sign_off"):
            raise PermissionDenied("只能清点自己的钱箱")
        lock_till(s, clerk.id)  # the expected cash is the till's as of this moment
        if day_settled(s, clerk.id, day):
            raise UserError("{day} 已经日结", day=day)
        numbers = day_figures(_day_payments(s, clerk.id, day), day, counted, 0)
        last = s.scalar(
            select(func.max(SettlementCount.attempt_no)).where(
                SettlementCount.clerk_id == clerk.id, SettlementCount.day == day
            )
        )
        attempt_no = (last or 0) + 1
        s.add(
            SettlementCount(
                clerk_id=clerk.id,
                day=day,
                attempt_no=attempt_no,
                denominations=dict(counts),
                counted_cash=counted,
                expected_cash=numbers.expected_cash,
                compared_at=now,
                compared_by=by_user.id,
                settlement_id=None,
            )
        )
        audit.record(
            s,
            now,
            by_user.id,
            "settlement.count",
            "settlement_count",
            f"{clerk.username}/{day:%Y%m%d}/{attempt_no}",
            {
                "clerk": clerk.username,
                "day": day.isoformat(),
                "attempt": attempt_no,
                "counted": f"{counted:.2f}",
                "expected": f"{numbers.expected_cash:.2f}",
            },
        )
    return dataclasses.replace(numbers, attempt_no=attempt_no)


def _attempt_rows(s: Session, clerk_id: int, day: date) -> list[SettlementCount]:
    return list(
        s.scalars(
            select(SettlementCount)
            .where(SettlementCount.clerk_id == clerk_id, SettlementCount.day == day)
            .order_by(SettlementCount.attempt_no)
        )
    )


def _attempt(row: SettlementCount) -> CountAttempt:
    return CountAttempt(
        row.attempt_no,
        {label: int(n) for label, n in row.denominations.items()},
        row.counted_cash,
        row.expected_cash,
        row.compared_at,
        row.settlement_id is not None,
    )


def attempts(ctx: AppContext, clerk: UserInfo, day: date) -> list[CountAttempt]:
    """The clerk-day's recorded counts, first to latest."""
    with ctx.read() as s:
        return [_attempt(row) for row in _attempt_rows(s, clerk.id, day)]


def close_day(
    ctx: AppContext,
    clerk: UserInfo,
    day: date,
    reason: str,
    supervisor: UserInfo,
) -> str:
    """Sign off the clerk-day's latest blind count; its payments are locked from now on.

    One write transaction, the till lock first: the figures are read, the
    settlement written and exactly the payments read are marked as its own, so
    a payment racing the cut is either counted or refused as 已日结.
    Returns the settlement number.
    """
    now = ctx.clock()
    with ctx.write() as s:
        boss = require(s, supervisor, "settlement.sign_off", now)
        if boss.id == clerk.id and boss.role != ADMIN:
            raise UserError("日结须由另一位值班长复核")
        lock_till(s, clerk.id)
        hall = s.scalar(select(Hall).order_by(Hall.id).limit(1))
        assert hall is not None
        if day_settled(s, clerk.id, day):
            raise UserError("{day} 已经日结", day=day)
        # The counts since the last sign-off (a reopened day is counted again).
        counts = [c for c in _attempt_rows(s, clerk.id, day) if c.settlement_id is None]
        if not counts:
            raise UserError("请先清点现金并核对金额，再日结")
        rounds = s.scalar(
            select(func.max(Settlement.round_no)).where(
                Settlement.clerk_id == clerk.id, Settlement.day == day
            )
        )
        latest = counts[-1]
        rows = _day_payments(s, clerk.id, day)
        numbers = day_figures(rows, day, latest.counted_cash, latest.attempt_no)
        if numbers.expected_cash != latest.expected_cash:
            raise UserError(
                "核对后应收现金已由 {shown:,.2f} 元变为 {now:,.2f} 元，请重新清点并核对",
                shown=latest.expected_cash,
                now=numbers.expected_cash,
            )
        if numbers.difference != 0 and not reason.strip():
            raise UserError(
                "现金差额 {difference:+,.2f} 元，须填写差异说明", difference=numbers.difference
            )
        number = next_number(s, SETTLEMENTS.sequence_name(hall.code, day))
        settlement = Settlement(
            settlement_no=SETTLEMENTS.format(hall.code, number, day),
            hall_id=hall.id,
            clerk_id=clerk.id,
            day=day,
            round_no=(rounds or 0) + 1,
            **settlement_fields(numbers, reason.strip(), latest.denominations),
            signed_off_by=supervisor.id,
            signed_at=now,
            created_at=now,
            updated_at=now,
        )
        s.add(settlement)
        s.flush()
        # By id: exactly the rows the figures were made of (valid and voided), none later.
        ids = [p.id for p in rows]
        for at in range(0, len(ids), ID_BATCH):
            s.execute(
                update(Payment)
                .where(Payment.id.in_(ids[at : at + ID_BATCH]))
                .values(settlement_id=settlement.id)
                .execution_options(synchronize_session=False)  # no Payment is loaded here
            )
        s.execute(
            update(SettlementCount)
            .where(SettlementCount.id.in_([c.id for c in counts]))
            .values(settlement_id=settlement.id)
        )
        audit.record(
            s,
            now,
            clerk.id,
            "settlement.close",
            "settlement",
            settlement.settlement_no,
            {
                **audit_details.settlement_close(
                    settlement, supervisor.username, numbers.totals_by_method
                ),
                "voids": numbers.void_count,
                "attempts": len(counts),
            },
        )
        return settlement.settlement_no


def reopen_day(
    ctx: AppContext, clerk: UserInfo, day: date, reason: str, supervisor: UserInfo
) -> str:
    """重开日结: the clerk-day's settlement is kept as a record, marked reopened by the
    supervisor with the reason; the day takes payments again and must be counted and
    settled anew (a new settlement, the next round). Returns the reopened number."""
    now = ctx.clock()
    with ctx.write() as s:
        boss = require(s, supervisor, "settlement.reopen", now)
        if boss.id == clerk.id and boss.role != ADMIN:
            raise UserError("重开日结须由另一位值班长授权")
        if not reason.strip():
            raise UserError("请填写重开日结的原因", "reason")
        lock_till(s, clerk.id)  # no payment or settlement of this till meanwhile
        st = s.scalar(
            select(Settlement).where(
                Settlement.clerk_id == clerk.id,
                Settlement.day == day,
                Settlement.reopened_at.is_(None),
            )
        )
        if st is None:
            raise UserError("{day} 尚未日结，无需重开", day=day)
        st.reopened_at, st.reopened_by = now, boss.id
        st.reopen_reason = reason.strip()[:300]
        st.updated_at = now
        audit.record(
            s,
            now,
            clerk.id,
            "settlement.reopen",
            "settlement",
            st.settlement_no,
            audit_details.settlement_reopen(st, boss.username),
        )
        return st.settlement_no


def is_settled(ctx: AppContext, clerk: UserInfo, day: date) -> bool:
    with ctx.read() as s:
        return day_settled(s, clerk.id, day)


def report(ctx: AppContext, settlement_no: str, training: bool = False) -> SettlementReport:
    with ctx.read() as s:
        st = s.scalar(select(Settlement).where(Settlement.settlement_no == settlement_no))
        if st is None:
            raise NotFound("找不到日结 {settlement_no}", settlement_no=settlement_no)
        hall = s.get_one(Hall, st.hall_id)
        clerk = s.get_one(User, st.clerk_id)
        supervisor = s.get_one(User, st.signed_off_by)
        # The payments the settlement holds, not those of a time range: the same rows.
        rows = s.execute(
            select(Payment, Account.account_no)
            .join(Account, Account.id == Payment.account_id)
            .where(Payment.settlement_id == st.id)
            .order_by(Payment.paid_at, Payment.id)
        ).all()
        tries = s.scalars(
            select(SettlementCount)
            .where(SettlementCount.settlement_id == st.id)
            .order_by(SettlementCount.attempt_no)
        ).all()
        voiders = {u.id: u.display_name for u in s.scalars(select(User))}
        reprints = {r.payment_id: r for r in s.scalars(select(Reprint).order_by(Reprint.id))}
        values = dict(ctx.rules.fees.denominations)
        counted = tuple(
            (label, int(count), (values.get(label, ZERO) * int(count)).quantize(Decimal("0.01")))
            for label, count in st.denominations.items()
        )
        valid = [p for p, _a in rows if p.status == "valid"]
        by_method = tuple(
            (
                name,
                sum(1 for p in valid if p.method == code),
                sum((p.total for p in valid if p.method == code), ZERO),
            )
            for code, name in METHODS.items()
        )
        head = s.execute(
            select(AuditEntry.id, AuditEntry.hash)
            .where(AuditEntry.action == "settlement.close", AuditEntry.entity_id == settlement_no)
            .order_by(AuditEntry.id.desc())
            .limit(1)
        ).first()
        return SettlementReport(
            anchor=f"{head.id}:{head.hash[:16]}" if head else "",
            hall_name=hall.name,
            settlement_no=st.settlement_no,
            day=st.day,
            clerk=f"{clerk.display_name}（{clerk.staff_no}）",
            counted_by_denomination=counted,
            expected_cash=st.expected_cash,
            counted_cash=st.counted_cash,
            difference=st.difference,
            difference_reason=st.difference_reason,
            totals_by_method=by_method,
            count_attempts=tuple(
                (c.attempt_no, local_naive(c.compared_at), c.counted_cash, c.expected_cash)
                for c in tries
            ),
            receipts=tuple(
                (
                    p.receipt_no,
                    local_naive(p.paid_at).strftime("%H:%M"),
                    acct,
                    p.total,
                    "作废" if p.status == "void" else "正常",
                )
                for p, acct in rows
            ),
            voids=tuple(
                (p.receipt_no, p.void_reason, voiders.get(p.voided_by or 0, ""))
                for p, _a in rows
                if p.status == "void"
            ),
            reprints=tuple(
                (p.receipt_no, p.reprint_count, reprints[p.id].reason)
                for p, _a in rows
                if p.reprint_count and p.id in reprints
            ),
            signed_off_by=f"{supervisor.display_name}（{supervisor.staff_no}）",
            signed_at=local_naive(st.signed_at),
            training=training or ctx.training,
        )


def print_report(ctx: AppContext, settlement_no: str, folder: Path) -> Path:
    from counter_app.printing.settlement_report import render_settlement_report

    return render_settlement_report(
        report(ctx, settlement_no),
        printouts.file_for(folder, printouts.SETTLEMENT_REPORT, settlement_no),
    )


def today(ctx: AppContext) -> date:
    return local_date(ctx.clock())
