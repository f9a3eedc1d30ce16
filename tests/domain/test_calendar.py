"""Working days: statutory holidays, 调休 weekends, HQ overrides, unknown years."""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta

import pytest

from counter_app.domain import calendar as calendar_module
from counter_app.domain.calendar import WorkingCalendar, add_working_days, default_calendar

LOGGER = "counter_app.domain.calendar"
UNKNOWN_YEAR = 2031  # far enough ahead that chinese-calendar will not know it soon


def d(text: str) -> date:
    return date.fromisoformat(text)


@pytest.fixture
def cal() -> WorkingCalendar:
    return WorkingCalendar()


# 2026 National Day: 10-01..10-07 off; Sunday 09-20 and Saturday 10-10 worked.
@pytest.mark.parametrize(
    ("day", "working"),
    [
        ("2026-09-18", True),  # Friday
        ("2026-09-19", False),  # Saturday
        ("2026-09-20", True),  # Sunday, make-up working day (调休)
        ("2026-09-30", True),
        ("2026-10-01", False),
        ("2026-10-05", False),  # a Monday inside the holiday
        ("2026-10-07", False),
        ("2026-10-08", True),
        ("2026-10-10", True),  # Saturday, make-up working day
        ("2026-10-11", False),  # Sunday
        ("2026-01-01", False),  # New Year's Day, a Thursday
        ("2026-11-23", True),
        ("2026-11-28", False),  # ordinary Saturday
    ],
)
def test_is_working_day_2026(cal: WorkingCalendar, day: str, working: bool) -> None:
    assert cal.is_working_day(d(day)) is working
    assert cal.uncovered_years == set()


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        ("2026-11-23", 5, "2026-11-30"),  # Monday + 5 -> next Monday
        ("2026-11-23", 0, "2026-11-23"),
        ("2026-10-03", 0, "2026-10-03"),  # 0 keeps even a holiday
        ("2026-11-27", 1, "2026-11-30"),  # Friday + 1 skips the weekend
        ("2026-11-28", 1, "2026-11-30"),  # from a Saturday
        # across the National Day holiday
        ("2026-09-30", 1, "2026-10-08"),
        ("2026-09-29", 2, "2026-10-08"),
        ("2026-10-01", 1, "2026-10-08"),
        # across the make-up Saturday 10-10
        ("2026-10-09", 1, "2026-10-10"),
        ("2026-10-08", 3, "2026-10-12"),
        ("2026-10-08", 5, "2026-10-14"),
        # across the make-up Sunday 09-20
        ("2026-09-18", 1, "2026-09-20"),
        # a residential connection (5 working days) taken in before the holiday
        ("2026-09-28", 5, "2026-10-10"),
        # backwards
        ("2026-10-08", -1, "2026-09-30"),
        ("2026-11-30", -5, "2026-11-23"),
    ],
)
def test_add_working_days(cal: WorkingCalendar, start: str, days: int, expected: str) -> None:
    assert cal.add_working_days(d(start), days) == d(expected)


@pytest.mark.parametrize(
    ("start", "end", "count"),
    [
        ("2026-11-23", "2026-11-30", 5),
        ("2026-11-23", "2026-11-23", 0),
        ("2026-11-30", "2026-11-23", 0),  # end before start
        ("2026-09-30", "2026-10-08", 1),
        ("2026-09-30", "2026-10-07", 0),
        ("2026-09-30", "2026-10-10", 3),  # 10-08, 10-09 and Saturday 10-10
        ("2026-09-19", "2026-09-20", 1),  # the make-up Sunday counts
        # 261 weekdays - 19 weekday holidays + 6 make-up days (State Council notice)
        ("2026-01-01", "2026-12-31", 248),
    ],
)
def test_working_days_between(cal: WorkingCalendar, start: str, end: str, count: int) -> None:
    assert cal.working_days_between(d(start), d(end)) == count


def test_between_and_add_agree(cal: WorkingCalendar) -> None:
    start = d("2026-09-15")
    for n in range(0, 40):
        assert cal.working_days_between(start, cal.add_working_days(start, n)) == n


def test_covers(cal: WorkingCalendar) -> None:
    assert cal.covers(2004)
    assert cal.covers(2026)
    assert not cal.covers(2003)
    assert not cal.covers(UNKNOWN_YEAR)
    assert cal.uncovered_years == set()  # asking is not using


