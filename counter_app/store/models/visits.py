"""Visits, their items, queue tickets and complaints (来访、排队、投诉)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from counter_app.store.models.base import Base
from counter_app.store.types import IdType


def whole_seconds(start: datetime | None, end: datetime | None) -> int | None:
    """end − start in whole seconds, rounded half away from zero (as SQLite's and
    PostgreSQL's round() do in migration 0006); None when either is missing."""
    if start is None or end is None:
        return None
    micro = (end - start) // timedelta(microseconds=1)
    whole = (abs(micro) + 500_000) // 1_000_000
    return whole if micro >= 0 else -whole


def _wait_default(context: Any) -> int | None:
    row = context.get_current_parameters()
    return whole_seconds(row.get("arrived_at"), row.get("called_at"))


def _handle_default(context: Any) -> int | None:
    row = context.get_current_parameters()
    return whole_seconds(row.get("started_at"), row.get("ended_at"))


class Visit(Base):
    """One customer's visit to a counter (来访): who served, when, what, how it ended."""

    __tablename__ = "visits"
    __table_args__ = (
        # The dashboard (services/dashboard.py): its counts and sums seek each clerk,
        # category and hall day and read the rest from the index; its 90th percentiles
        # walk a category's durations from the longest.
        Index(
            "ix_visits_clerk_category_started",
            "clerk_id",
            "category",
            "started_at",
            "rating",
            "hall_id",
            "wait_seconds",
            "handle_seconds",
        ),
        Index("ix_visits_category_wait", "category", "wait_seconds", "started_at", "hall_id"),
        Index("ix_visits_category_handle", "category", "handle_seconds", "started_at", "hall_id"),
    )
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    visit_no: Mapped[str] = mapped_column(String(40), unique=True)
    hall_id: Mapped[int] = mapped_column(ForeignKey("halls.id"))
    clerk_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    counter: Mapped[str] = mapped_column(String(10))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    business_code: Mapped[str] = mapped_column(String(40))
    # completed / needs_documents / referred / abandoned (open while being served)
    outcome: Mapped[str] = mapped_column(String(20))
    started_at: Mapped[datetime] = mapped_column(index=True)
    ended_at: Mapped[datetime | None]
    # The queue's timestamps (a walk-in visit has arrival = start and no call).
    category: Mapped[str] = mapped_column(String(4), default="")
    arrived_at: Mapped[datetime | None]
    called_at: Mapped[datetime | None]
    # 一次一评: 5 非常满意 … 1 非常不满意; None while unrated (never taken as satisfied).
    rating: Mapped[int | None]
    rated_at: Mapped[datetime | None]
    # Last change of any kind, for the HQ export's --since-last (migration 0005 fills it
    # for old rows from rated_at, ended_at or started_at). Nullable: code that predates
    # it may leave it unset, so the export also looks at the visit's other times.
    updated_at: Mapped[datetime | None]
    # The durations the dashboard adds up, in whole seconds (whole_seconds), kept by
    # whoever stamps the times (services/queue.py, visits.py, demo.py; migration 0006
    # for older rows): waiting = called − arrived, when both are set (a walk-in
    # without a call has none); handling = ended − started, once ended. An insert that
    # leaves them out gets them from the row's own times.
    wait_seconds: Mapped[int | None] = mapped_column(default=_wait_default)
    handle_seconds: Mapped[int | None] = mapped_column(default=_handle_default)


class VisitItem(Base):
    """A business done in a visit: an application or a payment, linked by its number."""

    __tablename__ = "visit_items"
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # application / payment / inquiry
    ref: Mapped[str] = mapped_column(String(40), default="")
    created_at: Mapped[datetime]


class Ticket(Base):
    """A queue ticket (取号), numbered per day and category: A001, B017 …"""

    __tablename__ = "tickets"
    __table_args__ = (
        Index("ix_tickets_number", "hall_id", "day", "category", "number", unique=True),
        Index("ix_tickets_waiting", "day", "status"),
    )
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    hall_id: Mapped[int] = mapped_column(ForeignKey("halls.id"))
    day: Mapped[date] = mapped_column(Date)
    category: Mapped[str] = mapped_column(String(4))
    number: Mapped[int]
    ticket_no: Mapped[str] = mapped_column(String(10))
    issued_at: Mapped[datetime]
    # waiting / called / serving / done / no_show / transferred
    status: Mapped[str] = mapped_column(String(12))
    called_at: Mapped[datetime | None]
    called_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    counter: Mapped[str] = mapped_column(String(10), default="")
    recalls: Mapped[int] = mapped_column(default=0)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visits.id"))
    updated_at: Mapped[datetime]


class QueueCall(Base):
    """One call or recall as the hall hears it (叫号屏, voice), append-only.

    Written by services/queue.py in the call's own transaction; the hall display of
    any PC reads the rows after the last id it has shown (services/hall_display.py).
    """

    __tablename__ = "queue_calls"
    __table_args__ = (Index("ix_queue_calls_hall_day", "hall_id", "day", "id"),)
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    hall_id: Mapped[int] = mapped_column(ForeignKey("halls.id"))
    day: Mapped[date] = mapped_column(Date)
    ticket_no: Mapped[str] = mapped_column(String(10))
    category: Mapped[str] = mapped_column(String(4))
    counter: Mapped[str] = mapped_column(String(10))
    called_at: Mapped[datetime]
    recall: Mapped[int] = mapped_column(default=0)  # 0: the call; n: its n-th recall


class Complaint(Base):
    """投诉/意见, or the follow-up (回访) a bad rating opens; tracked to closing."""

    __tablename__ = "complaints"
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    complaint_no: Mapped[str] = mapped_column(String(40), unique=True)
    hall_id: Mapped[int] = mapped_column(ForeignKey("halls.id"))
    kind: Mapped[str] = mapped_column(String(12))  # complaint / followup
    channel: Mapped[str] = mapped_column(String(12))  # 柜台 / 电话 / 评价 …
    category: Mapped[str] = mapped_column(String(20))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    contact_name: Mapped[str] = mapped_column(String(60), default="")
    contact_phone: Mapped[str] = mapped_column(String(20), default="")
    account_no: Mapped[str] = mapped_column(String(20), default="")
    content: Mapped[str] = mapped_column(Text)
    request: Mapped[str] = mapped_column(Text, default="")
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visits.id"))
    rating: Mapped[int | None]
    received_at: Mapped[datetime] = mapped_column(index=True)
    contact_due: Mapped[date] = mapped_column(Date)
    decision_due: Mapped[date] = mapped_column(Date)
    assigned_to: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # open / contacted / resolved / closed
    status: Mapped[str] = mapped_column(String(12), index=True)
    contacted_at: Mapped[datetime | None]
    resolution: Mapped[str] = mapped_column(Text, default="")
    resolved_at: Mapped[datetime | None]
    callback_result: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[datetime | None]
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime]


class ComplaintEvent(Base):
    """Every step of a complaint, with who and when; nothing is deleted."""

    __tablename__ = "complaint_events"
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id"), index=True)
    at: Mapped[datetime]
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
