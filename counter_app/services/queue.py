"""The hall's queue (排队叫号) and the visits it starts: tickets, calls, ends.

A customer takes a ticket in a service category (A001, B017 …, numbered per
hall, day and category, gapless). A clerk calls the oldest waiting ticket of
the categories their counter serves; the call opens a visit whose arrival is
the ticket's issue time. The visit collects its businesses (an application, a
payment, an inquiry) and ends with an outcome; a customer who does not come is
a no-show; a visit can be transferred to another category; a walk-in visit has
no ticket. A called visit's businesses and its end: services/counter_visit.py.

Several counters may share one queue through one database: every change runs
in one write transaction. On SQLite the engine begins each one with BEGIN
IMMEDIATE, so two calls are serialised; on PostgreSQL the next ticket is
picked with SELECT … FOR UPDATE SKIP LOCKED, so two counters calling at the
same moment get two different tickets and neither waits for the other.

Times are stored timezone-aware (UTC); minutes are computed here from the
aware datetimes (queueing.minutes_between), never by the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from counter_app.domain.clock import local_date, local_naive
from counter_app.domain.counter_code import counter_code_problem
from counter_app.domain.queueing import (
    TICKET_STATUSES,
    QueueConfig,
    format_ticket_no,
    minutes_between,
)
from counter_app.printing.tickets import TicketSlip
from counter_app.services import audit
from counter_app.services.auth import UserInfo
from counter_app.services.authz import require
from counter_app.services.context import AppContext
from counter_app.services.counter_visit import (
    VisitItemInfo,
    mark_ended,
    require_open,
    visit_items,
    visit_row,
    visit_ticket,
)
from counter_app.services.errors import NotFound, UserError
from counter_app.services.sequences import next_number
from counter_app.services.visits import open_visit
from counter_app.store.models import (
    Hall,
    QueueCall,
    Ticket,
    Visit,
    VisitItem,
    whole_seconds,
)

__all__ = [
    "CalledVisit",
    "TicketInfo",
    "call_next",
    "current_visit",
    "issue_ticket",
    "no_show",
    "queue_status",
    "recall",
    "ticket_slip",
    "transfer",
    "waiting",
    "walk_in",
]

# -- data ----------------------------------------------------------------------


# -- what the UI gets ----------------------------------------------------------


@dataclass(frozen=True)
class TicketInfo:
    id: int
    ticket_no: str
    category: str
    category_name: str
    status: str
    issued_at: datetime
    people_ahead: int  # waiting in the same category, before this ticket
    minutes_waited: int  # since issue, up to the call (or now while waiting)
    counter: str = ""
    recalls: int = 0

    @property
    def status_name(self) -> str:
        return TICKET_STATUSES.get(self.status, self.status)


@dataclass(frozen=True)
class CalledVisit:
    """A visit being served at a counter (after a call or a walk-in)."""

    visit_id: int
    visit_no: str
    ticket_no: str  # "" for a walk-in
    category: str
    category_name: str
    counter: str
    clerk_id: int
    arrived_at: datetime
    called_at: datetime
    started_at: datetime
    minutes_waited: int  # arrival to call
    recalls: int = 0
    items: tuple[VisitItemInfo, ...] = ()


# -- helpers -------------------------------------------------------------------


def _hall(s: Session) -> Hall:
    hall = s.scalar(select(Hall).order_by(Hall.id).limit(1))
    if hall is None:
        raise UserError("营业厅尚未设置")
    return hall


def _check_category(cfg: QueueConfig, category: str) -> str:
    if cfg.category(category) is None:
        known = "、".join(f"{c.prefix} {c.name}" for c in cfg.categories)
        raise UserError(
            "没有业务类别“{category}”（可选：{known}）", "category", category=category, known=known
        )
    return category


def _check_categories(cfg: QueueConfig, categories: list[str] | tuple[str, ...]) -> list[str]:
    chosen = [_check_category(cfg, c) for c in dict.fromkeys(categories)]
    if not chosen:
        raise UserError("请先设置本柜台办理的业务类别", "categories")
    return chosen


def _check_counter(counter: str) -> str:
    counter = counter.strip()
    problem = counter_code_problem(counter)
    if problem:
        raise UserError(problem, "counter")
    return counter


def _ticket_key(ticket: Ticket) -> str:
    """How a ticket is named in the audit trail: day and number (A001 repeats daily)."""
    return f"{ticket.day:%Y%m%d}-{ticket.ticket_no}"


def _ahead(s: Session, ticket: Ticket) -> int:
    """Tickets waiting in the same hall, day and category that will be called first."""
    return int(
        s.scalar(
            select(func.count())
            .select_from(Ticket)
            .where(
                Ticket.hall_id == ticket.hall_id,
                Ticket.day == ticket.day,
                Ticket.category == ticket.category,
                Ticket.status == "waiting",
                Ticket.id != ticket.id,
                or_(
                    Ticket.issued_at < ticket.issued_at,
                    and_(Ticket.issued_at == ticket.issued_at, Ticket.id < ticket.id),
                ),
            )
        )
        or 0
    )


def _new_ticket(
    s: Session, hall: Hall, day: date, category: str, issued_at: datetime, now: datetime
) -> Ticket:
    number = next_number(s, f"ticket:{hall.code}:{day:%Y%m%d}:{category}")
    ticket = Ticket(
        hall_id=hall.id,
        day=day,
        category=category,
        number=number,
        ticket_no=format_ticket_no(category, number),
        issued_at=issued_at,
        status="waiting",
        counter="",
        recalls=0,
        updated_at=now,
    )
    s.add(ticket)
    s.flush()
    return ticket


def _ticket_info(cfg: QueueConfig, ticket: Ticket, ahead: int, now: datetime) -> TicketInfo:
    until = ticket.called_at if ticket.called_at is not None else now
    return TicketInfo(
        id=ticket.id,
        ticket_no=ticket.ticket_no,
        category=ticket.category,
        category_name=cfg.category_name(ticket.category),
        status=ticket.status,
        issued_at=ticket.issued_at,
        people_ahead=ahead,
        minutes_waited=minutes_between(ticket.issued_at, until),
        counter=ticket.counter,
        recalls=ticket.recalls,
    )


def _announce(s: Session, ticket: Ticket, now: datetime) -> None:
    """The call as the hall hears it (叫号屏 and voice on any PC: services/hall_display.py),
    in the call's own transaction: a call rolled back is never shown."""
    s.add(
        QueueCall(
            hall_id=ticket.hall_id,
            day=ticket.day,
            ticket_no=ticket.ticket_no,
            category=ticket.category,
            counter=ticket.counter,
            called_at=now,
            recall=ticket.recalls,
        )
    )


