"""Recording a visit of a plan (走访记录): who, when, how (上门 / 电话), whether the
customer was reached, the answers and free notes; typed from the paper sheet at the
counter afterwards, or straight in on a laptop.

Every answer is checked against the questionnaire (domain/surveys.read_answer) before
anything is written: one bad answer refuses the whole visit. An answer that counts as a
problem opens a follow-up in the complaint tracking (kind ``finding``, channel 走访, the
question's category, owned by the plan's visitor, due in working days from
resources/visits.toml), which then takes the complaint's steps in services/complaints.py
(contact, resolution, callback telling the customer, close) and is overdue-listed like
one. Findings are not complaints in the figures: a clerk's 投诉数 counts only kind
``complaint`` (services/indicators.py), and the dashboard shows each kind on its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain.clock import HALL_TZ, local_date, local_naive
from counter_app.domain.surveys import Answer, Question, Survey, read_answer
from counter_app.domain.text import N_, Joined
from counter_app.domain.vocabulary import FIELD_VISIT_METHODS, VISIT_TARGET_STATUSES
from counter_app.services import audit
from counter_app.services.auth import UserInfo
from counter_app.services.authz import require
from counter_app.services.complaint_rules import new_complaint
from counter_app.services.context import AppContext
from counter_app.services.errors import NotFound, UserError
from counter_app.services.sequences import next_number
from counter_app.services.visit_plans import survey_of
from counter_app.store.models import (
    Account,
    Complaint,
    ComplaintEvent,
    Customer,
    FieldVisit,
    Hall,
    SurveyAnswer,
    User,
    VisitPlan,
    VisitTarget,
)

__all__ = [
    "FINDING_CHANNEL",
    "AnswerInfo",
    "FindingInfo",
    "VisitInfo",
    "VisitResult",
    "record_visit",
    "target_visits",
]

FINDING_CHANNEL = N_("走访")  # the follow-up's 受理渠道
MAX_NOTES = 1000


@dataclass(frozen=True)
class FindingInfo:
    complaint_no: str  # {hall}-FX{yyyymmdd}-{n:03d}
    question_code: str
    question: str
    answer: str
    category: str
    contact_due: date
    decision_due: date
    owner: str  # who follows it up: the plan's visitor


@dataclass(frozen=True)
class VisitResult:
    visit_id: int
    plan_no: str
    target_id: int
    status: str  # the target's, now: done / unreachable
    status_name: str
    findings: tuple[FindingInfo, ...]


@dataclass(frozen=True)
class AnswerInfo:
    question_code: str
    question: str
    text: str
    is_problem: bool
    finding_no: str  # "" when no follow-up


@dataclass(frozen=True)
class VisitInfo:
    visit_id: int
    visited_at: datetime
    method: str
    reached: bool
    visitor: str
    recorded_by: str
    notes: str
    answers: tuple[AnswerInfo, ...]


def _answers(survey: Survey, given: Mapping[str, str]) -> list[tuple[Question, Answer]]:
    unknown = sorted(set(given) - {q.code for q in survey.questions})
    if unknown:
        raise UserError(
            "问卷“{survey}”没有这些题目：{items}",
            "answers",
            survey=survey.name,
            items=Joined(unknown),
        )
    out: list[tuple[Question, Answer]] = []
    for q in survey.questions:
        answer = read_answer(q, given.get(q.code, ""))
        if not isinstance(answer, Answer):
            raise UserError(answer, f"answer:{q.code}")
        out.append((q, answer))
    return out


def record_visit(
    ctx: AppContext,
    user: UserInfo,
    target_id: int,
    *,
    method: str,
    reached: bool,
    answers: Mapping[str, str],
    notes: str = "",
    visited_at: datetime | None = None,
) -> VisitResult:
    """One visit to a plan's customer. Reached: every required question answered (the
    target is done, each problem answer opens a follow-up). Not reached (未联系上):
    no answers, a note of what happened; the target may be tried again. ``visited_at``
    (default now) may be the hall's wall time without tzinfo, as typed from the sheet."""
    method, notes = method.strip(), notes.strip()
    if method not in FIELD_VISIT_METHODS:
        raise UserError("走访方式应为：{items}", "method", items=Joined(FIELD_VISIT_METHODS))
    if len(notes) > MAX_NOTES:
        raise UserError("走访情况说明不能超过{max}字", "notes", max=MAX_NOTES)
    now = ctx.clock()
    visited_at = visited_at or now
    if visited_at.tzinfo is None:  # a time typed from the paper: the hall's wall time
        visited_at = visited_at.replace(tzinfo=HALL_TZ)
    if visited_at > now:
        raise UserError("走访时间不能晚于现在", "visited_at")
    if not reached:
        if any(v.strip() for v in answers.values()):
            raise UserError("未联系上客户的走访不能有问卷回答", "answers")
        if not notes:
            raise UserError("请说明未联系上的情况（如无人在家、电话无人接听）", "notes")
    with ctx.write() as s:
        me = require(s, user, "visits.record", now)
        target = s.get(VisitTarget, target_id)
        plan = s.get(VisitPlan, target.plan_id) if target is not None else None
        if target is None or plan is None or plan.hall_id != me.hall_id:
            raise NotFound("找不到该走访对象")
        if plan.status != "open":
            raise UserError("走访计划 {plan_no} 已结束，不能再登记走访", plan_no=plan.plan_no)
        if target.status == "done":
            raise UserError("该客户在走访计划 {plan_no} 中已走访", plan_no=plan.plan_no)
        if local_date(visited_at) < local_date(plan.created_at):
            raise UserError("走访时间不能早于计划制定的日期", "visited_at")
        survey = survey_of(ctx, plan.survey_code)
        checked = _answers(survey, answers) if reached else []
        visitor_id = target.visitor_id if target.visitor_id is not None else me.id
        visit = FieldVisit(
            target_id=target.id,
            visitor_id=visitor_id,
            visited_at=visited_at,
            method=method,
            reached=reached,
            notes=notes,
            recorded_by=me.id,
            recorded_at=now,
        )
        s.add(visit)
        s.flush()
        target.status = "done" if reached else "unreachable"
        target.updated_at = plan.updated_at = now
        findings: list[FindingInfo] = []
        for q, answer in checked:
            row = SurveyAnswer(
                field_visit_id=visit.id,
                question_code=q.code,
                value_text=answer.text,
                value_number=answer.number,
                is_problem=answer.is_problem,
            )
            if answer.is_problem:
                finding, info = _open_finding(ctx, s, me, plan, target, survey, q, answer, notes)
                row.finding_id = finding
                findings.append(info)
            s.add(row)
        s.flush()
        account = s.get_one(Account, target.account_id)
        audit.record(
            s,
            now,
            me.id,
            "field_visit.recorded",
            "field_visit",
            str(visit.id),
            {
                "plan": plan.plan_no,
                "target": target.id,
                "account": account.account_no,
                "visitor": s.get_one(User, visitor_id).username,
                "visited_at": visited_at.isoformat(),
                "method": method,
                "reached": reached,
                # Text answers may name people: their length only.
                "answers": {
                    q.code: (a.text if q.kind != "text" else len(a.text)) for q, a in checked
                },
                "findings": [f.complaint_no for f in findings],
            },
        )
        return VisitResult(
            visit.id,
            plan.plan_no,
            target.id,
            target.status,
            VISIT_TARGET_STATUSES[target.status],
            tuple(findings),
        )


