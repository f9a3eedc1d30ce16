"""业务受理: one row per application, with its 是否超期; an overdue one accepted in the
window counts in its clerk's 超期件数."""

from __future__ import annotations

from datetime import UTC
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import aliased

from counter_app.domain import reconnection as rc
from counter_app.domain.masking import mask_id, mask_name, mask_phone
from counter_app.domain.vocabulary import APPLICATION_OPEN, APPLICATION_STATUSES
from counter_app.hq.cells import NO, YES, hall_day, hall_key, local, midnight, stored
from counter_app.services.deadlines import application_overdue
from counter_app.store.models import Account, Application, ApplicationStep, Customer

if TYPE_CHECKING:
    from counter_app.hq.batch import NewBatch
    from counter_app.hq.writer import Sheet


def write(batch: NewBatch, sheet: Sheet) -> None:
    hall = batch.hall
    where = batch.scope(
        Application.hall_id,
        lambda: batch.in_range(Application.accepted_at),
        # Open ones every time: 是否超期 turns with the calendar, not with a change.
        lambda t: or_(Application.updated_at > t, Application.status.in_(APPLICATION_OPEN)),
    )
    step = aliased(ApplicationStep)
    query = (
        select(
            Application.application_no,
            Application.business_name,
            Account.account_no,
            Customer.name,
            Customer.cert_no,
            Customer.mobile,
            Application.address,
            Application.capacity_kw,
            stored(Application.accepted_at),
            step.name.label("step_name"),
            step.due_date.label("step_due"),
            Application.status,
            Application.promised_date,
            stored(Application.completed_at),
            stored(Application.paused_since),
            Application.clerk_id,
        )
        .join(Customer, Customer.id == Application.customer_id)
        .outerjoin(Account, Account.id == Application.account_id)
        .outerjoin(
            step,
            and_(
                step.application_id == Application.id,
                step.code == Application.current_step,
            ),
        )
        .where(where)
        .order_by(Application.id)
    )
    count = select(func.count()).select_from(Application).where(where)
    code, today = batch.hall.code, batch.today
    # A 复电's limit is hours from the payment (domain/reconnection.py), not a date:
    # its 是否超期 compares times. Few per hall, so read them first.
    deadlines = {
        no: rc.deadline_of(details)
        for no, details in batch.s.execute(
            select(Application.application_no, Application.details).where(
                Application.hall_id == hall.id,
                Application.business_code == rc.RECONNECTION,
            )
        ).tuples()
    }

    def build(r: Any) -> tuple[str, dict[str, Any]]:
        overdue = application_overdue(
            r.status,
            r.step_due,
            r.promised_date,
            hall_day(r.completed_at) if r.completed_at else None,
            hall_day(r.paused_since) if r.paused_since else None,
            today,
        )
        by = deadlines.get(r.application_no)
        if by is not None:  # stored naive UTC (stored); the deadline is aware
            done = r.completed_at.replace(tzinfo=UTC) if r.completed_at else None
            overdue = (done or batch.now) > by if r.status != "cancelled" else False
        if overdue and batch.in_window(r.accepted_at):
            batch.clerk(r.clerk_id).overdue += 1
        batch.seen(r.accepted_at)
        key = hall_key(code, r.application_no)
        return key, {
            "申请编号": r.application_no,
            "业务类型": r.business_name,
            "户号": r.account_no,
            "户名": mask_name(r.name),
            "证件号码": mask_id(r.cert_no) if r.cert_no else None,
            "联系电话": mask_phone(r.mobile) if r.mobile else None,
            "用电地址": r.address,
            "申请容量(kW)": r.capacity_kw,
            "受理时间": local(r.accepted_at),
            "当前环节": r.step_name if r.status in APPLICATION_OPEN else None,
            "状态": APPLICATION_STATUSES.get(r.status, r.status),
            "承诺完成日期": midnight(r.promised_date),
            "完成时间": local(r.completed_at),
            "是否超期": YES if overdue else NO,
            "记录键": key,
        }

    batch.stream(sheet, query, count, build)
