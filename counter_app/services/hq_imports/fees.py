"""HQ's fee schedule (收费标准): fee items and tier tables, checked whole, then applied."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain.tariff import TariffError, Tier, validate_tiers
from counter_app.domain.text import N_, Joined, Msg, message_of
from counter_app.services import audit, authz
from counter_app.services.auth import UserInfo
from counter_app.services.authz import require
from counter_app.services.context import AppContext
from counter_app.services.errors import ImportRejected
from counter_app.services.hq_imports.cells import (
    _Cells,
    _chunks,
    _date,
    _method,
    _optional_date,
    _price,
    _sha256,
    _shown,
    _text,
    _whole,
)
from counter_app.services.hq_imports.columns import (
    FEE_HEADERS,
    TIER_HEADERS,
    TIER_SHEET,
)
from counter_app.services.hq_imports.summaries import (
    FeeImportSummary,
    _audit_detail,
)
from counter_app.services.progress import Progress, import_cancelled, no_progress
from counter_app.services.workbook_reader import open_workbook
from counter_app.store.models import (
    FeeItem,
    TariffTier,
)


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
    book = open_workbook(path)  # .xls / .csv and broken files refused in Chinese
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


# The fee import's stages (services/progress.py).
READING, CHECKING, SAVING = N_("读取收费标准"), N_("检查收费标准"), N_("保存导入结果")


def import_fee_schedule(
    ctx: AppContext, user: UserInfo | None, path: Path, *, progress: Progress | None = None
) -> FeeImportSummary:
    """Upsert HQ's fee items and replace the tariff tables the file gives; rows checked first.
    A cancel (``progress`` returned False) before the commit writes nothing."""
    report = progress or no_progress
    authz.check(ctx, user, "import.hq")
    report(READING, 0, 0)
    item_rows, tier_rows, prefix = _read_fee_book(path)
    if not report(CHECKING, 0, 0):
        raise import_cancelled()
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
        if not report(SAVING, 1, 1):  # the last word before the commit
            raise import_cancelled()
    return summary


_ITEM_FIELDS = ("name", "method", "unit_price", "unit", "basis", "valid_to")
_TIER_FIELDS = ("lower_kwh", "upper_kwh", "price")


def _upsert(
    s: Session,
    stored: Mapping[tuple[Any, ...], Any],
    rows: Sequence[Any],
    key: tuple[str, ...],
    fields: tuple[str, ...],
    model: Any,
    now: datetime,
) -> tuple[int, int, int]:
    """Fee items and tiers alike: a row the store lacks (by ``key``) is added, one whose
    ``fields`` differ is updated and stamped, the rest counted unchanged. The rows' names
    are the model's columns."""
    added = updated = unchanged = 0
    for row in rows:
        old = stored.get(tuple(getattr(row, k) for k in key))
        new = {f: getattr(row, f) for f in fields}
        if old is None:
            s.add(model(**{k: getattr(row, k) for k in key}, **new, imported_at=now))
            added += 1
        elif all(getattr(old, f) == v for f, v in new.items()):
            unchanged += 1
        else:
            for f, v in new.items():
                setattr(old, f, v)
            old.imported_at = now
            updated += 1
    return added, updated, unchanged


def _apply_items(s: Session, items: list[_ItemRow], now: datetime) -> tuple[int, int, int]:
    codes = sorted({i.code for i in items})
    stored: dict[tuple[str, date], FeeItem] = {}
    for chunk in _chunks(codes):
        stored.update(
            ((f.code, f.valid_from), f)
            for f in s.scalars(select(FeeItem).where(FeeItem.code.in_(chunk)))
        )
    return _upsert(s, stored, items, ("code", "valid_from"), _ITEM_FIELDS, FeeItem, now)


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
    added, updated, unchanged = _upsert(
        s, stored, tiers, ("category", "tier", "valid_from"), _TIER_FIELDS, TariffTier, now
    )
    return added, updated, removed, unchanged
