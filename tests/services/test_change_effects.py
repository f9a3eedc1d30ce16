"""Issue 13's changes when their last step is done: 暂拆 stops the supply, 复装 restores it,
迁址 is recorded and tracked only (the marketing system moves the account)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from counter_app.services import applications, tracking
from counter_app.services.auth import UserInfo
from counter_app.services.context import AppContext
from counter_app.services.errors import UserError
from counter_app.store.models import Account, Customer, Hall

# Monday 2026-11-23, 10:00 hall time.
MONDAY = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
HOLDER = {
    "account_no": "330101000123",
    "cert_type": "居民身份证",
    "cert_no": "11010519491231002X",
    "name": "张三丰",
    "mobile": "13812341234",
    "is_proxy": False,
}


def seed(ctx: AppContext, status: str = "active") -> int:
    with ctx.write() as s:
        hall_id = s.scalar(select(Hall.id).order_by(Hall.id).limit(1))
        assert hall_id is not None
        holder = Customer(
            kind="person",
            name=HOLDER["name"],
            cert_type=HOLDER["cert_type"],
            cert_no=HOLDER["cert_no"],
            mobile=HOLDER["mobile"],
            created_at=MONDAY,
            updated_at=MONDAY,
        )
        s.add(holder)
        s.flush()
        account = Account(
            account_no=HOLDER["account_no"],
            hall_id=hall_id,
            customer_id=holder.id,
            address="城关镇人民路100号",
            category="非居民",
            voltage="低压",
            capacity_kw=Decimal("50"),
            status=status,
            opened_at=MONDAY,
            updated_at=MONDAY,
        )
        s.add(account)
        s.flush()
        return account.id


def status(ctx: AppContext, account_id: int) -> tuple[str, str]:
    with ctx.read() as s:
        account = s.get_one(Account, account_id)
        return account.status, account.address


def finish(
    ctx: AppContext, clerk: UserInfo, code: str, values: dict[str, str], *documents: str
) -> None:
    ctx.clock = lambda: MONDAY
    received = ("applicant_id", *documents)
    number = applications.submit_application(
        ctx, clerk, "1", code, {**HOLDER, **values}, received, MONDAY
    ).application_no
    for n in range(1, 4):
        ctx.clock = lambda n=n: MONDAY + timedelta(days=n)  # type: ignore[misc]
        if tracking.complete_step(ctx, clerk, number).status == "completed":
            return
    pytest.fail("not completed")


def test_removal_then_reinstallation(ctx: AppContext, clerk: UserInfo) -> None:
    account_id = seed(ctx)
    removal = {"first_day": "2026-11-25", "last_day": "2027-05-24", "reason": "房屋装修"}
    finish(ctx, clerk, "temporary_removal", removal)
    assert status(ctx, account_id)[0] == "suspended"
    # 暂拆 again on a removed account is refused; 复装 is what it may take.
    ctx.clock = lambda: MONDAY
    with pytest.raises(UserError, match="不能办理暂拆"):
        applications.submit_application(
            ctx, clerk, "1", "temporary_removal", {**HOLDER, **removal}, ("applicant_id",), MONDAY
        )
    finish(ctx, clerk, "reinstallation", {"reinstall_date": "2026-11-30"})
    assert status(ctx, account_id)[0] == "active"


def test_relocation_is_recorded_only(ctx: AppContext, clerk: UserInfo) -> None:
    account_id = seed(ctx)
    values = {"new_address": "城关镇人民路200号3号商铺", "move_date": "2026-11-30"}
    finish(ctx, clerk, "relocation", values, "new_property_proof")
    assert status(ctx, account_id) == ("active", "城关镇人民路100号")


def test_reinstallation_on_a_supplied_account_is_refused(ctx: AppContext, clerk: UserInfo) -> None:
    seed(ctx)
    ctx.clock = lambda: MONDAY
    with pytest.raises(UserError, match="正常用电"):
        applications.submit_application(
            ctx,
            clerk,
            "1",
            "reinstallation",
            {**HOLDER, "reinstall_date": "2026-11-30"},
            ("applicant_id",),
            MONDAY,
        )


def test_each_suspension_has_its_own_way_back(ctx: AppContext, clerk: UserInfo) -> None:
    """暂拆 and 暂停 both leave the account suspended: a 暂停恢复 does not end a 暂拆 (nor a
    复装 a 暂停), which would skip the other's rules."""
    account_id = seed(ctx)
    removal = {"first_day": "2026-11-25", "last_day": "2027-05-24", "reason": "房屋装修"}
    finish(ctx, clerk, "temporary_removal", removal)
    assert status(ctx, account_id)[0] == "suspended"
    ctx.clock = lambda: MONDAY + timedelta(days=7)
    with pytest.raises(UserError, match="是办理“暂拆”停用的，不能以暂停恢复恢复"):
        applications.submit_application(
            ctx,
            clerk,
            "1",
            "suspension_restore",
            {**HOLDER, "restore_date": "2026-12-15"},
            ("applicant_id",),
            MONDAY + timedelta(days=7),
        )
    finish(ctx, clerk, "reinstallation", {"reinstall_date": "2026-11-30"})
    assert status(ctx, account_id)[0] == "active"


def test_a_suspension_recorded_by_hq_alone_may_take_either_restore(
    ctx: AppContext, clerk: UserInfo
) -> None:
    # Suspended by HQ's data with no business on record here: the clerk knows which.
    account_id = seed(ctx, status="suspended")
    finish(ctx, clerk, "reinstallation", {"reinstall_date": "2026-11-30"})
    assert status(ctx, account_id)[0] == "active"
