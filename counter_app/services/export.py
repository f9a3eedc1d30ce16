"""Export to HQ: the period workbook of hq-contract.md section 1 (docs/hq-formats.md).

One workbook per batch, ``<hall code>_<from yyyymmdd>-<to yyyymmdd>_<batch 4 digits>.xlsx``,
with the sheets 说明, 来访记录, 业务受理, 收费明细, 日结, 投诉意见, 员工绩效 in that order.

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
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import DateTime, Select, and_, func, insert, or_, select, type_coerce
from sqlalchemy.orm import Session, aliased

from counter_app import __version__
from counter_app.domain import reconnection as rc
from counter_app.domain.clock import HALL_TZ, local_date, local_naive
from counter_app.domain.masking import mask_id, mask_name, mask_phone
from counter_app.domain.queueing import BAD_UP_TO, RATING_NAMES, SATISFIED_FROM
from counter_app.domain.text import N_
from counter_app.services import audit, batch_marks
from counter_app.services.auth import UserInfo
from counter_app.services.authz import require
from counter_app.services.context import AppContext
from counter_app.services.errors import NotFound, UserError
from counter_app.services.payments import METHODS
from counter_app.services.sequences import next_number
from counter_app.services.store_kind import refuse_in_training
from counter_app.services.tracking import OPEN as OPEN_APPLICATION
from counter_app.services.tracking import STATUS_NAMES as APPLICATION_STATUS_NAMES
from counter_app.store.models import (
    Account,
    Application,
    ApplicationStep,
    Complaint,
    Customer,
    ExportBatch,
    ExportRow,
    Hall,
    Payment,
    PaymentLine,
    Settlement,
    Ticket,
    User,
    Visit,
)
from counter_app.store.models import Sequence as SequenceRow

__all__ = [
    "DATA_SHEETS",
    "FORMAT_VERSION",
    "INFO_SHEET",
    "KEY_HEADER",
    "SHEETS",
    "BatchInfo",
    "Column",
    "ExportCancelled",
    "ExportResult",
    "Progress",
    "batch_file_name",
    "cell_text",
    "cell_value",
    "default_range",
    "export_batch_again",
    "export_period",
    "list_batches",
    "neutralise",
    "sheet_checksum",
    "stored_rows",
]

FORMAT_VERSION = 1
# Called with (stage, done, total); return False to cancel. Stages are sheet names,
# then SAVING. Called from the thread the export runs in.
Progress = Callable[[str, int, int], bool]
SAVING = "保存文件"
OVERLAP = timedelta(minutes=5)  # --since-last looks this far back before the last mark
CHUNK = 1000  # rows read, compared and stored at a time
EXCEL_TEXT_MAX = 32767
# Between the cell texts of a stored row: a control character, removed from every text.
CELL_SEPARATOR = "\x1f"
SUMMARY_MAX = 200  # 内容摘要

# Kinds of cell: how each is written, formatted and rendered as text for the checksum.
TEXT, TIME, DAY, MONEY, DEC2, INT, MINUTES, RATIO = (
    "text",
    "time",
    "day",
    "money",
    "dec2",
    "int",
    "minutes",
    "ratio",
)
NUMBER_FORMATS = {
    TIME: "yyyy-mm-dd hh:mm",
    DAY: "yyyy-mm-dd",
    MONEY: "0.00",
    DEC2: "0.00",
    MINUTES: "0.0",
    RATIO: "0.0%",
}


@dataclass(frozen=True)
class Column:
    header: str
    kind: str = TEXT
    width: float = 12


KEY_HEADER = "记录键"
INFO_SHEET = "说明"
INFO_COLUMNS = (Column("项目", TEXT, 22), Column("内容", TEXT, 110))

# The contract's columns in its order; 记录键 (and 类型 on 投诉意见) follow them.
SHEETS: dict[str, tuple[Column, ...]] = {
    "来访记录": (
        Column("来访编号", TEXT, 23),
        Column("票号", TEXT, 8),
        Column("柜台", TEXT, 7),
        Column("营业员工号", TEXT, 12),
        Column("到达时间", TIME, 18),
        Column("开始办理时间", TIME, 18),
        Column("结束时间", TIME, 18),
        Column("等候分钟", MINUTES, 10),
        Column("办理分钟", MINUTES, 10),
        Column("业务类型", TEXT, 30),
        Column("户号", TEXT, 18),
        Column("客户姓名", TEXT, 14),
        Column("办理结果", TEXT, 10),
        Column("满意度", TEXT, 12),
        Column(KEY_HEADER, TEXT, 23),
    ),
    "业务受理": (
        Column("申请编号", TEXT, 22),
        Column("业务类型", TEXT, 30),
        Column("户号", TEXT, 18),
        Column("户名", TEXT, 16),
        Column("证件号码", TEXT, 22),
        Column("联系电话", TEXT, 14),
        Column("用电地址", TEXT, 52),
        Column("申请容量(kW)", DEC2, 14),
        Column("受理时间", TIME, 18),
        Column("当前环节", TEXT, 16),
        Column("状态", TEXT, 22),
        Column("承诺完成日期", DAY, 14),
        Column("完成时间", TIME, 18),
        Column("是否超期", TEXT, 10),
        Column(KEY_HEADER, TEXT, 22),
    ),
    "收费明细": (
        Column("收据号", TEXT, 25),
        Column("收费时间", TIME, 18),
        Column("户号", TEXT, 18),
        Column("户名", TEXT, 16),
        Column("费用项目", TEXT, 22),
        Column("应收年月", TEXT, 10),
        Column("金额", MONEY, 12),
        Column("违约金", MONEY, 10),
        Column("合计", MONEY, 12),
        Column("支付方式", TEXT, 10),
        Column("交易参考号", TEXT, 30),
        Column("收费员工号", TEXT, 12),
        Column("状态", TEXT, 8),
        Column("作废原因", TEXT, 30),
        Column("授权人", TEXT, 10),
        Column(KEY_HEADER, TEXT, 28),
    ),
    "日结": (
        Column("日结编号", TEXT, 23),
        Column("日期", DAY, 12),
        Column("收费员工号", TEXT, 12),
        Column("应收现金", MONEY, 13),
        Column("实点现金", MONEY, 13),
        Column("差额", MONEY, 11),
        Column("非现金合计", MONEY, 13),
        Column("笔数", INT, 8),
        Column("差异说明", TEXT, 40),
        Column("复核人", TEXT, 10),
        Column(KEY_HEADER, TEXT, 23),
    ),
    "投诉意见": (
        Column("编号", TEXT, 23),
        Column("受理时间", TIME, 18),
        Column("渠道", TEXT, 10),
        Column("类别", TEXT, 12),
        Column("户号", TEXT, 18),
        Column("内容摘要", TEXT, 60),
        Column("联系时限", DAY, 12),
        Column("办结时限", DAY, 12),
        Column("状态", TEXT, 12),
        Column("处理结果", TEXT, 40),
        Column("回访结果", TEXT, 30),
        Column("办结时间", TIME, 18),
        Column("是否超时", TEXT, 10),
        Column("类型", TEXT, 10),
        Column(KEY_HEADER, TEXT, 23),
    ),
    "员工绩效": (
        Column("营业员工号", TEXT, 12),
        Column("姓名", TEXT, 10),
        Column("接待人次", INT, 10),
        Column("平均等候分钟", MINUTES, 14),
        Column("平均办理分钟", MINUTES, 14),
        Column("收费笔数", INT, 10),
        Column("收费金额", MONEY, 14),
        Column("满意率", RATIO, 9),
        Column("差评数", INT, 8),
        Column("投诉数", INT, 8),
        Column("超期件数", INT, 10),
        Column(KEY_HEADER, TEXT, 42),
    ),
}
DATA_SHEETS = tuple(SHEETS)
MODE_NAMES = {"since_last": N_("自上一批次以来的新增和变更"), "range": N_("指定日期范围")}

VISIT_BUSINESS_NAMES = {"payment": N_("电费缴纳"), "inquiry": N_("业务咨询")}
VISIT_OUTCOME_NAMES = {
    "open": N_("办理中"),
    "completed": N_("已办结"),
    "needs_documents": N_("需补资料"),
    "referred": N_("已转办"),
    "abandoned": N_("客户离开"),
}
UNRATED = "未评价"
# As the complaints screens name them (services.complaints STATUS_NAMES, KIND_NAMES).
COMPLAINT_STATUS_NAMES = {
    "open": N_("待联系"),
    "contacted": N_("处理中"),
    "resolved": N_("已处理"),
    "closed": N_("已办结"),
}
COMPLAINT_KIND_NAMES = {"complaint": N_("投诉"), "followup": N_("评价回访")}
YES, NO = "是", "否"


class ExportCancelled(UserError):
    """The user cancelled: no file was left and nothing was recorded."""

    def __init__(self) -> None:
        super().__init__("导出已取消，没有生成文件，也没有记录批次。")


@dataclass(frozen=True)
class ExportResult:
    batch_no: int
    path: Path
    mode: str  # since_last / range
    period_from: date
    period_to: date
    high_water: datetime
    row_counts: dict[str, int]
    checksums: dict[str, str]
    again: bool = False

    @property
    def rows(self) -> int:
        return sum(self.row_counts.values())

    def lines(self) -> list[str]:
        head = "重新导出" if self.again else "已导出"
        out = [
            f"{head}第 {self.batch_no:04d} 批：{self.path}",
            f"期间 {self.period_from.isoformat()} 至 {self.period_to.isoformat()}"
            f"（{MODE_NAMES.get(self.mode, self.mode)}）",
        ]
        out += [
            f"{name}：{self.row_counts[name]} 行，SHA-256 {self.checksums[name]}"
            for name in DATA_SHEETS
        ]
        return out


@dataclass(frozen=True)
class BatchInfo:
    batch_no: int
    mode: str
    period_from: date
    period_to: date
    created_at: datetime
    file_name: str
    rows: int

    @property
    def label(self) -> str:
        return (
            f"第 {self.batch_no:04d} 批  {self.period_from.isoformat()} 至 "
            f"{self.period_to.isoformat()}  {self.rows} 行"
        )


# -- cells: cleaning, text, checksum -----------------------------------------------------

_DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")
# Characters XML 1.0 cannot hold (openpyxl refuses them and the sheet breaks).
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_ID_IN_TEXT = re.compile(r"(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])")
_MOBILE_IN_TEXT = re.compile(r"(?<!\d)(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?!\d)")


def neutralise(text: str) -> str:
    """A text cell as exported: no XML-illegal characters, within Excel's limit, and never
    read as a formula (a leading =, +, -, @, TAB or CR gets an apostrophe before it)."""
    if not text.isprintable():
        text = _ILLEGAL.sub("", text)
    if len(text) >= EXCEL_TEXT_MAX:
        text = text[: EXCEL_TEXT_MAX - 1]
    if text.startswith(_DANGEROUS_START):
        text = "'" + text
    return text


def scrub(text: str) -> str:
    """Free text typed by a clerk: ID and mobile numbers in it masked."""
    text = _ID_IN_TEXT.sub(lambda m: mask_id(m.group()), text)
    return _MOBILE_IN_TEXT.sub(lambda m: mask_phone(m.group()), text)


def _text(value: str) -> str:
    return value


def _fixed(places: int) -> Callable[[Decimal], str]:
    spec = f".{places}f"
    return lambda value: format(value, spec)


def _iso(value: datetime) -> str:
    return value.isoformat(" ")


TEXTS: dict[str, Callable[[Any], str]] = {
    TEXT: _text,
    TIME: _iso,
    DAY: _iso,
    MONEY: _fixed(2),
    DEC2: _fixed(2),
    INT: str,
    MINUTES: _fixed(1),
    RATIO: _fixed(4),
}


def cell_text(kind: str, value: Any) -> str:
    """The text of a cell for the checksum: empty, the text itself, a time as
    ``yyyy-mm-dd hh:mm:ss`` (a date at 00:00:00), money with two decimals."""
    return "" if value is None else TEXTS[kind](value)


def cell_value(kind: str, text: str) -> Any:
    """The cell written for a stored text (the inverse of cell_text)."""
    if text == "":
        return None
    if kind == TEXT:
        return text
    if kind in (TIME, DAY):
        return datetime.fromisoformat(text)
    if kind == INT:
        return int(text)
    return Decimal(text)


def sheet_checksum(rows: Iterable[Sequence[str]]) -> str:
    """SHA-256 of data rows given as cell texts: TAB between cells, LF between rows, UTF-8."""
    digest = hashlib.sha256()
    for n, texts in enumerate(rows):
        digest.update((("\n" if n else "") + "\t".join(texts)).encode("utf-8"))
    return digest.hexdigest()


def batch_file_name(hall_code: str, period_from: date, period_to: date, batch_no: int) -> str:
    return f"{hall_code}_{period_from:%Y%m%d}-{period_to:%Y%m%d}_{batch_no:04d}.xlsx"


_HALL_OFFSET = timedelta(hours=8)
assert HALL_TZ.utcoffset(None) == _HALL_OFFSET


def _stored(column: Any) -> Any:
    """A time column as stored, naive UTC: the rows skip the aware-datetime decorator's
    Python work per value (the export reads a few hundred thousand of them)."""
    return type_coerce(column, DateTime()).label(column.key)


def _naive_utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None)


def _local(moment: datetime | None) -> datetime | None:
    """Hall wall time, naive (openpyxl refuses aware datetimes), whole seconds. A naive time
    is UTC as stored (see _stored)."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        return moment.replace(microsecond=0) + _HALL_OFFSET
    return local_naive(moment).replace(microsecond=0)


