"""HQ side of the period workbook (hq-contract.md section 1): check, merge, load.

``check_files`` opens each hall workbook read-only and checks it against its own 说明
manifest: a known format_version, every data sheet present with the export's headers,
each sheet's row count and SHA-256 recomputed from the cells exactly as the export
computes them (``export.cell_text`` per column kind, ``export.sheet_checksum``), every
cell of the type its column has, every 记录键 present, unique in the file and carrying the
file's hall code. Every bad file is named with its reason; if any input is bad nothing is
written (``HqFilesRefused``).

Which version of a row wins: rows are identified by 记录键 (the last column of every data
sheet, unique across halls and time). The files are taken oldest first by (生成时间, 批次号)
of their 说明; a later file's version of a key replaces an earlier one.

``merge_files`` writes one workbook (openpyxl write-only): 汇总 (per hall: files, batches
and the rows of each sheet; the input files; notes), then the data sheets with the export's
headers, number formats and typed cells. A sheet that would pass Excel's row limit
(``max_rows``, header included) continues on 来访记录_2, 来访记录_3 … and 汇总 says so. The
workbook is written to a temporary file beside the output and moved to its name only once
complete.

``load_files`` puts the same rows into a database (PostgreSQL; any SQLAlchemy URL, SQLite in
tests): one table per data sheet named as the sheet, columns named as the headers, primary
key 记录键, plus 来源营业厅 / 来源批次 / 来源生成时间 / 来源文件. Rows are upserted (INSERT …
ON CONFLICT (记录键) DO UPDATE … WHERE the incoming version is not older), in one
transaction, so a re-load changes nothing. The table 载入批次 records each loaded batch;
a batch number loaded before with other contents is refused.

Continuity (services/batch_marks.py): each batch's 说明 gives the hall's audit chain
anchors. A batch whose previous batch (number - 1) of the same hall is among the files,
or was loaded before (table 载入审计链), must start where that one ended: the start names
that batch, with the same entry id and hash. Otherwise the hall's history was rewritten
between the two (a chain re-hashed in place, a store restored to an older backup), and
the batch is refused, naming the hall and both batches. A batch without anchors (written
before they existed) is not checked.

Memory: the files are read twice (check, then write), row by row; what is held is the
winning file of each key (one int per row).
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from counter_app.domain.text import Joined, Msg, as_msg
from counter_app.services.batch_marks import Anchors, anchors_of, marks_of_info
from counter_app.services.errors import UserError
from counter_app.services.export import (
    DATA_SHEETS,
    DAY,
    DEC2,
    FORMAT_VERSION,
    INFO_SHEET,
    INT,
    KEY_HEADER,
    MINUTES,
    MONEY,
    NUMBER_FORMATS,
    RATIO,
    SHEETS,
    TEXT,
    TIME,
    cell_text,
    cell_value,
    sheet_checksum,
)
from counter_app.services.marks import Marks
from counter_app.services.workbook_reader import EXCEL_MAX_ROWS

__all__ = [
    "EXCEL_MAX_ROWS",
    "KNOWN_FORMAT_VERSIONS",
    "SUMMARY_SHEET",
    "CheckedFile",
    "HqFilesRefused",
    "LoadResult",
    "MergeResult",
    "check_files",
    "load_files",
    "merge_files",
]

KNOWN_FORMAT_VERSIONS = frozenset({FORMAT_VERSION})
SUMMARY_SHEET = "汇总"
LOADS_TABLE = "载入批次"
ANCHORS_TABLE = "载入审计链"
SOURCE_COLUMNS = ("来源营业厅", "来源批次", "来源生成时间", "来源文件")
CHUNK = 1000
_NUMBER_KINDS = (MONEY, DEC2, MINUTES, RATIO)

Say = Callable[[str], None]


class HqFilesRefused(UserError):
    """Some input files failed the checks: ``problems`` is [(file, reason)]. Nothing was
    written."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        self.problems = problems
        lines = Joined(
            (Msg("{file}：{reason}", file=f, reason=as_msg(r)) for f, r in problems), "\n"
        )
        super().__init__(
            "{count} 个文件未通过校验，未写入任何内容：\n{lines}", count=len(problems), lines=lines
        )


