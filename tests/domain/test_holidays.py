"""The statutory-day fallback for years no calendar covers (全国年节及纪念日放假办法, 2024)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import chinese_calendar
import pytest

from counter_app.domain.calendar import WorkingCalendar
from counter_app.domain.holidays import HolidayRuleError, load_holiday_rule, shipped_rule
from counter_app.resources import resource


def d(text: str) -> date:
    return date.fromisoformat(text)


@pytest.fixture
def cal() -> WorkingCalendar:
    return WorkingCalendar()


@pytest.mark.parametrize(
    ("day", "working"),
    [
        ("2027-01-01", False),  # 元旦, a Friday
        ("2027-01-04", True),  # the Monday after
        ("2027-02-05", False),  # 除夕, a Friday
        ("2027-02-08", False),  # 正月初三, a Monday
        ("2027-02-09", True),
        ("2027-04-05", False),  # 清明, a Monday
        ("2027-06-09", False),  # 端午, a Wednesday
        ("2027-09-15", False),  # 中秋, a Wednesday
        ("2027-10-01", False),  # 国庆, a Friday
        ("2027-10-04", True),  # no bridging day is guessed: the notice is unknown
        ("2027-10-09", False),  # an ordinary Saturday: no 调休 is guessed either
    ],
)
def test_2027_statutory_days(cal: WorkingCalendar, day: str, working: bool) -> None:
    assert cal.is_working_day(d(day)) is working
    assert 2027 in cal.uncovered_years  # the banner still says 调休 is unknown


def test_2026_12_30_plus_five_working_days_skips_new_year(cal: WorkingCalendar) -> None:
    # 12-31 (Thu), then 2027-01-04..07: 01-01 and the weekend are skipped.
    assert cal.add_working_days(d("2026-12-30"), 5) == d("2027-01-07")


@pytest.mark.parametrize(
    ("year", "festival", "first"),
    [
        (2027, "元旦", "2027-01-01"),
        (2027, "春节", "2027-02-05"),  # 春节 2027-02-06, so 除夕 is 02-05
        (2027, "清明节", "2027-04-05"),
        (2027, "劳动节", "2027-05-01"),
        (2027, "端午节", "2027-06-09"),
        (2027, "中秋节", "2027-09-15"),
        (2027, "国庆节", "2027-10-01"),
        (2028, "春节", "2028-01-25"),  # 春节 2028-01-26
    ],
)
def test_known_dates(year: int, festival: str, first: str) -> None:
    days = shipped_rule().days_off(year)
    assert min(day for day, name in days.items() if name == festival) == d(first)


def test_counts_per_festival() -> None:
    days = shipped_rule().days_off(2027)
    per = {name: sum(1 for n in days.values() if n == name) for name in set(days.values())}
    assert per == {
        "元旦": 1,
        "春节": 4,
        "清明节": 1,
        "劳动节": 2,
        "端午节": 1,
        "中秋节": 1,
        "国庆节": 3,
    }
    # 2028: 中秋 (10-03) falls inside 国庆; the day is off once.
    assert len(shipped_rule().days_off(2028)) == 12


@pytest.mark.parametrize("year", [2025, 2026])
def test_every_fallback_day_is_off_in_the_published_years(year: int) -> None:
    # The State Council's notices for 2025 and 2026 (in chinese-calendar) keep every
    # statutory day the 2024 rule gives.
    for day in shipped_rule().days_off(year):
        assert not chinese_calendar.is_workday(day), day


@pytest.mark.parametrize("year", range(2008, 2027))
def test_lunar_festivals_and_qingming_agree_with_chinese_calendar(year: int) -> None:
    # 春节 day 1, 端午, 中秋 and 清明 have been days off since 2008: each computed date
    # must be a holiday in the published calendar of that year.
    days = replace(shipped_rule(), from_year=2000).days_off(year)
    for name in ("端午节", "中秋节", "清明节"):
        (day,) = [k for k, v in days.items() if v == name]
        assert chinese_calendar.is_holiday(day), (name, day)
    new_year = sorted(k for k, v in days.items() if v == "春节")[1]  # 正月初一
    assert chinese_calendar.get_holiday_detail(new_year)[1] == "Spring Festival"
    (qingming,) = [k for k, v in days.items() if v == "清明节"]
    terms = chinese_calendar.get_solar_terms(date(year, 4, 1), date(year, 4, 10))
    assert [t for t, name in terms if name == "清明"] == [qingming]


def test_years_before_the_rule_stay_monday_to_friday(cal: WorkingCalendar) -> None:
    assert cal.is_working_day(d("2003-01-01")) is True  # a Wednesday, unknown year
    assert cal.statutory_days(2003) == frozenset()


def test_hq_file_years_ignore_the_fallback() -> None:
    # HQ's file lists every exception of its year: one that moved 元旦 wins.
    cal = WorkingCalendar({d("2027-01-04"): False})
    assert cal.is_working_day(d("2027-01-01")) is True
    assert cal.is_working_day(d("2027-01-04")) is False


def test_far_years_do_not_crash(cal: WorkingCalendar) -> None:
    assert cal.add_working_days(d("2099-12-30"), 3) == d("2100-01-05")


def test_shipped_file_loads() -> None:
    rule = load_holiday_rule(resource("holidays.toml"))
    assert rule.from_year == 2025 and "放假办法" in rule.source
    assert sum(f.days for f in rule.festivals) == 13


GOOD = """source = "放假办法"
from_year = 2025
[[festival]]
name = "元旦"
kind = "solar"
month = 1
day = 1
days = 1
"""


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("source = ", "无法读取"),
        (GOOD.replace('kind = "solar"', 'kind = "moon"'), "kind 应为"),
        (GOOD.replace("days = 1", "days = 0"), "days 应为 1 至 7"),
        (GOOD.replace("day = 1\n", "day = 31\n").replace("month = 1", "month = 2"), "不存在"),
        (GOOD.replace('source = "放假办法"', ""), "source"),
        (GOOD.replace("from_year = 2025", "from_year = 1800"), "from_year"),
        (GOOD + 'term = "清明"\n', "没有 term"),
        (
            GOOD.replace('kind = "solar"', 'kind = "solar_term"\nterm = "春节"')
            .replace("month = 1\n", "")
            .replace("day = 1\n", ""),
            "节气",
        ),
        (GOOD + GOOD[GOOD.index("[[") :], "重复"),
        ('source = "x"\nfrom_year = 2025\n', "没有 festival"),
        (GOOD + "extra = 1\n", "没有 extra"),
    ],
)
def test_bad_files_are_named(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "holidays.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(HolidayRuleError, match=message) as caught:
        load_holiday_rule(path)
    assert "holidays.toml" in str(caught.value)
