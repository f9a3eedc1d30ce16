"""来访记录: one row per visit; a visit started in the window counts in its clerk's
员工绩效 (and its rating, given in the window)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import func, or_, select

from counter_app.domain.masking import mask_name
from counter_app.domain.queueing import RATING_NAMES
from counter_app.domain.vocabulary import VISIT_BUSINESSES, VISIT_OUTCOME_NAMES
from counter_app.hq.cells import hall_key, local, minutes_between, stored
from counter_app.store.models import Account, Application, Customer, Payment, Ticket, Visit

if TYPE_CHECKING:
    from counter_app.hq.batch import NewBatch
    from counter_app.hq.writer import Sheet

UNRATED = "未评价"


def write(batch: NewBatch, sheet: Sheet) -> None:
    hall = batch.hall
    paid = (
        select(Payment.visit_id, func.min(Payment.account_id).label("account_id"))
        .where(Payment.visit_id.is_not(None), Payment.hall_id == hall.id)
        .group_by(Payment.visit_id)
        .subquery()
    )
    applied = (
        select(Application.visit_id, func.min(Application.account_id).label("account_id"))
        .where(Application.visit_id.is_not(None), Application.hall_id == hall.id)
        .group_by(Application.visit_id)
        .subquery()
    )
    tickets = (
        select(Ticket.visit_id, func.min(Ticket.ticket_no).label("ticket_no"))
        .where(Ticket.visit_id.is_not(None), Ticket.hall_id == hall.id)
        .group_by(Ticket.visit_id)
        .subquery()
    )
    where = batch.scope(
        Visit.hall_id,
        lambda: batch.in_range(Visit.started_at),
        lambda t: or_(
            Visit.started_at > t,
            Visit.ended_at > t,
            Visit.updated_at > t,
            Visit.rated_at > t,
            Visit.called_at > t,
            Visit.arrived_at > t,
        ),
    )
    query = (
        select(
            Visit.visit_no,
            tickets.c.ticket_no,
            Visit.counter,
            Visit.clerk_id,
            stored(Visit.arrived_at),
            stored(Visit.called_at),
            stored(Visit.started_at),
            stored(Visit.ended_at),
            Visit.business_code,
            Account.account_no,
            Customer.name,
            Visit.outcome,
            Visit.rating,
            stored(Visit.rated_at),
        )
        .outerjoin(Customer, Customer.id == Visit.customer_id)
        .outerjoin(paid, paid.c.visit_id == Visit.id)
        .outerjoin(applied, applied.c.visit_id == Visit.id)
        .outerjoin(Account, Account.id == func.coalesce(paid.c.account_id, applied.c.account_id))
        .outerjoin(tickets, tickets.c.visit_id == Visit.id)
        .where(where)
        .order_by(Visit.id)
    )
    count = select(func.count()).select_from(Visit).where(where)
    names = {code: d.name for code, d in batch.workflows.items()} | dict(VISIT_BUSINESSES)
    code, staff_no, in_window, clerk = batch.hall.code, batch.staff_no, batch.in_window, batch.clerk
    oldest = batch.oldest

    def build(r: Any) -> tuple[str, dict[str, Any]]:
        nonlocal oldest
        (visit_no, ticket_no, counter, clerk_id, arrived_at, called_at, started_at, ended_at,
         business, account_no, name, outcome, rating, rated_at) = r  # fmt: skip
        arrived, called = local(arrived_at), local(called_at)
        started, ended = local(started_at), local(ended_at)
        assert started is not None
        waited = minutes_between(arrived, called or started) if arrived else None
        handled = minutes_between(started, ended)
        if in_window(started_at):
            clerk(clerk_id).visit(arrived, called, started, ended)
        if rating is not None and in_window(rated_at or ended_at):
            clerk(clerk_id).rating(rating)
        if oldest is None or started_at < oldest:
            oldest = batch.oldest = started_at
        key = hall_key(code, visit_no)
        return key, {
            "来访编号": visit_no,
            "票号": ticket_no,
            "柜台": counter,
            "营业员工号": staff_no(clerk_id),
            "到达时间": arrived,
            "开始办理时间": started,
            "结束时间": ended,
            "等候分钟": waited,
            "办理分钟": handled,
            "业务类型": names.get(business, business),
            "户号": account_no,
            "客户姓名": mask_name(name) if name else None,
            "办理结果": VISIT_OUTCOME_NAMES.get(outcome, outcome),
            "满意度": UNRATED if rating is None else RATING_NAMES.get(rating, UNRATED),
            "记录键": key,
        }

    batch.stream(sheet, query, count, build)
