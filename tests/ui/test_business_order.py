"""业务办理's list: on a new hall in the data's order (低压居民新装 first); once the hall has
accepted businesses, its most used of the last 90 days first."""

from __future__ import annotations

from datetime import timedelta

from business_samples import sample_values

from counter_app.domain import workflow as wf
from counter_app.domain.clock import local_date
from counter_app.services import applications, business_usage
from counter_app.services.auth import UserInfo
from counter_app.services.context import AppContext
from counter_app.ui.main_window import MainWindow


def accept(ctx: AppContext, clerk: UserInfo, code: str) -> None:
    values = sample_values(code, local_date(ctx.clock()))
    defn = ctx.workflows[code]
    received = tuple(sorted(d.code for d in wf.applicable_documents(defn, values)))
    applications.submit_application(
        ctx, clerk, "3", code, values, received, ctx.clock(), duplicate_reason="同一客户另一处房屋"
    )


def test_a_new_hall_sees_the_data_order(window: MainWindow, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    codes = window.catalogue.codes()
    ranked = sorted((d for d in ctx.workflows.values() if d.rank), key=lambda d: d.rank)
    assert codes[0] == "lv_residential_new"
    assert codes[: len(ranked)] == [d.code for d in ranked]
    assert len(codes) == len(ctx.workflows)
    assert window.catalogue.ui.businessList.currentRow() == 0  # Enter starts 低压居民新装


def test_the_most_used_come_first(  # type: ignore[no-untyped-def]
    window: MainWindow, ctx: AppContext, clerk: UserInfo
) -> None:
    now = ctx.clock()
    # Long ago: three 光伏 applications that no longer count.
    ctx.clock = lambda: now - timedelta(days=business_usage.USAGE_DAYS + 5)
    for _ in range(3):
        accept(ctx, clerk, "pv_household")
    ctx.clock = lambda: now
    for code in ("lv_nonresidential_new", "lv_nonresidential_new", "ev_home_charger"):
        accept(ctx, clerk, code)
    window.show_area(window.today)
    window.show_area(window.catalogue)  # shown again: in the hall's order now
    codes = window.catalogue.codes()
    assert codes[:3] == ["lv_nonresidential_new", "ev_home_charger", "lv_residential_new"]
    assert business_usage.usage_counts(ctx) == {"lv_nonresidential_new": 2, "ev_home_charger": 1}
