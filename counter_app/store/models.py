"""The tables of the local store (SQLAlchemy 2.0 typed models)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
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
    # Keys the check code on receipts' QR codes, so HQ can tell a genuine receipt.
    secret: Mapped[str] = mapped_column(String(64), default="")
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
    prepaid: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"))  # 预存余额
    # A contract's daily late-fee rate in ‰ (1.5 = 1.5‰, within 1–3 by 电力供应与使用条例
    # art. 39), from HQ's arrears list; None: the defaults of resources/fees.toml.
    late_fee_rate_per_mille: Mapped[Decimal | None] = mapped_column(ScaledDecimal(4))
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
    # The part of amount_paid that HQ's list says was paid elsewhere (已收金额): the rest
    # is exactly the valid payment lines taken here, so `check` can prove the ledger.
    paid_elsewhere: Mapped[Decimal] = mapped_column(
        Money(), default=Decimal("0.00"), server_default="0"
    )
    due_date: Mapped[date] = mapped_column(Date)
    # open / withdrawn (a newer HQ list no longer names it: settled elsewhere)
    status: Mapped[str] = mapped_column(String(10), default="open")
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


class FeeItem(Base):
    """收费标准: one business fee item from HQ's fee schedule, valid over a period."""

    __tablename__ = "fee_items"
    __table_args__ = (Index("ix_fee_items_code_from", "code", "valid_from", unique=True),)
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(60))
    method: Mapped[str] = mapped_column(String(20))  # 固定 / 按容量kVA / 按电量kWh
    unit_price: Mapped[Decimal] = mapped_column(ScaledDecimal(4))
    unit: Mapped[str] = mapped_column(String(20))
    basis: Mapped[str] = mapped_column(String(200))  # 依据文件
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    imported_at: Mapped[datetime]


class TariffTier(Base):
    """阶梯电价: one tier of a category's tariff, from a date on."""

    __tablename__ = "tariff_tiers"
    __table_args__ = (Index("ix_tariff_tiers_key", "category", "tier", "valid_from", unique=True),)
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    category: Mapped[str] = mapped_column(String(20))
    tier: Mapped[int]
    lower_kwh: Mapped[int]
    upper_kwh: Mapped[int | None]
    price: Mapped[Decimal] = mapped_column(ScaledDecimal(4))
    valid_from: Mapped[date] = mapped_column(Date)
    imported_at: Mapped[datetime]


class Payment(Base):
    """One payment and its receipt (收据). Never deleted: a void keeps its number."""

    __tablename__ = "payments"
    __table_args__ = (
        # The dashboard's payments: one seek per clerk and method, valid ones, by paid_at.
        Index(
            "ix_payments_clerk_method_paid",
            "clerk_id",
            "method",
            "status",
            "paid_at",
            "hall_id",
            "total",
        ),
    )
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    receipt_no: Mapped[str] = mapped_column(String(40), unique=True)
    hall_id: Mapped[int] = mapped_column(ForeignKey("halls.id"))
    counter: Mapped[str] = mapped_column(String(10))
    clerk_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visits.id"))
    paid_at: Mapped[datetime] = mapped_column(index=True)
    method: Mapped[str] = mapped_column(String(10))  # cash / card / mobile
    reference: Mapped[str] = mapped_column(String(60), default="")
    total: Mapped[Decimal] = mapped_column(Money())
    tendered: Mapped[Decimal | None] = mapped_column(Money())
    change: Mapped[Decimal | None] = mapped_column(Money())
    check_code: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(10), default="valid")  # valid / void
    void_reason: Mapped[str] = mapped_column(String(200), default="")
    voided_at: Mapped[datetime | None]
    voided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reprint_count: Mapped[int] = mapped_column(default=0)
    settlement_id: Mapped[int | None] = mapped_column(ForeignKey("settlements.id"))
    updated_at: Mapped[datetime]

    lines: Mapped[list[PaymentLine]] = relationship(
        order_by="PaymentLine.seq", cascade="all, delete-orphan"
    )


class PaymentLine(Base):
    """One item on a receipt: a bill month's electricity with its late fee, prepayment,
    or a business fee."""

    __tablename__ = "payment_lines"
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("payments.id"), index=True)
    seq: Mapped[int]
    kind: Mapped[str] = mapped_column(String(20))  # electricity / prepayment / business_fee
    item: Mapped[str] = mapped_column(String(60))
    bill_month: Mapped[str] = mapped_column(String(6), default="")
    arrears_id: Mapped[int | None] = mapped_column(ForeignKey("arrears.id"))
    fee_code: Mapped[str] = mapped_column(String(20), default="")
    principal: Mapped[Decimal] = mapped_column(Money())
    late_fee: Mapped[Decimal] = mapped_column(Money())
    amount: Mapped[Decimal] = mapped_column(Money())


class Reprint(Base):
    """Every reprint of a receipt, with its reason (补打)."""

    __tablename__ = "reprints"
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("payments.id"), index=True)
    copy_no: Mapped[int]
    at: Mapped[datetime]
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str] = mapped_column(String(200))


