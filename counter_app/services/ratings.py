"""一次一评: the customer's rating of a visit, and the follow-up a bad one opens.

Five levels (5 非常满意 … 1 非常不满意, names in resources/queue.toml). A
customer who leaves without rating leaves the visit unrated: ``rating`` stays
NULL, never a default "satisfied"; satisfaction rates count rated visits only
(``rating IS NOT NULL``). Each visit is rated once.

A rating in ``bad_ratings`` (不满意, 非常不满意) opens a follow-up (回访): a
Complaint row of kind ``followup`` with its deadlines in working days from the
data file (call back by the next working day, fixed within 15 working days, a
provincial rule), assigned to the hall's supervisor with the fewest open
follow-ups, with its first event and audit entries, all in the rating's
transaction: a bad rating is never recorded without its follow-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from counter_app.domain.clock import format_local, local_date
from counter_app.domain.queueing import QueueConfig
from counter_app.services import audit
from counter_app.services.complaint_rules import new_complaint
from counter_app.services.context import AppContext
from counter_app.services.errors import NotFound, UserError
from counter_app.services.sequences import next_number
from counter_app.store.models import (
    Account,
    Application,
    Complaint,
    ComplaintEvent,
    Customer,
    Draft,
    Hall,
    Payment,
    User,
    Visit,
    VisitItem,
)

__all__ = [
    "FOLLOWUP_CATEGORY",
    "FOLLOWUP_CHANNEL",
    "RatingPrompt",
    "RatingResult",
    "followup_account_no",
    "followup_content",
    "followup_note",
    "rate_visit",
    "rating_prompt",
]

FOLLOWUP_CHANNEL = "评价"
FOLLOWUP_CATEGORY = "服务评价"
OPEN_STATUSES = ("open", "contacted", "resolved")  # not yet closed


@dataclass(frozen=True)
class RatingResult:
    visit_no: str
    rating: int | None  # None: unrated (the customer left)
    rating_name: str
    followup_no: str | None = None
    contact_due: date | None = None
    decision_due: date | None = None
    assigned_to: str | None = None  # the supervisor's display name


@dataclass(frozen=True)
class RatingPrompt:
    """What the customer-facing rating window shows."""

    visit_no: str
    business: str
    amount_paid: Decimal
    clerk: str  # 李明（0231）
    counter: str
    ratings: tuple[tuple[int, str], ...]  # (5, 非常满意) … (1, 非常不满意)


def _visit(s: Session, visit_id: int) -> Visit:
    visit = s.get(Visit, visit_id, with_for_update=True)
    if visit is None:
        raise NotFound("找不到该来访记录")
    return visit


def _business(ctx: AppContext, cfg: QueueConfig, s: Session, visit: Visit) -> str:
    """The visit's businesses in words: 低压居民新装、缴费 …; the category if none."""
    parts: list[str] = []
    items = s.scalars(
        select(VisitItem).where(VisitItem.visit_id == visit.id).order_by(VisitItem.id)
    ).all()
    for item in items:
        if item.kind == "application":
            code: str | None = None
            if item.ref.startswith("draft:") and item.ref[6:].isdigit():
                code = s.scalar(select(Draft.business_code).where(Draft.id == int(item.ref[6:])))
            else:
                name = s.scalar(
                    select(Application.business_name).where(Application.application_no == item.ref)
                )
                if name:
                    parts.append(name)
                    continue
            defn = ctx.workflows.get(code or "")
            parts.append(defn.name if defn else "业务受理")
        elif item.kind == "payment":
            parts.append("缴费")
        else:
            parts.append(f"咨询：{item.ref}" if item.ref else "咨询")
    if not parts and visit.business_code:
        defn = ctx.workflows.get(visit.business_code)
        if defn:
            parts.append(defn.name)
        elif visit.business_code == "payment":
            parts.append("缴费")
        else:
            parts.append(visit.business_code)
    if not parts and visit.category:
        parts.append(cfg.category_name(visit.category))
    return "、".join(dict.fromkeys(parts)) or "—"


def _amount_paid(s: Session, visit: Visit) -> Decimal:
    refs = select(VisitItem.ref).where(VisitItem.visit_id == visit.id, VisitItem.kind == "payment")
    totals = s.scalars(
        select(Payment.total).where(
            Payment.status == "valid",
            (Payment.visit_id == visit.id) | Payment.receipt_no.in_(refs),
        )
    ).all()
    return sum(totals, Decimal("0.00"))


def _clerk(s: Session, user_id: int) -> str:
    user = s.get_one(User, user_id)
    return f"{user.display_name}（{user.staff_no}）"


def rating_prompt(ctx: AppContext, visit_id: int) -> RatingPrompt:
    """The business, the amount paid and the rating buttons for the customer's window."""
    cfg = ctx.rules.queue
    with ctx.read() as s:
        visit = s.get(Visit, visit_id)
        if visit is None:
            raise NotFound("找不到该来访记录")
        return RatingPrompt(
            visit_no=visit.visit_no,
            business=_business(ctx, cfg, s, visit),
            amount_paid=_amount_paid(s, visit),
            clerk=_clerk(s, visit.clerk_id),
            counter=visit.counter,
            ratings=tuple(cfg.rating_names.items()),
        )


