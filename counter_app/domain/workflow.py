"""Guided businesses as data: the definition format, its checks, and its rules.

A definition (TOML under resources/workflows/) names a business, its steps
(办电环节) with their time limits, the wizard pages and fields, the document
checklist and the words the clerk says. The wizard and the services are built
from it; nothing here is per-business code.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from counter_app.domain.calendar import WorkingCalendar
from counter_app.domain.identity import (
    credit_code_check_fails,
    credit_code_problem,
    mobile_problem,
    resident_id_problem,
)
from counter_app.domain.permits import (
    foreign_permanent_id_problem,
    hk_macao_permit_problem,
    residence_permit_problem,
    taiwan_permit_problem,
)
from counter_app.domain.text import Msg

FORMAT_VERSION = 1
FIELD_KINDS = ("text", "choice", "bool", "number", "date")
TARGETS = ("new", "account")  # a new connection, or a change to an existing account (户号)
EFFECTS = (
    "open_account",
    "suspend",
    "restore",
    "set_capacity",
    "rename",
    "transfer",
    "close",
    "change_category",
    "none",
)
PAGE_KINDS = ("fields", "documents", "confirm")
CUSTOMER_TYPES = ("person", "company")
CATEGORIES = ("connection", "change")

Values = Mapping[str, Any]


class DefinitionError(Exception):
    """A workflow file that breaks the schema; the message names file, business and field."""

    def __init__(self, file: str, business: str, where: str, problem: str) -> None:
        self.file, self.business, self.where, self.problem = file, business, where, problem
        who = f"（{business}）" if business else ""
        at = f" {where}" if where else ""
        super().__init__(f"业务定义文件 {file}{who}{at}：{problem}")


def _passport_problem(text: str) -> str | None:
    if re.fullmatch(r"[A-Za-z0-9]{5,17}", text):
        return None
    return Msg("证件号码应为5至17位字母或数字")


def _person_name_problem(text: str) -> str | None:
    if not 2 <= len(text) <= 30:
        return Msg("姓名长度应为2至30个字符")
    if re.search(r"[0-9<>{}\\/@#$%^&*=+|]", text):
        return Msg("姓名含有不允许的字符")
    return None


def _account_no_problem(text: str) -> str | None:
    if re.fullmatch(r"\d{10,16}", text):
        return None
    return Msg("户号应为10至16位数字")


def _date_problem(text: str) -> str | None:
    try:
        date.fromisoformat(text)
    except ValueError:
        return Msg("日期格式应为 年-月-日，例如 2026-12-01")
    return None


def _other_certificate_problem(text: str) -> str | None:
    if re.fullmatch(r"[A-Za-z0-9\-（）()\u4e00-\u9fff]{4,30}", text):
        return None
    return Msg("证件号码应为4至30位字母、数字或汉字")


# Named checks a definition may use; each returns a Chinese message or None.
CHECKS: dict[str, Callable[[str], str | None]] = {
    "resident_id": resident_id_problem,
    "credit_code": credit_code_problem,
    "mobile": mobile_problem,
    "residence_permit": residence_permit_problem,
    "hk_macao_permit": hk_macao_permit_problem,
    "taiwan_permit": taiwan_permit_problem,
    "foreign_permanent_id": foreign_permanent_id_problem,
    "passport": _passport_problem,
    "person_name": _person_name_problem,
    "certificate": _other_certificate_problem,
    "account_no": _account_no_problem,
}
# Checks of identity numbers: the value is stored as identity.compact_number gives it
# (no spaces, no full-width characters), the form the check accepted.
COMPACT_CHECKS = frozenset(
    ("resident_id", "credit_code", "residence_permit", "hk_macao_permit", "taiwan_permit",
     "foreign_permanent_id")
)  # fmt: skip


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    kind: str = "text"
    required: bool = True
    default: Any = None
    choices: tuple[str, ...] = ()
    check: str = ""
    # The check may depend on another field's value (the number's certificate type).
    check_by: str = ""
    checks: Mapping[str, str] = field(default_factory=dict)
    when: str = ""
    placeholder: str = ""
    hint: str = ""
    min_length: int = 0
    max_length: int = 200
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    decimals: int = 0
    unit: str = ""
    readonly: bool = False
    # "supervisor": a credit code that fails only its check character may be accepted
    # with a supervisor's password (some early codes are legal yet fail it).
    override: str = ""


@dataclass(frozen=True)
class Page:
    title: str
    kind: str = "fields"
    intro: str = ""
    fields: tuple[Field, ...] = ()


@dataclass(frozen=True)
class Document:
    code: str
    name: str
    required: bool = True
    when: str = ""
    note: str = ""


@dataclass(frozen=True)
class Step:
    code: str
    name: str
    limit_days: int
    # A date field of the form: the step is done on that day, not before (暂停's sealing
    # on the first day of the suspension, whatever the working days allow).
    on: str = ""


@dataclass(frozen=True)
class Rule:
    """An eligibility rule (domain.md); its parameters come from the definition."""

    kind: str
    params: Mapping[str, Any]
    message: str = ""
    # Applies only when this condition holds (same syntax as a field's `when`).
    when: str = ""


@dataclass(frozen=True)
class WorkflowDefinition:
    code: str
    name: str
    category: str
    customer_types: tuple[str, ...]
    time_limit_days: int
    steps: tuple[Step, ...]
    pages: tuple[Page, ...]
    documents: tuple[Document, ...]
    script: str
    source: str = ""
    file: str = ""
    target: str = "new"
    effect: str = "none"
    rules: tuple[Rule, ...] = ()
    group: str = ""  # businesses counted together by yearly rules (暂停 and its kin)
    # Paths of values with no confirmed source, for HQ to confirm ("steps.plan.limit_days").
    to_confirm: tuple[str, ...] = ()
    # Place in the business list of a hall with no counts yet (1 first; 0 unranked, last):
    # the list puts the hall's most used businesses first, ties in this order.
    rank: int = 0

    @property
    def fields(self) -> tuple[Field, ...]:
        return tuple(f for p in self.pages for f in p.fields)

    def field(self, key: str) -> Field:
        for f in self.fields:
            if f.key == key:
                return f
        raise KeyError(key)


# -- rules --------------------------------------------------------------------


def condition_holds(when: str, values: Values) -> bool:
    """`when` is a bool field's key ('!key' negates), or 'key=value' / 'key!=value'."""
    if not when:
        return True
    if "!=" in when:
        key, value = when.split("!=", 1)
        return str(values.get(key, "")) != value
    if "=" in when:
        key, value = when.split("=", 1)
        return str(values.get(key, "")) == value
    negate = when.startswith("!")
    flag = bool(values.get(when.lstrip("!")))
    return not flag if negate else flag


