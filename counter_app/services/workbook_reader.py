"""Reading HQ's workbooks: the header checked, each row handed over with its number."""

from __future__ import annotations

import zipfile
from collections.abc import Generator
from pathlib import Path
from typing import Any

from counter_app.domain.text import Joined, Msg
from counter_app.services.errors import ImportRejected

# What a hall PC reads from HQ. A county's arrears list of 100,000 rows is ~5 MB on
# disk and ~60 MB unpacked; openpyxl keeps every shared string in memory, so a small
# file packing gigabytes of text (1.5 MB took 2 GB) is refused before it is opened.
MAX_FILE_MB = 50
MAX_UNPACKED_MB = 500
MAX_SHARED_STRINGS_MB = 40
_MB = 1024 * 1024


def _refuse(path: Path, reason: Msg) -> ImportRejected:
    return ImportRejected(path.name, [(0, reason)])


def check_workbook_file(path: Path) -> None:
    """ImportRejected, saying why, for a file that is no .xlsx or is too large to read."""
    suffix = path.suffix.lower()
    if suffix in (".xls", ".csv", ".et", ".ods"):
        raise _refuse(
            path,
            Msg(
                "这是 {suffix} 文件，柜台助手只读取 .xlsx：请在 Excel 或 WPS 中打开，"
                "“另存为”Excel 工作簿（*.xlsx）后再导入",
                suffix=suffix,
            ),
        )
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _refuse(path, Msg("无法读取文件：{reason}", reason=exc.strerror or exc)) from None
    if size > MAX_FILE_MB * _MB:
        raise _refuse(
            path,
            Msg(
                "文件有 {size} MB，超过了 {limit} MB 的上限：请让总部按营业厅拆分后再发",
                size=size // _MB,
                limit=MAX_FILE_MB,
            ),
        )
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError):
        raise _refuse(
            path, Msg("无法读取：不是有效的 .xlsx 文件（文件已损坏，或不是 Excel 工作簿）")
        ) from None
    unpacked = sum(m.file_size for m in members)
    shared = sum(m.file_size for m in members if m.filename.endswith("sharedStrings.xml"))
    if unpacked > MAX_UNPACKED_MB * _MB:
        raise _refuse(
            path,
            Msg(
                "文件解压后有 {size} MB，超过了 {limit} MB 的上限，不予读取",
                size=unpacked // _MB,
                limit=MAX_UNPACKED_MB,
            ),
        )
    if shared > MAX_SHARED_STRINGS_MB * _MB:
        raise _refuse(
            path,
            Msg(
                "文件中的文字共有 {size} MB，超过了 {limit} MB 的上限，不予读取"
                "（正常的清单远小于此，请向总部核实文件）",
                size=shared // _MB,
                limit=MAX_SHARED_STRINGS_MB,
            ),
        )


def open_workbook(path: Path) -> Any:
    """The workbook read-only, after check_workbook_file; a file openpyxl cannot read is
    refused in Chinese (its own message is English and names its internals)."""
    from openpyxl import load_workbook

    check_workbook_file(path)
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except Exception:
        raise _refuse(
            path,
            Msg(
                "无法读取：文件不是有效的 Excel 工作簿（*.xlsx），或已损坏。请在 Excel 或 WPS 中"
                "打开，“另存为”Excel 工作簿（*.xlsx）后再导入"
            ),
        ) from None


def read_values(
    path: Path, headers: tuple[str, ...], optional: tuple[str, ...] = ()
) -> Generator[tuple[int, tuple[Any, ...]], None, None]:
    """Rows of the first sheet as (row number, the values under the named headers, in
    their order); the named headers must lead, in order. Blank rows are skipped.

    ``optional`` headers may follow them, in order: the values of those present are
    read too (a row is as long as the headers found), a column under any other
    header is not."""
    book = open_workbook(path)
    rows = iter(())
    try:
        sheet = book.worksheets[0]
        rows = sheet.iter_rows(values_only=True)
        first = next(rows, None)
        found = tuple(str(c).strip() if c is not None else "" for c in (first or ()))
        if found[: len(headers)] != headers:
            raise ImportRejected(
                path.name, [(1, Msg("表头应为：{headers}", headers=Joined(headers)))]
            )
        width = len(headers)
        for name in optional:
            if found[width : width + 1] != (name,):
                break
            width += 1
        for number, row in enumerate(rows, start=2):
            if row is None or all(c is None or str(c).strip() == "" for c in row):
                continue
            values = row[:width]
            if len(values) < width:
                values += (None,) * (width - len(values))
            yield number, values
    finally:
        # The sheet's stream first: the archive's file stays open while a member is.
        close = getattr(rows, "close", None)
        if close is not None:
            close()
        book.close()


def read_rows(
    path: Path, headers: tuple[str, ...]
) -> Generator[tuple[int, dict[str, Any]], None, None]:
    """Rows of the first sheet as {header: value}; the named headers must lead, in order."""
    for number, values in read_values(path, headers):
        yield number, dict(zip(headers, values, strict=True))
