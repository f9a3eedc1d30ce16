"""指标看板: the hall's indicators over a day, an ISO week or a month (岗位责任制).

``dashboard(ctx, start, end)`` answers for the hall days ``start`` … ``end``
(both included; each hall day runs from local midnight, payments.day_bounds):

- visits, and by service category the average and 90th-percentile waiting
  minutes (called_at − arrived_at, visits that have both: a walk-in has no
  call and no wait) and handling minutes (ended_at − started_at, visits
  ended); a visit belongs to the day it started;
- the rating distribution 5 … 1 with the unrated visits beside it, and the
  satisfaction rate of the rated visits only (an unrated visit is neither
  satisfied nor not: it is left out of the rate, never counted as satisfied);
- payments (valid receipts, by paid_at) count and sum per method;
- complaints and follow-ups received in the period, and open and overdue now;
- tickets waiting now, applications due (the current step due on or before
  the period's last day, overdue ones included) and overdue (the current step
  due before today) among those in progress (a paused or returned application
  has its clock stopped);
- per clerk: visits served, average waiting and handling minutes, payments,
  satisfaction rate, bad ratings, complaints and overdue applications;
- per day: visits, rated and satisfied visits, for the trend charts.

Everything is computed by SQL; no query returns one row per visit or payment,
and none sorts the period's visits (a month of the 1,000,000-visit demo store
in about a quarter of a second: bench/dashboard.py).

- Durations are stored with each visit in whole seconds, visits.wait_seconds
  and handle_seconds (set where the times are stamped, models.Visit), so no
  date arithmetic is done here and SQLite and PostgreSQL run the same SQL.
- Counts and sums: the period's hall days and the (clerk, category) pairs of
  the visits (found by a loose index scan, a seek a pair) go into two small
  temporary tables of the reading connection; one GROUP BY over pairs × days
  × visits then seeks each clerk, category and day on the index
  visits(clerk_id, category, started_at, rating, hall_id, wait_seconds,
  handle_seconds) and reads only the period's entries of it, in group order:
  no sort. The five rating counts ride in one packed sum (RATING_BITS). The
  few thousand groups are added up in Python by day, clerk and category.
- The 90th percentile of each category and measure is the nearest-rank one,
  the k-th smallest of n with k = ⌈0.9 n⌉: ORDER BY the duration DESC with
  OFFSET n − k, walking visits(category, wait_seconds / handle_seconds, …)
  from the longest, which stops after about a tenth of the period's (more
  when the store spans much more than the period: then the period's are
  sorted instead, _p90).
- Payments likewise: (clerk, method) pairs, one seek each on
  payments(clerk_id, method, status, paid_at, hall_id, total).

The temporary tables are dropped at the end, and go with the read transaction's
rollback anyway (a read takes no write lock, store/db.py).

Indexes used: visits(clerk_id, category, started_at …), visits(category,
wait_seconds …), visits(category, handle_seconds …), visits(started_at),
payments(clerk_id, method, status, paid_at …), applications(status),
complaints(received_at, status), tickets(day, status).
"""

from __future__ import annotations

import calendar as _calendar
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Integer,
    MetaData,
    String,
    Table,
    TextClause,
    TextualSelect,
    and_,
    bindparam,
    case,
    column,
    func,
    insert,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session

from counter_app.domain.clock import local_date, local_naive
from counter_app.domain.queueing import BAD_UP_TO, RATING_NAMES, SATISFIED_FROM
from counter_app.domain.text import N_
from counter_app.domain.vocabulary import COMPLAINT_KINDS
from counter_app.services.context import AppContext
from counter_app.services.deadlines import (
    complaint_overdue_sql,
    current_step_overdue_sql,
    step_due_by_sql,
)
from counter_app.services.errors import UserError
from counter_app.services.payments import METHODS, day_bounds
from counter_app.store.models import (
    Application,
    ApplicationStep,
    Complaint,
    Hall,
    Ticket,
    User,
    Visit,
)
from counter_app.store.types import IdType, Money, UTCDateTime

