"""Applications tracked to completion: steps, the stopped clock, returns, cancellations."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select
from support import pdf_text

from counter_app.services import applications, tracking
from counter_app.services.auth import UserInfo
from counter_app.services.context import AppContext
from counter_app.services.errors import UserError
from counter_app.store.models import Account, ApplicationEvent, AuditEntry

VALUES = {
    "cert_type": "居民身份证",
    "cert_no": "11010519491231002X",
    "name": "张三丰",
    "mobile": "13812341234",
    "address": "城关镇人民路100号3单元",
    "capacity_kw": "8",
    "usage": "居民生活用电",
}
# Monday 2026-11-23, 10:00 hall time.
MONDAY = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)


_HOUSES = itertools.count(1)


def accept(ctx: AppContext, clerk: UserInfo) -> str:
    ctx.clock = lambda: MONDAY
    # Each at its own address: a second open application for one address needs a reason.
    values = {**VALUES, "address": f"城关镇幸福路{next(_HOUSES)}号"}
    return applications.submit_application(
        ctx, clerk, "1", "lv_residential_new", values, ("applicant_id",), MONDAY
    ).application_no


def at(ctx: AppContext, moment: datetime) -> None:
    ctx.clock = lambda: moment


def test_completing_the_last_step_opens_the_account(ctx: AppContext, clerk: UserInfo) -> None:
    number = accept(ctx, clerk)
    d = tracking.detail(ctx, number)
    assert [s.name for s in d.steps] == ["受理申请", "装表接电"]
    assert d.steps[0].completed_at is not None and d.steps[1].current
    at(ctx, MONDAY + timedelta(days=2))
    done = tracking.complete_step(ctx, clerk, number, "装表完成")
    assert done.status == "completed" and all(s.completed_at for s in done.steps)
    with ctx.read() as s:
        account = s.scalars(select(Account)).one()
        kinds = [e.kind for e in s.scalars(select(ApplicationEvent).order_by(ApplicationEvent.id))]
        audits = s.scalars(select(AuditEntry.action)).all()
    assert account.status == "active" and account.category == "居民"
    assert account.account_no.startswith("330101") and len(account.account_no) == 12
    assert str(account.capacity_kw) == "8.00"
    assert kinds == ["accepted", "step_done", "completed"]
    assert "application.step_done" in audits and "application.completed" in audits
    with pytest.raises(UserError, match="已办结"):
        tracking.complete_step(ctx, clerk, number)


def test_pause_stops_the_clock_and_moves_due_dates(ctx: AppContext, clerk: UserInfo) -> None:
    number = accept(ctx, clerk)
    before = tracking.detail(ctx, number)
    assert before.promised_date == date(2026, 11, 30)
    at(ctx, MONDAY + timedelta(days=1))  # Tuesday
    tracking.pause(ctx, clerk, number, "客户外出，约定下周装表")
    assert tracking.detail(ctx, number).status == "paused"
    with pytest.raises(UserError, match="暂停计时"):
        tracking.complete_step(ctx, clerk, number)
    at(ctx, MONDAY + timedelta(days=8))  # the next Tuesday: 5 working days stopped
    assert tracking.resume(ctx, clerk, number) == 5
    after = tracking.detail(ctx, number)
    assert after.status == "in_progress"
    assert after.promised_date == date(2026, 12, 7)
    assert after.steps[1].due == date(2026, 12, 7)
    assert after.steps[0].due == before.steps[0].due  # a done step keeps its date
    assert "停止计时5个工作日" in after.events[-1].note


def test_return_for_documents_and_the_notice(ctx: AppContext, clerk: UserInfo, tmp_path) -> None:  # type: ignore[no-untyped-def]

    number = accept(ctx, clerk)
    with pytest.raises(UserError):
        tracking.return_for_documents(ctx, clerk, number, [])
    tracking.return_for_documents(
        ctx, clerk, number, ["房屋产权证明（或购房合同）"], "复印件不清晰"
    )
    d = tracking.detail(ctx, number)
    assert d.status == "returned" and d.documents_missing == ("房屋产权证明（或购房合同）",)
    # The today page's list names the status in words, not the stored code.
    from counter_app.services.applications import todays_applications

    assert [r.status for r in todays_applications(ctx) if r.application_no == number] == [
        "退回补正"
    ]
    pdf = tracking.print_correction_notice(ctx, number, tmp_path)
    text = pdf_text(pdf)
    assert number in text and "房屋产权证明" in text and "张**" in text and "张三丰" not in text
    tracking.resume(ctx, clerk, number, "资料已补齐")
    assert tracking.detail(ctx, number).documents_missing == ()


def test_cancel_needs_a_reason_and_ends_the_work(ctx: AppContext, clerk: UserInfo) -> None:
    number = accept(ctx, clerk)
    with pytest.raises(UserError, match="原因"):
        tracking.cancel(ctx, clerk, number, "  ")
    tracking.cancel(ctx, clerk, number, "客户放弃办理")
    d = tracking.detail(ctx, number)
    assert d.status == "cancelled" and d.events[-1].note == "客户放弃办理"
    with pytest.raises(UserError):
        tracking.resume(ctx, clerk, number)


def test_work_list_shows_due_overdue_and_paused(ctx: AppContext, clerk: UserInfo) -> None:
    first, second, third = (accept(ctx, clerk) for _ in range(3))
    # Monday 2026-11-30: the connection step of all three is due today.
    at(ctx, datetime(2026, 11, 30, 2, 0, tzinfo=UTC))
    items = {w.application_no: w for w in tracking.work_list(ctx)}
    assert set(items) == {first, second, third}
    assert not any(w.overdue for w in items.values())
    tracking.pause(ctx, clerk, third, "等待客户")
    at(ctx, datetime(2026, 12, 1, 2, 0, tzinfo=UTC))
    tracking.complete_step(ctx, clerk, second)
    items = {w.application_no: w for w in tracking.work_list(ctx)}
    assert set(items) == {first, third}
    assert items[first].overdue and not items[third].overdue
    assert items[third].status.startswith("暂停计时")
