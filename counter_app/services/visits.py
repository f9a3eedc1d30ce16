"""Visits (来访): one customer at one counter, from start to outcome."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from counter_app.domain.clock import local_date
from counter_app.domain.numbers import VISITS
from counter_app.services.errors import UserError
from counter_app.services.sequences import next_number
from counter_app.store.models import Hall, Visit, VisitItem, whole_seconds


def open_visit(
    s: Session,
    hall: Hall,
    clerk_id: int,
    counter: str,
    customer_id: int | None,
    business_code: str,
    started_at: datetime,
) -> Visit:
    """A visit numbered per hall and day, inside the caller's transaction."""
    day = local_date(started_at)
    number = next_number(s, VISITS.sequence_name(hall.code, day))
    visit = Visit(
        visit_no=VISITS.format(hall.code, number, day),
        hall_id=hall.id,
        clerk_id=clerk_id,
        counter=counter,
        customer_id=customer_id,
        business_code=business_code,
        outcome="open",
        started_at=started_at,
    )
    s.add(visit)
    s.flush()
    return visit


def visit_for_business(
    s: Session,
    hall: Hall,
    visit_id: int | None,
    clerk_id: int,
    counter: str,
    customer_id: int | None,
    business_code: str,
    kind: str,
    ref: str,
    started_at: datetime,
    now: datetime,
    category: str,
) -> Visit:
    """The visit a business belongs to: the open one called from the queue, or a walk-in.

    A walk-in (no ticket) is a visit of its own, started when the clerk began and
    completed now; arrival is the start, so it waited no time in the queue.
    """
    if visit_id is not None:
        visit = s.get(Visit, visit_id)
        if visit is None or visit.outcome != "open":
            raise UserError("当前来访已结束，请重新叫号或开始新的来访")
        if visit.customer_id is None:
            visit.customer_id = customer_id
        if not visit.business_code:
            visit.business_code = business_code
    else:
        visit = open_visit(s, hall, clerk_id, counter, customer_id, business_code, started_at)
        visit.category, visit.arrived_at = category, started_at
        visit.ended_at, visit.outcome = now, "completed"
        # No call, so no waiting (wait_seconds stays None, as the dashboard counts it).
        visit.handle_seconds = whole_seconds(started_at, now)
    visit.updated_at = now
    s.add(VisitItem(visit_id=visit.id, kind=kind, ref=ref, created_at=now))
    s.flush()
    return visit