class _Bad(Exception):
    """One file's reason for refusal."""


@dataclass
class CheckedFile:
    path: Path
    hall_code: str
    hall_name: str
    batch_no: int
    generated: datetime
    period_from: date | None
    period_to: date | None
    counts: dict[str, int]
    checksums: dict[str, str]
    stat: tuple[int, int] = (0, 0)  # size, mtime_ns when checked
    duplicate_of: str | None = None  # the same batch given twice: the later copy is skipped
    anchors: Anchors | None = None  # the audit chain's start and end (batch_marks)
    info: dict[str, Any] = field(default_factory=dict)  # 说明 as read, key -> value

    @property
    def order(self) -> tuple[datetime, int]:
        return (self.generated, self.batch_no)

    @property
    def name(self) -> str:
        return self.path.name


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


@dataclass
class LoadResult:
    url: str
    files: list[CheckedFile]
    rows: dict[str, int]  # rows in each table after the load

    def lines(self) -> list[str]:
        out = [f"已载入 {len(self.files)} 个文件到 {self.url}"]
        out += [f"{name}：表中共 {self.rows[name]} 行" for name in DATA_SHEETS]
        out += [
            f"跳过重复文件 {f.name}（与 {f.duplicate_of} 相同）"
            for f in self.files
            if f.duplicate_of
        ]
        return out


# -- reading and checking ----------------------------------------------------------------


def _open(path: Path) -> Any:
    from openpyxl import load_workbook

    if not path.is_file():
        raise _Bad("文件不存在")
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # zipfile, XML, openpyxl: whatever a broken file raises
        raise _Bad(
            f"无法作为 .xlsx 工作簿打开，文件不完整（可能被截断）或已损坏（{exc}）"
        ) from None


def _manifest(wb: Any, path: Path) -> CheckedFile:
    if INFO_SHEET not in wb.sheetnames:
        raise _Bad(f"缺少“{INFO_SHEET}”工作表，不是营业厅导出的工作簿")
    info: dict[str, Any] = {}
    for row in wb[INFO_SHEET].iter_rows(min_row=2, max_col=2, values_only=True):
        if row and row[0] is not None:
            info[str(row[0])] = row[1] if len(row) > 1 else None
    version = info.get("format_version")
    try:
        known = int(version) in KNOWN_FORMAT_VERSIONS  # type: ignore[arg-type]
    except (TypeError, ValueError):
        known = False
    if not known:
        raise _Bad(f"format_version 为 {version!r}，本程序只认识 {sorted(KNOWN_FORMAT_VERSIONS)}")
    for key in ("营业厅编码", "营业厅名称", "批次号", "生成时间"):
        if info.get(key) in (None, ""):
            raise _Bad(f"“{INFO_SHEET}”缺少 {key}")
    generated = info["生成时间"]
    if not isinstance(generated, datetime):
        raise _Bad(f"“{INFO_SHEET}”的生成时间不是日期时间：{generated!r}")
    try:
        batch_no = int(str(info["批次号"]))
    except ValueError:
        raise _Bad(f"“{INFO_SHEET}”的批次号不是数字：{info['批次号']!r}") from None
    counts: dict[str, int] = {}
    checksums: dict[str, str] = {}
    for name in DATA_SHEETS:
        count, digest = info.get(f"{name} 行数"), info.get(f"{name} SHA-256")
        if count is None or digest is None:
            raise _Bad(f"“{INFO_SHEET}”缺少“{name}”的行数或 SHA-256")
        try:
            counts[name] = int(count)
        except (TypeError, ValueError):
            raise _Bad(f"“{INFO_SHEET}”中“{name}”的行数不是数字：{count!r}") from None
        checksums[name] = str(digest)

    def day(value: Any) -> date | None:
        return value.date() if isinstance(value, datetime) else None

    try:
        anchors = anchors_of(info)
    except ValueError as exc:
        raise _Bad(f"“{INFO_SHEET}”中{exc}") from None
    stat = path.stat()
    return CheckedFile(
        path,
        str(info["营业厅编码"]),
        str(info["营业厅名称"]),
        batch_no,
        generated,
        day(info.get("起始日期")),
        day(info.get("截止日期")),
        counts,
        checksums,
        (stat.st_size, stat.st_mtime_ns),
        anchors=anchors,
        info=info,
    )