def _refuse_open_visit(s: Session, hall: Hall, counter: str) -> None:
    """One customer at a time at a counter: the visit there must end first."""
    open_no = s.scalar(
        select(Visit.visit_no)
        .where(Visit.hall_id == hall.id, Visit.counter == counter, Visit.outcome == "open")
        .limit(1)
    )
    if open_no:
        raise UserError(
            "{counter}号柜台还有未结束的来访 {open_no}，请先结束该来访",
            counter=counter,
            open_no=open_no,
        )


def _called_visit(s: Session, cfg: QueueConfig, visit: Visit) -> CalledVisit:
    ticket = visit_ticket(s, visit)
    arrived = visit.arrived_at or visit.started_at
    called = visit.called_at or visit.started_at
    return CalledVisit(
        visit_id=visit.id,
        visit_no=visit.visit_no,
        ticket_no=ticket.ticket_no if ticket else "",
        category=visit.category,
        category_name=cfg.category_name(visit.category) if visit.category else "",
        counter=visit.counter,
        clerk_id=visit.clerk_id,
        arrived_at=arrived,
        called_at=called,
        started_at=visit.started_at,
        minutes_waited=minutes_between(arrived, called),
        recalls=ticket.recalls if ticket else 0,
        items=visit_items(s, visit.id),
    )


# -- tickets -------------------------------------------------------------------


def issue_ticket(ctx: AppContext, category: str) -> TicketInfo:
    """取号: the next number of ``category`` today, with the people waiting before it.

    No audit entry: nobody is signed in at the ticket machine, and the ticket
    row itself is the record.
    """
    cfg = ctx.rules.queue
    _check_category(cfg, category)
    now = ctx.clock()
    day = local_date(now)
    with ctx.write() as s:
        hall = _hall(s)
        ticket = _new_ticket(s, hall, day, category, now, now)
        return _ticket_info(cfg, ticket, _ahead(s, ticket), now)


def ticket_slip(ctx: AppContext, ticket: TicketInfo) -> TicketSlip:
    """What printing.tickets.render_ticket_slip prints for ``ticket``."""
    cfg = ctx.rules.queue
    with ctx.read() as s:
        hall = _hall(s)
        return TicketSlip(
            hall_name=hall.name,
            ticket_no=ticket.ticket_no,
            category_name=ticket.category_name,
            people_ahead=ticket.people_ahead,
            issued_at=local_naive(ticket.issued_at),
            footer=cfg.ticket_slip_footer,
            training=ctx.training,
        )


