"""When something is late (超期, 超时): each rule once, its SQL beside its Python.

A screen that marks a row red and a query that counts the red rows must agree, so
every rule here comes as a Python predicate (for a record in hand) and, where a
query needs it, the SQLAlchemy expression of the same rule; tests/services/
test_deadlines.py checks the two against each other on the boundary cases.

Dates count in the hall's days: a due date is met all through that day and late
from the next one. A 复电's limit is in hours (domain/reconnection.py): late from
the moment after its deadline.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ColumnElement, and_, or_

from counter_app.domain.clock import local_date
from counter_app.store.models import Application, ApplicationStep, Complaint

__all__ = [
    "complaint_contact_overdue",
    "complaint_decision_overdue",
    "complaint_overdue",
    "complaint_overdue_sql",
    "current_step_overdue_sql",
    "day_late",
    "finished_late",
    "moment_late",
    "step_due_by_sql",
    "step_overdue",
]


def day_late(due: date, today: date) -> bool:
    """Past a due date: from the day after it."""
    return today > due


def moment_late(deadline: datetime, now: datetime) -> bool:
    """Past a deadline time (a 复电's): from the moment after it."""
    return now > deadline


def finished_late(done_at: datetime | None, due: date, today: date) -> bool:
    """Done after its due day, or not done and the due day has passed (HQ's 是否超时:
    a late step stays late once done)."""
    return day_late(due, local_date(done_at) if done_at is not None else today)


# -- complaints and follow-ups: contact the customer, then reply with a decision ----------


def complaint_contact_overdue(
    status: str, contacted_at: datetime | None, contact_due: date, today: date
) -> bool:
    """Not closed, the customer not contacted yet, and the contact due day has passed."""
    return status != "closed" and contacted_at is None and day_late(contact_due, today)


def complaint_decision_overdue(
    status: str, resolved_at: datetime | None, decision_due: date, today: date
) -> bool:
    """Not closed, no decision given yet, and the decision due day has passed."""
    return status != "closed" and resolved_at is None and day_late(decision_due, today)


def complaint_overdue(c: Complaint, today: date) -> bool:
    """Either clock has run out: the complaints list's red rows."""
    return complaint_contact_overdue(
        c.status, c.contacted_at, c.contact_due, today
    ) or complaint_decision_overdue(c.status, c.resolved_at, c.decision_due, today)


def complaint_overdue_sql(today: date) -> ColumnElement[bool]:
    """complaint_overdue, for a query on Complaint."""
    return and_(
        Complaint.status != "closed",
        or_(
            and_(Complaint.contacted_at.is_(None), Complaint.contact_due < today),
            and_(Complaint.resolved_at.is_(None), Complaint.decision_due < today),
        ),
    )


# -- applications: each step has a due date; a 复电's current step a deadline time ------


def step_overdue(
    app_status: str,
    completed_at: datetime | None,
    due_date: date,
    now: datetime,
    deadline: datetime | None = None,
) -> bool:
    """The application is running (its clock not stopped), the step is not done, and it
    is past its due date, or past ``deadline`` when the step has one (a 复电's current
    step: the hours count, not the day)."""
    if app_status != "in_progress" or completed_at is not None:
        return False
    if deadline is not None:
        return moment_late(deadline, now)
    return day_late(due_date, local_date(now))


def current_step_overdue_sql(today: date) -> ColumnElement[bool]:
    """step_overdue by the day, for a query joining Application to its current
    ApplicationStep (a current step is never completed). A 复电 late within its
    deadline's day is not seen here: the lists that show 复电 read their deadline."""
    return and_(Application.status == "in_progress", ApplicationStep.due_date < today)


def step_due_by_sql(day: date) -> ColumnElement[bool]:
    """Due on ``day`` or before (what is due, the overdue ones included)."""
    return ApplicationStep.due_date <= day
