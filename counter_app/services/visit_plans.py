"""What the screens read of the visit plans (走访计划): each plan with its progress
(done / total, overdue, per visitor, problems found and their follow-ups closed), a
plan's customers, a clerk's visits to make. Plans are made and changed in
field_visits.py, which also offers these under its own name."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.domain.clock import local_date
from counter_app.domain.masking import mask_name, mask_phone
from counter_app.domain.surveys import Survey
from counter_app.domain.text import N_, Joined
from counter_app.domain.vocabulary import VISIT_PLAN_STATUSES, VISIT_TARGET_STATUSES
from counter_app.services.auth import UserInfo
from counter_app.services.authz import require
from counter_app.services.context import AppContext
from counter_app.services.errors import NotFound, UserError
from counter_app.store.models import (
    Account,
    Complaint,
    Customer,
    FieldVisit,
    SurveyAnswer,
    User,
    VisitPlan,
    VisitTarget,
)

__all__ = [
    "BY_HAND",
    "UNASSIGNED",
    "PlanDetail",
    "PlanInfo",
    "TargetInfo",
    "VisitorProgress",
    "list_plans",
    "plan_detail",
    "survey_of",
    "target_info",
    "to_do",
]

BY_HAND = N_("手工选取")  # a plan's rule name when the supervisor chose the customers
UNASSIGNED = N_("未指派")


@dataclass(frozen=True)
class VisitorProgress:
    visitor_id: int | None  # None: not yet assigned
    visitor: str  # 张营业（1001）, or 未指派
    total: int
    done: int
    unreachable: int
    pending: int


@dataclass(frozen=True)
class PlanInfo:
    plan_no: str
    title: str
    survey_code: str
    survey_name: str
    rule_code: str  # "": chosen by hand
    rule_name: str
    period_from: date
    period_to: date
    due_date: date
    status: str  # open / closed
    status_name: str
    created_by: str
    created_at: datetime
    total: int
    done: int
    unreachable: int
    pending: int
    overdue: bool  # open, past its due date, someone still not visited
    problems: int  # problem answers found on its visits
    findings_closed: int  # of their follow-ups, closed
    visitors: tuple[VisitorProgress, ...]

    @property
    def percent_done(self) -> int:
        """Targets visited (done), in whole percent of all."""
        return self.done * 100 // self.total if self.total else 0


@dataclass(frozen=True)
class TargetInfo:
    target_id: int
    plan_no: str
    survey_code: str
    survey_name: str
    due_date: date
    overdue: bool  # not done and the plan's due date has passed
    account_no: str
    customer_name: str  # masked
    phone: str  # masked
    address: str
    reason: str
    visitor_id: int | None
    visitor: str
    status: str  # pending / done / unreachable
    status_name: str
    attempts: int  # visits recorded (reached or not)


@dataclass(frozen=True)
class PlanDetail:
    plan: PlanInfo
    targets: tuple[TargetInfo, ...]


def survey_of(ctx: AppContext, code: str) -> Survey:
    survey = ctx.rules.surveys.get(code)
    if survey is None:
        raise UserError(
            "问卷应为：{items}", "survey", items=Joined(s.name for s in ctx.rules.surveys.values())
        )
    return survey


def who(user: User | None) -> str:
    return f"{user.display_name}（{user.staff_no}）" if user is not None else UNASSIGNED


def load_plan(s: Session, plan_no: str, hall_id: int | None = None) -> VisitPlan:
    plan = s.scalar(select(VisitPlan).where(VisitPlan.plan_no == plan_no.strip()))
    if plan is None or (hall_id is not None and plan.hall_id != hall_id):
        raise NotFound("走访计划 {plan_no} 不存在", plan_no=plan_no)
    return plan


def list_plans(ctx: AppContext, include_closed: bool = False, limit: int = 200) -> list[PlanInfo]:
    """The plans, open ones first, newest first; with their progress."""
    today = local_date(ctx.clock())
    with ctx.read() as s:
        query = select(VisitPlan).order_by(VisitPlan.status.desc(), VisitPlan.id.desc())
        if not include_closed:
            query = query.where(VisitPlan.status == "open")
        return [plan_row(ctx, s, p, today) for p in s.scalars(query.limit(limit))]


def plan_detail(ctx: AppContext, plan_no: str) -> PlanDetail:
    today = local_date(ctx.clock())
    with ctx.read() as s:
        plan = load_plan(s, plan_no)
        targets = s.scalars(
            select(VisitTarget).where(VisitTarget.plan_id == plan.id).order_by(VisitTarget.id)
        ).all()
        return PlanDetail(
            plan_row(ctx, s, plan, today),
            tuple(target_row(ctx, s, t, today) for t in targets),
        )


def to_do(ctx: AppContext, user: UserInfo, everyone: bool = False) -> list[TargetInfo]:
    """A clerk's visits to make: the open plans' customers assigned to ``user`` (with
    ``everyone``: to anyone, or to no one yet), not yet done, the earliest due first."""
    today = local_date(ctx.clock())
    with ctx.read() as s:
        me = require(s, user, "visits.record", ctx.clock())
        query = (
            select(VisitTarget)
            .join(VisitPlan, VisitPlan.id == VisitTarget.plan_id)
            .where(
                VisitPlan.hall_id == me.hall_id,
                VisitPlan.status == "open",
                VisitTarget.status != "done",
            )
            .order_by(VisitPlan.due_date, VisitTarget.status, VisitTarget.id)
        )
        if not everyone:
            query = query.where(VisitTarget.visitor_id == me.id)
        return [target_row(ctx, s, t, today) for t in s.scalars(query)]


def target_info(ctx: AppContext, target_id: int) -> TargetInfo:
    today = local_date(ctx.clock())
    with ctx.read() as s:
        target = s.get(VisitTarget, target_id)
        if target is None:
            raise NotFound("找不到该走访对象")
        return target_row(ctx, s, target, today)


def _survey_name(ctx: AppContext, code: str) -> str:
    survey = ctx.rules.surveys.get(code)
    return survey.name if survey else code  # a questionnaire HQ has since withdrawn


def target_row(ctx: AppContext, s: Session, t: VisitTarget, today: date) -> TargetInfo:
    plan = s.get_one(VisitPlan, t.plan_id)
    account = s.get_one(Account, t.account_id)
    customer = s.get_one(Customer, t.customer_id)
    visitor = s.get(User, t.visitor_id) if t.visitor_id is not None else None
    attempts = s.scalar(
        select(func.count()).select_from(FieldVisit).where(FieldVisit.target_id == t.id)
    )
    return TargetInfo(
        target_id=t.id,
        plan_no=plan.plan_no,
        survey_code=plan.survey_code,
        survey_name=_survey_name(ctx, plan.survey_code),
        due_date=plan.due_date,
        overdue=t.status != "done" and today > plan.due_date,
        account_no=account.account_no,
        customer_name=mask_name(customer.name),
        phone=mask_phone(customer.mobile) if customer.mobile else "",
        address=account.address,
        reason=t.reason,
        visitor_id=t.visitor_id,
        visitor=who(visitor),
        status=t.status,
        status_name=VISIT_TARGET_STATUSES.get(t.status, t.status),
        attempts=int(attempts or 0),
    )


def plan_row(ctx: AppContext, s: Session, plan: VisitPlan, today: date) -> PlanInfo:
    rows = s.execute(
        select(VisitTarget.visitor_id, VisitTarget.status, func.count())
        .where(VisitTarget.plan_id == plan.id)
        .group_by(VisitTarget.visitor_id, VisitTarget.status)
    ).all()
    by_visitor: dict[int | None, Counter[str]] = defaultdict(Counter)
    totals: Counter[str] = Counter()
    for visitor_id, status, n in rows:
        by_visitor[visitor_id][status] += n
        totals[status] += n
    visitors = tuple(
        VisitorProgress(
            visitor_id,
            who(s.get(User, visitor_id) if visitor_id is not None else None),
            sum(c.values()),
            c["done"],
            c["unreachable"],
            c["pending"],
        )
        for visitor_id, c in sorted(by_visitor.items(), key=lambda kv: (kv[0] is None, kv[0] or 0))
    )
    problems = s.execute(
        select(func.count(), func.count(Complaint.closed_at))
        .select_from(SurveyAnswer)
        .join(FieldVisit, FieldVisit.id == SurveyAnswer.field_visit_id)
        .join(VisitTarget, VisitTarget.id == FieldVisit.target_id)
        .outerjoin(Complaint, Complaint.id == SurveyAnswer.finding_id)
        .where(VisitTarget.plan_id == plan.id, SurveyAnswer.is_problem.is_(True))
    ).one()
    rule = ctx.rules.visits.rule(plan.rule_code) if plan.rule_code else None
    total = sum(totals.values())
    return PlanInfo(
        plan_no=plan.plan_no,
        title=plan.title,
        survey_code=plan.survey_code,
        survey_name=_survey_name(ctx, plan.survey_code),
        rule_code=plan.rule_code,
        rule_name=rule.name if rule else (BY_HAND if not plan.rule_code else plan.rule_code),
        period_from=plan.period_from,
        period_to=plan.period_to,
        due_date=plan.due_date,
        status=plan.status,
        status_name=VISIT_PLAN_STATUSES.get(plan.status, plan.status),
        created_by=who(s.get(User, plan.created_by)),
        created_at=plan.created_at,
        total=total,
        done=totals["done"],
        unreachable=totals["unreachable"],
        pending=totals["pending"],
        overdue=plan.status == "open" and today > plan.due_date and totals["pending"] > 0,
        problems=int(problems[0] or 0),
        findings_closed=int(problems[1] or 0),
        visitors=visitors,
    )
