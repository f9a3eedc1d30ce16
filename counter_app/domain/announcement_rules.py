"""resources/announcements.toml: how far ahead a planned outage must be announced, what
happens when it is not, how far ahead notices show and the hotline they print."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from counter_app.domain.rules_file import RulesFileError, read_rules_table
from counter_app.domain.text import N_

RULES_FILE = "announcements.toml"


class AnnouncementRulesError(RulesFileError):
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
    data, fail = read_rules_table(path, N_("公告参数文件"), _RULE_KEYS, AnnouncementRulesError)

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
