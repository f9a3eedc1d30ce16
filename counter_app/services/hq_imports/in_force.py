"""The fee items and tariff tables in force on a day, as imported from HQ."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from counter_app.domain.tariff import Tier
from counter_app.services.context import AppContext
from counter_app.services.hq_imports.cells import (
    _trim,
)
from counter_app.services.hq_imports.summaries import (
    FeeItemView,
)
from counter_app.store.models import (
    FeeItem,
    TariffTier,
)


def current_fee_items(ctx: AppContext, on: date) -> list[FeeItemView]:
    """The fee items in force on ``on``, by code: each code's latest version begun by then,
    unless that version has lapsed (失效日期 before ``on``)."""
    with ctx.read() as s:
        versions = s.scalars(
            select(FeeItem)
            .where(FeeItem.valid_from <= on)
            .order_by(FeeItem.code, FeeItem.valid_from)
        ).all()
        latest: dict[str, FeeItem] = {}
        for item in versions:
            latest[item.code] = item
        return [
            FeeItemView(
                code=i.code,
                name=i.name,
                method=i.method,
                unit_price=_trim(i.unit_price),
                unit=i.unit,
                basis=i.basis,
                valid_from=i.valid_from,
                valid_to=i.valid_to,
            )
            for i in latest.values()
            if i.valid_to is None or i.valid_to >= on
        ]


def current_tiers(ctx: AppContext, category: str, on: date) -> list[Tier]:
    """The tariff table of ``category`` in force on ``on`` (the latest begun by then);
    empty when HQ has sent none."""
    with ctx.read() as s:
        start = s.scalar(
            select(func.max(TariffTier.valid_from)).where(
                TariffTier.category == category, TariffTier.valid_from <= on
            )
        )
        if start is None:
            return []
        rows = s.scalars(
            select(TariffTier)
            .where(TariffTier.category == category, TariffTier.valid_from == start)
            .order_by(TariffTier.tier)
        ).all()
        return [Tier(t.tier, t.lower_kwh, t.upper_kwh, _trim(t.price)) for t in rows]