def _day(moment: datetime) -> date:
    """The hall's day of a time (naive: UTC as stored)."""
    if moment.tzinfo is None:
        return (moment + _HALL_OFFSET).date()
    return local_date(moment)


def _stamp(moment: datetime) -> str:
    """A stored time as the 说明 sheet shows it: hall time, ``yyyy-mm-dd hh:mm:ss``."""
    return local_naive(moment).replace(microsecond=0).isoformat(" ")


def _midnight(day: date | None) -> datetime | None:
    return None if day is None else datetime.combine(day, time.min)


_TENTH = Decimal("0.1")
_SECOND = timedelta(seconds=1)
_RATIO_PLACES = Decimal("0.0001")


def _minutes(start: datetime | None, end: datetime | None) -> Decimal | None:
    """Minutes between two exported (whole-second) times, to 0.1, half up."""
    if start is None or end is None:
        return None
    seconds = (end - start) // _SECOND
    if seconds >= 0:  # tenths of a minute, half up, in integers
        return Decimal((seconds + 3) // 6).scaleb(-1)
    return (Decimal(seconds) / 60).quantize(_TENTH, rounding=ROUND_HALF_UP)


def _hall_key(hall_code: str, number: str) -> str:
    """A row key unique across halls: the number, with the hall code in front if it lacks it."""
    return number if number.startswith(f"{hall_code}-") else f"{hall_code}-{number}"


# -- the workbook ---------------------------------------------------------------------------


class _Sheet:
    """One write-only sheet: widths, frozen header and header row first, autofilter last."""

    def __init__(self, wb: Any, name: str, columns: Sequence[Column]) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
        from openpyxl.utils import get_column_letter
        from openpyxl.worksheet.worksheet import Worksheet

        self._cell = WriteOnlyCell
        self.name, self.columns = name, tuple(columns)
        self.ws = ws = wb.create_sheet(name)
        for i, col in enumerate(columns, 1):
            ws.column_dimensions[get_column_letter(i)].width = col.width
        ws.freeze_panes = "A2"
        # Printed: landscape A4, as wide as one page, the header row on every page.
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_title_rows = "1:1"
        self.last_column = get_column_letter(len(columns))
        bold = Font(bold=True)
        fill = PatternFill("solid", fgColor="DDEBF7")
        line = Border(bottom=Side(style="thin", color="8EA9DB"))
        middle = Alignment(horizontal="center", vertical="center")
        header = []
        for col in columns:
            cell = WriteOnlyCell(ws, col.header)
            cell.font, cell.fill, cell.border, cell.alignment = bold, fill, line, middle
            header.append(cell)
        ws.append(header)
        self.formats = [NUMBER_FORMATS.get(col.kind) for col in columns]
        self.texts = [TEXTS[col.kind] for col in columns]
        self.text_columns = [i for i, col in enumerate(columns) if col.kind == TEXT]
        self.digest = hashlib.sha256()
        self.count = 0

    def add(self, values: Sequence[Any], texts: Sequence[str]) -> None:
        """Append one clean row (every cell built before ``append``) and hash its texts."""
        cell = self._cell
        ws = self.ws
        row: list[Any] = []
        for value, number_format in zip(values, self.formats, strict=True):
            if number_format is None or value is None:
                row.append(value)
            else:
                c = cell(ws, value)
                c.number_format = number_format
                row.append(c)
        self.digest.update((("\n" if self.count else "") + "\t".join(texts)).encode("utf-8"))
        ws.append(row)
        self.count += 1

    def finish(self) -> str:
        self.ws.auto_filter.ref = f"A1:{self.last_column}{self.count + 1}"
        return self.digest.hexdigest()


def _clean_row(sheet: _Sheet, values: list[Any]) -> list[str]:
    """Neutralise the row's text cells in place; returns the texts of all its cells."""
    for i in sheet.text_columns:
        value = values[i]
        if value is not None and (
            not value  # "" is an empty cell
            or value[0] in "=+-@"
            or not value.isprintable()  # control characters, TAB and CR among them
            or len(value) >= EXCEL_TEXT_MAX
        ):
            values[i] = neutralise(value) or None
    return [
        v if v.__class__ is str else ("" if v is None else f(v))
        for f, v in zip(sheet.texts, values, strict=True)
    ]


def _discard(wb: Any) -> None:
    """Close and delete the temporary files of an abandoned write-only workbook's sheets
    (openpyxl would remove them only at exit). The row writer is closed before the file
    writer, as openpyxl itself does, so nothing is left half-closed."""
    for ws in getattr(wb, "_sheets", ()):
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        rows = getattr(ws, "_rows", None)
        for step in (
            rows.close if rows is not None else None,
            writer.close,
            writer.cleanup,  # already gone after a save: nothing to remove
        ):
            if step is not None:
                with contextlib.suppress(Exception):
                    step()


def _out_folder(out_dir: Path | str) -> Path:
    folder = Path(out_dir).expanduser()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(
            "无法使用导出文件夹 {folder}：{reason}", folder=folder, reason=exc.strerror or exc
        ) from None
    if not os.access(folder, os.W_OK):
        raise UserError("导出文件夹 {folder} 不可写入，请换一个文件夹", folder=folder)
    return folder


_ROWS_COLUMNS = ("batch_id", "sheet", "seq", "row_key", "cells")
_MARKS = {"qmark": "?", "format": "%s", "pyformat": "%s"}


def _store_rows(s: Session, rows: list[tuple[Any, ...]]) -> None:
    """Insert export_rows as tuples through the driver's executemany: a batch may hold a
    few hundred thousand rows and SQLAlchemy's per-row parameter handling is not free."""
    conn = s.connection()
    mark = _MARKS.get(conn.dialect.paramstyle)
    if mark is None:  # another driver: the portable way
        conn.execute(insert(ExportRow), [dict(zip(_ROWS_COLUMNS, r, strict=True)) for r in rows])
        return
    marks = ", ".join([mark] * len(_ROWS_COLUMNS))
    conn.exec_driver_sql(
        f"INSERT INTO export_rows ({', '.join(_ROWS_COLUMNS)}) VALUES ({marks})", rows
    )


class _Placed:
    """The temporary workbook file in the output folder, moved to its name when done."""

    def __init__(self, folder: Path) -> None:
        # Named here, not by mkstemp: the file gets the usual permissions, not 0600.
        self.folder = folder
        self.temp = folder / f".导出中-{uuid.uuid4().hex}.xlsx.part"
        self.final: Path | None = None

    def save(self, wb: Any) -> None:
        try:
            wb.save(str(self.temp))
        except OSError as exc:
            raise UserError("导出文件未能写入：{reason}", reason=exc.strerror or exc) from None

    def place(self, final: Path) -> None:
        try:
            os.replace(self.temp, final)
        except OSError as exc:
            raise UserError(
                "导出文件未能保存为 {name}：{reason}", name=final.name, reason=exc.strerror or exc
            ) from None
        self.final = final

    def undo(self) -> None:
        self.temp.unlink(missing_ok=True)
        if self.final is not None:
            self.final.unlink(missing_ok=True)


# -- a new batch --------------------------------------------------------------------------


@dataclass
class _Perf:
    """员工绩效 of one clerk over the batch's window."""

    visits: int = 0
    wait_seconds: int = 0
    waits: int = 0
    handle_seconds: int = 0
    handled: int = 0
    payments: int = 0
    paid: Decimal = field(default_factory=lambda: Decimal("0.00"))
    rated: int = 0
    satisfied: int = 0
    bad: int = 0
    complaints: int = 0
    overdue: int = 0


def _average(seconds: int, n: int) -> Decimal | None:
    if not n:
        return None
    return (Decimal(seconds) / 60 / n).quantize(_TENTH, rounding=ROUND_HALF_UP)


class _NewBatch:
    def __init__(
        self,
        ctx: AppContext,
        s: Session,
        user: UserInfo | None,
        mode: str,
        date_from: date | None,
        date_to: date | None,
        progress: Progress,
    ) -> None:
        self.ctx, self.s, self.user, self.mode = ctx, s, user, mode
        self.progress = progress
        hall = s.scalar(select(Hall).order_by(Hall.id).limit(1))
        if hall is None:
            raise UserError("营业厅尚未设置，没有可导出的数据")
        self.hall = hall
        self.now = ctx.clock()
        self.today = local_date(self.now)
        self.workflows = ctx.workflows
        self.staff = {u.id: (u.staff_no, u.display_name) for u in s.scalars(select(User))}
        self.staff_nos = {user_id: no for user_id, (no, _name) in self.staff.items()}
        self.prev: ExportBatch | None = None
        # Data bounds (the SQL filters) and the 员工绩效 window, as aware times.
        self.since: datetime | None = None  # since_last: exclusive lower bound
        self.look_from: datetime | None = None  # since minus the overlap
        self.range_lo: datetime | None = None
        self.range_hi: datetime | None = None
        if mode == "since_last":
            self.prev = s.scalar(
                select(ExportBatch)
                .where(ExportBatch.hall_id == hall.id, ExportBatch.mode == "since_last")
                .order_by(ExportBatch.batch_no.desc())
                .limit(1)
            )
            if self.prev is not None:
                self.since = self.prev.high_water
                self.look_from = self.since - OVERLAP
            self.period_from = local_date(self.since) if self.since else None
            self.period_to = self.today
        else:
            assert date_from is not None and date_to is not None
            self.range_lo = datetime.combine(date_from, time.min, HALL_TZ)
            self.range_hi = datetime.combine(date_to + timedelta(days=1), time.min, HALL_TZ)
            self.period_from, self.period_to = date_from, date_to
        # The 员工绩效 window in naive UTC, as the rows give their times (see _stored).
        if mode == "range":
            assert self.range_lo is not None and self.range_hi is not None
            self.window_lo, self.window_hi = _naive_utc(self.range_lo), _naive_utc(self.range_hi)
            self.lo_open = False
        else:
            self.window_lo = _naive_utc(self.since) if self.since else datetime.min
            self.window_hi, self.lo_open = _naive_utc(self.now), True
        self.oldest: datetime | None = None
        self.earliest: date | None = None  # settlement days
        self.perf: dict[int, _Perf] = {}
        self.counts: dict[str, int] = {}
        self.checksums: dict[str, str] = {}

    # -- windows -----------------------------------------------------------------------

    def in_window(self, moment: datetime | None) -> bool:
        """Whether a time counts for this batch's 员工绩效: in [from, to + 1 day) of a range,
        after the last mark and up to now for --since-last."""
        if moment is None:
            return False
        if self.lo_open:
            return self.window_lo < moment <= self.window_hi
        return self.window_lo <= moment < self.window_hi

    def seen(self, moment: datetime) -> None:
        """The oldest main time of the rows sent (a first --since-last batch starts there)."""
        if self.oldest is None or moment < self.oldest:
            self.oldest = moment

    def clerk(self, clerk_id: int) -> _Perf:
        perf = self.perf.get(clerk_id)
        if perf is None:
            perf = self.perf[clerk_id] = _Perf()
        return perf

    def staff_no(self, user_id: int | None) -> str | None:
        if user_id is None:
            return None
        found = self.staff_nos.get(user_id)
        return found if found is not None else str(user_id)

    # -- the whole batch -----------------------------------------------------------------

    def run(self, placed: _Placed) -> ExportResult:
        """The batch, written to ``placed`` and moved to its name; the caller commits (or,
        on any failure, undoes ``placed``)."""
        from openpyxl import Workbook

        s, hall = self.s, self.hall
        batch_no = _next_batch_no(s, hall)
        self.batch_no = batch_no
        batch = ExportBatch(
            hall_id=hall.id,
            batch_no=batch_no,
            mode=self.mode,
            period_from=self.period_from or self.today,
            period_to=self.period_to,
            since=self.since,
            high_water=self.now,
            file_name="",
            row_counts={},
            checksums={},
            manifest={},
            created_by=self.user.id if self.user else None,
            created_at=self.now,
        )
        s.add(batch)
        s.flush()
        self.batch_id = batch.id
        wb = Workbook(write_only=True)
        folder = placed.folder
        try:
            info = _Sheet(wb, INFO_SHEET, INFO_COLUMNS)
            self._visits(_Sheet(wb, "来访记录", SHEETS["来访记录"]))
            self._applications(_Sheet(wb, "业务受理", SHEETS["业务受理"]))
            self._payments(_Sheet(wb, "收费明细", SHEETS["收费明细"]))
            self._settlements(_Sheet(wb, "日结", SHEETS["日结"]))
            self._complaints(_Sheet(wb, "投诉意见", SHEETS["投诉意见"]))
            if self.period_from is None:  # a first --since-last: from the oldest row sent
                days = [self.earliest, _day(self.oldest) if self.oldest else None]
                self.period_from = min((d for d in days if d), default=self.period_to)
            self._performance(_Sheet(wb, "员工绩效", SHEETS["员工绩效"]))
            manifest = self._manifest()
            _write_info(info, manifest)
            self._tick(SAVING, 0, 1)
            placed.save(wb)
            assert self.period_from is not None
            name = batch_file_name(hall.code, self.period_from, self.period_to, batch_no)
            batch.period_from = self.period_from
            batch.file_name = name
            batch.row_counts = dict(self.counts)
            batch.checksums = dict(self.checksums)
            batch.manifest = {"format_version": FORMAT_VERSION, "rows": manifest}
            audit.record(
                s,
                self.now,
                self.user.id if self.user else None,
                "export.batch",
                "export_batch",
                f"{hall.code}:{batch_no:04d}",
                {"file": name, "mode": self.mode, "rows": dict(self.counts)},
            )
            s.flush()
            if not self.progress(SAVING, 1, 1):
                raise ExportCancelled()
            placed.place(folder / name)
        except BaseException:
            _discard(wb)
            raise
        return ExportResult(
            batch_no,
            folder / name,
            self.mode,
            self.period_from,
            self.period_to,
            self.now,
            dict(self.counts),
            dict(self.checksums),
        )

    def _tick(self, stage: str, done: int, total: int) -> None:
        if not self.progress(stage, done, total):
            raise ExportCancelled()

    def _manifest(self) -> list[list[str]]:
        """The 说明 sheet as (key, kind, text) rows."""
        assert self.period_from is not None
        if self.mode == "range":
            scope = (
                f"{self.period_from.isoformat()} 至 {self.period_to.isoformat()} 期间"
                "发生的记录（按来访开始、受理、收费、日结、投诉受理的日期），为导出时的状态"
            )
        elif self.since is None:
            scope = f"截至 {_stamp(self.now)} 的全部记录（第一个批次）"
        else:
            scope = f"{_stamp(self.since)} 之后至 {_stamp(self.now)} 新增或变更的记录"
        rows: list[list[str]] = [
            ["format_version", INT, str(FORMAT_VERSION)],
            ["营业厅编码", TEXT, self.hall.code],
            ["营业厅名称", TEXT, self.hall.name],
            ["批次号", TEXT, f"{self.batch_no:04d}"],
            ["起始日期", DAY, f"{self.period_from.isoformat()} 00:00:00"],
            ["截止日期", DAY, f"{self.period_to.isoformat()} 00:00:00"],
            ["生成时间", TIME, _stamp(self.now)],
            ["软件版本", TEXT, __version__],
            ["导出方式", TEXT, MODE_NAMES[self.mode]],
            ["数据范围", TEXT, scope],
            ["上一批次", TEXT, f"{self.prev.batch_no:04d}" if self.prev else ""],
            ["导出人", TEXT, self.user.staff_no if self.user else "命令行"],
        ]
        for name in DATA_SHEETS:
            rows.append([f"{name} 行数", INT, str(self.counts[name])])
            rows.append([f"{name} SHA-256", TEXT, self.checksums[name]])
        # The highest numbers issued and the audit chain's anchors (services/batch_marks.py).
        rows += batch_marks.manifest_rows(self.s, self.hall.id, self.hall.code, self.batch_no)
        rows += [
            [
                "校验方法",
                TEXT,
                "各数据表除表头外的各行：单元格按导出的文本（时间 yyyy-mm-dd hh:mm:ss，"
                "金额两位小数）以 TAB 连接，行与行以 LF 连接，UTF-8 编码后计算 SHA-256",
            ],
            ["记录键", TEXT, "各数据表最后一列“记录键”在所有营业厅、所有批次中唯一"],
            ["个人信息", TEXT, "客户姓名、证件号码、电话号码均已按规则遮蔽"],
            ["公式防护", TEXT, "以 = + - @ 开头的文本前加英文单引号 '，按文本显示"],
        ]
        return [[k, kind, neutralise(text) if kind == TEXT else text] for k, kind, text in rows]

    # -- streaming one sheet ---------------------------------------------------------------

    def _stream(
        self,
        sheet: _Sheet,
        query: Select[Any],
        count: Select[Any],
        build: Callable[[Any], tuple[str, list[Any]]],
        compare: bool,
    ) -> None:
        """Rows of ``query`` built by ``build`` into ``sheet``, stored as the batch's rows.

        ``compare``: leave out rows HQ already has with the same cells (--since-last).
        """
        s = self.s
        total = s.scalar(count) or 0
        self._tick(sheet.name, 0, total)
        compare = compare and (
            s.scalar(select(ExportRow.id).where(ExportRow.sheet == sheet.name).limit(1)) is not None
        )
        chunk: list[tuple[str, list[Any]]] = []
        done = 0
        # On the connection (Core rows, no ORM loading), CHUNK rows at a time.
        for row in s.connection().execute(query.execution_options(yield_per=CHUNK)):
            chunk.append(build(row))
            if len(chunk) >= CHUNK:
                done += len(chunk)
                self._put(sheet, chunk, compare)
                chunk = []
                self._tick(sheet.name, done, total)
        done += len(chunk)
        self._put(sheet, chunk, compare)
        self._tick(sheet.name, done, total)
        self.counts[sheet.name] = sheet.count
        self.checksums[sheet.name] = sheet.finish()

    def _put(self, sheet: _Sheet, chunk: list[tuple[str, list[Any]]], compare: bool) -> None:
        if not chunk:
            return
        rows = [(key, values, _clean_row(sheet, values)) for key, values in chunk]
        encoded = [CELL_SEPARATOR.join(texts) for _key, _values, texts in rows]
        if compare:
            before: dict[str, str] = {}
            keys = [key for key, _v, _t in rows]
            for key, cells in self.s.execute(
                select(ExportRow.row_key, ExportRow.cells)
                .where(ExportRow.sheet == sheet.name, ExportRow.row_key.in_(keys))
                .order_by(ExportRow.id)
            ):
                before[key] = cells  # the latest export of the key wins
            keep = [i for i, (key, _v, _t) in enumerate(rows) if before.get(key) != encoded[i]]
            rows = [rows[i] for i in keep]
            encoded = [encoded[i] for i in keep]
        batch_id, name = self.batch_id, sheet.name
        stored = []
        for (key, values, texts), cells in zip(rows, encoded, strict=True):
            sheet.add(values, texts)
            stored.append((batch_id, name, sheet.count, key, cells))
        if stored:
            _store_rows(self.s, stored)

    # -- 来访记录 --------------------------------------------------------------------------

    def _visits(self, sheet: _Sheet) -> None:
        hall = self.hall
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
        if self.mode == "range":
            where = and_(Visit.started_at >= self.range_lo, Visit.started_at < self.range_hi)
        elif self.look_from is not None:
            t = self.look_from
            where = or_(
                Visit.started_at > t,
                Visit.ended_at > t,
                Visit.updated_at > t,
                Visit.rated_at > t,
                Visit.called_at > t,
                Visit.arrived_at > t,
            )
        else:
            where = Visit.id.is_not(None)
        where = and_(Visit.hall_id == hall.id, where)
        query = (
            select(
                Visit.visit_no,
                tickets.c.ticket_no,
                Visit.counter,
                Visit.clerk_id,
                _stored(Visit.arrived_at),
                _stored(Visit.called_at),
                _stored(Visit.started_at),
                _stored(Visit.ended_at),
                Visit.business_code,
                Account.account_no,
                Customer.name,
                Visit.outcome,
                Visit.rating,
                _stored(Visit.rated_at),
            )
            .outerjoin(Customer, Customer.id == Visit.customer_id)
            .outerjoin(paid, paid.c.visit_id == Visit.id)
            .outerjoin(applied, applied.c.visit_id == Visit.id)
            .outerjoin(
                Account, Account.id == func.coalesce(paid.c.account_id, applied.c.account_id)
            )
            .outerjoin(tickets, tickets.c.visit_id == Visit.id)
            .where(where)
            .order_by(Visit.id)
        )
        count = select(func.count()).select_from(Visit).where(where)
        names = {code: d.name for code, d in self.workflows.items()} | VISIT_BUSINESS_NAMES
        code, staff_no, in_window, clerk = self.hall.code, self.staff_no, self.in_window, self.clerk
        oldest = self.oldest

        def build(r: Any) -> tuple[str, list[Any]]:
            nonlocal oldest
            (visit_no, ticket_no, counter, clerk_id, arrived_at, called_at, started_at, ended_at,
             business, account_no, name, outcome, rating, rated_at) = r  # fmt: skip
            arrived, called = _local(arrived_at), _local(called_at)
            started, ended = _local(started_at), _local(ended_at)
            assert started is not None
            waited = _minutes(arrived, called or started) if arrived else None
            handled = _minutes(started, ended)
            if in_window(started_at):
                perf = clerk(clerk_id)
                perf.visits += 1
                if arrived is not None:
                    perf.waits += 1
                    perf.wait_seconds += ((called or started) - arrived) // _SECOND
                if ended is not None:
                    perf.handled += 1
                    perf.handle_seconds += (ended - started) // _SECOND
            if rating is not None and in_window(rated_at or ended_at):
                perf = clerk(clerk_id)
                perf.rated += 1
                perf.satisfied += rating >= SATISFIED_FROM
                perf.bad += rating <= BAD_UP_TO
            if oldest is None or started_at < oldest:
                oldest = self.oldest = started_at
            key = _hall_key(code, visit_no)
            return key, [
                visit_no,
                ticket_no,
                counter,
                staff_no(clerk_id),
                arrived,
                started,
                ended,
                waited,
                handled,
                names.get(business, business),
                account_no,
                mask_name(name) if name else None,
                VISIT_OUTCOME_NAMES.get(outcome, outcome),
                UNRATED if rating is None else RATING_NAMES.get(rating, UNRATED),
                key,
            ]

        self._stream(sheet, query, count, build, compare=self.mode == "since_last")

    # -- 业务受理 --------------------------------------------------------------------------

    def _applications(self, sheet: _Sheet) -> None:
        hall = self.hall
        if self.mode == "range":
            where = and_(
                Application.accepted_at >= self.range_lo, Application.accepted_at < self.range_hi
            )
        elif self.look_from is not None:
            # Open ones every time: 是否超期 turns with the calendar, not with a change.
            where = or_(
                Application.updated_at > self.look_from,
                Application.status.in_(OPEN_APPLICATION),
            )
        else:
            where = Application.id.is_not(None)
        where = and_(Application.hall_id == hall.id, where)
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
                _stored(Application.accepted_at),
                step.name.label("step_name"),
                step.due_date.label("step_due"),
                Application.status,
                Application.promised_date,
                _stored(Application.completed_at),
                _stored(Application.paused_since),
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
        code, today = self.hall.code, self.today
        # A 复电's limit is hours from the payment (domain/reconnection.py), not a date:
        # its 是否超期 compares times. Few per hall, so read them first.
        deadlines = {
            no: rc.deadline_of(details)
            for no, details in self.s.execute(
                select(Application.application_no, Application.details).where(
                    Application.hall_id == hall.id,
                    Application.business_code == rc.RECONNECTION,
                )
            ).tuples()
        }

        def build(r: Any) -> tuple[str, list[Any]]:
            overdue = _application_overdue(
                r.status, r.step_due, r.promised_date, r.completed_at, r.paused_since, today
            )
            by = deadlines.get(r.application_no)
            if by is not None:  # stored naive UTC (_stored); the deadline is aware
                done = r.completed_at.replace(tzinfo=UTC) if r.completed_at else None
                overdue = (done or self.now) > by if r.status != "cancelled" else False
            if overdue and self.in_window(r.accepted_at):
                self.clerk(r.clerk_id).overdue += 1
            self.seen(r.accepted_at)
            key = _hall_key(code, r.application_no)
            return key, [
                r.application_no,
                r.business_name,
                r.account_no,
                mask_name(r.name),
                mask_id(r.cert_no) if r.cert_no else None,
                mask_phone(r.mobile) if r.mobile else None,
                r.address,
                r.capacity_kw,
                _local(r.accepted_at),
                r.step_name if r.status in OPEN_APPLICATION else None,
                APPLICATION_STATUS_NAMES.get(r.status, r.status),
                _midnight(r.promised_date),
                _local(r.completed_at),
                YES if overdue else NO,
                key,
            ]

        self._stream(sheet, query, count, build, compare=self.mode == "since_last")

    # -- 收费明细 --------------------------------------------------------------------------

    def _payments(self, sheet: _Sheet) -> None:
        hall = self.hall
        if self.mode == "range":
            where = and_(Payment.paid_at >= self.range_lo, Payment.paid_at < self.range_hi)
        elif self.look_from is not None:
            where = Payment.updated_at > self.look_from
        else:
            where = Payment.id.is_not(None)
        where = and_(Payment.hall_id == hall.id, where)
        query = (
            select(
                Payment.receipt_no,
                PaymentLine.seq,
                _stored(Payment.paid_at),
                Account.account_no,
                Customer.name,
                PaymentLine.item,
                PaymentLine.bill_month,
                PaymentLine.principal,
                PaymentLine.late_fee,
                PaymentLine.amount,
                Payment.method,
                Payment.reference,
                Payment.clerk_id,
                Payment.status,
                Payment.void_reason,
                Payment.voided_by,
                Payment.total,
            )
            .select_from(PaymentLine)
            .join(Payment, Payment.id == PaymentLine.payment_id)
            .join(Account, Account.id == Payment.account_id)
            .join(Customer, Customer.id == Account.customer_id)
            .where(where)
            .order_by(Payment.id, PaymentLine.seq)
        )
        count = (
            select(func.count())
            .select_from(PaymentLine)
            .join(Payment, Payment.id == PaymentLine.payment_id)
            .where(where)
        )
        code, staff_no, in_window = self.hall.code, self.staff_no, self.in_window

        def build(r: Any) -> tuple[str, list[Any]]:
            (receipt_no, seq, paid_at, account_no, name, item, bill_month, principal,
             late_fee, amount, method, reference, clerk_id, status, void_reason, voided_by,
             total) = r  # fmt: skip
            void = status == "void"
            if seq == 1 and not void and in_window(paid_at):  # once per receipt
                perf = self.clerk(clerk_id)
                perf.payments += 1
                perf.paid += total
            if self.oldest is None or paid_at < self.oldest:
                self.oldest = paid_at
            key = _hall_key(code, f"{receipt_no}#{seq}")
            return key, [
                receipt_no,
                _local(paid_at),
                account_no,
                mask_name(name),
                item,
                bill_month or None,
                principal,
                late_fee,
                amount,
                METHODS.get(method, method),
                reference or None,
                staff_no(clerk_id),
                "作废" if void else "正常",
                (void_reason or None) if void else None,
                staff_no(voided_by) if void else None,
                key,
            ]

        self._stream(sheet, query, count, build, compare=self.mode == "since_last")

    # -- 日结 --------------------------------------------------------------------------

    def _settlements(self, sheet: _Sheet) -> None:
        hall = self.hall
        if self.mode == "range":
            assert self.period_from is not None
            where = and_(Settlement.day >= self.period_from, Settlement.day <= self.period_to)
        elif self.look_from is not None:
            where = Settlement.updated_at > self.look_from
        else:
            where = Settlement.id.is_not(None)
        where = and_(Settlement.hall_id == hall.id, where)
        query = (
            select(
                Settlement.settlement_no,
                Settlement.day,
                Settlement.clerk_id,
                Settlement.expected_cash,
                Settlement.counted_cash,
                Settlement.difference,
                Settlement.non_cash_total,
                Settlement.payment_count,
                Settlement.difference_reason,
                Settlement.signed_off_by,
            )
            .where(where)
            .order_by(Settlement.id)
        )
        count = select(func.count()).select_from(Settlement).where(where)
        code = self.hall.code

        def build(r: Any) -> tuple[str, list[Any]]:
            if self.earliest is None or r.day < self.earliest:
                self.earliest = r.day
            key = _hall_key(code, r.settlement_no)
            return key, [
                r.settlement_no,
                _midnight(r.day),
                self.staff_no(r.clerk_id),
                r.expected_cash,
                r.counted_cash,
                r.difference,
                r.non_cash_total,
                r.payment_count,
                scrub(r.difference_reason) or None,
                self.staff_no(r.signed_off_by),
                key,
            ]

        self._stream(sheet, query, count, build, compare=self.mode == "since_last")

    # -- 投诉意见 --------------------------------------------------------------------------

    def _complaints(self, sheet: _Sheet) -> None:
        hall = self.hall
        if self.mode == "range":
            where = and_(
                Complaint.received_at >= self.range_lo, Complaint.received_at < self.range_hi
            )
        elif self.look_from is not None:
            # Open ones every time: 是否超时 turns with the calendar, not with a change.
            where = or_(Complaint.updated_at > self.look_from, Complaint.closed_at.is_(None))
        else:
            where = Complaint.id.is_not(None)
        where = and_(Complaint.hall_id == hall.id, where)
        query = (
            select(
                Complaint.complaint_no,
                Complaint.kind,
                _stored(Complaint.received_at),
                Complaint.channel,
                Complaint.category,
                Complaint.account_no,
                Complaint.content,
                Complaint.contact_due,
                Complaint.decision_due,
                Complaint.status,
                _stored(Complaint.contacted_at),
                Complaint.resolution,
                _stored(Complaint.resolved_at),
                Complaint.callback_result,
                _stored(Complaint.closed_at),
                Visit.clerk_id,
            )
            .outerjoin(Visit, Visit.id == Complaint.visit_id)
            .where(where)
            .order_by(Complaint.id)
        )
        count = select(func.count()).select_from(Complaint).where(where)
        code, today = self.hall.code, self.today

        def build(r: Any) -> tuple[str, list[Any]]:
            late = _complaint_late(r, today)
            if r.kind == "complaint" and r.clerk_id is not None and self.in_window(r.received_at):
                self.clerk(r.clerk_id).complaints += 1
            self.seen(r.received_at)
            summary = scrub(" ".join(r.content.split()))
            if len(summary) > SUMMARY_MAX:
                summary = summary[: SUMMARY_MAX - 1] + "…"
            key = _hall_key(code, r.complaint_no)
            return key, [
                r.complaint_no,
                _local(r.received_at),
                r.channel,
                r.category,
                r.account_no or None,
                summary or None,
                _midnight(r.contact_due),
                _midnight(r.decision_due),
                COMPLAINT_STATUS_NAMES.get(r.status, r.status),
                scrub(r.resolution) or None,
                scrub(r.callback_result) or None,
                _local(r.closed_at),
                YES if late else NO,
                COMPLAINT_KIND_NAMES.get(r.kind, r.kind),
                key,
            ]

        self._stream(sheet, query, count, build, compare=self.mode == "since_last")

    # -- 员工绩效 --------------------------------------------------------------------------

    def _performance(self, sheet: _Sheet) -> None:
        assert self.period_from is not None
        span = f"{self.period_from:%Y%m%d}-{self.period_to:%Y%m%d}"
        if self.mode == "since_last":
            span += f"-B{self.batch_no:04d}"  # windows of one day do not clash
        people = sorted(
            (self.staff.get(clerk_id, (str(clerk_id), ""))[0], clerk_id) for clerk_id in self.perf
        )
        self._tick(sheet.name, 0, len(people))
        chunk: list[tuple[str, list[Any]]] = []
        for staff_no, clerk_id in people:
            p = self.perf[clerk_id]
            satisfaction = (
                (Decimal(p.satisfied) / p.rated).quantize(_RATIO_PLACES, rounding=ROUND_HALF_UP)
                if p.rated
                else None
            )
            key = f"{self.hall.code}-{span}-{staff_no}"
            chunk.append(
                (
                    key,
                    [
                        staff_no,
                        self.staff.get(clerk_id, ("", ""))[1] or None,
                        p.visits,
                        _average(p.wait_seconds, p.waits),
                        _average(p.handle_seconds, p.handled),
                        p.payments,
                        p.paid,
                        satisfaction,
                        p.bad,
                        p.complaints,
                        p.overdue,
                        key,
                    ],
                )
            )
        self._put(sheet, chunk, compare=False)
        self._tick(sheet.name, len(people), len(people))
        self.counts[sheet.name] = sheet.count
        self.checksums[sheet.name] = sheet.finish()


def _application_overdue(
    status: str,
    step_due: date | None,
    promised: date,
    completed_at: datetime | None,
    paused_since: datetime | None,
    today: date,
) -> bool:
    """是否超期: running past the current step's due date or the promise; finished after the
    promise; or already late when the clock was stopped."""
    if status == "in_progress":
        return (step_due is not None and step_due < today) or promised < today
    if status == "completed":
        return completed_at is not None and _day(completed_at) > promised
    if status in ("paused", "returned"):
        return paused_since is not None and _day(paused_since) > promised
    return False


def _complaint_late(r: Any, today: date) -> bool:
    """是否超时: first contact after 联系时限, or the decision after 办结时限 (or not yet and
    the day has passed)."""
    done = r.resolved_at or r.closed_at
    contact = r.contacted_at or done
    contact_late = _day(contact) > r.contact_due if contact is not None else today > r.contact_due
    decision_late = _day(done) > r.decision_due if done is not None else today > r.decision_due
    return bool(contact_late or decision_late)


def _next_batch_no(s: Session, hall: Hall) -> int:
    """The hall's next batch number, through the ``export:{hall}`` sequence so that the
    marks keep it (a restored older store never numbers a batch HQ already has); the
    batches recorded before the sequence existed count too."""
    taken = s.scalar(
        select(func.coalesce(func.max(ExportBatch.batch_no), 0)).where(
            ExportBatch.hall_id == hall.id
        )
    )
    name = f"export:{hall.code}"
    number = next_number(s, name)
    if number <= (taken or 0):
        row = s.get(SequenceRow, name)
        assert row is not None
        number = row.value = (taken or 0) + 1
        s.flush()
    return number


def _write_info(info: _Sheet, manifest: list[list[str]]) -> None:
    """The 说明 sheet: one key/value pair per row, the value typed by its kind and, numbers
    and dates too, aligned left under its heading."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment

    left = Alignment(horizontal="left")
    for key, kind, text in manifest:
        value = WriteOnlyCell(info.ws, cell_value(kind, text))
        value.alignment = left
        if kind in (DAY, TIME):
            value.number_format = NUMBER_FORMATS[kind]
        info.ws.append([key, value])
        info.count += 1
    info.finish()


def _no_progress(_stage: str, _done: int, _total: int) -> bool:
    return True


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
    placed = _Placed(_out_folder(out_dir))
    try:
        with ctx.write() as s:  # commits after the file took its name
            require(s, user, "export.hq", ctx.clock())
            return _NewBatch(ctx, s, user, mode, date_from, date_to, progress or _no_progress).run(
                placed
            )
    except BaseException:  # cancelled, failed, or the commit failed: no file stays
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
    report = progress or _no_progress
    placed = _Placed(_out_folder(out_dir))
    try:
        with ctx.write() as s:  # commits (the audit entry) after the file took its name
            require(s, user, "export.hq", ctx.clock())
            return _write_again(ctx, s, batch_no, placed, user, report)
    except BaseException:  # cancelled, failed, or the commit failed: no file stays
        placed.undo()
        raise


def _write_again(
    ctx: AppContext,
    s: Session,
    batch_no: int,
    placed: _Placed,
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
        info = _Sheet(wb, INFO_SHEET, INFO_COLUMNS)
        for name in DATA_SHEETS:
            sheet = _Sheet(wb, name, SHEETS[name])
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
        _write_info(info, [list(r) for r in batch.manifest["rows"]])
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
        _discard(wb)
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
        for name in DATA_SHEETS:
            kinds = [col.kind for col in SHEETS[name]]
            for cells in s.scalars(
                select(ExportRow.cells)
                .where(ExportRow.batch_id == batch.id, ExportRow.sheet == name)
                .order_by(ExportRow.seq)
                .execution_options(yield_per=CHUNK)
            ):
                texts = cells.split(CELL_SEPARATOR)
                yield name, [cell_value(k, t) for k, t in zip(kinds, texts, strict=True)]
