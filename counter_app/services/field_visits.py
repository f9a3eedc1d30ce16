"""Visit plans (走访计划): a supervisor chooses customers (by a rule of
resources/visits.toml or by hand), a questionnaire (resources/surveys/), who visits
whom and by when; the clerks see what they have to do; everyone sees the progress.

A plan is ``open`` until a supervisor closes it (no customer left pending); each
customer in it (a target) is ``pending`` until a visit is recorded: ``done`` when the
customer was reached and answered, ``unreachable`` when not (and may be tried again).
Recording a visit and what a problem answer opens: field_visit_records.py; whom a rule
picks: visit_targets.py; what the screens read (progress, lists): visit_plans.py.
Every change is audited in its own transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.domain.clock import local_date
from counter_app.domain.numbers import VISIT_PLANS
from counter_app.domain.surveys import Survey
from counter_app.domain.text import Joined
from counter_app.domain.visit_rules import PlanRule
from counter_app.services import audit
from counter_app.services.auth import UserInfo
from counter_app.services.authz import require
from counter_app.services.context import AppContext
from counter_app.services.errors import NotFound, UserError
from counter_app.services.sequences import next_number
from counter_app.services.visit_plans import (
    BY_HAND,
    PlanDetail,
    PlanInfo,
    TargetInfo,
    VisitorProgress,
    list_plans,
    load_plan,
    plan_detail,
    plan_row,
    survey_of,
    target_info,
    target_row,
    to_do,
)
from counter_app.services.visit_targets import Candidate, Picked, candidate, in_open_plans, pick
from counter_app.store.models import Account, Hall, User, VisitPlan, VisitTarget

# The readers live in visit_plans.py; they are offered here too, so the screens import
# one module for the plans.
__all__ = [
    "PlanDetail",
    "PlanInfo",
    "TargetInfo",
    "VisitorProgress",
    "assign",
    "candidates",
    "close_plan",
    "list_plans",
    "make_plan",
    "plan_detail",
    "survey_of",
    "target_info",
    "to_do",
]

MAX_TITLE = 60


def _rule(ctx: AppContext, code: str) -> PlanRule:
    rule = ctx.rules.visits.rule(code)
    if rule is None:
        raise UserError(
            "选取规则应为：{items}", "rule", items=Joined(r.name for r in ctx.rules.visits.rules)
        )
    return rule


# -- choosing the customers ---------------------------------------------------------------


def candidates(ctx: AppContext, user: UserInfo, rule_code: str, survey_code: str = "") -> Picked:
    """Whom ``rule_code`` picks now for a plan of ``survey_code`` (default: the rule's),
    for the supervisor to look over before making the plan."""
    rule = _rule(ctx, rule_code)
    survey = survey_of(ctx, survey_code or rule.survey)
    with ctx.read() as s:
        me = require(s, user, "visits.plan", ctx.clock())
        return pick(s, me.hall_id, rule, survey.code, ctx.clock(), ctx.rules.visits.max_targets)


def _visitors(s: Session, hall_id: int, ids: Sequence[int]) -> list[User]:
    out: list[User] = []
    for visitor_id in ids:
        row = s.get(User, visitor_id)
        if row is None or not row.active or row.hall_id != hall_id:
            raise UserError("走访人员只能是本营业厅在用的人员", "visitors")
        if row not in out:
            out.append(row)
    return out


def make_plan(
    ctx: AppContext,
    user: UserInfo,
    *,
    title: str,
    survey_code: str,
    period_from: date,
    period_to: date,
    due_date: date,
    rule_code: str = "",
    account_nos: Sequence[str] | None = None,
    visitor_ids: Sequence[int] = (),
) -> PlanInfo:
    """A plan of ``survey_code`` for the customers at ``account_nos`` (by hand, or the
    ones a supervisor kept from ``candidates``), or, with no ``account_nos``, for every
    customer ``rule_code`` picks now. Visitors are dealt round the customers in turn;
    none: assign later. Nothing is written unless the whole plan is right."""
    title = title.strip()
    survey = survey_of(ctx, survey_code)
    rule = _rule(ctx, rule_code) if rule_code else None
    if not title:
        title = f"{survey.name}（{rule.name}）" if rule else survey.name
    if len(title) > MAX_TITLE:
        raise UserError("计划名称不能超过{max}字", "title", max=MAX_TITLE)
    now = ctx.clock()
    today = local_date(now)
    if period_to < period_from:
        raise UserError("走访期间的结束日不能早于开始日", "period_to")
    if due_date < period_from or due_date < today:
        raise UserError("完成期限不能早于走访期间的开始日或今天", "due_date")
    if account_nos is None and rule is None:
        raise UserError("请按规则选取客户，或填写要走访的户号", "accounts")
    limit = ctx.rules.visits.max_targets
    with ctx.write() as s:
        me = require(s, user, "visits.plan", now)
        hall_id = me.hall_id
        visitors = _visitors(s, hall_id, visitor_ids)
        if account_nos is None:
            assert rule is not None
            chosen = list(pick(s, hall_id, rule, survey.code, now, limit).candidates)
            if not chosen:
                raise UserError(
                    "规则“{rule}”现在没有选出客户（已在进行中的同一问卷计划里的客户不再选）",
                    "rule",
                    rule=rule.name,
                )
        else:
            chosen = _by_hand(s, hall_id, survey, account_nos, rule)
        if len(chosen) > limit:
            raise UserError("一个计划最多{max}户", "accounts", max=limit)
        hall = s.get_one(Hall, hall_id)
        number = next_number(s, VISIT_PLANS.sequence_name(hall.code, today))
        plan = VisitPlan(
            plan_no=VISIT_PLANS.format(hall.code, number, today),
            hall_id=hall_id,
            title=title,
            survey_code=survey.code,
            rule_code=rule.code if rule else "",
            period_from=period_from,
            period_to=period_to,
            due_date=due_date,
            status="open",
            created_by=me.id,
            created_at=now,
            updated_at=now,
        )
        s.add(plan)
        s.flush()
        for n, c in enumerate(chosen):
            visitor = visitors[n % len(visitors)] if visitors else None
            s.add(
                VisitTarget(
                    plan_id=plan.id,
                    customer_id=c.customer_id,
                    account_id=c.account_id,
                    visitor_id=visitor.id if visitor else None,
                    status="pending",
                    reason=c.reason[:100],
                    updated_at=now,
                )
            )
        s.flush()
        audit.record(
            s,
            now,
            me.id,
            "visit_plan.created",
            "visit_plan",
            plan.plan_no,
            {
                "survey": survey.code,
                "rule": plan.rule_code,
                "period": [period_from.isoformat(), period_to.isoformat()],
                "due": due_date.isoformat(),
                "targets": len(chosen),
                "accounts": [c.account_no for c in chosen],
                "visitors": [v.username for v in visitors],
            },
        )
        return plan_row(ctx, s, plan, today)


def _by_hand(
    s: Session, hall_id: int, survey: Survey, account_nos: Sequence[str], rule: PlanRule | None
) -> list[Candidate]:
    numbers = [n.strip() for n in account_nos if n.strip()]
    if not numbers:
        raise UserError("请填写要走访的户号", "accounts")
    taken = in_open_plans(s, hall_id, survey.code)
    out: list[Candidate] = []
    why = rule.name if rule else BY_HAND
    for number in numbers:
        account = s.scalar(select(Account).where(Account.account_no == number))
        if account is None or account.hall_id != hall_id:
            raise NotFound("户号 {account_no} 不存在", "accounts", account_no=number)
        if account.customer_id in taken:
            raise UserError(
                "户号 {account_no} 的客户已在进行中的“{survey}”走访计划里",
                "accounts",
                account_no=number,
                survey=survey.name,
            )
        if any(c.customer_id == account.customer_id for c in out):
            continue  # one visit per customer, at the first of their accounts named
        found = candidate(s, hall_id, account.customer_id, account.id, why)
        assert found is not None  # the account is the hall's
        out.append(found)
    return out


# -- assigning, closing -------------------------------------------------------------------


def assign(
    ctx: AppContext, user: UserInfo, target_ids: Sequence[int], visitor_id: int
) -> tuple[TargetInfo, ...]:
    """指派: who visits these customers from now on (not those already visited)."""
    now = ctx.clock()
    with ctx.write() as s:
        me = require(s, user, "visits.plan", now)
        (visitor,) = _visitors(s, me.hall_id, [visitor_id])
        changed: list[VisitTarget] = []
        for target_id in target_ids:
            target = s.get(VisitTarget, target_id)
            plan = s.get(VisitPlan, target.plan_id) if target is not None else None
            if target is None or plan is None or plan.hall_id != me.hall_id:
                raise NotFound("找不到该走访对象")
            if plan.status != "open":
                raise UserError("走访计划 {plan_no} 已结束", plan_no=plan.plan_no)
            if target.status == "done":
                continue
            if target.visitor_id != visitor.id:
                target.visitor_id, target.updated_at = visitor.id, now
                changed.append(target)
                plan.updated_at = now
        s.flush()
        for target in changed:
            plan = s.get_one(VisitPlan, target.plan_id)
            account = s.get_one(Account, target.account_id)
            audit.record(
                s,
                now,
                me.id,
                "visit_plan.assigned",
                "visit_plan",
                plan.plan_no,
                {"target": target.id, "account": account.account_no, "visitor": visitor.username},
            )
        today = local_date(now)
        return tuple(target_row(ctx, s, t, today) for t in changed)


def close_plan(ctx: AppContext, user: UserInfo, plan_no: str) -> PlanInfo:
    """结束计划: once every customer in it was visited or tried (未联系上)."""
    now = ctx.clock()
    with ctx.write() as s:
        me = require(s, user, "visits.plan", now)
        plan = load_plan(s, plan_no, me.hall_id)
        if plan.status != "open":
            raise UserError("走访计划 {plan_no} 已结束", plan_no=plan.plan_no)
        pending = s.scalar(
            select(func.count())
            .select_from(VisitTarget)
            .where(VisitTarget.plan_id == plan.id, VisitTarget.status == "pending")
        )
        if pending:
            raise UserError(
                "走访计划 {plan_no} 还有{n}户未走访，不能结束", plan_no=plan.plan_no, n=pending
            )
        plan.status, plan.closed_at, plan.updated_at = "closed", now, now
        s.flush()
        audit.record(s, now, me.id, "visit_plan.closed", "visit_plan", plan.plan_no, {})
        return plan_row(ctx, s, plan, local_date(now))
