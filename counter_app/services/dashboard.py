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
- per day: visits, rated and satisfied visits, for the trend charts;
- visits to customers and surveys (走访调查): services/dashboard_outreach.py.

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

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import ColumnElement, and_, case, func, insert, or_, select
from sqlalchemy.orm import Session

from counter_app.domain.clock import local_date, local_naive
from counter_app.domain.indicators import (
    COMPLAINT_KINDS,
    CategoryFigures,
    ComplaintFigures,
    Dashboard,
    DayFigures,
    MethodFigures,
    Minutes,
    Period,
    RatingFigures,
    day_period,
    month_period,
    week_period,
)
from counter_app.domain.queueing import RATING_NAMES
from counter_app.printing import printouts
from counter_app.services.context import AppContext
from counter_app.services.dashboard_outreach import outreach
from counter_app.services.dashboard_queries import (
    DAYS,
    MAX_DAYS,
    PAIRS,
    fill_pairs,
    pairs_of,
    payment_groups_statement,
    percentile,
    spread_of,
    visit_groups,
)
from counter_app.services.deadlines import (
    complaint_overdue_sql,
    current_step_overdue_sql,
    step_due_by_sql,
)
from counter_app.services.errors import UserError
from counter_app.services.indicators import (
    VisitTotals,
    clerk_complaints,
    clerk_figures,
    minutes_average,
)
from counter_app.services.payments import METHODS, day_bounds
from counter_app.store.models import Application, ApplicationStep, Complaint, Hall, Ticket

__all__ = ["dashboard", "period_of", "print_report"]

UNCATEGORISED = "未分类"
ZERO = Decimal("0.00")


def period_of(kind: str, day: date) -> Period:
    """The day, ISO week or month (``kind`` day / week / month) holding ``day``."""
    makers = {"day": day_period, "week": week_period, "month": month_period}
    if kind not in makers:
        raise UserError("统计周期不正确：{kind}", kind=kind)
    return makers[kind](day)


def _count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
    # COUNT(CASE WHEN … THEN 1 END): the same on SQLite and PostgreSQL.
    return func.count(case((condition, 1)))


def _category_names(ctx: AppContext) -> tuple[dict[str, str], tuple[str, ...], str | None]:
    """Queue category names from the rules (resources/queue.toml, checked at start-up)."""
    cfg = ctx.rules.queue
    return {c.prefix: c.name for c in cfg.categories}, cfg.prefixes, None


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
        total = VisitTotals()
        by_clerk: dict[int, VisitTotals] = {}
        by_category: dict[str, VisitTotals] = {}
        clerks_of: dict[str, list[int]] = {}
        by_day = [VisitTotals() for _ in period.days]
        connection = s.connection()
        DAYS.create(connection)
        PAIRS.create(connection)
        try:
            s.execute(insert(DAYS), [{"i": i, "lo": a, "hi": b} for i, (a, b) in enumerate(bounds)])
            for group in visit_groups(s, hall_id, bounds):
                total.add(group)
                by_clerk.setdefault(group.clerk_id, VisitTotals()).add(group)
                by_category.setdefault(group.category, VisitTotals()).add(group)
                by_day[group.day].add(group)
                served = clerks_of.setdefault(group.category, [])
                if group.clerk_id not in served:
                    served.append(group.clerk_id)
            order = [p for p in prefixes if p in by_category]
            order += sorted(c for c in by_category if c not in order)
            spread = spread_of(s, lo, hi) if by_category else 1.0
            p90 = {
                (cat, measure): percentile(
                    s, hall_id, cat, measure, n, lo, hi, clerks_of[cat], spread
                )
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
                    acc.waited, minutes_average(acc.wait_sum, acc.waited), p90[cat, "waiting"]
                ),
                handling=Minutes(
                    acc.handled, minutes_average(acc.handle_sum, acc.handled), p90[cat, "handling"]
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
        clerks = clerk_figures(s, hall_id, by_clerk, clerk_pay, clerk_complaints, clerk_overdue)
        visits_out = outreach(s, hall_id, start, end, today, ctx.rules.surveys)

    notes = []
    if config_problem:
        notes.append(f"排队配置读取失败，服务类别只显示代码：{config_problem}")
    return Dashboard(
        hall_name=hall.name,
        period=period,
        generated_at=now,
        today=today,
        visits=total.visits,
        waiting=Minutes(total.waited, minutes_average(total.wait_sum, total.waited)),
        handling=Minutes(total.handled, minutes_average(total.handle_sum, total.handled)),
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
        outreach=visits_out,
    )


def _payments(
    s: Session, hall_id: int, lo: datetime, hi: datetime
) -> tuple[tuple[MethodFigures, ...], dict[int, tuple[int, Decimal]]]:
    """Valid receipts paid in [lo, hi): per method (METHODS first, in order, then any
    other by clerk and name), and per clerk (count, sum). PAIRS is refilled."""
    pairs = pairs_of(s, "payments", "clerk_id", "method")  # PAYMENTS_BY_CLERK
    fill_pairs(s, pairs)
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
    resolved past decision_due). Per clerk: their 投诉数 (services/indicators.py),
    received in the period."""
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
    return figures, clerk_complaints(s, hall_id, lo, hi)


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
        figures,
        printouts.file_for(folder, printouts.DASHBOARD_REPORT, figures.period.tag, stamp),
        ctx.training,
    )
    return path
