"""The rules of a complaint: its data file (resources/complaints.toml: channels,
categories, the two deadlines in working days, where to turn next), its due dates,
and which step may come next (see services/complaints.py for the order).
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from counter_app.domain.clock import local_date
from counter_app.domain.text import N_
from counter_app.resources import resource
from counter_app.services.context import AppContext
from counter_app.services.errors import UserError
from counter_app.store.models import Complaint

__all__ = [
    "ACTION_NAMES",
    "DISSATISFIED",
    "VERDICTS",
    "ComplaintRules",
    "ComplaintRulesError",
    "allowed_actions",
    "due_dates",
    "load_rules",
    "require_allowed",
]

RULES_FILE = "complaints.toml"

ACTION_NAMES = {
    "assign": N_("指派"),
    "contact": N_("记录联系"),
    "resolve": N_("登记处理结果"),
    "callback": N_("回访"),
    "close": N_("办结"),
}
# The customer's verdict at the callback (回访), best first.
VERDICTS = (N_("满意"), N_("基本满意"), N_("不满意"))
DISSATISFIED = "不满意"


# -- the data file -----------------------------------------------------------------


class ComplaintRulesError(UserError):
    """resources/complaints.toml cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class ComplaintRules:
    channels: tuple[str, ...]  # 受理渠道
    categories: tuple[str, ...]  # 投诉类别
    contact_days: int  # working days to contact the customer
    decision_days: int  # working days to reply with a decision
    escalation: str  # e.g. "12398 能源监管热线"

    @property
    def hotline(self) -> str:
        """The number that begins ``escalation``: the 投诉监督电话 every A5 paper prints."""
        return self.escalation.split()[0]


_ESCALATION = re.compile(r"[0-9][0-9-]{2,19}(\s.*)?", re.ASCII | re.DOTALL)
_RULE_KEYS = {"channels", "categories", "contact_days", "decision_days", "escalation"}


def load_rules(path: Path | None = None) -> ComplaintRules:
    """The shipped rules, read once per run (every list refresh asks for them); a file
    given by path is read each time."""
    return _read_rules(path) if path is not None else _shipped_rules()


@functools.cache
def _shipped_rules() -> ComplaintRules:
    return _read_rules(resource(RULES_FILE))


def _read_rules(path: Path) -> ComplaintRules:
    """Read and check the rules; the error says what is wrong and where."""
    name = path.name
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ComplaintRulesError(
            "投诉参数文件 {name} 无法读取：{exc}", name=name, exc=exc
        ) from None
    except UnicodeDecodeError:
        raise ComplaintRulesError("投诉参数文件 {name} 不是 UTF-8 编码", name=name) from None
    except tomllib.TOMLDecodeError as exc:
        raise ComplaintRulesError(
            "投诉参数文件 {name} 格式有误：{exc}", name=name, exc=exc
        ) from None

    def fail(message: str) -> ComplaintRulesError:
        return ComplaintRulesError("投诉参数文件 {name} 中{message}", name=name, message=message)

    unknown = sorted(set(data) - _RULE_KEYS)
    if unknown:
        raise fail(f"有未知的项：{'、'.join(unknown)}")
    missing = sorted(_RULE_KEYS - set(data))
    if missing:
        raise fail(f"缺少：{'、'.join(missing)}")

    def names(key: str, what: str, longest: int) -> tuple[str, ...]:
        value = data[key]
        if not isinstance(value, list) or not value:
            raise fail(f" {key}（{what}）应为非空的文字列表")
        out: list[str] = []
        for item in value:
            if not isinstance(item, str) or not item.strip():
                raise fail(f" {key}（{what}）中有空白或不是文字的项")
            item = item.strip()
            if len(item) > longest:
                raise fail(f" {key}（{what}）中的“{item}”超过{longest}个字")
            if item in out:
                raise fail(f" {key}（{what}）中的“{item}”重复")
            out.append(item)
        return tuple(out)

    def days(key: str, what: str) -> int:
        value = data[key]
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 60:
            raise fail(f" {key}（{what}）应为1至60之间的整数（工作日）")
        return value

    channels = names("channels", "受理渠道", 12)
    categories = names("categories", "投诉类别", 20)
    contact_days = days("contact_days", "联系客户时限")
    decision_days = days("decision_days", "答复处理意见时限")
    if contact_days > decision_days:
        raise fail(" contact_days（联系客户时限）不应长于 decision_days（答复处理意见时限）")
    escalation = data["escalation"]
    if not isinstance(escalation, str) or not _ESCALATION.fullmatch(escalation.strip()):
        # The papers print its number as 投诉监督电话: it must begin with one.
        raise fail(" escalation（投诉升级渠道）应以电话号码开头，例如“12398 能源监管热线”")
    return ComplaintRules(channels, categories, contact_days, decision_days, escalation.strip())


def due_dates(ctx: AppContext, received: date | None = None) -> tuple[date, date]:
    """Contact and decision due dates of a complaint received on ``received`` (default today)."""
    rules = load_rules()
    day = received or local_date(ctx.clock())
    return (
        ctx.calendar.add_working_days(day, rules.contact_days),
        ctx.calendar.add_working_days(day, rules.decision_days),
    )


# -- which step may come next ------------------------------------------------------


def _refusal(c: Complaint, action: str) -> str | None:
    """Why ``action`` may not be taken now, or None when it may."""
    no = c.complaint_no
    if c.status == "closed":
        return f"{no} 已办结，不能再{ACTION_NAMES[action]}"
    if action == "assign":
        return None
    if action == "contact":
        if c.status in ("open", "contacted"):
            return None
        return f"{no} 已登记处理结果，与客户的联系请作为回访记录"
    if action == "resolve":
        if c.status == "open":
            return f"{no} 尚未与客户联系，请先记录联系情况，再登记处理结果"
        if c.status == "resolved" and c.callback_result != DISSATISFIED:
            if not c.callback_result:
                return f"{no} 已登记处理结果，请先回访客户"
            return f"{no} 客户回访{c.callback_result}，可以办结，无需重新处理"
        return None
    if action == "callback":
        if c.status != "resolved":
            return f"{no} 尚未登记处理结果，请先登记处理结果，再回访客户"
        if c.callback_result == DISSATISFIED:
            return f"{no} 客户回访不满意：请重新登记处理结果后再回访，或直接办结"
        if c.callback_result:
            return f"{no} 已回访（{c.callback_result}），可以办结"
        return None
    if action == "close":
        if c.status != "resolved":
            return f"{no} 尚未登记处理结果，不能办结"
        if not c.callback_result:
            return f"{no} 尚未回访客户，不能办结"
        return None
    raise ValueError(action)


def allowed_actions(c: Complaint) -> frozenset[str]:
    return frozenset(a for a in ACTION_NAMES if _refusal(c, a) is None)


def require_allowed(c: Complaint, action: str) -> None:
    refusal = _refusal(c, action)
    if refusal:
        raise UserError(refusal)
