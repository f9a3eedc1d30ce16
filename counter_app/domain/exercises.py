"""Training exercises (现场服务模拟) as data: resources/training/exercises.toml.

Each exercise tells the trainee a customer's story, names the business to do (a
workflow code, or ``payment``), may seed the customer and account it needs in the
training store, and lists the checks that score what was recorded and the questions the
trainee answers on finishing (so a "refuse it" exercise is not passed by doing nothing).
Loaded and checked at start-up like the workflows: a bad file is an ExerciseError naming
the file and entry.
"""

from __future__ import annotations

import tomllib
from collections.abc import Collection
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from counter_app.domain.identity import resident_id_problem

FORMAT = 1
PAYMENT = "payment"
# What a check may look at, per kind of business (services/training.py reads them).
APPLICATION_FIELDS = frozenset(
    {
        "recorded",
        "business_code",
        "cert_type",
        "cert_no",
        "name",
        "mobile",
        "capacity_kw",
        "account_no",
        "address",
    }
)
PAYMENT_FIELDS = frozenset(
    {"recorded", "account_no", "total", "principal", "late_fee", "method", "tendered", "change"}
)
DECIMAL_FIELDS = frozenset({"capacity_kw", "total", "principal", "late_fee", "tendered", "change"})


class ExerciseError(Exception):
    """The exercises file is unreadable or wrong; the message names the file and entry."""


@dataclass(frozen=True)
class SeedArrears:
    """A bill owed on the seeded account, due ``overdue_days`` before the training day."""

    amount: Decimal
    overdue_days: int


@dataclass(frozen=True)
class SeedCustomer:
    """The customer and account an exercise works on, written into the training store."""

    name: str
    cert_no: str  # a resident ID
    mobile: str
    account_no: str
    address: str
    category: str  # 居民 / 非居民
    capacity_kw: Decimal
    arrears: tuple[SeedArrears, ...] = ()


@dataclass(frozen=True)
class Check:
    label: str  # what the trainee sees, e.g. 证件类型为居民身份证
    field: str
    expected: str | bool | Decimal
    points: int


@dataclass(frozen=True)
class Question:
    """Answered by picking one of ``choices`` when the trainee finishes the exercise."""

    text: str
    choices: tuple[str, ...]
    answer: str  # one of choices
    points: int


@dataclass(frozen=True)
class Exercise:
    code: str
    title: str
    story: str  # the customer's story as told to the trainee
    business: str  # a workflow code, or "payment"
    pass_mark: int
    checks: tuple[Check, ...]
    customer: SeedCustomer | None = None
    questions: tuple[Question, ...] = ()

    @property
    def max_score(self) -> int:
        return sum(c.points for c in self.checks) + sum(q.points for q in self.questions)


