"""HQ's merge of hall batches into one workbook (hq-contract.md section 1).

``merge_files`` writes one workbook (openpyxl write-only): 汇总 (per hall: files, batches
and the rows of each sheet; the input files; notes), then the data sheets with the export's
headers, number formats and typed cells. A sheet that would pass Excel's row limit
(``max_rows``, header included) continues on 来访记录_2, 来访记录_3 … and 汇总 says so. The
workbook is written to a temporary file beside the output and moved to its name only once
complete.

The files are checked first (counter_app/hq/check.py). Memory: the files are read twice
(check, then write), row by row; what is held is the winning file of each key (one int
per row).
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from counter_app.domain.limits import EXCEL_MAX_ROWS
from counter_app.hq.cells import midnight
from counter_app.hq.check import (
    Bad,
    CheckedFile,
    HqFilesRefused,
    Say,
    check_files,
    open_again,
    reread,
)
from counter_app.hq.contract import (
    DATA_SHEETS,
    DAY,
    NUMBER_FORMATS,
    SHEETS,
    TEXT,
    Column,
    cell_text,
    cell_value,
)
from counter_app.hq.layout import header_cells, set_up_print, set_up_sheet
from counter_app.hq.merge_periods import LeftOut, overlapping
from counter_app.services.errors import UserError

__all__ = ["EXCEL_MAX_ROWS", "SUMMARY_SHEET", "MergeResult", "merge_files", "merged_columns"]

SUMMARY_SHEET = "汇总"


@dataclass
class MergeResult:
    path: Path
    files: list[CheckedFile]
    rows: dict[str, int]  # merged rows per sheet
    read: dict[str, int]  # rows read per sheet, before de-duplication
    parts: dict[str, list[str]]  # sheet -> the sheet names it was written to
    halls: dict[str, dict[str, int]] = field(default_factory=dict)
    # (file, the file it overlaps): 员工绩效 rows left out (merge_periods.py)
    left_out: list[tuple[str, str]] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"已合并 {len(self.files)} 个文件，写入 {self.path}"]
        for name in DATA_SHEETS:
            line = f"{name}：读取 {self.read[name]} 行，去重后 {self.rows[name]} 行"
            if len(self.parts[name]) > 1:
                line += f"（超过 Excel 行数上限，分在 {'、'.join(self.parts[name])}）"
            out.append(line)
        out += [
            f"{PERIOD_SHEET}：{name} 的期间与 {kept} 重叠，其行未计入（避免重复计数）"
            for name, kept in self.left_out
        ]
        out += [
            f"跳过重复文件 {f.name}（与 {f.duplicate_of} 相同）"
            for f in self.files
            if f.duplicate_of
        ]
        return out


# What the merged data sheets add in front of the hall's columns (hq-contract.md): the hall
# on every sheet, so a pivot by hall needs no splitting of 记录键; the period on 员工绩效,
# whose rows hold figures over it (merge_periods.py).
HALL_COLUMN = Column("营业厅", TEXT, 10)
PERIOD_COLUMNS = (Column("起始日期", DAY, 12), Column("截止日期", DAY, 12))
PERIOD_SHEET = "员工绩效"


def merged_columns(name: str) -> tuple[Column, ...]:
    """The columns of the merged workbook's sheet ``name``."""
    added = (HALL_COLUMN, *PERIOD_COLUMNS) if name == PERIOD_SHEET else (HALL_COLUMN,)
    return (*added, *SHEETS[name])


