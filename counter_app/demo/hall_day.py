"""The demo hall's day (大厅的一天): queue tickets, waits, ratings, follow-ups, complaints.

``fill_hall_day`` gives the demo's visits (written without queue times or a
rating) what the queue, the rating window and the complaints desk would have
left in the store, in realistic proportions:

- Tickets (services/queue.py) of each visit's category, numbered per day and
  category in the order taken; arrival = issue, call = start; waits of a few
  minutes, longer at the morning peak. Some walk-ins (no ticket, no wait); on
  past days a few tickets whose customer left before the call stay waiting.
- Ratings (services/ratings.py): 60–80 % of the visits, mostly satisfied, a
  bad one about every hundred, each with its ``visit.rate`` audit entry (an
  unrated visit has none); each bad one opens its follow-up (回访) as
  ``rate_visit`` does, with the ratings service's own text.
- Complaints (services/complaints.py): about two per thousand visits, from the
  day's customers. Complaints and follow-ups then take the service's steps as
  far as the clock has come (most on time and closed, some late, some
  stalled), each a ComplaintEvent with the audit entry the service writes.

Core bulk statements, one transaction per day; audit entries chained after the
store's last one; every sequence (``ticket:``, ``followup:``, ``complaint:``)
bumped past the numbers used. Its own random stream (``hall-day:{seed}``).
"""

from __future__ import annotations

import functools
import random
import tomllib
from collections.abc import Callable, Iterator
from collections.abc import Sequence as Seq
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from counter_app.domain.clock import HALL_TZ, local_date, to_local
from counter_app.domain.complaint_rules import ComplaintRules
from counter_app.domain.queueing import QueueConfig, format_ticket_no
from counter_app.resources import resource
from counter_app.services import audit, complaint_lists, complaint_rules, ratings
from counter_app.services.context import AppContext
from counter_app.store.models import (
    Account,
    AuditEntry,
    Complaint,
    ComplaintEvent,
    Customer,
    Hall,
    Sequence,
    Ticket,
    User,
    Visit,
    whole_seconds,
)

if TYPE_CHECKING:
    from counter_app.demo.fill import DemoSummary

__all__ = ["HallDaySummary", "fill_hall_day", "with_hall_day"]

WALK_IN_SHARE = 0.08  # served without a ticket (already at the counter)
LEFT_SHARE = 0.03  # of a past day's tickets: taken, then gone before the call
RECALL_SHARE = 0.04  # called twice (重呼) before the customer came
RATED_SHARE = (0.62, 0.78)  # a day's share of rated visits, drawn between these
BAD_SHARE = 0.011  # of rated visits: 不满意 / 非常不满意 (a few a week)
GOOD_LEVELS = ((5, 0.70), (4, 0.22), (3, 0.08))  # the rest of the rated visits
COMPLAINT_SHARE = 0.002  # of visits: a complaint or an opinion (a few a month)
# A case's fate: handled on time, contacted late, or stalled before its resolution.
LATE_SHARE, STALLED_SHARE = 0.12, 0.13
RESOLVE_DAYS = 6  # most are resolved within a week of the contact, whatever the deadline
VERDICT_WEIGHTS = (0.75, 0.20, 0.05)  # 满意, 基本满意, 不满意 at the callback
# Mean wait in minutes by the hour the call came (hall time): the morning peak first.
PEAK_MINUTES = ((time(10, 30), 14.0), (time(11, 30), 8.0), (time(13, 30), 4.0),
                (time(15, 30), 9.0), (time(23, 59), 5.0))  # fmt: skip
# 业扩 (a workflow's category) waits longer, payments less, inquiries least.
BUSINESS_FACTOR, PAYMENT_FACTOR, INQUIRY_FACTOR = 1.3, 0.8, 0.7
MAX_WAIT = timedelta(minutes=50)
BATCH = 5_000
VISIT_COLUMNS = ("id", "visit_no", "clerk_id", "counter", "customer_id", "business_code",
                 "started_at", "ended_at")  # fmt: skip
# What the queue and the rating write on a visit (update parameters v_<column>, and
# v_rated_at).
VISIT_CHANGES = ("category", "arrived_at", "wait_seconds", "rating")

WORDS = ("demo", "hall_day.toml")  # under resources/: complaint texts and answers


