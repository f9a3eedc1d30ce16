"""HQ's arrears list (欠费清单) and fee schedule (收费标准), hq-contract.md sections 2 and 3.

Both imports follow the calendar import: every row is checked first, each bad
row is reported with its number and a Chinese reason (ImportRejected), and only
a clean file is applied, in one transaction with one audit entry carrying the
file's SHA-256 and the counts. Importing the same file twice changes nothing.

Arrears list, decisions:

- Amounts are Decimal to the fen. A float cell (Excel keeps numbers as
  binary floats) goes through ``Decimal(str(round(value, 2)))``; a value with
  a third decimal that is not float noise (more than 1e-9 off the fen) is
  refused, never rounded away. Text cells must be plain decimals.
- 户号 is 10 to 16 digits (text; a whole-number cell is accepted too).
  应收年月 is yyyymm (text or number; a date cell gives its year and month),
  from 200001 to December of next year. 缴费截止日期 is a date cell or
  ``yyyy-mm-dd`` text, from 2000-01-01 to a year after today (a due date of
  0001-01-01 once showed a ¥73,995.50 late fee on a ¥100 bill). Each amount is at
  most ¥10,000,000 (one account's one month). 户名 and 用电地址 are checked as the
  input guard checks stored text (length, control characters), since the rows are
  written with bulk statements the guard does not see.
- The file is read once, row by row (a county's list runs to 100,000 rows and
  more): each row is checked as it comes and the checked rows are applied 500 at
  a time inside the one transaction; a bad row stops the writing, the rest is
  still checked, and the refusal rolls back everything: all or nothing.
- The rows of one 户号 must agree on 户名 and 用户类别.
- An account the store does not know is created with a placeholder holder:
  a customer with cert_type ``户号`` and cert_no the account number (the list
  carries no ID number), named 户名, person for 居民 and company for 非居民;
  the account is 低压, active, in the store's (first) hall. Accounts the store
  already knows keep their holder, address and category: the hall's records
  win over the list for those.
- For every account the file names, its arrears become the file's rows, keyed
  by (account, 应收年月): amount_due and due date from the file, amount_paid
  the larger of the local figure and the file's 已收金额 (a payment taken at
  the counter after HQ drew up the list is not lost), status open (a month
  withdrawn earlier and listed again is reopened). The part of amount_paid not
  taken here is kept as paid_elsewhere; the audit entry names each row the import
  set, with what it set (audit_details.arrears_rows), for `counter-app check`.
- An open month of a named account that the file no longer lists is settled
  elsewhere and becomes ``withdrawn``, unless a valid (not voided) payment
  taken here points at it (PaymentLine.arrears_id): then it stays open and is
  counted as ``arrears_kept``. Accounts the file does not name are untouched.

Fee schedule, decisions:

- Prices have at most 4 decimals (ScaledDecimal(4)); same float rule as above.
- 失效日期 is the last day the item applies (inclusive); empty means open-ended.
  An item on a day is the version of its 项目编码 with the latest 生效日期 on
  or before that day, if that version has not lapsed by then.
- Tiers of one 类别 + 生效日期 form one table: 档位 numbered 1, 2, 3… without a
  gap; the first tier's lower bound is 0 or 1 (both mean "from the year's first
  kWh", as HQ tables write either; stored as given, see domain/tariff.py); each
  next lower bound is the previous upper bound + 1; only the last tier has no
  upper bound, and it must have none; prices never fall
  (``counter_app.domain.tariff.validate_tiers``).
- A table in the file replaces the stored table of the same 类别 + 生效日期
  whole (a tier the file no longer has is removed); fee items are upserted by
  项目编码 + 生效日期 and never removed (HQ ends an item with a 失效日期).
- The tier sheet is the one named 阶梯电价, else the second sheet; a workbook
  without one imports fee items only.
- Prices read back are trimmed to the digits they need, at least two
  (0.5380 → 0.538, 60.0000 → 60.00): the same Decimal value, nicer on screen.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import itertools
import math
import re
import sys
from array import array
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple, TypeVar, cast

from sqlalchemy import Row, Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from counter_app.domain.clock import local_date
from counter_app.domain.money import MAX_AMOUNT
from counter_app.domain.tariff import TariffError, Tier, validate_tiers
from counter_app.domain.text import N_, Joined, Msg, message_of
from counter_app.services import audit, authz
from counter_app.services.audit_details import arrears_line, arrears_state
from counter_app.services.auth import UserInfo
from counter_app.services.authz import require
from counter_app.services.context import AppContext
from counter_app.services.errors import ImportRejected, UserError
from counter_app.services.input_guard import check_text
from counter_app.services.retry import IMPORT_BUSY, retrying
from counter_app.services.workbook_apart import read_values_apart
from counter_app.store.models import (
    Account,
    Arrears,
    Customer,
    FeeItem,
    Hall,
    Payment,
    PaymentLine,
    TariffTier,
)

__all__ = [
    "ARREARS_HEADERS",
    "ARREARS_OPTIONAL",
    "FEE_HEADERS",
    "METHODS",
    "TIER_HEADERS",
    "TIER_SHEET",
    "FeeImportSummary",
    "FeeItemView",
    "ImportSummary",
    "current_fee_items",
    "current_tiers",
    "import_arrears",
    "import_fee_schedule",
]

ARREARS_HEADERS = (
    "户号",
    "户名",
    "用电地址",
    "用户类别",
    "应收年月",
    "应收金额",
    "已收金额",
    "欠费金额",
    "缴费截止日期",
)
# May follow ARREARS_HEADERS: a contract's daily late-fee rate in ‰ (empty: the defaults
# of fees.toml). A list without the column leaves the stored rates as they are.
RATE_HEADER = "违约金日费率（‰）"
ARREARS_OPTIONAL = (RATE_HEADER,)
# 电力供应与使用条例 art. 39: a contract's rate lies within 1‰–3‰ a day.
RATE_RANGE = (Decimal(1), Decimal(3))
CATEGORIES = ("居民", "非居民")
PLACEHOLDER_CERT_TYPE = "户号"

FEE_HEADERS = (
    "项目编码",
    "项目名称",
    "计费方式",
    "单价",
    "单位",
    "依据文件",
    "生效日期",
    "失效日期",
)
TIER_HEADERS = (
    "类别",
    "档位",
    "年用电量下限(kWh)",
    "年用电量上限(kWh)",
    "电价(元/kWh)",
    "生效日期",
)
TIER_SHEET = "阶梯电价"
METHODS = (N_("固定"), N_("按容量kVA"), N_("按电量kWh"))
_METHOD_KEYS = {m.lower(): m for m in METHODS}

MAX_PRICE = Decimal("99999999.9999")
_CHUNK = 500  # values per IN (...): well under SQLite's bound-parameter limit

T = TypeVar("T")


# -- summaries and views -----------------------------------------------------------


@dataclass(frozen=True)
class ImportSummary:
    """What an arrears list import did. A second import of the same file: all unchanged."""

    file: str
    sha256: str
    rows: int
    accounts: int  # accounts the file names
    accounts_created: int
    arrears_added: int
    arrears_updated: int
    arrears_withdrawn: int
    arrears_kept: int  # open months no longer listed, kept for payments taken here
    unchanged: int  # rows of the file the store already had exactly
    account_rates: int = 0  # stored accounts whose contract late-fee rate the file changed

    @property
    def changed(self) -> bool:
        return bool(
            self.accounts_created
            or self.account_rates
            or self.arrears_added
            or self.arrears_updated
            or self.arrears_withdrawn
        )

    @property
    def text(self) -> str:
        lines = [
            f"欠费清单 {self.file} 已导入：共 {self.rows} 行，涉及户号 {self.accounts} 个。",
            f"新建户号 {self.accounts_created} 个；新增欠费 {self.arrears_added} 笔，"
            f"更新 {self.arrears_updated} 笔，撤销（已在别处结清）{self.arrears_withdrawn} 笔，"
            f"未变 {self.unchanged} 笔。",
        ]
        if self.arrears_kept:
            lines.append(
                f"另有 {self.arrears_kept} 笔清单已不再列出，但本厅已收过款，保留为未结清，请核对。"
            )
        if self.account_rates:
            lines.append(f"合同约定的违约金日费率有变化的户号 {self.account_rates} 个。")
        if not self.changed:
            lines.append("数据库中已是这份清单的内容，没有变化。")
        lines.append(f"文件 SHA-256：{self.sha256}")
        return "\n".join(lines)


@dataclass(frozen=True)
class FeeImportSummary:
    """What a fee schedule import did. A second import of the same file: all unchanged."""

    file: str
    sha256: str
    items_added: int
    items_updated: int
    items_unchanged: int
    tiers_added: int
    tiers_updated: int
    tiers_removed: int
    tiers_unchanged: int

    @property
    def changed(self) -> bool:
        return bool(
            self.items_added
            or self.items_updated
            or self.tiers_added
            or self.tiers_updated
            or self.tiers_removed
        )

    @property
    def text(self) -> str:
        lines = [
            f"收费标准 {self.file} 已导入。",
            f"收费项目：新增 {self.items_added} 项，更新 {self.items_updated} 项，"
            f"未变 {self.items_unchanged} 项。",
            f"阶梯电价：新增 {self.tiers_added} 档，更新 {self.tiers_updated} 档，"
            f"删除 {self.tiers_removed} 档，未变 {self.tiers_unchanged} 档。",
        ]
        if not self.changed:
            lines.append("数据库中已是这份收费标准的内容，没有变化。")
        lines.append(f"文件 SHA-256：{self.sha256}")
        return "\n".join(lines)


@dataclass(frozen=True)
class FeeItemView:
    """One business fee item as it applies on a day (收费项目)."""

    code: str
    name: str
    method: str  # 固定 / 按容量kVA / 按电量kWh
    unit_price: Decimal
    unit: str
    basis: str  # 依据文件
    valid_from: date
    valid_to: date | None


# -- cell conversions -------------------------------------------------------------


# Compiled once: a county's list checks 100,000 rows, and re's cache lookup with its flag
# cost ~0.15 s of them.
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)", re.ASCII)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_DIGITS = re.compile(r"\d+", re.ASCII)
_ACCOUNT_NO = re.compile(r"\d{10,16}", re.ASCII)
_YEAR_MONTH = re.compile(r"(\d{4})(\d{2})", re.ASCII)


class _Bad(Exception):
    """One cell's problem, in Chinese."""


