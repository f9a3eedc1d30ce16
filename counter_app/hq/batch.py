"""A new batch: its window, its sheets streamed from the store into the workbook and into
``export_rows``, its 说明, its number (see counter_app/hq/export.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, select
from sqlalchemy.orm import Session

from counter_app import __version__
from counter_app.domain.clock import HALL_TZ, local_date
from counter_app.hq.cells import batch_file_name, hall_day, naive_utc, stamp
from counter_app.hq.contract import (
    DATA_SHEETS,
    DAY,
    FORMAT_VERSION,
    INFO_COLUMNS,
    INFO_SHEET,
    INT,
    SHEETS,
    TEXT,
    TIME,
    neutralise,
    ordered,
)
from counter_app.hq.results import (
    MODE_NAMES,
    SAVING,
    ExportCancelled,
    ExportResult,
    Progress,
)
from counter_app.hq.sheets import (
    applications,
    complaints,
    outreach,
    payments,
    performance,
    settlements,
    visits,
)
from counter_app.hq.writer import (
    CELL_SEPARATOR,
    Placed,
    Sheet,
    clean_row,
    discard,
    store_rows,
    write_info,
)
from counter_app.services import audit, batch_marks
from counter_app.services.auth import UserInfo
from counter_app.services.context import AppContext
from counter_app.services.errors import UserError
from counter_app.services.indicators import ClerkTally
from counter_app.services.sequences import next_number
from counter_app.store.models import ExportBatch, ExportRow, Hall, User
from counter_app.store.models import Sequence as SequenceRow

OVERLAP = timedelta(minutes=5)  # --since-last looks this far back before the last mark
CHUNK = 1000  # rows read, compared and stored at a time


class NewBatch:
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
        # The 员工绩效 window in naive UTC, as the rows give their times (see stored).
        if mode == "range":
            assert self.range_lo is not None and self.range_hi is not None
            self.window_lo, self.window_hi = naive_utc(self.range_lo), naive_utc(self.range_hi)
            self.lo_open = False
        else:
            self.window_lo = naive_utc(self.since) if self.since else datetime.min
            self.window_hi, self.lo_open = naive_utc(self.now), True
        self.oldest: datetime | None = None
        self.earliest: date | None = None  # settlement days
        self.perf: dict[int, ClerkTally] = {}
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

    def scope(
        self,
        hall_id: Any,
        in_range: Callable[[], ColumnElement[bool]],
        changed: Callable[[datetime], ColumnElement[bool]],
    ) -> ColumnElement[bool]:
        """The hall's rows a sheet of this batch holds: for a range, those whose main time
        falls in it (``in_range``); for --since-last, those ``changed`` after the last mark
        less the overlap; for a first --since-last, all of them."""
        if self.mode == "range":
            return and_(hall_id == self.hall.id, in_range())
        if self.look_from is not None:
            return and_(hall_id == self.hall.id, changed(self.look_from))
        return and_(hall_id == self.hall.id)

    def in_range(self, moment: Any) -> ColumnElement[bool]:
        """A main time within the range's days: [from, to + 1 day) in hall time."""
        return and_(moment >= self.range_lo, moment < self.range_hi)

    def seen(self, moment: datetime) -> None:
        """The oldest main time of the rows sent (a first --since-last batch starts there)."""
        if self.oldest is None or moment < self.oldest:
            self.oldest = moment

    def clerk(self, clerk_id: int) -> ClerkTally:
        perf = self.perf.get(clerk_id)
        if perf is None:
            perf = self.perf[clerk_id] = ClerkTally()
        return perf

    def staff_no(self, user_id: int | None) -> str | None:
        if user_id is None:
            return None
        found = self.staff_nos.get(user_id)
        return found if found is not None else str(user_id)

    # -- the whole batch -----------------------------------------------------------------

    def run(self, placed: Placed) -> ExportResult:
        """The batch, written to ``placed`` and moved to its name; the caller commits (or,
        on any failure, undoes ``placed``)."""
        from openpyxl import Workbook

        s, hall = self.s, self.hall
        batch_no = next_batch_no(s, hall)
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
            info = Sheet(wb, INFO_SHEET, INFO_COLUMNS)
            visits.write(self, Sheet(wb, "来访记录", SHEETS["来访记录"]))
            applications.write(self, Sheet(wb, "业务受理", SHEETS["业务受理"]))
            payments.write(self, Sheet(wb, "收费明细", SHEETS["收费明细"]))
            settlements.write(self, Sheet(wb, "日结", SHEETS["日结"]))
            complaints.write(self, Sheet(wb, "投诉意见", SHEETS["投诉意见"]))
            if self.period_from is None:  # a first --since-last: from the oldest row sent
                days = [self.earliest, hall_day(self.oldest) if self.oldest else None]
                self.period_from = min((d for d in days if d), default=self.period_to)
            performance.write(self, Sheet(wb, "员工绩效", SHEETS["员工绩效"]))
            outreach.write(self, Sheet(wb, "客户走访", SHEETS["客户走访"]))
            manifest = self._manifest()
            write_info(info, manifest)
            self.tick(SAVING, 0, 1)
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
            discard(wb)
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

    def tick(self, stage: str, done: int, total: int) -> None:
        if not self.progress(stage, done, total):
            raise ExportCancelled()

    def _manifest(self) -> list[list[str]]:
        """The 说明 sheet as (key, kind, text) rows."""
        assert self.period_from is not None
        if self.mode == "range":
            scope = (
                f"{self.period_from.isoformat()} 至 {self.period_to.isoformat()} 期间"
                "发生的记录（按来访开始、受理、收费、日结、投诉受理、走访的日期），为导出时的状态"
            )
        elif self.since is None:
            scope = f"截至 {stamp(self.now)} 的全部记录（第一个批次）"
        else:
            scope = f"{stamp(self.since)} 之后至 {stamp(self.now)} 新增或变更的记录"
        rows: list[list[str]] = [
            ["format_version", INT, str(FORMAT_VERSION)],
            ["营业厅编码", TEXT, self.hall.code],
            ["营业厅名称", TEXT, self.hall.name],
            ["批次号", TEXT, f"{self.batch_no:04d}"],
            ["起始日期", DAY, f"{self.period_from.isoformat()} 00:00:00"],
            ["截止日期", DAY, f"{self.period_to.isoformat()} 00:00:00"],
            ["生成时间", TIME, stamp(self.now)],
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

    def stream(
        self,
        sheet: Sheet,
        query: Select[Any],
        count: Select[Any],
        build: Callable[[Any], tuple[str, dict[str, Any]]],
    ) -> None:
        """Rows of ``query`` (``count`` of them) built by ``build`` into ``sheet``, stored as
        the batch's rows. A --since-last batch leaves out the rows HQ already has with the
        same cells."""
        s = self.s
        total = s.scalar(count) or 0
        self.tick(sheet.name, 0, total)
        compare = self.mode == "since_last" and (
            s.scalar(select(ExportRow.id).where(ExportRow.sheet == sheet.name).limit(1)) is not None
        )
        chunk: list[tuple[str, dict[str, Any]]] = []
        done = 0
        # On the connection (Core rows, no ORM loading), CHUNK rows at a time.
        for row in s.connection().execute(query.execution_options(yield_per=CHUNK)):
            chunk.append(build(row))
            if len(chunk) >= CHUNK:
                done += len(chunk)
                self.put(sheet, chunk, compare)
                chunk = []
                self.tick(sheet.name, done, total)
        done += len(chunk)
        self.put(sheet, chunk, compare)
        self.tick(sheet.name, done, total)
        self.counts[sheet.name] = sheet.count
        self.checksums[sheet.name] = sheet.finish()

    def put(self, sheet: Sheet, chunk: list[tuple[str, dict[str, Any]]], compare: bool) -> None:
        """Rows given by column name (contract.ordered checks them) into the sheet and the
        batch's stored rows; ``compare``: leave out those HQ has with the same cells."""
        if not chunk:
            return
        name = sheet.name
        cells_of = [(key, ordered(name, row)) for key, row in chunk]
        rows = [(key, values, clean_row(sheet, values)) for key, values in cells_of]
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
        batch_id = self.batch_id
        stored = []
        for (key, values, texts), cells in zip(rows, encoded, strict=True):
            sheet.add(values, texts)
            stored.append((batch_id, name, sheet.count, key, cells))
        if stored:
            store_rows(self.s, stored)

    # -- 来访记录 --------------------------------------------------------------------------


def next_batch_no(s: Session, hall: Hall) -> int:
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
