"""The tables of the local store (SQLAlchemy 2.0 typed models)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from counter_app.store.types import IdType, Money, ScaledDecimal, UTCDateTime

# Stable constraint names so Alembic batch migrations on SQLite can find them.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSON(),
    }


class Hall(Base):
    """营业厅: the one hall this store belongs to (a shared server may hold several)."""

    __tablename__ = "halls"
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    address: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    created_at: Mapped[datetime]


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    hall_id: Mapped[int] = mapped_column(ForeignKey("halls.id"))
    username: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(40))
    staff_no: Mapped[str] = mapped_column(String(20))
    role: Mapped[str] = mapped_column(String(20))  # clerk / supervisor / admin
    password_hash: Mapped[str] = mapped_column(String(300))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None]
    created_at: Mapped[datetime]


class Customer(Base):
    """A person or a company; identified by certificate type and number."""

    __tablename__ = "customers"
    __table_args__ = (
        Index("ix_customers_cert", "cert_type", "cert_no", unique=True),
        Index("ix_customers_cert_no", "cert_no"),
    )
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # person / company
    name: Mapped[str] = mapped_column(String(100), index=True)
    cert_type: Mapped[str] = mapped_column(String(20))
    cert_no: Mapped[str] = mapped_column(String(40))
    mobile: Mapped[str] = mapped_column(String(20), default="", index=True)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class Visit(Base):
    """One customer's visit to a counter (来访): who served, when, what, how it ended."""

    __tablename__ = "visits"
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    visit_no: Mapped[str] = mapped_column(String(40), unique=True)
    hall_id: Mapped[int] = mapped_column(ForeignKey("halls.id"))
    clerk_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    counter: Mapped[str] = mapped_column(String(10))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    business_code: Mapped[str] = mapped_column(String(40))
    outcome: Mapped[str] = mapped_column(String(20))  # completed / needs_documents / ...
    started_at: Mapped[datetime] = mapped_column(index=True)
    ended_at: Mapped[datetime | None]


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


class Account(Base):
    """户号: one metering point of a customer, with its address, category and capacity."""

    __tablename__ = "accounts"
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    account_no: Mapped[str] = mapped_column(String(20), unique=True)
    hall_id: Mapped[int] = mapped_column(ForeignKey("halls.id"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    address: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(10))  # 居民 / 非居民
    voltage: Mapped[str] = mapped_column(String(10))  # 低压 / 高压
    capacity_kw: Mapped[Decimal | None] = mapped_column(ScaledDecimal(2))
    status: Mapped[str] = mapped_column(String(20))  # active / suspended / closed
    opened_at: Mapped[datetime]
    closed_at: Mapped[datetime | None]
    updated_at: Mapped[datetime]


class Arrears(Base):
    """One bill month owed on an account (欠费), as HQ's arrears list gives it."""

    __tablename__ = "arrears"
    __table_args__ = (Index("ix_arrears_account_month", "account_id", "bill_month", unique=True),)
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    bill_month: Mapped[str] = mapped_column(String(6))  # yyyymm
    amount_due: Mapped[Decimal] = mapped_column(Money())
    amount_paid: Mapped[Decimal] = mapped_column(Money())
    due_date: Mapped[date] = mapped_column(Date)
    updated_at: Mapped[datetime]


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


class CalendarDay(Base):
    """A day from HQ's working-day calendar: a holiday or a make-up working day (调休)."""

    __tablename__ = "calendar_days"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    working: Mapped[bool] = mapped_column(Boolean)
    imported_at: Mapped[datetime]


class Sequence(Base):
    """Gapless counters (application and visit numbers, later receipts), bumped in-transaction."""

    __tablename__ = "sequences"
    name: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[int]


class AuditEntry(Base):
    """Append-only trail; each entry carries the hash of the one before it."""

    __tablename__ = "audit_entries"
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    at: Mapped[datetime]
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(60))
    detail: Mapped[dict[str, Any]]
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