def _shown(value: Any) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    return "" if value is None else str(value).strip()


def _text(value: Any, label: str, limit: int, required: bool = True) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = "" if value is None else str(value).strip()
    if required and not text:
        raise _Bad(Msg("{label}为空", label=label))
    if len(text) > limit:
        raise _Bad(Msg("{label}过长（最多{limit}个字）", label=label, limit=limit))
    return text


def _decimal(value: Any, label: str, places: int, limit: Decimal) -> Decimal:
    """An exact Decimal with at most ``places`` decimals, not negative."""
    quantum = Decimal(1).scaleb(-places)
    if value is None or (isinstance(value, str) and not value.strip()):
        raise _Bad(Msg("{label}为空", label=label))
    if isinstance(value, bool):
        raise _Bad(Msg("{label}“{value}”不是数字", label=label, value=value))
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _Bad(Msg("{label}“{value}”不是数字", label=label, value=value))
        exact = Decimal(repr(value))
        if abs(exact - exact.quantize(quantum)) > Decimal("1e-9"):
            raise _Bad(
                Msg("{label}“{value}”超过{places}位小数", label=label, value=value, places=places)
            )
        number = Decimal(str(round(value, places)))
    elif isinstance(value, int | Decimal):
        number = Decimal(value)
    else:
        text = str(value).strip()
        if not _NUMBER.fullmatch(text):
            raise _Bad(Msg("{label}“{text}”不是数字", label=label, text=text))
        number = Decimal(text)
    if not number.is_finite():
        raise _Bad(Msg("{label}“{shown}”不是数字", label=label, shown=_shown(value)))
    if number < 0:
        raise _Bad(Msg("{label}不能为负数：{shown}", label=label, shown=_shown(value)))
    if number > limit:
        raise _Bad(Msg("{label}过大：{shown}", label=label, shown=_shown(value)))
    if number != number.quantize(quantum):
        raise _Bad(
            Msg(
                "{label}“{shown}”超过{places}位小数",
                label=label,
                shown=_shown(value),
                places=places,
            )
        )
    return number.quantize(quantum)


def _money(value: Any, label: str) -> Decimal:
    return _decimal(value, label, 2, MAX_AMOUNT)


