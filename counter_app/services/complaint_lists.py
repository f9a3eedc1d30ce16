"""What the complaints screens get: the list, one complaint in full, the open counts.

Personal data masked (domain.md: name 张**, phone 138****1234); overdue by the rules
of services/deadlines.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from counter_app.domain.clock import local_date
from counter_app.domain.masking import mask_name, mask_phone
from counter_app.domain.text import N_
from counter_app.domain.vocabulary import COMPLAINT_KINDS, COMPLAINT_STATUSES
from counter_app.services import deadlines
from counter_app.services.complaint_rules import DISSATISFIED, allowed_actions
from counter_app.services.context import AppContext
from counter_app.services.errors import NotFound
from counter_app.store.models import Complaint, ComplaintEvent, Customer, User

__all__ = [
    "EVENT_NAMES",
    "ComplaintDetail",
    "ComplaintEventLine",
    "ComplaintInfo",
    "ComplaintRow",
    "detail",
    "list_complaints",
    "load_complaint",
    "masked_contact",
    "open_counts",
    "who",
]

EVENT_NAMES = {
    "opened": N_("受理"),
    "assigned": N_("指派"),
    "contacted": N_("联系客户"),
    "resolved": N_("处理结果"),
    "callback": N_("回访"),
    "closed": N_("办结"),
}


# -- what the screens get ------------------------------------------------------------


@dataclass(frozen=True)
class ComplaintInfo:
    complaint_no: str
    kind: str
    received_at: datetime
    contact_due: date
    decision_due: date
    status: str


@dataclass(frozen=True)
class ComplaintRow:
    complaint_no: str
    kind: str
    kind_name: str
    channel: str
    category: str
    customer: str  # masked
    received_at: datetime
    contact_due: date
    decision_due: date
    status: str
    status_name: str
    assignee: str  # display name; "" when not assigned
    contact_overdue: bool  # not contacted and past the contact due date
    decision_overdue: bool  # no resolution and past the decision due date

    @property
    def overdue(self) -> bool:
        return self.contact_overdue or self.decision_overdue


@dataclass(frozen=True)
class ComplaintEventLine:
    at: datetime
    kind: str
    kind_name: str
    user: str  # display name and staff number
    note: str


@dataclass(frozen=True)
class ComplaintDetail:
    complaint_no: str
    kind: str
    kind_name: str
    channel: str
    category: str
    status: str
    status_name: str
    customer: str  # masked
    phone: str  # masked
    account_no: str
    content: str
    request: str
    rating: int | None  # the visit's rating, for follow-ups
    received_at: datetime
    contact_due: date
    decision_due: date
    contacted_at: datetime | None
    resolved_at: datetime | None
    closed_at: datetime | None
    assignee: str
    created_by: str
    resolution: str
    callback_result: str  # the customer's verdict, one of VERDICTS, or ""
    contact_overdue: bool
    decision_overdue: bool
    events: tuple[ComplaintEventLine, ...]
    allowed: frozenset[str]  # which of ACTION_NAMES may be taken now

    @property
    def overdue(self) -> bool:
        return self.contact_overdue or self.decision_overdue


def status_name(status: str, verdict: str) -> str:
    if status == "resolved":
        if not verdict:
            return "已处理待回访"
        return "回访不满意" if verdict == DISSATISFIED else "已回访待办结"
    return COMPLAINT_STATUSES.get(status, status)


def _contact_overdue(c: Complaint, today: date) -> bool:
    return deadlines.complaint_contact_overdue(c.status, c.contacted_at, c.contact_due, today)


def _decision_overdue(c: Complaint, today: date) -> bool:
    return deadlines.complaint_decision_overdue(c.status, c.resolved_at, c.decision_due, today)


def who(user: User) -> str:
    return f"{user.display_name}（{user.staff_no}）"


def load_complaint(s: Session, complaint_no: str) -> Complaint:
    c = s.scalar(select(Complaint).where(Complaint.complaint_no == complaint_no.strip()))
    if c is None:
        raise NotFound("找不到投诉编号 {complaint_no}", complaint_no=complaint_no)
    return c


# -- lists and details -------------------------------------------------------------


def masked_contact(c: Complaint, customer: Customer | None) -> tuple[str, str]:
    """Masked name and phone: what was given at intake, else the customer's own."""
    name = c.contact_name or (customer.name if customer else "")
    phone = c.contact_phone or (customer.mobile if customer else "")
    return (mask_name(name) if name else "", mask_phone(phone) if phone else "")


