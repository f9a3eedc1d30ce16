"""日结: one row per clerk-day settlement."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, func, select

from counter_app.hq.cells import hall_key, midnight, scrub
from counter_app.store.models import Settlement

if TYPE_CHECKING:
    from counter_app.hq.batch import NewBatch
    from counter_app.hq.writer import Sheet


def write(batch: NewBatch, sheet: Sheet) -> None:
    where = batch.scope(
        Settlement.hall_id,
        # A settlement's main time is its day: the range's days, both included.
        lambda: and_(Settlement.day >= batch.period_from, Settlement.day <= batch.period_to),
        lambda t: Settlement.updated_at > t,
    )
    query = (
        select(
            Settlement.settlement_no,
            Settlement.day,
            Settlement.clerk_id,
            Settlement.expected_cash,
            Settlement.counted_cash,
            Settlement.difference,
            Settlement.non_cash_total,
            Settlement.payment_count,
            Settlement.difference_reason,
            Settlement.signed_off_by,
        )
        .where(where)
        .order_by(Settlement.id)
    )
    count = select(func.count()).select_from(Settlement).where(where)
    code = batch.hall.code

    def build(r: Any) -> tuple[str, dict[str, Any]]:
        if batch.earliest is None or r.day < batch.earliest:
            batch.earliest = r.day
        key = hall_key(code, r.settlement_no)
        return key, {
            "日结编号": r.settlement_no,
            "日期": midnight(r.day),
            "收费员工号": batch.staff_no(r.clerk_id),
            "应收现金": r.expected_cash,
            "实点现金": r.counted_cash,
            "差额": r.difference,
            "非现金合计": r.non_cash_total,
            "笔数": r.payment_count,
            "差异说明": scrub(r.difference_reason) or None,
            "复核人": batch.staff_no(r.signed_off_by),
            "记录键": key,
        }

    batch.stream(sheet, query, count, build)
