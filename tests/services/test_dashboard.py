"""指标看板: every figure of a small fixed dataset against hand-computed values.

The rows are inserted directly, with exact hall-local times, so each figure can be
worked out by hand; the arithmetic is in the comments. "Now" is Thursday
2026-10-15 10:00 in the hall; the day looked at is Wednesday 2026-10-14, its ISO
week is Monday 10-12 … Sunday 10-18 (week 42), its month October.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from itertools import count
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy.dialects import postgresql
from sqlalchemy.schema import CreateTable
from support import PASSWORD

from counter_app.domain import indicators, queueing
from counter_app.domain.clock import HALL_TZ
from counter_app.domain.indicators import Dashboard
from counter_app.services import auth, dashboard, dashboard_queries
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.services.errors import UserError
from counter_app.store.models import (
    Account,
    Application,
    ApplicationStep,
    Complaint,
    Customer,
    Payment,
    Ticket,
    Visit,
)

D = Decimal
NOW = datetime(2026, 10, 15, 10, 0, tzinfo=HALL_TZ)
DAY = date(2026, 10, 14)
_numbers = count(1)


def at(day: date, hhmm: str) -> datetime:
    """A hall-local moment: at(DAY, "09:10")."""
    hour, minute = (int(part) for part in hhmm.split(":"))
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=HALL_TZ)


def visit(
    clerk: int,
    category: str,
    day: date,
    arrived: str | None,
    called: str | None,
    started: str,
    ended: str | None,
    rating: int | None,
) -> Visit:
    n = next(_numbers)
    return Visit(
        visit_no=f"V{n:04d}",
        hall_id=1,
        clerk_id=clerk,
        counter="1",
        business_code="inquiry",
        outcome="completed" if ended else "open",
        started_at=at(day, started),
        ended_at=at(day, ended) if ended else None,
        category=category,
        arrived_at=at(day, arrived) if arrived else None,
        called_at=at(day, called) if called else None,
        rating=rating,
        rated_at=at(day, ended) if ended and rating else None,
    )


def payment(
    clerk: int, account: int, moment: datetime, method: str, total: str, status: str = "valid"
) -> Payment:
    n = next(_numbers)
    return Payment(
        receipt_no=f"R{n:04d}",
        hall_id=1,
        counter="1",
        clerk_id=clerk,
        account_id=account,
        paid_at=moment,
        method=method,
        total=D(total),
        check_code="X",
        status=status,
        updated_at=moment,
    )


def application(
    clerk: int, customer: int, status: str, steps: list[tuple[date, bool]], current: int
) -> Application:
    """``steps``: (due date, completed) in order; ``current`` the index of the current one."""
    n = next(_numbers)
    app = Application(
        application_no=f"330101-20261001-{n:04d}",
        hall_id=1,
        business_code="lv_residential_new",
        business_name="低压居民新装",
        customer_id=customer,
        clerk_id=clerk,
        status=status,
        current_step=f"s{current}",
        address="城关镇人民路1号",
        details={},
        accepted_at=at(date(2026, 10, 1), "09:00"),
        promised_date=date(2026, 11, 30),
        updated_at=NOW,
    )
    app.steps = [
        ApplicationStep(
            seq=i,
            code=f"s{i}",
            name=f"环节{i}",
            limit_days=1,
            due_date=due,
            completed_at=NOW if done else None,
        )
        for i, (due, done) in enumerate(steps)
    ]
    return app


def complaint(
    kind: str,
    received: datetime,
    contact_due: date,
    decision_due: date,
    status: str,
    created_by: int,
    visit_id: int | None = None,
    contacted: bool = False,
    resolved: bool = False,
) -> Complaint:
    n = next(_numbers)
    return Complaint(
        complaint_no=f"TS{n:04d}",
        hall_id=1,
        kind=kind,
        channel="柜台" if kind == "complaint" else "评价",
        category="服务态度",
        content="……",
        visit_id=visit_id,
        received_at=received,
        contact_due=contact_due,
        decision_due=decision_due,
        status=status,
        contacted_at=received + timedelta(hours=1) if contacted else None,
        resolved_at=received + timedelta(hours=2) if resolved else None,
        closed_at=received + timedelta(hours=3) if status == "closed" else None,
        created_by=created_by,
        updated_at=received,
    )


def ticket(day: date, number: int, status: str) -> Ticket:
    return Ticket(
        hall_id=1,
        day=day,
        category="A",
        number=number,
        ticket_no=f"A{number:03d}",
        issued_at=at(day, "09:00"),
        status=status,
        updated_at=at(day, "09:00"),
    )


@pytest.fixture
def staff(ctx: AppContext, hall: tuple[HallInfo, UserInfo], clerk: UserInfo) -> dict[str, int]:
    li = auth.add_user(
        ctx, hall[1], username="li", display_name="李收费", staff_no="1002", role="clerk",
        password=PASSWORD,
    )  # fmt: skip
    wang = auth.add_user(
        ctx, hall[1], username="wang", display_name="王新人", staff_no="1003", role="clerk",
        password=PASSWORD,
    )  # fmt: skip
    return {"admin": hall[1].id, "zhang": clerk.id, "li": li.id, "wang": wang.id}


@pytest.fixture
def data(ctx: AppContext, staff: dict[str, int]) -> dict[str, Any]:
    """The fixed dataset; the figures it gives are worked out in the tests."""
    ctx.clock = lambda: NOW
    zhang, li = staff["zhang"], staff["li"]
    tue, next_tue = date(2026, 10, 13), date(2026, 10, 20)
    with ctx.write() as s:
        customer = Customer(
            kind="person", name="张三丰", cert_type="居民身份证", cert_no="11010519491231002X",
            mobile="13812341234", created_at=NOW, updated_at=NOW,
        )  # fmt: skip
        s.add(customer)
        s.flush()
        account = Account(
            account_no="330101000123", hall_id=1, customer_id=customer.id, address="人民路100号",
            category="居民", voltage="低压", status="active", opened_at=NOW, updated_at=NOW,
        )  # fmt: skip
        s.add(account)
        s.flush()
        visits = {
            # Wednesday 10-14                     arrived  called   started  ended  rating
            "V1": visit(
                zhang, "A", DAY, "09:00", "09:10", "09:11", "09:31", 5
            ),  # wait 10, handle 20
            "V2": visit(
                zhang, "A", DAY, "09:05", "09:25", "09:26", "09:36", 4
            ),  # wait 20, handle 10
            "V3": visit(zhang, "B", DAY, "10:00", "10:04", "10:04", "10:07", 3),  # wait 4, handle 3
            "V4": visit(li, "B", DAY, "10:10", "10:16", "10:16", "10:21", 2),  # wait 6, handle 5
            "V5": visit(li, "B", DAY, "11:00", None, "11:00", "11:08", None),  # walk-in, handle 8
            "V6": visit(li, "C", DAY, "14:00", "14:30", "14:31", "14:33", 1),  # wait 30, handle 2
            "V7": visit(li, "C", DAY, "15:00", "15:02", "15:02", None, None),  # wait 2, still open
            # Tuesday 10-13 (same week)
            "V8": visit(
                zhang, "A", tue, "16:00", "16:10", "16:10", "16:40", 5
            ),  # wait 10, handle 30
            # Tuesday 10-20 (same month, next week)
            "V9": visit(zhang, "C", next_tue, "09:00", "09:05", "09:05", "09:15", 4),  # 5, 10
            # The month's edges in hall time: 09-30 23:50 is out, 10-31 23:40 in, 11-01 00:05
            # out (its UTC time, 10-31 16:05, is still October: the hall day decides).
            "V10": visit(li, "B", date(2026, 9, 30), "23:40", "23:45", "23:45", "23:55", 5),
            "V11": visit(li, "B", date(2026, 10, 31), "23:40", "23:45", "23:45", "23:55", None),
            "V12": visit(li, "B", date(2026, 11, 1), "00:01", "00:05", "00:05", "00:10", 5),
        }
        s.add_all(visits.values())
        s.flush()
        ids = {name: v.id for name, v in visits.items()}
        s.add_all(
            [
                payment(zhang, account.id, at(DAY, "09:30"), "cash", "100.00"),
                payment(zhang, account.id, at(DAY, "09:35"), "card", "250.50"),
                payment(li, account.id, at(DAY, "10:20"), "mobile", "30.25"),
                payment(li, account.id, at(DAY, "11:05"), "cash", "19.75"),
                payment(li, account.id, at(DAY, "11:06"), "cash", "500.00", status="void"),
                payment(zhang, account.id, at(tue, "16:30"), "cash", "10.00"),
                # 11-01 00:05 in the hall: November, though 10-31 in UTC.
                payment(zhang, account.id, at(date(2026, 11, 1), "00:05"), "cash", "7.00"),
            ]
        )
        s.add_all(
            [
                # zhang, in progress, current step due 10-10: overdue since 10-11.
                application(zhang, customer.id, "in_progress", [(date(2026, 10, 10), False)], 0),
                # li, due today 10-15: not overdue; due by the week's end, not by 10-14.
                application(li, customer.id, "in_progress", [(date(2026, 10, 15), False)], 0),
                # li, due 10-20: due by the month's end only.
                application(li, customer.id, "in_progress", [(date(2026, 10, 20), False)], 0),
                # Clock stopped or finished: never due nor overdue, whatever the dates.
                application(zhang, customer.id, "paused", [(date(2026, 10, 1), False)], 0),
                application(zhang, customer.id, "completed", [(date(2026, 10, 1), True)], 0),
                # li: the first step (past its date) is done; the current one is due 10-30.
                application(
                    li,
                    customer.id,
                    "in_progress",
                    [(date(2026, 10, 5), True), (date(2026, 10, 30), False)],
                    1,
                ),
            ]
        )
        oct14 = at(DAY, "11:00")
        s.add_all(
            [
                # C1: about li's V4; contact due today: not yet overdue.
                complaint(
                    "complaint",
                    oct14,
                    date(2026, 10, 15),
                    date(2026, 10, 23),
                    "open",
                    zhang,
                    ids["V4"],
                ),
                # C2: taken by zhang by phone, no visit: nobody's; contact due 10-13: overdue.
                complaint(
                    "complaint", oct14, date(2026, 10, 13), date(2026, 10, 23), "open", zhang
                ),
                # C3: follow-up of li's 非常不满意 (V6), contacted: open, not overdue.
                complaint(
                    "followup",
                    oct14,
                    date(2026, 10, 15),
                    date(2026, 11, 4),
                    "contacted",
                    li,
                    ids["V6"],
                    contacted=True,
                ),
                # C4: follow-up of li's 不满意 (V4), closed.
                complaint(
                    "followup",
                    oct14,
                    date(2026, 10, 15),
                    date(2026, 11, 4),
                    "closed",
                    li,
                    ids["V4"],
                    contacted=True,
                    resolved=True,
                ),
                # C7: a follow-up zhang created without a visit: his by created_by.
                complaint(
                    "followup",
                    oct14,
                    date(2026, 10, 15),
                    date(2026, 11, 4),
                    "closed",
                    zhang,
                    contacted=True,
                    resolved=True,
                ),
                # C5: 10-02, contacted, decision due 10-12 and not resolved: overdue.
                complaint(
                    "complaint",
                    at(date(2026, 10, 2), "10:00"),
                    date(2026, 10, 3),
                    date(2026, 10, 12),
                    "contacted",
                    zhang,
                    contacted=True,
                ),
                # C6: September, resolved but not closed: open, not overdue, not received.
                complaint(
                    "complaint",
                    at(date(2026, 9, 20), "10:00"),
                    date(2026, 9, 21),
                    date(2026, 9, 28),
                    "resolved",
                    zhang,
                    contacted=True,
                    resolved=True,
                ),
            ]
        )
        s.add_all(
            [
                ticket(NOW.date(), 1, "waiting"),
                ticket(NOW.date(), 2, "waiting"),
                ticket(NOW.date(), 3, "called"),
                ticket(DAY, 9, "waiting"),  # yesterday's: not waiting now
            ]
        )
    return {"ids": ids, "staff": staff}


def of(kind: str, ctx: AppContext, day: date = DAY) -> Dashboard:
    period = dashboard.period_of(kind, day)
    return dashboard.dashboard(ctx, period.start, period.end, period.kind)


def by_category(figures: Dashboard) -> dict[str, indicators.CategoryFigures]:
    return {c.category: c for c in figures.categories}


def by_clerk(figures: Dashboard) -> dict[str, indicators.ClerkFigures]:
    return {c.staff_no: c for c in figures.clerks}


# -- periods ------------------------------------------------------------------------


def test_periods() -> None:
    assert indicators.day_period(DAY) == indicators.Period("day", DAY, DAY)
    week = indicators.week_period(DAY)  # Wednesday -> Monday 10-12 … Sunday 10-18
    assert (week.start, week.end) == (date(2026, 10, 12), date(2026, 10, 18))
    assert week.label == "2026年第42周（10月12日—10月18日）"
    assert week.tag == "2026-W42"
    assert len(week.days) == 7
    # ISO week 1 of 2027 starts on Monday 2027-01-04; 2027-01-01 is in 2026's week 53.
    assert indicators.week_period(date(2027, 1, 1)).label.startswith("2026年第53周")
    month = indicators.month_period(date(2028, 2, 10))  # a leap year
    assert (month.start, month.end, month.label) == (
        date(2028, 2, 1),
        date(2028, 2, 29),
        "2028年2月",
    )
    assert dashboard.period_of("day", DAY).label == "2026年10月14日"
    with pytest.raises(UserError):
        dashboard.period_of("year", DAY)


def test_end_before_start_is_refused(ctx: AppContext, data: dict[str, Any]) -> None:
    with pytest.raises(UserError):
        dashboard.dashboard(ctx, DAY, DAY - timedelta(days=1))


# -- one day ------------------------------------------------------------------------


def test_day_visits_and_minutes(ctx: AppContext, data: dict[str, Any]) -> None:
    f = of("day", ctx)
    assert f.period == indicators.Period("day", DAY, DAY)
    assert f.visits == 7  # V1 … V7
    # Waiting: the visits with an arrival and a call: V1 10, V2 20, V3 4, V4 6, V6 30,
    # V7 2 (V5 is a walk-in) -> 6 visits, 72 minutes, average 12.
    assert f.waiting.count == 6
    assert f.waiting.average == pytest.approx(12.0)
    # Handling: the ended visits: V1 20, V2 10, V3 3, V4 5, V5 8, V6 2 (V7 is open)
    # -> 6 visits, 48 minutes, average 8.
    assert f.handling.count == 6
    assert f.handling.average == pytest.approx(8.0)
    cats = by_category(f)
    assert list(cats) == ["A", "B", "C"]  # queue.toml's order
    assert cats["A"].name == "业扩报装/变更用电"
    assert [cats[c].visits for c in "ABC"] == [2, 3, 2]
    # A: waits 10, 20 -> average 15; p90 = the ⌈0.9×2⌉ = 2nd smallest = 20.
    #    handles 20, 10 -> average 15; p90 20.
    assert cats["A"].waiting == indicators.Minutes(2, 15.0, 20.0)
    assert cats["A"].handling == indicators.Minutes(2, 15.0, 20.0)
    # B: waits 4, 6 (V5 walk-in has none) -> 5, p90 6; handles 3, 5, 8 -> 16/3 = 5.33,
    #    p90 = the ⌈0.9×3⌉ = 3rd smallest = 8.
    assert cats["B"].waiting == indicators.Minutes(2, 5.0, 6.0)
    assert cats["B"].handling == indicators.Minutes(3, 5.33, 8.0)
    # C: waits 30, 2 -> 16, p90 30; handles 2 (V7 open) -> 2, p90 2.
    assert cats["C"].waiting == indicators.Minutes(2, 16.0, 30.0)
    assert cats["C"].handling == indicators.Minutes(1, 2.0, 2.0)


def test_day_ratings(ctx: AppContext, data: dict[str, Any]) -> None:
    r = of("day", ctx).ratings
    # V1 5, V2 4, V3 3, V4 2, V6 1; V5 and V7 unrated.
    assert r.counts == {5: 1, 4: 1, 3: 1, 2: 1, 1: 1}
    assert r.unrated == 2
    assert r.rated == 5
    # Satisfied = 基本满意 or better: V1, V2, V3 = 3 of the 5 rated (the 2 unrated are
    # left out, not counted as satisfied): 60 %. Bad = 不满意 + 非常不满意 = 2.
    assert r.satisfied == 3
    assert r.bad == 2
    assert r.rate == pytest.approx(0.6)
    assert queueing.SATISFIED_FROM == 3


def test_day_payments(ctx: AppContext, data: dict[str, Any]) -> None:
    f = of("day", ctx)
    methods = {m.method: m for m in f.payments}
    assert list(methods) == ["cash", "card", "mobile"]
    # Cash 100.00 + 19.75 (the voided 500.00 left out); card 250.50; mobile 30.25.
    assert (methods["cash"].count, methods["cash"].total) == (2, D("119.75"))
    assert (methods["card"].count, methods["card"].total) == (1, D("250.50"))
    assert (methods["mobile"].count, methods["mobile"].total) == (1, D("30.25"))
    assert methods["cash"].name == "现金"
    assert f.payment_count == 4
    assert f.payment_total == D("400.50")  # 119.75 + 250.50 + 30.25
    assert isinstance(f.payment_total, Decimal)


def test_day_complaints_applications_tickets(ctx: AppContext, data: dict[str, Any]) -> None:
    f = of("day", ctx)
    complaints, followups = f.complaint("complaint"), f.complaint("followup")
    # Received on 10-14: C1, C2 (complaints); C3, C4, C7 (follow-ups).
    assert (complaints.received, followups.received) == (2, 3)
    # Open now (not closed, whenever received): C1, C2, C5, C6; follow-ups C3.
    assert (complaints.open, followups.open) == (4, 1)
    # Overdue now (10-15): C2 (not contacted, contact due 10-13), C5 (not resolved,
    # decision due 10-12). C1's contact is due today: not yet. C6 is resolved.
    assert (complaints.overdue, followups.overdue) == (2, 0)
    assert (f.complaints_open, f.complaints_overdue) == (5, 2)
    # Waiting now: today's two waiting tickets (yesterday's waiting one does not count).
    assert f.tickets_waiting == 2
    # In progress, current step due by 10-14: zhang's (10-10) only. Overdue (due before
    # today 10-15): the same one. Paused and completed ones never count.
    assert (f.applications_due, f.applications_overdue) == (1, 1)


def test_day_per_clerk(ctx: AppContext, data: dict[str, Any]) -> None:
    clerks = by_clerk(of("day", ctx))
    # The active clerks (wang with zeros); admin has nothing and is no clerk: left out.
    assert list(clerks) == ["1001", "1002", "1003"]
    zhang, li, wang = clerks["1001"], clerks["1002"], clerks["1003"]
    assert (zhang.name, li.name) == ("张营业", "李收费")
    # zhang: V1, V2, V3. Waits 10 + 20 + 4 = 34 / 3 = 11.33; handles 20 + 10 + 3 = 33 / 3
    # = 11. Rated 5, 4, 3: all satisfied (100 %), no bad one. Payments: cash 100.00 and
    # card 250.50 = 2, 350.50. Complaints: none about his visits (C7 is a follow-up he
    # created, not a complaint: 员工绩效's 投诉数). Overdue: his in-progress application
    # due 10-10.
    assert zhang.visits == 3
    assert zhang.waiting_average == pytest.approx(11.33)
    assert zhang.handling_average == pytest.approx(11.0)
    assert (zhang.rated, zhang.satisfied, zhang.bad) == (3, 3, 0)
    assert zhang.satisfaction == pytest.approx(1.0)
    assert (zhang.payments, zhang.paid) == (2, D("350.50"))
    assert (zhang.complaints, zhang.overdue) == (0, 1)
    # li: V4 … V7. Waits 6 + 30 + 2 = 38 / 3 = 12.67; handles 5 + 8 + 2 = 15 / 3 = 5.
    # Rated V4 (2), V6 (1): 0 of 2 satisfied, 2 bad. Payments: mobile 30.25 and cash
    # 19.75 = 2, 50.00 (the void left out). Complaints: C1 (about V4); C3 and C4 are the
    # follow-ups of li's bad ratings, already counted in 差评.
    # Overdue: none (due today, 10-20, 10-30).
    assert li.visits == 4
    assert li.waiting_average == pytest.approx(12.67)
    assert li.handling_average == pytest.approx(5.0)
    assert (li.rated, li.satisfied, li.bad) == (2, 0, 2)
    assert li.satisfaction == pytest.approx(0.0)
    assert (li.payments, li.paid) == (2, D("50.00"))
    assert (li.complaints, li.overdue) == (1, 0)
    assert (wang.visits, wang.payments, wang.paid, wang.satisfaction) == (0, 0, D("0.00"), None)
    assert wang.waiting_average is None and wang.handling_average is None


def test_day_trend(ctx: AppContext, data: dict[str, Any]) -> None:
    days = of("day", ctx).days
    assert days == (indicators.DayFigures(DAY, 7, 5, 3),)
    assert days[0].satisfaction == pytest.approx(0.6)


# -- a week, a month ---------------------------------------------------------------------


def test_week(ctx: AppContext, data: dict[str, Any]) -> None:
    f = of("week", ctx)
    assert f.visits == 8  # V1 … V7 and V8 on Tuesday
    # Waiting: 72 + V8's 10 = 82 over 7 -> 11.71. Handling: 48 + 30 = 78 over 7 -> 11.14.
    assert (f.waiting.count, f.waiting.average) == (7, pytest.approx(11.71))
    assert (f.handling.count, f.handling.average) == (7, pytest.approx(11.14))
    a = by_category(f)["A"]
    # A waits 10, 20, 10 -> 40 / 3 = 13.33; p90 = ⌈0.9×3⌉ = 3rd smallest = 20.
    # A handles 20, 10, 30 -> 20; p90 30.
    assert a.waiting == indicators.Minutes(3, 13.33, 20.0)
    assert a.handling == indicators.Minutes(3, 20.0, 30.0)
    # Ratings: V8's 5 added: 5 ×2, 4, 3, 2, 1; satisfied 4 of 6 rated.
    assert f.ratings.counts == {5: 2, 4: 1, 3: 1, 2: 1, 1: 1}
    assert f.ratings.unrated == 2
    assert f.ratings.rate == pytest.approx(4 / 6)
    # Payments: the day's 4 (400.50) and Tuesday's cash 10.00.
    assert (f.payment_count, f.payment_total) == (5, D("410.50"))
    # Due by Sunday 10-18: the overdue one (10-10) and li's due today (10-15).
    assert (f.applications_due, f.applications_overdue) == (2, 1)
    # The seven days, Monday first: Tuesday V8 (rated, satisfied), Wednesday the day's 7.
    assert [d.day for d in f.days] == [date(2026, 10, 12) + timedelta(days=i) for i in range(7)]
    assert [(d.visits, d.rated, d.satisfied) for d in f.days] == [
        (0, 0, 0), (1, 1, 1), (7, 5, 3), (0, 0, 0), (0, 0, 0), (0, 0, 0), (0, 0, 0),
    ]  # fmt: skip
    assert f.days[0].satisfaction is None
    zhang = by_clerk(f)["1001"]
    # zhang: V1, V2, V3, V8: waits 34 + 10 = 44 / 4 = 11; handles 33 + 30 = 63 / 4 = 15.75;
    # payments 350.50 + 10.00.
    assert (zhang.visits, zhang.waiting_average, zhang.handling_average) == (4, 11.0, 15.75)
    assert (zhang.payments, zhang.paid) == (3, D("360.50"))


def test_month_uses_hall_days(ctx: AppContext, data: dict[str, Any]) -> None:
    f = of("month", ctx)
    # V1 … V9 and V11 (10-31 23:40); not V10 (09-30 23:50) nor V12 (11-01 00:05 in the
    # hall, still 10-31 in UTC).
    assert f.visits == 10
    assert len(f.days) == 31
    assert f.days[-1] == indicators.DayFigures(date(2026, 10, 31), 1, 0, 0)
    assert sum(d.visits for d in f.days) == f.visits
    c = by_category(f)["C"]
    # C waits 30, 2 and V9's 5 -> 37 / 3 = 12.33, p90 = 3rd smallest = 30.
    assert c.waiting == indicators.Minutes(3, 12.33, 30.0)
    # Payments: the week's 410.50; 11-01 00:05 (hall time) is November's.
    assert (f.payment_count, f.payment_total) == (5, D("410.50"))
    # Complaints received in October: C1, C2, C5 and the follow-ups C3, C4, C7.
    assert (f.complaint("complaint").received, f.complaint("followup").received) == (3, 3)
    # Due by 10-31: 10-10, 10-15, 10-20 and li's second step due 10-30.
    assert (f.applications_due, f.applications_overdue) == (4, 1)


def test_percentile_is_nearest_rank(ctx: AppContext, staff: dict[str, int]) -> None:
    """Waits of 1 … 11 minutes: p90 = the ⌈9.9⌉ = 10th smallest = 10; and 1 … 20
    minutes: the 18th = 18. Handles 1 … n likewise."""
    ctx.clock = lambda: NOW
    first, second = date(2026, 10, 5), date(2026, 10, 6)
    with ctx.write() as s:
        for day, n in ((first, 11), (second, 20)):
            for minutes in range(1, n + 1):
                called = at(day, "08:00") + timedelta(minutes=minutes)
                s.add(
                    Visit(
                        visit_no=f"P{day.day}-{minutes}",
                        hall_id=1,
                        clerk_id=staff["zhang"],
                        counter="1",
                        business_code="inquiry",
                        outcome="completed",
                        arrived_at=at(day, "08:00"),
                        called_at=called,
                        started_at=called,
                        ended_at=called + timedelta(minutes=minutes),
                        category="D",
                    )
                )
    cat = by_category(dashboard.dashboard(ctx, first, first))["D"]
    assert (cat.waiting.p90, cat.handling.p90) == (10.0, 10.0)
    assert cat.waiting.average == pytest.approx(6.0)  # 66 / 11
    assert cat.name == "D"  # not in queue.toml: its code
    cat = by_category(dashboard.dashboard(ctx, second, second))["D"]
    assert (cat.waiting.p90, cat.handling.p90) == (18.0, 18.0)
    # Both days: 1 … 11 and 1 … 20, 31 values; the ⌈27.9⌉ = 28th smallest. Sorted, the
    # values up to 11 appear twice (22 values), then 12 … 20: the 28th is 17.
    cat = by_category(dashboard.dashboard(ctx, first, second))["D"]
    assert cat.waiting.p90 == 17.0


def test_empty_period(ctx: AppContext, staff: dict[str, int]) -> None:
    ctx.clock = lambda: NOW
    f = of("month", ctx, date(2026, 3, 1))
    assert f.visits == 0
    assert f.categories == ()
    assert f.waiting == indicators.Minutes(0, None)
    assert f.ratings.rate is None
    assert f.ratings.counts == {5: 0, 4: 0, 3: 0, 2: 0, 1: 0}
    assert f.payment_total == D("0.00")
    assert len(f.days) == 31 and all(d.visits == 0 for d in f.days)
    assert [c.staff_no for c in f.clerks] == ["1001", "1002", "1003"]


def test_postgresql_sql_renders() -> None:
    """The statements render on PostgreSQL: the durations are stored seconds (no date
    arithmetic, julianday or EXTRACT), and nothing SQLite's only."""
    pg = postgresql.dialect()  # type: ignore[no-untyped-call]
    lo = datetime(2026, 10, 1, tzinfo=HALL_TZ)
    visits = dashboard_queries.visit_groups_statement(1)
    paid = dashboard_queries.payment_groups_statement(1, lo, lo + timedelta(days=1))
    for statement in (visits, paid):
        text = str(statement.compile(dialect=pg))
        assert "tmp_dashboard_pairs" in text
        assert "julianday" not in text and "EXTRACT" not in text
    assert "sum(v.wait_seconds)" in str(visits.compile(dialect=pg))
    for table in (dashboard_queries.DAYS, dashboard_queries.PAIRS):
        create = str(CreateTable(table).compile(dialect=pg))
        assert create.strip().startswith("CREATE TEMPORARY TABLE tmp_dashboard_")


