"""Visits to customers and surveys (走访和调查): plans, their customers, the visits made
and the answers given. Written by services/field_visits.py; a problem answer points at
the follow-up (a Complaint of kind ``finding``) it opened."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from counter_app.store.models.base import Base
from counter_app.store.types import IdType


class VisitPlan(Base):
    """走访计划: which customers, which questionnaire, over which period, done by when."""

    __tablename__ = "visit_plans"
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    plan_no: Mapped[str] = mapped_column(String(40), unique=True)
    hall_id: Mapped[int] = mapped_column(ForeignKey("halls.id"))
    title: Mapped[str] = mapped_column(String(60))
    survey_code: Mapped[str] = mapped_column(String(40), index=True)
    rule_code: Mapped[str] = mapped_column(String(40), default="")  # "": chosen by hand
    period_from: Mapped[date] = mapped_column(Date)
    period_to: Mapped[date] = mapped_column(Date)
    due_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), index=True)  # open / closed
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime]
    closed_at: Mapped[datetime | None]
    updated_at: Mapped[datetime]


class VisitTarget(Base):
    """One customer (at one account's address) of a plan, and who is to visit them."""

    __tablename__ = "visit_targets"
    __table_args__ = (
        Index("ix_visit_targets_plan_customer", "plan_id", "customer_id", unique=True),
        Index("ix_visit_targets_visitor_status", "visitor_id", "status"),
    )
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("visit_plans.id"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    visitor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # pending / done / unreachable (tried, not reached: may be tried again)
    status: Mapped[str] = mapped_column(String(12))
    reason: Mapped[str] = mapped_column(String(100), default="")  # why the rule chose them
    updated_at: Mapped[datetime]


class FieldVisit(Base):
    """One visit or call made to a plan's customer (上门 / 电话), reached or not."""

    __tablename__ = "field_visits"
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("visit_targets.id"), index=True)
    visitor_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    visited_at: Mapped[datetime] = mapped_column(index=True)
    method: Mapped[str] = mapped_column(String(10))  # 上门 / 电话
    reached: Mapped[bool]
    notes: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime]


class SurveyAnswer(Base):
    """One answer of a visit: its text (and score for a 1–5 question), and whether it is a
    problem, with the follow-up it opened."""

    __tablename__ = "survey_answers"
    __table_args__ = (
        Index("ix_survey_answers_visit_question", "field_visit_id", "question_code", unique=True),
    )
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    field_visit_id: Mapped[int] = mapped_column(ForeignKey("field_visits.id"))
    question_code: Mapped[str] = mapped_column(String(40))
    value_text: Mapped[str] = mapped_column(Text, default="")
    value_number: Mapped[int | None]
    is_problem: Mapped[bool] = mapped_column(default=False)
    finding_id: Mapped[int | None] = mapped_column(ForeignKey("complaints.id"))