@dataclass
class HallDaySummary:
    """What the hall day added (counted as it goes)."""

    tickets: int = 0
    walk_ins: int = 0
    left: int = 0  # tickets whose customer left before the call
    rated: int = 0
    unrated: int = 0
    bad: int = 0  # bad ratings, each with its follow-up
    complaints: int = 0
    still_open: int = 0  # complaints and follow-ups in the store not closed
    overdue: int = 0  # of those, past a deadline now

    def lines(self) -> list[str]:
        share = self.rated / max(1, self.rated + self.unrated)
        return [
            f"  取号 {self.tickets} 张（未等到叫号离开 {self.left} 张），"
            f"无号来访 {self.walk_ins} 次",
            f"  评价 {self.rated} 次（{share:.0%}），差评 {self.bad} 次（均已生成回访）",
            f"  投诉/意见 {self.complaints} 件；投诉与回访未办结 {self.still_open} 件，"
            f"其中超期 {self.overdue} 件",
        ]


@dataclass
class _Hall:
    """What a day needs to know of the hall and its people."""

    id: int
    code: str
    cfg: QueueConfig
    rules: ComplaintRules
    clerks: dict[int, tuple[str, str, str]]  # id -> username, display name, staff no
    supervisors: list[int]
    open_followups: dict[int, int]  # supervisor -> open follow-ups
    inquiry: str  # the category of a plain inquiry
    now: datetime

    @property
    def today(self) -> date:
        return local_date(self.now)


# A complaint's step: (at, user, ComplaintEvent kind, note, audit action, audit detail).
_Step = tuple[datetime, int, str, str, str, dict[str, Any]]
# An audit entry to chain: (at, user, action, entity, entity id, detail).
_Entry = tuple[datetime, int | None, str, str, str, dict[str, Any]]


@functools.cache
def _words() -> dict[str, Any]:
    return tomllib.loads(resource(*WORDS).read_text(encoding="utf-8"))


def _table(model: type) -> Table:
    table = model.__table__  # type: ignore[attr-defined]
    assert isinstance(table, Table)
    return table


def _take(s: Session, name: str, used: int) -> int:
    """``used`` numbers of a sequence at once; the last number before them."""
    seq = _table(Sequence)
    before = s.scalar(select(seq.c.value).where(seq.c.name == name).with_for_update())
    if before is None:
        s.execute(insert(seq).values(name=name, value=used))
        return 0
    s.execute(update(seq).where(seq.c.name == name).values(value=before + used))
    return int(before)


def _at(day: date, clock: time) -> datetime:
    return datetime.combine(day, clock, HALL_TZ).astimezone(UTC)


def _wait(rng: random.Random, called: datetime, factor: float, working: bool) -> timedelta:
    hour = to_local(called).time()
    mean = next(m for until, m in PEAK_MINUTES if hour < until)
    mean *= factor * (1.0 if working else 0.5)
    seconds = round(rng.gammavariate(2.0, mean / 2.0) * 60)
    return min(timedelta(seconds=seconds), MAX_WAIT)


def _category(h: _Hall, business: str) -> tuple[str, float]:
    """The queue category a visit's business is served under, and how long it waits."""
    found = h.cfg.category_for_workflow(business)
    if found is not None:
        return found.prefix, BUSINESS_FACTOR
    if business == "payment" and h.cfg.payment_category:
        return h.cfg.payment_category, PAYMENT_FACTOR
    return h.inquiry, INQUIRY_FACTOR


def _rating(rng: random.Random) -> int:
    r, total = rng.random(), 0.0
    for level, weight in GOOD_LEVELS:
        total += weight
        if r < total:
            return level
    return GOOD_LEVELS[0][0]


def _moment(rng: random.Random, day: date, after: datetime) -> datetime:
    """A moment of office hours on ``day``, and after ``after`` (a step follows the last)."""
    office = _at(day, time(9)) + timedelta(minutes=rng.randint(0, 480))
    return max(office, after + timedelta(minutes=rng.randint(10, 90)))


