"""一次一评: ratings, unrated visits, and the follow-ups bad ratings open."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from support import add_staff

from counter_app.domain.clock import HALL_TZ
from counter_app.domain.queueing import load_queue_config
from counter_app.resources import resource
from counter_app.services import auth, counter_visit, payments, queue, ratings
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.services.errors import NotFound, UserError
from counter_app.store.models import (
    Account,
    AuditEntry,
    Complaint,
    ComplaintEvent,
    Customer,
    Visit,
)

# Wednesday 2026-09-30, the last working day before the National Day week
# (10-01 … 10-07 off, Saturday 10-10 a make-up working day).
EVE = date(2026, 9, 30)


def at(ctx: AppContext, day: date, hour: int, minute: int) -> None:
    moment = datetime(day.year, day.month, day.day, hour, minute, tzinfo=HALL_TZ)
    ctx.clock = lambda: moment


def served(ctx: AppContext, clerk: UserInfo, counter: str = "1", category: str = "A") -> int:
    """A visit called from the queue and ended: ready to be rated."""
    at(ctx, EVE, 15, 0)
    queue.issue_ticket(ctx, category)
    at(ctx, EVE, 15, 10)
    visit = queue.call_next(ctx, clerk, counter, [category])
    assert visit is not None
    at(ctx, EVE, 15, 25)
    counter_visit.end_visit(ctx, clerk, visit.visit_id, "completed")
    at(ctx, EVE, 15, 26)
    return visit.visit_id


def supervisor(
    ctx: AppContext, hall: tuple[HallInfo, UserInfo], username: str, name: str
) -> UserInfo:
    return add_staff(
        ctx, hall[1], "supervisor", username=username, display_name=name, staff_no=username.upper()
    )


def followups(ctx: AppContext) -> list[Complaint]:
    with ctx.read() as s:
        return list(s.scalars(select(Complaint).order_by(Complaint.id)))


def actions(ctx: AppContext) -> list[str]:
    with ctx.read() as s:
        return list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def test_rating_names() -> None:
    assert dict(load_queue_config(resource("queue.toml")).rating_names) == {
        5: "非常满意",
        4: "满意",
        3: "基本满意",
        2: "不满意",
        1: "非常不满意",
    }


def test_a_good_rating_is_stored(ctx: AppContext, clerk: UserInfo) -> None:
    visit_id = served(ctx, clerk)
    result = ratings.rate_visit(ctx, visit_id, 5)
    assert (result.rating, result.rating_name, result.followup_no) == (5, "非常满意", None)
    with ctx.read() as s:
        v = s.get_one(Visit, visit_id)
    assert v.rating == 5
    assert v.rated_at == datetime(2026, 9, 30, 15, 26, tzinfo=HALL_TZ)
    assert followups(ctx) == []
    assert actions(ctx)[-1] == "visit.rate"


def test_unrated_stays_null_and_is_not_satisfied(ctx: AppContext, clerk: UserInfo) -> None:
    happy = served(ctx, clerk, counter="1")
    gone = served(ctx, clerk, counter="2")
    ratings.rate_visit(ctx, happy, 4)
    result = ratings.rate_visit(ctx, gone, None)
    assert (result.rating, result.rating_name, result.followup_no) == (None, "未评价", None)
    with ctx.read() as s:
        v = s.get_one(Visit, gone)
        unrated = s.scalar(select(func.count()).select_from(Visit).where(Visit.rating.is_(None)))
        rated = s.scalar(select(func.count()).select_from(Visit).where(Visit.rating.is_not(None)))
        satisfied = s.scalar(select(func.count()).select_from(Visit).where(Visit.rating >= 4))
    assert v.rating is None and v.rated_at is None
    assert (rated, satisfied, unrated) == (1, 1, 1)
    assert followups(ctx) == []
    assert actions(ctx)[-1] == "visit.unrated"
    # The customer came back to the screen: the first real rating is still taken.
    ratings.rate_visit(ctx, gone, 3)
    with ctx.read() as s:
        assert s.get_one(Visit, gone).rating == 3


def test_a_second_rating_is_refused(ctx: AppContext, clerk: UserInfo) -> None:
    visit_id = served(ctx, clerk)
    ratings.rate_visit(ctx, visit_id, 4)
    with pytest.raises(UserError, match="已评价（满意），每次来访只能评价一次"):
        ratings.rate_visit(ctx, visit_id, 1)
    with pytest.raises(UserError, match="每次来访只能评价一次"):
        ratings.rate_visit(ctx, visit_id, None)  # a rating is never erased
    with ctx.read() as s:
        assert s.get_one(Visit, visit_id).rating == 4
    assert followups(ctx) == []


@pytest.mark.parametrize("bad", [0, 6, -1, True])
def test_only_one_to_five(ctx: AppContext, clerk: UserInfo, bad: int) -> None:
    visit_id = served(ctx, clerk)
    with pytest.raises(UserError, match="评价应为1至5分"):
        ratings.rate_visit(ctx, visit_id, bad)
    with pytest.raises(NotFound):
        ratings.rate_visit(ctx, 999, 5)


def test_bad_ratings_open_followups_due_across_the_holiday(
    ctx: AppContext, clerk: UserInfo, hall: tuple[HallInfo, UserInfo]
) -> None:
    first = supervisor(ctx, hall, "wang", "王班长")
    second = supervisor(ctx, hall, "zhao", "赵班长")
    unhappy = served(ctx, clerk, counter="1")
    angry = served(ctx, clerk, counter="2")
    neutral = served(ctx, clerk, counter="3")

    r2 = ratings.rate_visit(ctx, unhappy, 2)
    r1 = ratings.rate_visit(ctx, angry, 1)
    r3 = ratings.rate_visit(ctx, neutral, 3)  # 基本满意: no follow-up
    assert r3.followup_no is None

    # Next working day after 09-30 is 10-08; 15 working days skip 10-01 … 10-07
    # and count Saturday 10-10: 10-08, 09, 10, 12 … 16, 19 … 23, 26, 27.
    for result in (r2, r1):
        assert result.contact_due == date(2026, 10, 8)
        assert result.decision_due == date(2026, 10, 27)
    assert (r2.followup_no, r1.followup_no) == ("330101-HF20260930-001", "330101-HF20260930-002")
    # The supervisor with the fewest open follow-ups gets the next one.
    assert (r2.assigned_to, r1.assigned_to) == ("王班长", "赵班长")
    assert (r2.rating_name, r1.rating_name) == ("不满意", "非常不满意")

    rows = followups(ctx)
    assert len(rows) == 2
    f2, f1 = rows
    with ctx.read() as s:
        v2 = s.get_one(Visit, unhappy)
    for row in rows:
        assert (row.kind, row.channel, row.category, row.status) == (
            "followup",
            "评价",
            "服务评价",
            "open",
        )
        assert row.received_at == datetime(2026, 9, 30, 15, 26, tzinfo=HALL_TZ)
        assert row.contact_due == date(2026, 10, 8)
        assert row.decision_due == date(2026, 10, 27)
        assert row.created_by == clerk.id
    assert (f2.visit_id, f2.rating, f2.assigned_to) == (unhappy, 2, first.id)
    assert (f1.visit_id, f1.rating, f1.assigned_to) == (angry, 1, second.id)
    assert v2.visit_no in f2.content
    assert "不满意" in f2.content and "业扩报装/变更用电" in f2.content
    assert "张营业（1001）" in f2.content and "1号" in f2.content

    with ctx.read() as s:
        events = s.scalars(select(ComplaintEvent).order_by(ComplaintEvent.id)).all()
        opened = s.scalars(
            select(AuditEntry)
            .where(AuditEntry.action == "complaint.opened")
            .order_by(AuditEntry.id)
        ).all()
    assert [(e.complaint_id, e.kind, e.user_id) for e in events] == [
        (f2.id, "opened", clerk.id),
        (f1.id, "opened", clerk.id),
    ]
    assert "王班长" in events[0].note and "2026-10-27" in events[0].note
    assert [a.entity_id for a in opened] == [f2.complaint_no, f1.complaint_no]
    assert opened[0].detail["assigned_to"] == "wang"
    assert opened[0].detail["decision_due"] == "2026-10-27"
    assert actions(ctx).count("visit.rate") == 3


def test_assignment_skips_inactive_and_ignores_closed(
    ctx: AppContext, clerk: UserInfo, hall: tuple[HallInfo, UserInfo]
) -> None:
    first = supervisor(ctx, hall, "wang", "王班长")
    second = supervisor(ctx, hall, "zhao", "赵班长")
    ratings.rate_visit(ctx, served(ctx, clerk, counter="1"), 2)  # to 王 (tie: first)
    with ctx.write() as s:  # 王's follow-up is closed: it no longer counts
        s.scalars(select(Complaint)).one().status = "closed"
    r = ratings.rate_visit(ctx, served(ctx, clerk, counter="2"), 2)
    assert r.assigned_to == "王班长"
    auth.set_user_active(ctx, hall[1], first.id, False)
    r = ratings.rate_visit(ctx, served(ctx, clerk, counter="3"), 1)
    assert r.assigned_to == "赵班长"
    assert followups(ctx)[-1].assigned_to == second.id


def test_without_a_supervisor_the_followup_waits_unassigned(
    ctx: AppContext, clerk: UserInfo
) -> None:
    result = ratings.rate_visit(ctx, served(ctx, clerk), 1)
    assert result.followup_no == "330101-HF20260930-001" and result.assigned_to is None
    (row,) = followups(ctx)
    assert row.assigned_to is None and row.status == "open"
    with ctx.read() as s:
        event = s.scalars(select(ComplaintEvent)).one()
    assert "待指派" in event.note


def test_rating_and_followup_commit_together(
    ctx: AppContext, clerk: UserInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    visit_id = served(ctx, clerk)

    def broken(start: date, days: int) -> date:
        raise RuntimeError("calendar unavailable")

    monkeypatch.setattr(ctx.calendar, "add_working_days", broken)
    with pytest.raises(RuntimeError):
        ratings.rate_visit(ctx, visit_id, 2)
    with ctx.read() as s:
        assert s.get_one(Visit, visit_id).rating is None
    assert followups(ctx) == []
    assert "visit.rate" not in actions(ctx)


def _account(ctx: AppContext) -> str:
    now = datetime(2026, 1, 5, 9, 0, tzinfo=HALL_TZ)
    with ctx.write() as s:
        customer = Customer(
            kind="person",
            name="赵六",
            cert_type="居民身份证",
            cert_no="330102199001011234",
            mobile="13812341234",
            created_at=now,
            updated_at=now,
        )
        s.add(customer)
        s.flush()
        s.add(
            Account(
                account_no="330101000001",
                hall_id=1,
                customer_id=customer.id,
                address="城关镇人民路2号",
                category="居民",
                voltage="低压",
                capacity_kw=None,
                status="active",
                opened_at=now,
                updated_at=now,
            )
        )
    return "330101000001"


def test_the_customer_window_and_the_followup_name_the_payment(
    ctx: AppContext, clerk: UserInfo, hall: tuple[HallInfo, UserInfo]
) -> None:
    account_no = _account(ctx)
    at(ctx, EVE, 9, 0)
    queue.issue_ticket(ctx, "B")
    at(ctx, EVE, 9, 4)
    visit = queue.call_next(ctx, clerk, "2", ["B"])
    assert visit is not None
    paid = payments.take_payment(
        ctx,
        clerk,
        "2",
        payments.PaymentRequest(
            account_no,
            arrears_amount=Decimal("0.00"),
            prepayment=Decimal("200.00"),
            tendered=Decimal("200.00"),
            visit_id=visit.visit_id,
        ),
    )
    counter_visit.add_item(ctx, visit.visit_id, "inquiry", "阶梯电价")
    at(ctx, EVE, 9, 9)
    counter_visit.end_visit(ctx, clerk, visit.visit_id, "completed")

    prompt = ratings.rating_prompt(ctx, visit.visit_id)
    assert prompt.business == "缴费、咨询：阶梯电价"
    assert prompt.amount_paid == paid.total == Decimal("200.00")
    assert prompt.clerk == "张营业（1001）" and prompt.counter == "2"
    assert prompt.ratings[0] == (5, "非常满意") and prompt.ratings[-1] == (1, "非常不满意")

    result = ratings.rate_visit(ctx, visit.visit_id, 1)
    (row,) = followups(ctx)
    assert row.complaint_no == result.followup_no
    assert row.account_no == account_no
    # The supervisor calls the customer back: the contact is kept whole in the store.
    assert (row.contact_name, row.contact_phone) == ("赵六", "13812341234")
    assert "缴费" in row.content and "非常不满意" in row.content
