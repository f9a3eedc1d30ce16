"""The figures of the hall's indicators (指标看板) as plain data: the period, and what the
dashboard shows of it. services/dashboard.py computes them, the dashboard page shows
them and printing/dashboard_report.py prints them (printing never imports a service)."""

from __future__ import annotations

import calendar as _calendar
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from counter_app.domain.queueing import BAD_UP_TO, SATISFIED_FROM
from counter_app.domain.text import N_
from counter_app.domain.vocabulary import COMPLAINT_KINDS

__all__ = [
    "COMPLAINT_KINDS",
    "PERIOD_KINDS",
    "CategoryFigures",
    "ClerkFigures",
    "ComplaintFigures",
    "Dashboard",
    "DayFigures",
    "MethodFigures",
    "Minutes",
    "OutreachFigures",
    "Period",
    "QuestionFigures",
    "RatingFigures",
    "VisitorFigures",
    "day_period",
    "month_period",
    "rate",
    "week_period",
]

PERIOD_KINDS = {"day": N_("日"), "week": N_("周"), "month": N_("月")}
ZERO = Decimal("0.00")
COUNTED_COMPLAINTS = ("complaint", "followup")


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


def rate(part: int, whole: int) -> float | None:
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
        return rate(self.satisfied, self.rated)


@dataclass(frozen=True)
class ClerkFigures:
    """One post's indicators (员工绩效, hq-contract.md; services/indicators.py counts them)."""

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
    complaints: int  # complaints about their visits (not the follow-ups of bad ratings)
    overdue: int  # their applications in progress past the current step's due date now

    @property
    def satisfaction(self) -> float | None:
        return rate(self.satisfied, self.rated)


@dataclass(frozen=True)
class DayFigures:
    day: date
    visits: int
    rated: int
    satisfied: int

    @property
    def satisfaction(self) -> float | None:
        return rate(self.satisfied, self.rated)


@dataclass(frozen=True)
class ComplaintFigures:
    kind: str  # complaint / followup
    name: str
    received: int  # in the period
    open: int  # not closed, now
    overdue: int  # not closed and past the contact or decision deadline, now


@dataclass(frozen=True)
class QuestionFigures:
    """Answers to one survey question in a period (走访调查的满意度): the mean of a scale
    question's 1–5, or for a choice or yes/no question the share of answers that are not
    a problem (the questionnaire says which are)."""

    survey: str  # the questionnaire's name
    code: str  # the question's code in it
    text: str
    kind: str  # scale / choice / yesno
    answers: int
    mean: float | None  # scale only
    good: int  # answers not marked as a problem
    before: float | None = None  # the same figure over the period before, of equal length

    @property
    def good_rate(self) -> float | None:
        return rate(self.good, self.answers)

    @property
    def figure(self) -> float | None:
        """The figure shown: the mean for a scale question, else the share of good answers."""
        return self.mean if self.kind == "scale" else self.good_rate


@dataclass(frozen=True)
class VisitorFigures:
    """One visitor's outreach in the period (the responsibility figures)."""

    user_id: int
    staff_no: str
    name: str
    assigned: int  # targets of the plans due in the period assigned to them
    done: int  # visits they recorded in the period
    found: int  # problems found in those visits
    owned_closed: int  # findings they own closed in the period
    owned_on_time: int  # of those, within the deadline
    owned_overdue: int  # findings they own, open and past the deadline now


@dataclass(frozen=True)
class OutreachFigures:
    """走访和调查 in a period: the plans due in it, the visits made in it, the problems
    found in them and their follow-ups (the complaint tracking's kind "finding")."""

    plans: int  # plans due in the period
    targets: int  # their customers
    done: int  # visited
    done_on_time: int  # visited by the plan's due date
    unreachable: int
    pending_overdue: int  # not yet visited, the plan's due date passed
    visits: int  # visits recorded in the period
    questions: tuple[QuestionFigures, ...]
    found: int  # findings opened in the period
    closed: int  # findings closed in the period
    closed_on_time: int  # of those, within the deadline
    open_overdue: int  # findings open and past the deadline now
    visitors: tuple[VisitorFigures, ...]

    @property
    def completion(self) -> float | None:
        return rate(self.done, self.targets)

    @property
    def on_time_rate(self) -> float | None:
        return rate(self.closed_on_time, self.closed)


NO_OUTREACH = OutreachFigures(0, 0, 0, 0, 0, 0, 0, (), 0, 0, 0, 0, ())


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
    outreach: OutreachFigures = NO_OUTREACH

    @property
    def payment_count(self) -> int:
        return sum(m.count for m in self.payments)

    @property
    def payment_total(self) -> Decimal:
        return sum((m.total for m in self.payments), ZERO)

    # 投诉回访未办结: complaints and rating follow-ups; the findings of visits (走访发现)
    # are counted with the visits (outreach), never in the complaint figures.
    @property
    def complaints_open(self) -> int:
        return sum(c.open for c in self.complaints if c.kind in COUNTED_COMPLAINTS)

    @property
    def complaints_overdue(self) -> int:
        return sum(c.overdue for c in self.complaints if c.kind in COUNTED_COMPLAINTS)

    def complaint(self, kind: str) -> ComplaintFigures:
        for figures in self.complaints:
            if figures.kind == kind:
                return figures
        return ComplaintFigures(kind, COMPLAINT_KINDS.get(kind, kind), 0, 0, 0)