__all__ = [
    "BAD_UP_TO",
    "PERIOD_KINDS",
    "RATING_NAMES",
    "SATISFIED_FROM",
    "CategoryFigures",
    "ClerkFigures",
    "ComplaintFigures",
    "Dashboard",
    "DayFigures",
    "MethodFigures",
    "Minutes",
    "Period",
    "RatingFigures",
    "dashboard",
    "day_period",
    "month_period",
    "period_of",
    "print_report",
    "week_period",
]

PERIOD_KINDS = {"day": N_("日"), "week": N_("周"), "month": N_("月")}
PERCENTILE = 90
UNCATEGORISED = "未分类"
# What counts in a clerk's 投诉数: complaints about their visits and the follow-ups of
# their bad ratings (which the rating flow creates in the clerk's name). A follow-up
# is also one of the clerk's 差评; drop "followup" here to count complaints only, as
# the HQ export's 员工绩效 does.
CLERK_COMPLAINT_KINDS = ("complaint", "followup")
ZERO = Decimal("0.00")


# -- periods --------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """Hall days ``start`` … ``end``, both included."""

    kind: str  # day / week / month / range
    start: date
    end: date

    @property
    def days(self) -> list[date]:
        return [self.start + timedelta(days=i) for i in range((self.end - self.start).days + 1)]

    @property
    def label(self) -> str:
        s, e = self.start, self.end
        if self.kind == "day":
            return f"{s.year}年{s.month}月{s.day}日"
        if self.kind == "week":
            year, week, _ = s.isocalendar()
            return f"{year}年第{week}周（{s.month}月{s.day}日—{e.month}月{e.day}日）"
        if self.kind == "month":
            return f"{s.year}年{s.month}月"
        return f"{s.year}年{s.month}月{s.day}日—{e.year}年{e.month}月{e.day}日"

    @property
    def tag(self) -> str:
        """For file names: 2026-10-27, 2026-W44, 2026-10, 2026-10-01_2026-10-15."""
        if self.kind == "day":
            return self.start.isoformat()
        if self.kind == "week":
            year, week, _ = self.start.isocalendar()
            return f"{year}-W{week:02d}"
        if self.kind == "month":
            return f"{self.start:%Y-%m}"
        return f"{self.start.isoformat()}_{self.end.isoformat()}"


def day_period(day: date) -> Period:
    return Period("day", day, day)


def week_period(day: date) -> Period:
    """The ISO week (Monday to Sunday) holding ``day``."""
    monday = day - timedelta(days=day.weekday())
    return Period("week", monday, monday + timedelta(days=6))


def month_period(day: date) -> Period:
    last = _calendar.monthrange(day.year, day.month)[1]
    return Period("month", day.replace(day=1), day.replace(day=last))


def period_of(kind: str, day: date) -> Period:
    """The day, ISO week or month (``kind`` day / week / month) holding ``day``."""
    makers = {"day": day_period, "week": week_period, "month": month_period}
    if kind not in makers:
        raise UserError("统计周期不正确：{kind}", kind=kind)
    return makers[kind](day)


# -- what the dashboard shows ---------------------------------------------------------


@dataclass(frozen=True)
class Minutes:
    """Durations of ``count`` visits: their average and 90th percentile, in minutes."""

    count: int
    average: float | None
    p90: float | None = None


@dataclass(frozen=True)
class CategoryFigures:
    category: str  # the queue prefix (A, B …); "" for a visit without one
    name: str
    visits: int
    waiting: Minutes
    handling: Minutes


@dataclass(frozen=True)
class MethodFigures:
    method: str  # cash / card / mobile
    name: str  # 现金 / 银行卡 / 移动支付
    count: int
    total: Decimal


def _rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


@dataclass(frozen=True)
class RatingFigures:
    """一次一评 of the visits in the period."""

    counts: dict[int, int]  # rating 5 … 1 -> visits, every level present
    unrated: int

    @property
    def rated(self) -> int:
        return sum(self.counts.values())

    @property
    def satisfied(self) -> int:
        return sum(n for r, n in self.counts.items() if r >= SATISFIED_FROM)

    @property
    def bad(self) -> int:
        return sum(n for r, n in self.counts.items() if r <= BAD_UP_TO)

    @property
    def rate(self) -> float | None:
        """Satisfied / rated (unrated visits left out); None when nothing was rated."""
        return _rate(self.satisfied, self.rated)


