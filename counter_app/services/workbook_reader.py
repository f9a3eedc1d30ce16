"""Reading HQ's workbooks: the header checked, each row handed over with its number."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from counter_app.domain.text import Joined, Msg
from counter_app.services.errors import ImportRejected


def read_rows(path: Path, headers: tuple[str, ...]) -> Iterator[tuple[int, dict[str, Any]]]:
    """Rows of the first sheet as {header: value}; the named headers must lead, in order."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise ImportRejected(
            path.name, [(0, Msg("无法读取（不是有效的 .xlsx 文件）：{exc}", exc=exc))]
        ) from None
    try:
        sheet = book.worksheets[0]
        rows = sheet.iter_rows(values_only=True)
        first = next(rows, None)
        found = tuple(str(c).strip() if c is not None else "" for c in (first or ()))
        if found[: len(headers)] != headers:
            raise ImportRejected(
                path.name, [(1, Msg("表头应为：{headers}", headers=Joined(headers)))]
            )
        for number, row in enumerate(rows, start=2):
            if row is None or all(c is None or str(c).strip() == "" for c in row):
                continue
            yield number, dict(zip(headers, row, strict=False))
    finally:
        book.close()
