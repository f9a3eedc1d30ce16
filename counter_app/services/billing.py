"""The bill explainer: consumption in, the tiered tariff applied tier by tier out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from counter_app.domain import tariff
from counter_app.domain.clock import local_date
from counter_app.domain.text import message_of
from counter_app.printing import printouts
from counter_app.printing.documents import BillExplainerDoc
from counter_app.services.context import AppContext
from counter_app.services.errors import UserError
from counter_app.store.models import Hall, TariffTier

EXAMPLE = "示例阶梯（浙江居民，见 domain.md），总部下发电价后以下发为准"


@dataclass(frozen=True)
class Explained:
    category: str
    consumption_kwh: int
    already_used_kwh: int
    lines: tuple[tuple[str, int, Decimal, Decimal], ...]  # 档位, kWh, price, amount
    total: Decimal
    note: str
    source: str


def categories(ctx: AppContext) -> list[str]:
    with ctx.read() as s:
        found = list(
            s.scalars(select(TariffTier.category).distinct().order_by(TariffTier.category))
        )
    return found or ["居民（示例）"]


def tiers_for(ctx: AppContext, category: str, on: date) -> tuple[list[tariff.Tier], str]:
    """The tiers in force on a day, from HQ's fee schedule; the example when none came yet."""
    with ctx.read() as s:
        start = s.scalar(
            select(func.max(TariffTier.valid_from)).where(
                TariffTier.category == category, TariffTier.valid_from <= on
            )
        )
        if start is None:
            return tariff.example_tiers(), EXAMPLE
        rows = s.scalars(
            select(TariffTier)
            .where(TariffTier.category == category, TariffTier.valid_from == start)
            .order_by(TariffTier.tier)
        ).all()
        return (
            [tariff.Tier(r.tier, r.lower_kwh, r.upper_kwh, r.price) for r in rows],
            f"{category}阶梯电价，自{start.year}年{start.month}月{start.day}日起执行",
        )


def explain(
    ctx: AppContext, category: str, consumption_kwh: int, already_used_kwh: int = 0
) -> Explained:
    tiers, source = tiers_for(ctx, category, local_date(ctx.clock()))
    try:
        e = tariff.explain_bill(consumption_kwh, tiers, already_used_kwh)
    except tariff.TariffError as exc:
        raise UserError(message_of(exc)) from None
    lines = tuple(
        (
            f"第{line.tier.tier}档（{line.from_kwh}–{line.to_kwh} kWh）",
            line.kwh,
            line.tier.price,
            line.amount,
        )
        for line in e.lines
    )
    return Explained(
        category, consumption_kwh, already_used_kwh, lines, e.total, e.note or "", source
    )


def print_explanation(
    ctx: AppContext, e: Explained, account_no: str, name: str, folder: Path
) -> Path:
    from counter_app.printing.bill_explainer import render_bill_explainer

    with ctx.read() as s:
        hall = s.scalar(select(Hall).order_by(Hall.id).limit(1))
        hall_name = hall.name if hall else ""
    doc = BillExplainerDoc(
        hall_name=hall_name,
        account_no=account_no,
        account_name=name,
        period=f"本年此前已用 {e.already_used_kwh} kWh，本期 {e.consumption_kwh} kWh",
        consumption_kwh=e.consumption_kwh,
        already_used_kwh=e.already_used_kwh,
        lines=e.lines,
        total=e.total,
        note=f"{e.note} {e.source}".strip(),
        training=ctx.training,
    )
    stamp = local_date(ctx.clock()).strftime("%Y%m%d")
    return render_bill_explainer(
        doc, printouts.file_for(folder, printouts.BILL_EXPLAINER, account_no or "未指定", stamp)
    )
