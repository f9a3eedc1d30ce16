"""The hall's workbook on disk: write-only sheets (widths, header, print set-up, checksum),
the 说明 sheet, the temporary file moved to its name, and the batch's stored rows."""

from __future__ import annotations

import contextlib
import hashlib
import os
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from counter_app.hq.contract import (
    DAY,
    EXCEL_TEXT_MAX,
    NUMBER_FORMATS,
    TEXT,
    TEXTS,
    TIME,
    Column,
    cell_value,
    neutralise,
)
from counter_app.hq.layout import header_cells, set_up_sheet
from counter_app.services.errors import UserError
from counter_app.store.models import ExportRow

# Between the cell texts of a stored row: a control character, removed from every text.
CELL_SEPARATOR = "\x1f"

# -- the workbook ---------------------------------------------------------------------------


class Sheet:
    """One write-only sheet: widths, frozen header, print set-up and header row first
    (hq/layout.py), autofilter last."""

    def __init__(self, wb: Any, name: str, columns: Sequence[Column]) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.utils import get_column_letter

        self._cell = WriteOnlyCell
        self.name, self.columns = name, tuple(columns)
        self.ws = ws = wb.create_sheet(name)
        set_up_sheet(ws, [col.width for col in columns])
        self.last_column = get_column_letter(len(columns))
        ws.append(header_cells(ws, [col.header for col in columns]))
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


def clean_row(sheet: Sheet, values: list[Any]) -> list[str]:
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


def discard(wb: Any) -> None:
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


def out_folder(out_dir: Path | str) -> Path:
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


def store_rows(s: Session, rows: list[tuple[Any, ...]]) -> None:
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


class Placed:
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


def write_info(info: Sheet, manifest: list[list[str]]) -> None:
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
