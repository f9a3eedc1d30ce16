"""Complaints and opinions (投诉/意见), and the follow-ups (回访) a bad rating opens.

Each complaint gets a number and two deadlines from data (resources/complaints.toml):
contact the customer within ``contact_days`` working days, reply with a decision
within ``decision_days``. It then goes, step by step and in this order only:

    open (待联系) --record_contact--> contacted (处理中) --resolve--> resolved
    resolved --callback (回访, the customer's verdict)--> resolved with a verdict (待办结)
    resolved with a verdict --close--> closed (已办结)

``assign`` (指派) may come at any step before closing. A 不满意 verdict may be
followed by a new resolution (重新处理) and a new callback, or the complaint may
be closed with the verdict on record. Nothing is deleted: every step is a
ComplaintEvent with who and when, and an audit entry in the same transaction.

Follow-ups (kind ``followup``) are created elsewhere, by a bad rating, with
their own deadlines; from then on they take the same steps through this module.

Screens get masked personal data only (domain.md: name 张**, phone 138****1234).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from counter_app.domain.clock import local_date, local_naive
from counter_app.domain.identity import is_valid_mobile, normalize_mobile
from counter_app.domain.masking import mask_name, mask_phone
from counter_app.domain.text import N_, Joined
from counter_app.services import audit
from counter_app.services.auth import UserInfo
from counter_app.services.authz import require
from counter_app.services.context import AppContext
from counter_app.services.errors import NotFound, UserError
from counter_app.services.sequences import next_number
from counter_app.store.models import Account, Complaint, ComplaintEvent, Customer, Hall, User

if TYPE_CHECKING:
    from counter_app.printing.complaint_slip import ComplaintSlip

__all__ = [
    "ACTION_NAMES",
    "EVENT_NAMES",
    "KIND_NAMES",
    "STATUS_NAMES",
    "VERDICTS",
    "ComplaintDetail",
    "ComplaintEventLine",
    "ComplaintInfo",
    "ComplaintRow",
    "assign",
    "callback",
    "close",
    "complaint_slip",
    "detail",
    "due_dates",
    "list_complaints",
    "open_complaint",
    "open_counts",
    "print_slip",
    "record_contact",
    "resolve",
]

KIND_NAMES = {"complaint": N_("投诉"), "followup": N_("评价回访")}
STATUS_NAMES = {
    "open": N_("待联系"),
    "contacted": N_("处理中"),
    "resolved": N_("已处理"),
    "closed": N_("已办结"),
}
EVENT_NAMES = {
    "opened": N_("受理"),
    "assigned": N_("指派"),
    "contacted": N_("联系客户"),
    "resolved": N_("处理结果"),
    "callback": N_("回访"),
    "closed": N_("办结"),
}
ACTION_NAMES = {
    "assign": N_("指派"),
    "contact": N_("记录联系"),
    "resolve": N_("登记处理结果"),
    "callback": N_("回访"),
    "close": N_("办结"),
}
# The customer's verdict at the callback (回访), best first.
VERDICTS = (N_("满意"), N_("基本满意"), N_("不满意"))
DISSATISFIED = "不满意"

MAX_CONTENT = 2000
MAX_NOTE = 1000
_ACCOUNT_NO = re.compile(r"\d{1,20}", re.ASCII)
_PHONE_SEPARATORS = re.compile(r"[\s\-]")


# -- deadlines -------------------------------------------------------------------------


def due_dates(ctx: AppContext, received: date | None = None) -> tuple[date, date]:
    """Contact and decision due dates of a complaint received on ``received`` (default today)."""
    rules = ctx.rules.complaints
    day = received or local_date(ctx.clock())
    return (
        ctx.calendar.add_working_days(day, rules.contact_days),
        ctx.calendar.add_working_days(day, rules.decision_days),
    )


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


def _status_name(status: str, verdict: str) -> str:
    if status == "resolved":
        if not verdict:
            return "已处理待回访"
        return "回访不满意" if verdict == DISSATISFIED else "已回访待办结"
    return STATUS_NAMES.get(status, status)


def _contact_overdue(c: Complaint, today: date) -> bool:
    return c.status != "closed" and c.contacted_at is None and today > c.contact_due


def _decision_overdue(c: Complaint, today: date) -> bool:
    return c.status != "closed" and c.resolved_at is None and today > c.decision_due


def _overdue_clause(today: date) -> ColumnElement[bool]:
    """The same rule as _contact_overdue or _decision_overdue, for a query."""
    return and_(
        Complaint.status != "closed",
        or_(
            and_(Complaint.contacted_at.is_(None), Complaint.contact_due < today),
            and_(Complaint.resolved_at.is_(None), Complaint.decision_due < today),
        ),
    )


def _who(user: User) -> str:
    return f"{user.display_name}（{user.staff_no}）"


# -- which step may come next ------------------------------------------------------


def _refusal(c: Complaint, action: str) -> str | None:
    """Why ``action`` may not be taken now, or None when it may."""
    no = c.complaint_no
    if c.status == "closed":
        return f"{no} 已办结，不能再{ACTION_NAMES[action]}"
    if action == "assign":
        return None
    if action == "contact":
        if c.status in ("open", "contacted"):
            return None
        return f"{no} 已登记处理结果，与客户的联系请作为回访记录"
    if action == "resolve":
        if c.status == "open":
            return f"{no} 尚未与客户联系，请先记录联系情况，再登记处理结果"
        if c.status == "resolved" and c.callback_result != DISSATISFIED:
            if not c.callback_result:
                return f"{no} 已登记处理结果，请先回访客户"
            return f"{no} 客户回访{c.callback_result}，可以办结，无需重新处理"
        return None
    if action == "callback":
        if c.status != "resolved":
            return f"{no} 尚未登记处理结果，请先登记处理结果，再回访客户"
        if c.callback_result == DISSATISFIED:
            return f"{no} 客户回访不满意：请重新登记处理结果后再回访，或直接办结"
        if c.callback_result:
            return f"{no} 已回访（{c.callback_result}），可以办结"
        return None
    if action == "close":
        if c.status != "resolved":
            return f"{no} 尚未登记处理结果，不能办结"
        if not c.callback_result:
            return f"{no} 尚未回访客户，不能办结"
        return None
    raise ValueError(action)


def _allowed(c: Complaint) -> frozenset[str]:
    return frozenset(a for a in ACTION_NAMES if _refusal(c, a) is None)


def _require(c: Complaint, action: str) -> None:
    refusal = _refusal(c, action)
    if refusal:
        raise UserError(refusal)


# -- intake ----------------------------------------------------------------------------


def _clean_phone(phone: str) -> str:
    phone = phone.strip()
    if not phone:
        return ""
    if is_valid_mobile(phone):
        return normalize_mobile(phone)
    compact = _PHONE_SEPARATORS.sub("", phone)
    if not re.fullmatch(r"\+?[0-9]{5,20}", compact, re.ASCII) or len(phone) > 20:
        raise UserError("联系电话应为手机号码或固定电话号码", "contact_phone")
    return phone


def open_complaint(
    ctx: AppContext,
    user: UserInfo,
    channel: str,
    category: str,
    content: str,
    request: str,
    customer_id: int | None = None,
    account_no: str = "",
    contact_name: str = "",
    contact_phone: str = "",
) -> ComplaintInfo:
    """Take a complaint: its number, its two deadlines, the 'opened' event and audit."""
    rules = ctx.rules.complaints
    channel, category = channel.strip(), category.strip()
    content, request = content.strip(), request.strip()
    contact_name, account_no = contact_name.strip(), account_no.strip()
    if channel not in rules.channels:
        raise UserError("受理渠道应为：{items}", "channel", items=Joined(rules.channels))
    if category not in rules.categories:
        raise UserError("投诉类别应为：{items}", "category", items=Joined(rules.categories))
    if not content:
        raise UserError("请填写投诉内容（客户反映的问题）", "content")
    if len(content) > MAX_CONTENT:
        raise UserError("投诉内容不能超过{max}字", "content", max=MAX_CONTENT)
    if len(request) > MAX_CONTENT:
        raise UserError("客户诉求不能超过{max}字", "request", max=MAX_CONTENT)
    if len(contact_name) > 60:
        raise UserError("联系人姓名过长", "contact_name")
    if account_no and not _ACCOUNT_NO.fullmatch(account_no):
        raise UserError("户号应为数字（不超过20位）", "account_no")
    phone = _clean_phone(contact_phone)

    now = ctx.clock()
    today = local_date(now)
    contact_due, decision_due = (
        ctx.calendar.add_working_days(today, rules.contact_days),
        ctx.calendar.add_working_days(today, rules.decision_days),
    )
    with ctx.write() as s:
        require(s, user, "counter.work", ctx.clock())
        clerk = s.get(User, user.id)
        if clerk is None:
            raise NotFound("找不到当前用户")
        hall = s.get_one(Hall, clerk.hall_id)
        if customer_id is not None and s.get(Customer, customer_id) is None:
            raise NotFound("找不到该客户", "customer_id")
        if account_no and customer_id is None:
            # A known account tells who the customer is.
            customer_id = s.scalar(
                select(Account.customer_id).where(Account.account_no == account_no)
            )
        number = next_number(s, f"complaint:{hall.code}:{today:%Y%m%d}")
        complaint = Complaint(
            complaint_no=f"{hall.code}-TS{today:%Y%m%d}-{number:03d}",
            hall_id=hall.id,
            kind="complaint",
            channel=channel,
            category=category,
            customer_id=customer_id,
            contact_name=contact_name,
            contact_phone=phone,
            account_no=account_no,
            content=content,
            request=request,
            received_at=now,
            contact_due=contact_due,
            decision_due=decision_due,
            status="open",
            resolution="",
            callback_result="",
            created_by=user.id,
            updated_at=now,
        )
        s.add(complaint)
        s.flush()
        _event(
            s,
            complaint,
            user,
            "opened",
            now,
            f"{channel}受理，{category}",
            {
                "kind": "complaint",
                "channel": channel,
                "category": category,
                "contact_due": contact_due.isoformat(),
                "decision_due": decision_due.isoformat(),
            },
        )
        return ComplaintInfo(
            complaint.complaint_no, "complaint", now, contact_due, decision_due, "open"
        )


# -- the steps -------------------------------------------------------------------------


def _load(s: Session, complaint_no: str) -> Complaint:
    c = s.scalar(select(Complaint).where(Complaint.complaint_no == complaint_no.strip()))
    if c is None:
        raise NotFound("找不到投诉编号 {complaint_no}", complaint_no=complaint_no)
    return c


def _event(
    s: Session,
    c: Complaint,
    user: UserInfo,
    kind: str,
    now: datetime,
    note: str = "",
    detail: dict[str, Any] | None = None,
) -> None:
    s.add(ComplaintEvent(complaint_id=c.id, at=now, user_id=user.id, kind=kind, note=note))
    c.updated_at = now
    audit.record(
        s,
        now,
        user.id,
        f"complaint.{kind}",
        "complaint",
        c.complaint_no,
        {"status": c.status, **(detail if detail is not None else {"note": note[:200]})},
    )


def _note(text: str, what: str, required: bool = True) -> str:
    text = text.strip()
    if required and not text:
        raise UserError("请填写{what}", "note", what=what)
    if len(text) > MAX_NOTE:
        raise UserError("{what}不能超过{max}字", "note", what=what, max=MAX_NOTE)
    return text


def assign(ctx: AppContext, user: UserInfo, complaint_no: str, assignee_id: int) -> ComplaintDetail:
    """指派: who handles it from now on; may be changed at any step before closing."""
    now = ctx.clock()
    with ctx.write() as s:
        require(s, user, "counter.work", ctx.clock())
        c = _load(s, complaint_no)
        _require(c, "assign")
        assignee = s.get(User, assignee_id)
        if assignee is None or not assignee.active or assignee.hall_id != c.hall_id:
            raise UserError("只能指派给本营业厅在用的人员")
        if c.assigned_to == assignee.id:
            raise UserError(
                "{complaint_no} 已指派给 {who}", complaint_no=c.complaint_no, who=_who(assignee)
            )
        c.assigned_to = assignee.id
        _event(
            s,
            c,
            user,
            "assigned",
            now,
            f"指派给 {_who(assignee)}",
            {"assignee": assignee.username},
        )
    return detail(ctx, complaint_no)


def record_contact(
    ctx: AppContext, user: UserInfo, complaint_no: str, note: str
) -> ComplaintDetail:
    """联系客户: the first contact stops the contact clock; later ones are recorded too."""
    note = _note(note, "联系情况（联系方式、时间、沟通内容）")
    now = ctx.clock()
    with ctx.write() as s:
        require(s, user, "counter.work", ctx.clock())
        c = _load(s, complaint_no)
        _require(c, "contact")
        if c.contacted_at is None:
            c.contacted_at = now
        c.status = "contacted"
        _event(s, c, user, "contacted", now, note)
    return detail(ctx, complaint_no)


def resolve(ctx: AppContext, user: UserInfo, complaint_no: str, resolution: str) -> ComplaintDetail:
    """处理结果: the decision given to the customer; stops the decision clock."""
    resolution = _note(resolution, "处理结果（调查情况和答复客户的处理意见）")
    now = ctx.clock()
    with ctx.write() as s:
        require(s, user, "counter.work", ctx.clock())
        c = _load(s, complaint_no)
        _require(c, "resolve")
        again = c.status == "resolved"  # after a 不满意 callback: handled again
        c.status, c.resolution, c.resolved_at = "resolved", resolution, now
        c.callback_result = ""  # the new resolution needs its own callback
        _event(s, c, user, "resolved", now, ("重新处理：" if again else "") + resolution)
    return detail(ctx, complaint_no)


def callback(
    ctx: AppContext, user: UserInfo, complaint_no: str, verdict: str, note: str = ""
) -> ComplaintDetail:
    """回访: the customer's verdict on the resolution (满意 / 基本满意 / 不满意)."""
    verdict = verdict.strip()
    if verdict not in VERDICTS:
        raise UserError("回访结果应为：{items}", "verdict", items=Joined(VERDICTS))
    note = _note(note, "回访说明", required=False)
    now = ctx.clock()
    with ctx.write() as s:
        require(s, user, "counter.work", ctx.clock())
        c = _load(s, complaint_no)
        _require(c, "callback")
        c.callback_result = verdict
        _event(
            s,
            c,
            user,
            "callback",
            now,
            f"客户{verdict}" + (f"：{note}" if note else ""),
            {"verdict": verdict, "note": note[:200]},
        )
    return detail(ctx, complaint_no)


