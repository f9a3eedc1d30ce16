"""Export to HQ: the period workbook of hq-contract.md section 1 (docs/hq-formats.md).

One workbook per batch, ``<hall code>_<from yyyymmdd>-<to yyyymmdd>_<batch 4 digits>.xlsx``,
with the sheets 说明, 来访记录, 业务受理, 收费明细, 日结, 投诉意见, 员工绩效, 客户走访 in that
order.

How a batch is made:

- Everything happens in one store transaction: the rows read are one consistent
  state, the batch number is the next one of the hall (gapless: a cancelled or
  failed export rolls its number back), and what the batch contained is kept in
  ``export_rows`` beside the ``export_batches`` row before it commits.
- Rows are streamed from the database (``yield_per``) into an openpyxl write-only
  workbook (lxml): memory does not grow with the number of rows. Each row is
  built and cleaned completely before ``append`` (an exception inside ``append``
  breaks the sheet for good); widths, the frozen header and styles are set before
  the first row, the autofilter at the end.
- The workbook is written to a temporary file in the output folder and moved to
  its name (``os.replace``) only once complete; then the transaction commits. A
  cancel (``progress`` returned False) or any failure removes the temporary file
  and records nothing.

What a batch holds:

- ``since_last`` (the default): what was created or changed after the previous
  --since-last batch's high-water mark (its clock time), looked for with a 5-minute
  overlap so a transaction that took its time before our snapshot cannot slip
  between two batches; rows HQ already has unchanged (same cells as the last time
  the row was exported) are left out. Open applications and complaints are looked
  at every time, since their 是否超期/是否超时 can turn without a change in the
  store. A receipt voided after it was exported comes again with 状态 作废.
- a date range (local days, both included): the records whose main time (visit
  start, acceptance, payment, settlement day, complaint received) falls in it, as
  they stand now.

Personal data is masked (mask_name, mask_id, mask_phone; ID and mobile numbers
inside free text too). A text cell that starts with = + - @, TAB or CR gets a
leading apostrophe so no spreadsheet takes it for a formula; the checksum is over
the neutralised text. ``export_batch_again`` writes a batch again from its
stored rows: the same rows and checksums, whatever changed in the store since.

The contract is counter_app/hq/contract.py; one module per sheet in counter_app/hq/sheets;
the batch in counter_app/hq/batch.py, the file in counter_app/hq/writer.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain.clock import local_date
from counter_app.hq.batch import CHUNK, NewBatch
from counter_app.hq.contract import (
    INFO_COLUMNS,
    INFO_SHEET,
    cell_value,
    columns_of,
    sheets_of,
)
from counter_app.hq.results import (
    SAVING,
    BatchInfo,
    ExportCancelled,
    ExportResult,
    Progress,
    no_progress,
)
from counter_app.hq.writer import (
    CELL_SEPARATOR,
    Placed,
    Sheet,
    discard,
    out_folder,
    write_info,
)
from counter_app.services import audit
from counter_app.services.auth import UserInfo
from counter_app.services.authz import require
from counter_app.services.context import AppContext
from counter_app.services.errors import NotFound, UserError
from counter_app.services.store_kind import refuse_in_training
from counter_app.store.models import ExportBatch, ExportRow, Hall

__all__ = [
    "SAVING",
    "BatchInfo",
    "ExportCancelled",
    "ExportResult",
    "Progress",
    "default_range",
    "export_batch_again",
    "export_period",
    "list_batches",
    "stored_rows",
]


def export_period(
    ctx: AppContext,
    user: UserInfo | None,
    out_dir: Path | str,
    *,
    since_last: bool = True,
    date_from: date | None = None,
    date_to: date | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the next batch's workbook into ``out_dir`` and record the batch.

    Give ``date_from`` and ``date_to`` (local days, both included) for a date range;
    otherwise (``since_last``) the batch holds what was created or changed since the
    previous --since-last batch. ``progress(stage, done, total)`` returning False cancels:
    ExportCancelled is raised, no file is left and nothing is recorded.
    """
    refuse_in_training(ctx, "导出报送总部")
    if (date_from is None) != (date_to is None):
        raise UserError("请同时填写起始日期和截止日期")
    if date_from is not None and date_to is not None:
        if date_from > date_to:
            raise UserError("起始日期不能晚于截止日期")
        mode = "range"
    elif since_last:
        mode = "since_last"
    else:
        raise UserError("请选择“自上次导出以来”或填写起始和截止日期")
    report = progress or no_progress
    return _placed(
        ctx,
        user,
        out_dir,
        lambda s, placed: NewBatch(ctx, s, user, mode, date_from, date_to, report).run(placed),
    )


def _placed(
    ctx: AppContext,
    user: UserInfo | None,
    out_dir: Path | str,
    write: Callable[[Session, Placed], ExportResult],
) -> ExportResult:
    """``write`` the workbook into a temporary file of ``out_dir`` in one store transaction,
    which commits after the file took its name; cancelled, failed, or the commit failed:
    no file stays and nothing is recorded."""
    placed = Placed(out_folder(out_dir))
    try:
        with ctx.write() as s:
            require(s, user, "export.hq", ctx.clock())
            return write(s, placed)
    except BaseException:
        placed.undo()
        raise


# -- a batch again ------------------------------------------------------------------------


