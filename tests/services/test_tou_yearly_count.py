"""峰谷分时 changes are counted per calendar year from the store, not only in the domain.

The definition's yearly_count has no period (no end date): each accepted change counts
on its own day (services/accounts.py), a cancelled one does not.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import select

from counter_app.services import applications, tracking
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.store.models import Account, Customer, Hall

NOW = datetime(2026, 6, 1, 2, 0, tzinfo=UTC)  # Monday 10:00 in the hall
HOLDER = {
    "account_no": "330101000123",
    "cert_type": "居民身份证",
    "cert_no": "11010519491231002X",
    "name": "张三丰",
    "mobile": "13812341234",
    "is_proxy": False,
}


def seed(ctx: AppContext, category: str = "居民") -> None:
    with ctx.write() as s:
        hall_id = s.scalars(select(Hall.id)).first()
        holder = Customer(
            kind="person",
            name=HOLDER["name"],
            cert_type=HOLDER["cert_type"],
            cert_no=HOLDER["cert_no"],
            mobile=HOLDER["mobile"],
            created_at=NOW,
            updated_at=NOW,
        )
        s.add(holder)
        s.flush()
        s.add(
            Account(
                account_no=HOLDER["account_no"],
                hall_id=hall_id,
                customer_id=holder.id,
                address="城关镇人民路100号",
                category=category,
                voltage="低压",
                capacity_kw=Decimal("8"),
                status="active",
                opened_at=NOW,
                updated_at=NOW,
            )
        )


def change(choice: str, day: date) -> dict[str, object]:
    return {**HOLDER, "tou_choice": choice, "start_date": day.isoformat()}


def test_second_change_in_a_year_is_refused_next_year_allowed(
    ctx: AppContext, hall: tuple[HallInfo, UserInfo], clerk: UserInfo
) -> None:
    ctx.clock = lambda: NOW
    seed(ctx)
    first = change("申请执行峰谷分时电价", date(2026, 6, 10))
    assert applications.eligibility_problems(ctx, "tou_tariff", first) == []
    accepted = applications.submit_application(
        ctx, clerk, "1", "tou_tariff", first, ("applicant_id",), NOW
    )

    again = change("取消峰谷分时电价", date(2026, 9, 1))
    reasons = applications.eligibility_problems(ctx, "tou_tariff", again)
    assert reasons == ["峰谷分时电价每年只能变更一次，本年度已办理过"]
    next_year = change("取消峰谷分时电价", date(2027, 1, 4))
    assert applications.eligibility_problems(ctx, "tou_tariff", next_year) == []

    # A cancelled change gives the year's allowance back.
    tracking.cancel(ctx, clerk, accepted.application_no, "客户撤回申请")
    assert applications.eligibility_problems(ctx, "tou_tariff", again) == []


def test_only_residential_accounts(
    ctx: AppContext, hall: tuple[HallInfo, UserInfo], clerk: UserInfo
) -> None:
    ctx.clock = lambda: NOW
    seed(ctx, category="非居民")
    reasons = applications.eligibility_problems(
        ctx, "tou_tariff", change("申请执行峰谷分时电价", date(2026, 6, 10))
    )
    assert len(reasons) == 1 and "居民" in reasons[0]
