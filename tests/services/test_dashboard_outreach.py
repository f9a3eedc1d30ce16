"""The dashboard's 走访调查 figures from a small known set made through the services on a
pinned clock (tests/outreach_set.py says what happened, day by day)."""

from __future__ import annotations

from pathlib import Path

import pytest
from outreach_set import MONDAY, NOW, SUNDAY, OutreachSet, make_outreach_set
from support import pdf_text

from counter_app.domain.indicators import OutreachFigures
from counter_app.services import dashboard
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext


@pytest.fixture
def made(
    ctx: AppContext, hall: tuple[HallInfo, UserInfo], clerk: UserInfo, supervisor: UserInfo
) -> OutreachSet:
    return make_outreach_set(ctx, hall[1], supervisor, clerk)


def week(ctx: AppContext) -> OutreachFigures:
    ctx.clock = lambda: NOW
    return dashboard.dashboard(ctx, MONDAY, SUNDAY, "week").outreach


def test_plan_completion_counts_the_plans_due_in_the_period(
    ctx: AppContext, made: OutreachSet
) -> None:
    o = week(ctx)
    # P1 only (P2 was due the Friday before): 3 customers, …71 and …72 visited by the
    # due day, …72 after one unreachable try; …73 pending, not yet overdue.
    assert (o.plans, o.targets, o.done, o.done_on_time) == (1, 3, 2, 2)
    assert (o.unreachable, o.pending_overdue, o.completion) == (0, 0, 2 / 3)
    assert o.visits == 3  # the unreachable try counts as a visit made


def test_satisfaction_by_question_this_period_and_the_one_before(
    ctx: AppContext, made: OutreachSet
) -> None:
    o = week(ctx)
    by_code = {q.code: q for q in o.questions}
    # Text questions have no figure; the rest in the questionnaire's order.
    assert list(by_code) == [
        "on_time",
        "fees_as_told",
        "visits_needed",
        "staff_attitude",
        "overall",
    ]
    on_time = by_code["on_time"]  # 否 (…71), 是 (…72): half good; the week before 是
    assert (on_time.survey, on_time.kind, on_time.answers, on_time.good) == (
        "新装回访",
        "yes_no",
        2,
        1,
    )
    assert (on_time.figure, on_time.before) == (0.5, 1.0)
    assert by_code["visits_needed"].figure == 0.5  # 一次, 三次及以上
    staff = by_code["staff_attitude"]  # 5 and 4 this week; 2 the week before
    assert (staff.mean, staff.figure, staff.before) == (4.5, 4.5, 2.0)
    assert (by_code["overall"].mean, by_code["overall"].good) == (3.0, 1)  # 4 and 2 (a problem)


def test_problems_found_and_closed_on_time(ctx: AppContext, made: OutreachSet) -> None:
    o = week(ctx)
    # F1, F2, F3 found this week (F0 the week before); F1 closed the next day, within its
    # deadlines; F0 never contacted, past its contact day (Friday 11-20) now.
    assert (o.found, o.closed, o.closed_on_time, o.open_overdue) == (3, 1, 1, 1)
    assert o.on_time_rate == 1.0


def test_per_visitor_the_responsibility_figures(ctx: AppContext, made: OutreachSet) -> None:
    o = week(ctx)
    rows = {
        v.staff_no: (v.assigned, v.done, v.found, v.owned_closed, v.owned_on_time, v.owned_overdue)
        for v in o.visitors
    }
    assert rows == {
        "1001": (2, 1, 1, 1, 1, 0),  # …71 and …73; F1 found and closed on time
        "1002": (1, 2, 2, 0, 0, 1),  # …72 (two tries); F2, F3; F0 of the week before overdue
    }
    assert [v.name for v in o.visitors] == ["张营业", "赵营业"]


def test_the_week_before_and_findings_stay_out_of_the_complaint_figures(
    ctx: AppContext, made: OutreachSet
) -> None:
    ctx.clock = lambda: NOW
    before = dashboard.dashboard(ctx, MONDAY.replace(day=16), MONDAY.replace(day=22), "week")
    o = before.outreach
    assert (o.plans, o.targets, o.done, o.done_on_time, o.visits, o.found) == (1, 1, 1, 1, 1, 1)
    # A finding is its own row, never in 投诉回访未办结 (the complaint rate's figures).
    assert before.complaint("finding").open == 3  # F0, F2, F3 (F1 closed)
    assert (before.complaints_open, before.complaints_overdue) == (0, 0)


def test_the_printed_report_has_the_section(
    ctx: AppContext, made: OutreachSet, tmp_path: Path
) -> None:
    ctx.clock = lambda: NOW
    figures = dashboard.dashboard(ctx, MONDAY, SUNDAY, "week")
    text = pdf_text(dashboard.print_report(ctx, figures, tmp_path))
    assert "八、走访调查" in text
    assert "是否按承诺时间送电？" in text and "4.5 分" in text
    assert "赵营业" in text
