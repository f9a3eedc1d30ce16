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
  应收年月 is yyyymm (text or number; a date cell gives its year and month).
  缴费截止日期 is a date cell or ``yyyy-mm-dd`` text.
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

import hashlib
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.domain.money import MAX_AMOUNT
from counter_app.domain.tariff import TariffError, Tier, validate_tiers
from counter_app.domain.text import N_, Joined, Msg, message_of
from counter_app.services import audit, audit_details
from counter_app.services.auth import UserInfo
from counter_app.services.authz import check, require
from counter_app.services.context import AppContext
from counter_app.services.errors import ImportRejected, UserError
from counter_app.services.retry import IMPORT_BUSY, retrying
from counter_app.services.workbook_reader import read_rows
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

    @property
    def changed(self) -> bool:
        return bool(
            self.accounts_created
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
        if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", text, re.ASCII):
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
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text, re.ASCII):
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
        if not re.fullmatch(r"\d+", text, re.ASCII):
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
    if not re.fullmatch(r"\d{10,16}", text, re.ASCII):
        raise _Bad(Msg("户号“{text}”应为10至16位数字", text=text))
    return text


def _bill_month(value: Any) -> str:
    if isinstance(value, datetime | date):
        value = f"{value.year:04d}{value.month:02d}"
    elif isinstance(value, float) and value.is_integer():
        value = int(value)
    text = _shown(value)
    match = re.fullmatch(r"(\d{4})(\d{2})", text, re.ASCII)
    if not match or not 1990 <= int(match[1]) <= 2099 or not 1 <= int(match[2]) <= 12:
        raise _Bad(Msg("应收年月“{text}”不是有效的年月（应为 yyyymm，如 202503）", text=text))
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
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- the arrears list -----------------------------------------------------------------


@dataclass(frozen=True)
class _ArrearsRow:
    row: int
    account_no: str
    name: str
    address: str
    category: str
    bill_month: str
    amount_due: Decimal
    amount_paid: Decimal
    due_date: date


def _check_arrears(path: Path) -> list[_ArrearsRow]:
    problems: list[tuple[int, str]] = []
    rows: list[_ArrearsRow] = []
    seen: dict[tuple[str, str], int] = {}
    holders: dict[str, tuple[int, str, str]] = {}
    for number, cells in read_rows(path, ARREARS_HEADERS):
        c = _Cells(number, problems)
        account_no = c.get(_account_no, cells.get("户号"))
        name = c.get(_text, cells.get("户名"), "户名", 100)
        address = c.get(_text, cells.get("用电地址"), "用电地址", 200, False)
        category = _shown(cells.get("用户类别"))
        if category not in CATEGORIES:
            c.fail(f"用户类别“{category}”应为 居民 或 非居民")
        month = c.get(_bill_month, cells.get("应收年月"))
        due = c.get(_money, cells.get("应收金额"), "应收金额")
        paid = c.get(_money, cells.get("已收金额"), "已收金额")
        owed = c.get(_money, cells.get("欠费金额"), "欠费金额")
        due_date = c.get(_date, cells.get("缴费截止日期"), "缴费截止日期")
        if due is not None and paid is not None and owed is not None and owed != due - paid:
            c.fail(f"欠费金额 {owed} 不等于 应收金额 {due} − 已收金额 {paid}（应为 {due - paid}）")
        if account_no is not None and month is not None:
            first = seen.setdefault((account_no, month), number)
            if first != number:
                c.fail(f"户号 {account_no} 应收年月 {month} 与第{first}行重复")
        if account_no is not None and name is not None and category in CATEGORIES:
            first_row, first_name, first_category = holders.setdefault(
                account_no, (number, name, category)
            )
            if (first_name, first_category) != (name, category):
                c.fail(f"户号 {account_no} 的户名或用户类别与第{first_row}行不一致")
        if c.ok:
            rows.append(
                _ArrearsRow(number, account_no, name, address, category, month, due, paid, due_date)
            )
    if not rows and not problems:
        problems.append((0, Msg("文件中没有欠费记录")))
    if problems:
        raise ImportRejected(path.name, problems)
    return rows