def _steps(
    ctx: AppContext,
    rng: random.Random,
    h: _Hall,
    received: datetime,
    dues: tuple[date, date],
    handler: int,
    assign: bool,
) -> Iterator[_Step]:
    """The complaints service's steps after intake, as they would come, up to now."""
    cal, day = ctx.calendar, local_date(received)
    fate = rng.random()
    steps: list[tuple[str, str, dict[str, Any]]] = []
    if assign:
        name, shown, staff_no = h.clerks[handler]
        steps.append(("assigned", f"指派给 {shown}（{staff_no}）", {"assignee": name}))
    words = _words()["answers"]
    note = rng.choice(words["contacts"])
    steps.append(("contacted", note, {"note": note}))
    resolution = rng.choice(words["resolutions"])
    steps.append(("resolved", resolution, {"note": resolution}))
    verdict = rng.choices(complaint_rules.VERDICTS, VERDICT_WEIGHTS)[0]
    remark = "" if rng.random() < 0.7 else rng.choice(words["remarks"])
    text = f"客户{verdict}" + (f"：{remark}" if remark else "")
    steps.append(("callback", text, {"verdict": verdict, "note": remark}))
    steps.append(("closed", f"回访{verdict}", {"verdict": verdict}))
    # The day of each step: contact by its due day (late: after it), resolution by
    # the decision day, callback and closing a working day or two later.
    contact_due, decision_due = dues
    late = fate < LATE_SHARE
    contact_day = cal.add_working_days(contact_due, rng.randint(1, 2)) if late else day
    if not late and contact_due > day and rng.random() < 0.5:
        contact_day = contact_due
    span = min(RESOLVE_DAYS, max(0, (decision_due - contact_day).days))
    resolve_day = min(contact_day + timedelta(days=rng.randint(0, span)), decision_due)
    resolve_day = max(resolve_day, contact_day)
    stalled = LATE_SHARE <= fate < LATE_SHARE + STALLED_SHARE
    callback_day = cal.add_working_days(resolve_day, rng.randint(0, 2))
    days = {"assigned": day, "contacted": contact_day, "resolved": resolve_day}
    days.update(callback=callback_day, closed=callback_day)
    status = "open"
    after = received
    for kind, note_text, extra in steps:
        if stalled and kind == "resolved":
            return
        if kind == "assigned":
            at = after + timedelta(minutes=rng.randint(5, 60))
        else:
            at = _moment(rng, days[kind], after)
        if at > h.now:
            return
        after = at
        status = kind if kind in ("contacted", "resolved", "closed") else status
        detail = {"status": status, **extra}
        yield at, handler, kind, note_text, f"complaint.{kind}", detail


def _status(steps: list[_Step]) -> dict[str, Any]:
    """The complaint row as its steps leave it."""
    row: dict[str, Any] = {"status": "open", "contacted_at": None, "resolved_at": None}
    row.update(resolution="", callback_result="", closed_at=None)
    for at, _user, kind, note, _action, detail in steps:
        if kind == "contacted":
            row["status"] = "contacted"
            row["contacted_at"] = row["contacted_at"] or at
        elif kind == "resolved":
            row.update(status="resolved", resolution=note, resolved_at=at)
        elif kind == "callback":
            row["callback_result"] = detail["verdict"]
        elif kind == "closed":
            row.update(status="closed", closed_at=at)
    return row


def _load_hall(ctx: AppContext) -> _Hall | None:
    cfg = ctx.rules.queue
    rules = ctx.rules.complaints
    now = ctx.clock()
    with ctx.read() as s:
        hall = s.execute(select(Hall.id, Hall.code).order_by(Hall.id).limit(1)).first()
        if hall is None:
            return None
        users = s.execute(
            select(User.id, User.username, User.display_name, User.staff_no, User.role)
            .where(User.hall_id == hall.id, User.active.is_(True))
            .order_by(User.id)
        ).all()
        supervisors = [u.id for u in users if u.role == "supervisor"]
        open_counts = dict(
            s.execute(
                select(Complaint.assigned_to, func.count())
                .where(
                    Complaint.kind == "followup",
                    Complaint.status.in_(ratings.OPEN_STATUSES),
                    Complaint.assigned_to.in_(supervisors),
                )
                .group_by(Complaint.assigned_to)
            )
            .tuples()
            .all()
        )
    plain = [c.prefix for c in cfg.categories if not c.workflows]
    plain = [p for p in plain if p != cfg.payment_category] or [cfg.categories[-1].prefix]
    clerks = {u.id: (u.username, u.display_name, u.staff_no) for u in users}
    opened = {u: int(open_counts.get(u, 0)) for u in supervisors}
    return _Hall(hall.id, hall.code, cfg, rules, clerks, supervisors, opened, plain[-1], now)