def test_unknown_year_falls_back_to_monday_to_friday_less_statutory_days(
    cal: WorkingCalendar, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger=LOGGER)
    # 2031-01-03 is a Friday; the Monday after is an ordinary working day.
    assert cal.add_working_days(d("2031-01-03"), 1) == d("2031-01-06")
    assert cal.is_working_day(d("2031-01-01")) is False  # 元旦, a Wednesday
    assert cal.is_working_day(d("2031-01-02")) is True  # no bridging day is guessed
    assert cal.is_working_day(d("2031-01-04")) is False  # Saturday
    # 260 weekdays after 01-01, less the 9 statutory weekdays after it: 春节 01-22..24
    # (除夕 01-22; 01-25 is a Saturday), 05-01, 05-02, 端午 06-24, 国庆 10-01..03
    # (中秋 falls on 10-01 that year); 清明 04-05 is a Saturday.
    assert cal.working_days_between(d("2031-01-01"), d("2031-12-31")) == 251
    assert cal.uncovered_years == {UNKNOWN_YEAR}
    warnings = [r for r in caplog.records if r.name == LOGGER]
    assert len(warnings) == 1  # once per year, however often it is asked
    assert warnings[0].levelno == logging.WARNING
    assert "2031" in warnings[0].getMessage()
    assert "调休" in warnings[0].getMessage()


def test_each_unknown_year_is_recorded_once(
    cal: WorkingCalendar, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger=LOGGER)
    # Crossing from a known year into unknown ones does not raise.
    end = cal.add_working_days(d("2026-12-31"), 600)
    assert end.year == 2029
    assert cal.uncovered_years == {2027, 2028, 2029}
    logged = sorted(r.getMessage()[:4] for r in caplog.records if r.name == LOGGER)
    assert logged == ["2027", "2028", "2029"]


def test_unknown_years_before_2004_do_not_raise(cal: WorkingCalendar) -> None:
    assert cal.add_working_days(d("1999-12-31"), 1) == d("2000-01-03")
    assert cal.uncovered_years == {2000}
    assert cal.add_working_days(d("0001-01-01"), 1) == d("0001-01-02")
    assert 1 in cal.uncovered_years


def test_overrides_in_an_unknown_year(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger=LOGGER)
    monday_holiday = d("2031-01-06")
    saturday_worked = d("2031-01-11")
    cal = WorkingCalendar({monday_holiday: False, saturday_worked: True})
    assert cal.covers(UNKNOWN_YEAR)
    assert cal.is_working_day(monday_holiday) is False
    assert cal.is_working_day(saturday_worked) is True
    assert cal.is_working_day(d("2031-01-07")) is True  # plain Tuesday
    assert cal.is_working_day(d("2031-01-12")) is False  # plain Sunday
    # Friday 01-03 + 1 skips the weekend and the Monday holiday.
    assert cal.add_working_days(d("2031-01-03"), 1) == d("2031-01-07")
    # Friday 01-10 + 1 lands on the worked Saturday.
    assert cal.add_working_days(d("2031-01-10"), 1) == saturday_worked
    assert cal.working_days_between(d("2031-01-03"), d("2031-01-12")) == 5
    assert cal.uncovered_years == set()
    assert not [r for r in caplog.records if r.name == LOGGER]


def test_overrides_win_over_chinese_calendar() -> None:
    cal = WorkingCalendar({d("2026-10-08"): False, d("2026-10-11"): True})
    assert cal.is_working_day(d("2026-10-08")) is False
    assert cal.is_working_day(d("2026-10-11")) is True
    assert cal.is_working_day(d("2026-10-09")) is True  # untouched days: library
    assert cal.is_working_day(d("2026-10-01")) is False
    assert cal.add_working_days(d("2026-09-30"), 1) == d("2026-10-09")
    assert WorkingCalendar().is_working_day(d("2026-10-08")) is True  # no leak


def test_override_keys_may_be_datetimes() -> None:
    cal = WorkingCalendar({datetime(2031, 1, 6, 9, 30): False})
    assert cal.is_working_day(d("2031-01-06")) is False
    assert cal.is_working_day(datetime(2031, 1, 6, 15, 0)) is False


def test_datetime_start(cal: WorkingCalendar) -> None:
    assert cal.add_working_days(datetime(2026, 9, 30, 16, 45), 1) == d("2026-10-08")


def test_module_level_add_working_days() -> None:
    assert add_working_days(d("2026-11-23"), 5) == d("2026-11-30")
    assert add_working_days(d("2026-09-30"), 1) == d("2026-10-08")
    assert calendar_module.default_calendar is default_calendar
    assert isinstance(default_calendar, WorkingCalendar)


def test_ten_year_span(cal: WorkingCalendar) -> None:
    # Ten years, three of them unknown to chinese-calendar: a number, no error.
    start = d("2020-01-01")
    end = start + timedelta(days=3652)
    assert 2400 < cal.working_days_between(start, end) < 2600