def _discontinuity(f: CheckedFile, prev_no: int, prev_end: tuple[int, str] | None) -> str | None:
    """Why ``f`` does not continue the hall's batch ``prev_no`` (whose end anchor is
    ``prev_end``, None if it had none); None when it does or cannot be told."""
    if prev_end is None:
        return None
    a = f.anchors
    head = f"营业厅 {f.hall_code} 第 {f.batch_no:04d} 批"
    if a is None:
        return f"{head}没有审计链锚点，而第 {prev_no:04d} 批有：不能确认两批之间的记录未被改写"
    if a.start_batch != prev_no:
        after = f"接续的是第 {a.start_batch:04d} 批" if a.start_batch else "没有接续任何批次"
        return (
            f"{head}{after}，而总部已有第 {prev_no:04d} 批："
            "营业厅的数据可能被恢复到了更早的备份，请与营业厅核实"
        )
    if a.start != prev_end:
        return (
            f"{head}的审计链起点（第 {a.start[0]} 条）与第 {prev_no:04d} 批的终点"
            f"（第 {prev_end[0]} 条）不符：两批之间营业厅的审计记录被改写过，请与营业厅核实"
        )
    return None


def _continuity(files: list[CheckedFile]) -> list[tuple[str, str]]:
    """Each batch whose previous batch of the hall is among ``files`` must continue it."""
    ends = {
        (f.hall_code, f.batch_no): (f.anchors.end if f.anchors else None)
        for f in files
        if not f.duplicate_of
    }
    problems = []
    for f in files:
        key = (f.hall_code, f.batch_no - 1)
        if f.duplicate_of or key not in ends:
            continue
        why = _discontinuity(f, f.batch_no - 1, ends[key])
        if why:
            problems.append((str(f.path), why))
    return problems


def batch_marks(path: Path | str) -> Marks:
    """The marks a checked batch carries (``restore --marks-from``)."""
    (f,) = check_files([path])
    return marks_of_info(f.hall_code, f.info)


def _text(kind: str, value: Any, where: str) -> str:
    """The cell's text as the export computed it; a cell of the wrong type is refused."""
    if value is None:
        return ""
    if kind == TEXT:
        ok = isinstance(value, str)
    elif kind in (TIME, DAY):
        ok = isinstance(value, datetime)
    elif kind == INT:
        ok = isinstance(value, int) and not isinstance(value, bool)
    else:  # MONEY, DEC2, MINUTES, RATIO: read back as int or float
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        if ok:
            value = Decimal(repr(value))
    if not ok:
        raise _Bad(f"{where} 的类型不对（{type(value).__name__}：{value!r}），内容被改动过")
    return cell_text(kind, value)


