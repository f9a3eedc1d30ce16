"""复电 after arrears: the two business codes and the deadline rule.

A disconnection for arrears (欠费停电) is recorded by a supervisor; the payment that
clears the account's open arrears starts a 复电 whose deadline is the payment's time
plus the 复电 workflow's time limit counted as whole days of 24 hours (domain.md: within
1 day under the 2024 供电营业规则; the State Grid pledge: 24 hours), not working days.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from counter_app.domain.text import N_

RECONNECTION = "reconnection"  # resources/workflows/reconnection.toml
DISCONNECTION = "arrears_disconnection"  # a record, not a business offered in the catalogue
DISCONNECTION_NAME = N_("欠费停电")
DISCONNECTION_STEP = ("record", N_("停电登记"))


def deadline(started_at: datetime, limit_days: int) -> datetime:
    """Restore by: the start plus the limit in calendar days of 24 hours."""
    return started_at + timedelta(days=limit_days)


def deadline_of(details: Mapping[str, Any]) -> datetime | None:
    """The deadline a 复电 keeps in its details (an aware ISO time), or None."""
    text = details.get("deadline")
    if not isinstance(text, str):
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None