@dataclass(frozen=True)
class ClerkFigures:
    """One post's indicators (员工绩效, hq-contract.md)."""

    user_id: int
    staff_no: str
    name: str
    visits: int
    waiting_average: float | None
    handling_average: float | None
    payments: int
    paid: Decimal
    rated: int
    satisfied: int
    bad: int  # 差评: 不满意, 非常不满意
    complaints: int  # complaints about their visits, follow-ups of their bad ratings
    overdue: int  # their applications in progress past the current step's due date now

    @property
    def satisfaction(self) -> float | None:
        return _rate(self.satisfied, self.rated)


@dataclass(frozen=True)
class DayFigures:
    day: date
    visits: int
    rated: int
    satisfied: int

    @property
    def satisfaction(self) -> float | None:
        return _rate(self.satisfied, self.rated)


@dataclass(frozen=True)
class ComplaintFigures:
    kind: str  # complaint / followup
    name: str
    received: int  # in the period
    open: int  # not closed, now
    overdue: int  # not closed and past the contact or decision deadline, now


@dataclass(frozen=True)
class Dashboard:
    hall_name: str
    period: Period
    generated_at: datetime  # aware
    today: date
    visits: int
    waiting: Minutes  # over all categories (average only)
    handling: Minutes
    categories: tuple[CategoryFigures, ...]
    ratings: RatingFigures
    payments: tuple[MethodFigures, ...]  # every method, in METHODS order, then others
    complaints: tuple[ComplaintFigures, ...]  # complaint, followup
    tickets_waiting: int  # now
    applications_due: int
    applications_overdue: int
    clerks: tuple[ClerkFigures, ...]
    days: tuple[DayFigures, ...]
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def payment_count(self) -> int:
        return sum(m.count for m in self.payments)

    @property
    def payment_total(self) -> Decimal:
        return sum((m.total for m in self.payments), ZERO)

    @property
    def complaints_open(self) -> int:
        return sum(c.open for c in self.complaints)

    @property
    def complaints_overdue(self) -> int:
        return sum(c.overdue for c in self.complaints)

    def complaint(self, kind: str) -> ComplaintFigures:
        for figures in self.complaints:
            if figures.kind == kind:
                return figures
        return ComplaintFigures(kind, COMPLAINT_KINDS.get(kind, kind), 0, 0, 0)


# -- SQL building blocks ----------------------------------------------------------------


def _count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
    # COUNT(CASE WHEN … THEN 1 END): the same on SQLite and PostgreSQL.
    return func.count(case((condition, 1)))


# Two small temporary tables of the reading connection drive the seeks: the period's
# hall days, and the (clerk, category) or (clerk, method) pairs found in the store.
# They live in the read transaction: dropped at the end, and gone anyway on rollback.
DAYS = Table(
    "tmp_dashboard_days",
    MetaData(),
    Column("i", Integer, primary_key=True, autoincrement=False),  # index in Period.days
    Column("lo", UTCDateTime()),
    Column("hi", UTCDateTime()),
    prefixes=["TEMPORARY"],
)
PAIRS = Table(
    "tmp_dashboard_pairs",
    MetaData(),
    Column("j", Integer, primary_key=True, autoincrement=False),
    Column("clerk_id", IdType),
    Column("code", String(40)),  # the visits' category, or the payments' method
    prefixes=["TEMPORARY"],
)
MAX_DAYS = 1000  # the longest range asked for
# The indexes the statements below are written for (store/models.py, migration 0006).
VISITS_BY_CLERK = "ix_visits_clerk_category_started"
VISITS_BY_WAIT = "ix_visits_category_wait"
VISITS_BY_HANDLE = "ix_visits_category_handle"
PAYMENTS_BY_CLERK = "ix_payments_clerk_method_paid"
# The five rating counts of a clerk, category and day in one integer, a field of
# RATING_BITS bits each (rating r at bit RATING_BITS × (r − 1)): one SUM instead of
# five COUNT(CASE …), which takes a fifth off the pass. A group of more visits than a
# field holds has its ratings counted again, one by one (_exact_ratings).
RATING_BITS = 12
# _p90 walks a category's durations from the longest when that reads fewer index
# entries than WALK_FACTOR × the period's durations; else it sorts the period's.
WALK_FACTOR = 4