def _text(entry: dict[str, Any], key: str, where: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ExerciseError(f"{where}：缺少“{key}”或不是文字")
    return value.strip()


def _int(entry: dict[str, Any], key: str, where: str, minimum: int) -> int:
    value = entry.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise ExerciseError(f"{where}：“{key}”应为不小于{minimum}的整数")
    return value


def _decimal(value: Any, where: str) -> Decimal:
    try:
        if isinstance(value, bool | float):
            raise InvalidOperation
        return Decimal(str(value))
    except InvalidOperation:
        raise ExerciseError(
            f'{where}：“{value}”不是有效数值（金额和容量请写成文字，如 "12.50"）'
        ) from None


def _customer(raw: Any, where: str) -> SeedCustomer:
    if not isinstance(raw, dict):
        raise ExerciseError(f"{where}：customer 应为表")
    cert_no = _text(raw, "cert_no", where)
    problem = resident_id_problem(cert_no)
    if problem:
        raise ExerciseError(f"{where}：证件号码 {cert_no} 无效（{problem}）")
    account_no = _text(raw, "account_no", where)
    if not account_no.isdigit() or not 10 <= len(account_no) <= 16:
        raise ExerciseError(f"{where}：户号 {account_no} 应为10至16位数字")
    arrears = []
    for i, bill in enumerate(raw.get("arrears", []), 1):
        at = f"{where} 欠费第{i}条"
        arrears.append(
            SeedArrears(_decimal(bill.get("amount"), at), _int(bill, "overdue_days", at, 0))
        )
    return SeedCustomer(
        name=_text(raw, "name", where),
        cert_no=cert_no,
        mobile=_text(raw, "mobile", where),
        account_no=account_no,
        address=_text(raw, "address", where),
        category=_text(raw, "category", where),
        capacity_kw=_decimal(raw.get("capacity_kw"), where),
        arrears=tuple(arrears),
    )


def _check(raw: Any, business: str, where: str) -> Check:
    if not isinstance(raw, dict):
        raise ExerciseError(f"{where}：checks 的每一项应为表")
    field = _text(raw, "field", where)
    allowed = PAYMENT_FIELDS if business == PAYMENT else APPLICATION_FIELDS
    if field not in allowed:
        raise ExerciseError(f"{where}：不认识的检查项“{field}”，可用：{'、'.join(sorted(allowed))}")
    value = raw.get("expected")
    expected: str | bool | Decimal
    if field == "recorded":
        if not isinstance(value, bool):
            raise ExerciseError(f"{where}：recorded 的 expected 应为 true 或 false")
        expected = value
    elif field in DECIMAL_FIELDS:
        expected = _decimal(value, where)
    elif isinstance(value, str) and value.strip():
        expected = value.strip()
    else:
        raise ExerciseError(f"{where}：缺少“expected”或不是文字")
    return Check(_text(raw, "label", where), field, expected, _int(raw, "points", where, 1))


def _question(raw: Any, where: str) -> Question:
    if not isinstance(raw, dict):
        raise ExerciseError(f"{where}：questions 的每一项应为表")
    raw_choices = raw.get("choices")
    if not isinstance(raw_choices, list) or not all(
        isinstance(c, str) and c.strip() for c in raw_choices
    ):
        raise ExerciseError(f"{where}：“choices”应为文字列表")
    choices = tuple(c.strip() for c in raw_choices)
    if len(choices) < 2 or len(set(choices)) != len(choices):
        raise ExerciseError(f"{where}：“choices”至少要有两个互不相同的选项")
    answer = _text(raw, "answer", where)
    if answer not in choices:
        raise ExerciseError(f"{where}：答案“{answer}”不在选项（choices）之中")
    points = raw.get("points")
    if not isinstance(points, int) or isinstance(points, bool) or points <= 0:
        raise ExerciseError(f"{where}：“points”应为大于0的整数")
    return Question(_text(raw, "text", where), choices, answer, points)


def _exercise(raw: Any, index: int, workflows: Collection[str], name: str) -> Exercise:
    where = f"{name} 第{index}个练习"
    if not isinstance(raw, dict):
        raise ExerciseError(f"{where}：应为表")
    code = _text(raw, "code", where)
    where = f"{name} 练习“{code}”"
    business = _text(raw, "business", where)
    if business != PAYMENT and business not in workflows:
        raise ExerciseError(f"{where}：业务“{business}”既不是已定义的业务，也不是 payment")
    checks = tuple(
        _check(c, business, f"{where} 第{i}项检查") for i, c in enumerate(raw.get("checks", []), 1)
    )
    if not checks:
        raise ExerciseError(f"{where}：至少需要一项检查（checks）")
    questions = tuple(
        _question(q, f"{where} 第{i}个问题") for i, q in enumerate(raw.get("questions", []), 1)
    )
    customer = _customer(raw["customer"], where) if "customer" in raw else None
    exercise = Exercise(
        code=code,
        title=_text(raw, "title", where),
        story=_text(raw, "story", where),
        business=business,
        pass_mark=_int(raw, "pass_mark", where, 1),
        checks=checks,
        customer=customer,
        questions=questions,
    )
    if exercise.pass_mark > exercise.max_score:
        raise ExerciseError(f"{where}：及格分 {exercise.pass_mark} 超过满分 {exercise.max_score}")
    return exercise


def load_exercises(path: Path, workflows: Collection[str]) -> list[Exercise]:
    """The exercises of ``path``, checked against the known workflow codes."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ExerciseError(f"{path.name}：无法读取练习文件（{exc}）") from None
    if data.get("format") != FORMAT:
        raise ExerciseError(f"{path.name}：format 应为 {FORMAT}")
    entries = data.get("exercises")
    if not isinstance(entries, list) or not entries:
        raise ExerciseError(f"{path.name}：没有练习（[[exercises]]）")
    exercises = [_exercise(e, i, workflows, path.name) for i, e in enumerate(entries, 1)]
    seen: set[str] = set()
    accounts: set[str] = set()
    for ex in exercises:
        if ex.code in seen:
            raise ExerciseError(f"{path.name}：练习编号“{ex.code}”重复")
        seen.add(ex.code)
        if ex.customer is not None:
            if ex.customer.account_no in accounts:
                raise ExerciseError(
                    f"{path.name} 练习“{ex.code}”：户号 {ex.customer.account_no} 重复"
                )
            accounts.add(ex.customer.account_no)
    return exercises