def _price(value: Any, label: str) -> Decimal:
    return _decimal(value, label, 4, MAX_PRICE)


def _date(value: Any, label: str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _shown(value)
    if not text:
        raise _Bad(Msg("{label}为空", label=label))
    if _ISO_DATE.fullmatch(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    raise _Bad(
        Msg("{label}“{text}”不是有效日期（应为日期单元格或 yyyy-mm-dd）", label=label, text=text)
    )


def _optional_date(value: Any, label: str) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return _date(value, label)


def _whole(value: Any, label: str) -> int:
    """A non-negative whole number from a number or text cell."""
    if isinstance(value, bool):
        raise _Bad(Msg("{label}“{value}”不是整数", label=label, value=value))
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        number = value
    else:
        text = _shown(value)
        if not text:
            raise _Bad(Msg("{label}为空", label=label))
        if not _DIGITS.fullmatch(text):
            raise _Bad(Msg("{label}“{text}”不是非负整数", label=label, text=text))
        number = int(text)
    if number < 0:
        raise _Bad(Msg("{label}不能为负数：{number}", label=label, number=number))
    if number > 10**12:
        raise _Bad(Msg("{label}过大：{number}", label=label, number=number))
    return number


def _account_no(value: Any) -> str:
    if isinstance(value, float) and value.is_integer() and value < 1e15:
        value = int(value)
    text = _shown(value)
    if not _ACCOUNT_NO.fullmatch(text):
        raise _Bad(Msg("户号“{text}”应为10至16位数字", text=text))
    return text


def _method(value: Any) -> str:
    text = re.sub(r"\s+", "", _shown(value))
    method = _METHOD_KEYS.get(text.lower())
    if method is None:
        raise _Bad(
            Msg("计费方式“{shown}”应为 {methods}", shown=_shown(value), methods=" / ".join(METHODS))
        )
    return method


def _trim(price: Decimal) -> Decimal:
    """The same value with the decimals it needs, at least two (0.5380 → 0.538)."""
    normal = price.normalize()
    exponent = normal.as_tuple().exponent
    if isinstance(exponent, int) and exponent > -2:
        return price.quantize(Decimal("0.01"))
    return normal


class _Cells:
    """Converts one row's cells, collecting each cell's problem instead of stopping."""

    def __init__(self, row: int, problems: list[tuple[int, str]], prefix: str = "") -> None:
        self.row = row
        self.problems = problems
        self.prefix = prefix
        self.ok = True

    def get(self, convert: Any, *args: Any) -> Any:
        try:
            return convert(*args)
        except _Bad as bad:
            self.fail(message_of(bad))
            return None

    def fail(self, reason: str) -> None:
        self.ok = False
        self.problems.append((self.row, Msg("{prefix}{reason}", prefix=self.prefix, reason=reason)))


def _chunks(values: Sequence[T]) -> Iterator[Sequence[T]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _sha256(path: Path) -> str:
    with path.open("rb") as file:
        return hashlib.file_digest(file, "sha256").hexdigest()


# -- the arrears list -----------------------------------------------------------------

# Plausible values (issue 12): a due date of 0001-01-01 once passed and showed a
# ¥73,995.50 late fee on a ¥100 bill. HQ's lists carry this century's bills, due at
# most a year ahead; one account's one month stays far below ten million yuan (a
# county's largest plant), far above any real bill, and catches a number pasted into
# the wrong column.
EARLIEST_DUE = date(2000, 1, 1)
EARLIEST_MONTH = "200001"
MAX_BILL = Decimal("10000000.00")
# Checked rows applied at a time inside the one transaction: the file is never held
# whole, and a bad row anywhere still rolls every chunk back.
_APPLY_ROWS = _CHUNK
_MAX_BILL_FLOAT = float(MAX_BILL)
_CENT = Decimal("0.01")


class _ArrearsRow(NamedTuple):
    row: int
    account_no: str
    name: str
    address: str
    category: str
    bill_month: str
    amount_due: Decimal
    amount_paid: Decimal
    due_date: date
    rate_listed: bool = False  # the file has the rate column
    rate: Decimal | None = None  # ‰ a day; None: the defaults


def _rate_per_mille(value: Any) -> Decimal | None:
    """A contract's daily rate in ‰ (1.5 = 1.5‰); an empty cell: None, the defaults."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    rate = _decimal(value, RATE_HEADER, 4, Decimal(1000))
    low, high = RATE_RANGE
    if not low <= rate <= high:
        raise _Bad(
            Msg(
                "{label} {rate} 不在 1 至 3 之间（电力供应与使用条例第三十九条：合同约定的"
                "违约金日费率为千分之一至千分之三）；按默认费率收取请留空",
                label=RATE_HEADER,
                rate=_shown(value),
            )
        )
    return rate


class _Window:
    """The bill months and due dates an arrears list may carry when imported on ``today``."""

    def __init__(self, today: date) -> None:
        try:
            self.latest_due = today.replace(year=today.year + 1)
        except ValueError:  # 02-29: a year later is 02-28
            self.latest_due = date(today.year + 1, 2, 28)
        self.latest_month = f"{today.year + 1:04d}12"


def _bill_month(value: Any, window: _Window) -> str:
    if isinstance(value, datetime | date):
        value = f"{value.year:04d}{value.month:02d}"
    elif isinstance(value, float) and value.is_integer():
        value = int(value)
    text = _shown(value)
    match = _YEAR_MONTH.fullmatch(text)
    if not match or not 1 <= int(match[2]) <= 12:
        raise _Bad(Msg("应收年月“{text}”不是有效的年月（应为 yyyymm，如 202503）", text=text))
    if not EARLIEST_MONTH <= text <= window.latest_month:
        raise _Bad(
            Msg(
                "应收年月 {text} 不在 {first} 至 {last} 之间，不像是真实的账期：请向总部核实",
                text=text,
                first=EARLIEST_MONTH,
                last=window.latest_month,
            )
        )
    return text


def _due_date(value: Any, window: _Window) -> date:
    day = _date(value, "缴费截止日期")
    if day < EARLIEST_DUE:
        raise _Bad(
            Msg(
                "缴费截止日期 {day} 早于 {first}，不像是真实的截止日期（会算出巨额违约金）："
                "请向总部核实",
                day=day.isoformat(),
                first=EARLIEST_DUE.isoformat(),
            )
        )
    if day > window.latest_due:
        raise _Bad(
            Msg(
                "缴费截止日期 {day} 晚于一年以后（{last}），不像是真实的截止日期：请向总部核实",
                day=day.isoformat(),
                last=window.latest_due.isoformat(),
            )
        )
    return day


def _bill_amount(value: Any, label: str) -> Decimal:
    # The usual cells, a number with its cents or a whole number: as _money gives them,
    # in a tenth of the time.
    if type(value) is float and 0 <= value <= _MAX_BILL_FLOAT:
        exact = Decimal(repr(value))
        amount = exact.quantize(_CENT)
        if amount == exact:
            return amount
    elif type(value) is int and 0 <= value <= _MAX_BILL_FLOAT:
        return Decimal(value).quantize(_CENT)
    amount = _money(value, label)
    if amount > MAX_BILL:
        raise _Bad(
            Msg(
                "{label} {amount} 超过单月上限 {limit} 元：请向总部核实",
                label=label,
                amount=f"{amount:,}",
                limit=f"{MAX_BILL:,}",
            )
        )
    return amount


def _stored_text(value: Any, label: str, limit: int, required: bool = True) -> str:
    """A text the import stores with bulk writes, which the input guard does not see:
    checked here as the guard would (length, control characters), in its words."""
    text = _text(value, label, sys.maxsize, required)  # the length: the guard's message
    if len(text) <= limit and text.isprintable():  # no Cc/Cf: nothing for the guard to say
        return text
    try:
        return check_text(text, label, limit)
    except UserError as exc:
        raise _Bad(Msg(exc.template, **exc.params)) from None


class _ArrearsCheck:
    """Checks the rows one by one, remembering only what later rows are checked against:
    each account's first 户名, 用户类别 and row, and the months listed for it with the
    row of each.

    Compactly, a county's list being 100,000 rows in ~30,000 accounts: per account its
    name and one array of ints [holder's row × 2 + 居民?, month, row, month, row, ...]. A
    dict of (户号, 月) and one of 户号 took 22 MB more, past the import's budget; an
    account's months are few (the window allows ~330), so finding one is a short scan."""

    def __init__(self, today: date) -> None:
        self.window = _Window(today)
        self.problems: list[tuple[int, str]] = []
        self.holders: dict[str, list[Any]] = {}  # 户号 → [户名, the ints above]
        self.rows = 0

    def row(self, number: int, cells: tuple[Any, ...]) -> _ArrearsRow | None:
        """One row's values, in ARREARS_HEADERS' order."""
        c = _Cells(number, self.problems)
        account_cell, name_cell, address_cell, category_cell, month_cell = cells[:5]
        due_cell, paid_cell, owed_cell, due_date_cell = cells[5:9]
        listed = len(cells) > len(ARREARS_HEADERS)
        rate = c.get(_rate_per_mille, cells[9]) if listed else None
        account_no = c.get(_account_no, account_cell)
        name = c.get(_stored_text, name_cell, "户名", 100)
        address = c.get(_stored_text, address_cell, "用电地址", 200, False)
        category = _shown(category_cell)
        if category not in CATEGORIES:
            c.fail(Msg("用户类别“{category}”应为 居民 或 非居民", category=category[:40]))
        month = c.get(_bill_month, month_cell, self.window)
        due = c.get(_bill_amount, due_cell, "应收金额")
        paid = c.get(_bill_amount, paid_cell, "已收金额")
        owed = c.get(_bill_amount, owed_cell, "欠费金额")
        due_date = c.get(_due_date, due_date_cell, self.window)
        if due is not None and paid is not None and owed is not None and owed != due - paid:
            c.fail(f"欠费金额 {owed} 不等于 应收金额 {due} − 已收金额 {paid}（应为 {due - paid}）")
        if account_no is not None:
            self._against_earlier(c, number, account_no, name, category, month)
            if listed and c.ok:
                self._same_rate(c, number, account_no, rate)
        if not c.ok:
            return None
        self.rows += 1
        return _ArrearsRow(
            number, account_no, name, address, category, month, due, paid, due_date, listed, rate
        )

    def _same_rate(self, c: _Cells, number: int, account_no: str, rate: Decimal | None) -> None:
        """One account, one contract rate: rows of one 户号 with two rates are refused."""
        held = self.holders[account_no]
        if len(held) == 2:
            held.append((rate, number))
        elif held[2][0] != rate:
            c.fail(f"户号 {account_no} 的{RATE_HEADER}与第{held[2][1]}行不一致")

    def _against_earlier(
        self, c: _Cells, number: int, account_no: str, name: str | None, category: str, month: Any
    ) -> None:
        """The same 户号 and 应收年月 twice, or one 户号 with two holders: refused, naming
        the first row. The holder is the first row with a good 户名 and 用户类别."""
        held = self.holders.get(account_no)
        if held is None:
            held = self.holders[account_no] = ["", array("i", (-1,))]
        ints = held[1]
        if name is not None and category in CATEGORIES:
            resident = category == "居民"
            if ints[0] < 0:
                held[0], ints[0] = name, number * 2 + resident
            elif (held[0], ints[0] % 2) != (name, resident):
                c.fail(f"户号 {account_no} 的户名或用户类别与第{ints[0] // 2}行不一致")
        if month is None:
            return
        wanted = int(month)
        for i in range(1, len(ints), 2):
            if ints[i] == wanted:
                c.fail(f"户号 {account_no} 应收年月 {month} 与第{ints[i + 1]}行重复")
                return
        ints.extend((wanted, number))


_ARREARS = cast(Table, Arrears.__table__)
_ACCOUNTS = cast(Table, Account.__table__)
_CUSTOMERS = cast(Table, Customer.__table__)


class _ArrearsApply:
    """Applies checked rows a chunk at a time, with Core statements (no ORM object per
    row), remembering only each named account's id and its stored months not yet listed."""

    def __init__(self, s: Session, now: datetime) -> None:
        self.s = s
        self.now = now
        self.hall_id: int | None = None
        self.account_ids: dict[str, int] = {}  # every account the file names so far
        # Stored months of the named accounts that no row has listed yet: what is left
        # at the end is no longer listed (withdrawn, or kept when paid here).
        self.unlisted: dict[tuple[int, str], Row[Any]] = {}
        self.states = io.StringIO()  # "id:state" lines: each arrears as this import left it
        self.rates = io.StringIO()  # "户号:‰" lines: each contract rate this import set
        self.rates_changed = 0
        self.created = self.added = self.updated = self.unchanged = 0
        self.withdrawn = self.kept = 0

    def chunk(self, rows: list[_ArrearsRow]) -> None:
        self._accounts(rows)
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        for r in rows:
            key = (self.account_ids[r.account_no], r.bill_month)
            old = self.unlisted.pop(key, None)
            if old is None:
                inserts.append(
                    {
                        "account_id": key[0],
                        "bill_month": r.bill_month,
                        "amount_due": r.amount_due,
                        "amount_paid": r.amount_paid,
                        "paid_elsewhere": r.amount_paid,
                        "due_date": r.due_date,
                        "status": "open",
                        "updated_at": self.now,
                    }
                )
                continue
            # HQ's 已收金额 less the receipts here is paid elsewhere; never lowered (a
            # payment taken here after HQ drew up the list is not lost).
            here = old.amount_paid - old.paid_elsewhere
            elsewhere = max(old.paid_elsewhere, r.amount_paid - here)
            new = (r.amount_due, r.due_date, elsewhere + here, elsewhere, "open")
            was = (old.amount_due, old.due_date, old.amount_paid, old.paid_elsewhere, old.status)
            self.states.write(
                arrears_line(old.id, arrears_state(r.amount_due, r.due_date, elsewhere, "open"))
            )
            if was == new:
                self.unchanged += 1
                continue
            updates.append(
                {
                    "b_id": old.id,
                    "amount_due": r.amount_due,
                    "due_date": r.due_date,
                    "amount_paid": elsewhere + here,
                    "paid_elsewhere": elsewhere,
                    "status": "open",
                    "updated_at": self.now,
                }
            )
        if inserts:
            # RETURNING matched by key, not by order: in parameter order SQLite would
            # insert one row per statement.
            by_key = {(v["account_id"], v["bill_month"]): v for v in inserts}
            for arrears_id, account_id, bill_month in self.s.execute(
                insert(_ARREARS).returning(
                    _ARREARS.c.id, _ARREARS.c.account_id, _ARREARS.c.bill_month
                ),
                inserts,
            ):
                v = by_key[(account_id, bill_month)]
                self.states.write(
                    arrears_line(
                        arrears_id,
                        arrears_state(v["amount_due"], v["due_date"], v["paid_elsewhere"], "open"),
                    )
                )
            self.added += len(inserts)
        if updates:
            self.s.execute(
                update(_ARREARS)
                .where(_ARREARS.c.id == bindparam("b_id"))
                .values({name: bindparam(name) for name in updates[0] if name != "b_id"}),
                updates,
            )
            self.updated += len(updates)

    def _accounts(self, rows: list[_ArrearsRow]) -> None:
        """The accounts these rows name for the first time: the stored ones locked, then
        their arrears (the one lock order, services/retry.py: accounts FOR UPDATE in id
        order, then their arrears in id order, as a payment or a void at a counter takes
        them); the others created."""
        first: dict[str, _ArrearsRow] = {}
        for r in rows:
            if r.account_no not in self.account_ids:
                first.setdefault(r.account_no, r)
        if not first:
            return
        known: dict[str, int] = {}
        rate_updates: list[dict[str, Any]] = []
        for account_no, account_id, stored_rate in self.s.execute(
            select(Account.account_no, Account.id, Account.late_fee_rate_per_mille)
            .where(Account.account_no.in_(sorted(first)))
            .order_by(Account.id)
            .with_for_update()
        ).tuples():
            known[account_no] = account_id
            r = first[account_no]
            if r.rate_listed and r.rate != stored_rate:
                rate_updates.append({"b_id": account_id, "rate": r.rate})
                self._rate_set(account_no, r.rate)
        self.account_ids.update(known)
        if rate_updates:
            self.s.execute(
                update(_ACCOUNTS)
                .where(_ACCOUNTS.c.id == bindparam("b_id"))
                .values(late_fee_rate_per_mille=bindparam("rate"), updated_at=self.now),
                rate_updates,
            )
            self.rates_changed += len(rate_updates)
        if known:
            # Locked: a payment at a counter meanwhile waits, or is seen (PostgreSQL).
            for stored in self.s.execute(
                select(
                    Arrears.id,
                    Arrears.account_id,
                    Arrears.bill_month,
                    Arrears.amount_due,
                    Arrears.amount_paid,
                    Arrears.paid_elsewhere,
                    Arrears.due_date,
                    Arrears.status,
                )
                .where(Arrears.account_id.in_(sorted(known.values())))
                .order_by(Arrears.id)
                .with_for_update()
            ):
                self.unlisted[(stored.account_id, stored.bill_month)] = stored
        missing = [r for no, r in first.items() if no not in known]
        if missing:
            self._create(missing)

    def _create(self, rows: list[_ArrearsRow]) -> None:
        """New accounts with a placeholder holder each (reused when one is stored)."""
        if self.hall_id is None:
            self.hall_id = self.s.scalar(select(Hall.id).order_by(Hall.id).limit(1))
            if self.hall_id is None:
                raise UserError(
                    "尚未设置营业厅：请先完成首次设置（counter-app init 或图形界面的设置向导），"
                    "再导入欠费清单"
                )
        holders = dict(
            self.s.execute(
                select(Customer.cert_no, Customer.id).where(
                    Customer.cert_type == PLACEHOLDER_CERT_TYPE,
                    Customer.cert_no.in_([r.account_no for r in rows]),
                )
            )
            .tuples()
            .all()
        )
        new_holders = [
            {
                "kind": "person" if r.category == "居民" else "company",
                "name": r.name,
                "cert_type": PLACEHOLDER_CERT_TYPE,
                "cert_no": r.account_no,
                "mobile": "",
                "created_at": self.now,
                "updated_at": self.now,
            }
            for r in rows
            if r.account_no not in holders
        ]
        if new_holders:
            holders.update(
                self.s.execute(
                    insert(_CUSTOMERS).returning(_CUSTOMERS.c.cert_no, _CUSTOMERS.c.id),
                    new_holders,
                )
                .tuples()
                .all()
            )
        accounts = [
            {
                "account_no": r.account_no,
                "hall_id": self.hall_id,
                "customer_id": holders[r.account_no],
                "address": r.address,
                "category": r.category,
                "voltage": "低压",
                "capacity_kw": None,
                "status": "active",
                "prepaid": Decimal("0.00"),
                "late_fee_rate_per_mille": r.rate,
                "opened_at": self.now,
                "closed_at": None,
                "updated_at": self.now,
            }
            for r in rows
        ]
        for r in rows:
            if r.rate is not None:
                self._rate_set(r.account_no, r.rate)
        self.account_ids.update(
            self.s.execute(
                insert(_ACCOUNTS).returning(_ACCOUNTS.c.account_no, _ACCOUNTS.c.id), accounts
            )
            .tuples()
            .all()
        )
        self.created += len(rows)

    def _rate_set(self, account_no: str, rate: Decimal | None) -> None:
        self.rates.write(f"{account_no}:{'' if rate is None else format(rate.normalize(), 'f')}\n")

    def finish(self) -> None:
        """The named accounts' open months the file no longer lists: withdrawn, unless a
        valid payment taken here points at one (then kept open, and counted)."""
        self.account_ids.clear()  # no longer needed: room for the audit entry
        gone = [a for a in self.unlisted.values() if a.status == "open"]
        self.unlisted.clear()
        paid_here = _paid_here(self.s, [a.id for a in gone])
        withdraw = [{"b_id": a.id} for a in gone if a.id not in paid_here]
        for a in gone:
            status = "open" if a.id in paid_here else "withdrawn"
            state = arrears_state(a.amount_due, a.due_date, a.paid_elsewhere, status)
            self.states.write(arrears_line(a.id, state))
        for part in _chunks(withdraw):
            self.s.execute(
                update(_ARREARS)
                .where(_ARREARS.c.id == bindparam("b_id"))
                .values(status="withdrawn", updated_at=self.now),
                list(part),
            )
        self.withdrawn = len(withdraw)
        self.kept = len(gone) - len(withdraw)


@retrying(IMPORT_BUSY)  # a deadlock or a busy store: the whole import again, then a message
def import_arrears(ctx: AppContext, user: UserInfo | None, path: Path) -> ImportSummary:
    """Apply HQ's arrears list to the accounts it names, all or nothing.

    The file is read once, row by row: each row is checked, and the checked rows are
    applied a chunk at a time inside the one transaction. The first bad row stops the
    writing (the rest is still checked, so every bad row is reported at once) and the
    refusal rolls back what was applied: nothing of a refused file stays."""
    now = ctx.clock()
    authz.check(ctx, user, "import.hq")  # before reading a county's file
    check = _ArrearsCheck(local_date(now))
    # A county's list: read beside the writing.
    rows = read_values_apart(path, ARREARS_HEADERS, ARREARS_OPTIONAL)
    # Closed on any way out: a refusal's traceback must not keep the file open (Excel
    # on Windows could not save it again).
    with contextlib.closing(rows):
        first = next(rows, None)  # the file and its header checked before the store is locked
        sha = _sha256(path)
        with ctx.write() as s:
            authz.require(s, user, "import.hq", now)
            apply = _ArrearsApply(s, now)
            pending: list[_ArrearsRow] = []
            for number, cells in itertools.chain([first] if first else [], rows):
                checked = check.row(number, cells)
                if check.problems:
                    pending.clear()  # refused: nothing more is written
                    continue
                if checked is not None:
                    pending.append(checked)
                if len(pending) >= _APPLY_ROWS:
                    apply.chunk(pending)
                    pending = []
            if not check.rows and not check.problems:
                check.problems.append((0, Msg("文件中没有欠费记录")))
            if check.problems:
                raise ImportRejected(path.name, check.problems)
            if pending:
                apply.chunk(pending)
            rows_read, accounts = check.rows, len(check.holders)
            del check  # what the rows were checked against: its memory serves the audit entry
            apply.finish()
            summary = ImportSummary(
                file=path.name,
                sha256=sha,
                rows=rows_read,
                accounts=accounts,
                accounts_created=apply.created,
                arrears_added=apply.added,
                arrears_updated=apply.updated,
                arrears_withdrawn=apply.withdrawn,
                arrears_kept=apply.kept,
                unchanged=apply.unchanged,
                account_rates=apply.rates_changed,
            )
            audit.record(
                s,
                now,
                user.id if user else None,
                "arrears.import",
                "arrears",
                path.name[:60],
                _audit_detail(summary)
                | {"arrears": apply.states.getvalue()}
                | ({"late_fee_rates": apply.rates.getvalue()} if apply.rates.tell() else {}),
            )
    return summary


def _paid_here(s: Session, arrears_ids: list[int]) -> set[int]:
    """Which of these arrears a valid (not voided) payment taken here points at."""
    found: set[int] = set()
    for chunk in _chunks(arrears_ids):
        found.update(
            i
            for i in s.scalars(
                select(PaymentLine.arrears_id)
                .join(Payment, Payment.id == PaymentLine.payment_id)
                .where(PaymentLine.arrears_id.in_(chunk), Payment.status == "valid")
                .distinct()
            )
            if i is not None
        )
    return found


def _audit_detail(summary: ImportSummary | FeeImportSummary) -> dict[str, Any]:
    return asdict(summary)


# -- the fee schedule --------------------------------------------------------------------


@dataclass(frozen=True)
class _ItemRow:
    row: int
    code: str
    name: str
    method: str
    unit_price: Decimal
    unit: str
    basis: str
    valid_from: date
    valid_to: date | None


@dataclass(frozen=True)
class _TierRow:
    row: int
    category: str
    tier: int
    lower_kwh: int
    upper_kwh: int | None
    price: Decimal
    valid_from: date


def _read_fee_book(
    path: Path,
) -> tuple[list[tuple[int, dict[str, Any]]], list[tuple[int, dict[str, Any]]], str]:
    """The rows of the items sheet and of the tier sheet (none if the book has no such sheet)."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise ImportRejected(
            path.name, [(0, Msg("无法读取（不是有效的 .xlsx 文件）：{exc}", exc=exc))]
        ) from None
    try:
        sheets = book.worksheets
        items = _sheet_rows(path, sheets[0], FEE_HEADERS, "")
        tier_sheet = None
        if TIER_SHEET in book.sheetnames and book[TIER_SHEET] is not sheets[0]:
            tier_sheet = book[TIER_SHEET]
        elif len(sheets) > 1:
            tier_sheet = sheets[1]
        if tier_sheet is None:
            return items, [], ""
        prefix = f"〔{tier_sheet.title}〕"
        return items, _sheet_rows(path, tier_sheet, TIER_HEADERS, prefix), prefix
    finally:
        book.close()


def _sheet_rows(
    path: Path, sheet: Any, headers: tuple[str, ...], prefix: str
) -> list[tuple[int, dict[str, Any]]]:
    """As workbook_reader.read_rows, for any sheet of an open workbook."""
    rows = sheet.iter_rows(values_only=True)
    first = next(rows, None)
    found = tuple(str(c).strip() if c is not None else "" for c in (first or ()))
    if found[: len(headers)] != headers:
        raise ImportRejected(
            path.name,
            [(1, Msg("{prefix}表头应为：{headers}", prefix=prefix, headers=Joined(headers)))],
        )
    out = []
    for number, row in enumerate(rows, start=2):
        if row is None or all(c is None or str(c).strip() == "" for c in row):
            continue
        out.append((number, dict(zip(headers, row, strict=False))))
    return out


def _check_items(
    rows: list[tuple[int, dict[str, Any]]], problems: list[tuple[int, str]]
) -> list[_ItemRow]:
    items: list[_ItemRow] = []
    seen: dict[tuple[str, date], int] = {}
    for number, cells in rows:
        c = _Cells(number, problems)
        code = c.get(_text, cells.get("项目编码"), "项目编码", 20)
        name = c.get(_text, cells.get("项目名称"), "项目名称", 60)
        method = c.get(_method, cells.get("计费方式"))
        price = c.get(_price, cells.get("单价"), "单价")
        unit = c.get(_text, cells.get("单位"), "单位", 20, False)
        basis = c.get(_text, cells.get("依据文件"), "依据文件", 200, False)
        valid_from = c.get(_date, cells.get("生效日期"), "生效日期")
        valid_to = c.get(_optional_date, cells.get("失效日期"), "失效日期")
        if valid_from is not None and valid_to is not None and valid_to < valid_from:
            c.fail(f"失效日期 {valid_to} 早于生效日期 {valid_from}")
        if code is not None and valid_from is not None:
            first = seen.setdefault((code, valid_from), number)
            if first != number:
                c.fail(f"项目编码 {code} 生效日期 {valid_from} 与第{first}行重复")
        if c.ok:
            items.append(
                _ItemRow(number, code, name, method, price, unit, basis, valid_from, valid_to)
            )
    return items


def _check_tiers(
    rows: list[tuple[int, dict[str, Any]]], problems: list[tuple[int, str]], prefix: str
) -> list[_TierRow]:
    tiers: list[_TierRow] = []
    seen: dict[tuple[str, int, date], int] = {}
    for number, cells in rows:
        c = _Cells(number, problems, prefix)
        category = c.get(_text, cells.get("类别"), "类别", 20)
        tier = c.get(_whole, cells.get("档位"), "档位")
        if tier == 0:
            c.fail("档位应从 1 开始")
        lower = c.get(_whole, cells.get("年用电量下限(kWh)"), "年用电量下限")
        upper_cell = cells.get("年用电量上限(kWh)")
        upper = None
        if _shown(upper_cell):
            upper = c.get(_whole, upper_cell, "年用电量上限")
        price = c.get(_price, cells.get("电价(元/kWh)"), "电价")
        valid_from = c.get(_date, cells.get("生效日期"), "生效日期")
        if category is not None and tier is not None and valid_from is not None:
            first = seen.setdefault((category, tier, valid_from), number)
            if first != number:
                c.fail(f"类别 {category} 第{tier}档 生效日期 {valid_from} 与第{first}行重复")
        if c.ok:
            tiers.append(_TierRow(number, category, tier, lower, upper, price, valid_from))
    groups: dict[tuple[str, date], list[_TierRow]] = defaultdict(list)
    for t in tiers:
        groups[(t.category, t.valid_from)].append(t)
    for (category, valid_from), group in groups.items():
        group.sort(key=lambda t: t.tier)
        _check_table(category, valid_from, group, problems, prefix)
    return tiers


def _check_table(
    category: str,
    valid_from: date,
    group: list[_TierRow],
    problems: list[tuple[int, str]],
    prefix: str,
) -> None:
    """One 类别 + 生效日期 table: contiguous tiers, then the domain's own rules."""
    name = f"{category}（{valid_from}起）"
    before = len(problems)
    for index, t in enumerate(group):
        last = index == len(group) - 1
        if t.tier != index + 1:
            problems.append(
                (
                    t.row,
                    Msg(
                        "{prefix}{name}的档位应从 1 起连续编号：此处应为第{expected}档",
                        prefix=prefix,
                        name=name,
                        expected=index + 1,
                    ),
                )
            )
            continue
        if t.upper_kwh is not None and t.upper_kwh < max(t.lower_kwh, 1):
            problems.append(
                (
                    t.row,
                    Msg(
                        "{prefix}{name}第{tier}档的年用电量上限 {upper_kwh} 小于下限",
                        prefix=prefix,
                        name=name,
                        tier=t.tier,
                        upper_kwh=t.upper_kwh,
                    ),
                )
            )
        if last and t.upper_kwh is not None:
            problems.append(
                (
                    t.row,
                    Msg(
                        "{prefix}{name}最后一档（第{tier}档）的年用电量上限应为空（及以上）",
                        prefix=prefix,
                        name=name,
                        tier=t.tier,
                    ),
                )
            )
        if not last and t.upper_kwh is None:
            problems.append(
                (
                    t.row,
                    Msg(
                        "{prefix}{name}第{tier}档缺少年用电量上限：只有最后一档可以为空",
                        prefix=prefix,
                        name=name,
                        tier=t.tier,
                    ),
                )
            )
        if index == 0:
            if t.lower_kwh > 1:
                problems.append(
                    (
                        t.row,
                        Msg(
                            "{prefix}{name}第1档的年用电量下限应为 0 或 1，实为 {lower_kwh}",
                            prefix=prefix,
                            name=name,
                            lower_kwh=t.lower_kwh,
                        ),
                    )
                )
            continue
        previous = group[index - 1]
        if previous.upper_kwh is not None and t.lower_kwh != previous.upper_kwh + 1:
            problems.append(
                (
                    t.row,
                    Msg(
                        "{prefix}{name}第{tier}档的年用电量下限应为 {expected}"
                        "（上一档上限 {upper_kwh} 加 1），实为 {lower_kwh}，档位不连续",
                        prefix=prefix,
                        name=name,
                        tier=t.tier,
                        expected=previous.upper_kwh + 1,
                        upper_kwh=previous.upper_kwh,
                        lower_kwh=t.lower_kwh,
                    ),
                )
            )
    if len(problems) > before:
        return
    try:
        validate_tiers([Tier(t.tier, t.lower_kwh, t.upper_kwh, t.price) for t in group])
    except TariffError as exc:
        problems.append(
            (
                group[0].row,
                Msg("{prefix}{name}：{reason}", prefix=prefix, name=name, reason=message_of(exc)),
            )
        )


def import_fee_schedule(ctx: AppContext, user: UserInfo | None, path: Path) -> FeeImportSummary:
    """Upsert HQ's fee items and replace the tariff tables the file gives; rows checked first."""
    authz.check(ctx, user, "import.hq")
    item_rows, tier_rows, prefix = _read_fee_book(path)
    problems: list[tuple[int, str]] = []
    items = _check_items(item_rows, problems)
    tiers = _check_tiers(tier_rows, problems, prefix)
    if not items and not tiers and not problems:
        problems.append((0, Msg("文件中没有收费项目或阶梯电价")))
    if problems:
        raise ImportRejected(path.name, problems)
    sha = _sha256(path)
    now = ctx.clock()
    with ctx.write() as s:
        require(s, user, "import.hq", now)
        item_counts = _apply_items(s, items, now)
        tier_counts = _apply_tiers(s, tiers, now)
        summary = FeeImportSummary(path.name, sha, *item_counts, *tier_counts)
        audit.record(
            s,
            now,
            user.id if user else None,
            "fees.import",
            "fee_schedule",
            path.name[:60],
            _audit_detail(summary),
        )
    return summary


def _apply_items(s: Session, items: list[_ItemRow], now: datetime) -> tuple[int, int, int]:
    codes = sorted({i.code for i in items})
    stored: dict[tuple[str, date], FeeItem] = {}
    for chunk in _chunks(codes):
        stored.update(
            ((f.code, f.valid_from), f)
            for f in s.scalars(select(FeeItem).where(FeeItem.code.in_(chunk)))
        )
    added = updated = unchanged = 0
    for i in items:
        old = stored.get((i.code, i.valid_from))
        new = (i.name, i.method, i.unit_price, i.unit, i.basis, i.valid_to)
        if old is None:
            s.add(
                FeeItem(
                    code=i.code,
                    name=i.name,
                    method=i.method,
                    unit_price=i.unit_price,
                    unit=i.unit,
                    basis=i.basis,
                    valid_from=i.valid_from,
                    valid_to=i.valid_to,
                    imported_at=now,
                )
            )
            added += 1
        elif (old.name, old.method, old.unit_price, old.unit, old.basis, old.valid_to) == new:
            unchanged += 1
        else:
            old.name, old.method, old.unit_price, old.unit, old.basis, old.valid_to = new
            old.imported_at = now
            updated += 1
    return added, updated, unchanged


def _apply_tiers(s: Session, tiers: list[_TierRow], now: datetime) -> tuple[int, int, int, int]:
    categories = sorted({t.category for t in tiers})
    tables = {(t.category, t.valid_from) for t in tiers}
    stored: dict[tuple[str, int, date], TariffTier] = {}
    for chunk in _chunks(categories):
        stored.update(
            ((t.category, t.tier, t.valid_from), t)
            for t in s.scalars(select(TariffTier).where(TariffTier.category.in_(chunk)))
            if (t.category, t.valid_from) in tables
        )
    given = {(t.category, t.tier, t.valid_from) for t in tiers}
    removed = 0
    for key, old_tier in stored.items():
        if key not in given:
            s.delete(old_tier)
            removed += 1
    s.flush()
    added = updated = unchanged = 0
    for t in tiers:
        old = stored.get((t.category, t.tier, t.valid_from))
        if old is None:
            s.add(
                TariffTier(
                    category=t.category,
                    tier=t.tier,
                    lower_kwh=t.lower_kwh,
                    upper_kwh=t.upper_kwh,
                    price=t.price,
                    valid_from=t.valid_from,
                    imported_at=now,
                )
            )
            added += 1
        elif (old.lower_kwh, old.upper_kwh, old.price) == (t.lower_kwh, t.upper_kwh, t.price):
            unchanged += 1
        else:
            old.lower_kwh, old.upper_kwh, old.price = t.lower_kwh, t.upper_kwh, t.price
            old.imported_at = now
            updated += 1
    return added, updated, removed, unchanged


# -- what applies on a day -------------------------------------------------------------


def current_fee_items(ctx: AppContext, on: date) -> list[FeeItemView]:
    """The fee items in force on ``on``, by code: each code's latest version begun by then,
    unless that version has lapsed (失效日期 before ``on``)."""
    with ctx.read() as s:
        versions = s.scalars(
            select(FeeItem)
            .where(FeeItem.valid_from <= on)
            .order_by(FeeItem.code, FeeItem.valid_from)
        ).all()
        latest: dict[str, FeeItem] = {}
        for item in versions:
            latest[item.code] = item
        return [
            FeeItemView(
                code=i.code,
                name=i.name,
                method=i.method,
                unit_price=_trim(i.unit_price),
                unit=i.unit,
                basis=i.basis,
                valid_from=i.valid_from,
                valid_to=i.valid_to,
            )
            for i in latest.values()
            if i.valid_to is None or i.valid_to >= on
        ]


def current_tiers(ctx: AppContext, category: str, on: date) -> list[Tier]:
    """The tariff table of ``category`` in force on ``on`` (the latest begun by then);
    empty when HQ has sent none."""
    with ctx.read() as s:
        start = s.scalar(
            select(func.max(TariffTier.valid_from)).where(
                TariffTier.category == category, TariffTier.valid_from <= on
            )
        )
        if start is None:
            return []
        rows = s.scalars(
            select(TariffTier)
            .where(TariffTier.category == category, TariffTier.valid_from == start)
            .order_by(TariffTier.tier)
        ).all()
        return [Tier(t.tier, t.lower_kwh, t.upper_kwh, _trim(t.price)) for t in rows]
