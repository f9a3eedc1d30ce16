"""Numbers, the audit trail, HQ export batches, the holiday calendar, announcements, training."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from counter_app.store.models.base import Base
from counter_app.store.types import IdType


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


class CalendarDay(Base):
    """A day from HQ's working-day calendar: a holiday or a make-up working day (调休)."""

    __tablename__ = "calendar_days"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    working: Mapped[bool] = mapped_column(Boolean)
    imported_at: Mapped[datetime]


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
