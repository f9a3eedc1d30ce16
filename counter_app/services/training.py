"""Training exercises (现场服务模拟): scoring what the trainee did, and the results.

The trainee works in the training store; ``score`` compares what landed there since
the exercise started with the exercise's expected outcome, and the answers the trainee
picked with the exercise's questions. ``record_result`` writes
the score into the REAL store (with an audit entry), where ``results_summary`` gives
a supervisor each trainee's attempts, best and latest score.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain.exercises import PAYMENT, Check, Exercise
from counter_app.domain.text import N_
from counter_app.services import audit
from counter_app.services.auth import UserInfo
from counter_app.services.context import AppContext
from counter_app.services.payments import METHODS
from counter_app.store.models import (
    Account,
    Application,
    Customer,
    Payment,
    PaymentLine,
    TrainingResult,
    User,
)


@dataclass(frozen=True)
class CheckResult:
    label: str
    expected: str
    actual: str  # what was recorded; "" when nothing was
    points: int
    passed: bool


@dataclass(frozen=True)
class AnswerResult:
    question: str
    answer: str  # the right choice
    chosen: str  # what the trainee picked; "" when they did not answer
    points: int
    passed: bool


@dataclass(frozen=True)
class Outcome:
    exercise: Exercise
    score: int
    max_score: int
    passed: bool
    record: str  # the application or receipt number scored; "" when none
    checks: tuple[CheckResult, ...]
    answers: tuple[AnswerResult, ...] = ()


def _shown(value: Any, field: str) -> str:
    if isinstance(value, bool):
        return N_("已办理") if value else N_("未办理")
    if isinstance(value, Decimal):
        return f"{value.normalize():f}" if field == "capacity_kw" else f"{value:.2f}"
    return "" if value is None else str(value)


def _application_facts(s: Session, ex: Exercise, user_id: int, since: datetime) -> dict[str, Any]:
    query = (
        select(Application)
        .where(Application.accepted_at >= since, Application.clerk_id == user_id)
        .order_by(Application.id.desc())
    )
    if ex.customer is not None:  # the business on the exercise's own account
        query = query.join(Account, Account.id == Application.account_id).where(
            Account.account_no == ex.customer.account_no
        )
    else:
        query = query.where(Application.business_code == ex.business)
    app = s.scalars(query.limit(1)).first()
    if app is None:
        return {"recorded": False}
    customer = s.get_one(Customer, app.customer_id)
    account = s.get(Account, app.account_id) if app.account_id else None
    values: dict[str, Any] = app.details.get("values", {})
    return {
        "recorded": True,
        "_ref": app.application_no,
        "business_code": app.business_code,
        "cert_type": customer.cert_type,
        "cert_no": customer.cert_no,
        "name": customer.name,
        "mobile": customer.mobile,
        "capacity_kw": app.capacity_kw,
        "account_no": account.account_no if account else str(values.get("account_no", "")),
        "address": app.address,
    }


def _payment_facts(s: Session, ex: Exercise, user_id: int, since: datetime) -> dict[str, Any]:
    query = (
        select(Payment)
        .where(Payment.paid_at >= since, Payment.clerk_id == user_id, Payment.status == "valid")
        .order_by(Payment.id.desc())
    )
    if ex.customer is not None:
        query = query.join(Account, Account.id == Payment.account_id).where(
            Account.account_no == ex.customer.account_no
        )
    payment = s.scalars(query.limit(1)).first()
    if payment is None:
        return {"recorded": False}
    lines = list(s.scalars(select(PaymentLine).where(PaymentLine.payment_id == payment.id)))
    account = s.get_one(Account, payment.account_id)
    return {
        "recorded": True,
        "_ref": payment.receipt_no,
        "account_no": account.account_no,
        "total": payment.total,
        "principal": sum((line.principal for line in lines), Decimal("0.00")),
        "late_fee": sum((line.late_fee for line in lines), Decimal("0.00")),
        "method": METHODS.get(payment.method, payment.method),
        "tendered": payment.tendered,
        "change": payment.change,
    }


def _matches(check: Check, actual: Any) -> bool:
    if isinstance(check.expected, bool):
        return actual is check.expected
    if isinstance(check.expected, Decimal):
        try:
            return actual is not None and Decimal(actual) == check.expected
        except ArithmeticError:
            return False
    return actual is not None and str(actual).strip() == check.expected


def score(
    ctx: AppContext,
    ex: Exercise,
    user_id: int,
    started_at: datetime,
    answers: Sequence[str | None] = (),
) -> Outcome:
    """Score what ``user_id`` recorded in ``ctx`` (the training store) since ``started_at``,
    and ``answers``: the choice picked for each of the exercise's questions, in order
    (None, or missing at the end, when not answered)."""
    if len(answers) > len(ex.questions):
        raise ValueError(f"{len(answers)} answers for {len(ex.questions)} questions")
    with ctx.read() as s:
        facts = (_payment_facts if ex.business == PAYMENT else _application_facts)(
            s, ex, user_id, started_at
        )
    results = []
    for check in ex.checks:
        actual = facts.get(check.field)
        passed = _matches(check, actual)
        results.append(
            CheckResult(
                check.label,
                _shown(check.expected, check.field),
                _shown(actual, check.field),
                check.points if passed else 0,
                passed,
            )
        )
    answered = []
    for i, question in enumerate(ex.questions):
        chosen = (answers[i] if i < len(answers) else None) or ""
        right = chosen == question.answer
        answered.append(
            AnswerResult(
                question.text, question.answer, chosen, question.points if right else 0, right
            )
        )
    total = sum(r.points for r in results) + sum(a.points for a in answered)
    return Outcome(
        ex,
        total,
        ex.max_score,
        total >= ex.pass_mark,
        str(facts.get("_ref", "")),
        tuple(results),
        tuple(answered),
    )


def record_result(real: AppContext, user: UserInfo, outcome: Outcome, started_at: datetime) -> int:
    """Keep the score in the real store, with its audit entry; returns the result's id."""
    if real.training:
        raise ValueError("training results belong in the real store")
    ex = outcome.exercise
    now = real.clock()
    details = {
        "record": outcome.record,
        "checks": [
            {
                "label": c.label,
                "expected": c.expected,
                "actual": c.actual,
                "points": c.points,
                "passed": c.passed,
            }
            for c in outcome.checks
        ],
        "answers": [
            {
                "question": a.question,
                "answer": a.answer,
                "chosen": a.chosen,
                "points": a.points,
                "passed": a.passed,
            }
            for a in outcome.answers
        ],
    }
    with real.write() as s:
        row = TrainingResult(
            user_id=user.id,
            exercise_code=ex.code,
            exercise_title=ex.title,
            score=outcome.score,
            max_score=outcome.max_score,
            passed=outcome.passed,
            details=details,
            started_at=started_at,
            finished_at=now,
        )
        s.add(row)
        s.flush()
        audit.record(
            s,
            now,
            user.id,
            "training.result",
            "training_result",
            str(row.id),
            {
                "exercise": ex.code,
                "score": outcome.score,
                "max": outcome.max_score,
                "passed": outcome.passed,
            },
        )
        return row.id