def _pairs(s: Session, table: str, first: str, second: str) -> list[tuple[Any, Any]]:
    """Every distinct (first, second) of ``table``, in order, by seeks on an index that
    leads with both (a loose index scan, one statement): a min() a pair and one a
    first value, never a pass over the table."""
    found = s.execute(
        text(
            "WITH RECURSIVE "
            f"firsts(a) AS (SELECT min({first}) FROM {table} UNION ALL "
            f"SELECT (SELECT min({first}) FROM {table} WHERE {first} > firsts.a) "
            "FROM firsts WHERE a IS NOT NULL), "
            f"pairs(a, b) AS (SELECT a, (SELECT min({second}) FROM {table} "
            f"WHERE {first} = firsts.a) FROM firsts WHERE a IS NOT NULL UNION ALL "
            f"SELECT a, (SELECT min({second}) FROM {table} "
            f"WHERE {first} = pairs.a AND {second} > pairs.b) FROM pairs WHERE b IS NOT NULL) "
            "SELECT a, b FROM pairs WHERE b IS NOT NULL ORDER BY a, b"
        )
    )
    return [(a, b) for a, b in found]


def _fill_pairs(s: Session, pairs: Sequence[tuple[Any, Any]]) -> None:
    s.execute(PAIRS.delete())
    if pairs:
        s.execute(
            insert(PAIRS), [{"j": j, "clerk_id": c, "code": x} for j, (c, x) in enumerate(pairs)]
        )


def _unpack_ratings(packed: int | None) -> dict[int, int]:
    """Rating -> visits from a sum of ratings packed RATING_BITS bits apart (levels
    with none left out)."""
    packed = int(packed or 0)
    mask = (1 << RATING_BITS) - 1
    counts = {r: (packed >> (RATING_BITS * (r - 1))) & mask for r in RATING_NAMES}
    return {r: n for r, n in counts.items() if n}


# The two statements that join the temporary tables are written out: SQLite keeps the
# order of a CROSS JOIN (pairs, then days, then the seek), which SQLAlchemy's join()
# cannot say, and left to itself it plans a pass over every visit. PostgreSQL takes
# the same SQL and plans it freely.


def visit_groups_statement(hall_id: int) -> TextClause:
    """Per pair (clerk, category) and hall day of the temporary tables: visits, waited,
    wait seconds, handled, handle seconds and the ratings packed in one sum.

    Each pair and day is one seek of VISITS_BY_CLERK (clerk, category, started_at …)
    whose entries hold everything summed, so the pass reads only the period's index
    entries; the pairs and days are the outer loops, in the GROUP BY's order, so
    SQLite streams the groups instead of sorting the visits."""
    packed = " ".join(f"WHEN {r} THEN {1 << (RATING_BITS * (r - 1))}" for r in RATING_NAMES)
    return text(
        "SELECT p.j, d.i, count(*), count(v.wait_seconds), sum(v.wait_seconds), "
        "count(v.handle_seconds), sum(v.handle_seconds), "
        f"sum(CASE v.rating {packed} END) "
        f"FROM {PAIRS.name} AS p CROSS JOIN {DAYS.name} AS d CROSS JOIN visits AS v "
        "WHERE v.clerk_id = p.clerk_id AND v.category = p.code "
        "AND v.started_at >= d.lo AND v.started_at < d.hi AND v.hall_id = :hall_id "
        "GROUP BY p.j, d.i"
    ).bindparams(hall_id=hall_id)


