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

Everything is computed by SQL; no query returns one row per visit or payment.
The period's visits are read once, by an INSERT … SELECT over the started_at
index (a UNION ALL of one SELECT per hall day, so the day needs no date
function), into a temporary table of the reading connection: one row a visit
with its group key (clerk, category, rating and day in one integer, which
SQLite sorts several times faster than four columns), its category and its
waiting and handling minutes. Durations are computed there, by dialect: on
SQLite (julianday(b) − julianday(a)) × 1440, on PostgreSQL
EXTRACT(EPOCH FROM b − a) / 60. From that table one GROUP BY gives every count
and sum (by day, clerk, category and rating, added up in Python from a few
thousand groups), and the 90th percentile of each category and measure is the
nearest-rank one, the k-th smallest of n with k = ⌈0.9 n⌉, found by ORDER BY
the duration DESC with OFFSET n − k (descending, so SQLite's sorter keeps only
the top tenth). The table is dropped at the end, and goes with the read
transaction's rollback anyway.

Indexes used: visits(started_at), payments(paid_at), applications(status),
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
    BigInteger,
    Column,
    ColumnElement,
    Float,
    MetaData,
    String,
    Table,
    and_,
    case,
    extract,
    func,
    insert,
    or_,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session

from counter_app.domain.clock import local_date, local_naive
from counter_app.services.context import AppContext
from counter_app.services.errors import UserError
from counter_app.services.payments import METHODS, day_bounds
from counter_app.store.models import (
    Application,
    ApplicationStep,
    Complaint,
    Hall,
    Payment,
    Ticket,
    User,
    Visit,
)

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

# 满意率 = visits rated 基本满意 or better / visits rated. The five levels are those of
# the State Council's 政务服务"好差评" rules (国办发〔2019〕51号), which State Grid halls'
# 评价器 follow: 差评 is 不满意 and 非常不满意 (they open a follow-up, queue.toml
# bad_ratings), so 基本满意 is not a bad rating and counts as satisfied; satisfied and
# bad then add up to the rated visits. The HQ export's 员工绩效 (services/export.py,
# SATISFIED_FROM) counts the same way. A province that counts only 非常满意 and 满意
# changes SATISFIED_FROM to 4; the distribution shown beside the rate lets a reader
# work out either figure.
SATISFIED_FROM = 3
BAD_UP_TO = 2  # 差评: 不满意, 非常不满意
RATING_NAMES = {5: "非常满意", 4: "满意", 3: "基本满意", 2: "不满意", 1: "非常不满意"}
PERIOD_KINDS = {"day": "日", "week": "周", "month": "月"}
PERCENTILE = 90
UNCATEGORISED = "未分类"
COMPLAINT_KINDS = {"complaint": "投诉/意见", "followup": "差评回访"}
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
        raise UserError(f"统计周期不正确：{kind}")
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


def minutes_between(dialect: str, start: Any, end: Any) -> ColumnElement[float]:
    """end − start in minutes (a float), computed by the database; NULL when either is."""
    if dialect == "postgresql":
        return type_coerce(extract("epoch", end - start) / 60.0, Float)
    return type_coerce((func.julianday(end) - func.julianday(start)) * 1440.0, Float)


def _waiting(dialect: str) -> ColumnElement[float]:
    return minutes_between(dialect, Visit.arrived_at, Visit.called_at)


def _handling(dialect: str) -> ColumnElement[float]:
    return minutes_between(dialect, Visit.started_at, Visit.ended_at)


def _has_waiting() -> ColumnElement[bool]:
    return and_(Visit.arrived_at.is_not(None), Visit.called_at.is_not(None))


def _has_handling() -> ColumnElement[bool]:
    return Visit.ended_at.is_not(None)


def _visits_in(hall_id: int, lo: datetime, hi: datetime) -> ColumnElement[bool]:
    return and_(Visit.hall_id == hall_id, Visit.started_at >= lo, Visit.started_at < hi)


def _count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
    # COUNT(CASE WHEN … THEN 1 END): the same on SQLite and PostgreSQL.
    return func.count(case((condition, 1)))


# The period's visits, one row each, in a temporary table of the reading connection:
# filled by one pass over the started_at index (the only pass that reads visits and
# computes durations), then grouped once and ranked once per category and measure.
# It lives in the read transaction: dropped at the end, and gone anyway on rollback.
SCRATCH = Table(
    "tmp_dashboard_visits",
    MetaData(),
    Column("k", BigInteger),  # clerk, category code, rating and day, see _group_key
    Column("category", String(4)),
    Column("waiting", Float),
    Column("handling", Float),
    prefixes=["TEMPORARY"],
)
MAX_DAYS = 1000  # the day index takes 10 bits of the group key
DAYS_PER_STATEMENT = 100  # SQLite allows 500 terms in a compound SELECT
OTHER_CATEGORY = 63  # the code of a category queue.toml does not name


