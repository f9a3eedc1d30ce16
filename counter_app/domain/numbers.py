"""The number series (编号) the hall issues: one table of their formats.

Each series names its ``sequences`` row, formats a number from the row's value, and
parses a number back into (hall, day, counter, n). The owning services (visits,
applications, payments, settlement, tracking), the demo and `counter-app check` all
use this table, so a format has one home and cannot drift between them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Parsed:
    hall: str
    day: str  # yyyymmdd; "" for a series without days
    counter: str  # "" for a series not per counter
    n: int


@dataclass(frozen=True)
class NumberSeries:
    key: str  # as `counter-app check` names it
    title: str  # 收据编号 …
    noun: str  # 收据 …
    sequence: str  # the ``sequences`` row's name starts "{sequence}:"
    per_counter: bool
    daily: bool
    # The whole number, with groups hall, day (daily series), counter (per counter), n.
    pattern: re.Pattern[str]
    shape: str  # str.format of the number from hall, day, counter, n (and digits)

    @property
    def prefix(self) -> str:
        return f"{self.sequence}:"

    def sequence_name(self, hall: str, day: date | None = None, counter: str = "") -> str:
        parts = [self.sequence, hall]
        if self.per_counter:
            parts.append(counter)
        if self.daily:
            assert day is not None
            parts.append(f"{day:%Y%m%d}")
        return ":".join(parts)

    def show(self, hall: str, day: str, counter: str, n: int) -> str:
        """The number for ``n`` with the day as yyyymmdd text (as sequence names hold it)."""
        return self.shape.format(hall=hall, day=day, counter=counter, n=n, digits=hall_digits(hall))

    def format(self, hall: str, n: int, day: date | None = None, counter: str = "") -> str:
        return self.show(hall, f"{day:%Y%m%d}" if day is not None else "", counter, n)

    def parse(self, number: str) -> Parsed | None:
        match = self.pattern.fullmatch(number)
        if match is None:
            return None
        groups = match.groupdict()
        return Parsed(
            groups.get("hall") or "", groups.get("day") or "", groups.get("counter") or "",
            int(groups["n"]),
        )  # fmt: skip

    def check(self, number: str, hall: str) -> bool:
        """Whether ``number`` has this series' shape and belongs to ``hall``."""
        parsed = self.parse(number)
        if parsed is None:
            return False
        if self.key == "accounts":
            return number.startswith(hall_digits(hall))
        return parsed.hall == hall


def hall_digits(hall: str) -> str:
    """The six digits an account number starts with: the hall code's, padded."""
    return "".join(ch for ch in hall if ch.isdigit())[:6].ljust(6, "0")


RECEIPTS = NumberSeries(
    "receipts", "收据编号", "收据", "receipt", True, True,
    re.compile(r"(?P<hall>[^-]+)-(?P<counter>.+)-(?P<day>\d{8})-(?P<n>\d+)"),
    "{hall}-{counter:0>2}-{day}-{n:04d}",
)  # fmt: skip
APPLICATIONS = NumberSeries(
    "applications", "受理编号", "受理", "application", False, True,
    re.compile(r"(?P<hall>[^-]+)-(?P<day>\d{8})-(?P<n>\d+)"),
    "{hall}-{day}-{n:04d}",
)  # fmt: skip
VISITS = NumberSeries(
    "visits", "来访编号", "来访", "visit", False, True,
    re.compile(r"(?P<hall>[^-]+)-V(?P<day>\d{8})-(?P<n>\d+)"),
    "{hall}-V{day}-{n:04d}",
)  # fmt: skip
SETTLEMENTS = NumberSeries(
    "settlements", "日结编号", "日结", "settlement", False, True,
    re.compile(r"(?P<hall>[^-]+)-RJ(?P<day>\d{8})-(?P<n>\d+)"),
    "{hall}-RJ{day}-{n:03d}",
)  # fmt: skip
# 走访计划: a supervisor's plan of visits and surveys (services/field_visits.py).
VISIT_PLANS = NumberSeries(
    "visit_plans", "走访计划编号", "走访计划", "visit_plan", False, True,
    re.compile(r"(?P<hall>[^-]+)-ZF(?P<day>\d{8})-(?P<n>\d+)"),
    "{hall}-ZF{day}-{n:03d}",
)  # fmt: skip
# 户号 the app opens: the hall code's six digits and a per-hall number (12 digits).
ACCOUNTS = NumberSeries(
    "accounts", "户号", "户号", "account", False, False,
    re.compile(r"(?P<digits>\d{6})(?P<n>\d{6})"),
    "{digits}{n:06d}",
)  # fmt: skip

# The series `counter-app check` counts for gaps, in its order.
CHECKED = (RECEIPTS, APPLICATIONS, VISITS, SETTLEMENTS)


# -- what a clerk types, and sequence names read back ------------------------------

# A hall code (营业厅编码) as setting up a hall accepts it: the hall part of every number.
HALL_CODE = re.compile(r"[A-Za-z0-9]{4,20}", re.ASCII)
# An application number as this app issues it (hall code, day, n of 4 digits or more):
# the lookup tells a typed number from a name or address by it.
ISSUED_APPLICATION_NO = re.compile(rf"{HALL_CODE.pattern}-\d{{8}}-\d{{4,}}", re.ASCII)

# A day (yyyymmdd) or a year in a sequence name: how old the series is.
_DATED = re.compile(r":(?:\d{8}|\d{4})(?=:|$)")
_DAY = re.compile(r"\d{8}")


def sequence_kind(name: str) -> str:
    """The series a sequence name belongs to, whatever its day or year: ``receipt:330101:1:*``
    for ``receipt:330101:1:20261206`` (the same kind, hall, counter or category)."""
    return _DATED.sub(":*", name)


def sequence_where(name: str) -> str:
    """A sequence in words, after its kind and hall: ``2026-12-06 1号柜台`` for
    ``receipt:330101:1:20261206``."""
    parts = name.split(":")[2:]
    words: list[str] = []
    for i, part in enumerate(parts):
        if _DAY.fullmatch(part):
            words.insert(0, f"{part[:4]}-{part[4:6]}-{part[6:]}")
        elif name.startswith(f"{RECEIPTS.sequence}:") and i == 0:
            words.append(f"{part}号柜台")
        elif part:
            words.append(part)
    return " ".join(words)