@dataclass(frozen=True)
class ResultSummary:
    """One trainee's record on one exercise."""

    trainee: str  # name（staff no）
    exercise_code: str
    exercise_title: str
    attempts: int
    best: int
    latest: int
    max_score: int
    passed: bool  # passed at least once
    last_at: datetime


def results_summary(real: AppContext) -> list[ResultSummary]:
    """Each trainee and exercise: attempts, best and latest score, passed; by trainee."""
    grouped: dict[tuple[int, str], list[TrainingResult]] = {}
    names: dict[int, str] = {}
    with real.read() as s:
        for row, user in s.execute(
            select(TrainingResult, User)
            .join(User, User.id == TrainingResult.user_id)
            .order_by(TrainingResult.finished_at, TrainingResult.id)
        ).tuples():
            grouped.setdefault((row.user_id, row.exercise_code), []).append(row)
            names[user.id] = f"{user.display_name}（{user.staff_no}）"
    out = []
    for (user_id, code), rows in grouped.items():
        last = rows[-1]
        out.append(
            ResultSummary(
                trainee=names[user_id],
                exercise_code=code,
                exercise_title=last.exercise_title,
                attempts=len(rows),
                best=max(r.score for r in rows),
                latest=last.score,
                max_score=last.max_score,
                passed=any(r.passed for r in rows),
                last_at=last.finished_at,
            )
        )
    return sorted(out, key=lambda r: (r.trainee, r.exercise_code))
