"""resources/complaints.toml: the complaint channels, categories, the two deadlines in
working days and the escalation channel printed on the slip (投诉受理回执)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from counter_app.domain.data_file import keys_problem
from counter_app.domain.text import Msg

RULES_FILE = "complaints.toml"


class ComplaintRulesError(Exception):
    """resources/complaints.toml cannot be used; the message names the file and the key."""

    def __init__(self, template: str, /, **params: Any) -> None:
        super().__init__(Msg(template, **params))


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


def load_complaint_rules(path: Path) -> ComplaintRules:
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

    problem = keys_problem(data, _RULE_KEYS)
    if problem:
        raise fail(problem)

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
