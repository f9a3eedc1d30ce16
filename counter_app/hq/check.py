"""HQ side of the period workbook (hq-contract.md section 1): read and check a batch.

``check_files`` opens each hall workbook read-only and checks it against its own 说明
manifest: a known format_version, every data sheet present with the contract's headers
(counter_app/hq/contract.py), each sheet's row count and SHA-256 recomputed from the cells
exactly as the export computes them (``contract.cell_text`` per column kind,
``contract.sheet_checksum``), every cell of the type its column has, every 记录键 present,
unique in the file and carrying the file's hall code. Every bad file is named with its
reason; if any input is bad nothing is written (``HqFilesRefused``).

Which version of a row wins: rows are identified by 记录键 (the last column of every data
sheet, unique across halls and time). The files are taken oldest first by (生成时间, 批次号)
of their 说明; a later file's version of a key replaces an earlier one.

Continuity (services/batch_marks.py): each batch's 说明 gives the hall's audit chain
anchors. A batch whose previous batch (number - 1) of the same hall is among the files,
or was loaded before (table 载入审计链), must start where that one ended: the start names
that batch, with the same entry id and hash. Otherwise the hall's history was rewritten
between the two (a chain re-hashed in place, a store restored to an older backup), and
the batch is refused, naming the hall and both batches. A batch without anchors (written
before they existed) is not checked.

Merging (counter_app/hq/merge.py) and loading (counter_app/hq/load.py) check first, here.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from counter_app.domain.text import Joined, Msg, as_msg
from counter_app.hq.contract import (
    DAY,
    FORMAT_VERSION,
    INFO_SHEET,
    INT,
    KEY_HEADER,
    TEXT,
    TIME,
    cell_text,
    columns_of,
    sheet_checksum,
    sheets_of,
    upgraded,
)
from counter_app.services.batch_marks import Anchors, anchors_of, marks_of_info
from counter_app.services.errors import UserError
from counter_app.services.marks import Marks

__all__ = [
    "KNOWN_FORMAT_VERSIONS",
    "CheckedFile",
    "HqFilesRefused",
    "batch_marks",
    "check_files",
]

# Version 1 lacks 收费明细's 校验码 (contract.ADDED); its rows are read with it empty.
# Versions 1 and 2 lack the sheet 客户走访 (contract.SHEET_ADDED): read as without rows.
KNOWN_FORMAT_VERSIONS = frozenset(range(1, FORMAT_VERSION + 1))

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


class Bad(Exception):
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
    version: int = FORMAT_VERSION

    @property
    def order(self) -> tuple[datetime, int]:
        return (self.generated, self.batch_no)

    @property
    def name(self) -> str:
        return self.path.name


# -- reading and checking ----------------------------------------------------------------


def _open(path: Path) -> Any:
    from openpyxl import load_workbook

    if not path.is_file():
        raise Bad("文件不存在")
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # zipfile, XML, openpyxl: whatever a broken file raises
        raise Bad(f"无法作为 .xlsx 工作簿打开，文件不完整（可能被截断）或已损坏（{exc}）") from None


def _manifest(wb: Any, path: Path) -> CheckedFile:
    if INFO_SHEET not in wb.sheetnames:
        raise Bad(f"缺少“{INFO_SHEET}”工作表，不是营业厅导出的工作簿")
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
        raise Bad(f"format_version 为 {version!r}，本程序只认识 {sorted(KNOWN_FORMAT_VERSIONS)}")
    for key in ("营业厅编码", "营业厅名称", "批次号", "生成时间"):
        if info.get(key) in (None, ""):
            raise Bad(f"“{INFO_SHEET}”缺少 {key}")
    generated = info["生成时间"]
    if not isinstance(generated, datetime):
        raise Bad(f"“{INFO_SHEET}”的生成时间不是日期时间：{generated!r}")
    try:
        batch_no = int(str(info["批次号"]))
    except ValueError:
        raise Bad(f"“{INFO_SHEET}”的批次号不是数字：{info['批次号']!r}") from None
    counts: dict[str, int] = {}
    checksums: dict[str, str] = {}
    for name in sheets_of(int(version)):  # type: ignore[arg-type]
        count, digest = info.get(f"{name} 行数"), info.get(f"{name} SHA-256")
        if count is None or digest is None:
            raise Bad(f"“{INFO_SHEET}”缺少“{name}”的行数或 SHA-256")
        try:
            counts[name] = int(count)
        except (TypeError, ValueError):
            raise Bad(f"“{INFO_SHEET}”中“{name}”的行数不是数字：{count!r}") from None
        checksums[name] = str(digest)

    def day(value: Any) -> date | None:
        return value.date() if isinstance(value, datetime) else None

    try:
        anchors = anchors_of(info)
    except ValueError as exc:
        raise Bad(f"“{INFO_SHEET}”中{exc}") from None
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
        version=int(version),  # type: ignore[arg-type]
    )


def discontinuity(f: CheckedFile, prev_no: int, prev_end: tuple[int, str] | None) -> str | None:
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
        why = discontinuity(f, f.batch_no - 1, ends[key])
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
        raise Bad(f"{where} 的类型不对（{type(value).__name__}：{value!r}），内容被改动过")
    return cell_text(kind, value)


def _rows(wb: Any, name: str, f: CheckedFile) -> Iterator[tuple[str, list[str]]]:
    """(记录键, cell texts as in the file) of a data sheet, after checking its header
    (the columns of the file's format_version)."""
    if name not in wb.sheetnames:
        raise Bad(f"缺少“{name}”工作表")
    hall_code = f.hall_code
    columns = columns_of(name, f.version)
    kinds = [c.kind for c in columns]
    width = len(columns)
    key_at = [c.header for c in columns].index(KEY_HEADER)
    prefix = f"{hall_code}-"
    rows = wb[name].iter_rows(min_row=1, max_col=width, values_only=True)
    header = list(next(rows, ()))
    header += [None] * (width - len(header))
    if header != [c.header for c in columns]:
        raise Bad(f"“{name}”的表头与导出格式不符")
    for n, row in enumerate(rows, 2):
        cells = list(row) + [None] * (width - len(row))
        texts = [
            _text(kind, value, f"“{name}”第 {n} 行第 {i + 1} 列")
            for i, (kind, value) in enumerate(zip(kinds, cells, strict=True))
        ]
        key = texts[key_at]
        if not key.startswith(prefix):
            raise Bad(f"“{name}”第 {n} 行的记录键 {key!r} 不是本营业厅（{hall_code}）的")
        yield key, texts


def _verify_sheet(
    wb: Any, f: CheckedFile, name: str, seen: Callable[[str, int], None] | None
) -> None:
    """Read one sheet through: its row count and SHA-256 (contract.sheet_checksum over the
    recomputed cell texts) must be those of 说明, and its keys unique."""
    count = 0
    keys: set[str] = set()

    def texts() -> Iterator[list[str]]:
        nonlocal count
        for key, row in _rows(wb, name, f):
            if key in keys:
                raise Bad(f"“{name}”中记录键 {key} 出现了不止一次")
            keys.add(key)
            if seen is not None:
                seen(key, count)
            count += 1
            yield row

    digest = sheet_checksum(texts())
    if count != f.counts[name]:
        raise Bad(f"“{name}”有 {count} 行，说明中为 {f.counts[name]} 行（文件被截断或改动过）")
    if digest != f.checksums[name]:
        raise Bad(f"“{name}”的 SHA-256 与说明不符（内容被改动过）")


def _check_one(path: Path, seen: Callable[[str, str, int], None] | None) -> CheckedFile:
    wb = _open(path)
    try:
        f = _manifest(wb, path)
        for name in sheets_of(f.version):
            hook = None if seen is None else (lambda key, n, name=name: seen(name, key, n))
            _verify_sheet(wb, f, name, hook)
        return f
    except Bad:
        raise
    except Exception as exc:  # a read that breaks half-way: a damaged file
        raise Bad(f"读取时出错，文件不完整或已损坏（{type(exc).__name__}：{exc}）") from None
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
        except Bad as exc:
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
        except Bad as exc:
            problems.append((str(f.path), str(exc)))
            continue
        if say:
            say(f"已校验 {f.name}：营业厅 {f.hall_code} 第 {f.batch_no:04d} 批")
    if problems:
        raise HqFilesRefused(problems)
    return good


def reread(f: CheckedFile, name: str, wb: Any) -> Iterator[tuple[str, list[str]]]:
    """The rows of a checked file again, for writing, as the current contract's cell texts
    (contract.upgraded). The file must be the one checked (same size and modification
    time) and the sheet must give the checked number of rows. A sheet the file's
    format_version does not have gives no rows."""
    if name not in sheets_of(f.version):
        return
    count = 0
    for key, texts in _rows(wb, name, f):
        count += 1
        yield key, upgraded(name, f.version, texts)
    if count != f.counts[name]:
        raise Bad(f"“{name}”在处理过程中被改动")


def open_again(f: CheckedFile) -> Any:
    try:
        stat = f.path.stat()
    except OSError:
        raise Bad("文件在处理过程中被移走") from None
    if (stat.st_size, stat.st_mtime_ns) != f.stat:
        raise Bad("文件在校验之后被改动")
    return _open(f.path)
