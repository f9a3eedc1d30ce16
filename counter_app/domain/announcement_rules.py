"""resources/announcements.toml: how far ahead a planned outage must be announced, what
happens when it is not, how far ahead notices show and the hotline they print."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from counter_app.domain.data_file import keys_problem

RULES_FILE = "announcements.toml"


class AnnouncementRulesError(Exception):
    """resources/announcements.toml cannot be used; the message names the file and key."""


@dataclass(frozen=True)
class AnnouncementRules:
    planned_min_lead_days: int  # calendar days between entering and the outage's start
    planned_short_notice: str  # "warn" (confirm to go on) or "refuse"
    upcoming_days: int  # how far ahead upcoming notices are shown
    hotline: str  # e.g. 95598


_RULE_KEYS = {"planned_min_lead_days", "planned_short_notice", "upcoming_days", "hotline"}


def load_announcement_rules(path: Path) -> AnnouncementRules:
    """Read and check the rules; the error says what is wrong and where."""
    name = path.name
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise AnnouncementRulesError(f"公告参数文件 {name} 无法读取：{exc}") from None
    except UnicodeDecodeError:
        raise AnnouncementRulesError(f"公告参数文件 {name} 不是 UTF-8 编码") from None
    except tomllib.TOMLDecodeError as exc:
        raise AnnouncementRulesError(f"公告参数文件 {name} 格式有误：{exc}") from None

    def fail(message: str) -> AnnouncementRulesError:
        return AnnouncementRulesError(f"公告参数文件 {name} 中{message}")

    problem = keys_problem(data, _RULE_KEYS)
    if problem:
        raise fail(problem)

    def days(key: str, what: str, lowest: int, highest: int) -> int:
        value = data[key]
        if not isinstance(value, int) or isinstance(value, bool):
            raise fail(f" {key}（{what}）应为整数（天）")
        if not lowest <= value <= highest:
            raise fail(f" {key}（{what}）应在{lowest}至{highest}天之间")
        return value

    lead = days("planned_min_lead_days", "计划停电提前公告天数", 0, 60)
    upcoming = days("upcoming_days", "提前显示天数", 1, 365)
    short = data["planned_short_notice"]
    if short not in ("warn", "refuse"):
        raise fail(' planned_short_notice（提前不足时的处理）应为 "warn" 或 "refuse"')
    hotline = data["hotline"]
    if not isinstance(hotline, str) or not hotline.strip():
        raise fail(" hotline（服务热线）应为非空文字，例如“95598”")
    return AnnouncementRules(lead, short, upcoming, hotline.strip())
