"""The rules of a complaint: its due dates and which step may come next (see
services/complaints.py for the order). The data file (resources/complaints.toml) is
read once with the other rules: domain/complaint_rules.py, ``ctx.rules.complaints``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from counter_app.domain.clock import local_date
from counter_app.domain.text import N_
from counter_app.services.context import AppContext
from counter_app.services.errors import UserError
from counter_app.store.models import Complaint

__all__ = [
    "ACTION_NAMES",
    "DISSATISFIED",
    "VERDICTS",
    "allowed_actions",
    "due_dates",
    "new_complaint",
    "require_allowed",
]

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


def due_dates(ctx: AppContext, received: date | None = None) -> tuple[date, date]:
    """Contact and decision due dates of a complaint received on ``received`` (default today)."""
    rules = ctx.rules.complaints
    day = received or local_date(ctx.clock())
    return (
        ctx.calendar.add_working_days(day, rules.contact_days),
        ctx.calendar.add_working_days(day, rules.decision_days),
    )


def new_complaint(s: Session, now: datetime, created_by: int, **fields: Any) -> Complaint:
    """A complaint or a follow-up received now: open, with no resolution or callback yet,
    added and flushed (its id is known for the first event)."""
    complaint = Complaint(
        **fields,
        received_at=now,
        status="open",
        resolution="",
        callback_result="",
        created_by=created_by,
        updated_at=now,
    )
    s.add(complaint)
    s.flush()
    return complaint


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


def allowed_actions(c: Complaint) -> frozenset[str]:
    return frozenset(a for a in ACTION_NAMES if _refusal(c, a) is None)


def require_allowed(c: Complaint, action: str) -> None:
    refusal = _refusal(c, action)
    if refusal:
        raise UserError(refusal)