def fill_hall_day(
    ctx: AppContext, seed: int, first_day: date, say: Callable[[str], None] | None = None
) -> HallDaySummary:
    """Tickets, waits, ratings, follow-ups and complaints for the demo's visits from
    ``first_day`` to today that have none yet (see the module doc)."""
    h = _load_hall(ctx)
    if h is None:
        return HallDaySummary()
    rng = random.Random(f"hall-day:{seed}")
    tally = HallDaySummary()
    carry = [0.5, 0.5]  # bad ratings, complaints: fractions carried to the next day
    day = first_day
    while day <= h.today:
        with ctx.write() as s:
            _fill_day(ctx, s, rng, h, day, tally, carry)
        day += timedelta(days=1)
    # Open and overdue by the complaints service's own rule, whatever was there before.
    tally.still_open, tally.overdue = complaint_lists.open_counts(ctx)
    if say is not None:
        say(f"大厅：取号 {tally.tickets} 张，评价 {tally.rated} 次，投诉 {tally.complaints} 件")
    return tally


def with_hall_day(
    ctx: AppContext, summary: DemoSummary, say: Callable[[str], None] | None = None
) -> DemoSummary:
    """The demo's summary with its hall day filled (fill_demo's last step)."""
    return replace(summary, hall_day=fill_hall_day(ctx, summary.seed, summary.first_day, say))


def _fill_day(
    ctx: AppContext,
    s: Session,
    rng: random.Random,
    h: _Hall,
    day: date,
    tally: HallDaySummary,
    carry: list[float],
) -> None:
    visits_t = _table(Visit)
    lo, hi = _at(day, time(0)), _at(day + timedelta(days=1), time(0))
    visits = s.execute(
        select(*(visits_t.c[name] for name in VISIT_COLUMNS))
        .where(visits_t.c.hall_id == h.id, visits_t.c.started_at >= lo)
        .where(visits_t.c.started_at < hi, visits_t.c.arrived_at.is_(None))
        .where(visits_t.c.category == "")
        .order_by(visits_t.c.started_at, visits_t.c.id)
    ).all()
    if not visits:
        return
    working = ctx.calendar.is_working_day(day)
    opens = min(v.started_at for v in visits)
    closes = max(v.ended_at or v.started_at for v in visits)
    # (issued, category, visit row or None): the day's tickets before numbering.
    tickets: list[tuple[datetime, str, Any]] = []
    changes: list[dict[str, Any]] = []
    share = rng.uniform(*RATED_SHARE)
    rated: list[tuple[Any, datetime]] = []
    for v in visits:
        category, factor = _category(h, v.business_code)
        if rng.random() < WALK_IN_SHARE:
            arrived = v.started_at
            tally.walk_ins += 1
        else:
            arrived = max(opens, v.started_at - _wait(rng, v.started_at, factor, working))
            tickets.append((arrived, category, v))
        change: dict[str, Any] = {"v_id": v.id, "v_category": category}
        change.update(v_arrived_at=arrived)
        change.update(v_wait_seconds=whole_seconds(arrived, v.started_at))
        change.update(v_rating=None, v_rated_at=None)
        at = (v.ended_at or v.started_at) + timedelta(seconds=rng.randint(3, 40))
        if v.ended_at is not None and at <= h.now and rng.random() < share:
            rated.append((change, at))
        changes.append(change)
    if day < h.today:
        for _ in range(round(len(tickets) * LEFT_SHARE)):
            issued = opens + (closes - opens) * rng.random()
            category = _category(h, rng.choice(visits).business_code)[0]
            tickets.append((issued, category, None))
    # Ratings: a few bad ones (carried over from day to day), the rest mostly satisfied.
    carry[0] += len(rated) * BAD_SHARE
    bad = set(rng.sample(range(len(rated)), min(len(rated), int(carry[0]))))
    carry[0] -= len(bad)
    audit_steps: list[_Entry] = []
    by_id = {v.id: v for v in visits}
    bad_visits: list[tuple[int, int, datetime]] = []
    for k, (change, at) in enumerate(rated):
        level = (2 if rng.random() < 0.7 else 1) if k in bad else _rating(rng)
        change.update(v_rating=level, v_rated_at=at)
        v = by_id[change["v_id"]]
        audit_steps.append((at, v.clerk_id, "visit.rate", "visit", v.visit_no, {"rating": level}))
        if k in bad:
            bad_visits.append((v.id, level, at))
    tally.rated += len(rated)
    tally.unrated += len(visits) - len(rated)
    tally.bad += len(bad_visits)
    conn, c = s.connection(), visits_t.c
    rated_at = bindparam("v_rated_at", type_=c.rated_at.type)
    stmt = (
        update(visits_t)
        .where(c.id == bindparam("v_id"))
        .values({name: bindparam(f"v_{name}") for name in VISIT_CHANGES})
        # The call opened the visit, last changed by the rating or its end (in SQL: fast).
        .values(
            rated_at=rated_at,
            called_at=c.started_at,
            updated_at=func.coalesce(rated_at, c.ended_at, c.started_at),
        )
    )
    for start in range(0, len(changes), BATCH):
        conn.execute(stmt, changes[start : start + BATCH])
    _write_tickets(s, rng, h, day, tickets, tally)
    carry[1] += len(visits) * COMPLAINT_SHARE
    taken = int(carry[1])
    carry[1] -= taken
    audit_steps += _followups(ctx, s, rng, h, day, bad_visits, tally)
    audit_steps += _complaints(ctx, s, rng, h, day, visits, taken, tally)
    _write_audit(s, audit_steps)


