"""投诉意见: one row per complaint or rating follow-up, with its 是否超时."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import func, or_, select

from counter_app.domain.vocabulary import COMPLAINT_KINDS, COMPLAINT_STATUSES
from counter_app.hq.cells import NO, YES, hall_day, hall_key, local, midnight, scrub, stored
from counter_app.services.deadlines import complaint_finished_late
from counter_app.store.models import Complaint

if TYPE_CHECKING:
    from counter_app.hq.batch import NewBatch
    from counter_app.hq.writer import Sheet

SUMMARY_MAX = 200  # 内容摘要


def write(batch: NewBatch, sheet: Sheet) -> None:
    where = batch.scope(
        Complaint.hall_id,
        lambda: batch.in_range(Complaint.received_at),
        # Open ones every time: 是否超时 turns with the calendar, not with a change.
        lambda t: or_(Complaint.updated_at > t, Complaint.closed_at.is_(None)),
    )
    query = (
        select(
            Complaint.complaint_no,
            Complaint.kind,
            stored(Complaint.received_at),
            Complaint.channel,
            Complaint.category,
            Complaint.account_no,
            Complaint.content,
            Complaint.contact_due,
            Complaint.decision_due,
            Complaint.status,
            stored(Complaint.contacted_at),
            Complaint.resolution,
            stored(Complaint.resolved_at),
            Complaint.callback_result,
            stored(Complaint.closed_at),
        )
        .where(where)
        .order_by(Complaint.id)
    )
    count = select(func.count()).select_from(Complaint).where(where)
    code, today = batch.hall.code, batch.today

    def build(r: Any) -> tuple[str, dict[str, Any]]:
        done = r.resolved_at or r.closed_at
        late = complaint_finished_late(
            hall_day(r.contacted_at) if r.contacted_at else None,
            hall_day(done) if done else None,
            r.contact_due,
            r.decision_due,
            today,
        )
        batch.seen(r.received_at)
        summary = scrub(" ".join(r.content.split()))
        if len(summary) > SUMMARY_MAX:
            summary = summary[: SUMMARY_MAX - 1] + "…"
        key = hall_key(code, r.complaint_no)
        return key, {
            "编号": r.complaint_no,
            "受理时间": local(r.received_at),
            "渠道": r.channel,
            "类别": r.category,
            "户号": r.account_no or None,
            "内容摘要": summary or None,
            "联系时限": midnight(r.contact_due),
            "办结时限": midnight(r.decision_due),
            "状态": COMPLAINT_STATUSES.get(r.status, r.status),
            "处理结果": scrub(r.resolution) or None,
            "回访结果": scrub(r.callback_result) or None,
            "办结时间": local(r.closed_at),
            "是否超时": YES if late else NO,
            "类型": COMPLAINT_KINDS.get(r.kind, r.kind),
            "记录键": key,
        }

    batch.stream(sheet, query, count, build)
