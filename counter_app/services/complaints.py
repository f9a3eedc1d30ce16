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
The data file and which step may come next: complaint_rules.py; what the screens
read (list, detail, counts): complaint_lists.py; here: intake, the steps, the slip.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain.clock import local_date, local_naive
from counter_app.domain.identity import is_valid_mobile, normalize_mobile
from counter_app.domain.text import Joined
from counter_app.printing import printouts
from counter_app.services import audit
from counter_app.services.auth import UserInfo
from counter_app.services.authz import require
from counter_app.services.complaint_lists import (
    ComplaintDetail,
    ComplaintInfo,
    detail,
    load_complaint,
    masked_contact,
    who,
)
from counter_app.services.complaint_rules import (
    VERDICTS,
    due_dates,
    new_complaint,
    require_allowed,
)
from counter_app.services.context import AppContext
from counter_app.services.errors import NotFound, UserError
from counter_app.services.sequences import next_number
from counter_app.store.models import Account, Complaint, ComplaintEvent, Customer, Hall, User

if TYPE_CHECKING:
    from counter_app.printing.complaint_slip import ComplaintSlip

__all__ = [
    "assign",
    "callback",
    "close",
    "complaint_slip",
    "open_complaint",
    "print_slip",
    "record_contact",
    "resolve",
]

MAX_CONTENT = 2000
MAX_NOTE = 1000
_ACCOUNT_NO = re.compile(r"\d{1,20}", re.ASCII)
_PHONE_SEPARATORS = re.compile(r"[\s\-]")


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
    contact_due, decision_due = due_dates(ctx, today)
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
        complaint = new_complaint(
            s,
            now,
            user.id,
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
            contact_due=contact_due,
            decision_due=decision_due,
        )
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


@contextmanager
def _acting(
    ctx: AppContext, user: UserInfo, complaint_no: str, action: str
) -> Iterator[tuple[Session, Complaint, datetime]]:
    """One write on the complaint, by a clerk at work, when its state allows ``action``."""
    now = ctx.clock()
    with ctx.write() as s:
        require(s, user, "counter.work", ctx.clock())
        c = load_complaint(s, complaint_no)
        require_allowed(c, action)
        yield s, c, now


def _note(text: str, what: str, required: bool = True) -> str:
    text = text.strip()
    if required and not text:
        raise UserError("请填写{what}", "note", what=what)
    if len(text) > MAX_NOTE:
        raise UserError("{what}不能超过{max}字", "note", what=what, max=MAX_NOTE)
    return text


def assign(ctx: AppContext, user: UserInfo, complaint_no: str, assignee_id: int) -> ComplaintDetail:
    """指派: who handles it from now on; may be changed at any step before closing."""
    with _acting(ctx, user, complaint_no, "assign") as (s, c, now):
        assignee = s.get(User, assignee_id)
        if assignee is None or not assignee.active or assignee.hall_id != c.hall_id:
            raise UserError("只能指派给本营业厅在用的人员")
        if c.assigned_to == assignee.id:
            raise UserError(
                "{complaint_no} 已指派给 {who}", complaint_no=c.complaint_no, who=who(assignee)
            )
        c.assigned_to = assignee.id
        _event(
            s,
            c,
            user,
            "assigned",
            now,
            f"指派给 {who(assignee)}",
            {"assignee": assignee.username},
        )
    return detail(ctx, complaint_no)


def record_contact(
    ctx: AppContext, user: UserInfo, complaint_no: str, note: str
) -> ComplaintDetail:
    """联系客户: the first contact stops the contact clock; later ones are recorded too."""
    note = _note(note, "联系情况（联系方式、时间、沟通内容）")
    with _acting(ctx, user, complaint_no, "contact") as (s, c, now):
        if c.contacted_at is None:
            c.contacted_at = now
        c.status = "contacted"
        _event(s, c, user, "contacted", now, note)
    return detail(ctx, complaint_no)


def resolve(ctx: AppContext, user: UserInfo, complaint_no: str, resolution: str) -> ComplaintDetail:
    """处理结果: the decision given to the customer; stops the decision clock."""
    resolution = _note(resolution, "处理结果（调查情况和答复客户的处理意见）")
    with _acting(ctx, user, complaint_no, "resolve") as (s, c, now):
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
    with _acting(ctx, user, complaint_no, "callback") as (s, c, now):
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
    with _acting(ctx, user, complaint_no, "close") as (s, c, now):
        c.status, c.closed_at = "closed", now
        _event(
            s, c, user, "closed", now, f"回访{c.callback_result}", {"verdict": c.callback_result}
        )
    return detail(ctx, complaint_no)


# -- the acknowledgement slip ------------------------------------------------------------


def complaint_slip(ctx: AppContext, complaint_no: str) -> ComplaintSlip:
    """The 受理回执's content, masked, ready for printing.complaint_slip."""
    from counter_app.printing import complaint_slip as printed

    rules = ctx.rules.complaints
    with ctx.read() as s:
        c = load_complaint(s, complaint_no)
        hall = s.get_one(Hall, c.hall_id)
        customer = s.get(Customer, c.customer_id) if c.customer_id is not None else None
        clerk = s.get_one(User, c.created_by)
        name, phone = masked_contact(c, customer)
        return printed.ComplaintSlip(
            hall_name=hall.name,
            hall_address=hall.address,
            hall_phone=hall.phone,
            hotline=rules.hotline,
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
            clerk=who(clerk),
            training=ctx.training,
        )


def print_slip(ctx: AppContext, complaint_no: str, folder: Path) -> Path:
    """Render the acknowledgement slip into the printouts folder and return its path."""
    from counter_app.printing.complaint_slip import render_complaint_slip

    slip = complaint_slip(ctx, complaint_no)
    return render_complaint_slip(
        slip, printouts.file_for(folder, printouts.COMPLAINT_SLIP, slip.complaint_no)
    )