def _write_tickets(
    s: Session,
    rng: random.Random,
    h: _Hall,
    day: date,
    tickets: list[tuple[datetime, str, Any]],
    tally: HallDaySummary,
) -> None:
    """Number the day's tickets per category in the order taken, as issue_ticket does."""
    rows: list[dict[str, Any]] = []
    for category in sorted({c for _at, c, _v in tickets}):
        # In the order taken; the order drawn on a tie, so the same seed numbers alike.
        order = sorted((t[0], k) for k, t in enumerate(tickets) if t[1] == category)
        before = _take(s, f"ticket:{h.code}:{day:%Y%m%d}:{category}", len(order))
        for n, (issued, k) in enumerate(order, start=before + 1):
            v = tickets[k][2]
            row = {"hall_id": h.id, "day": day, "category": category, "number": n}
            row.update(ticket_no=format_ticket_no(category, n), issued_at=issued)
            if v is None:
                row.update(status="waiting", called_at=None, called_by=None, counter="")
                row.update(recalls=0, visit_id=None, updated_at=issued)
                tally.left += 1
            else:
                row.update(status="done", called_at=v.started_at, called_by=v.clerk_id)
                row.update(counter=v.counter, recalls=int(rng.random() < RECALL_SHARE))
                row.update(visit_id=v.id, updated_at=v.ended_at or v.started_at)
            rows.append(row)
    tally.tickets += len(rows)
    for start in range(0, len(rows), BATCH):
        s.execute(insert(_table(Ticket)), rows[start : start + BATCH])


def _supervisor(h: _Hall) -> int | None:
    """The supervisor with the fewest open follow-ups, as rate_visit assigns them."""
    if not h.supervisors:
        return None
    return min(h.supervisors, key=lambda u: (h.open_followups[u], u))


def _write_case(
    s: Session,
    h: _Hall,
    row: dict[str, Any],
    opened: _Step,
    steps: list[_Step],
    tally: HallDaySummary,
) -> list[_Entry]:
    """One complaint or follow-up with its events as its steps leave it; its audit entries."""
    row.update(_status(steps), hall_id=h.id, updated_at=(steps[-1] if steps else opened)[0])
    table = _table(Complaint)
    complaint_id = s.scalar(insert(table).values(**row).returning(table.c.id))
    events = [
        {"complaint_id": complaint_id, "at": at, "user_id": user, "kind": kind, "note": note}
        for at, user, kind, note, _action, _detail in (opened, *steps)
    ]
    s.execute(insert(_table(ComplaintEvent)), events)
    if row["status"] != "closed" and row["assigned_to"] in h.open_followups:
        h.open_followups[row["assigned_to"]] += row["kind"] == "followup"
    number = row["complaint_no"]
    return [
        (at, user, action, "complaint", number, detail)
        for at, user, _kind, _note, action, detail in (opened, *steps)
    ]


