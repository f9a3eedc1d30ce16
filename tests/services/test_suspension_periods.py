"""The yearly sums of 暂停 read the store: an early 暂停恢复 gives the unused days back."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select, update
from support import add_owing_account

from counter_app.services import applications
from counter_app.services.accounts import account_facts, find_account
from counter_app.services.auth import UserInfo
from counter_app.services.context import AppContext
from counter_app.services.errors import UserError
from counter_app.store.models import Account, Application

ACCOUNT_NO = "330101000123"
HOLDER = {
    "account_no": ACCOUNT_NO,
    "cert_type": "居民身份证",
    "cert_no": "11010519491231002X",
    "name": "王小明",
    "mobile": "13812341234",
    "is_proxy": False,
}


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 2, 0, tzinfo=UTC)  # 10:00 in the hall


def submit(ctx: AppContext, clerk: UserInfo, code: str, **values: str) -> str:
    accepted = applications.submit_application(
        ctx, clerk, "2", code, {**HOLDER, **values}, ("applicant_id",), ctx.clock()
    )
    return accepted.application_no


def set_status(ctx: AppContext, status: str) -> None:
    # What completing the sealing / unsealing does (services/tracking.py); not under test here.
    with ctx.write() as s:
        s.execute(update(Account).where(Account.account_no == ACCOUNT_NO).values(status=status))


def periods(ctx: AppContext) -> tuple[tuple[date, date], ...]:
    with ctx.read() as s:
        account = find_account(s, ACCOUNT_NO)
        facts = account_facts(s, account, ctx.workflows["suspension"], ctx.workflows)
    return facts.group_periods


def test_an_early_restore_ends_the_period_for_the_yearly_sums(
    ctx: AppContext, clerk: UserInfo
) -> None:
    ctx.clock = lambda: at(date(2025, 12, 22))
    with ctx.write() as s:
        add_owing_account(s, ctx.clock(), ACCOUNT_NO, category="非居民")
    submit(ctx, clerk, "suspension", start_date="2026-01-05", end_date="2026-06-30")
    assert periods(ctx) == ((date(2026, 1, 5), date(2026, 6, 30)),)

    # In June the customer wants July off too: 177 + 15 days is over six months.
    ctx.clock = lambda: at(date(2026, 6, 1))
    later = {**HOLDER, "start_date": "2026-07-01", "end_date": "2026-07-15"}
    shown = applications.eligibility_problems(ctx, "suspension", later)
    assert len(shown) == 1 and "累计不超过6个月（181天）：已用177天" in shown[0]

    # Had they come back on 02-01, only 01-05 … 01-31 was used.
    ctx.clock = lambda: at(date(2026, 1, 20))
    set_status(ctx, "suspended")
    restore_no = submit(ctx, clerk, "suspension_restore", restore_date="2026-02-01")
    set_status(ctx, "active")
    assert periods(ctx) == ((date(2026, 1, 5), date(2026, 1, 31)),)
    ctx.clock = lambda: at(date(2026, 6, 1))
    assert applications.eligibility_problems(ctx, "suspension", later) == []

    # A cancelled restore gives nothing back.
    with ctx.write() as s:
        s.execute(
            update(Application)
            .where(Application.application_no == restore_no)
            .values(status="cancelled")
        )
    assert periods(ctx) == ((date(2026, 1, 5), date(2026, 6, 30)),)


def test_the_server_refuses_what_the_screen_refuses(ctx: AppContext, clerk: UserInfo) -> None:
    # Friday 2026-02-27; the fifth working day after it is 03-05 (02-28 is worked).
    ctx.clock = lambda: at(date(2026, 2, 27))
    with ctx.write() as s:
        add_owing_account(s, ctx.clock(), ACCOUNT_NO, category="非居民")
    with pytest.raises(UserError) as caught:
        submit(ctx, clerk, "suspension", start_date="2026-03-07", end_date="2026-03-20")
    assert "每次不少于15天（现为14天" in caught.value.message
    number = submit(ctx, clerk, "suspension", start_date="2026-03-07", end_date="2026-03-21")
    with ctx.read() as s:
        app = s.scalars(select(Application).where(Application.application_no == number)).one()
    assert app.details["values"]["end_date"] == "2026-03-21"