def _open_finding(
    ctx: AppContext,
    s: Session,
    me: User,
    plan: VisitPlan,
    target: VisitTarget,
    survey: Survey,
    q: Question,
    answer: Answer,
    notes: str,
) -> tuple[int, FindingInfo]:
    """The follow-up of one problem answer: a Complaint of kind ``finding``, its
    'opened' event and audit entry, in the visit's transaction."""
    now = ctx.clock()
    today = local_date(now)
    rules = ctx.rules.visits
    contact_due = ctx.calendar.add_working_days(today, rules.finding_contact_days)
    decision_due = ctx.calendar.add_working_days(today, rules.finding_days)
    hall = s.get_one(Hall, plan.hall_id)
    customer = s.get_one(Customer, target.customer_id)
    account = s.get_one(Account, target.account_id)
    owner = s.get_one(User, target.visitor_id if target.visitor_id is not None else me.id)
    seq = next_number(s, f"finding:{hall.code}:{today:%Y%m%d}")
    number = f"{hall.code}-FX{today:%Y%m%d}-{seq:03d}"
    content = f"{survey.name}（{plan.plan_no}）：{q.text} 客户回答“{answer.text}”" + (
        f"。走访说明：{notes}" if notes else ""
    )
    finding = new_complaint(
        s,
        now,
        me.id,
        complaint_no=number,
        hall_id=hall.id,
        kind="finding",
        channel=FINDING_CHANNEL,
        category=q.category,
        customer_id=customer.id,
        # The real name and phone: the owner contacts the customer about it.
        contact_name=customer.name,
        contact_phone=customer.mobile,
        account_no=account.account_no,
        content=content,
        request="",
        rating=answer.number,
        contact_due=contact_due,
        decision_due=decision_due,
        assigned_to=owner.id,
    )
    who = f"{owner.display_name}（{owner.staff_no}）"
    s.add(
        ComplaintEvent(
            complaint_id=finding.id,
            at=now,
            user_id=me.id,
            kind="opened",
            note=(
                f"走访发现问题，{contact_due:%Y-%m-%d}前联系客户，"
                f"{decision_due:%Y-%m-%d}前答复处理意见；指派给 {who}"
            ),
        )
    )
    audit.record(
        s,
        now,
        me.id,
        "complaint.opened",
        "complaint",
        number,
        {
            "kind": "finding",
            "plan": plan.plan_no,
            "question": q.code,
            "answer": answer.text,
            "category": q.category,
            "contact_due": contact_due.isoformat(),
            "decision_due": decision_due.isoformat(),
            "assigned_to": owner.username,
        },
    )
    info = FindingInfo(
        number, q.code, q.text, answer.text, q.category, contact_due, decision_due, who
    )
    return finding.id, info