def close(ctx: AppContext, user: UserInfo, complaint_no: str) -> ComplaintDetail:
    """办结: only after a resolution and the customer's callback."""
    now = ctx.clock()
    with ctx.write() as s:
        require(s, user, "counter.work", ctx.clock())
        c = _load(s, complaint_no)
        _require(c, "close")
        c.status, c.closed_at = "closed", now
        _event(
            s, c, user, "closed", now, f"回访{c.callback_result}", {"verdict": c.callback_result}
        )
    return detail(ctx, complaint_no)


# -- lists and details -------------------------------------------------------------


def _contact(c: Complaint, customer: Customer | None) -> tuple[str, str]:
    """Masked name and phone: what was given at intake, else the customer's own."""
    name = c.contact_name or (customer.name if customer else "")
    phone = c.contact_phone or (customer.mobile if customer else "")
    return (mask_name(name) if name else "", mask_phone(phone) if phone else "")


def list_complaints(
    ctx: AppContext, status: str | None = None, overdue_only: bool = False
) -> list[ComplaintRow]:
    """Complaints and follow-ups, newest first.

    ``status``: None for all, "active" for every one not closed, or one of
    STATUS_NAMES's keys. ``overdue_only`` keeps those past a deadline.
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
        if status not in STATUS_NAMES:
            raise ValueError(f"unknown complaint status {status!r}")
        query = query.where(Complaint.status == status)
    if overdue_only:
        query = query.where(_overdue_clause(today))
    with ctx.read() as s:
        return [
            ComplaintRow(
                c.complaint_no,
                c.kind,
                KIND_NAMES.get(c.kind, c.kind),
                c.channel,
                c.category,
                _contact(c, customer)[0],
                c.received_at,
                c.contact_due,
                c.decision_due,
                c.status,
                _status_name(c.status, c.callback_result),
                who or "",
                _contact_overdue(c, today),
                _decision_overdue(c, today),
            )
            for c, customer, who in s.execute(query).all()
        ]


def detail(ctx: AppContext, complaint_no: str) -> ComplaintDetail:
    today = local_date(ctx.clock())
    with ctx.read() as s:
        c = _load(s, complaint_no)
        customer = s.get(Customer, c.customer_id) if c.customer_id is not None else None
        assignee = s.get(User, c.assigned_to) if c.assigned_to is not None else None
        creator = s.get_one(User, c.created_by)
        events = s.execute(
            select(ComplaintEvent, User)
            .join(User, User.id == ComplaintEvent.user_id)
            .where(ComplaintEvent.complaint_id == c.id)
            .order_by(ComplaintEvent.id)
        ).all()
        name, phone = _contact(c, customer)
        return ComplaintDetail(
            complaint_no=c.complaint_no,
            kind=c.kind,
            kind_name=KIND_NAMES.get(c.kind, c.kind),
            channel=c.channel,
            category=c.category,
            status=c.status,
            status_name=_status_name(c.status, c.callback_result),
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
            assignee=_who(assignee) if assignee else "",
            created_by=_who(creator),
            resolution=c.resolution,
            callback_result=c.callback_result,
            contact_overdue=_contact_overdue(c, today),
            decision_overdue=_decision_overdue(c, today),
            events=tuple(
                ComplaintEventLine(e.at, e.kind, EVENT_NAMES.get(e.kind, e.kind), _who(u), e.note)
                for e, u in events
            ),
            allowed=_allowed(c),
        )


def open_counts(ctx: AppContext) -> tuple[int, int]:
    """(not closed, of which past a deadline): for the today page and the dashboard."""
    today = local_date(ctx.clock())
    with ctx.read() as s:
        still_open = s.scalar(
            select(func.count()).select_from(Complaint).where(Complaint.status != "closed")
        )
        overdue = s.scalar(
            select(func.count()).select_from(Complaint).where(_overdue_clause(today))
        )
    return int(still_open or 0), int(overdue or 0)


# -- the acknowledgement slip ------------------------------------------------------------


def complaint_slip(ctx: AppContext, complaint_no: str) -> ComplaintSlip:
    """The 受理回执's content, masked, ready for printing.complaint_slip."""
    from counter_app.printing import complaint_slip as printed

    rules = ctx.rules.complaints
    with ctx.read() as s:
        c = _load(s, complaint_no)
        hall = s.get_one(Hall, c.hall_id)
        customer = s.get(Customer, c.customer_id) if c.customer_id is not None else None
        clerk = s.get_one(User, c.created_by)
        name, phone = _contact(c, customer)
        return printed.ComplaintSlip(
            hall_name=hall.name,
            hall_address=hall.address,
            hall_phone=hall.phone,
            complaint_no=c.complaint_no,
            received_at=local_naive(c.received_at),
            channel=c.channel,
            category=c.category,
            content=c.content,
            request=c.request,
            customer_name=name,
            phone=phone,
            account_no=c.account_no,
            contact_due=c.contact_due,
            decision_due=c.decision_due,
            escalation=rules.escalation,
            clerk=_who(clerk),
            training=ctx.training,
        )


def print_slip(ctx: AppContext, complaint_no: str, folder: Path) -> Path:
    """Render the acknowledgement slip into the printouts folder and return its path."""
    from counter_app.printing.complaint_slip import render_complaint_slip

    slip = complaint_slip(ctx, complaint_no)
    return render_complaint_slip(slip, folder / f"投诉受理回执_{slip.complaint_no}.pdf")
