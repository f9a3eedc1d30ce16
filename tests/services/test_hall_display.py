"""The hall display's data: every counter's calls (also from another PC), in order,
today's only, recalls, waiting per category, notices with outages first."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select
from support import PASSWORD

from counter_app.bootstrap import open_context
from counter_app.domain.clock import HALL_TZ
from counter_app.services import announcements, auth, counter_visit, hall_display, queue
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.services.errors import UserError
from counter_app.store.models import QueueCall

DAY = date(2026, 11, 23)  # a Monday


class Clock:
    def __init__(self) -> None:
        self.now = self.at(9, 0)

    def at(self, hour: int, minute: int, day: date = DAY) -> datetime:
        self.now = datetime(day.year, day.month, day.day, hour, minute, tzinfo=HALL_TZ)
        return self.now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock(ctx: AppContext) -> Clock:
    c = Clock()
    ctx.clock = c
    return c


def second_clerk(ctx: AppContext, hall: tuple[HallInfo, UserInfo]) -> UserInfo:
    return auth.add_user(
        ctx,
        hall[1],
        username="li",
        display_name="李收费",
        staff_no="1002",
        role="clerk",
        password=PASSWORD,
    )


def test_calls_from_another_pc_are_seen_by_the_display(
    ctx: AppContext,
    clerk: UserInfo,
    hall: tuple[HallInfo, UserInfo],
    clock: Clock,
    db_url: str,
) -> None:
    """The display PC (ctx) and a counter PC (its own engine on the same store)."""
    li = second_clerk(ctx, hall)
    for category in "AAB":
        queue.issue_ticket(ctx, category)
    start = hall_display.display_state(ctx)
    assert start.calls == () and start.last_id == 0
    assert [(w.category, w.waiting) for w in start.waiting][:2] == [("A", 2), ("B", 1)]

    counter_pc = open_context(db_url)
    counter_pc.clock = clock
    try:
        clock.at(9, 5)
        queue.call_next(counter_pc, li, "2", ["B"])
        clock.at(9, 6)
        queue.call_next(ctx, clerk, "3", ["A"])
    finally:
        counter_pc.close()

    new = hall_display.calls_since(ctx, start.last_id)
    assert [(c.ticket_no, c.counter, c.recall) for c in new] == [("B001", "2", 0), ("A001", "3", 0)]
    assert new[0].category_name == ctx.rules.queue.category_name("B")
    assert new[1].called_at == clock.at(9, 6)
    state = hall_display.display_state(ctx)
    assert [(c.ticket_no, c.counter) for c in state.calls] == [("A001", "3"), ("B001", "2")]
    assert state.last_id == new[-1].id
    assert [(w.category, w.waiting) for w in state.waiting][:2] == [("A", 1), ("B", 0)]
    assert hall_display.calls_since(ctx, state.last_id) == []


def test_a_recall_is_said_again_and_listed_once_newest(
    ctx: AppContext, clerk: UserInfo, hall: tuple[HallInfo, UserInfo], clock: Clock
) -> None:
    li = second_clerk(ctx, hall)
    queue.issue_ticket(ctx, "A")
    queue.issue_ticket(ctx, "B")
    queue.call_next(ctx, clerk, "3", ["A"])
    queue.call_next(ctx, li, "1", ["B"])
    seen = hall_display.display_state(ctx).last_id
    clock.at(9, 2)
    queue.recall(ctx, clerk, "A001")
    again = hall_display.calls_since(ctx, seen)
    assert [(c.ticket_no, c.counter, c.recall) for c in again] == [("A001", "3", 1)]
    state = hall_display.display_state(ctx)
    assert [(c.ticket_no, c.recall) for c in state.calls] == [("A001", 1), ("B001", 0)]


def test_a_refused_call_announces_nothing(ctx: AppContext, clerk: UserInfo, clock: Clock) -> None:
    queue.issue_ticket(ctx, "A")
    queue.issue_ticket(ctx, "A")
    queue.call_next(ctx, clerk, "3", ["A"])
    with pytest.raises(UserError):  # counter 3 still serves A001
        queue.call_next(ctx, clerk, "3", ["A"])
    assert queue.call_next(ctx, clerk, "4", ["B"]) is None  # nobody waits in B
    queue.walk_in(ctx, clerk, "5", "A")  # already at the counter: nobody is called
    with ctx.read() as s:
        assert s.scalars(select(QueueCall.ticket_no)).all() == ["A001"]


def test_only_todays_calls_are_shown(ctx: AppContext, clerk: UserInfo, clock: Clock) -> None:
    queue.issue_ticket(ctx, "A")
    visit = queue.call_next(ctx, clerk, "3", ["A"])
    assert visit is not None
    counter_visit.end_visit(ctx, clerk, visit.visit_id, "completed")
    clock.at(9, 0, DAY + timedelta(days=1))
    assert hall_display.display_state(ctx).calls == ()
    assert hall_display.calls_since(ctx, 0) == []
    queue.issue_ticket(ctx, "A")
    queue.call_next(ctx, clerk, "3", ["A"])
    assert [c.ticket_no for c in hall_display.calls_since(ctx, 0)] == ["A001"]


def test_recent_calls_are_bounded_and_newest_first(
    ctx: AppContext, clerk: UserInfo, clock: Clock
) -> None:
    for minute in range(10):
        clock.at(9, minute)
        queue.issue_ticket(ctx, "B")
        visit = queue.call_next(ctx, clerk, "1", ["B"])
        assert visit is not None
        counter_visit.end_visit(ctx, clerk, visit.visit_id, "completed")
    state = hall_display.display_state(ctx, recent=4)
    assert [c.ticket_no for c in state.calls] == ["B010", "B009", "B008", "B007"]


def test_notices_show_outages_first(
    ctx: AppContext, clerk: UserInfo, supervisor: UserInfo, clock: Clock
) -> None:
    now = clock()
    announcements.create(
        ctx,
        supervisor,
        kind="service",
        title="营业时间调整",
        area="",
        starts_at=now - timedelta(hours=1),
        ends_at=None,
    )
    announcements.create(
        ctx,
        supervisor,
        kind="unplanned_outage",
        title="城关镇故障停电",
        area="城关镇人民路",
        starts_at=now,
        ends_at=None,
    )
    notices = hall_display.display_state(ctx).notices
    assert [(n.kind, n.title) for n in notices] == [
        ("unplanned_outage", "城关镇故障停电"),
        ("service", "营业时间调整"),
    ]
