"""Values as the hall's export writes them: hall wall time, whole seconds, minutes to 0.1,
row keys with the hall code, ID and mobile numbers masked in free text."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import DateTime, type_coerce

from counter_app.domain.clock import HALL_TZ, local_date, local_naive
from counter_app.domain.masking import mask_id, mask_phone

YES, NO = "是", "否"
_ID_IN_TEXT = re.compile(r"(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])")
_MOBILE_IN_TEXT = re.compile(r"(?<!\d)(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?!\d)")


def scrub(text: str) -> str:
    """Free text typed by a clerk: ID and mobile numbers in it masked."""
    text = _ID_IN_TEXT.sub(lambda m: mask_id(m.group()), text)
    return _MOBILE_IN_TEXT.sub(lambda m: mask_phone(m.group()), text)


def batch_file_name(hall_code: str, period_from: date, period_to: date, batch_no: int) -> str:
    return f"{hall_code}_{period_from:%Y%m%d}-{period_to:%Y%m%d}_{batch_no:04d}.xlsx"


HALL_OFFSET = timedelta(hours=8)
assert HALL_TZ.utcoffset(None) == HALL_OFFSET


def stored(column: Any) -> Any:
    """A time column as stored, naive UTC: the rows skip the aware-datetime decorator's
    Python work per value (the export reads a few hundred thousand of them)."""
    return type_coerce(column, DateTime()).label(column.key)


def naive_utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None)


def local(moment: datetime | None) -> datetime | None:
    """Hall wall time, naive (openpyxl refuses aware datetimes), whole seconds. A naive time
    is UTC as stored (see stored)."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        return moment.replace(microsecond=0) + HALL_OFFSET
    return local_naive(moment).replace(microsecond=0)


def hall_day(moment: datetime) -> date:
    """The hall's day of a time (naive: UTC as stored)."""
    if moment.tzinfo is None:
        return (moment + HALL_OFFSET).date()
    return local_date(moment)


def stamp(moment: datetime) -> str:
    """A stored time as the 说明 sheet shows it: hall time, ``yyyy-mm-dd hh:mm:ss``."""
    return local_naive(moment).replace(microsecond=0).isoformat(" ")


def midnight(day: date | None) -> datetime | None:
    return None if day is None else datetime.combine(day, time.min)


TENTH = Decimal("0.1")
SECOND = timedelta(seconds=1)
RATIO_PLACES = Decimal("0.0001")


def minutes_between(start: datetime | None, end: datetime | None) -> Decimal | None:
    """Minutes between two exported (whole-second) times, to 0.1, half up."""
    if start is None or end is None:
        return None
    seconds = (end - start) // SECOND
    if seconds >= 0:  # tenths of a minute, half up, in integers
        return Decimal((seconds + 3) // 6).scaleb(-1)
    return (Decimal(seconds) / 60).quantize(TENTH, rounding=ROUND_HALF_UP)


def hall_key(hall_code: str, number: str) -> str:
    """A row key unique across halls: the number, with the hall code in front if it lacks it."""
    return number if number.startswith(f"{hall_code}-") else f"{hall_code}-{number}"
