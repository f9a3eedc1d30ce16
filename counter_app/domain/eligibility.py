"""Eligibility rules of change-of-service businesses (domain.md, 供电营业规则, 1583号).

The limits are parameters from the workflow definition; the facts about the
account come from the store, the working calendar from the hall. Each failed
rule gives one Chinese reason. Periods are given by their first and last day,
both counted; months are calendar months.
"""

from __future__ import annotations

import calendar as _calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from counter_app.domain.calendar import WorkingCalendar
from counter_app.domain.text import Joined, Msg
from counter_app.domain.vocabulary import ACCOUNT_STATUSES
from counter_app.domain.workflow import Rule, WorkflowDefinition, condition_holds, is_visible


@dataclass(frozen=True)
class AccountFacts:
    account_no: str
    status: str
    category: str
    capacity_kw: Decimal | None
    open_arrears: Decimal
    # Periods (first, last day, both counted) of earlier applications of the same group,
    # not cancelled, each ended early by a restore taken within it (actual_periods).
    group_periods: tuple[tuple[date, date], ...] = ()
    # The business that suspended the account (暂停 or 暂拆, the latest not cancelled, by
    # its name), or "" when none is on record (a status HQ's data set, say).
    suspended_by: str = ""
    suspended_by_code: str = ""


