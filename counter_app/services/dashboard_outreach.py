"""The dashboard's 走访调查 figures (issue 17): plan completion, survey satisfaction by
question, problems found and closed on time, per visitor (the responsibility figures).

For the hall days ``start`` … ``end`` ([lo, hi) as times):

- plans: those whose due date falls in the period; their customers (targets) done,
  done on time (the first visit that reached them made by the end of the due day),
  unreachable, and pending past the due date now;
- visits: those made in the period (visited_at), per visitor;
- satisfaction: the answers of the period's visits, per questionnaire and question: the
  mean score of a 1–5 question, the share of answers that are not a problem of a choice
  or yes/no question that can find one (a text question, or a choice that cannot find a
  problem, has no figure and is left out); the same over the period before, of equal
  length, beside it;
- findings (complaints of kind ``finding``, services/field_visits.py): opened in the
  period, closed in the period, of those closed within their deadlines (the complaint
  rule, deadlines.complaint_finished_late: contact and decision each by its day), and
  open past a deadline now (deadlines.complaint_overdue_sql); per owner (assigned_to).

Every query is grouped in SQL or bounded by the period's plans (at most ``max_targets``
customers each) and findings; the seeks use field_visits(visited_at),
survey_answers(field_visit_id, question_code), visit_targets(plan_id, …) and
complaints(received_at) / complaints(status). The volumes are a hall's outreach — a few
hundred visits a month — next to its hundreds of thousands of counter visits.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from counter_app.domain.clock import local_date
from counter_app.domain.indicators import OutreachFigures, QuestionFigures, VisitorFigures
from counter_app.domain.surveys import Survey
from counter_app.services.deadlines import complaint_finished_late, complaint_overdue_sql
from counter_app.services.payments import day_bounds
from counter_app.store.models import (
    Complaint,
    FieldVisit,
    SurveyAnswer,
    User,
    VisitPlan,
    VisitTarget,
)

__all__ = ["outreach"]

FINDING = "finding"


def outreach(
    s: Session,
    hall_id: int,
    start: date,
    end: date,
    today: date,
    surveys: dict[str, Survey],
) -> OutreachFigures:
    """The outreach figures of the hall days ``start`` … ``end`` (see the module doc)."""
    lo, hi = day_bounds(start)[0], day_bounds(end)[1]
    length = (end - start).days + 1
    before_lo = day_bounds(start - timedelta(days=length))[0]
    assigned, done, on_time, unreachable, late, plans = _targets(s, hall_id, start, end, today)
    visits = _visits(s, hall_id, lo, hi)
    found_by, answers = _answers(s, hall_id, lo, hi)
    _found, earlier = _answers(s, hall_id, before_lo, lo)
    findings = _findings(s, hall_id, lo, hi, today)
    people = {
        uid
        for uid in (*assigned, *visits, *found_by, *findings.by_owner)
        if uid is not None  # a target not yet assigned counts in the totals only
    }
    names = (
        {
            u.id: (u.staff_no, u.display_name)
            for u in s.execute(
                select(User.id, User.staff_no, User.display_name).where(User.id.in_(people))
            )
        }
        if people
        else {}
    )
    visitors = tuple(
        VisitorFigures(
            user_id=uid,
            staff_no=names.get(uid, (str(uid), ""))[0],
            name=names.get(uid, ("", ""))[1],
            assigned=assigned.get(uid, 0),
            done=visits.get(uid, 0),
            found=found_by.get(uid, 0),
            owned_closed=findings.by_owner.get(uid, (0, 0, 0))[0],
            owned_on_time=findings.by_owner.get(uid, (0, 0, 0))[1],
            owned_overdue=findings.by_owner.get(uid, (0, 0, 0))[2],
        )
        for uid in sorted(people, key=lambda u: names.get(u, (str(u), ""))[0])
    )
    return OutreachFigures(
        plans=plans,
        targets=sum(assigned.values()),
        done=done,
        done_on_time=on_time,
        unreachable=unreachable,
        pending_overdue=late,
        visits=sum(visits.values()),
        questions=_questions(surveys, answers, earlier),
        found=findings.found,
        closed=findings.closed,
        closed_on_time=findings.on_time,
        open_overdue=findings.overdue,
        visitors=visitors,
    )


def _targets(
    s: Session, hall_id: int, start: date, end: date, today: date
) -> tuple[Counter[int | None], int, int, int, int, int]:
    """The customers of the plans due in the period: per visitor assigned; done, done by
    the due day, unreachable, pending past the due date; and how many plans."""
    first_reached = (
        select(func.min(FieldVisit.visited_at))
        .where(FieldVisit.target_id == VisitTarget.id, FieldVisit.reached.is_(True))
        .correlate(VisitTarget)
        .scalar_subquery()
    )
    rows = s.execute(
        select(
            VisitTarget.plan_id,
            VisitTarget.visitor_id,
            VisitTarget.status,
            VisitPlan.due_date,
            first_reached.label("reached_at"),
        )
        .join(VisitPlan, VisitPlan.id == VisitTarget.plan_id)
        .where(
            VisitPlan.hall_id == hall_id,
            VisitPlan.due_date >= start,
            VisitPlan.due_date <= end,
        )
    ).all()
    assigned: Counter[int | None] = Counter()
    done = on_time = unreachable = late = 0
    for r in rows:
        assigned[r.visitor_id] += 1
        if r.status == "done":
            done += 1
            if r.reached_at is not None and local_date(r.reached_at) <= r.due_date:
                on_time += 1
        elif r.status == "unreachable":
            unreachable += 1
        if r.status != "done" and r.due_date < today:
            late += 1
    return assigned, done, on_time, unreachable, late, len({r.plan_id for r in rows})


def _visits(s: Session, hall_id: int, lo: datetime, hi: datetime) -> Counter[int]:
    """Visits made in [lo, hi) per visitor (reached or not: each is an attempt made)."""
    rows = s.execute(
        select(FieldVisit.visitor_id, func.count())
        .join(VisitTarget, VisitTarget.id == FieldVisit.target_id)
        .join(VisitPlan, VisitPlan.id == VisitTarget.plan_id)
        .where(
            FieldVisit.visited_at >= lo, FieldVisit.visited_at < hi, VisitPlan.hall_id == hall_id
        )
        .group_by(FieldVisit.visitor_id)
    )
    return Counter({uid: int(n) for uid, n in rows})


# (survey code, question code) -> (answers, sum of scores, scored answers, good answers)
Tally = dict[tuple[str, str], tuple[int, int, int, int]]


def _answers(s: Session, hall_id: int, lo: datetime, hi: datetime) -> tuple[Counter[int], Tally]:
    """The answers of the visits made in [lo, hi): per survey and question, and the
    problems found per visitor."""
    rows = s.execute(
        select(
            VisitPlan.survey_code,
            SurveyAnswer.question_code,
            FieldVisit.visitor_id,
            func.count(),
            func.sum(SurveyAnswer.value_number),
            func.count(SurveyAnswer.value_number),
            func.count(case((SurveyAnswer.is_problem.is_(False), 1))),
        )
        .join(FieldVisit, FieldVisit.id == SurveyAnswer.field_visit_id)
        .join(VisitTarget, VisitTarget.id == FieldVisit.target_id)
        .join(VisitPlan, VisitPlan.id == VisitTarget.plan_id)
        .where(
            FieldVisit.visited_at >= lo, FieldVisit.visited_at < hi, VisitPlan.hall_id == hall_id
        )
        .group_by(VisitPlan.survey_code, SurveyAnswer.question_code, FieldVisit.visitor_id)
    ).all()
    found: Counter[int] = Counter()
    tally: Tally = {}
    for survey, question, visitor, n, total, scored, good in rows:
        found[visitor] += int(n) - int(good)
        a, t, c, g = tally.get((survey, question), (0, 0, 0, 0))
        tally[survey, question] = (a + int(n), t + int(total or 0), c + int(scored), g + int(good))
    return found, tally


def _figure(kind: str, tally: tuple[int, int, int, int] | None) -> float | None:
    if tally is None:
        return None
    answers, total, scored, good = tally
    if kind == "scale":
        return round(total / scored, 2) if scored else None
    return good / answers if answers else None


def _questions(
    surveys: dict[str, Survey], now: Tally, before: Tally
) -> tuple[QuestionFigures, ...]:
    """Per question with a figure, in the questionnaires' order (surveys by name); a
    questionnaire's answers whose file is gone keep their codes."""
    out: list[QuestionFigures] = []
    asked = {survey for survey, _q in now}
    for code in sorted(asked, key=lambda c: surveys[c].name if c in surveys else c):
        survey = surveys.get(code)
        questions = [
            (q.code, q.text, q.kind)
            for q in (survey.questions if survey else ())
            if q.kind == "scale" or (q.kind != "text" and q.can_find_problem)
        ]
        for qcode, text, kind in questions:
            tally = now.get((code, qcode))
            if tally is None:
                continue
            answers, _total, _scored, good = tally
            out.append(
                QuestionFigures(
                    survey=survey.name if survey else code,
                    code=qcode,
                    text=text,
                    kind=kind,
                    answers=answers,
                    mean=_figure("scale", tally) if kind == "scale" else None,
                    good=good,
                    before=_figure(kind, before.get((code, qcode))),
                )
            )
    return tuple(out)