def _rows(wb: Any, name: str, hall_code: str) -> Iterator[tuple[str, list[str]]]:
    """(记录键, cell texts) of a data sheet, after checking its header."""
    if name not in wb.sheetnames:
        raise _Bad(f"缺少“{name}”工作表")
    columns = SHEETS[name]
    kinds = [c.kind for c in columns]
    width = len(columns)
    key_at = [c.header for c in columns].index(KEY_HEADER)
    prefix = f"{hall_code}-"
    rows = wb[name].iter_rows(min_row=1, max_col=width, values_only=True)
    header = list(next(rows, ()))
    header += [None] * (width - len(header))
    if header != [c.header for c in columns]:
        raise _Bad(f"“{name}”的表头与导出格式不符")
    for n, row in enumerate(rows, 2):
        cells = list(row) + [None] * (width - len(row))
        texts = [
            _text(kind, value, f"“{name}”第 {n} 行第 {i + 1} 列")
            for i, (kind, value) in enumerate(zip(kinds, cells, strict=True))
        ]
        key = texts[key_at]
        if not key.startswith(prefix):
            raise _Bad(f"“{name}”第 {n} 行的记录键 {key!r} 不是本营业厅（{hall_code}）的")
        yield key, texts


def _verify_sheet(
    wb: Any, f: CheckedFile, name: str, seen: Callable[[str, int], None] | None
) -> None:
    """Read one sheet through: its row count and SHA-256 (export.sheet_checksum over the
    recomputed cell texts) must be those of 说明, and its keys unique."""
    count = 0
    keys: set[str] = set()

    def texts() -> Iterator[list[str]]:
        nonlocal count
        for key, row in _rows(wb, name, f.hall_code):
            if key in keys:
                raise _Bad(f"“{name}”中记录键 {key} 出现了不止一次")
            keys.add(key)
            if seen is not None:
                seen(key, count)
            count += 1
            yield row

    digest = sheet_checksum(texts())
    if count != f.counts[name]:
        raise _Bad(f"“{name}”有 {count} 行，说明中为 {f.counts[name]} 行（文件被截断或改动过）")
    if digest != f.checksums[name]:
        raise _Bad(f"“{name}”的 SHA-256 与说明不符（内容被改动过）")


def _check_one(path: Path, seen: Callable[[str, str, int], None] | None) -> CheckedFile:
    wb = _open(path)
    try:
        f = _manifest(wb, path)
        for name in DATA_SHEETS:
            hook = None if seen is None else (lambda key, n, name=name: seen(name, key, n))
            _verify_sheet(wb, f, name, hook)
        return f
    except _Bad:
        raise
    except Exception as exc:  # a read that breaks half-way: a damaged file
        raise _Bad(f"读取时出错，文件不完整或已损坏（{type(exc).__name__}：{exc}）") from None
    finally:
        with contextlib.suppress(Exception):
            wb.close()


def check_files(
    paths: Sequence[Path | str],
    *,
    say: Say | None = None,
    seen: Callable[[int, str, str, int], None] | None = None,
) -> list[CheckedFile]:
    """Check every file (see the module doc); returns them oldest first by (生成时间, 批次号).

    ``seen(file index, sheet, key, row index)`` is called for each row of each good file,
    in that order (files oldest first). Raises HqFilesRefused naming every bad file.
    """
    if not paths:
        raise UserError("没有给出要处理的文件")
    problems: list[tuple[str, str]] = []
    heads: list[CheckedFile] = []
    for p in paths:
        path = Path(p)
        try:
            wb = _open(path)
            try:
                heads.append(_manifest(wb, path))
            finally:
                with contextlib.suppress(Exception):
                    wb.close()
        except _Bad as exc:
            problems.append((str(path), str(exc)))
    heads.sort(key=lambda f: f.order)
    by_batch: dict[tuple[str, int], CheckedFile] = {}
    for f in heads:
        same = by_batch.get((f.hall_code, f.batch_no))
        if same is None:
            by_batch[(f.hall_code, f.batch_no)] = f
        elif same.checksums == f.checksums and same.counts == f.counts:
            f.duplicate_of = same.name
        else:
            problems.append(
                (
                    str(f.path),
                    f"与 {same.name} 同为营业厅 {f.hall_code} 第 {f.batch_no:04d} 批，内容却不同",
                )
            )
    problems += _continuity([f for f in heads if all(str(f.path) != p for p, _r in problems)])
    good = [f for f in heads if all(str(f.path) != p for p, _r in problems)]
    for index, f in enumerate(good):
        # A second copy of a batch is checked too, but its rows are not offered.
        hook = (
            None if seen is None or f.duplicate_of else (lambda s, k, n, i=index: seen(i, s, k, n))
        )
        try:
            _check_one(f.path, hook)
        except _Bad as exc:
            problems.append((str(f.path), str(exc)))
            continue
        if say:
            say(f"已校验 {f.name}：营业厅 {f.hall_code} 第 {f.batch_no:04d} 批")
    if problems:
        raise HqFilesRefused(problems)
    return good


