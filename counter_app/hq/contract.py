"""The period workbook's contract as one table (hq-contract.md section 1).

Every sheet with its columns in order: header, kind of cell, width; every kind with its
number format and the text the checksum is taken over; every sheet's row key. The
export writes by it, the check, merge and load read by it, and docs/hq-formats.md's
column tables are generated from it (``column_tables``, checked by a test).

A sheet's rows are built as dicts by column header; ``ordered`` turns one into the
sheet's cells and refuses a row with a column missing or one the sheet has not.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from operator import itemgetter
from typing import Any

__all__ = [
    "DATA_SHEETS",
    "FORMAT_VERSION",
    "INFO_COLUMNS",
    "INFO_SHEET",
    "KEY_HEADER",
    "NUMBER_FORMATS",
    "ROW_KEYS",
    "SHEETS",
    "Column",
    "ContractError",
    "cell_text",
    "cell_value",
    "column_tables",
    "columns_of",
    "headers",
    "neutralise",
    "ordered",
    "sheet_checksum",
    "upgraded",
]

FORMAT_VERSION = 2
EXCEL_TEXT_MAX = 32767

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
        Column("校验码", TEXT, 9),
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

# What each sheet's 记录键 is: unique across halls and batches (the hall code in front).
ROW_KEYS = {
    "来访记录": "来访编号, `330101-V20261126-0001`",
    "业务受理": "申请编号, `330101-20261126-0001`",
    "收费明细": "收据号 `#` line number, `330101-01-20261126-0002#1`",
    "日结": "日结编号, `330101-RJ20261126-001`",
    "投诉意见": "编号, `330101-TS20261126-001`",
    "员工绩效": "`<hall>-<from>-<to>-<staff no>` for a date range; "
    "`<hall>-<from>-<to>-B<batch>-<staff no>` for a --since-last batch (its window, see below)",
}
assert tuple(ROW_KEYS) == DATA_SHEETS


# Columns added after format_version 1, with the version that added them: a file of an
# older version lacks them, and its rows are read with the column empty (``upgraded``).
# 校验码 (2): the receipt's keyed check code as printed beside its QR code, so HQ can
# tell a genuine receipt (``hq-verify``) without holding the hall's key.
ADDED: dict[tuple[str, str], int] = {("收费明细", "校验码"): 2}


def columns_of(name: str, version: int = FORMAT_VERSION) -> tuple[Column, ...]:
    """The columns of sheet ``name`` in a file of format_version ``version``."""
    return tuple(c for c in SHEETS[name] if ADDED.get((name, c.header), 1) <= version)


def upgraded(name: str, version: int, texts: list[str]) -> list[str]:
    """A row read from a file of ``version`` as the current sheet's cell texts: the
    columns added since then empty."""
    if version == FORMAT_VERSION:
        return texts
    given = iter(texts)
    return [next(given) if ADDED.get((name, c.header), 1) <= version else "" for c in SHEETS[name]]


class ContractError(ValueError):
    """A row built with a column the sheet lacks, or without one it has (a bug)."""


def headers(name: str) -> tuple[str, ...]:
    return tuple(col.header for col in SHEETS[name])


_PICKERS = {name: itemgetter(*headers(name)) for name in SHEETS}


def ordered(name: str, row: Mapping[str, Any]) -> list[Any]:
    """The cells of a row of sheet ``name`` given by column header, in the sheet's order."""
    columns = SHEETS[name]
    if len(row) != len(columns):
        extra = sorted(set(row) - set(headers(name)))
        missing = [h for h in headers(name) if h not in row]
        raise ContractError(f"{name}: columns missing {missing}, not in the sheet {extra}")
    try:
        return list(_PICKERS[name](row))
    except KeyError as exc:
        raise ContractError(f"{name}: no column {exc.args[0]!r} in the row") from None


# -- cells as text: the checksum and the stored rows --------------------------------------

_DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")
# Characters XML 1.0 cannot hold (openpyxl refuses them and the sheet breaks).
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


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


# -- the contract document ---------------------------------------------------------------

KIND_NAMES = {
    TEXT: "text",
    TIME: "time",
    DAY: "date",
    MONEY: "money",
    DEC2: "2 decimals",
    INT: "count",
    MINUTES: "minutes",
    RATIO: "ratio",
}
DOC_BEGIN = "<!-- column tables: generated from counter_app/hq/contract.py -->"
DOC_END = "<!-- end of the generated column tables -->"


def column_tables() -> str:
    """docs/hq-formats.md's column tables, between DOC_BEGIN and DOC_END."""
    out = [DOC_BEGIN, ""]
    for name, columns in SHEETS.items():
        out += [f"**{name}** (key: {ROW_KEYS[name]})", ""]
        out += ["| # | column | kind | number format | width |", "|---|---|---|---|---|"]
        for i, col in enumerate(columns, 1):
            fmt = NUMBER_FORMATS.get(col.kind)
            number_format = f"`{fmt}`" if fmt else "General"
            width = f"{col.width:g}"
            out.append(
                f"| {i} | {col.header} | {KIND_NAMES[col.kind]} | {number_format} | {width} |"
            )
        out.append("")
    out.append(DOC_END)
    return "\n".join(out)
