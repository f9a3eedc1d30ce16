"""The order of 业务办理's list: this hall's most used businesses first.

Counted over the applications accepted in the last USAGE_DAYS days (the store is one
hall's); ties, and a new hall with no counts, follow the workflow files' ``rank``
(低压居民新装 first), then the unranked by category and code, as before.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from counter_app.domain.workflow import WorkflowDefinition
from counter_app.services.context import AppContext
from counter_app.store.models import Application

USAGE_DAYS = 90
UNRANKED = 10_000  # after every ranked business


def usage_counts(ctx: AppContext, days: int = USAGE_DAYS) -> dict[str, int]:
    """Applications accepted per business code since ``days`` ago."""
    since = ctx.clock() - timedelta(days=days)
    with ctx.read() as s:
        rows = s.execute(
            select(Application.business_code, func.count())
            .where(Application.accepted_at >= since)
            .group_by(Application.business_code)
        )
        return {code: count for code, count in rows}


def data_order(defn: WorkflowDefinition) -> tuple[int, str, str]:
    return (defn.rank or UNRANKED, defn.category, defn.code)


def business_order(ctx: AppContext) -> list[WorkflowDefinition]:
    """Every business, the most used first."""
    counts = usage_counts(ctx)
    return sorted(ctx.workflows.values(), key=lambda d: (-counts.get(d.code, 0), *data_order(d)))