def _exact_ratings(
    s: Session, hall_id: int, clerk_id: int, category: str, lo: datetime, hi: datetime
) -> dict[int, int]:
    rows = s.execute(
        select(Visit.rating, func.count())
        .where(
            Visit.clerk_id == clerk_id,
            Visit.category == category,
            Visit.started_at >= lo,
            Visit.started_at < hi,
            Visit.hall_id == hall_id,
            Visit.rating.in_(list(RATING_NAMES)),
        )
        .group_by(Visit.rating)
    )
    return {int(r): int(n) for r, n in rows}


@dataclass(frozen=True)
class _Group:
    """The visits of one clerk, category and hall day."""

    clerk_id: int
    category: str
    day: int  # index in Period.days
    visits: int
    waited: int
    wait_sum: int  # seconds
    handled: int
    handle_sum: int  # seconds
    ratings: dict[int, int]  # rating -> visits, rated ones only


def _visit_groups(
    s: Session, hall_id: int, bounds: Sequence[tuple[datetime, datetime]]
) -> list[_Group]:
    """The period's visits by clerk, category and hall day (DAYS filled)."""
    pairs = _pairs(s, "visits", "clerk_id", "category")  # VISITS_BY_CLERK
    _fill_pairs(s, pairs)
    out = []
    for j, i, n, waited, wait_sum, handled, handle_sum, packed in s.execute(
        visit_groups_statement(hall_id)
    ).tuples():
        clerk_id, category = pairs[j]
        if n >> RATING_BITS:  # a field could have overflowed: count them one by one
            ratings = _exact_ratings(s, hall_id, clerk_id, category, *bounds[i])
        else:
            ratings = _unpack_ratings(packed)
        out.append(
            _Group(
                clerk_id,
                category,
                i,
                n,
                waited,
                int(wait_sum or 0),
                handled,
                int(handle_sum or 0),
                ratings,
            )
        )
    return out


def _rank(n: int) -> int:
    """Nearest-rank 90th percentile: the k-th smallest of n, k = ⌈0.9 n⌉."""
    return (PERCENTILE * n + 99) // 100


def _spread(s: Session, lo: datetime, hi: datetime) -> float:
    """How many times the period the store's visits span (at least 1): the share of a
    category's durations a walk from the longest reads to find the period's."""
    first = s.scalar(select(func.min(Visit.started_at)))
    last = s.scalar(select(func.max(Visit.started_at)))
    if first is None or last is None:
        return 1.0
    return max(1.0, (max(last, hi) - min(first, lo)) / (hi - lo))


def _p90(
    s: Session,
    hall_id: int,
    category: str,
    measure: str,
    n: int,
    lo: datetime,
    hi: datetime,
    clerks: Sequence[int],
    spread: float,
) -> float | None:
    """The k-th smallest of the category's n durations in [lo, hi), in minutes: the
    (n − k + 1)-th longest, ORDER BY … DESC with OFFSET n − k.

    Two ways, the same value: walking the category's durations from the longest
    (VISITS_BY_WAIT / VISITS_BY_HANDLE give that order: no sort; the walk reads about
    spread × (n − k + 1) entries, skipping the other periods' ones), or, when that
    would read more than WALK_FACTOR × n (a day among years of visits), sorting the
    period's n durations, found by seeks per clerk of VISITS_BY_CLERK (SQLite's sorter
    keeps only the top tenth)."""
    if n <= 0:
        return None
    column = Visit.wait_seconds if measure == "waiting" else Visit.handle_seconds
    skip = n - _rank(n)
    in_period = (
        Visit.category == category,
        Visit.started_at >= lo,
        Visit.started_at < hi,
        Visit.hall_id == hall_id,
    )
    if (skip + 1) * spread <= WALK_FACTOR * n:
        query = select(column).where(*in_period, column.is_not(None)).order_by(column.desc())
    else:
        # "+ 0" leaves the planner no term the walk's index could serve: it would take
        # that index, sort, and read every visit's row for its clerk.
        value = column + 0
        query = (
            select(column)
            .where(*in_period, Visit.clerk_id.in_(clerks), value.is_not(None))
            .order_by(value.desc())
        )
    found = s.scalar(query.limit(1).offset(skip))
    return None if found is None else _round(found / 60)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _average(seconds: int, n: int) -> float | None:
    """The average of n durations adding up to ``seconds``, in minutes."""
    return _round(seconds / (60 * n)) if n else None


