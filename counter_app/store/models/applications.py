"""Applications (业务受理), their steps and events, and drafts saved half-way."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from counter_app.store.models.base import Base
from counter_app.store.types import IdType, ScaledDecimal


class Application(Base):
    """A connection or change-of-service application (业务受理)."""

    __tablename__ = "applications"
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    application_no: Mapped[str] = mapped_column(String(40), unique=True)
    hall_id: Mapped[int] = mapped_column(ForeignKey("halls.id"))
    business_code: Mapped[str] = mapped_column(String(40))
    business_name: Mapped[str] = mapped_column(String(60))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"), index=True)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visits.id"))
    clerk_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    # in_progress / paused (waiting for the customer) / returned (missing documents)
    # / completed / cancelled
    status: Mapped[str] = mapped_column(String(20), index=True)
    current_step: Mapped[str] = mapped_column(String(40))
    # While paused or returned the supplier's clock stops; due dates move on resume.
    paused_since: Mapped[datetime | None]
    address: Mapped[str] = mapped_column(String(200))
    capacity_kw: Mapped[Decimal | None] = mapped_column(ScaledDecimal(2))
    details: Mapped[dict[str, Any]]
    accepted_at: Mapped[datetime] = mapped_column(index=True)
    promised_date: Mapped[date] = mapped_column(Date)
    completed_at: Mapped[datetime | None]
    updated_at: Mapped[datetime]

    steps: Mapped[list[ApplicationStep]] = relationship(
        order_by="ApplicationStep.seq", cascade="all, delete-orphan"
    )


class ApplicationStep(Base):
    """One 办电环节 of an application with its due date in working days."""

    __tablename__ = "application_steps"
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    seq: Mapped[int]
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(40))
    limit_days: Mapped[int]
    due_date: Mapped[date] = mapped_column(Date, index=True)
    completed_at: Mapped[datetime | None]


class ApplicationEvent(Base):
    """Everything that happens to an application, with who and when."""

    __tablename__ = "application_events"
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    at: Mapped[datetime]
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(20))
    step_code: Mapped[str] = mapped_column(String(40), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class Draft(Base):
    """A guided business saved half-way; any clerk may resume it, on any day."""

    __tablename__ = "drafts"
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    hall_id: Mapped[int] = mapped_column(ForeignKey("halls.id"))
    business_code: Mapped[str] = mapped_column(String(40))
    clerk_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    label: Mapped[str] = mapped_column(String(100))  # masked customer and address, for lists
    values: Mapped[dict[str, Any]]
    page: Mapped[int]
    status: Mapped[str] = mapped_column(String(20), index=True)  # open / submitted / discarded
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
