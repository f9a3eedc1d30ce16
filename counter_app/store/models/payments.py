"""Payments and their lines, reprints, and the day-end settlements with their cash counts."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Date, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from counter_app.store.models.base import Base
from counter_app.store.types import IdType, Money


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
    # The business day whose 日结 counts it: None for the day it was paid; the next day
    # for a payment a supervisor took into it after this clerk's day was settled (计入次日).
    settle_day: Mapped[date | None] = mapped_column(Date, index=True)
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
    # A reopened day is settled again: round 1, 2, … of the same clerk-day; only the
    # latest round may be open (reopened_at NULL), which close_day checks under the till lock.
    __table_args__ = (
        Index("ix_settlements_clerk_day_round", "clerk_id", "day", "round_no", unique=True),
    )
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    settlement_no: Mapped[str] = mapped_column(String(40), unique=True)
    round_no: Mapped[int] = mapped_column(default=1, server_default="1")
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
    # 重开日结: kept as a record (never deleted); its day must be settled again.
    reopened_at: Mapped[datetime | None]
    reopened_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reopen_reason: Mapped[str] = mapped_column(String(300), default="", server_default="")
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
