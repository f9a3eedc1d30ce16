"""The statutory days off every year keeps (全国年节及纪念日放假办法), read from
resources/holidays.toml: the fallback for years no calendar knows yet.

Lunar festivals (春节, 端午, 中秋) and 清明 (a solar term) move every year; they are
computed with lunar-python, so a year nobody has published still loses its
statutory days. The 调休 make-up weekends cannot be computed and are not.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from counter_app.domain.rules_file import read_toml

__all__ = ["Festival", "HolidayRule", "HolidayRuleError", "load_holiday_rule", "shipped_rule"]

KINDS = ("solar", "lunar", "solar_term")
# The 24 solar terms by lunar-python's Chinese names.
SOLAR_TERMS = frozenset(
    ("立春", "雨水", "惊蛰", "春分", "清明", "谷雨", "立夏", "小满", "芒种", "夏至", "小暑",
     "大暑", "立秋", "处暑", "白露", "秋分", "寒露", "霜降", "立冬", "小雪", "大雪", "冬至",
     "小寒", "大寒")
)  # fmt: skip


class HolidayRuleError(Exception):
    """resources/holidays.toml cannot be used; the message names the file and entry."""


@dataclass(frozen=True)
class Festival:
    name: str
    kind: str  # one of KINDS
    days: int
    month: int = 0
    day: int = 0
    offset: int = 0  # days from the named date to the first day off (春节: -1, 除夕)
    term: str = ""

    def first_day(self, year: int) -> date:
        """The first day off of this festival in the (Gregorian or lunar) ``year``."""
        if self.kind == "solar":
            start = date(year, self.month, self.day)
        elif self.kind == "lunar":
            from lunar_python import Lunar  # type: ignore[import-untyped]

            solar = Lunar.fromYmd(year, self.month, self.day).getSolar()
            start = date(solar.getYear(), solar.getMonth(), solar.getDay())
        else:
            from lunar_python import Solar

            # The lunar year around 1 July lists that Gregorian year's 24 terms.
            table = Solar.fromYmd(year, 7, 1).getLunar().getJieQiTable()
            term = table[self.term]
            start = date(term.getYear(), term.getMonth(), term.getDay())
        return start + timedelta(days=self.offset)


@dataclass(frozen=True)
class HolidayRule:
    source: str
    from_year: int
    festivals: tuple[Festival, ...]

    def applies_to(self, year: int) -> bool:
        return year >= self.from_year

    def days_off(self, year: int) -> dict[date, str]:
        """The statutory days off falling in ``year``, each with its festival's name.

        A lunar festival is taken from the lunar years ``year - 1`` and ``year`` so one
        whose days cross 1 January is not lost; only days inside ``year`` are kept.
        """
        out: dict[date, str] = {}
        if not self.applies_to(year):
            return out
        for f in self.festivals:
            for anchor in (year - 1, year) if f.kind == "lunar" else (year,):
                first = f.first_day(anchor)
                for n in range(f.days):
                    day = first + timedelta(days=n)
                    if day.year == year:
                        out.setdefault(day, f.name)
        return out


def _int(path: Path, where: str, value: Any, low: int, high: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise HolidayRuleError(f"节假日文件 {path.name} 中 {where} 应为 {low} 至 {high} 的整数")
    return value


def _festival(path: Path, n: int, table: Any) -> Festival:
    if not isinstance(table, dict):
        raise HolidayRuleError(f"节假日文件 {path.name} 中第{n}个 festival 应为一节")
    name = table.get("name")
    where = f"festival “{name}”"
    if not isinstance(name, str) or not name.strip():
        raise HolidayRuleError(f"节假日文件 {path.name} 中第{n}个 festival 缺少 name")
    kind = table.get("kind")
    if kind not in KINDS:
        raise HolidayRuleError(f"节假日文件 {path.name} 中 {where} 的 kind 应为 {'、'.join(KINDS)}")
    allowed = {"name", "kind", "days", "offset"} | (
        {"term"} if kind == "solar_term" else {"month", "day"}
    )
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise HolidayRuleError(f"节假日文件 {path.name} 中 {where} 没有 {unknown[0]} 这一项")
    days = _int(path, f"{where} 的 days", table.get("days"), 1, 7)
    offset = _int(path, f"{where} 的 offset", table.get("offset", 0), -7, 7)
    if kind == "solar_term":
        term = table.get("term")
        if term not in SOLAR_TERMS:
            raise HolidayRuleError(f"节假日文件 {path.name} 中 {where} 的 term 应为二十四节气之一")
        return Festival(name, kind, days, offset=offset, term=term)
    month = _int(path, f"{where} 的 month", table.get("month"), 1, 12)
    day = _int(path, f"{where} 的 day", table.get("day"), 1, 31 if kind == "solar" else 30)
    if kind == "solar":
        try:
            date(2024, month, day)  # a leap year: 02-29 is allowed only as a real date
        except ValueError:
            raise HolidayRuleError(f"节假日文件 {path.name} 中 {where} 的日期不存在") from None
    return Festival(name, kind, days, month, day, offset)


def load_holiday_rule(path: Path) -> HolidayRule:
    """The rule in ``path``; HolidayRuleError naming the problem if it cannot be used."""
    data = read_toml(path, HolidayRuleError, "节假日文件")
    unknown = sorted(set(data) - {"source", "from_year", "festival"})
    if unknown:
        raise HolidayRuleError(f"节假日文件 {path.name} 没有 {unknown[0]} 这一项")
    source = data.get("source")
    if not isinstance(source, str) or not source.strip():
        raise HolidayRuleError(f"节假日文件 {path.name} 应写明 source（依据）")
    from_year = _int(path, "from_year", data.get("from_year"), 2000, 2100)
    tables = data.get("festival")
    if not isinstance(tables, list) or not tables:
        raise HolidayRuleError(f"节假日文件 {path.name} 中没有 festival")
    festivals = tuple(_festival(path, n, t) for n, t in enumerate(tables, start=1))
    names = [f.name for f in festivals]
    if len(set(names)) != len(names):
        raise HolidayRuleError(f"节假日文件 {path.name} 中 festival 名称重复")
    return HolidayRule(source.strip(), from_year, festivals)


@cache
def shipped_rule() -> HolidayRule:
    """resources/holidays.toml as shipped (checked at start-up by open_context)."""
    from counter_app.resources import resource

    return load_holiday_rule(resource("holidays.toml"))
