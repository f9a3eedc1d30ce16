"""The queue (排队叫号) and the rating (一次一评) rules, read from resources/queue.toml.

Pure: the service categories with their ticket prefixes, how a ticket number
is written, the five rating levels and which of them open a follow-up (回访),
and the working days a follow-up has. Everything that varies by province or
hall is data (the TOML file); the loader checks it and says in Chinese what is
wrong with it, naming the file.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from counter_app.domain.rules_file import read_toml
from counter_app.domain.text import N_

__all__ = [
    "ITEM_KINDS",
    "TICKET_STATUSES",
    "QueueCategory",
    "QueueConfig",
    "QueueDataError",
    "format_ticket_no",
    "load_queue_config",
    "minutes_between",
    "parse_queue_config",
]

# What a visit can hold, each linked to its record by ``ref``.
ITEM_KINDS: Mapping[str, str] = {
    "application": N_("业务受理"),
    "payment": N_("缴费"),
    "inquiry": N_("咨询"),
}

TICKET_STATUSES: Mapping[str, str] = {
    "waiting": N_("等候中"),
    "called": N_("已叫号"),
    "serving": N_("办理中"),
    "done": N_("已办结"),
    "no_show": N_("过号"),
    "transferred": N_("已转移"),
}

_PREFIX = re.compile(r"[A-Z]")
_RATINGS = (5, 4, 3, 2, 1)

# 一次一评 as reported (国办发〔2019〕51号, 政务服务"好差评", which State Grid halls' 评价器
# follow): 差评 is 不满意 and 非常不满意 (queue.toml bad_ratings opens their follow-ups), so
# 基本满意 is not bad and counts as satisfied; 满意率 = satisfied / rated, unrated left out.
# One definition for the dashboard and HQ's 员工绩效; the names are the standard ones
# reports use (the rating window shows queue.toml's [ratings]).
SATISFIED_FROM = 3
BAD_UP_TO = 2
RATING_NAMES = {
    5: N_("非常满意"),
    4: N_("满意"),
    3: N_("基本满意"),
    2: N_("不满意"),
    1: N_("非常不满意"),
}


class QueueDataError(Exception):
    """queue.toml is missing, unreadable or wrong; the message says where."""


@dataclass(frozen=True)
class QueueCategory:
    """A service category of the queue: its ticket prefix, name and what it covers."""

    prefix: str
    name: str
    businesses: tuple[str, ...]  # shown on the ticket machine's button
    workflows: tuple[str, ...] = ()  # workflow codes served under this category


@dataclass(frozen=True)
class QueueConfig:
    categories: tuple[QueueCategory, ...]
    followup_days: int
    followup_contact_days: int
    bad_ratings: frozenset[int]
    rating_names: Mapping[int, str]  # 5 … 1, best first
    ticket_slip_footer: str
    payment_category: str = ""  # the category a payment made without a ticket counts under

    def category(self, prefix: str) -> QueueCategory | None:
        for category in self.categories:
            if category.prefix == prefix:
                return category
        return None

    @property
    def prefixes(self) -> tuple[str, ...]:
        return tuple(c.prefix for c in self.categories)

    def category_name(self, prefix: str) -> str:
        category = self.category(prefix)
        return category.name if category else prefix

    def category_for_workflow(self, code: str) -> QueueCategory | None:
        for category in self.categories:
            if code in category.workflows:
                return category
        return None

    def is_bad(self, rating: int | None) -> bool:
        """不满意 / 非常不满意: a follow-up is due. An unrated visit is never bad nor good."""
        return rating is not None and rating in self.bad_ratings

    def rating_name(self, rating: int | None) -> str:
        return "未评价" if rating is None else self.rating_names.get(rating, str(rating))


def format_ticket_no(prefix: str, number: int) -> str:
    """A + 1 -> A001; past 999 the number simply grows (A1000)."""
    return f"{prefix}{number:03d}"


def minutes_between(start: datetime, end: datetime) -> int:
    """Whole minutes from ``start`` to ``end`` (both aware), never negative.

    11 min 59 s counts as 11: the minutes a customer has fully waited.
    """
    seconds = (end - start).total_seconds()
    return max(0, int(seconds // 60))


# --- data file ----------------------------------------------------------------

_TOP_KEYS = {
    "followup_days",
    "followup_contact_days",
    "bad_ratings",
    "ticket_slip_footer",
    "payment_category",
    "ratings",
    "categories",
}
_CATEGORY_KEYS = {"prefix", "name", "businesses", "workflows"}


def _positive_int(value: Any, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise QueueDataError(f"{where} 应为正整数")
    return value


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise QueueDataError(f'{where} 应为文字列表，如 ["电费缴纳"]')
    return tuple(v.strip() for v in value)


def _category(raw: Any, where: str) -> QueueCategory:
    if not isinstance(raw, dict):
        raise QueueDataError(f"{where} 应为一节（[[categories]]）")
    unknown = sorted(set(raw) - _CATEGORY_KEYS)
    if unknown:
        raise QueueDataError(f"{where} 有未知的键：{'、'.join(unknown)}")
    prefix = raw.get("prefix")
    if not isinstance(prefix, str) or not _PREFIX.fullmatch(prefix):
        raise QueueDataError(f'{where} 的 prefix 应为一个大写英文字母，如 "A"')
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        raise QueueDataError(f"{where}（{prefix}）缺少名称 name")
    if "businesses" not in raw:
        raise QueueDataError(f"{where}（{prefix}）缺少所办业务 businesses")
    businesses = _strings(raw["businesses"], f"{where}（{prefix}）的 businesses")
    if not businesses:
        raise QueueDataError(f"{where}（{prefix}）的 businesses 不能为空")
    workflows = _strings(raw.get("workflows", []), f"{where}（{prefix}）的 workflows")
    return QueueCategory(prefix, name.strip(), businesses, workflows)


def parse_queue_config(data: Mapping[str, Any], file: str = "queue.toml") -> QueueConfig:
    """Check the parsed TOML and build the configuration; QueueDataError if wrong."""
    where = f"排队配置文件 {file} 中"
    unknown = sorted(set(data) - _TOP_KEYS)
    if unknown:
        raise QueueDataError(f"{where}有未知的键：{'、'.join(unknown)}")
    for key in ("followup_days", "bad_ratings", "ratings", "categories"):
        if key not in data:
            raise QueueDataError(f"{where}缺少 {key}")
    followup_days = _positive_int(data["followup_days"], f"{where} followup_days")
    contact_days = _positive_int(
        data.get("followup_contact_days", 1), f"{where} followup_contact_days"
    )

    ratings = data["ratings"]
    if not isinstance(ratings, dict):
        raise QueueDataError(f"{where} ratings 应为一节（[ratings]）")
    names: dict[int, str] = {}
    for key, value in ratings.items():
        if not (isinstance(key, str) and key.isdigit() and int(key) in _RATINGS):
            raise QueueDataError(f"{where} [ratings] 的键应为 1 至 5，不能是“{key}”")
        if not isinstance(value, str) or not value.strip():
            raise QueueDataError(f"{where} [ratings] 中 {key} 的名称不能为空")
        names[int(key)] = value.strip()
    missing = [str(r) for r in _RATINGS if r not in names]
    if missing:
        raise QueueDataError(f"{where} [ratings] 缺少等级：{'、'.join(missing)}")

    bad = data["bad_ratings"]
    if (
        not isinstance(bad, list)
        or not bad
        or not all(isinstance(r, int) and not isinstance(r, bool) and r in _RATINGS for r in bad)
    ):
        raise QueueDataError(f"{where} bad_ratings 应为 1 至 5 之间的整数列表，如 [1, 2]")

    footer = data.get("ticket_slip_footer", "")
    if not isinstance(footer, str):
        raise QueueDataError(f"{where} ticket_slip_footer 应为文字")

    raw_categories = data["categories"]
    if not isinstance(raw_categories, list) or not raw_categories:
        raise QueueDataError(f"{where}至少需要一个业务类别（[[categories]]）")
    categories = tuple(
        _category(raw, f"{where}第{i}个业务类别") for i, raw in enumerate(raw_categories, 1)
    )
    seen: set[str] = set()
    workflows: dict[str, str] = {}
    for category in categories:
        if category.prefix in seen:
            raise QueueDataError(f"{where}号码前缀 {category.prefix} 重复")
        seen.add(category.prefix)
        for code in category.workflows:
            if code in workflows:
                raise QueueDataError(
                    f"{where}业务 {code} 同时属于 {workflows[code]} 和 {category.prefix} 两个类别"
                )
            workflows[code] = category.prefix

    payment_category = data.get("payment_category", "")
    if payment_category and payment_category not in seen:
        raise QueueDataError(f"{where} payment_category“{payment_category}”不是已定义的号码前缀")

    return QueueConfig(
        payment_category=str(payment_category),
        categories=categories,
        followup_days=followup_days,
        followup_contact_days=contact_days,
        bad_ratings=frozenset(bad),
        rating_names={r: names[r] for r in _RATINGS},
        ticket_slip_footer=footer.strip(),
    )


def load_queue_config(path: Path) -> QueueConfig:
    return parse_queue_config(read_toml(path, QueueDataError, "排队配置文件"), path.name)
