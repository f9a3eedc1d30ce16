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


def days_finished_late(done_day: date | None, due: date, today: date) -> bool:
    """``finished_late`` for a hall day already known (HQ's sheets read days, not times)."""
    return day_late(due, done_day if done_day is not None else today)


def complaint_finished_late(
    contact_day: date | None,
    done_day: date | None,
    contact_due: date,
    decision_due: date,
    today: date,
) -> bool:
    """HQ's 是否超时 of a complaint: first contact after its due day, or the decision
    after its due day, or not yet and the day has passed. A decision counts as contact."""
    contact = contact_day or done_day
    return days_finished_late(contact, contact_due, today) or days_finished_late(
        done_day, decision_due, today
    )


def application_overdue(
    status: str,
    step_due: date | None,
    promised: date,
    completed_day: date | None,
    paused_day: date | None,
    today: date,
) -> bool:
    """HQ's 是否超期 of an application: running past the current step's due date or the
    promise; finished after the promise; or already late when the clock was stopped."""
    if status == "in_progress":
        return (step_due is not None and day_late(step_due, today)) or day_late(promised, today)
    if status == "completed":
        return completed_day is not None and day_late(promised, completed_day)
    if status in ("paused", "returned"):
        return paused_day is not None and day_late(promised, paused_day)
    return False


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