# -- the dashboard --------------------------------------------------------------------


@dataclass
class _Acc:
    visits: int = 0
    waited: int = 0
    wait_sum: int = 0  # seconds
    handled: int = 0
    handle_sum: int = 0  # seconds
    ratings: dict[int, int] = field(default_factory=dict)

    def add(self, group: _Group) -> None:
        self.visits += group.visits
        self.waited += group.waited
        self.wait_sum += group.wait_sum
        self.handled += group.handled
        self.handle_sum += group.handle_sum
        for rating, n in group.ratings.items():
            self.ratings[rating] = self.ratings.get(rating, 0) + n

    @property
    def rated(self) -> int:
        return sum(self.ratings.values())

    @property
    def satisfied(self) -> int:
        return sum(n for r, n in self.ratings.items() if r >= SATISFIED_FROM)

    @property
    def bad(self) -> int:
        return sum(n for r, n in self.ratings.items() if r <= BAD_UP_TO)


def _category_names(ctx: AppContext) -> tuple[dict[str, str], tuple[str, ...], str | None]:
    """Queue category names from the rules (resources/queue.toml, checked at start-up)."""
    cfg = ctx.rules.queue
    return {c.prefix: c.name for c in cfg.categories}, cfg.prefixes, None


def _clerks(
    s: Session,
    hall_id: int,
    visits: dict[int, _Acc],
    payments: dict[int, tuple[int, Decimal]],
    complaints: dict[int, int],
    overdue: dict[int, int],
) -> tuple[ClerkFigures, ...]:
    users = s.execute(
        select(User.id, User.staff_no, User.display_name, User.role, User.active).where(
            User.hall_id == hall_id
        )
    ).all()
    out = []
    for u in users:
        acc = visits.get(u.id, _Acc())
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
                waiting_average=_average(acc.wait_sum, acc.waited),
                handling_average=_average(acc.handle_sum, acc.handled),
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


