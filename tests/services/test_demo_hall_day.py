"""The demo hall's day: tickets, waits, ratings, follow-ups and complaints, as the app
would have written them, on a small demo store under a pinned clock."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from counter_app import demo
from counter_app.domain.clock import local_date
from counter_app.hq import export
from counter_app.services import (
    auth,
    complaints,
    dashboard,
    integrity,
    queue,
    ratings,
)
from counter_app.services.context import AppContext
from counter_app.store.models import (
    AuditEntry,
    Complaint,
    ComplaintEvent,
    Sequence,
    Ticket,
    Visit,
)

# Friday 2026-11-20, 17:00 in the hall (test_demo.py's moment): the hall is still open.
NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
TODAY = date(2026, 11, 20)
DAYS = 10


@pytest.fixture
def filled(ctx: AppContext) -> demo.DemoSummary:
    ctx.clock = lambda: NOW
    return demo.fill_demo(ctx, customers=60, visits=300, days=DAYS, seed=3)


def test_most_visits_are_rated_and_few_badly(ctx: AppContext, filled: demo.DemoSummary) -> None:
    with ctx.read() as s:
        total, rated = s.execute(select(func.count(), func.count(Visit.rating))).one()
        bad = s.scalar(select(func.count()).where(Visit.rating <= 2))
        late = s.scalar(select(func.count()).where(Visit.rated_at < Visit.ended_at))
        rates = s.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "visit.rate")
        )
    assert 0.6 <= rated / total <= 0.8
    assert 0 < bad < rated * 0.05  # a few bad ratings, most satisfied
    assert late == 0 and rates == rated  # rated after the visit, each with its audit entry
    summary = filled.hall_day
    assert summary is not None
    assert (summary.rated, summary.unrated, summary.bad) == (rated, total - rated, bad)
    assert any("评价" in line for line in summary.lines())


def test_tickets_are_numbered_per_day_and_category_and_waits_are_real(
    ctx: AppContext, filled: demo.DemoSummary
) -> None:
    with ctx.read() as s:
        tickets = s.execute(select(Ticket)).scalars().all()
        visits = {v.id: v for v in s.scalars(select(Visit))}
        sequences = dict(
            s.execute(select(Sequence.name, Sequence.value).where(Sequence.name.like("ticket:%")))
            .tuples()
            .all()
        )
    numbers: dict[tuple[date, str], list[tuple[datetime, int]]] = defaultdict(list)
    waits = []
    for t in tickets:
        numbers[(t.day, t.category)].append((t.issued_at, t.number))
        assert t.ticket_no == f"{t.category}{t.number:03d}"
        if t.visit_id is None:  # took a number and left before the call
            assert t.status == "waiting" and t.day < TODAY
            continue
        v = visits[t.visit_id]
        assert t.status == "done" and t.called_at == v.called_at == v.started_at
        assert v.arrived_at == t.issued_at <= v.started_at and v.category == t.category
        assert local_date(t.issued_at) == t.day
        waits.append(v.wait_seconds)
    for (day, category), taken in numbers.items():
        assert [n for _at, n in sorted(taken)] == list(range(1, len(taken) + 1))
        assert sequences[f"ticket:330101:{day:%Y%m%d}:{category}"] == len(taken)
    assert sum(1 for w in waits if w > 0) > len(waits) * 0.9
    assert 60 < sum(waits) / len(waits) < 20 * 60  # a few minutes on average
    walk_ins = [v for v in visits.values() if v.id not in {t.visit_id for t in tickets}]
    assert walk_ins and all(v.wait_seconds == 0 and v.category for v in walk_ins)
    assert all(v.category for v in visits.values())
    # The queue numbers on after the demo: today's next ticket takes the next number.
    ctx.clock = lambda: NOW
    category = next(c for d, c in numbers if d == TODAY)
    issued = queue.issue_ticket(ctx, category)
    assert issued.ticket_no == f"{category}{len(numbers[(TODAY, category)]) + 1:03d}"


def test_bad_ratings_open_follow_ups_and_complaints_take_their_steps(
    ctx: AppContext, filled: demo.DemoSummary
) -> None:
    with ctx.read() as s:
        bad = s.scalars(select(Visit.id).where(Visit.rating <= 2)).all()
        cases = s.scalars(select(Complaint).order_by(Complaint.id)).all()
        events = s.execute(select(ComplaintEvent.complaint_id, ComplaintEvent.kind)).all()
        audited = s.execute(
            select(AuditEntry.entity_id, AuditEntry.action).where(AuditEntry.entity == "complaint")
        ).all()
    followups = [c for c in cases if c.kind == "followup"]
    assert sorted(c.visit_id for c in followups) == sorted(bad)
    assert all(c.channel == ratings.FOLLOWUP_CHANNEL and c.rating in (1, 2) for c in followups)
    assert all(re.fullmatch(r"330101-HF\d{8}-\d{3}", c.complaint_no) for c in followups)
    taken = [c for c in cases if c.kind == "complaint"]
    assert taken and all(re.fullmatch(r"330101-TS\d{8}-\d{3}", c.complaint_no) for c in taken)
    rules = ctx.rules.complaints
    assert all(c.channel in rules.channels and c.category in rules.categories for c in taken)
    # Every step is an event with its audit entry, as the complaints service writes them.
    by_case = defaultdict(list)
    for complaint_id, kind in events:
        by_case[complaint_id].append(kind)
    numbers = {c.id: c.complaint_no for c in cases}
    assert sorted((numbers[i], f"complaint.{k}") for i, ks in by_case.items() for k in ks) == (
        sorted(audited)
    )
    for c in cases:
        assert by_case[c.id][0] == "opened"
        assert (c.contacted_at is not None) == ("contacted" in by_case[c.id])
        assert (c.status == "closed") == (c.closed_at is not None)
        assert c.received_at <= NOW and (c.closed_at or c.received_at) <= NOW
    assert filled.hall_day is not None
    assert filled.hall_day.complaints == len(taken)
    # The hall day's own cases: the visits' findings (demo/outreach.py) are counted there.
    hall_cases = [c for c in cases if c.kind != "finding"]
    assert filled.hall_day.still_open == sum(c.status != "closed" for c in hall_cases)
    # The services number on after the demo.
    ctx.clock = lambda: NOW
    clerk = next(u for u in auth.list_users(ctx) if u.role == "clerk")
    again = complaints.open_complaint(ctx, clerk, "柜台", "收费", "对电费有疑问", "")
    today = [c.complaint_no for c in taken if c.received_at.date() == TODAY]
    assert again.complaint_no == f"330101-TS{TODAY:%Y%m%d}-{len(today) + 1:03d}"


def test_the_store_checks_clean(ctx: AppContext, filled: demo.DemoSummary) -> None:
    report = integrity.check_store(ctx)
    assert report.ok, [r for r in report.results if not r.ok]


def test_the_dashboard_and_the_hq_workbook_see_the_hall_day(
    ctx: AppContext, filled: demo.DemoSummary, tmp_path: Path
) -> None:
    start = TODAY - timedelta(days=DAYS - 1)
    figures = dashboard.dashboard(ctx, start, TODAY)
    rate = figures.ratings.rate
    assert rate is not None and 0.9 < rate < 1.0
    assert figures.waiting.average and figures.waiting.average > 1
    assert figures.complaint("followup").received > 0
    assert any(c.rated and c.waiting_average for c in figures.clerks)
    admin = next(u for u in auth.list_users(ctx) if u.role == "admin")
    result = export.export_period(ctx, admin, tmp_path, date_from=start, date_to=TODAY)
    sheet = openpyxl.load_workbook(result.path, read_only=True)["投诉意见"]
    rows = [r for r in sheet.iter_rows(min_row=2, values_only=True) if any(r)]
    assert result.row_counts["投诉意见"] == len(rows) > 0
    channels = {r[2] for r in rows}  # 渠道: follow-ups come from 评价, complaints from others
    assert ratings.FOLLOWUP_CHANNEL in channels and len(channels) > 1
