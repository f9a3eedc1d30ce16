"""The declarative base with its naming convention, and the hall, its users and its customers."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, Boolean, ForeignKey, Index, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from counter_app.store.types import IdType, UTCDateTime

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