def dashboard(ctx: AppContext, start: date, end: date, kind: str = "range") -> Dashboard:
    """The indicators of the hall days ``start`` … ``end`` (both included).

    ``kind`` (day / week / month / range) only names the period on screen and paper;
    use ``period_of`` for a day, an ISO week or a month.
    """
    if end < start:
        raise UserError("统计周期的结束日期早于开始日期")
    if (end - start).days >= MAX_DAYS:
        raise UserError("统计周期最长{MAX_DAYS}天", MAX_DAYS=MAX_DAYS)
    period = Period(kind, start, end)
    now = ctx.clock()
    today = local_date(now)
    bounds = [day_bounds(day) for day in period.days]
    lo, hi = bounds[0][0], bounds[-1][1]
    names, prefixes, config_problem = _category_names(ctx)
    with ctx.read() as s:
        hall = s.scalar(select(Hall).order_by(Hall.id).limit(1))
        if hall is None:
            raise UserError("营业厅尚未设置")
        hall_id = hall.id

        # Visits by clerk, category and day: one seek per pair and day, no sort; then
        # the percentiles of each category, and the payments by clerk and method.
        total = _Acc()
        by_clerk: dict[int, _Acc] = {}
        by_category: dict[str, _Acc] = {}
        clerks_of: dict[str, list[int]] = {}
        by_day = [_Acc() for _ in period.days]
        connection = s.connection()
        DAYS.create(connection)
        PAIRS.create(connection)
        try:
            s.execute(insert(DAYS), [{"i": i, "lo": a, "hi": b} for i, (a, b) in enumerate(bounds)])
            for group in _visit_groups(s, hall_id, bounds):
                total.add(group)
                by_clerk.setdefault(group.clerk_id, _Acc()).add(group)
                by_category.setdefault(group.category, _Acc()).add(group)
                by_day[group.day].add(group)
                served = clerks_of.setdefault(group.category, [])
                if group.clerk_id not in served:
                    served.append(group.clerk_id)
            order = [p for p in prefixes if p in by_category]
            order += sorted(c for c in by_category if c not in order)
            spread = _spread(s, lo, hi) if by_category else 1.0
            p90 = {
                (cat, measure): _p90(s, hall_id, cat, measure, n, lo, hi, clerks_of[cat], spread)
                for cat in order
                for measure, n in (
                    ("waiting", by_category[cat].waited),
                    ("handling", by_category[cat].handled),
                )
            }
            payments, clerk_pay = _payments(s, hall_id, lo, hi)
        finally:
            PAIRS.drop(connection)
            DAYS.drop(connection)
        days = tuple(
            DayFigures(day, acc.visits, acc.rated, acc.satisfied)
            for day, acc in zip(period.days, by_day, strict=True)
        )
        categories = tuple(
            CategoryFigures(
                category=cat,
                name=names.get(cat, cat) if cat else UNCATEGORISED,
                visits=acc.visits,
                waiting=Minutes(
                    acc.waited, _average(acc.wait_sum, acc.waited), p90[cat, "waiting"]
                ),
                handling=Minutes(
                    acc.handled, _average(acc.handle_sum, acc.handled), p90[cat, "handling"]
                ),
            )
            for cat, acc in ((c, by_category[c]) for c in order)
        )

        complaints, clerk_complaints = _complaints(s, hall_id, lo, hi, today)
        due, overdue, clerk_overdue = _applications(s, hall_id, end, today)
        waiting_now = s.scalar(
            select(func.count())
            .select_from(Ticket)
            .where(Ticket.hall_id == hall_id, Ticket.day == today, Ticket.status == "waiting")
        )
        clerks = _clerks(s, hall_id, by_clerk, clerk_pay, clerk_complaints, clerk_overdue)

    notes = []
    if config_problem:
        notes.append(f"排队配置读取失败，服务类别只显示代码：{config_problem}")
    return Dashboard(
        hall_name=hall.name,
        period=period,
        generated_at=now,
        today=today,
        visits=total.visits,
        waiting=Minutes(total.waited, _average(total.wait_sum, total.waited)),
        handling=Minutes(total.handled, _average(total.handle_sum, total.handled)),
        categories=categories,
        ratings=RatingFigures(
            {r: total.ratings.get(r, 0) for r in RATING_NAMES}, total.visits - total.rated
        ),
        payments=payments,
        complaints=complaints,
        tickets_waiting=int(waiting_now or 0),
        applications_due=due,
        applications_overdue=overdue,
        clerks=clerks,
        days=days,
        notes=tuple(notes),
    )


def payment_groups_statement(hall_id: int, lo: datetime, hi: datetime) -> TextualSelect:
    """Valid receipts paid in [lo, hi) per pair (clerk, method) of PAIRS: count and sum,
    one seek of PAYMENTS_BY_CLERK each, whose entries hold the amount."""
    return (
        text(
            f"SELECT p.j, count(*) AS n, sum(pay.total) AS total FROM {PAIRS.name} AS p "
            "CROSS JOIN payments AS pay "
            "WHERE pay.clerk_id = p.clerk_id AND pay.method = p.code "
            "AND pay.status = 'valid' AND pay.paid_at >= :lo AND pay.paid_at < :hi "
            "AND pay.hall_id = :hall_id "
            "GROUP BY p.j"
        )
        .bindparams(
            bindparam("lo", lo, type_=UTCDateTime()),
            bindparam("hi", hi, type_=UTCDateTime()),
            hall_id=hall_id,
        )
        .columns(column("j", Integer), column("n", Integer), column("total", Money()))
    )