def export_batch_again(
    ctx: AppContext,
    batch_no: int,
    out_dir: Path | str,
    *,
    user: UserInfo | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Write batch ``batch_no`` again from what it contained: the same rows, the same
    checksums and the same 说明, whatever changed in the store since."""
    refuse_in_training(ctx, "导出报送总部")
    report = progress or no_progress
    return _placed(
        ctx, user, out_dir, lambda s, placed: _write_again(ctx, s, batch_no, placed, user, report)
    )


def _write_again(
    ctx: AppContext,
    s: Session,
    batch_no: int,
    placed: Placed,
    user: UserInfo | None,
    report: Progress,
) -> ExportResult:
    folder = placed.folder
    hall = s.scalar(select(Hall).order_by(Hall.id).limit(1))
    if hall is None:
        raise UserError("营业厅尚未设置，没有可导出的数据")
    batch = s.scalar(
        select(ExportBatch).where(ExportBatch.hall_id == hall.id, ExportBatch.batch_no == batch_no)
    )
    if batch is None:
        raise NotFound("没有第 {batch_no:04d} 批导出记录", batch_no=batch_no)
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    try:
        info = Sheet(wb, INFO_SHEET, INFO_COLUMNS)
        version = int(batch.manifest.get("format_version", 1))
        for name in sheets_of(version):  # the sheets and columns the batch was written with
            sheet = Sheet(wb, name, columns_of(name, version))
            total = int(batch.row_counts.get(name, 0))
            if not report(name, 0, total):
                raise ExportCancelled()
            kinds = [col.kind for col in sheet.columns]
            rows = s.execute(
                select(ExportRow.cells)
                .where(ExportRow.batch_id == batch.id, ExportRow.sheet == name)
                .order_by(ExportRow.seq)
                .execution_options(yield_per=CHUNK)
            ).scalars()
            for cells in rows:
                texts = cells.split(CELL_SEPARATOR)
                values = [cell_value(k, t) for k, t in zip(kinds, texts, strict=True)]
                sheet.add(values, texts)
                if sheet.count % CHUNK == 0 and not report(name, sheet.count, total):
                    raise ExportCancelled()
            digest = sheet.finish()
            if sheet.count != total or digest != batch.checksums.get(name):
                raise UserError(
                    "第 {batch_no:04d} 批的“{name}”保存的数据与当初导出时不符，"
                    "无法重新导出。请联系管理员检查数据库。",
                    batch_no=batch_no,
                    name=name,
                )
            if not report(name, total, total):
                raise ExportCancelled()
        write_info(info, [list(r) for r in batch.manifest["rows"]])
        if not report(SAVING, 0, 1):
            raise ExportCancelled()
        placed.save(wb)
        audit.record(
            s,
            ctx.clock(),
            user.id if user else None,
            "export.again",
            "export_batch",
            f"{hall.code}:{batch_no:04d}",
            {"file": batch.file_name},
        )
        s.flush()
        if not report(SAVING, 1, 1):
            raise ExportCancelled()
        placed.place(folder / batch.file_name)
    except BaseException:
        discard(wb)
        raise
    return ExportResult(
        batch.batch_no,
        folder / batch.file_name,
        batch.mode,
        batch.period_from,
        batch.period_to,
        batch.high_water,
        {k: int(v) for k, v in batch.row_counts.items()},
        dict(batch.checksums),
        again=True,
    )


def default_range(ctx: AppContext) -> tuple[date, date]:
    """What the export screen offers for a date range: this month so far."""
    today = local_date(ctx.clock())
    return today.replace(day=1), today


def list_batches(ctx: AppContext) -> list[BatchInfo]:
    """The hall's batches, newest first."""
    with ctx.read() as s:
        hall_id = s.scalar(select(Hall.id).order_by(Hall.id).limit(1))
        rows = s.scalars(
            select(ExportBatch)
            .where(ExportBatch.hall_id == hall_id)
            .order_by(ExportBatch.batch_no.desc())
        ).all()
        return [
            BatchInfo(
                b.batch_no,
                b.mode,
                b.period_from,
                b.period_to,
                b.created_at,
                b.file_name,
                sum(int(v) for v in b.row_counts.values()),
            )
            for b in rows
        ]


def stored_rows(ctx: AppContext, batch_no: int) -> Iterator[tuple[str, list[Any]]]:
    """(sheet, cell values) of a batch as it was written, in order (benchmarks, checks)."""
    with ctx.read() as s:
        hall_id = s.scalar(select(Hall.id).order_by(Hall.id).limit(1))
        batch = s.scalar(
            select(ExportBatch).where(
                ExportBatch.hall_id == hall_id, ExportBatch.batch_no == batch_no
            )
        )
        if batch is None:
            raise NotFound("没有第 {batch_no:04d} 批导出记录", batch_no=batch_no)
        version = int(batch.manifest.get("format_version", 1))
        for name in sheets_of(version):
            kinds = [col.kind for col in columns_of(name, version)]
            for cells in s.scalars(
                select(ExportRow.cells)
                .where(ExportRow.batch_id == batch.id, ExportRow.sheet == name)
                .order_by(ExportRow.seq)
                .execution_options(yield_per=CHUNK)
            ):
                texts = cells.split(CELL_SEPARATOR)
                yield name, [cell_value(k, t) for k, t in zip(kinds, texts, strict=True)]