def _reread(f: CheckedFile, name: str, wb: Any) -> Iterator[tuple[str, list[str]]]:
    """The rows of a checked file again, for writing. The file must be the one checked
    (same size and modification time) and the sheet must give the checked number of rows."""
    count = 0
    for key, texts in _rows(wb, name, f.hall_code):
        count += 1
        yield key, texts
    if count != f.counts[name]:
        raise _Bad(f"“{name}”在处理过程中被改动")


def _open_again(f: CheckedFile) -> Any:
    try:
        stat = f.path.stat()
    except OSError:
        raise _Bad("文件在处理过程中被移走") from None
    if (stat.st_size, stat.st_mtime_ns) != f.stat:
        raise _Bad("文件在校验之后被改动")
    return _open(f.path)


# -- merging into one workbook ---------------------------------------------------------


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
            book = _open_again(f)
            try:
                for name in DATA_SHEETS:
                    win = winners[name]
                    sheet = outs[name]
                    for n, (key, texts) in enumerate(_reread(f, name, book)):
                        if win.get(key) == _pack(index, n):
                            sheet.add(texts)
                            counts[name] += 1
            except _Bad as exc:
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


# -- loading into a database -----------------------------------------------------------


def _sql_type(kind: str) -> Any:
    from sqlalchemy import Date, DateTime, Integer, Numeric, Text

    return {
        TEXT: Text(),
        TIME: DateTime(),
        DAY: Date(),
        MONEY: Numeric(16, 2),
        DEC2: Numeric(16, 2),
        MINUTES: Numeric(12, 1),
        RATIO: Numeric(7, 4),
        INT: Integer(),
    }[kind]


def _tables(metadata: Any) -> tuple[dict[str, Any], Any]:
    from sqlalchemy import Column, DateTime, Integer, Table, Text

    tables = {}
    for name in DATA_SHEETS:
        cols = [
            Column(c.header, _sql_type(c.kind), primary_key=c.header == KEY_HEADER)
            for c in SHEETS[name]
        ]
        cols += [
            Column("来源营业厅", Text(), nullable=False, index=True),
            Column("来源批次", Integer(), nullable=False),
            Column("来源生成时间", DateTime(), nullable=False),
            Column("来源文件", Text(), nullable=False),
        ]
        tables[name] = Table(name, metadata, *cols)
    loads = Table(
        LOADS_TABLE,
        metadata,
        Column("营业厅编码", Text(), primary_key=True),
        Column("批次号", Integer(), primary_key=True),
        Column("营业厅名称", Text(), nullable=False),
        Column("起始日期", DateTime()),
        Column("截止日期", DateTime()),
        Column("生成时间", DateTime(), nullable=False),
        Column("文件", Text(), nullable=False),
        Column("各表行数", Text(), nullable=False),
        Column("校验值", Text(), nullable=False),
        Column("载入时间", DateTime(), nullable=False),
    )
    # Its own table (not columns of 载入批次): create_all adds it to a database loaded before.
    Table(
        ANCHORS_TABLE,
        metadata,
        Column("营业厅编码", Text(), primary_key=True),
        Column("批次号", Integer(), primary_key=True),
        Column("起点批次", Integer()),
        Column("起点编号", Integer(), nullable=False),
        Column("起点哈希", Text(), nullable=False),
        Column("终点编号", Integer(), nullable=False),
        Column("终点哈希", Text(), nullable=False),
    )
    return tables, loads


