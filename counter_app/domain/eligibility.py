"""Eligibility rules of change-of-service businesses (domain.md, 供电营业规则 1996).

The limits are parameters from the workflow definition; the facts about the
account come from the store. Each failed rule gives one Chinese reason.
"""

from __future__ import annotations

import calendar as _calendar
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from counter_app.domain.workflow import Rule, WorkflowDefinition

STATUS_NAMES = {"active": "正常用电", "suspended": "暂停", "closed": "已销户"}


@dataclass(frozen=True)
class AccountFacts:
    account_no: str
    status: str
    category: str
    capacity_kw: Decimal | None
    open_arrears: Decimal
    # Periods (start, end) of earlier applications of the same group, not cancelled.
    group_periods: tuple[tuple[date, date], ...] = ()


def add_months(day: date, months: int) -> date:
    """The same day `months` later, clamped to the month's end (31 Jan + 1 → 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, _calendar.monthrange(year, month)[1]))


def _date(values: Mapping[str, Any], key: str) -> date | None:
    try:
        return date.fromisoformat(str(values.get(key, "")))
    except ValueError:
        return None


def _decimal(values: Mapping[str, Any], key: str) -> Decimal | None:
    try:
        return Decimal(str(values.get(key, "")))
    except InvalidOperation:
        return None


def _days_in_year(start: date, end: date, year: int) -> int:
    first, last = max(start, date(year, 1, 1)), min(end, date(year, 12, 31))
    return max(0, (last - first).days)


def rule_problem(
    rule: Rule,
    defn: WorkflowDefinition,
    values: Mapping[str, Any],
    facts: AccountFacts | None,
    today: date,
) -> str | None:
    """The reason this rule refuses the business, or None when it is met."""
    reason = _check(rule, defn, values, facts, today)
    if reason is None:
        return None
    return rule.message or reason


def _check(
    rule: Rule,
    defn: WorkflowDefinition,
    values: Mapping[str, Any],
    facts: AccountFacts | None,
    today: date,
) -> str | None:
    p = rule.params
    kind = rule.kind
    if (
        kind
        in (
            "no_open_arrears",
            "account_status",
            "capacity_change",
            "category_is",
            "yearly_count",
            "yearly_days",
        )
        and facts is None
    ):
        return None  # checked once the account is known
    if kind == "no_open_arrears":
        assert facts is not None
        if facts.open_arrears > 0:
            return (
                f"户号 {facts.account_no} 尚有欠费 {facts.open_arrears:,.2f} 元，"
                f"须先结清欠费才能办理{defn.name}"
            )
        return None
    if kind == "account_status":
        assert facts is not None
        if facts.status not in p["allowed"]:
            now = STATUS_NAMES.get(facts.status, facts.status)
            return f"户号 {facts.account_no} 当前为“{now}”状态，不能办理{defn.name}"
        return None
    if kind == "category_is":
        assert facts is not None
        if facts.category not in p["allowed"]:
            return f"{defn.name}只适用于{'、'.join(p['allowed'])}用户"
        return None
    if kind == "notice_days":
        start = _date(values, p["field"])
        if start is None:
            return None
        earliest = today + timedelta(days=p["min_days"])
        if start < earliest:
            return (
                f"须提前{p['min_days']}天申请：开始日期最早为"
                f"{earliest.year}年{earliest.month}月{earliest.day}日"
            )
        return None
    if kind in ("period_days", "period_months", "yearly_days"):
        start, end = _date(values, p["start"]), _date(values, p["end"])
        if start is None or end is None:
            return None
        if end <= start:
            return "结束日期应晚于开始日期"
        if kind == "period_days":
            days = (end - start).days
            if "min_days" in p and days < p["min_days"]:
                return f"每次不少于{p['min_days']}天（现为{days}天）"
            if "max_days" in p and days > p["max_days"]:
                return f"每次不超过{p['max_days']}天（现为{days}天）"
            return None
        if kind == "period_months":
            if "min_months" in p and end < add_months(start, p["min_months"]):
                return f"期限不少于{p['min_months']}个月"
            if "max_months" in p and end > add_months(start, p["max_months"]):
                return f"期限不超过{p['max_months']}个月"
            return None
        assert facts is not None
        year = start.year
        used = sum(_days_in_year(s, e, year) for s, e in facts.group_periods)
        total = used + _days_in_year(start, end, year)
        if total > p["max_days"]:
            return f"{year}年内累计不超过{p['max_days']}天：已用{used}天，本次{total - used}天"
        return None
    if kind == "yearly_count":
        assert facts is not None
        start = _date(values, p["start"])
        if start is None:
            return None
        done = sum(1 for s, _e in facts.group_periods if s.year == start.year)
        if done >= p["max"]:
            return f"每年最多办理{p['max']}次，{start.year}年已办理{done}次"
        return None
    if kind == "capacity_max":
        value = _decimal(values, p["field"])
        if value is not None and value > p["max"]:
            return f"容量超过{p['max']}kW，不适用本业务，请选择其他办理方式"
        return None
    if kind == "capacity_change":
        assert facts is not None
        value = _decimal(values, p["field"])
        if value is None or facts.capacity_kw is None:
            return None
        current = facts.capacity_kw
        if p["direction"] == "increase" and value <= current:
            return f"增容后的容量应大于现有容量 {current.normalize():f} kW"
        if p["direction"] == "decrease" and value >= current:
            return f"减容后的容量应小于现有容量 {current.normalize():f} kW"
        return None
    raise ValueError(f"unknown rule kind {kind}")  # the loader refuses these


def problems(
    defn: WorkflowDefinition, values: Mapping[str, Any], facts: AccountFacts | None, today: date
) -> list[str]:
    found: list[str] = []
    for rule in defn.rules:
        reason = rule_problem(rule, defn, values, facts, today)
        if reason and reason not in found:  # two rules may see the same fault
            found.append(reason)
    return found
