"""Visits (来访): one customer at one counter, from start to outcome."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from counter_app.domain.clock import local_date
from counter_app.services.sequences import next_number
from counter_app.store.models import Hall, Visit


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
    number = next_number(s, f"visit:{hall.code}:{day:%Y%m%d}")
    visit = Visit(
        visit_no=f"{hall.code}-V{day:%Y%m%d}-{number:04d}",
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
