"""Checking the rows of HQ's arrears list (欠费清单), one at a time as they are read."""

from __future__ import annotations

import sys
from array import array
from datetime import date, datetime
from decimal import Decimal
from typing import Any, NamedTuple

from counter_app.domain.text import Msg
from counter_app.services.errors import UserError
from counter_app.services.hq_imports.cells import (
    _YEAR_MONTH,
    _account_no,
    _Bad,
    _Cells,
    _date,
    _decimal,
    _money,
    _shown,
    _text,
)
from counter_app.services.hq_imports.columns import (
    _CHUNK,
    ARREARS_HEADERS,
    CATEGORIES,
    RATE_HEADER,
    RATE_RANGE,
)
from counter_app.services.input_guard import check_text

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
