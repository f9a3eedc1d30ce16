"""Whom a visit plan goes to: the selection rules of resources/visits.toml asked of the
store (domain/visit_rules.py has their shape).

Each kind of rule yields (customer, account, why) rows, most telling first; ``pick``
keeps each customer once, leaves out those already in an open plan of the same
questionnaire, and stops at the file's ``max_targets``. All four kinds are answered:
an outage area is a notice's area terms (services/announcements.py) found in an
account's address, the way the counter answers "is there an outage at my place?".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from counter_app.domain.clock import local_date
from counter_app.domain.masking import mask_name, mask_phone
from counter_app.domain.visit_rules import PlanRule
from counter_app.services.announcements import MIN_TERM, area_terms
from counter_app.store.models import (
    Account,
    Announcement,
    Application,
    Complaint,
    Customer,
    Visit,
    VisitPlan,
    VisitTarget,
)

__all__ = ["Candidate", "Picked", "in_open_plans", "pick"]

OUTAGE_KINDS = ("planned_outage", "unplanned_outage")


@dataclass(frozen=True)
class Candidate:
    """A customer a rule chose (or a supervisor typed), at one account's address."""

    customer_id: int
    account_id: int
    account_no: str
    customer_name: str  # masked: 张**
    phone: str  # masked: 138****1234
    address: str
    reason: str  # why the rule chose them: 新装完成 2026-11-20 …


@dataclass(frozen=True)
class Picked:
    candidates: tuple[Candidate, ...]
    left_out: int  # more customers the rule chose than a plan may hold


_Row = tuple[int, int | None, str]  # customer id, account id (None: their first), why


def in_open_plans(s: Session, hall_id: int, survey_code: str) -> set[int]:
    """The customers already in an open plan of this questionnaire."""
    return set(
        s.scalars(
            select(VisitTarget.customer_id)
            .join(VisitPlan, VisitPlan.id == VisitTarget.plan_id)
            .where(
                VisitPlan.hall_id == hall_id,
                VisitPlan.status == "open",
                VisitPlan.survey_code == survey_code,
            )
        )
    )


def pick(
    s: Session,
    hall_id: int,
    rule: PlanRule,
    survey_code: str,
    now: datetime,
    limit: int,
) -> Picked:
    """The customers ``rule`` chooses now: each once, none already in an open plan of
    ``survey_code``, at most ``limit``."""
    taken = in_open_plans(s, hall_id, survey_code)
    chosen: dict[int, tuple[int | None, str]] = {}
    for customer_id, account_id, why in _rows(s, hall_id, rule, now):
        if customer_id in taken or customer_id in chosen:
            continue
        chosen[customer_id] = (account_id, why)
    out: list[Candidate] = []
    left_out = 0
    for customer_id, (account_id, why) in chosen.items():
        if len(out) >= limit:
            left_out += 1
            continue
        found = candidate(s, hall_id, customer_id, account_id, why)
        if found is not None:
            out.append(found)
    return Picked(tuple(out), left_out)


def candidate(
    s: Session, hall_id: int, customer_id: int, account_id: int | None, why: str
) -> Candidate | None:
    """The customer at ``account_id``, or at their first open account of the hall; None
    when they have no account here (nowhere to visit)."""
    account = s.get(Account, account_id) if account_id is not None else None
    if account is None or account.hall_id != hall_id:
        account = s.scalar(
            select(Account)
            .where(
                Account.customer_id == customer_id,
                Account.hall_id == hall_id,
                Account.status != "closed",
            )
            .order_by(Account.id)
            .limit(1)
        )
    if account is None:
        return None
    customer = s.get_one(Customer, customer_id)
    return Candidate(
        customer.id,
        account.id,
        account.account_no,
        mask_name(customer.name),
        mask_phone(customer.mobile) if customer.mobile else "",
        account.address,
        why,
    )


def _rows(s: Session, hall_id: int, rule: PlanRule, now: datetime) -> Iterator[_Row]:
    since = now - timedelta(days=rule.days)
    if rule.kind == "new_connections":
        yield from _new_connections(s, hall_id, rule, since)
    elif rule.kind == "complaints":
        yield from _complaints(s, hall_id, rule, since)
    elif rule.kind == "large_accounts":
        yield from _large_accounts(s, hall_id, rule)
    elif rule.kind == "outage_area":
        yield from _outage_areas(s, hall_id, rule, since)
    else:  # pragma: no cover - domain/visit_rules.py admits no other kind
        raise ValueError(rule.kind)


