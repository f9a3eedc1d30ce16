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
    "sheets_of",
    "upgraded",
]

FORMAT_VERSION = 3
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
KINDS = (TEXT, TIME, DAY, MONEY, DEC2, INT, MINUTES, RATIO)
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


def _columns(table: str) -> tuple[Column, ...]:
    """A sheet's columns from its table: a line a column, its header, kind and width."""
    columns: list[Column] = []
    for line in table.strip().splitlines():
        header, kind, width = line.split()
        if kind not in KINDS:
            raise ValueError(f"{header}: no kind of cell {kind!r}")
        columns.append(Column(header, kind, int(width)))
    if columns[-1].header != KEY_HEADER:
        raise ValueError(f"{columns[0].header}…: the last column is {KEY_HEADER}")
    return tuple(columns)


# The contract's columns in its order; 记录键 (and 类型 on 投诉意见) follow them.
SHEETS: dict[str, tuple[Column, ...]] = {
    "来访记录": _columns("""
        来访编号        text    23
        票号            text    8
        柜台            text    7
        营业员工号      text    12
        到达时间        time    18
        开始办理时间    time    18
        结束时间        time    18
        等候分钟        minutes 10
        办理分钟        minutes 10
        业务类型        text    30
        户号            text    18
        客户姓名        text    14
        办理结果        text    10
        满意度          text    12
        记录键          text    23
    """),
    "业务受理": _columns("""
        申请编号        text    22
        业务类型        text    30
        户号            text    18
        户名            text    16
        证件号码        text    22
        联系电话        text    14
        用电地址        text    52
        申请容量(kW)    dec2    14
        受理时间        time    18
        当前环节        text    16
        状态            text    22
        承诺完成日期    day     14
        完成时间        time    18
        是否超期        text    10
        记录键          text    22
    """),
    "收费明细": _columns("""
        收据号          text    25
        收费时间        time    18
        户号            text    18
        户名            text    16
        费用项目        text    22
        应收年月        text    10
        金额            money   12
        违约金          money   10
        合计            money   12
        支付方式        text    10
        交易参考号      text    30
        收费员工号      text    12
        状态            text    8
        作废原因        text    30
        授权人          text    10
        校验码          text    9
        记录键          text    28
    """),
    "日结": _columns("""
        日结编号        text    23
        日期            day     12
        收费员工号      text    12
        应收现金        money   13
        实点现金        money   13
        差额            money   11
        非现金合计      money   13
        笔数            int     8
        差异说明        text    40
        复核人          text    10
        记录键          text    23
    """),
    "投诉意见": _columns("""
        编号            text    23
        受理时间        time    18
        渠道            text    10
        类别            text    12
        户号            text    18
        内容摘要        text    60
        联系时限        day     12
        办结时限        day     12
        状态            text    12
        处理结果        text    40
        回访结果        text    30
        办结时间        time    18
        是否超时        text    10
        类型            text    10
        记录键          text    23
    """),
    "员工绩效": _columns("""
        营业员工号      text    12
        姓名            text    10
        接待人次        int     10
        平均等候分钟    minutes 14
        平均办理分钟    minutes 14
        收费笔数        int     10
        收费金额        money   14
        满意率          ratio   9
        差评数          int     8
        投诉数          int     8
        超期件数        int     10
        记录键          text    42
    """),
    # One row per answer of an outreach visit (走访和调查, issue 17); 题号 (the
    # questionnaire's code of the question) follows the contract's columns.
    "客户走访": _columns("""
        走访编号        text    26
        计划            text    22
        户号            text    18
        客户姓名        text    12
        走访方式        text    10
        走访人工号      text    12
        走访时间        time    18
        问卷            text    16
        问题            text    40
        回答            text    30
        是否问题        text    10
        跟进编号        text    23
        题号            text    18
        记录键          text    44
    """),
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
    "客户走访": "走访编号 `#` 题号, `330101-ZF20261126-001-17#q2`; "
    "a visit without answers (not reached): 走访编号",
}
assert tuple(ROW_KEYS) == DATA_SHEETS


# Columns added after format_version 1, with the version that added them: a file of an
# older version lacks them, and its rows are read with the column empty (``upgraded``).
# 校验码 (2): the receipt's keyed check code as printed beside its QR code, so HQ can
# tell a genuine receipt (``hq-verify``) without holding the hall's key.
ADDED: dict[tuple[str, str], int] = {("收费明细", "校验码"): 2}
# Sheets added after format_version 1, with the version that added them: a file of an
# older version has no such sheet, and HQ's tools read it as one without rows.
# 客户走访 (3): the outreach visits and their answers (issue 17).
SHEET_ADDED: dict[str, int] = {"客户走访": 3}


def sheets_of(version: int = FORMAT_VERSION) -> tuple[str, ...]:
    """The data sheets a file of format_version ``version`` holds, in order."""
    return tuple(name for name in DATA_SHEETS if SHEET_ADDED.get(name, 1) <= version)


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