def _db_values(name: str, texts: list[str]) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for col, text in zip(SHEETS[name], texts, strict=True):
        value = cell_value(col.kind, text)
        if col.kind == DAY and value is not None:
            value = value.date()
        row[col.header] = value
    return row


def _upsert(conn: Any, table: Any, rows: list[dict[str, Any]]) -> None:
    """Insert, or replace a row whose stored version is not newer than the incoming one."""
    from sqlalchemy import select, tuple_, update

    if not rows:
        return
    key = table.c[KEY_HEADER]
    dialect = conn.dialect.name
    if dialect in ("postgresql", "sqlite"):
        from sqlalchemy.dialects import postgresql, sqlite

        stmt: Any = (postgresql if dialect == "postgresql" else sqlite).insert(table)
        newer = tuple_(stmt.excluded["来源生成时间"], stmt.excluded["来源批次"]) >= tuple_(
            table.c["来源生成时间"], table.c["来源批次"]
        )
        stmt = stmt.on_conflict_do_update(
            index_elements=[key],
            set_={c.name: stmt.excluded[c.name] for c in table.columns if c is not key},
            where=newer,
        )
        conn.execute(stmt, rows)
        return
    # Any other database: look the keys up, then insert or update.
    stamps = {
        k: (g, b)
        for k, g, b in conn.execute(
            select(key, table.c["来源生成时间"], table.c["来源批次"]).where(
                key.in_([r[KEY_HEADER] for r in rows])
            )
        )
    }
    new = [r for r in rows if r[KEY_HEADER] not in stamps]
    if new:
        conn.execute(table.insert(), new)
    for r in rows:
        old = stamps.get(r[KEY_HEADER])
        if old is not None and (r["来源生成时间"], r["来源批次"]) >= old:
            conn.execute(
                update(table)
                .where(key == r[KEY_HEADER])
                .values({k: v for k, v in r.items() if k != KEY_HEADER})
            )


def load_files(
    paths: Sequence[Path | str],
    url: str,
    *,
    say: Say | None = None,
    now: Callable[[], datetime] | None = None,
) -> LoadResult:
    """Check ``paths`` and upsert their rows into the database at ``url`` (see the module
    doc). Raises HqFilesRefused (nothing loaded) if any input is bad."""
    from sqlalchemy import MetaData, create_engine, func, select
    from sqlalchemy.exc import SQLAlchemyError

    files = check_files(paths, say=say)
    if "://" not in url:  # a plain path: a SQLite file
        url = f"sqlite:///{Path(url).expanduser().resolve()}"
    try:
        engine = create_engine(url)
    except Exception as exc:
        raise UserError("数据库地址无法使用：{exc}", exc=exc) from None
    metadata = MetaData()
    tables, loads = _tables(metadata)
    stamp = (now or datetime.now)().replace(microsecond=0)
    try:
        with engine.begin() as conn:
            metadata.create_all(conn)
            problems: list[tuple[str, str]] = []
            for f in files:
                known = conn.execute(
                    select(loads.c["校验值"], loads.c["文件"]).where(
                        loads.c["营业厅编码"] == f.hall_code, loads.c["批次号"] == f.batch_no
                    )
                ).first()
                if known is not None and known[0] != _digest_text(f):
                    problems.append(
                        (
                            str(f.path),
                            f"营业厅 {f.hall_code} 第 {f.batch_no:04d} 批已载入过（{known[1]}），"
                            "内容却不同",
                        )
                    )
            problems += _continues_loaded(conn, metadata.tables[ANCHORS_TABLE], files)
            if problems:
                raise HqFilesRefused(problems)
            for f in files:
                if f.duplicate_of:
                    continue
                _load_one(conn, f, tables, loads, stamp)
                _keep_anchors(conn, metadata.tables[ANCHORS_TABLE], f)
                if say:
                    say(f"已载入 {f.name}")
            counts = {
                name: int(conn.scalar(select(func.count()).select_from(tables[name])) or 0)
                for name in DATA_SHEETS
            }
    except SQLAlchemyError as exc:
        raise UserError("载入数据库失败，已全部撤销：{exc}", exc=exc) from None
    finally:
        engine.dispose()
    return LoadResult(engine.url.render_as_string(hide_password=True), files, counts)


