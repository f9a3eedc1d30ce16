"""One customer as the 便捷查询 page shows them: accounts (with their 欠费停电 state),
applications with their step timelines, and recent visits.

Personal data masked (domain.md: name 张**, ID first 6 and last 4, phone 138****1234);
steps overdue by the rules of services/deadlines.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Row, func, select

from counter_app.domain.masking import mask_id, mask_name, mask_phone
from counter_app.domain.reconnection import deadline_of
from counter_app.domain.vocabulary import (
    ACCOUNT_STATUSES,
    APPLICATION_OPEN,
    APPLICATION_STATUSES,
    CUSTOMER_KINDS,
    VISIT_BUSINESSES,
    VISIT_OUTCOME_NAMES,
)
from counter_app.services import reconnection
from counter_app.services.context import AppContext
from counter_app.services.deadlines import step_overdue
from counter_app.services.errors import NotFound
from counter_app.services.lookup import CUSTOMER_SHOWN
from counter_app.store.models import Account, Application, ApplicationStep, Customer, User, Visit

__all__ = [
    "MAX_APPLICATIONS",
    "RECENT_VISITS",
    "AccountLine",
    "ApplicationLine",
    "CustomerDetail",
    "TimelineStep",
    "VisitLine",
    "customer_detail",
]

RECENT_VISITS = 50
MAX_APPLICATIONS = 100


@dataclass(frozen=True)
class AccountLine:
    account_no: str
    address: str
    category: str
    voltage: str
    capacity_kw: Decimal | None
    status: str
    status_name: str
    # 欠费停电 (services/reconnection.py): "disconnected", "reconnecting" or "".
    supply: str = ""
    reconnect_by: datetime | None = None  # a 复电 under way: its deadline


@dataclass(frozen=True)
class TimelineStep:
    name: str
    limit_days: int
    due_date: date
    completed_at: datetime | None
    current: bool
    overdue: bool  # not done, the supplier's clock running, and past its due date


@dataclass(frozen=True)
class ApplicationLine:
    application_no: str
    business_name: str
    status: str
    status_name: str
    account_no: str
    address: str
    accepted_at: datetime
    promised_date: date
    completed_at: datetime | None
    steps: tuple[TimelineStep, ...]

    @property
    def overdue(self) -> bool:
        return any(st.overdue for st in self.steps)


@dataclass(frozen=True)
class VisitLine:
    visit_no: str
    started_at: datetime
    ended_at: datetime | None
    business_code: str
    business_name: str
    counter: str
    clerk: str
    outcome: str
    outcome_name: str


@dataclass(frozen=True)
class CustomerDetail:
    customer_id: int
    name: str  # masked
    kind: str
    cert_type: str
    cert_no: str  # masked
    mobile: str  # masked
    accounts: tuple[AccountLine, ...]
    applications: tuple[ApplicationLine, ...]  # newest first, at most MAX_APPLICATIONS
    visits: tuple[VisitLine, ...]  # newest first, at most RECENT_VISITS
    visit_total: int

    @property
    def kind_name(self) -> str:
        return CUSTOMER_KINDS.get(self.kind, self.kind)


def customer_detail(ctx: AppContext, customer_id: int) -> CustomerDetail:
    """The customer (masked), their accounts, applications with step timelines, and visits.

    Seven indexed queries whatever the customer's history: customer, accounts, the
    accounts' 欠费停电 state, applications, all their steps (one IN query), recent
    visits, visit count. Only the columns shown are read (no ORM objects, of the JSON
    details only a 复电's deadline).
    """
    now = ctx.clock()
    with ctx.read() as s:
        customer = s.execute(select(*CUSTOMER_SHOWN).where(Customer.id == customer_id)).first()
        if customer is None:
            raise NotFound("找不到客户（编号 {customer_id}）", customer_id=customer_id)
        accounts = s.execute(
            select(
                Account.id,
                Account.account_no,
                Account.address,
                Account.category,
                Account.voltage,
                Account.capacity_kw,
                Account.status,
            )
            .where(Account.customer_id == customer_id)
            .order_by(Account.id)
        ).all()
        supply = reconnection.supply_states(s, [a.id for a in accounts])
        apps = s.execute(
            select(
                Application.id,
                Application.application_no,
                Application.business_name,
                Application.status,
                Application.current_step,
                Application.address,
                Application.accepted_at,
                Application.promised_date,
                Application.completed_at,
                # Only a 复电's deadline (its limit is in hours), not the whole details.
                Application.details["deadline"].as_string().label("deadline"),
                Account.account_no,
            )
            .outerjoin(Account, Account.id == Application.account_id)
            .where(Application.customer_id == customer_id)
            .order_by(Application.accepted_at.desc(), Application.id.desc())
            .limit(MAX_APPLICATIONS)
        ).all()
        steps: dict[int, list[Row[Any]]] = {}
        if apps:
            for st in s.execute(
                select(
                    ApplicationStep.application_id,
                    ApplicationStep.code,
                    ApplicationStep.name,
                    ApplicationStep.limit_days,
                    ApplicationStep.due_date,
                    ApplicationStep.completed_at,
                )
                .where(ApplicationStep.application_id.in_([a.id for a in apps]))
                .order_by(ApplicationStep.application_id, ApplicationStep.seq)
            ):
                steps.setdefault(st.application_id, []).append(st)
        visits = s.execute(
            select(
                Visit.visit_no,
                Visit.started_at,
                Visit.ended_at,
                Visit.business_code,
                Visit.counter,
                Visit.outcome,
                User.display_name,
            )
            .join(User, User.id == Visit.clerk_id)
            .where(Visit.customer_id == customer_id)
            .order_by(Visit.started_at.desc(), Visit.id.desc())
            .limit(RECENT_VISITS)
        ).all()
        visit_total = s.scalar(
            select(func.count()).select_from(Visit).where(Visit.customer_id == customer_id)
        )
    return CustomerDetail(
        customer_id=customer.id,
        name=mask_name(customer.name),
        kind=customer.kind,
        cert_type=customer.cert_type,
        cert_no=mask_id(customer.cert_no),
        mobile=mask_phone(customer.mobile) if customer.mobile else "",
        accounts=tuple(
            AccountLine(
                a.account_no,
                a.address,
                a.category,
                a.voltage,
                a.capacity_kw,
                a.status,
                ACCOUNT_STATUSES.get(a.status, a.status),
                *_supply(supply.get(a.id)),
            )
            for a in accounts
        ),
        applications=tuple(_application_line(a, steps.get(a.id, []), now) for a in apps),
        visits=tuple(_visit_line(ctx, v) for v in visits),
        visit_total=visit_total or 0,
    )


def _supply(state: reconnection.SupplyState | None) -> tuple[str, datetime | None]:
    return (state.state, state.deadline) if state is not None else ("", None)


def _application_line(app: Row[Any], steps: list[Row[Any]], now: datetime) -> ApplicationLine:
    is_open = app.status in APPLICATION_OPEN
    deadline = deadline_of({"deadline": app.deadline})  # a 复电: late by the hour

    def overdue(st: Row[Any]) -> bool:
        by = deadline if st.code == app.current_step else None
        return step_overdue(app.status, st.completed_at, st.due_date, now, by)

    return ApplicationLine(
        application_no=app.application_no,
        business_name=app.business_name,
        status=app.status,
        status_name=APPLICATION_STATUSES.get(app.status, app.status),
        account_no=app.account_no or "",
        address=app.address,
        accepted_at=app.accepted_at,
        promised_date=app.promised_date,
        completed_at=app.completed_at,
        steps=tuple(
            TimelineStep(
                name=st.name,
                limit_days=st.limit_days,
                due_date=st.due_date,
                completed_at=st.completed_at,
                current=is_open and st.code == app.current_step,
                overdue=overdue(st),
            )
            for st in steps
        ),
    )


def _visit_line(ctx: AppContext, v: Row[Any]) -> VisitLine:
    defn = ctx.workflows.get(v.business_code)
    name = defn.name if defn else VISIT_BUSINESSES.get(v.business_code, v.business_code)
    return VisitLine(
        visit_no=v.visit_no,
        started_at=v.started_at,
        ended_at=v.ended_at,
        business_code=v.business_code,
        business_name=name,
        counter=v.counter,
        clerk=v.display_name,
        outcome=v.outcome,
        outcome_name=VISIT_OUTCOME_NAMES.get(v.outcome, v.outcome),
    )