def test_a_method_the_app_does_not_know(ctx: AppContext, data: dict[str, Any]) -> None:
    """Grouped by its text as well, after the known ones."""
    with ctx.write() as s:
        s.add(payment(data["staff"]["li"], 1, at(DAY, "16:00"), "cheque", "12.34"))
    f = of("day", ctx)
    assert [(m.method, m.name, m.count, m.total) for m in f.payments][-1] == (
        "cheque",
        "cheque",
        1,
        D("12.34"),
    )
    assert f.payment_total == D("412.84")  # 400.50 + 12.34
    assert by_clerk(f)["1002"].paid == D("62.34")  # 50.00 + 12.34


def test_packed_ratings_round_trip() -> None:
    # Rating r counted at bit RATING_BITS × (r − 1); a group of more visits than a field
    # holds is counted again (dashboard_queries.exact_ratings).
    bits = dashboard_queries.RATING_BITS
    packed = 3 + (7 << bits) + (((1 << bits) - 1) << 4 * bits)
    assert dashboard_queries.unpack_ratings(packed) == {1: 3, 2: 7, 5: (1 << bits) - 1}
    assert dashboard_queries.unpack_ratings(None) == {}


def test_the_other_ways_give_the_same_figures(
    ctx: AppContext, data: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ratings counted one group at a time (as a group of more visits than a packed
    field holds is), and percentiles by sorting the period (as for a day among years
    of visits): the same figures as the fast ways."""
    fast = of("month", ctx)
    monkeypatch.setattr(dashboard_queries, "RATING_BITS", 1)  # every group of 2 or more
    monkeypatch.setattr(dashboard_queries, "WALK_FACTOR", 0)  # never walk the duration index
    other = of("month", ctx)
    assert other == fast


def test_unknown_category_and_long_range(ctx: AppContext, staff: dict[str, int]) -> None:
    """A category queue.toml does not name keeps its own figures; a range is at most
    1000 days."""
    ctx.clock = lambda: NOW
    with ctx.write() as s:
        s.add_all(
            [
                visit(staff["zhang"], "ZZ", DAY, "09:00", "09:03", "09:03", "09:10", 5),
                visit(staff["li"], "ZZ", DAY, "09:00", "09:09", "09:09", "09:10", None),
                visit(staff["li"], "A", DAY, "09:00", "09:01", "09:01", "09:10", 2),
            ]
        )
    f = dashboard.dashboard(ctx, DAY, DAY)
    cats = by_category(f)
    assert list(cats) == ["A", "ZZ"]
    # ZZ: waits 3 and 9 -> 6, p90 9; handles 7 and 1 -> 4, p90 7.
    assert cats["ZZ"].waiting == indicators.Minutes(2, 6.0, 9.0)
    assert cats["ZZ"].handling == indicators.Minutes(2, 4.0, 7.0)
    assert by_clerk(f)["1002"].visits == 2
    assert f.ratings.counts[5] == 1 and f.ratings.unrated == 1
    with pytest.raises(UserError):
        dashboard.dashboard(ctx, date(2020, 1, 1), date(2022, 12, 31))


def test_print_report(ctx: AppContext, data: dict[str, Any], tmp_path: Path) -> None:
    f = of("week", ctx)
    path = dashboard.print_report(ctx, f, tmp_path / "out")
    assert path.name.startswith("指标看板_2026-W42_")
    assert not list(path.parent.glob(".*.tmp"))
    reader = PdfReader(path)
    text = "".join(page.extract_text() for page in reader.pages).replace(" ", "").replace("\n", "")
    for expected in (
        "营业厅服务指标报表",
        "2026年第42周",
        "城关供电营业厅",
        "员工绩效",
        "张营业",
        "李收费",
        "66.7%",  # satisfaction 4 / 6
        "410.50",
        "未评价",
        "差评回访",
    ):
        assert expected in text, expected
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        names = [str(font.get_object()["/BaseFont"]) for font in fonts.values()]
        assert names and all("WenQuanYiMicroHei" in name for name in names), names


def test_the_dashboard_and_the_hq_sheet_count_a_clerks_complaints_alike(
    ctx: AppContext, hall: tuple[HallInfo, UserInfo], data: dict[str, Any], tmp_path: Path
) -> None:
    """Issue 14: for the same clerk and day the dashboard said 投诉 1 (a follow-up of a bad
    rating counted as a complaint) and HQ's 员工绩效 0. Both count by one definition now
    (services/indicators.py): complaints about a visit the clerk served."""
    import openpyxl

    from counter_app.hq import export

    shown = by_clerk(of("day", ctx))
    result = export.export_period(ctx, hall[1], tmp_path, date_from=DAY, date_to=DAY)
    rows = list(openpyxl.load_workbook(result.path, read_only=True)["员工绩效"].values)
    head = list(rows[0])
    sheet = {r[head.index("营业员工号")]: r[head.index("投诉数")] for r in rows[1:]}
    # zhang: only C7, a follow-up he created; li: C1 about V4 (C3, C4 are follow-ups).
    assert sheet["1001"] == shown["1001"].complaints == 0
    assert sheet["1002"] == shown["1002"].complaints == 1