def condition_key(when: str) -> str:
    return re.split(r"!=|=", when.lstrip("!"), maxsplit=1)[0]


def is_visible(f: Field, values: Values) -> bool:
    return condition_holds(f.when, values)


def field_problem(f: Field, values: Values) -> str | None:
    """The Chinese message for a field's current value, or None when it is fine."""
    if not is_visible(f, values):
        return None
    raw = values.get(f.key)
    if f.kind == "bool":
        return None
    text = "" if raw is None else str(raw).strip()
    if not text:
        return Msg("请填写{label}", label=f.label) if f.required else None
    if f.kind == "choice":
        return None if text in f.choices else f"{f.label}不在可选范围内"
    if f.kind == "number":
        return _number_problem(f, text)
    if f.kind == "date":
        return _date_problem(text)
    if len(text) < f.min_length:
        return Msg("{label}至少{min_length}个字", label=f.label, min_length=f.min_length)
    if len(text) > f.max_length:
        return Msg("{label}不能超过{max_length}个字", label=f.label, max_length=f.max_length)
    check = effective_check(f, values)
    if check:
        problem = CHECKS[check](text)
        if problem and check == "credit_code" and f.override and _overridden(f, values, text):
            return None
        return problem
    return None


def override_key(f: Field) -> str:
    """Where the wizard records a supervisor's approval of this field's value."""
    return f"{f.key}__override"


def _overridden(f: Field, values: Values, text: str) -> bool:
    # An approval holds only for the exact code the supervisor saw.
    return str(values.get(override_key(f), "")) == text


def effective_check(f: Field, values: Values) -> str:
    """The check in force: it may follow another field (the certificate type)."""
    if f.check_by:
        return f.checks.get(str(values.get(f.check_by, "")), "certificate")
    return f.check


def needs_override(f: Field, values: Values) -> bool:
    """True when the value fails only in a way a supervisor may accept: a credit code."""
    if f.override != "supervisor" or not is_visible(f, values):
        return False
    if effective_check(f, values) != "credit_code":
        return False
    text = str(values.get(f.key) or "").strip()
    return credit_code_check_fails(text) and not _overridden(f, values, text)