class _Out:
    """A data sheet written across parts of at most ``per_part`` rows, each part with the
    hall workbook's widths, header and print set-up (hq/layout.py)."""

    def __init__(self, wb: Any, name: str, parts: int, per_part: int) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.utils import get_column_letter

        self.cell = WriteOnlyCell
        self.columns = merged_columns(name)
        self.kinds = [c.kind for c in self.columns]
        self.formats = [NUMBER_FORMATS.get(k) for k in self.kinds]
        self.per_part = per_part
        self.names = [name] + [f"{name}_{i}" for i in range(2, parts + 1)]
        self.sheets = []
        self.last_column = get_column_letter(len(self.columns))
        for sheet_name in self.names:
            ws = wb.create_sheet(sheet_name)
            set_up_sheet(ws, [col.width for col in self.columns])
            ws.append(header_cells(ws, [col.header for col in self.columns]))
            self.sheets.append(ws)
        self.count = 0

    def add(self, front: list[str], texts: list[str]) -> None:
        """One row: ``front`` the texts of the added columns, ``texts`` the hall's."""
        ws = self.sheets[self.count // self.per_part]
        row: list[Any] = []
        for kind, text, number_format in zip(self.kinds, front + texts, self.formats, strict=True):
            value = cell_value(kind, text)
            if number_format is None or value is None:
                row.append(value)
            else:
                c = self.cell(ws, value)
                c.number_format = number_format
                row.append(c)
        ws.append(row)
        self.count += 1

    def finish(self) -> None:
        for i, ws in enumerate(self.sheets):
            rows = min(self.per_part, max(0, self.count - i * self.per_part))
            ws.auto_filter.ref = f"A1:{self.last_column}{rows + 1}"


def _front(name: str, f: CheckedFile) -> list[str]:
    if name != PERIOD_SHEET:
        return [f.hall_code]
    return [f.hall_code, *(cell_text(DAY, midnight(d)) for d in (f.period_from, f.period_to))]


def _pack(file_index: int, row: int) -> int:
    return (file_index << 32) | row


def merge_files(
    paths: Sequence[Path | str],
    out: Path | str,
    *,
    max_rows: int = EXCEL_MAX_ROWS,
    say: Say | None = None,
) -> MergeResult:
    """Check ``paths`` and merge them into the workbook ``out`` (see the module doc).
    Raises HqFilesRefused (nothing written) if any input is bad."""
    from openpyxl import Workbook

    if max_rows < 2:
        raise UserError("每个工作表至少要能放下表头和一行数据")
    out = Path(out)
    if not out.parent.is_dir():
        raise UserError("输出文件夹 {parent} 不存在", parent=out.parent)
    winners: dict[str, dict[str, int]] = {name: {} for name in DATA_SHEETS}
    read: Counter[str] = Counter()

    def seen(index: int, name: str, key: str, row: int) -> None:
        winners[name][key] = _pack(index, row)  # oldest first: the newest stays
        read[name] += 1

    files = check_files(paths, say=say, seen=seen)
    left_out = overlapping(files)
    if left_out:  # 员工绩效 of periods overlapping a kept one: never summed twice
        gone = {x.index for x in left_out}
        perf = winners[PERIOD_SHEET]
        for key in [k for k, at in perf.items() if at >> 32 in gone]:
            del perf[key]
    per_part = max_rows - 1
    rows = {name: len(winners[name]) for name in DATA_SHEETS}
    halls: dict[str, dict[str, int]] = {}

    wb = Workbook(write_only=True)
    temp = out.parent / f".合并中-{uuid.uuid4().hex}.xlsx.part"
    try:
        summary = wb.create_sheet(SUMMARY_SHEET)
        outs = {
            name: _Out(wb, name, max(1, -(-rows[name] // per_part)), per_part)
            for name in DATA_SHEETS
        }
        for index, f in enumerate(files):
            if f.duplicate_of:
                continue
            counts = halls.setdefault(f.hall_code, dict.fromkeys(DATA_SHEETS, 0))
            book = open_again(f)
            try:
                for name in DATA_SHEETS:
                    win = winners[name]
                    sheet = outs[name]
                    front = _front(name, f)
                    for n, (key, texts) in enumerate(reread(f, name, book)):
                        if win.get(key) == _pack(index, n):
                            sheet.add(front, texts)
                            counts[name] += 1
            except Bad as exc:
                raise HqFilesRefused([(str(f.path), str(exc))]) from None
            finally:
                with contextlib.suppress(Exception):
                    book.close()
            if say:
                say(f"已合并 {f.name}")
        for sheet in outs.values():
            sheet.finish()
        parts = {name: outs[name].names for name in DATA_SHEETS}
        _write_summary(
            summary,
            files,
            halls,
            rows,
            {n: read[n] for n in DATA_SHEETS},
            parts,
            max_rows,
            left_out,
        )
        wb.save(str(temp))
        os.replace(temp, out)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        raise
    result = MergeResult(out, files, rows, {n: read[n] for n in DATA_SHEETS}, parts, halls)
    result.left_out = [(files[x.index].name, files[x.kept].name) for x in left_out]
    return result


def batch_ranges(numbers: list[int]) -> str:
    """Batch numbers as runs: 0001-0030、0032 (a hall sending daily gives a month's worth)."""
    runs: list[list[int]] = []
    for n in sorted(set(numbers)):
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return "、".join(f"{a:04d}" if a == b else f"{a:04d}-{b:04d}" for a, b in runs)


def _period(f: CheckedFile) -> str:
    if f.period_from is None or f.period_to is None:
        return ""
    return f"{f.period_from.isoformat()} 至 {f.period_to.isoformat()}"


# 汇总's columns: wide enough for a file name (B) and a batch list (D, wrapped), the whole
# printed one landscape page wide like the data sheets.
SUMMARY_WIDTHS = [12, 36, 12, 30, 12, 12, 19] + [10] * len(DATA_SHEETS)


def _write_summary(
    ws: Any,
    files: list[CheckedFile],
    halls: dict[str, dict[str, int]],
    rows: dict[str, int],
    read: dict[str, int],
    parts: dict[str, list[str]],
    max_rows: int,
    left_out: list[LeftOut],
) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")

    def head(values: list[Any]) -> list[Any]:
        cells = []
        for v in values:
            c = WriteOnlyCell(ws, v)
            c.font = bold
            cells.append(c)
        return cells

    def when(value: datetime | date | None, fmt: str) -> Any:
        if value is None:
            return None
        c = WriteOnlyCell(ws, value)
        c.number_format = fmt
        return c

    def wrapped(text: str) -> Any:
        c = WriteOnlyCell(ws, text)
        c.alignment = wrap
        return c

    for i, w in enumerate(SUMMARY_WIDTHS, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    set_up_print(ws)
    ws.append(head(["按营业厅（去重后的行数）"]))
    hall_headers = ["营业厅编码", "营业厅名称", "文件数", "批次", "最早起始日期"]
    hall_headers += ["最晚截止日期", "最新生成时间", *DATA_SHEETS]
    ws.append(head(hall_headers))
    by_hall: dict[str, list[CheckedFile]] = {}
    for f in files:
        if not f.duplicate_of:
            by_hall.setdefault(f.hall_code, []).append(f)
    for code in sorted(by_hall):
        group = by_hall[code]
        starts = [f.period_from for f in group if f.period_from]
        ends = [f.period_to for f in group if f.period_to]
        ws.append(
            [
                code,
                group[-1].hall_name,
                len(group),
                wrapped(batch_ranges([f.batch_no for f in group])),
                when(min(starts) if starts else None, "yyyy-mm-dd"),
                when(max(ends) if ends else None, "yyyy-mm-dd"),
                when(max(f.generated for f in group), "yyyy-mm-dd hh:mm:ss"),
                *[halls.get(code, {}).get(name, 0) for name in DATA_SHEETS],
            ]
        )
    files_used = sum(len(g) for g in by_hall.values())
    total = ["合计", None, files_used, None, None, None, None]
    ws.append(head(total + [rows[name] for name in DATA_SHEETS]))
    ws.append([])
    ws.append(head(["说明"]))
    for name in DATA_SHEETS:
        note = f"{name}：读取 {read[name]} 行，按记录键去重后 {rows[name]} 行"
        if read[name] > rows[name]:
            note += f"（{read[name] - rows[name]} 行为同一记录的旧版本或期间重叠，未计入）"
        ws.append([note])
        if len(parts[name]) > 1:
            ws.append(
                [
                    f"　{name}超过 Excel 每个工作表 {max_rows} 行（含表头）的上限，"
                    f"依次写在 {'、'.join(parts[name])}"
                ]
            )
    ws.append(["同一记录（记录键相同）以生成时间较晚的批次为准，生成时间相同时以批次号较大者为准"])
    ws.append(
        ["每个数据表的第一列“营业厅”为该行所属营业厅的编码；员工绩效另有该行的起始日期、截止日期"]
    )
    ws.append(
        [
            "员工绩效是一段期间内的合计，期间重叠的两行相加会重复计数：同一营业厅期间重叠的批次"
            "只保留期间较长者（同样长时保留较新的批次），按营业员工号求和不会重复计数"
        ]
    )
    for f in files:
        if f.duplicate_of:
            ws.append([f"{f.name} 与 {f.duplicate_of} 是同一批次，已跳过"])
    if left_out:
        ws.append([])
        ws.append(head(["员工绩效未计入的批次（期间与保留的批次重叠）"]))
        ws.append(head(["营业厅编码", "文件", "批次号", "期间", "保留的批次", "保留批次的期间"]))
        for x in left_out:
            f, kept = files[x.index], files[x.kept]
            batch, kept_batch = f"{f.batch_no:04d}", f"{kept.batch_no:04d}"
            ws.append([f.hall_code, f.name, batch, _period(f), kept_batch, _period(kept)])
    ws.append([])
    ws.append(head(["输入文件"]))
    ws.append(head(["营业厅编码", "文件", "批次号", "生成时间", *DATA_SHEETS]))
    for f in files:
        ws.append(
            [
                f.hall_code,
                f.name,
                f"{f.batch_no:04d}",
                when(f.generated, "yyyy-mm-dd hh:mm:ss"),
                *[f.counts.get(name) for name in DATA_SHEETS],  # None: no such sheet
            ]
        )
