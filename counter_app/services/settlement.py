"""The daily cash settlement (日结): a blind count, the comparison, a supervisor's sign-off.

The clerk counts the drawer by denomination before seeing what the app
expects; only then are expected and counted shown side by side. Once signed
off, that clerk-day's payments are locked: no more voids.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import select, update

from counter_app.domain.clock import local_date, local_naive
from counter_app.printing.documents import SettlementReport
from counter_app.resources import resource
from counter_app.services import audit, audit_details
from counter_app.services.auth import UserInfo
from counter_app.services.context import AppContext
from counter_app.services.errors import NotFound, UserError
from counter_app.services.payments import METHODS, day_bounds
from counter_app.services.sequences import next_number
from counter_app.store.models import (
    Account,
    AuditEntry,
    Hall,
    Payment,
    Reprint,
    Settlement,
    User,
)

ZERO = Decimal("0.00")


def denominations() -> list[tuple[str, Decimal]]:
    """面额 from resources/fees.toml [cash]: label and value, largest first."""
    data = tomllib.loads(resource("fees.toml").read_text(encoding="utf-8"))
    out = []
    for text in data.get("cash", {}).get("denominations", []):
        try:
            value = Decimal(str(text))
        except InvalidOperation:
            raise UserError("fees.toml 中的面额“{text}”不是数字", text=text) from None
        if value >= 1:
            label = f"{value.normalize():f}元"
        elif value >= Decimal("0.1"):
            label = f"{(value * 10).normalize():f}角"
        else:
            label = f"{(value * 100).normalize():f}分"
        out.append((label, value))
    return sorted(out, key=lambda pair: pair[1], reverse=True)


@dataclass(frozen=True)
class DayFigures:
    day: date
    expected_cash: Decimal
    counted_cash: Decimal
    by_method: tuple[tuple[str, int, Decimal], ...]  # method name, count, sum (valid only)
    payment_count: int
    void_count: int

    @property
    def difference(self) -> Decimal:
        return self.counted_cash - self.expected_cash

    @property
    def non_cash(self) -> Decimal:
        return sum((total for name, _n, total in self.by_method if name != METHODS["cash"]), ZERO)


def counted_total(counts: Mapping[str, int]) -> Decimal:
    values = dict(denominations())
    total = ZERO
    for label, count in counts.items():
        if label not in values:
            raise UserError("未知的面额：{label}", label=label)
        if not isinstance(count, int) or count < 0:
            raise UserError("{label}的张数应为非负整数", label=label)
        total += values[label] * count
    return total.quantize(Decimal("0.01"))


def figures(ctx: AppContext, clerk: UserInfo, day: date, counts: Mapping[str, int]) -> DayFigures:
    """Expected against counted; shown only after the blind count was entered."""
    counted = counted_total(counts)
    start, end = day_bounds(day)
    with ctx.read() as s:
        rows = s.scalars(
            select(Payment).where(
                Payment.clerk_id == clerk.id, Payment.paid_at >= start, Payment.paid_at < end
            )
        ).all()
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
    return DayFigures(day, expected, counted, by_method, len(valid), len(rows) - len(valid))


def close_day(
    ctx: AppContext,
    clerk: UserInfo,
    day: date,
    counts: Mapping[str, int],
    reason: str,
    supervisor: UserInfo,
) -> str:
    """Sign off the clerk-day; its payments are locked from now on. Returns the number."""
    if not supervisor.is_supervisor:
        raise UserError("日结须由值班长复核")
    if supervisor.id == clerk.id and not supervisor.is_admin:
        raise UserError("日结须由另一位值班长复核")
    numbers = figures(ctx, clerk, day, counts)
    if numbers.difference != 0 and not reason.strip():
        raise UserError(
            "现金差额 {difference:+,.2f} 元，须填写差异说明", difference=numbers.difference
        )
    now = ctx.clock()
    start, end = day_bounds(day)
    with ctx.write() as s:
        hall = s.scalar(select(Hall).order_by(Hall.id).limit(1))
        assert hall is not None
        if s.scalar(
            select(Settlement.id).where(Settlement.clerk_id == clerk.id, Settlement.day == day)
        ):
            raise UserError("{day} 已经日结", day=day)
        number = next_number(s, f"settlement:{hall.code}:{day:%Y%m%d}")
        settlement = Settlement(
            settlement_no=f"{hall.code}-RJ{day:%Y%m%d}-{number:03d}",
            hall_id=hall.id,
            clerk_id=clerk.id,
            day=day,
            expected_cash=numbers.expected_cash,
            counted_cash=numbers.counted_cash,
            difference=numbers.difference,
            non_cash_total=numbers.non_cash,
            payment_count=numbers.payment_count,
            difference_reason=reason.strip(),
            denominations=dict(counts),
            signed_off_by=supervisor.id,
            signed_at=now,
            created_at=now,
            updated_at=now,
        )
        s.add(settlement)
        s.flush()
        s.execute(
            update(Payment)
            .where(Payment.clerk_id == clerk.id, Payment.paid_at >= start, Payment.paid_at < end)
            .values(settlement_id=settlement.id)
        )
        audit.record(
            s,
            now,
            clerk.id,
            "settlement.close",
            "settlement",
            settlement.settlement_no,
            audit_details.settlement_close(
                settlement,
                supervisor.username,
                {code: sums[2] for code, sums in zip(METHODS, numbers.by_method, strict=True)},
            ),
        )
        return settlement.settlement_no


def is_settled(ctx: AppContext, clerk: UserInfo, day: date) -> bool:
    with ctx.read() as s:
        return (
            s.scalar(
                select(Settlement.id).where(Settlement.clerk_id == clerk.id, Settlement.day == day)
            )
            is not None
        )


def report(ctx: AppContext, settlement_no: str, training: bool = False) -> SettlementReport:
    with ctx.read() as s:
        st = s.scalar(select(Settlement).where(Settlement.settlement_no == settlement_no))
        if st is None:
            raise NotFound("找不到日结 {settlement_no}", settlement_no=settlement_no)
        hall = s.get_one(Hall, st.hall_id)
        clerk = s.get_one(User, st.clerk_id)
        supervisor = s.get_one(User, st.signed_off_by)
        start, end = day_bounds(st.day)
        rows = s.execute(
            select(Payment, Account.account_no)
            .join(Account, Account.id == Payment.account_id)
            .where(Payment.clerk_id == st.clerk_id, Payment.paid_at >= start, Payment.paid_at < end)
            .order_by(Payment.paid_at)
        ).all()
        voiders = {u.id: u.display_name for u in s.scalars(select(User))}
        reprints = {r.payment_id: r for r in s.scalars(select(Reprint).order_by(Reprint.id))}
        values = dict(denominations())
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
    from counter_app.printing.reports import render_settlement_report

    return render_settlement_report(
        report(ctx, settlement_no), folder / f"日结报表_{settlement_no}.pdf"
    )


def today(ctx: AppContext) -> date:
    return local_date(ctx.clock())
