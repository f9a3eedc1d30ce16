"""Per-clerk indicators (岗位责任制; 员工绩效 of hq-contract.md): one definition for the
dashboard (services/dashboard.py) and HQ's 员工绩效 sheet (counter_app/hq/sheets).

- 接待人次: visits started in the window; waiting and handling averaged over them.
- 满意率: 基本满意 and better of the rated visits (an unrated visit is left out);
  差评: 不满意, 非常不满意 (domain/queueing.py).
- 收费笔数, 收费金额: valid receipts paid in the window.
- 投诉数: complaints received in the window about a visit the clerk served. A rating's
  follow-up (评价回访) is not a complaint: the bad rating it follows is already one of
  the clerk's 差评, and counting it again made the dashboard say 1 where 员工绩效 said 0.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Protocol

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from counter_app.domain.indicators import ClerkFigures, RatingFigures
from counter_app.domain.queueing import BAD_UP_TO, SATISFIED_FROM
from counter_app.store.models import Complaint, User, Visit

__all__ = [
    "CLERK_COMPLAINT_KINDS",
    "ClerkTally",
    "VisitTotals",
    "clerk_complaints",
    "clerk_figures",
    "minutes_average",
]

# The kinds of complaint that count in a clerk's 投诉数.
CLERK_COMPLAINT_KINDS = ("complaint",)
ZERO = Decimal("0.00")
_TENTH = Decimal("0.1")
_RATIO_PLACES = Decimal("0.0001")
_SECOND = timedelta(seconds=1)


def clerk_complaints(
    s: Session, hall_id: int, lo: datetime | None, hi: datetime, *, lo_open: bool = False
) -> dict[int, int]:
    """投诉数 per clerk: complaints received in [lo, hi) (``lo_open``: in (lo, hi]; no lo:
    up to hi) about a visit the clerk served."""
    if lo is None:
        received = Complaint.received_at <= hi
    elif lo_open:
        received = and_(Complaint.received_at > lo, Complaint.received_at <= hi)
    else:
        received = and_(Complaint.received_at >= lo, Complaint.received_at < hi)
    rows = s.execute(
        select(Visit.clerk_id, func.count())
        .select_from(Complaint)
        .join(Visit, Visit.id == Complaint.visit_id)
        .where(Complaint.hall_id == hall_id, received, Complaint.kind.in_(CLERK_COMPLAINT_KINDS))
        .group_by(Visit.clerk_id)
    ).tuples()
    return {int(clerk_id): int(n) for clerk_id, n in rows}


# -- 员工绩效: one clerk's tally, row by row --------------------------------------------


@dataclass
class ClerkTally:
    """One clerk's indicators over a window, added up from the rows as they are read
    (HQ's 员工绩效: times in whole seconds, averages to 0.1 minute half up)."""

    visits: int = 0
    wait_seconds: int = 0
    waits: int = 0
    handle_seconds: int = 0
    handled: int = 0
    payments: int = 0
    paid: Decimal = field(default_factory=lambda: ZERO)
    rated: int = 0
    satisfied: int = 0
    bad: int = 0
    complaints: int = 0
    overdue: int = 0

    def visit(
        self,
        arrived: datetime | None,
        called: datetime | None,
        started: datetime,
        ended: datetime | None,
    ) -> None:
        """A visit started in the window: its wait (to the call, a walk-in to the start)."""
        self.visits += 1
        if arrived is not None:
            self.waits += 1
            self.wait_seconds += ((called or started) - arrived) // _SECOND
        if ended is not None:
            self.handled += 1
            self.handle_seconds += (ended - started) // _SECOND

    def rating(self, rating: int) -> None:
        self.rated += 1
        self.satisfied += rating >= SATISFIED_FROM
        self.bad += rating <= BAD_UP_TO

    def payment(self, total: Decimal) -> None:
        self.payments += 1
        self.paid += total

    @property
    def waiting_average(self) -> Decimal | None:
        return _average(self.wait_seconds, self.waits)

    @property
    def handling_average(self) -> Decimal | None:
        return _average(self.handle_seconds, self.handled)

    @property
    def satisfaction(self) -> Decimal | None:
        if not self.rated:
            return None
        return (Decimal(self.satisfied) / self.rated).quantize(_RATIO_PLACES, ROUND_HALF_UP)


def _average(seconds: int, n: int) -> Decimal | None:
    if not n:
        return None
    return (Decimal(seconds) / 60 / n).quantize(_TENTH, rounding=ROUND_HALF_UP)


# -- the dashboard: totals of visits by SQL ------------------------------------------------


class VisitCounts(Protocol):
    """What a group of visits gives: counts, summed seconds and ratings."""

    @property
    def visits(self) -> int: ...
    @property
    def waited(self) -> int: ...
    @property
    def wait_sum(self) -> int: ...
    @property
    def handled(self) -> int: ...
    @property
    def handle_sum(self) -> int: ...
    @property
    def ratings(self) -> dict[int, int]: ...


@dataclass
class VisitTotals:
    """Visits added up from groups (the dashboard's GROUP BY): durations in seconds."""

    visits: int = 0
    waited: int = 0
    wait_sum: int = 0  # seconds
    handled: int = 0
    handle_sum: int = 0  # seconds
    ratings: dict[int, int] = field(default_factory=dict)

    def add(self, group: VisitCounts) -> None:
        self.visits += group.visits
        self.waited += group.waited
        self.wait_sum += group.wait_sum
        self.handled += group.handled
        self.handle_sum += group.handle_sum
        for rating, n in group.ratings.items():
            self.ratings[rating] = self.ratings.get(rating, 0) + n

    # Rated, satisfied and bad as the dashboard's rating figures count them.
    @property
    def rated(self) -> int:
        return RatingFigures(self.ratings, 0).rated

    @property
    def satisfied(self) -> int:
        return RatingFigures(self.ratings, 0).satisfied

    @property
    def bad(self) -> int:
        return RatingFigures(self.ratings, 0).bad


def minutes_average(seconds: int, n: int) -> float | None:
    """The average of n durations adding up to ``seconds``, in minutes (2 places)."""
    return round(seconds / (60 * n), 2) if n else None


def clerk_figures(
    s: Session,
    hall_id: int,
    visits: Mapping[int, VisitTotals],
    payments: Mapping[int, tuple[int, Decimal]],
    complaints: Mapping[int, int],
    overdue: Mapping[int, int],
) -> tuple[ClerkFigures, ...]:
    """Every clerk with figures, and every active clerk (with zeros), by staff number."""
    users = s.execute(
        select(User.id, User.staff_no, User.display_name, User.role, User.active).where(
            User.hall_id == hall_id
        )
    ).all()
    out = []
    for u in users:
        acc = visits.get(u.id, VisitTotals())
        count, paid = payments.get(u.id, (0, ZERO))
        busy = acc.visits or count or complaints.get(u.id) or overdue.get(u.id)
        if not busy and not (u.active and u.role == "clerk"):
            continue
        out.append(
            ClerkFigures(
                user_id=u.id,
                staff_no=u.staff_no,
                name=u.display_name,
                visits=acc.visits,
                waiting_average=minutes_average(acc.wait_sum, acc.waited),
                handling_average=minutes_average(acc.handle_sum, acc.handled),
                payments=count,
                paid=paid,
                rated=acc.rated,
                satisfied=acc.satisfied,
                bad=acc.bad,
                complaints=complaints.get(u.id, 0),
                overdue=overdue.get(u.id, 0),
            )
        )
    return tuple(sorted(out, key=lambda c: (c.staff_no, c.user_id)))
