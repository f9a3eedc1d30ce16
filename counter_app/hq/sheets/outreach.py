"""客户走访: one row per answer of a visit to a customer (走访和调查, issue 17); a visit
that did not reach the customer, or reached them without an answer, is one row without
a question, so HQ sees every attempt a plan's completion rests on.

走访编号 is the plan's number (which carries the hall code) and the visit's number in
the hall's store, ``330101-ZF20261126-001-17``; the key adds ``#`` and the question's
code. The customer's name is masked as on 来访记录; a free-text answer has ID and mobile
numbers masked (cells.scrub), as the other sheets' free text."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from counter_app.domain.masking import mask_name
from counter_app.hq.cells import NO, YES, local, scrub, stored
from counter_app.store.models import (
    Account,
    Complaint,
    Customer,
    FieldVisit,
    SurveyAnswer,
    VisitPlan,
    VisitTarget,
)

if TYPE_CHECKING:
    from counter_app.hq.batch import NewBatch
    from counter_app.hq.writer import Sheet

NOT_REACHED = "未联系上"


def write(batch: NewBatch, sheet: Sheet) -> None:
    where = batch.scope(
        VisitPlan.hall_id,
        lambda: batch.in_range(FieldVisit.visited_at),
        # A visit and its answers are written once, when the visit is recorded.
        lambda t: FieldVisit.recorded_at > t,
    )
    query = (
        select(
            FieldVisit.id,
            VisitPlan.plan_no,
            VisitPlan.survey_code,
            Account.account_no,
            Customer.name,
            FieldVisit.method,
            FieldVisit.visitor_id,
            stored(FieldVisit.visited_at),
            FieldVisit.reached,
            SurveyAnswer.question_code,
            SurveyAnswer.value_text,
            SurveyAnswer.is_problem,
            Complaint.complaint_no,
        )
        .join(VisitTarget, VisitTarget.id == FieldVisit.target_id)
        .join(VisitPlan, VisitPlan.id == VisitTarget.plan_id)
        .outerjoin(Account, Account.id == VisitTarget.account_id)
        .outerjoin(Customer, Customer.id == VisitTarget.customer_id)
        .outerjoin(SurveyAnswer, SurveyAnswer.field_visit_id == FieldVisit.id)
        .outerjoin(Complaint, Complaint.id == SurveyAnswer.finding_id)
        .where(where)
        .order_by(FieldVisit.id, SurveyAnswer.id)
    )
    count = (
        select(func.count())
        .select_from(FieldVisit)
        .join(VisitTarget, VisitTarget.id == FieldVisit.target_id)
        .join(VisitPlan, VisitPlan.id == VisitTarget.plan_id)
        .outerjoin(SurveyAnswer, SurveyAnswer.field_visit_id == FieldVisit.id)
        .where(where)
    )
    surveys = batch.ctx.rules.surveys
    # (survey, question code) -> the question's text, as the questionnaire words it now.
    texts = {(code, q.code): q.text for code, survey in surveys.items() for q in survey.questions}
    staff_no = batch.staff_no

    def build(r: Any) -> tuple[str, dict[str, Any]]:
        (visit_id, plan_no, survey, account_no, name, method, visitor_id, visited_at,
         reached, question, answer, problem, finding_no) = r  # fmt: skip
        visit_no = f"{plan_no}-{visit_id}"
        key = f"{visit_no}#{question}" if question else visit_no
        if question is None:
            answer = None if reached else NOT_REACHED
        found = surveys.get(survey)
        return key, {
            "走访编号": visit_no,
            "计划": plan_no,
            "户号": account_no,
            "客户姓名": mask_name(name) if name else None,
            "走访方式": method,
            "走访人工号": staff_no(visitor_id),
            "走访时间": local(visited_at),
            "问卷": found.name if found else survey,
            "问题": texts.get((survey, question), question) if question else None,
            "回答": scrub(answer) or None if answer else None,
            "是否问题": None if question is None else (YES if problem else NO),
            "跟进编号": finding_no,
            "题号": question,
            "记录键": key,
        }

    batch.stream(sheet, query, count, build)