def _number_problem(f: Field, text: str) -> str | None:
    try:
        number = Decimal(text)
    except InvalidOperation:
        return Msg("{label}应为数字", label=f.label)
    if not number.is_finite():
        return Msg("{label}应为数字", label=f.label)
    exponent = number.as_tuple().exponent
    if isinstance(exponent, int) and -exponent > f.decimals:
        return f"{f.label}最多{f.decimals}位小数" if f.decimals else f"{f.label}应为整数"
    if f.minimum is not None and number < f.minimum:
        return Msg("{label}不能小于{minimum}{unit}", label=f.label, minimum=f.minimum, unit=f.unit)
    if f.maximum is not None and number > f.maximum:
        return Msg("{label}不能大于{maximum}{unit}", label=f.label, maximum=f.maximum, unit=f.unit)
    return None


def page_problems(page: Page, values: Values) -> dict[str, str]:
    problems = {}
    for f in page.fields:
        message = field_problem(f, values)
        if message:
            problems[f.key] = message
    return problems


def applicable_documents(defn: WorkflowDefinition, values: Values) -> tuple[Document, ...]:
    return tuple(d for d in defn.documents if condition_holds(d.when, values))


def missing_documents(
    defn: WorkflowDefinition, values: Values, received: Iterable[str]
) -> tuple[Document, ...]:
    got = set(received)
    return tuple(d for d in applicable_documents(defn, values) if d.required and d.code not in got)


def step_due_dates(
    defn: WorkflowDefinition,
    accepted_on: date,
    calendar: WorkingCalendar,
    values: Values | None = None,
) -> list[tuple[Step, date]]:
    """Each step is due its limit in working days after the previous step's due date; a
    step done on a day of the form's (``on``) is due that day when it is later."""
    due = accepted_on
    out = []
    for step in defn.steps:
        due = calendar.add_working_days(due, step.limit_days)
        if step.on and values is not None:
            with contextlib.suppress(ValueError):  # not filled in: the working days alone
                due = max(due, date.fromisoformat(str(values.get(step.on, ""))))
        out.append((step, due))
    return out


def promised_date(
    defn: WorkflowDefinition,
    accepted_on: date,
    calendar: WorkingCalendar,
    values: Values | None = None,
) -> date:
    """The time limit in working days, or the last step's day when that is later (a
    suspension sealed on its first day is done then, not before)."""
    promised = calendar.add_working_days(accepted_on, defn.time_limit_days)
    dues = step_due_dates(defn, accepted_on, calendar, values)
    return max([promised, *(due for _step, due in dues)]) if values is not None else promised


def render_script(defn: WorkflowDefinition, promised: date, values: Values) -> str:
    """Fill the clerk's words; unknown placeholders are left visible rather than failing."""
    names = {
        "business": defn.name,
        "time_limit_days": str(defn.time_limit_days),
        "promised_date": f"{promised.year}年{promised.month}月{promised.day}日",
        "steps": " → ".join(s.name for s in defn.steps),
    }
    names.update({k: str(v) for k, v in values.items() if isinstance(v, str)})
    # A line naming a field the form hides (永久减容 has no end date) is left out.
    hidden = {f.key for f in defn.fields if not is_visible(f, values)}
    lines = [
        line
        for line in defn.script.strip().splitlines()
        if not hidden & set(re.findall(r"\{(\w+)\}", line))
    ]
    text = "\n".join(lines)
    return re.sub(r"\{(\w+)\}", lambda m: names.get(m.group(1), m.group(0)), text).strip()


def confirm_value(defn: WorkflowDefinition, path: str) -> str:
    """The current value a to_confirm path names, as text ("2、3" for two rules)."""
    parts = path.split(".")
    if parts == ["time_limit_days"]:
        return str(defn.time_limit_days)
    if len(parts) == 3 and parts[0] == "steps":
        return "、".join(str(s.limit_days) for s in defn.steps if s.code == parts[1])
    if len(parts) == 3 and parts[0] == "rules":
        found = [r.params[parts[2]] for r in defn.rules if r.kind == parts[1]]
        return "、".join(str(v) for v in found if v is not None)
    if len(parts) == 3 and parts[0] == "fields":  # a field's default (一户多人口's raise)
        fields = [f for page in defn.pages for f in page.fields if f.key == parts[1]]
        shown = [getattr(f, parts[2], None) for f in fields]
        return "、".join(str(v) for v in shown if v not in (None, ""))
    return ""