class _Findings:
    def __init__(self) -> None:
        self.found = self.closed = self.on_time = self.overdue = 0
        self.by_owner: dict[int | None, tuple[int, int, int]] = {}

    def owner(self, uid: int | None, closed: int, on_time: int, overdue: int) -> None:
        c, t, o = self.by_owner.get(uid, (0, 0, 0))
        self.by_owner[uid] = (c + closed, t + on_time, o + overdue)


def _findings(s: Session, hall_id: int, lo: datetime, hi: datetime, today: date) -> _Findings:
    """Findings opened in [lo, hi), closed in it (and on time), open and overdue now."""
    received = and_(Complaint.received_at >= lo, Complaint.received_at < hi)
    closed = and_(Complaint.closed_at >= lo, Complaint.closed_at < hi)
    rows = s.execute(
        select(
            Complaint.assigned_to,
            Complaint.contact_due,
            Complaint.decision_due,
            Complaint.contacted_at,
            Complaint.resolved_at,
            Complaint.closed_at,
            received.label("received"),
            closed.label("closed"),
            complaint_overdue_sql(today).label("overdue"),
        ).where(
            Complaint.hall_id == hall_id,
            Complaint.kind == FINDING,
            or_(received, closed, Complaint.status != "closed"),
        )
    ).all()
    out = _Findings()
    for r in rows:
        out.found += bool(r.received)
        on_time = False
        if r.closed:
            done = r.resolved_at or r.closed_at
            on_time = not complaint_finished_late(
                local_date(r.contacted_at) if r.contacted_at else None,
                local_date(done),
                r.contact_due,
                r.decision_due,
                today,
            )
            out.closed += 1
            out.on_time += on_time
        out.overdue += bool(r.overdue)
        if r.closed or r.overdue:
            out.owner(r.assigned_to, int(bool(r.closed)), int(on_time), int(bool(r.overdue)))
    return out
