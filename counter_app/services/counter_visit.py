"""A visit at the counter once it is called (services/queue.py calls it): the
businesses it holds (an application, a payment, an inquiry), each linked to its
record, and its end with an outcome. Every change in one write transaction, with
its audit entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain.clock import local_naive
from counter_app.domain.queueing import ITEM_KINDS, minutes_between
from counter_app.domain.vocabulary import VISIT_OUTCOMES
from counter_app.services import audit
from counter_app.services.auth import UserInfo
from counter_app.services.authz import require
from counter_app.services.context import AppContext
from counter_app.services.errors import NotFound, UserError
from counter_app.store.models import (
    Account,
    Application,
    Draft,
    Payment,
    Ticket,
    Visit,
    VisitItem,
    whole_seconds,
)

__all__ = [
    "EndedVisit",
    "VisitItemInfo",
    "add_item",
    "end_visit",
    "mark_ended",
    "require_open",
    "visit_items",
    "visit_row",
    "visit_ticket",
]

REF_MAX = 40  # VisitItem.ref


@dataclass(frozen=True)
class VisitItemInfo:
    kind: str
    kind_name: str
    ref: str
    created_at: datetime


@dataclass(frozen=True)
class EndedVisit:
    visit_id: int
    visit_no: str
    ticket_no: str
    outcome: str
    outcome_name: str
    arrived_at: datetime
    called_at: datetime
    started_at: datetime
    ended_at: datetime
    minutes_waited: int  # arrival to call
    minutes_handled: int  # start to end
    items: tuple[VisitItemInfo, ...] = ()


def visit_row(s: Session, visit_id: int, *, lock: bool = False) -> Visit:
    visit = s.get(Visit, visit_id, with_for_update=lock)
    if visit is None:
        raise NotFound("找不到该来访记录")
    return visit


def visit_ticket(s: Session, visit: Visit) -> Ticket | None:
    return s.scalar(
        select(Ticket).where(Ticket.visit_id == visit.id).order_by(Ticket.id.desc()).limit(1)
    )


def mark_ended(visit: Visit, outcome: str, now: datetime) -> None:
    """The open visit ends now with ``outcome``: its handling time runs from its start."""
    visit.outcome = outcome
    visit.ended_at = now
    visit.handle_seconds = whole_seconds(visit.started_at, now)
    visit.updated_at = now


def require_open(visit: Visit) -> None:
    if visit.outcome != "open":
        name = VISIT_OUTCOMES.get(visit.outcome, visit.outcome)
        when = f"已于 {local_naive(visit.ended_at):%H:%M} 结束" if visit.ended_at else "已结束"
        raise UserError(
            "来访 {visit_no} {when}（{name}），不能再操作",
            visit_no=visit.visit_no,
            when=when,
            name=name,
        )


def visit_items(s: Session, visit_id: int) -> tuple[VisitItemInfo, ...]:
    rows = s.scalars(select(VisitItem).where(VisitItem.visit_id == visit_id).order_by(VisitItem.id))
    return tuple(
        VisitItemInfo(i.kind, ITEM_KINDS.get(i.kind, i.kind), i.ref, i.created_at) for i in rows
    )


def add_item(ctx: AppContext, visit_id: int, kind: str, ref: str = "") -> VisitItemInfo:
    """Record a business done in the visit, linked to its record.

    ``application``: an application number, or ``draft:<id>`` for a business
    saved half-way (needs documents); ``payment``: a receipt number (the
    payment is linked to the visit if it is not yet); ``inquiry``: the topic,
    free text. The same item twice is recorded once. The visit takes the
    customer and the business code of its first application or payment
    (``payment`` for a payment, as services/visits.visit_for_business sets it).
    Applications and payments taken with the visit's id record their item
    themselves (visits.visit_for_business); asking again here records nothing new.
    """
    if kind not in ITEM_KINDS:
        raise UserError("未知的业务种类：{kind}", "kind", kind=kind)
    ref = ref.strip()
    if len(ref) > REF_MAX:
        raise UserError("业务编号不能超过{max}个字符", "ref", max=REF_MAX)
    if kind != "inquiry" and not ref:
        raise UserError("请提供{kind}的编号", "ref", kind=ITEM_KINDS[kind])
    now = ctx.clock()
    with ctx.write() as s:
        visit = visit_row(s, visit_id, lock=True)
        require_open(visit)
        existing = s.scalar(
            select(VisitItem).where(
                VisitItem.visit_id == visit.id, VisitItem.kind == kind, VisitItem.ref == ref
            )
        )
        if existing is not None:
            return VisitItemInfo(existing.kind, ITEM_KINDS[kind], existing.ref, existing.created_at)
        if kind == "application":
            _link_application(s, visit, ref)
        elif kind == "payment":
            _link_payment(s, visit, ref, now)
        item = VisitItem(visit_id=visit.id, kind=kind, ref=ref, created_at=now)
        visit.updated_at = now
        s.add(item)
        s.flush()
        audit.record(
            s,
            now,
            visit.clerk_id,
            "visit.add_item",
            "visit",
            visit.visit_no,
            {"kind": kind, "ref": ref},
        )
        return VisitItemInfo(kind, ITEM_KINDS[kind], ref, now)


def _link_application(s: Session, visit: Visit, ref: str) -> None:
    if ref.startswith("draft:"):
        draft_id = ref.removeprefix("draft:")
        draft = s.get(Draft, int(draft_id)) if draft_id.isdigit() else None
        if draft is None:
            raise NotFound("找不到暂存的业务 {ref}", ref=ref)
        if not visit.business_code:
            visit.business_code = draft.business_code
        return
    app = s.scalar(select(Application).where(Application.application_no == ref))
    if app is None:
        raise NotFound("找不到受理编号 {ref}", ref=ref)
    if not visit.business_code:
        visit.business_code = app.business_code
    if visit.customer_id is None:
        visit.customer_id = app.customer_id


def _link_payment(s: Session, visit: Visit, ref: str, now: datetime) -> None:
    payment = s.scalar(select(Payment).where(Payment.receipt_no == ref))
    if payment is None:
        raise NotFound("找不到收据号 {ref}", ref=ref)
    if payment.visit_id is None:
        payment.visit_id = visit.id
        payment.updated_at = now
    if not visit.business_code:
        visit.business_code = "payment"  # as services/visits.visit_for_business does
    if visit.customer_id is None:
        visit.customer_id = s.scalar(
            select(Account.customer_id).where(Account.id == payment.account_id)
        )


def end_visit(ctx: AppContext, clerk: UserInfo, visit_id: int, outcome: str) -> EndedVisit:
    """End the visit with its outcome (completed, needs_documents, referred, abandoned);
    its ticket is done. A visit ends once: a second end is refused."""
    if outcome not in VISIT_OUTCOMES:
        raise UserError("来访结果不正确：{outcome}", "outcome", outcome=outcome)
    now = ctx.clock()
    with ctx.write() as s:
        require(s, clerk, "counter.work", ctx.clock())
        visit = visit_row(s, visit_id, lock=True)
        require_open(visit)
        mark_ended(visit, outcome, now)
        ticket = visit_ticket(s, visit)
        if ticket is not None:
            ticket.status = "done"
            ticket.updated_at = now
        arrived = visit.arrived_at or visit.started_at
        called = visit.called_at or visit.started_at
        handled = minutes_between(visit.started_at, now)
        audit.record(
            s,
            now,
            clerk.id,
            "visit.end",
            "visit",
            visit.visit_no,
            {"outcome": outcome, "handled_minutes": handled},
        )
        return EndedVisit(
            visit_id=visit.id,
            visit_no=visit.visit_no,
            ticket_no=ticket.ticket_no if ticket else "",
            outcome=outcome,
            outcome_name=VISIT_OUTCOMES[outcome],
            arrived_at=arrived,
            called_at=called,
            started_at=visit.started_at,
            ended_at=now,
            minutes_waited=minutes_between(arrived, called),
            minutes_handled=handled,
            items=visit_items(s, visit.id),
        )
