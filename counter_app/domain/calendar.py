"""Working days (工作日) for committed time limits, with statutory holidays.

Holidays and make-up working weekends (调休) change every year. The order of
trust is: the HQ calendar file (overrides), then the chinese-calendar
library (2004-2026 in version 1.11), then Monday-Friday less the statutory
days every year keeps (domain/holidays.py, resources/holidays.toml) with a
logged warning: a year nobody knows yet loses its 元旦, 春节, 国庆 … days and
gives a usable answer, never a crash; only its 调休 weekends are unknown.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import date, datetime, timedelta

import chinese_calendar

from counter_app.domain.holidays import HolidayRule, shipped_rule

__all__ = ["WorkingCalendar", "add_working_days", "default_calendar"]

_log = logging.getLogger(__name__)
_ONE_DAY = timedelta(days=1)


def _as_date(d: date) -> date:
    # A datetime is a date subclass but would never match a date key.
    return d.date() if isinstance(d, datetime) else d


class WorkingCalendar:
    """Tells working days from rest days, HQ overrides first.

    ``overrides`` map a date to True (a working day, e.g. a 调休 Saturday)
    or False (a holiday). Any override marks its whole year as covered:
    the HQ file for a year lists its exceptions, and every other day of
    that year follows Monday-Friday.

    ``holidays`` is the statutory-day rule for years nobody covers (default: the
    shipped resources/holidays.toml).
    """

    def __init__(
        self, overrides: Mapping[date, bool] | None = None, holidays: HolidayRule | None = None
    ) -> None:
        self._overrides: dict[date, bool] = {
            _as_date(d): bool(working) for d, working in (overrides or {}).items()
        }
        self._override_years: frozenset[int] = frozenset(d.year for d in self._overrides)
        self._library_years: dict[int, bool] = {}
        self._holidays = holidays
        self._statutory: dict[int, frozenset[date]] = {}
        # Years answered by the fallback (no 调休 known); the UI shows these.
        self.uncovered_years: set[int] = set()

    def _library_knows(self, year: int) -> bool:
        known = self._library_years.get(year)
        if known is None:
            try:
                chinese_calendar.is_workday(date(year, 1, 1))
            except NotImplementedError:
                known = False
            else:
                known = True
            self._library_years[year] = known
        return known

    def covers(self, year: int) -> bool:
        """True if the HQ file or chinese-calendar knows this year's holidays."""
        return year in self._override_years or self._library_knows(year)

    def is_working_day(self, d: date) -> bool:
        d = _as_date(d)
        override = self._overrides.get(d)
        if override is not None:
            return override
        if self._library_knows(d.year):
            return bool(chinese_calendar.is_workday(d))
        if d.year not in self._override_years and d.year not in self.uncovered_years:
            self.uncovered_years.add(d.year)
            _log.warning(
                "%d年没有节假日数据（需要总部日历文件）：按周一至周五减去法定节假日计算，"
                "调休上班日未知",
                d.year,
            )
        if d.year not in self._override_years and d in self.statutory_days(d.year):
            return False
        return d.weekday() < 5

    def statutory_days(self, year: int) -> frozenset[date]:
        """The fallback's statutory days off in ``year`` (empty before the rule's year)."""
        days = self._statutory.get(year)
        if days is None:
            rule = self._holidays or shipped_rule()
            try:
                days = frozenset(rule.days_off(year))
            except (ValueError, KeyError, IndexError):
                # Beyond what lunar-python can compute: Monday-Friday, never a crash.
                _log.warning("%d年的法定节假日无法计算，按周一至周五计算工作日", year)
                days = frozenset()
            self._statutory[year] = days
        return days

    def add_working_days(self, start: date, days: int) -> date:
        """The ``days``-th working day after ``start`` (start itself not counted).

        A negative ``days`` counts back before ``start``; 0 gives ``start``.
        """
        current = _as_date(start)
        step = _ONE_DAY if days >= 0 else -_ONE_DAY
        remaining = abs(days)
        while remaining:
            current += step
            if self.is_working_day(current):
                remaining -= 1
        return current

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after ``start`` up to and including ``end``; 0 if end <= start."""
        current, end = _as_date(start), _as_date(end)
        count = 0
        while current < end:
            current += _ONE_DAY
            if self.is_working_day(current):
                count += 1
        return count


default_calendar = WorkingCalendar()


def add_working_days(start: date, days: int) -> date:
    """``default_calendar.add_working_days``, for callers without an HQ file."""
    return default_calendar.add_working_days(start, days)
