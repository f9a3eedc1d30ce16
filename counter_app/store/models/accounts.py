"""Accounts (户号), their arrears, and HQ's fee items and tariff tiers."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from counter_app.store.models.base import Base
from counter_app.store.types import IdType, Money, ScaledDecimal


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
