"""resources/visits.toml: the deadlines of a problem found on a visit (走访发现) and the
rules that choose the customers of a visit plan (走访计划).

A rule is data: its code, name, the questionnaire it suggests, its kind and that kind's
parameters. What each kind asks of the store is services/visit_targets.py; here only
the file's shape is checked (the surveys and workflows it names are checked against
theirs in domain/rules.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from counter_app.domain.rules_file import RulesFileError, keys_problem, read_rules_table
from counter_app.domain.text import N_

__all__ = ["RULE_KINDS", "PlanRule", "VisitRules", "VisitRulesError", "load_visit_rules"]

RULES_FILE = "visits.toml"
# Each kind of rule and its parameters (name: type).
RULE_KINDS: Mapping[str, Mapping[str, type]] = {
    "new_connections": {"days": int, "businesses": list},
    "complaints": {"days": int, "rating_at_most": int},
    "large_accounts": {"category": str, "min_capacity_kw": int, "voltage": str},
    "outage_area": {"days": int, "min_outages": int},
}
_KEYS = {"finding_contact_days", "finding_days", "max_targets", "rules"}
_RULE_KEYS = {"code", "name", "kind", "survey"}


class VisitRulesError(RulesFileError):
    """resources/visits.toml cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class PlanRule:
    code: str
    name: str  # what the supervisor picks: 近30天新装完成的客户 …
    kind: str  # one of RULE_KINDS
    survey: str  # the questionnaire a plan by this rule suggests
    days: int = 0
    businesses: tuple[str, ...] = ()
    rating_at_most: int = 0
    category: str = ""
    min_capacity_kw: Decimal = Decimal(0)
    voltage: str = ""
    min_outages: int = 0


@dataclass(frozen=True)
class VisitRules:
    finding_contact_days: int
    finding_days: int
    max_targets: int
    rules: tuple[PlanRule, ...]

    def rule(self, code: str) -> PlanRule | None:
        return next((r for r in self.rules if r.code == code), None)


def _whole(value: Any, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def load_visit_rules(path: Path) -> VisitRules:
    """Read and check the file; the error says what is wrong and where."""
    data, fail = read_rules_table(path, N_("走访参数文件"), _KEYS, VisitRulesError)
    for key, what in (("finding_contact_days", "联系客户时限"), ("finding_days", "答复时限")):
        if not _whole(data[key], 1, 60):
            raise fail(f" {key}（{what}）应为1至60之间的整数（工作日）")
    if data["finding_contact_days"] > data["finding_days"]:
        raise fail(" finding_contact_days 不应长于 finding_days")
    if not _whole(data["max_targets"], 1, 5000):
        raise fail(" max_targets（每个计划最多客户数）应为1至5000之间的整数")
    raw = data["rules"]
    if not isinstance(raw, list) or not raw:
        raise fail(" rules 应为至少一条选取规则（[[rules]]）")
    rules: list[PlanRule] = []
    for n, item in enumerate(raw, 1):
        rule = _rule(item, f"第{n}条规则", fail)
        if any(r.code == rule.code for r in rules):
            raise fail(f" 第{n}条规则 的 code“{rule.code}”重复")
        rules.append(rule)
    return VisitRules(
        data["finding_contact_days"], data["finding_days"], data["max_targets"], tuple(rules)
    )


def _rule(raw: Any, where: str, fail: Any) -> PlanRule:
    if not isinstance(raw, dict):
        raise fail(f" {where} 应为一个表（[[rules]]）")
    for key in ("code", "name", "kind", "survey"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise fail(f" {where} 缺少 {key}（应为文字）")
    code, name, kind = raw["code"].strip(), raw["name"].strip(), raw["kind"].strip()
    where = f"{where}（{code}）"
    if len(name) > 40:
        raise fail(f" {where} 的 name 超过40个字")
    if kind not in RULE_KINDS:
        raise fail(f" {where} 的 kind 应为 {'、'.join(RULE_KINDS)} 之一")
    params = RULE_KINDS[kind]
    problem = keys_problem(raw, _RULE_KEYS | set(params))
    if problem:
        raise fail(f" {where} {problem}")
    values: dict[str, Any] = {}
    if "days" in params:
        if not _whole(raw["days"], 1, 730):
            raise fail(f" {where} 的 days 应为1至730之间的整数（天）")
        values["days"] = raw["days"]
    if kind == "new_connections":
        items = raw["businesses"]
        if (
            not isinstance(items, list)
            or not items
            or not all(isinstance(i, str) and i.strip() for i in items)
        ):
            raise fail(f" {where} 的 businesses 应为非空的业务代码列表")
        values["businesses"] = tuple(i.strip() for i in items)
    elif kind == "complaints":
        if not _whole(raw["rating_at_most"], 1, 4):
            raise fail(f" {where} 的 rating_at_most 应为1至4之间的整数")
        values["rating_at_most"] = raw["rating_at_most"]
    elif kind == "large_accounts":
        for key in ("category", "voltage"):
            if not isinstance(raw[key], str) or not raw[key].strip():
                raise fail(f" {where} 的 {key} 应为非空的文字")
            values[key] = raw[key].strip()
        if not _whole(raw["min_capacity_kw"], 1, 1_000_000):
            raise fail(f" {where} 的 min_capacity_kw 应为正整数（千瓦）")
        values["min_capacity_kw"] = Decimal(raw["min_capacity_kw"])
    elif kind == "outage_area":
        if not _whole(raw["min_outages"], 1, 100):
            raise fail(f" {where} 的 min_outages 应为1至100之间的整数")
        values["min_outages"] = raw["min_outages"]
    return PlanRule(code, name, kind, raw["survey"].strip(), **values)
