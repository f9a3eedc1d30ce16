"""The hall's local time. China keeps UTC+8 all year, so a fixed offset is exact
and needs no tz database (which Windows lacks without the tzdata package)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone

HALL_TZ = timezone(timedelta(hours=8), "CST")


def _system_now() -> datetime:
    return datetime.now(UTC)


# Where "now" comes from. Only the test suite replaces it (tests/conftest.py, to run
# the suite on a pinned day); the app always reads the system clock.
now_source: Callable[[], datetime] = _system_now


def utc_now() -> datetime:
    return now_source()


def to_local(moment: datetime) -> datetime:
    return moment.astimezone(HALL_TZ)


def local_date(moment: datetime) -> date:
    return to_local(moment).date()


def local_naive(moment: datetime) -> datetime:
    """Local wall time without tzinfo, for printing and Excel cells."""
    return to_local(moment).replace(tzinfo=None)


def format_local(moment: datetime, seconds: bool = False) -> str:
    return to_local(moment).strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def chinese_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"