def list_complaints(
    ctx: AppContext,
    status: str | None = None,
    overdue_only: bool = False,
    kind: str | None = None,
) -> list[ComplaintRow]:
    """Complaints and follow-ups, newest first.

    ``status``: None for all, "active" for every one not closed, or one of
    COMPLAINT_STATUSES's keys. ``overdue_only`` keeps those past a deadline. ``kind``:
    None for every kind, else one of COMPLAINT_KINDS's keys (走访发现 on their own).
    """
    today = local_date(ctx.clock())
    assignee = aliased(User)
    query = (
        select(Complaint, Customer, assignee.display_name)
        .outerjoin(Customer, Customer.id == Complaint.customer_id)
        .outerjoin(assignee, assignee.id == Complaint.assigned_to)
        .order_by(Complaint.received_at.desc(), Complaint.id.desc())
    )
    if status == "active":
        query = query.where(Complaint.status != "closed")
    elif status is not None:
        if status not in COMPLAINT_STATUSES:
            raise ValueError(f"unknown complaint status {status!r}")
        query = query.where(Complaint.status == status)
    if overdue_only:
        query = query.where(deadlines.complaint_overdue_sql(today))
    if kind is not None:
        if kind not in COMPLAINT_KINDS:
            raise ValueError(f"unknown complaint kind {kind!r}")
        query = query.where(Complaint.kind == kind)
    with ctx.read() as s:
        return [
            ComplaintRow(
                c.complaint_no,
                c.kind,
                COMPLAINT_KINDS.get(c.kind, c.kind),
                c.channel,
                c.category,
                masked_contact(c, customer)[0],
                c.received_at,
                c.contact_due,
                c.decision_due,
                c.status,
                status_name(c.status, c.callback_result),
                who or "",
                _contact_overdue(c, today),
                _decision_overdue(c, today),
            )
            for c, customer, who in s.execute(query).all()
        ]


def detail(ctx: AppContext, complaint_no: str) -> ComplaintDetail:
    today = local_date(ctx.clock())
    with ctx.read() as s:
        c = load_complaint(s, complaint_no)
        customer = s.get(Customer, c.customer_id) if c.customer_id is not None else None
        assignee = s.get(User, c.assigned_to) if c.assigned_to is not None else None
        creator = s.get_one(User, c.created_by)
        events = s.execute(
            select(ComplaintEvent, User)
            .join(User, User.id == ComplaintEvent.user_id)
            .where(ComplaintEvent.complaint_id == c.id)
            .order_by(ComplaintEvent.id)
        ).all()
        name, phone = masked_contact(c, customer)
        return ComplaintDetail(
            complaint_no=c.complaint_no,
            kind=c.kind,
            kind_name=COMPLAINT_KINDS.get(c.kind, c.kind),
            channel=c.channel,
            category=c.category,
            status=c.status,
            status_name=status_name(c.status, c.callback_result),
            customer=name,
            phone=phone,
            account_no=c.account_no,
            content=c.content,
            request=c.request,
            rating=c.rating,
            received_at=c.received_at,
            contact_due=c.contact_due,
            decision_due=c.decision_due,
            contacted_at=c.contacted_at,
            resolved_at=c.resolved_at,
            closed_at=c.closed_at,
            assignee=who(assignee) if assignee else "",
            created_by=who(creator),
            resolution=c.resolution,
            callback_result=c.callback_result,
            contact_overdue=_contact_overdue(c, today),
            decision_overdue=_decision_overdue(c, today),
            events=tuple(
                ComplaintEventLine(e.at, e.kind, EVENT_NAMES.get(e.kind, e.kind), who(u), e.note)
                for e, u in events
            ),
            allowed=allowed_actions(c),
        )


def open_counts(ctx: AppContext) -> tuple[int, int]:
    """(not closed, of which past a deadline): for the today page and the dashboard."""
    today = local_date(ctx.clock())
    with ctx.read() as s:
        still_open = s.scalar(
            select(func.count()).select_from(Complaint).where(Complaint.status != "closed")
        )
        overdue = s.scalar(
            select(func.count())
            .select_from(Complaint)
            .where(deadlines.complaint_overdue_sql(today))
        )
    return int(still_open or 0), int(overdue or 0)