def waiting(
    ctx: AppContext, categories: list[str] | tuple[str, ...] | None = None
) -> list[TicketInfo]:
    """Today's waiting tickets, oldest first (the order they will be called in)."""
    cfg = ctx.rules.queue
    chosen = None if categories is None else [_check_category(cfg, c) for c in categories]
    now = ctx.clock()
    day = local_date(now)
    with ctx.read() as s:
        hall = _hall(s)
        query = select(Ticket).where(
            Ticket.hall_id == hall.id, Ticket.day == day, Ticket.status == "waiting"
        )
        if chosen is not None:
            query = query.where(Ticket.category.in_(chosen))
        tickets = s.scalars(query.order_by(Ticket.issued_at, Ticket.id)).all()
    seen: dict[str, int] = {}
    result = []
    for ticket in tickets:
        ahead = seen.get(ticket.category, 0)
        seen[ticket.category] = ahead + 1
        result.append(_ticket_info(cfg, ticket, ahead, now))
    return result


def queue_status(ctx: AppContext) -> dict[str, int]:
    """Tickets waiting now per category (every configured category, 0 included)."""
    cfg = ctx.rules.queue
    day = local_date(ctx.clock())
    with ctx.read() as s:
        hall = _hall(s)
        counts = dict(
            s.execute(
                select(Ticket.category, func.count())
                .where(Ticket.hall_id == hall.id, Ticket.day == day, Ticket.status == "waiting")
                .group_by(Ticket.category)
            )
            .tuples()
            .all()
        )
    status = {prefix: int(counts.pop(prefix, 0)) for prefix in cfg.prefixes}
    # A category taken out of queue.toml during the day still shows its waiting tickets.
    status.update({category: int(n) for category, n in counts.items()})
    return status


# -- calling -------------------------------------------------------------------


def call_next(
    ctx: AppContext,
    clerk: UserInfo,
    counter: str,
    categories: list[str] | tuple[str, ...],
) -> CalledVisit | None:
    """Call the oldest waiting ticket among ``categories`` and open its visit; None if
    nobody waits. Refused while this counter still has an open visit."""
    cfg = ctx.rules.queue
    chosen = _check_categories(cfg, categories)
    counter = _check_counter(counter)
    now = ctx.clock()
    day = local_date(now)
    with ctx.write() as s:
        require(s, clerk, "counter.work", ctx.clock())
        hall = _hall(s)
        _refuse_open_visit(s, hall, counter)
        # SKIP LOCKED: another counter calling at this moment has locked its
        # ticket; take the next one instead of waiting (PostgreSQL). SQLite
        # ignores the clause; BEGIN IMMEDIATE already serialises writers.
        ticket = s.scalar(
            select(Ticket)
            .where(
                Ticket.hall_id == hall.id,
                Ticket.day == day,
                Ticket.status == "waiting",
                Ticket.category.in_(chosen),
            )
            .order_by(Ticket.issued_at, Ticket.id)
            .limit(1)
            .with_for_update(skip_locked=True)
        )
        if ticket is None:
            return None
        ticket.status = "called"
        ticket.called_at = now
        ticket.called_by = clerk.id
        ticket.counter = counter
        ticket.updated_at = now
        visit = open_visit(s, hall, clerk.id, counter, None, "", now)
        visit.category = ticket.category
        visit.arrived_at = ticket.issued_at
        visit.called_at = now
        visit.wait_seconds = whole_seconds(ticket.issued_at, now)
        visit.updated_at = now
        s.flush()
        ticket.visit_id = visit.id
        _announce(s, ticket, now)
        audit.record(
            s,
            now,
            clerk.id,
            "queue.call",
            "ticket",
            _ticket_key(ticket),
            {
                "counter": counter,
                "visit": visit.visit_no,
                "waited_minutes": minutes_between(ticket.issued_at, now),
            },
        )
        return _called_visit(s, cfg, visit)


def recall(ctx: AppContext, clerk: UserInfo, ticket_no: str) -> TicketInfo:
    """重呼: call today's ``ticket_no`` again (it must be the one called, not yet served)."""
    cfg = ctx.rules.queue
    now = ctx.clock()
    day = local_date(now)
    ticket_no = ticket_no.strip().upper()
    with ctx.write() as s:
        require(s, clerk, "counter.work", ctx.clock())
        hall = _hall(s)
        ticket = s.scalar(
            select(Ticket)
            .where(Ticket.hall_id == hall.id, Ticket.day == day, Ticket.ticket_no == ticket_no)
            .order_by(Ticket.id.desc())
            .limit(1)
        )
        if ticket is None:
            raise NotFound("今天没有号票 {ticket_no}", ticket_no=ticket_no)
        if ticket.status != "called":
            name = TICKET_STATUSES.get(ticket.status, ticket.status)
            raise UserError(
                "号票 {ticket_no} 当前为“{name}”，不能重呼", ticket_no=ticket_no, name=name
            )
        ticket.recalls += 1
        ticket.updated_at = now
        _announce(s, ticket, now)
        audit.record(
            s,
            now,
            clerk.id,
            "queue.recall",
            "ticket",
            _ticket_key(ticket),
            {"counter": ticket.counter, "recalls": ticket.recalls},
        )
        return _ticket_info(cfg, ticket, 0, now)