def _continues_loaded(conn: Any, anchors: Any, files: list[CheckedFile]) -> list[tuple[str, str]]:
    """Each batch must continue the hall's previous batch loaded before (see the module
    doc); one whose previous batch is among ``files`` was checked by check_files."""
    from sqlalchemy import select

    given = {(f.hall_code, f.batch_no) for f in files}
    problems = []
    for f in files:
        prev_no = f.batch_no - 1
        if f.duplicate_of or (f.hall_code, prev_no) in given:
            continue
        row = conn.execute(
            select(anchors.c["终点编号"], anchors.c["终点哈希"]).where(
                anchors.c["营业厅编码"] == f.hall_code, anchors.c["批次号"] == prev_no
            )
        ).first()
        if row is None:
            continue
        why = _discontinuity(f, prev_no, (int(row[0]), str(row[1])))
        if why:
            problems.append((str(f.path), why))
    return problems


def _keep_anchors(conn: Any, anchors: Any, f: CheckedFile) -> None:
    from sqlalchemy import delete

    conn.execute(
        delete(anchors).where(
            anchors.c["营业厅编码"] == f.hall_code, anchors.c["批次号"] == f.batch_no
        )
    )
    if f.anchors is None:
        return
    conn.execute(
        anchors.insert().values(
            {
                "营业厅编码": f.hall_code,
                "批次号": f.batch_no,
                "起点批次": f.anchors.start_batch,
                "起点编号": f.anchors.start[0],
                "起点哈希": f.anchors.start[1],
                "终点编号": f.anchors.end[0],
                "终点哈希": f.anchors.end[1],
            }
        )
    )


def _digest_text(f: CheckedFile) -> str:
    return ",".join(f.checksums[name] for name in DATA_SHEETS)


def _load_one(
    conn: Any, f: CheckedFile, tables: dict[str, Any], loads: Any, stamp: datetime
) -> None:
    from sqlalchemy import delete

    source = {
        "来源营业厅": f.hall_code,
        "来源批次": f.batch_no,
        "来源生成时间": f.generated,
        "来源文件": f.name,
    }
    book = _open_again(f)
    try:
        for name in DATA_SHEETS:
            chunk: list[dict[str, Any]] = []
            for _key, texts in _reread(f, name, book):
                chunk.append(_db_values(name, texts) | source)
                if len(chunk) >= CHUNK:
                    _upsert(conn, tables[name], chunk)
                    chunk = []
            _upsert(conn, tables[name], chunk)
    except _Bad as exc:
        raise HqFilesRefused([(str(f.path), str(exc))]) from None
    finally:
        with contextlib.suppress(Exception):
            book.close()
    conn.execute(
        delete(loads).where(loads.c["营业厅编码"] == f.hall_code, loads.c["批次号"] == f.batch_no)
    )
    conn.execute(
        loads.insert().values(
            {
                "营业厅编码": f.hall_code,
                "批次号": f.batch_no,
                "营业厅名称": f.hall_name,
                "起始日期": _midnight(f.period_from),
                "截止日期": _midnight(f.period_to),
                "生成时间": f.generated,
                "文件": f.name,
                "各表行数": json.dumps(f.counts, ensure_ascii=False),
                "校验值": _digest_text(f),
                "载入时间": stamp,
            }
        )
    )


def _midnight(day: date | None) -> datetime | None:
    return None if day is None else datetime(day.year, day.month, day.day)