def add_months(day: date, months: int) -> date:
    """The same day `months` later, clamped to the month's end (31 Jan + 1 → 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, _calendar.monthrange(year, month)[1]))


def _date(defn: WorkflowDefinition, values: Mapping[str, Any], key: str) -> date | None:
    # A field the form hides (a permanent 减容's last day) is no answer, whatever it holds.
    if not is_visible(defn.field(key), values):
        return None
    try:
        return date.fromisoformat(str(values.get(key, "")))
    except ValueError:
        return None


def _decimal(values: Mapping[str, Any], key: str) -> Decimal | None:
    try:
        return Decimal(str(values.get(key, "")))
    except InvalidOperation:
        return None


def period_length(first: date, last: date) -> int:
    """Days from the first to the last day, both counted (03-07 to 03-21 is 15 days)."""
    return (last - first).days + 1


def months_end(first: date, months: int) -> date:
    """The last day of `months` calendar months from `first`, both counted: the day before
    the same day `months` later, or that month's last day when it has no such day
    (03-09 → 09-08; 08-31 → 02-28; 03-31 → 09-30), as 民法典 arts. 201–202 count a
    period of months (the day before the first day not counted, ending on the
    corresponding day, or the month's end)."""
    same_day = add_months(first, months)
    return same_day if same_day.day < first.day else same_day - timedelta(days=1)


def _days_in_year(first: date, last: date, year: int) -> int:
    lo, hi = max(first, date(year, 1, 1)), min(last, date(year, 12, 31))
    return max(0, period_length(lo, hi))


def actual_periods(
    suspensions: Iterable[tuple[int, date, date]], restores: Iterable[tuple[int, date]]
) -> tuple[tuple[date, date], ...]:
    """Suspension periods (first, last day) as they really ran.

    `suspensions` are (order, first, last) of the applications, `restores` are (order,
    restore day) of the 暂停恢复 applications; `order` is the order they were taken in.
    A restore taken after a suspension, on a day inside it, ends it the day before:
    the unused days go back to the year's allowance (domain.md, 暂停).
    """
    back = sorted(restores)
    out = []
    for order, first, last in sorted(suspensions):
        days = [day for taken, day in back if taken > order and first <= day <= last]
        if days:
            # Restored on its first day: it never ran (no days used, still one application).
            last = min(days) - timedelta(days=1)
        out.append((first, last))
    return tuple(out)


def rule_problem(
    rule: Rule,
    defn: WorkflowDefinition,
    values: Mapping[str, Any],
    facts: AccountFacts | None,
    today: date,
    calendar: WorkingCalendar,
) -> str | None:
    """The reason this rule refuses the business, or None when it is met."""
    if rule.when and not condition_holds(rule.when, values):
        return None  # the rule is for other cases (暂换: the limit by voltage)
    reason = _check(rule, defn, values, facts, today, calendar)
    if reason is None:
        return None
    return rule.message or reason


ACCOUNT_RULES = (
    "no_open_arrears",
    "account_status",
    "capacity_change",
    "category_is",
    "yearly_count",
    "yearly_days",
    "suspended_by",
)


def _check(
    rule: Rule,
    defn: WorkflowDefinition,
    values: Mapping[str, Any],
    facts: AccountFacts | None,
    today: date,
    calendar: WorkingCalendar,
) -> str | None:
    p = rule.params
    kind = rule.kind
    if kind in ACCOUNT_RULES and facts is None:
        return None  # checked once the account is known
    if "exempt_when" in p and condition_holds(p["exempt_when"], values):
        return None  # e.g. an approved seasonal user: the yearly caps are waived
    if kind == "no_open_arrears":
        assert facts is not None
        if facts.open_arrears > 0:
            return Msg(
                "户号 {account_no} 尚有欠费 {open_arrears:,.2f} 元，须先结清欠费才能办理{name}",
                **_whose(facts, defn),
                open_arrears=facts.open_arrears,
            )
        return None
    if kind == "suspended_by":
        # 暂停 and 暂拆 both leave the account suspended; each has its own way back.
        assert facts is not None
        if facts.suspended_by_code and facts.suspended_by_code not in p["allowed"]:
            return Msg(
                "户号 {account_no} 是办理“{by}”停用的，不能以{name}恢复：请办理对应的恢复业务",
                **_whose(facts, defn),
                by=facts.suspended_by,
            )
        return None
    if kind == "account_status":
        assert facts is not None
        if facts.status not in p["allowed"]:
            now = ACCOUNT_STATUSES.get(facts.status, facts.status)
            return Msg(
                "户号 {account_no} 当前为“{now}”状态，不能办理{name}",
                **_whose(facts, defn),
                now=now,
            )
        return None
    if kind == "category_is":
        assert facts is not None
        if facts.category not in p["allowed"]:
            return Msg("{name}只适用于{items}用户", name=defn.name, items=Joined(p["allowed"]))
        return None
    if kind == "notice_days":
        start = _date(defn, values, p["field"])
        if start is None:
            return None
        earliest = today + timedelta(days=p["min_days"])
        if start < earliest:
            return Msg(
                "须提前{min_days}天申请：开始日期最早为{year}年{month}月{day}日",
                min_days=p["min_days"],
                **_ymd(earliest),
            )
        return None
    if kind == "notice_working_days":
        start = _date(defn, values, p["field"])
        if start is None:
            return None
        # The n-th working day after today (today not counted), as the hall's calendar says.
        earliest = calendar.add_working_days(today, p["min_days"])
        if start < earliest:
            return Msg(
                "须提前{min_days}个工作日申请：最早为{year}年{month}月{day}日",
                min_days=p["min_days"],
                **_ymd(earliest),
            )
        return None
    if kind in ("period_days", "period_months", "yearly_days"):
        # `end` is the last day of the period, counted (the form says 末日（含当日）).
        first, last = _date(defn, values, p["start"]), _date(defn, values, p["end"])
        if first is None or last is None:
            return None
        if last < first:
            return Msg("末日不能早于首日")
        if kind == "period_days":
            return _period_days(p, first, last)
        if kind == "period_months":
            return _period_months(p, first, last)
        assert facts is not None
        return _yearly_days(p, facts, first, last)
    if kind == "yearly_count":
        assert facts is not None
        start = _date(defn, values, p["start"])
        if start is None:
            return None
        done = sum(1 for s, _e in facts.group_periods if s.year == start.year)
        if done >= p["max"]:
            return Msg(
                "每年最多办理{max}次，{year}年已办理{done}次",
                max=p["max"],
                year=start.year,
                done=done,
            )
        return None
    if kind == "capacity_max":
        value = _decimal(values, p["field"])
        if value is not None and value > p["max"]:
            return Msg("容量超过{max}kW，不适用本业务，请选择其他办理方式", max=p["max"])
        return None
    if kind == "capacity_change":
        assert facts is not None
        value = _decimal(values, p["field"])
        if value is None or facts.capacity_kw is None:
            return None
        current = facts.capacity_kw
        if p["direction"] == "increase" and value <= current:
            return Msg("增容后的容量应大于现有容量 {current:f} kW", current=current.normalize())
        if p["direction"] == "decrease" and value >= current:
            return Msg("减容后的容量应小于现有容量 {current:f} kW", current=current.normalize())
        return None
    if kind == "value_at_least":
        # A number the customer states (一户多人口: registered persons) below the threshold.
        value = _decimal(values, p["field"])
        if value is not None and value < p["min"]:
            label = defn.field(p["field"]).label
            return Msg(
                "{label}至少为{min}，不能办理{name}", label=label, min=p["min"], name=defn.name
            )
        return None
    if kind == "term_months":
        return _term_problem(p, defn, values)
    raise ValueError(f"unknown rule kind {kind}")  # the loader refuses these


def _whose(facts: AccountFacts, defn: WorkflowDefinition) -> dict[str, str]:
    """Whose account and which business a refusal on the account names."""
    return {"account_no": facts.account_no, "name": defn.name}


def _ymd(day: date) -> dict[str, int]:
    """A date's parts as the messages name them ({year}年{month}月{day}日)."""
    return {"year": day.year, "month": day.month, "day": day.day}


def _term_problem(
    p: Mapping[str, Any], defn: WorkflowDefinition, values: Mapping[str, Any]
) -> str | None:
    """First and last day both counted: n months from 03-09 end on 09-08 (暂换, 暂拆, 临时用电)."""
    first, last = _date(defn, values, p["first"]), _date(defn, values, p["last"])
    if first is None or last is None:
        return None
    if p.get("from_next_day"):
        if last <= first:
            return Msg("延期后的最后一天应晚于原来的最后一天")
        first += timedelta(days=1)
    if last < first:
        return Msg("最后一天不能早于第一天")
    latest = months_end(first, p["max_months"])
    if last > latest:
        return Msg(
            "期限不超过{max_months}个月（首尾两天都计入）：最后一天最晚为{year}年{month}月{day}日",
            max_months=p["max_months"],
            **_ymd(latest),
        )
    return None


def _period_days(p: Mapping[str, Any], first: date, last: date) -> str | None:
    days = period_length(first, last)
    if "min_days" in p and days < p["min_days"]:
        return Msg(
            "每次不少于{min_days}天（现为{days}天，首末日均计入）",
            min_days=p["min_days"],
            days=days,
        )
    if "max_days" in p and days > p["max_days"]:
        return Msg(
            "每次不超过{max_days}天（现为{days}天，首末日均计入）",
            max_days=p["max_days"],
            days=days,
        )
    return None


def _period_months(p: Mapping[str, Any], first: date, last: date) -> str | None:
    if "min_months" in p:
        least = months_end(first, p["min_months"])
        if last < least:
            return Msg(
                "期限不少于{min_months}个月：末日最早为{year}年{month}月{day}日",
                min_months=p["min_months"],
                **_ymd(least),
            )
    if "max_months" in p:
        most = months_end(first, p["max_months"])
        if last > most:
            return Msg(
                "期限不超过{max_months}个月：末日最晚为{year}年{month}月{day}日",
                max_months=p["max_months"],
                **_ymd(most),
            )
    return None


def _yearly_days(p: Mapping[str, Any], facts: AccountFacts, first: date, last: date) -> str | None:
    """The group's days in each calendar year this period touches, against the yearly cap."""
    for year in range(first.year, last.year + 1):
        used = sum(_days_in_year(s, e, year) for s, e in facts.group_periods)
        now = _days_in_year(first, last, year)
        if "max_days" in p and used + now > p["max_days"]:
            return Msg(
                "{year}年内累计不超过{max_days}天：已用{used}天，本次{now}天",
                year=year,
                max_days=p["max_days"],
                used=used,
                now=now,
            )
        if "max_months" in p:
            # N calendar months counted from the year's first suspended day: one period
            # of exactly N months fits, whatever the months' lengths (待总部确认 for several).
            ran = [s for s, e in facts.group_periods if _days_in_year(s, e, year)]
            opening = max(date(year, 1, 1), min([*ran, first]))
            allowed = period_length(opening, months_end(opening, p["max_months"]))
            if used + now > allowed:
                return Msg(
                    "{year}年内累计不超过{max_months}个月（{allowed}天）：已用{used}天，本次{now}天",
                    year=year,
                    max_months=p["max_months"],
                    allowed=allowed,
                    used=used,
                    now=now,
                )
    return None


def problems(
    defn: WorkflowDefinition,
    values: Mapping[str, Any],
    facts: AccountFacts | None,
    today: date,
    calendar: WorkingCalendar,
) -> list[str]:
    """Every rule's reason to refuse; `calendar` is the hall's (notices in working days)."""
    found: list[str] = []
    for rule in defn.rules:
        reason = rule_problem(rule, defn, values, facts, today, calendar)
        if reason and reason not in found:  # two rules may see the same fault
            found.append(reason)
    return found