def _group_key(categories: Sequence[str], i: int) -> ColumnElement[int]:
    """clerk, category, rating and day in one integer:
    ((clerk_id × 64 + category code) × 8 + rating) × 1024 + day index.

    One integer key sorts several times faster than four columns in SQLite's
    GROUP BY. The category code is its place in ``categories`` (1 …), 0 for none,
    OTHER_CATEGORY for any other; the rating is 0 for unrated (and anything not
    1 … 5, which the app never stores)."""
    code = case(
        {"": 0, **{c: n for n, c in enumerate(categories, start=1)}},
        value=Visit.category,
        else_=OTHER_CATEGORY,
    )
    rating = case((Visit.rating.between(1, 5), Visit.rating), else_=0)
    return ((Visit.clerk_id * 64 + code) * 8 + rating) * 1024 + i


def _split_key(k: int) -> tuple[int, int, int | None, int]:
    """(clerk_id, category code, rating or None, day index) of a _group_key."""
    rating = (k // 1024) % 8
    return k // (1024 * 8 * 64), (k // (1024 * 8)) % 64, rating or None, k % 1024


def fill_statements(
    dialect: str, hall_id: int, days: Sequence[date], categories: Sequence[str]
) -> list[Any]:
    """INSERT … SELECT of the period's visits into SCRATCH, a UNION ALL of one SELECT
    per hall day over the started_at index (the day needs no date function)."""
    statements = []
    columns = ["k", "category", "waiting", "handling"]
    for first in range(0, len(days), DAYS_PER_STATEMENT):
        parts = []
        for i in range(first, min(len(days), first + DAYS_PER_STATEMENT)):
            lo, hi = day_bounds(days[i])
            parts.append(
                select(
                    _group_key(categories, i),
                    Visit.category,
                    case((_has_waiting(), _waiting(dialect))),
                    case((_has_handling(), _handling(dialect))),
                ).where(_visits_in(hall_id, lo, hi))
            )
        source = parts[0] if len(parts) == 1 else union_all(*parts)
        statements.append(insert(SCRATCH).from_select(columns, source))
    return statements


def _rank(n: int) -> int:
    """Nearest-rank 90th percentile: the k-th smallest of n, k = ⌈0.9 n⌉."""
    return (PERCENTILE * n + 99) // 100


def _p90(s: Session, category: str, measure: str, n: int) -> float | None:
    """The k-th smallest of the n durations: ORDER BY DESC, OFFSET n − k (descending,
    so SQLite's sorter keeps only the top tenth)."""
    if n <= 0:
        return None
    column = SCRATCH.c.waiting if measure == "waiting" else SCRATCH.c.handling
    value = s.scalar(
        select(column)
        .where(SCRATCH.c.category == category, column.is_not(None))
        .order_by(column.desc())
        .limit(1)
        .offset(n - _rank(n))
    )
    return None if value is None else float(value)


def _scratch_groups(s: Session, categories: Sequence[str]) -> list[tuple[Any, ...]]:
    """(clerk_id, category, rating, day index, visits, waited, wait_sum, handled,
    handle_sum) per group of SCRATCH."""
    sums = (
        func.count(),
        func.count(SCRATCH.c.waiting),
        func.sum(SCRATCH.c.waiting),
        func.count(SCRATCH.c.handling),
        func.sum(SCRATCH.c.handling),
    )
    names = {0: "", **{n: c for n, c in enumerate(categories, start=1)}}
    out: list[tuple[Any, ...]] = []
    others = False
    for k, *figures in s.execute(select(SCRATCH.c.k, *sums).group_by(SCRATCH.c.k)):
        clerk_id, code, rating, i = _split_key(k)
        if code == OTHER_CATEGORY:
            others = True
            continue
        out.append((clerk_id, names[code], rating, i, *figures))
    if others:  # categories queue.toml does not name: grouped by their text as well
        known = ["", *categories]
        rows = s.execute(
            select(SCRATCH.c.k, SCRATCH.c.category, *sums)
            .where(SCRATCH.c.category.not_in(known))
            .group_by(SCRATCH.c.k, SCRATCH.c.category)
        )
        for k, category, *figures in rows:
            clerk_id, _code, rating, i = _split_key(k)
            out.append((clerk_id, category, rating, i, *figures))
    return out


def _round(value: float | None) -> float | None:
    # julianday arithmetic leaves ~1e-6 minute noise; two decimals is far below display.
    return None if value is None else round(value, 2)


def _average(total: float | None, n: int) -> float | None:
    return _round((total or 0.0) / n) if n else None


# -- the dashboard --------------------------------------------------------------------


@dataclass(frozen=True)
class _Group:
    rating: int | None
    visits: int
    waited: int
    wait_sum: float | None
    handled: int
    handle_sum: float | None


@dataclass
class _Acc:
    visits: int = 0
    waited: int = 0
    wait_sum: float = 0.0
    handled: int = 0
    handle_sum: float = 0.0
    ratings: dict[int, int] = field(default_factory=dict)

    def add(self, row: _Group) -> None:
        self.visits += row.visits
        self.waited += row.waited
        self.wait_sum += row.wait_sum or 0.0
        self.handled += row.handled
        self.handle_sum += row.handle_sum or 0.0
        if row.rating is not None:
            self.ratings[row.rating] = self.ratings.get(row.rating, 0) + row.visits

    @property
    def rated(self) -> int:
        return sum(self.ratings.values())

    @property
    def satisfied(self) -> int:
        return sum(n for r, n in self.ratings.items() if r >= SATISFIED_FROM)

    @property
    def bad(self) -> int:
        return sum(n for r, n in self.ratings.items() if r <= BAD_UP_TO)


def _category_names() -> tuple[dict[str, str], tuple[str, ...], str | None]:
    """Queue category names from resources/queue.toml; a bad file only loses the names."""
    from counter_app.services import queue

    try:
        cfg = queue.queue_config()
    except UserError as exc:
        return {}, (), exc.message
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
        raise UserError(f"统计周期最长{MAX_DAYS}天")
    period = Period(kind, start, end)
    now = ctx.clock()
    today = local_date(now)
    lo, hi = day_bounds(start)[0], day_bounds(end)[1]
    dialect = ctx.engine.dialect.name
    names, prefixes, config_problem = _category_names()
    prefixes = prefixes[: OTHER_CATEGORY - 1]  # codes 1 … 62 in the group key
    with ctx.read() as s:
        hall = s.scalar(select(Hall).order_by(Hall.id).limit(1))
        if hall is None:
            raise UserError("营业厅尚未设置")
        hall_id = hall.id

        # Visits by day, clerk, category and rating: one pass over the period's visits
        # into the scratch table, then one GROUP BY and the percentiles from it.
        total = _Acc()
        by_clerk: dict[int, _Acc] = {}
        by_category: dict[str, _Acc] = {}
        by_day = [_Acc() for _ in period.days]
        connection = s.connection()
        SCRATCH.create(connection)
        try:
            for statement in fill_statements(dialect, hall_id, period.days, prefixes):
                s.execute(statement)
            for clerk_id, category, rating, i, *figures in _scratch_groups(s, prefixes):
                row = _Group(rating, *figures)
                total.add(row)
                by_clerk.setdefault(clerk_id, _Acc()).add(row)
                by_category.setdefault(category, _Acc()).add(row)
                by_day[i].add(row)
            order = [p for p in prefixes if p in by_category]
            order += sorted(c for c in by_category if c not in order)
            p90 = {
                (cat, measure): _round(_p90(s, cat, measure, n))
                for cat in order
                for measure, n in (
                    ("waiting", by_category[cat].waited),
                    ("handling", by_category[cat].handled),
                )
            }
        finally:
            SCRATCH.drop(connection)
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

        payments, clerk_pay = _payments(s, hall_id, lo, hi)
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


def _payments(
    s: Session, hall_id: int, lo: datetime, hi: datetime
) -> tuple[tuple[MethodFigures, ...], dict[int, tuple[int, Decimal]]]:
    """Valid receipts paid in [lo, hi): per method, and per clerk (count, sum).

    Grouped by one integer, clerk_id × 8 + the method's place in METHODS (0 for a
    method the app does not know, grouped again by its text), as the visits are."""
    methods = list(METHODS)
    code = case({m: n for n, m in enumerate(methods, start=1)}, value=Payment.method, else_=0)
    where = and_(
        Payment.hall_id == hall_id,
        Payment.paid_at >= lo,
        Payment.paid_at < hi,
        Payment.status == "valid",
    )
    key = (Payment.clerk_id * 8 + code).label("k")
    total = func.sum(Payment.total)
    rows: list[tuple[int, str, int, Decimal | None]] = []
    unknown = False
    for k, n, amount in s.execute(select(key, func.count(), total).where(where).group_by(key)):
        if k % 8 == 0:
            unknown = True
        else:
            rows.append((k // 8, methods[k % 8 - 1], n, amount))
    if unknown:
        rows += s.execute(
            select(Payment.clerk_id, Payment.method, func.count(), total)
            .where(where, Payment.method.not_in(methods))
            .group_by(Payment.clerk_id, Payment.method)
        ).tuples()
    by_method: dict[str, tuple[int, Decimal]] = {m: (0, ZERO) for m in methods}
    by_clerk: dict[int, tuple[int, Decimal]] = {}
    for clerk_id, method, n, amount in rows:
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
    late = and_(
        still_open,
        or_(
            and_(Complaint.contacted_at.is_(None), Complaint.contact_due < today),
            and_(Complaint.resolved_at.is_(None), Complaint.decision_due < today),
        ),
    )
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
            _count_if(ApplicationStep.due_date <= end).label("due"),
            _count_if(ApplicationStep.due_date < today).label("overdue"),
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
        figures, folder / f"指标看板_{figures.period.tag}_{stamp}.pdf"
    )
    return path