def _followups(
    ctx: AppContext,
    s: Session,
    rng: random.Random,
    h: _Hall,
    day: date,
    bad: list[tuple[int, int, datetime]],
    tally: HallDaySummary,
) -> list[_Entry]:
    """The follow-up (回访) of each bad rating, as ratings.rate_visit opens it."""
    if not bad:
        return []
    cfg, add = h.cfg, ctx.calendar.add_working_days
    dues = add(day, cfg.followup_contact_days), add(day, cfg.followup_days)
    before = _take(s, f"followup:{h.code}:{day:%Y%m%d}", len(bad))
    visits = {v.id: v for v in s.scalars(select(Visit).where(Visit.id.in_([b[0] for b in bad])))}
    out: list[_Entry] = []
    for n, (visit_id, level, at) in enumerate(sorted(bad, key=lambda b: b[2]), before + 1):
        visit = visits[visit_id]
        customer = s.get(Customer, visit.customer_id) if visit.customer_id else None
        supervisor = _supervisor(h)
        who = h.clerks[supervisor][1] if supervisor else None
        row: dict[str, Any] = {"complaint_no": f"{h.code}-HF{day:%Y%m%d}-{n:03d}"}
        row.update(kind="followup")
        row.update(channel=ratings.FOLLOWUP_CHANNEL, category=ratings.FOLLOWUP_CATEGORY)
        row.update(customer_id=visit.customer_id, visit_id=visit.id, rating=level)
        row.update(contact_name=customer.name if customer else "")
        row.update(contact_phone=customer.mobile if customer else "")
        row.update(account_no=ratings.followup_account_no(s, visit))
        row.update(content=ratings.followup_content(ctx, cfg, s, visit, level), request="")
        row.update(received_at=at, contact_due=dues[0], decision_due=dues[1])
        row.update(assigned_to=supervisor, created_by=visit.clerk_id)
        detail: dict[str, Any] = {"kind": "followup", "visit": visit.visit_no, "rating": level}
        detail.update(contact_due=dues[0].isoformat(), decision_due=dues[1].isoformat())
        detail["assigned_to"] = h.clerks[supervisor][0] if supervisor else None
        note = ratings.followup_note(dues[0], dues[1], who)
        opened: _Step = (at, visit.clerk_id, "opened", note, "complaint.opened", detail)
        handler = supervisor if supervisor is not None else visit.clerk_id
        steps = list(_steps(ctx, rng, h, at, dues, handler, assign=False))
        out += _write_case(s, h, row, opened, steps, tally)
    return out


def _complaints(
    ctx: AppContext,
    s: Session,
    rng: random.Random,
    h: _Hall,
    day: date,
    visits: Seq[Any],
    taken: int,
    tally: HallDaySummary,
) -> list[_Entry]:
    """``taken`` complaints of the day's customers, as complaints.open_complaint takes them."""
    known = [v for v in visits if v.customer_id is not None and v.ended_at is not None]
    drawn = []
    for _ in range(taken if known else 0):
        v = rng.choice(known)
        at = v.ended_at + timedelta(minutes=rng.randint(1, 20))
        if at <= h.now:
            drawn.append((at, v))
    if not drawn:
        return []
    rules, dues = h.rules, complaint_rules.due_dates(ctx, day)
    before = _take(s, f"complaint:{h.code}:{day:%Y%m%d}", len(drawn))
    out: list[_Entry] = []
    for n, (at, v) in enumerate(sorted(drawn, key=lambda d: d[0]), before + 1):
        customer = s.get_one(Customer, v.customer_id)
        account_no = s.scalar(
            select(Account.account_no)
            .where(Account.customer_id == customer.id)
            .order_by(Account.id)
            .limit(1)
        )
        channel = rules.channels[0] if rng.random() < 0.6 else rng.choice(rules.channels)
        category = rng.choice(rules.categories)
        texts = _words()["complaints"]
        texts = texts.get(category, texts["其他"])
        row: dict[str, Any] = {"complaint_no": f"{h.code}-TS{day:%Y%m%d}-{n:03d}"}
        row.update(kind="complaint")
        row.update(channel=channel, category=category, customer_id=customer.id)
        row.update(contact_name=customer.name, contact_phone=customer.mobile)
        row.update(account_no=account_no or "", content=rng.choice(texts))
        row.update(request=rng.choice(_words()["answers"]["requests"]), visit_id=None, rating=None)
        row.update(received_at=at, contact_due=dues[0], decision_due=dues[1])
        handler = rng.choice(h.supervisors) if h.supervisors else v.clerk_id
        row.update(assigned_to=handler if h.supervisors else None, created_by=v.clerk_id)
        detail: dict[str, Any] = {"status": "open", "kind": "complaint", "channel": channel}
        detail.update(category=category, contact_due=dues[0].isoformat())
        detail["decision_due"] = dues[1].isoformat()
        note = f"{channel}受理，{category}"
        opened: _Step = (at, v.clerk_id, "opened", note, "complaint.opened", detail)
        steps = list(_steps(ctx, rng, h, at, dues, handler, assign=bool(h.supervisors)))
        out += _write_case(s, h, row, opened, steps, tally)
        tally.complaints += 1
    return out


def _write_audit(s: Session, entries: list[_Entry]) -> None:
    """The entries in time order, chained after the store's last one."""
    rows = list(audit.chained(audit.last_hash(s), sorted(entries, key=lambda e: e[0])))
    for start in range(0, len(rows), BATCH):
        s.execute(insert(_table(AuditEntry)), rows[start : start + BATCH])