def no_show(ctx: AppContext, clerk: UserInfo, visit_id: int) -> None:
    """过号: the called customer did not come; the ticket is closed, the visit abandoned."""
    now = ctx.clock()
    with ctx.write() as s:
        require(s, clerk, "counter.work", ctx.clock())
        visit = visit_row(s, visit_id, lock=True)
        require_open(visit)
        ticket = visit_ticket(s, visit)
        if ticket is None:
            raise UserError("无号来访（客户已在柜台）不能标记为过号")
        if s.scalar(
            select(func.count()).select_from(VisitItem).where(VisitItem.visit_id == visit.id)
        ):
            raise UserError("该来访已办理业务，不能标记为过号，请结束来访")
        ticket.status = "no_show"
        ticket.updated_at = now
        mark_ended(visit, "abandoned", now)
        audit.record(
            s,
            now,
            clerk.id,
            "queue.no_show",
            "ticket",
            _ticket_key(ticket),
            {"visit": visit.visit_no, "recalls": ticket.recalls},
        )


def transfer(ctx: AppContext, clerk: UserInfo, visit_id: int, category: str) -> TicketInfo:
    """转办: send the customer to another category's queue.

    The visit here ends as ``referred``; its ticket becomes ``transferred``.
    The customer gets a new ticket number in the target category (the numbers
    there stay gapless and their display shows a number of its own) but keeps
    the arrival time: the new ticket's issue time is the original arrival, so
    they queue ahead of everyone who came in after them and do not start
    again at the back; the next visit's arrival (and its waiting minutes) also
    counts from the original arrival.
    """
    cfg = ctx.rules.queue
    _check_category(cfg, category)
    now = ctx.clock()
    with ctx.write() as s:
        require(s, clerk, "counter.work", ctx.clock())
        hall = _hall(s)
        visit = visit_row(s, visit_id, lock=True)
        require_open(visit)
        if visit.category == category:
            raise UserError(
                "该来访已属于“{category_name}”，无需转办", category_name=cfg.category_name(category)
            )
        old = visit_ticket(s, visit)
        arrived = visit.arrived_at or (old.issued_at if old else visit.started_at)
        if old is not None:
            old.status = "transferred"
            old.updated_at = now
        mark_ended(visit, "referred", now)
        ticket = _new_ticket(s, hall, local_date(now), category, arrived, now)
        audit.record(
            s,
            now,
            clerk.id,
            "queue.transfer",
            "ticket",
            _ticket_key(ticket),
            {
                "visit": visit.visit_no,
                "from": old.ticket_no if old else "",
                "category": category,
            },
        )
        return _ticket_info(cfg, ticket, _ahead(s, ticket), now)


def walk_in(ctx: AppContext, clerk: UserInfo, counter: str, category: str) -> CalledVisit:
    """A visit without a ticket (the customer is already at the counter):
    arrival, call and start are now."""
    cfg = ctx.rules.queue
    _check_category(cfg, category)
    counter = _check_counter(counter)
    now = ctx.clock()
    with ctx.write() as s:
        require(s, clerk, "counter.work", ctx.clock())
        hall = _hall(s)
        _refuse_open_visit(s, hall, counter)
        visit = open_visit(s, hall, clerk.id, counter, None, "", now)
        visit.category = category
        visit.arrived_at = now
        visit.called_at = now
        visit.wait_seconds = 0
        visit.updated_at = now
        s.flush()
        audit.record(
            s,
            now,
            clerk.id,
            "queue.walk_in",
            "visit",
            visit.visit_no,
            {"counter": counter, "category": category},
        )
        return _called_visit(s, cfg, visit)


def current_visit(ctx: AppContext, clerk: UserInfo, counter: str) -> CalledVisit | None:
    """The open visit at ``counter``, if any (to restore the counter after a restart)."""
    cfg = ctx.rules.queue
    counter = counter.strip()
    with ctx.read() as s:
        hall = _hall(s)
        visit = s.scalar(
            select(Visit)
            .where(Visit.hall_id == hall.id, Visit.counter == counter, Visit.outcome == "open")
            .order_by(Visit.started_at.desc(), Visit.id.desc())
            .limit(1)
        )
        return _called_visit(s, cfg, visit) if visit else None
