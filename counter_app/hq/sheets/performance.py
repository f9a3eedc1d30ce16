"""员工绩效: one row per clerk with activity in the batch's window, from the tallies the
other sheets kept while their rows were read and the clerks' complaints
(services/indicators.py: the same 投诉数 as the dashboard's)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from counter_app.services.indicators import clerk_complaints

if TYPE_CHECKING:
    from counter_app.hq.batch import NewBatch
    from counter_app.hq.writer import Sheet


def write(batch: NewBatch, sheet: Sheet) -> None:
    assert batch.period_from is not None
    if batch.mode == "range":
        assert batch.range_lo is not None and batch.range_hi is not None
        found = clerk_complaints(batch.s, batch.hall.id, batch.range_lo, batch.range_hi)
    else:
        found = clerk_complaints(batch.s, batch.hall.id, batch.since, batch.now, lo_open=True)
    for clerk_id, n in found.items():
        batch.clerk(clerk_id).complaints += n
    span = f"{batch.period_from:%Y%m%d}-{batch.period_to:%Y%m%d}"
    if batch.mode == "since_last":
        span += f"-B{batch.batch_no:04d}"  # windows of one day do not clash
    people = sorted(
        (batch.staff.get(clerk_id, (str(clerk_id), ""))[0], clerk_id) for clerk_id in batch.perf
    )
    batch.tick(sheet.name, 0, len(people))
    chunk: list[tuple[str, dict[str, Any]]] = []
    for staff_no, clerk_id in people:
        p = batch.perf[clerk_id]
        key = f"{batch.hall.code}-{span}-{staff_no}"
        row = {
            "营业员工号": staff_no,
            "姓名": batch.staff.get(clerk_id, ("", ""))[1] or None,
            "接待人次": p.visits,
            "平均等候分钟": p.waiting_average,
            "平均办理分钟": p.handling_average,
            "收费笔数": p.payments,
            "收费金额": p.paid,
            "满意率": p.satisfaction,
            "差评数": p.bad,
            "投诉数": p.complaints,
            "超期件数": p.overdue,
            "记录键": key,
        }
        chunk.append((key, row))
    batch.put(sheet, chunk, compare=False)
    batch.tick(sheet.name, len(people), len(people))
    batch.counts[sheet.name] = sheet.count
    batch.checksums[sheet.name] = sheet.finish()