def target_visits(ctx: AppContext, target_id: int) -> tuple[VisitInfo, ...]:
    """The visits recorded for one customer of a plan, oldest first, with their answers."""
    with ctx.read() as s:
        target = s.get(VisitTarget, target_id)
        if target is None:
            raise NotFound("找不到该走访对象")
        plan = s.get_one(VisitPlan, target.plan_id)
        survey = ctx.rules.surveys.get(plan.survey_code)
        visits = s.scalars(
            select(FieldVisit).where(FieldVisit.target_id == target.id).order_by(FieldVisit.id)
        ).all()
        out: list[VisitInfo] = []
        for v in visits:
            rows = s.scalars(
                select(SurveyAnswer)
                .where(SurveyAnswer.field_visit_id == v.id)
                .order_by(SurveyAnswer.id)
            ).all()
            answers = []
            for a in rows:
                q = survey.question(a.question_code) if survey else None
                finding = ""
                if a.finding_id is not None:
                    finding = s.get_one(Complaint, a.finding_id).complaint_no
                answers.append(
                    AnswerInfo(
                        a.question_code, q.text if q else a.question_code, a.value_text,
                        a.is_problem, finding,
                    )
                )  # fmt: skip
            visitor, clerk = s.get_one(User, v.visitor_id), s.get_one(User, v.recorded_by)
            out.append(
                VisitInfo(
                    v.id,
                    local_naive(v.visited_at),
                    v.method,
                    v.reached,
                    f"{visitor.display_name}（{visitor.staff_no}）",
                    f"{clerk.display_name}（{clerk.staff_no}）",
                    v.notes,
                    tuple(answers),
                )
            )
        return tuple(out)