@retrying(IMPORT_BUSY)  # a deadlock or a busy store: the whole import again, then a message
def import_arrears(ctx: AppContext, user: UserInfo | None, path: Path) -> ImportSummary:
    """Apply HQ's arrears list to the accounts it names; all rows checked first."""
    check(ctx, user, "import.hq")  # before reading a county's file
    rows = _check_arrears(path)
    sha = _sha256(path)
    now = ctx.clock()
    numbers = sorted({r.account_no for r in rows})
    with ctx.write() as s:
        require(s, user, "import.hq", now)
        accounts: dict[str, Account] = {}
        # The one lock order (services/retry.py): the accounts FOR UPDATE in id order,
        # then their arrears in id order, as a payment or a void at a counter takes them.
        known: list[int] = []
        for chunk in _chunks(numbers):
            known += s.scalars(select(Account.id).where(Account.account_no.in_(chunk)))
        for id_chunk in _chunks(sorted(known)):
            locking = select(Account).where(Account.id.in_(id_chunk)).order_by(Account.id)
            accounts.update((a.account_no, a) for a in s.scalars(locking.with_for_update()))
        missing = [r for r in _first_rows(rows) if r.account_no not in accounts]
        if missing:
            accounts.update(_create_accounts(s, missing, now))
        account_ids = sorted(a.id for a in accounts.values())
        stored: dict[tuple[int, str], Arrears] = {}
        for id_chunk in _chunks(account_ids):
            stored.update(
                ((a.account_id, a.bill_month), a)
                for a in s.scalars(
                    # Locked: a payment at a counter meanwhile waits, or is seen (PostgreSQL).
                    select(Arrears)
                    .where(Arrears.account_id.in_(id_chunk))
                    .order_by(Arrears.id)
                    .with_for_update()
                )
            )
        added = updated = unchanged = 0
        listed: set[tuple[int, str]] = set()
        # What this import set or confirmed, for its audit entry: unchanged rows too, so
        # that rows from before the entries carried them are matched from the next list on.
        touched: list[Arrears] = []
        for r in rows:
            key = (accounts[r.account_no].id, r.bill_month)
            listed.add(key)
            old = stored.get(key)
            if old is None:
                touched.append(
                    Arrears(
                        account_id=key[0],
                        bill_month=r.bill_month,
                        amount_due=r.amount_due,
                        amount_paid=r.amount_paid,
                        paid_elsewhere=r.amount_paid,
                        due_date=r.due_date,
                        status="open",
                        updated_at=now,
                    )
                )
                s.add(touched[-1])
                added += 1
                continue
            # HQ's 已收金额 less the receipts here is paid elsewhere; never lowered (a
            # payment taken here after HQ drew up the list is not lost).
            here = old.amount_paid - old.paid_elsewhere
            elsewhere = max(old.paid_elsewhere, r.amount_paid - here)
            new = (r.amount_due, r.due_date, elsewhere + here, elsewhere, "open")
            was = (old.amount_due, old.due_date, old.amount_paid, old.paid_elsewhere, old.status)
            touched.append(old)
            if was == new:
                unchanged += 1
                continue
            old.amount_due, old.due_date, old.amount_paid, old.paid_elsewhere, old.status = new
            old.updated_at = now
            updated += 1
        gone = [a for key, a in stored.items() if a.status == "open" and key not in listed]
        paid_here = _paid_here(s, [a.id for a in gone])
        withdrawn = 0
        for arrears in gone:
            if arrears.id not in paid_here:
                arrears.status = "withdrawn"
                arrears.updated_at = now
                withdrawn += 1
            touched.append(arrears)
        summary = ImportSummary(
            file=path.name,
            sha256=sha,
            rows=len(rows),
            accounts=len(numbers),
            accounts_created=len(missing),
            arrears_added=added,
            arrears_updated=updated,
            arrears_withdrawn=withdrawn,
            arrears_kept=len(gone) - withdrawn,
            unchanged=unchanged,
        )
        s.flush()  # the new rows' ids
        audit.record(
            s,
            now,
            user.id if user else None,
            "arrears.import",
            "arrears",
            path.name[:60],
            _audit_detail(summary) | {"arrears": audit_details.arrears_rows(touched)},
        )
    return summary


def _first_rows(rows: Iterable[_ArrearsRow]) -> list[_ArrearsRow]:
    """One row per account, the first one the file gives."""
    first: dict[str, _ArrearsRow] = {}
    for r in rows:
        first.setdefault(r.account_no, r)
    return list(first.values())


def _create_accounts(s: Session, rows: list[_ArrearsRow], now: datetime) -> dict[str, Account]:
    hall = s.scalar(select(Hall).order_by(Hall.id).limit(1))
    if hall is None:
        raise UserError(
            "尚未设置营业厅：请先完成首次设置（counter-app init 或图形界面的设置向导），"
            "再导入欠费清单"
        )
    numbers = [r.account_no for r in rows]
    holders: dict[str, Customer] = {}
    for chunk in _chunks(numbers):
        holders.update(
            (c.cert_no, c)
            for c in s.scalars(
                select(Customer).where(
                    Customer.cert_type == PLACEHOLDER_CERT_TYPE, Customer.cert_no.in_(chunk)
                )
            )
        )
    for r in rows:
        if r.account_no not in holders:
            holders[r.account_no] = Customer(
                kind="person" if r.category == "居民" else "company",
                name=r.name,
                cert_type=PLACEHOLDER_CERT_TYPE,
                cert_no=r.account_no,
                mobile="",
                created_at=now,
                updated_at=now,
            )
            s.add(holders[r.account_no])
    s.flush()
    created: dict[str, Account] = {}
    for r in rows:
        created[r.account_no] = Account(
            account_no=r.account_no,
            hall_id=hall.id,
            customer_id=holders[r.account_no].id,
            address=r.address,
            category=r.category,
            voltage="低压",
            capacity_kw=None,
            status="active",
            prepaid=Decimal("0.00"),
            opened_at=now,
            closed_at=None,
            updated_at=now,
        )
    s.add_all(created.values())
    s.flush()
    return created


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
    check(ctx, user, "import.hq")
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
