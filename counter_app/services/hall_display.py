"""What the hall display (叫号屏) shows and the hall's voice says: today's calls from
every counter, the waiting tickets per category, the notices in force.

Any PC may show the display; it sees the calls of every counter because it reads
them from the store (``queue_calls``, written in each call's own transaction by
services/queue.py). It polls: ``calls_since(last id)`` is one indexed query that
returns nothing almost every time, cheap enough every few hundred milliseconds on
SQLite and on a PostgreSQL server alike. A poll was chosen over PostgreSQL's
LISTEN/NOTIFY because it is one code path for both stores, holds no extra
connection open, and survives a server restart without reconnecting logic; a
display PC is one client per hall, so the load is a few queries a second.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from counter_app.domain.clock import local_date
from counter_app.services import announcements, queue
from counter_app.services.announcements import NoticeRow
from counter_app.services.context import AppContext
from counter_app.store.models import QueueCall

__all__ = [
    "CallRow",
    "DisplayState",
    "WaitingCount",
    "calls_since",
    "display_state",
    "latest_call_id",
]

RECENT_CALLS = 8  # the calls a display lists, newest first


@dataclass(frozen=True)
class CallRow:
    id: int
    ticket_no: str
    category: str
    category_name: str
    counter: str
    called_at: datetime
    recall: int  # 0: the call; n: its n-th recall


@dataclass(frozen=True)
class WaitingCount:
    category: str
    name: str
    waiting: int


@dataclass(frozen=True)
class DisplayState:
    hall_name: str
    calls: tuple[CallRow, ...]  # today's latest, newest first
    waiting: tuple[WaitingCount, ...]  # in queue.toml's order
    notices: tuple[NoticeRow, ...]  # outages first (announcements.current_and_upcoming)
    last_id: int  # the newest call's id (0: none today); poll calls_since from here


def _row(ctx: AppContext, call: QueueCall) -> CallRow:
    return CallRow(
        id=call.id,
        ticket_no=call.ticket_no,
        category=call.category,
        category_name=ctx.rules.queue.category_name(call.category),
        counter=call.counter,
        called_at=call.called_at,
        recall=call.recall,
    )


def calls_since(ctx: AppContext, after_id: int, limit: int = 50) -> list[CallRow]:
    """Today's calls and recalls after ``after_id``, oldest first (the order to say them)."""
    day = local_date(ctx.clock())
    with ctx.read() as s:
        hall = queue._hall(s)
        found = s.scalars(
            select(QueueCall)
            .where(QueueCall.hall_id == hall.id, QueueCall.day == day, QueueCall.id > after_id)
            .order_by(QueueCall.id)
            .limit(limit)
        ).all()
        return [_row(ctx, c) for c in found]


def latest_call_id(ctx: AppContext) -> int:
    """The newest call's id (0: none yet): where a watcher starting now begins."""
    with ctx.read() as s:
        return int(s.scalar(select(func.max(QueueCall.id))) or 0)


def display_state(ctx: AppContext, recent: int = RECENT_CALLS) -> DisplayState:
    """Everything the display shows at once."""
    day = local_date(ctx.clock())
    cfg = ctx.rules.queue
    with ctx.read() as s:
        hall = queue._hall(s)
        hall_name = hall.name
        found = s.scalars(
            select(QueueCall)
            .where(QueueCall.hall_id == hall.id, QueueCall.day == day)
            .order_by(QueueCall.id.desc())
            .limit(recent * 3)
        ).all()
    # A recalled ticket is listed once, where its latest call puts it.
    latest: dict[str, CallRow] = {}
    for call in found:
        latest.setdefault(call.ticket_no, _row(ctx, call))
    calls = tuple(latest.values())[:recent]
    waiting = tuple(
        WaitingCount(category, cfg.category_name(category), count)
        for category, count in queue.queue_status(ctx).items()
    )
    return DisplayState(
        hall_name=hall_name,
        calls=calls,
        waiting=waiting,
        notices=tuple(announcements.current_and_upcoming(ctx)),
        last_id=found[0].id if found else 0,
    )