def _new_connections(s: Session, hall_id: int, rule: PlanRule, since: datetime) -> Iterator[_Row]:
    rows = s.execute(
        select(Application.customer_id, Application.account_id, Application.completed_at)
        .where(
            Application.hall_id == hall_id,
            Application.status == "completed",
            Application.business_code.in_(rule.businesses),
            Application.completed_at >= since,
        )
        .order_by(Application.completed_at.desc(), Application.id.desc())
    )
    for customer_id, account_id, done in rows:
        yield customer_id, account_id, f"新装完成 {local_date(done):%Y-%m-%d}"


def _complaints(s: Session, hall_id: int, rule: PlanRule, since: datetime) -> Iterator[_Row]:
    complained = s.execute(
        select(Complaint.customer_id, Complaint.account_no, Complaint.complaint_no)
        .where(
            Complaint.hall_id == hall_id,
            Complaint.kind == "complaint",
            Complaint.customer_id.is_not(None),
            Complaint.received_at >= since,
        )
        .order_by(Complaint.received_at.desc(), Complaint.id.desc())
    ).all()
    numbers = {r.account_no for r in complained if r.account_no}
    accounts = {
        no: account_id
        for no, account_id in s.execute(
            select(Account.account_no, Account.id).where(Account.account_no.in_(numbers))
        )
    }
    for customer_id, account_no, number in complained:
        yield customer_id, accounts.get(account_no), f"投诉 {number}"
    rated = s.execute(
        select(Visit.customer_id, Visit.rating, Visit.rated_at)
        .where(
            Visit.hall_id == hall_id,
            Visit.customer_id.is_not(None),
            Visit.rating <= rule.rating_at_most,
            Visit.rated_at >= since,
        )
        .order_by(Visit.rated_at.desc(), Visit.id.desc())
    )
    for customer_id, rating, at in rated:
        yield customer_id, None, f"评价{rating}分 {local_date(at):%Y-%m-%d}"


def _large_accounts(s: Session, hall_id: int, rule: PlanRule) -> Iterator[_Row]:
    rows = s.execute(
        select(
            Account.customer_id, Account.id, Account.category, Account.voltage, Account.capacity_kw
        )
        .where(
            Account.hall_id == hall_id,
            Account.status == "active",
            or_(
                and_(
                    Account.category == rule.category, Account.capacity_kw >= rule.min_capacity_kw
                ),
                Account.voltage == rule.voltage,
            ),
        )
        .order_by(Account.capacity_kw.desc(), Account.id)
    )
    for customer_id, account_id, category, voltage, capacity in rows:
        size = f"{capacity.normalize():f}kW" if capacity is not None else ""
        yield customer_id, account_id, " ".join(p for p in (category, voltage, size) if p)


def _outage_areas(s: Session, hall_id: int, rule: PlanRule, since: datetime) -> Iterator[_Row]:
    notices = s.execute(
        select(Announcement.area).where(
            Announcement.hall_id == hall_id,
            Announcement.kind.in_(OUTAGE_KINDS),
            Announcement.withdrawn_at.is_(None),
            Announcement.starts_at >= since,
            Announcement.area != "",
        )
    ).scalars()
    counts: dict[int, int] = {}
    owners: dict[int, int] = {}
    for area in notices:
        terms = [t for t in area_terms(area) if len(t) >= MIN_TERM]
        if not terms:
            continue
        hit = s.execute(
            select(Account.id, Account.customer_id).where(
                Account.hall_id == hall_id,
                Account.status == "active",
                or_(*(Account.address.contains(t, autoescape=True) for t in terms)),
            )
        )
        for account_id, customer_id in hit:
            counts[account_id] = counts.get(account_id, 0) + 1
            owners[account_id] = customer_id
    for account_id, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        if n >= rule.min_outages:
            yield owners[account_id], account_id, f"近{rule.days}天停电{n}次"