class Settlement(Base):
    """日结: one clerk's day closed by a blind cash count and a supervisor's sign-off."""

    __tablename__ = "settlements"
    __table_args__ = (Index("ix_settlements_clerk_day", "clerk_id", "day", unique=True),)
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    settlement_no: Mapped[str] = mapped_column(String(40), unique=True)
    hall_id: Mapped[int] = mapped_column(ForeignKey("halls.id"))
    clerk_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    day: Mapped[date] = mapped_column(Date)
    expected_cash: Mapped[Decimal] = mapped_column(Money())
    counted_cash: Mapped[Decimal] = mapped_column(Money())
    difference: Mapped[Decimal] = mapped_column(Money())
    non_cash_total: Mapped[Decimal] = mapped_column(Money())
    payment_count: Mapped[int]
    difference_reason: Mapped[str] = mapped_column(String(300), default="")
    denominations: Mapped[dict[str, Any]]
    signed_off_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    signed_at: Mapped[datetime]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class SettlementCount(Base):
    """One blind count of a clerk's drawer (盲点), compared once against what the app
    expects: the counted figures are locked from then on; a recount is a new attempt,
    kept and printed on the settlement report."""

    __tablename__ = "settlement_counts"
    __table_args__ = (
        Index("ix_settlement_counts_clerk_day", "clerk_id", "day", "attempt_no", unique=True),
    )
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    clerk_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    day: Mapped[date] = mapped_column(Date)
    attempt_no: Mapped[int]
    denominations: Mapped[dict[str, Any]]
    counted_cash: Mapped[Decimal] = mapped_column(Money())
    expected_cash: Mapped[Decimal] = mapped_column(Money())  # as shown at the comparison
    compared_at: Mapped[datetime]
    compared_by: Mapped[int] = mapped_column(ForeignKey("users.id"))  # who was signed in
    settlement_id: Mapped[int | None] = mapped_column(ForeignKey("settlements.id"))


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


class ExportBatch(Base):
    """One period workbook sent to HQ (hq-contract.md section 1), numbered without gaps per hall.

    ``since`` (exclusive) and ``high_water`` bound what a --since-last batch looked at;
    the next --since-last batch starts at this one's high-water mark. ``manifest`` holds
    the 说明 sheet as exported (key, text, kind) so the batch can be written again exactly.
    """

    __tablename__ = "export_batches"
    __table_args__ = (Index("ix_export_batches_hall_batch", "hall_id", "batch_no", unique=True),)
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    hall_id: Mapped[int] = mapped_column(ForeignKey("halls.id"))
    batch_no: Mapped[int]
    mode: Mapped[str] = mapped_column(String(12))  # since_last / range
    period_from: Mapped[date] = mapped_column(Date)
    period_to: Mapped[date] = mapped_column(Date)
    since: Mapped[datetime | None]
    high_water: Mapped[datetime]
    file_name: Mapped[str] = mapped_column(String(200))
    row_counts: Mapped[dict[str, Any]]
    checksums: Mapped[dict[str, Any]]
    manifest: Mapped[dict[str, Any]]
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime]


class ExportRow(Base):
    """A data row exactly as a batch exported it: the cells' texts (the checksum's input).

    Writing a batch again reads these, never the live tables, so its rows and checksums
    stay the same whatever changed since; --since-last compares against them to leave
    out rows HQ already has unchanged.
    """

    __tablename__ = "export_rows"
    __table_args__ = (
        Index("ix_export_rows_batch_sheet_seq", "batch_id", "sheet", "seq", unique=True),
        Index("ix_export_rows_sheet_key", "sheet", "row_key"),
    )
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("export_batches.id"))
    sheet: Mapped[str] = mapped_column(String(20))
    seq: Mapped[int]
    row_key: Mapped[str] = mapped_column(String(120))
    # The cells' exported texts joined by U+001F, a control character no exported text holds.
    cells: Mapped[str] = mapped_column(Text)


class Announcement(Base):
    """沟通: an outage (planned or not) or a service notice a supervisor entered.

    Shown on the today page while current, printed for the hall's board, and read out
    to customers who ask; withdrawn, never deleted.
    """

    __tablename__ = "announcements"
    __table_args__ = (Index("ix_announcements_hall_ends", "hall_id", "ends_at"),)
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    notice_no: Mapped[str] = mapped_column(String(40), unique=True)
    hall_id: Mapped[int] = mapped_column(ForeignKey("halls.id"))
    kind: Mapped[str] = mapped_column(String(20))  # planned_outage / unplanned_outage / service
    title: Mapped[str] = mapped_column(String(100))
    area: Mapped[str] = mapped_column(Text, default="")
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime | None]
    reason: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime]
    withdrawn_at: Mapped[datetime | None]
    withdrawn_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime]


class TrainingResult(Base):
    """One finished training exercise (现场服务模拟) of one clerk, kept in the real store.

    The practice itself happens in a separate training database; only the score lands
    here so a supervisor sees each trainee's progress.
    """

    __tablename__ = "training_results"
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    exercise_code: Mapped[str] = mapped_column(String(60))
    exercise_title: Mapped[str] = mapped_column(String(100))
    score: Mapped[int]
    max_score: Mapped[int]
    passed: Mapped[bool] = mapped_column(Boolean)
    details: Mapped[dict[str, Any]]
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime]