def rate_visit(ctx: AppContext, visit_id: int, rating: int | None) -> RatingResult:
    """Record the customer's rating (1..5) of a visit, or None: left without rating.

    Unrated stores nothing as a rating (``rating`` stays NULL) and may still be
    followed by a real rating if the customer comes back to the screen; a
    given rating is final: a second one is refused. A bad rating opens its
    follow-up in the same transaction.
    """
    if rating is not None and (
        not isinstance(rating, int) or isinstance(rating, bool) or not 1 <= rating <= 5
    ):
        raise UserError("评价应为1至5分", "rating")
    cfg = ctx.rules.queue
    now = ctx.clock()
    with ctx.write() as s:
        visit = _visit(s, visit_id)
        if visit.rating is not None:
            raise UserError(
                f"来访 {visit.visit_no} 已评价（{cfg.rating_name(visit.rating)}），"
                "每次来访只能评价一次"
            )
        if rating is None:
            audit.record(s, now, visit.clerk_id, "visit.unrated", "visit", visit.visit_no)
            return RatingResult(visit.visit_no, None, cfg.rating_name(None))
        visit.rating = rating
        visit.rated_at = now
        visit.updated_at = now
        audit.record(
            s, now, visit.clerk_id, "visit.rate", "visit", visit.visit_no, {"rating": rating}
        )
        if not cfg.is_bad(rating):
            return RatingResult(visit.visit_no, rating, cfg.rating_name(rating))
        return _open_followup(ctx, cfg, s, visit, rating)


def _supervisor(s: Session, hall_id: int) -> User | None:
    """The hall's active supervisor with the fewest open follow-ups (the first on a tie)."""
    open_count = func.count(Complaint.id)
    row = s.execute(
        select(User, open_count)
        .outerjoin(
            Complaint,
            and_(
                Complaint.assigned_to == User.id,
                Complaint.kind == "followup",
                Complaint.status.in_(OPEN_STATUSES),
            ),
        )
        .where(User.hall_id == hall_id, User.role == "supervisor", User.active.is_(True))
        .group_by(User.id)
        .order_by(open_count, User.id)
        .limit(1)
    ).first()
    return row[0] if row else None


def followup_content(
    ctx: AppContext, cfg: QueueConfig, s: Session, visit: Visit, rating: int
) -> str:
    """What a bad rating's follow-up says (the demo's hall day writes the same)."""
    return (
        f"客户对来访 {visit.visit_no} 的评价为“{cfg.rating_name(rating)}”（{rating}分）。"
        f"业务：{_business(ctx, cfg, s, visit)}；营业员：{_clerk(s, visit.clerk_id)}；"
        f"柜台：{visit.counter}号；来访时间：{format_local(visit.started_at)}。"
    )


def followup_account_no(s: Session, visit: Visit) -> str:
    """The account the visit paid for, if it paid: the follow-up names it."""
    return (
        s.scalar(
            select(Account.account_no)
            .join(Payment, Payment.account_id == Account.id)
            .join(VisitItem, VisitItem.ref == Payment.receipt_no)
            .where(VisitItem.visit_id == visit.id, VisitItem.kind == "payment")
            .limit(1)
        )
        or ""
    )


def followup_note(contact_due: date, decision_due: date, who: str | None) -> str:
    """The follow-up's first event: its deadlines and whom it is assigned to."""
    return (
        f"差评自动生成回访，{contact_due:%Y-%m-%d}前回访客户，{decision_due:%Y-%m-%d}前整改完毕；"
        + (f"指派给 {who}" if who else "本厅尚无值班长，待指派")
    )


def _open_followup(
    ctx: AppContext, cfg: QueueConfig, s: Session, visit: Visit, rating: int
) -> RatingResult:
    now = ctx.clock()
    today = local_date(now)
    hall = s.get_one(Hall, visit.hall_id)
    contact_due = ctx.calendar.add_working_days(today, cfg.followup_contact_days)
    decision_due = ctx.calendar.add_working_days(today, cfg.followup_days)
    supervisor = _supervisor(s, hall.id)
    seq = next_number(s, f"followup:{hall.code}:{today:%Y%m%d}")
    number = f"{hall.code}-HF{today:%Y%m%d}-{seq:03d}"

    customer = s.get(Customer, visit.customer_id) if visit.customer_id else None
    account_no = followup_account_no(s, visit)
    name = cfg.rating_name(rating)
    content = followup_content(ctx, cfg, s, visit, rating)
    followup = new_complaint(
        s,
        now,
        visit.clerk_id,
        complaint_no=number,
        hall_id=hall.id,
        kind="followup",
        channel=FOLLOWUP_CHANNEL,
        category=FOLLOWUP_CATEGORY,
        customer_id=visit.customer_id,
        # The real name and phone: the supervisor calls the customer back.
        contact_name=customer.name if customer else "",
        contact_phone=customer.mobile if customer else "",
        account_no=account_no,
        content=content,
        request="",
        visit_id=visit.id,
        rating=rating,
        contact_due=contact_due,
        decision_due=decision_due,
        assigned_to=supervisor.id if supervisor else None,
    )
    who = supervisor.display_name if supervisor else None
    note = followup_note(contact_due, decision_due, who)
    s.add(
        ComplaintEvent(
            complaint_id=followup.id, at=now, user_id=visit.clerk_id, kind="opened", note=note
        )
    )
    audit.record(
        s,
        now,
        visit.clerk_id,
        "complaint.opened",
        "complaint",
        number,
        {
            "kind": "followup",
            "visit": visit.visit_no,
            "rating": rating,
            "contact_due": contact_due.isoformat(),
            "decision_due": decision_due.isoformat(),
            "assigned_to": supervisor.username if supervisor else None,
        },
    )
    return RatingResult(visit.visit_no, rating, name, number, contact_due, decision_due, who)
