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
from counter_app.hq.check import (
    Bad,
    CheckedFile,
    HqFilesRefused,
    Say,
    check_files,
    open_again,
    reread,
)
from counter_app.hq.contract import DATA_SHEETS, NUMBER_FORMATS, SHEETS, cell_value
from counter_app.services.errors import UserError

__all__ = ["EXCEL_MAX_ROWS", "SUMMARY_SHEET", "MergeResult", "merge_files"]

SUMMARY_SHEET = "汇总"


@dataclass
class MergeResult:
    path: Path
    files: list[CheckedFile]
    rows: dict[str, int]  # merged rows per sheet
    read: dict[str, int]  # rows read per sheet, before de-duplication
    parts: dict[str, list[str]]  # sheet -> the sheet names it was written to
    halls: dict[str, dict[str, int]] = field(default_factory=dict)

    def lines(self) -> list[str]:
        out = [f"已合并 {len(self.files)} 个文件，写入 {self.path}"]
        for name in DATA_SHEETS:
            line = f"{name}：读取 {self.read[name]} 行，去重后 {self.rows[name]} 行"
            if len(self.parts[name]) > 1:
                line += f"（超过 Excel 行数上限，分在 {'、'.join(self.parts[name])}）"
            out.append(line)
        out += [
            f"跳过重复文件 {f.name}（与 {f.duplicate_of} 相同）"
            for f in self.files
            if f.duplicate_of
        ]
        return out


class _Out:
    """A data sheet written across parts of at most ``per_part`` rows."""

    def __init__(self, wb: Any, name: str, parts: int, per_part: int) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font, PatternFill
        from openpyxl.utils import get_column_letter

        self.cell = WriteOnlyCell
        self.columns = SHEETS[name]
        self.kinds = [c.kind for c in self.columns]
        self.formats = [NUMBER_FORMATS.get(k) for k in self.kinds]
        self.per_part = per_part
        self.names = [name] + [f"{name}_{i}" for i in range(2, parts + 1)]
        self.sheets = []
        self.last_column = get_column_letter(len(self.columns))
        bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
        for sheet_name in self.names:
            ws = wb.create_sheet(sheet_name)
            for i, col in enumerate(self.columns, 1):
                ws.column_dimensions[get_column_letter(i)].width = col.width
            ws.freeze_panes = "A2"
            header = []
            for col in self.columns:
                c = WriteOnlyCell(ws, col.header)
                c.font, c.fill = bold, fill
                header.append(c)
            ws.append(header)
            self.sheets.append(ws)
        self.count = 0

    def add(self, texts: list[str]) -> None:
        ws = self.sheets[self.count // self.per_part]
        row: list[Any] = []
        for kind, text, number_format in zip(self.kinds, texts, self.formats, strict=True):
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
                    for n, (key, texts) in enumerate(reread(f, name, book)):
                        if win.get(key) == _pack(index, n):
                            sheet.add(texts)
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
            summary, files, halls, rows, {n: read[n] for n in DATA_SHEETS}, parts, max_rows
        )
        wb.save(str(temp))
        os.replace(temp, out)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        raise
    return MergeResult(out, files, rows, {n: read[n] for n in DATA_SHEETS}, parts, halls)


def _write_summary(
    ws: Any,
    files: list[CheckedFile],
    halls: dict[str, dict[str, int]],
    rows: dict[str, int],
    read: dict[str, int],
    parts: dict[str, list[str]],
    max_rows: int,
) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    bold = Font(bold=True)

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

    widths = [12, 24, 8, 30, 12, 12, 17] + [10] * len(DATA_SHEETS)
    from openpyxl.utils import get_column_letter

    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
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
                "、".join(f"{f.batch_no:04d}" for f in sorted(group, key=lambda f: f.batch_no)),
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
            note += f"（{read[name] - rows[name]} 行为同一记录的旧版本，已由较新批次替换）"
        if len(parts[name]) > 1:
            note += (
                f"；超过 Excel 每个工作表 {max_rows} 行（含表头）的上限，"
                f"依次写在 {'、'.join(parts[name])}"
            )
        ws.append([note])
    ws.append(["同一记录（记录键相同）以生成时间较晚的批次为准，生成时间相同时以批次号较大者为准"])
    for f in files:
        if f.duplicate_of:
            ws.append([f"{f.name} 与 {f.duplicate_of} 是同一批次，已跳过"])
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
                *[f.counts[name] for name in DATA_SHEETS],
            ]
        )