def _payments(
    s: Session, hall_id: int, lo: datetime, hi: datetime
) -> tuple[tuple[MethodFigures, ...], dict[int, tuple[int, Decimal]]]:
    """Valid receipts paid in [lo, hi): per method (METHODS first, in order, then any
    other by clerk and name), and per clerk (count, sum). PAIRS is refilled."""
    pairs = _pairs(s, "payments", "clerk_id", "method")  # PAYMENTS_BY_CLERK
    _fill_pairs(s, pairs)
    by_method: dict[str, tuple[int, Decimal]] = {m: (0, ZERO) for m in METHODS}
    by_clerk: dict[int, tuple[int, Decimal]] = {}
    for j, n, amount in s.execute(payment_groups_statement(hall_id, lo, hi)):
        clerk_id, method = pairs[j]
        amount = amount if amount is not None else ZERO
        count_so_far, sum_so_far = by_method.get(method, (0, ZERO))
        by_method[method] = (count_so_far + n, sum_so_far + amount)
        count_so_far, sum_so_far = by_clerk.get(clerk_id, (0, ZERO))
        by_clerk[clerk_id] = (count_so_far + n, sum_so_far + amount)
    figures = tuple(MethodFigures(m, METHODS.get(m, m), n, t) for m, (n, t) in by_method.items())
    return figures, by_clerk


def _complaints(
    s: Session, hall_id: int, lo: datetime, hi: datetime, today: date
) -> tuple[tuple[ComplaintFigures, ...], dict[int, int]]:
    """Per kind: received in the period, open now, overdue now (the rule of
    services.complaints: not closed, and not contacted past contact_due or not
    resolved past decision_due). Per clerk: the complaints about their visits and the
    follow-ups of their bad ratings (created by them), received in the period."""
    received = and_(Complaint.received_at >= lo, Complaint.received_at < hi)
    still_open = Complaint.status != "closed"
    late = complaint_overdue_sql(today)
    rows = s.execute(
        select(
            Complaint.kind,
            _count_if(received).label("received"),
            _count_if(still_open).label("open"),
            _count_if(late).label("late"),
        )
        .where(Complaint.hall_id == hall_id, or_(received, still_open))
        .group_by(Complaint.kind)
    ).all()
    found = {r.kind: r for r in rows}
    kinds: list[str] = [*COMPLAINT_KINDS, *sorted(k for k in found if k not in COMPLAINT_KINDS)]
    figures = tuple(
        ComplaintFigures(
            kind,
            COMPLAINT_KINDS.get(kind, kind),
            found[kind].received if kind in found else 0,
            found[kind].open if kind in found else 0,
            found[kind].late if kind in found else 0,
        )
        for kind in kinds
    )
    whose = func.coalesce(
        Visit.clerk_id, case((Complaint.kind == "followup", Complaint.created_by))
    ).label("clerk_id")
    per_clerk = s.execute(
        select(whose, func.count().label("n"))
        .select_from(Complaint)
        .outerjoin(Visit, Visit.id == Complaint.visit_id)
        .where(Complaint.hall_id == hall_id, received, Complaint.kind.in_(CLERK_COMPLAINT_KINDS))
        .group_by(whose)
    ).all()
    return figures, {r.clerk_id: r.n for r in per_clerk if r.clerk_id is not None}


def _applications(
    s: Session, hall_id: int, end: date, today: date
) -> tuple[int, int, dict[int, int]]:
    """In progress with the current step due by ``end`` (overdue included), overdue now
    (due before today), and the overdue ones per accepting clerk."""
    rows = s.execute(
        select(
            Application.clerk_id,
            _count_if(step_due_by_sql(end)).label("due"),
            _count_if(current_step_overdue_sql(today)).label("overdue"),
        )
        .join(
            ApplicationStep,
            and_(
                ApplicationStep.application_id == Application.id,
                ApplicationStep.code == Application.current_step,
            ),
        )
        .where(Application.hall_id == hall_id, Application.status == "in_progress")
        .group_by(Application.clerk_id)
    ).all()
    due = sum(r.due for r in rows)
    overdue = sum(r.overdue for r in rows)
    return due, overdue, {r.clerk_id: r.overdue for r in rows if r.overdue}


# -- the printed report -----------------------------------------------------------------


def print_report(ctx: AppContext, figures: Dashboard, folder: Path) -> Path:
    """The dashboard as an A4 PDF report in ``folder``; returns its path."""
    from counter_app.printing.dashboard_report import render_dashboard_report

    stamp = local_naive(figures.generated_at).strftime("%Y%m%d%H%M%S")
    path: Path = render_dashboard_report(
        figures, folder / f"指标看板_{figures.period.tag}_{stamp}.pdf", ctx.training
    )
    return path
