"""HQ's arrears list and fee schedule: checked whole, applied once, idempotent."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select
from support import ADMIN

from counter_app.domain.tariff import Tier, example_tiers, explain_bill
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.services.errors import ImportRejected, UserError
from counter_app.services.hq_imports import (
    ARREARS_HEADERS,
    FEE_HEADERS,
    TIER_HEADERS,
    current_fee_items,
    current_tiers,
    import_arrears,
    import_fee_schedule,
)
from counter_app.store.models import (
    Account,
    Arrears,
    AuditEntry,
    Customer,
    FeeItem,
    Payment,
    PaymentLine,
    TariffTier,
)

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
ARREARS_SAMPLE = SAMPLES / "arrears_sample.xlsx"
FEES_SAMPLE = SAMPLES / "fee_schedule_sample.xlsx"
NOW = datetime(2025, 5, 12, 2, 0, tzinfo=UTC)

Row = Sequence[object]


def workbook(path: Path, sheets: list[tuple[str, Sequence[str], list[Row]]]) -> Path:
    book = Workbook()
    for index, (title, header, rows) in enumerate(sheets):
        sheet = book.active if index == 0 else book.create_sheet()
        sheet.title = title
        sheet.append(list(header))
        for row in rows:
            sheet.append(list(row))
    book.save(path)
    return path


def arrears_file(path: Path, rows: list[Row], header: Sequence[str] = ARREARS_HEADERS) -> Path:
    return workbook(path, [("欠费清单", header, rows)])


def bill(
    account: str = "330101000201",
    month: object = "202503",
    due: object = 120.5,
    paid: object = 0,
    owed: object = None,
    deadline: object = datetime(2025, 4, 25),
    name: str = "陈建国",
    category: str = "居民",
) -> list[object]:
    if owed is None:
        owed = Decimal(str(due)) - Decimal(str(paid))
    return [account, name, "城关镇人民路88号", category, month, due, paid, owed, deadline]


def count(ctx: AppContext, model: Any) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def arrears_of(ctx: AppContext, account_no: str) -> dict[str, tuple[Decimal, Decimal, str]]:
    with ctx.read() as s:
        rows = s.execute(
            select(Arrears.bill_month, Arrears.amount_due, Arrears.amount_paid, Arrears.status)
            .join(Account, Account.id == Arrears.account_id)
            .where(Account.account_no == account_no)
        ).all()
    return {month: (due, paid, status) for month, due, paid, status in rows}


@pytest.fixture
def clocked(ctx: AppContext, hall: tuple[HallInfo, UserInfo]) -> AppContext:
    ctx.clock = lambda: NOW
    return ctx


# -- the arrears list ---------------------------------------------------------------------


def test_the_sample_list_imports_and_a_second_import_changes_nothing(
    clocked: AppContext, hall: tuple[HallInfo, UserInfo]
) -> None:
    ctx, admin = clocked, hall[1]
    first = import_arrears(ctx, admin, ARREARS_SAMPLE)
    assert (first.rows, first.accounts, first.accounts_created, first.arrears_added) == (
        40,
        15,
        15,
        40,
    )
    assert (first.arrears_updated, first.arrears_withdrawn, first.unchanged) == (0, 0, 0)
    with ctx.read() as s:
        account = s.scalar(select(Account).where(Account.account_no == "330101800342"))
        assert account is not None
        assert (account.category, account.voltage, account.status) == ("居民", "低压", "active")
        holder = s.get(Customer, account.customer_id)
        assert holder is not None
        assert (holder.name, holder.cert_type, holder.cert_no, holder.kind) == (
            "李明华",
            "户号",
            "330101800342",
            "person",
        )
        shop = s.scalar(select(Account).where(Account.account_no == "330101900278"))
        assert shop is not None and shop.category == "非居民"
    assert arrears_of(ctx, "330101800342")["202501"] == (
        Decimal("312.56"),
        Decimal("100.00"),
        "open",
    )
    assert arrears_of(ctx, "330101900278")["202502"][:2] == (
        Decimal("28640.55"),
        Decimal("15000.00"),
    )

    ctx.clock = lambda: datetime(2025, 5, 13, 2, 0, tzinfo=UTC)
    second = import_arrears(ctx, admin, ARREARS_SAMPLE)
    assert not second.changed
    assert (second.accounts_created, second.arrears_added, second.arrears_updated) == (0, 0, 0)
    assert (second.arrears_withdrawn, second.unchanged) == (0, 40)
    assert "没有变化" in second.text
    with ctx.read() as s:
        assert s.scalar(select(func.max(Arrears.updated_at))) == NOW  # nothing touched
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "arrears.import")).all()
    sha = hashlib.sha256(ARREARS_SAMPLE.read_bytes()).hexdigest()
    assert [e.detail["sha256"] for e in entries] == [sha, sha]
    assert [e.detail["arrears_added"] for e in entries] == [40, 0]
    assert entries[1].detail["unchanged"] == 40 and entries[0].user_id == admin.id


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        (bill(category="商业"), "第3行：用户类别“商业”应为 居民 或 非居民"),
        (bill(paid=-5, owed=125.5), "第3行：已收金额不能为负数"),
        (bill(due=-1, owed=-1), "第3行：应收金额不能为负数"),
        (bill(owed=100), "第3行：欠费金额 100.00 不等于 应收金额 120.50 − 已收金额 0.00"),
        (bill(month="202513"), "第3行：应收年月“202513”不是有效的年月"),
        (bill(month="2025-03"), "第3行：应收年月“2025-03”不是有效的年月"),
        (bill(deadline="2025-02-30"), "第3行：缴费截止日期“2025-02-30”不是有效日期"),
        (bill(deadline="下月底"), "第3行：缴费截止日期“下月底”不是有效日期"),
        (bill(deadline=45678), "第3行：缴费截止日期“45678”不是有效日期"),
        (
            bill(account="330101000201", month=202503),
            "第3行：户号 330101000201 应收年月 202503 与第2行重复",
        ),
        (bill(account="12345"), "第3行：户号“12345”应为10至16位数字"),
        (bill(account="33010100020A"), "第3行：户号“33010100020A”应为10至16位数字"),
        (bill(account="33010100020100001"), "第3行：户号“33010100020100001”应为10至16位数字"),
        (bill(due=120.555, owed=120.555), "第3行：应收金额“120.555”超过2位小数"),
        (bill(due="12.345", owed="12.345"), "第3行：应收金额“12.345”超过2位小数"),
        (bill(due="一百", owed=0), "第3行：应收金额“一百”不是数字"),
        (bill(due=None, owed=0), "第3行：应收金额为空"),
        (bill(name="陈建华"), "第3行：户号 330101000201 的户名或用户类别与第2行不一致"),
    ],
)
def test_each_bad_row_is_refused_with_its_number_and_nothing_is_written(
    clocked: AppContext, tmp_path: Path, bad: list[object], reason: str
) -> None:
    audits = count(clocked, AuditEntry)
    first = bill(month="202503") if "重复" in reason else bill(month="202502")
    path = arrears_file(tmp_path / "bad.xlsx", [first, bad, bill(account="330101000301")])
    with pytest.raises(ImportRejected) as caught:
        import_arrears(clocked, ADMIN, path)
    assert reason in caught.value.message, caught.value.message
    assert all(row == 3 for row, _ in caught.value.problems), caught.value.problems
    assert count(clocked, Account) == count(clocked, Arrears) == count(clocked, Customer) == 0
    assert count(clocked, AuditEntry) == audits


def test_a_duplicate_names_both_rows(clocked: AppContext, tmp_path: Path) -> None:
    path = arrears_file(
        tmp_path / "dup.xlsx", [bill(), bill(account="330101000301"), bill(month=202503)]
    )
    with pytest.raises(ImportRejected) as caught:
        import_arrears(clocked, ADMIN, path)
    assert caught.value.problems == [(4, "户号 330101000201 应收年月 202503 与第2行重复")]


def test_every_bad_row_is_reported_at_once(clocked: AppContext, tmp_path: Path) -> None:
    rows = [
        bill(month="202501"),
        bill(month="202502", category="工业"),
        bill(month="202503"),
        bill(month="202504", deadline="soon", paid=-1, owed=121.5),
    ]
    with pytest.raises(ImportRejected) as caught:
        import_arrears(clocked, ADMIN, arrears_file(tmp_path / "bad.xlsx", rows))
    assert [row for row, _ in caught.value.problems] == [3, 5, 5]
    assert "第3行" in caught.value.message and "第5行" in caught.value.message


def test_cells_as_excel_gives_them(clocked: AppContext, tmp_path: Path) -> None:
    """Numbers for months, float noise, text dates, text amounts."""
    rows = [
        bill(month=202501, due=0.3, owed=0.1 + 0.2),
        bill(month=202502.0, due="88.80", paid="8.8", owed="80", deadline="2025-03-25"),
        bill(month=datetime(2025, 3, 1), due=100, paid=33.33, owed=66.67),
    ]
    summary = import_arrears(clocked, ADMIN, arrears_file(tmp_path / "ok.xlsx", rows))
    assert summary.arrears_added == 3
    assert arrears_of(clocked, "330101000201") == {
        "202501": (Decimal("0.30"), Decimal("0.00"), "open"),
        "202502": (Decimal("88.80"), Decimal("8.80"), "open"),
        "202503": (Decimal("100.00"), Decimal("33.33"), "open"),
    }


def test_wrong_header_empty_file_and_not_a_workbook(clocked: AppContext, tmp_path: Path) -> None:
    with pytest.raises(ImportRejected, match="表头"):
        import_arrears(clocked, ADMIN, arrears_file(tmp_path / "h.xlsx", [bill()], ["户号"]))
    with pytest.raises(ImportRejected, match="没有欠费记录"):
        import_arrears(clocked, ADMIN, arrears_file(tmp_path / "e.xlsx", []))
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a workbook")
    with pytest.raises(ImportRejected, match="无法读取"):
        import_arrears(clocked, ADMIN, junk)


@pytest.mark.parametrize("cell", [10000000001, 10000000001.0, 330101000201])
def test_a_numeric_account_number_is_refused_with_its_row(
    clocked: AppContext, tmp_path: Path, cell: object
) -> None:
    """A 户号 typed as a number lost its leading zero (010000000001 → 10000000001): importing
    it would make a second account no clerk finds. Refused, row and reason, nothing written."""
    path = arrears_file(
        tmp_path / "n.xlsx", [bill(account="010000000001"), bill(account=cell, month="202502")]
    )  # type: ignore[arg-type]
    with pytest.raises(ImportRejected) as caught:
        import_arrears(clocked, ADMIN, path)
    ((row, reason),) = caught.value.problems
    assert row == 3
    assert f"户号 {int(cell)} 是数字单元格，不是文本" in reason  # type: ignore[call-overload]
    assert "户号列设为“文本”格式" in reason
    assert count(clocked, Account) == count(clocked, Arrears) == 0


@pytest.mark.parametrize("suffix", [".xls", ".csv"])
def test_xls_and_csv_are_refused_in_chinese_saying_what_to_do(
    clocked: AppContext, tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"清单{suffix}"
    path.write_bytes(b"\xd0\xcf\x11\xe0" if suffix == ".xls" else "户号,户名\n".encode())
    for importer in (import_arrears, import_fee_schedule):
        with pytest.raises(ImportRejected) as caught:
            importer(clocked, ADMIN, path)
        message = caught.value.message
        assert f"这是 {suffix} 文件" in message and "另存为”Excel 工作簿（*.xlsx）" in message
        rest = message
        for word in ("xlsx", suffix[1:], "Excel", "WPS"):
            rest = rest.replace(word, "")
        assert not any(c.isascii() and c.isalpha() for c in rest), message  # no English


def test_a_file_that_is_no_workbook_is_refused_without_english(
    clocked: AppContext, tmp_path: Path
) -> None:
    """A .xlsx that is not one (a renamed csv, a zip of something else): openpyxl's own
    English message stays out of the Chinese one."""
    import zipfile

    fake = tmp_path / "收费标准.xlsx"
    with zipfile.ZipFile(fake, "w") as z:
        z.writestr("hello.txt", "not a workbook")
    for importer in (import_arrears, import_fee_schedule):
        with pytest.raises(ImportRejected) as caught:
            importer(clocked, ADMIN, fake)
        message = caught.value.message
        assert "无法读取：文件不是有效的 Excel 工作簿" in message
        assert "worksheet" not in message.lower() and "keyerror" not in message.lower()


def test_new_accounts_need_a_hall(ctx: AppContext, tmp_path: Path) -> None:
    # No hall, so no administrator either: refused before anything is read.
    with pytest.raises(UserError, match="登录的账户已不存在"):
        import_arrears(ctx, ADMIN, arrears_file(tmp_path / "a.xlsx", [bill()]))
    assert count(ctx, Account) == count(ctx, Customer) == count(ctx, Arrears) == 0


def _pay_here(
    ctx: AppContext, hall: HallInfo, clerk: UserInfo, account_no: str, month: str, status: str
) -> None:
    """A payment taken at this hall against one arrears month (valid or voided)."""
    with ctx.write() as s:
        account = s.scalar(select(Account).where(Account.account_no == account_no))
        assert account is not None
        arrears = s.scalar(
            select(Arrears).where(Arrears.account_id == account.id, Arrears.bill_month == month)
        )
        assert arrears is not None
        amount = Decimal("10.00")
        payment = Payment(
            receipt_no=f"R-{account_no}-{month}-{status}",
            hall_id=hall.id,
            counter="01",
            clerk_id=clerk.id,
            account_id=account.id,
            paid_at=NOW,
            method="cash",
            total=amount,
            tendered=amount,
            change=Decimal("0.00"),
            check_code="x",
            status=status,
            updated_at=NOW,
        )
        payment.lines.append(
            PaymentLine(
                seq=1,
                kind="electricity",
                item="电费",
                bill_month=month,
                arrears_id=arrears.id,
                principal=amount,
                late_fee=Decimal("0.00"),
                amount=amount,
            )
        )
        s.add(payment)
        if status == "valid":
            arrears.amount_paid += amount


def test_a_newer_list_replaces_the_open_arrears_of_the_accounts_it_names(
    clocked: AppContext, hall: tuple[HallInfo, UserInfo], clerk: UserInfo, tmp_path: Path
) -> None:
    ctx = clocked
    x, y, z = "330101000201", "330101000202", "330101000203"
    april = datetime(2025, 4, 25)
    import_arrears(
        ctx,
        ADMIN,
        arrears_file(
            tmp_path / "april.xlsx",
            [
                bill(x, "202501", 100),
                bill(x, "202502", 80),
                bill(x, "202503", 60),
                bill(x, "202504", 70),
                bill(y, "202502", 200, name="王秀英"),
                bill(z, "202503", 300, name="李明华"),
            ],
        ),
    )
    # Taken here since HQ drew up its list: a payment with its receipt on 202501 and a
    # raised amount_paid on 202502; a voided payment on 202504 protects nothing.
    _pay_here(ctx, hall[0], clerk, x, "202501", "valid")
    _pay_here(ctx, hall[0], clerk, x, "202504", "void")
    with ctx.write() as s:
        feb = s.scalar(
            select(Arrears)
            .join(Account, Account.id == Arrears.account_id)
            .where(Account.account_no == x, Arrears.bill_month == "202502")
        )
        assert feb is not None
        feb.amount_paid = Decimal("50.00")
    z_before = arrears_of(ctx, z)

    ctx.clock = lambda: datetime(2025, 5, 20, 2, 0, tzinfo=UTC)
    may = arrears_file(
        tmp_path / "may.xlsx",
        [
            bill(x, "202502", 80, paid=20, owed=60),  # HQ knows of 20.00 only
            bill(x, "202505", 90, deadline=datetime(2025, 6, 25)),
            bill(y, "202502", 180, paid=30, owed=150, deadline=april, name="王秀英"),
            bill(y, "202503", 210, name="王秀英"),
        ],
    )
    summary = import_arrears(ctx, ADMIN, may)
    assert (summary.accounts, summary.accounts_created) == (2, 0)
    assert (summary.arrears_added, summary.arrears_updated, summary.unchanged) == (2, 1, 1)
    assert (summary.arrears_withdrawn, summary.arrears_kept) == (2, 1)
    assert arrears_of(ctx, x) == {
        "202501": (Decimal("100.00"), Decimal("10.00"), "open"),  # paid here: kept
        "202502": (Decimal("80.00"), Decimal("50.00"), "open"),  # the local payment stays
        "202503": (Decimal("60.00"), Decimal("0.00"), "withdrawn"),  # settled elsewhere
        "202504": (Decimal("70.00"), Decimal("0.00"), "withdrawn"),  # its payment was voided
        "202505": (Decimal("90.00"), Decimal("0.00"), "open"),
    }
    assert arrears_of(ctx, y) == {
        "202502": (Decimal("180.00"), Decimal("30.00"), "open"),  # HQ's correction
        "202503": (Decimal("210.00"), Decimal("0.00"), "open"),
    }
    assert arrears_of(ctx, z) == z_before  # not named: untouched
    assert "保留为未结清" in summary.text

    again = import_arrears(ctx, ADMIN, may)
    assert not again.changed and again.unchanged == 4 and again.arrears_kept == 1

    # A month listed again after it was withdrawn is open again.
    back = import_arrears(ctx, ADMIN, arrears_file(tmp_path / "back.xlsx", [bill(x, "202503", 60)]))
    assert back.arrears_updated == 1
    assert arrears_of(ctx, x)["202503"][2] == "open"


# -- the fee schedule ----------------------------------------------------------------------

ITEM = ["GK0101", "高可靠性供电费", "按容量kVA", 210, "元/千伏安", "示例文件", datetime(2024, 1, 1)]
TIERS: list[Row] = [
    ["居民", 1, 0, 2760, 0.538, datetime(2012, 7, 1)],
    ["居民", 2, 2761, 4800, 0.588, datetime(2012, 7, 1)],
    ["居民", 3, 4801, None, 0.838, datetime(2012, 7, 1)],
]


def fee_file(
    path: Path, items: list[Row], tiers: list[Row] | None = None, tier_sheet: str = "阶梯电价"
) -> Path:
    sheets: list[tuple[str, Sequence[str], list[Row]]] = [("收费标准", FEE_HEADERS, items)]
    if tiers is not None:
        sheets.append((tier_sheet, TIER_HEADERS, tiers))
    return workbook(path, sheets)


def test_the_sample_fee_schedule_round_trips_exactly(clocked: AppContext) -> None:
    ctx = clocked
    first = import_fee_schedule(ctx, ADMIN, FEES_SAMPLE)
    assert (first.items_added, first.tiers_added, first.changed) == (10, 3, True)
    second = import_fee_schedule(ctx, ADMIN, FEES_SAMPLE)
    assert not second.changed
    assert (second.items_unchanged, second.tiers_unchanged) == (10, 3)

    tiers = current_tiers(ctx, "居民", date(2025, 5, 12))
    assert tiers == example_tiers()  # the Zhejiang example of the domain, exactly
    assert all(isinstance(t, Tier) for t in tiers)
    assert [str(t.price) for t in tiers] == ["0.538", "0.588", "0.838"]
    assert explain_bill(300, tiers, already_used_kwh=2600).total == Decimal("168.40")
    assert current_tiers(ctx, "居民", date(2012, 6, 30)) == []
    assert current_tiers(ctx, "非居民", date(2025, 5, 12)) == []

    items = {i.code: i for i in current_fee_items(ctx, date(2025, 5, 12))}
    assert len(items) == 9  # the old 电能表校验费 version has lapsed
    assert items["JY0301"].unit_price == Decimal("20.00")
    assert str(items["GK0101"].unit_price) == "210.00"
    assert items["GK0101"].method == "按容量kVA" and "示例" in items["GK0101"].basis
    assert str(items["LS0203"].unit_price) == "0.7236"
    assert items["FD0401"].method == "固定" and items["FD0401"].valid_to is None
    older = {i.code: i for i in current_fee_items(ctx, date(2024, 12, 31))}
    assert older["JY0301"].unit_price == Decimal("25.00")
    assert older["JY0301"].valid_to == date(2024, 12, 31)  # the last day it applies
    assert current_fee_items(ctx, date(2019, 12, 31)) == []
    with ctx.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "fees.import")).first()
    assert entry is not None
    assert entry.detail["sha256"] == hashlib.sha256(FEES_SAMPLE.read_bytes()).hexdigest()


def test_a_newer_schedule_updates_by_key_and_replaces_a_tier_table(
    clocked: AppContext, tmp_path: Path
) -> None:
    ctx = clocked
    import_fee_schedule(ctx, ADMIN, fee_file(tmp_path / "a.xlsx", [ITEM], TIERS))
    four = [
        ["居民", 1, 1, 2000, "0.5383", "2026-01-01"],  # lower 1: also "from the first kWh"
        ["居民", 2, 2001, 3000, "0.5883", "2026-01-01"],
        ["居民", 3, 3001, 5000, "0.8383", "2026-01-01"],
        ["居民", 4, 5001, None, "0.9383", "2026-01-01"],
    ]
    b = fee_file(
        tmp_path / "b.xlsx",
        [
            [*ITEM[:3], 215.5, *ITEM[4:]],
            ["FD0401", "复电费", "固定", "10", "元/次", "", "2024-01-01"],
        ],
        TIERS + four,
    )
    summary = import_fee_schedule(ctx, ADMIN, b)
    assert (summary.items_added, summary.items_updated, summary.items_unchanged) == (1, 1, 0)
    assert (summary.tiers_added, summary.tiers_unchanged, summary.tiers_removed) == (4, 3, 0)
    assert [t.price for t in current_tiers(ctx, "居民", date(2026, 1, 1))] == [
        Decimal("0.5383"),
        Decimal("0.5883"),
        Decimal("0.8383"),
        Decimal("0.9383"),
    ]
    assert current_tiers(ctx, "居民", date(2025, 12, 31)) == example_tiers()
    assert {i.code: i.unit_price for i in current_fee_items(ctx, date(2025, 1, 1))} == {
        "GK0101": Decimal("215.50"),
        "FD0401": Decimal("10.00"),
    }
    # The 2026 table sent again with three tiers replaces the four, whole.
    three = [
        ["居民", 1, 1, 2000, "0.5383", "2026-01-01"],
        ["居民", 2, 2001, 3000, "0.5883", "2026-01-01"],
        ["居民", 3, 3001, None, "0.8883", "2026-01-01"],
    ]
    c = import_fee_schedule(ctx, ADMIN, fee_file(tmp_path / "c.xlsx", [ITEM], three))
    assert (c.tiers_updated, c.tiers_removed, c.tiers_unchanged, c.items_updated) == (1, 1, 2, 1)
    assert current_tiers(ctx, "居民", date(2026, 6, 1)) == [
        Tier(1, 1, 2000, Decimal("0.5383")),
        Tier(2, 2001, 3000, Decimal("0.5883")),
        Tier(3, 3001, None, Decimal("0.8883")),
    ]
    assert count(ctx, TariffTier) == 6


def test_items_only_and_the_tier_sheet_by_position(clocked: AppContext, tmp_path: Path) -> None:
    only = import_fee_schedule(clocked, ADMIN, fee_file(tmp_path / "i.xlsx", [ITEM]))
    assert (only.items_added, only.tiers_added) == (1, 0)
    second = import_fee_schedule(
        clocked, ADMIN, fee_file(tmp_path / "t.xlsx", [ITEM], TIERS, tier_sheet="Sheet2")
    )
    assert (second.items_unchanged, second.tiers_added) == (1, 3)


def _item(**change: object) -> list[object]:
    fields = dict(zip(FEE_HEADERS, [*ITEM, None], strict=True))
    fields.update({FEE_HEADERS[int(k[1:])]: v for k, v in change.items()})
    return list(fields.values())


@pytest.mark.parametrize(
    ("items", "tiers", "reason"),
    [
        ([_item(c2="按时长")], TIERS, "第3行：计费方式“按时长”应为 固定 / 按容量kVA / 按电量kWh"),
        ([_item(c3=-1)], TIERS, "第3行：单价不能为负数"),
        ([_item(c3=0.12345)], TIERS, "第3行：单价“0.12345”超过4位小数"),
        ([_item(c6="2024-13-01")], TIERS, "第3行：生效日期“2024-13-01”不是有效日期"),
        ([_item(c7="长期")], TIERS, "第3行：失效日期“长期”不是有效日期"),
        ([_item(c7=datetime(2023, 12, 31))], TIERS, "第3行：失效日期 2023-12-31 早于生效日期"),
        ([_item(c0="")], TIERS, "第3行：项目编码为空"),
        ([_item(c1="复电费")], TIERS, "第3行：项目编码 GK0101 生效日期 2024-01-01 与第2行重复"),
        (
            [],
            [*TIERS[:2], ["居民", 3, 4802, None, 0.838, datetime(2012, 7, 1)]],
            "第4行：〔阶梯电价〕居民（2012-07-01起）第3档的年用电量下限应为 4801",
        ),
        (
            [],
            [TIERS[0], ["居民", 2, 2700, 4800, 0.588, datetime(2012, 7, 1)], TIERS[2]],
            "第3行：〔阶梯电价〕居民（2012-07-01起）第2档的年用电量下限应为 2761",
        ),
        (
            [],
            [["居民", 1, 2, 2760, 0.538, datetime(2012, 7, 1)], *TIERS[1:]],
            "第2行：〔阶梯电价〕居民（2012-07-01起）第1档的年用电量下限应为 0 或 1",
        ),
        (
            [],
            [*TIERS, ["居民", 2, 2761, 4800, 0.6, datetime(2012, 7, 1)]],
            "第5行：〔阶梯电价〕类别 居民 第2档 生效日期 2012-07-01 与第3行重复",
        ),
        (
            [],
            [TIERS[0], TIERS[2]],
            "第3行：〔阶梯电价〕居民（2012-07-01起）的档位应从 1 起连续编号",
        ),
        (
            [],
            [*TIERS[:2], ["居民", 3, 4801, 9999, 0.838, datetime(2012, 7, 1)]],
            "第4行：〔阶梯电价〕居民（2012-07-01起）最后一档（第3档）的年用电量上限应为空",
        ),
        (
            [],
            [TIERS[0], ["居民", 2, 2761, None, 0.588, datetime(2012, 7, 1)], TIERS[2]],
            "第3行：〔阶梯电价〕居民（2012-07-01起）第2档缺少年用电量上限",
        ),
        (
            [],
            [*TIERS[:2], ["居民", 3, 4801, None, 0.5, datetime(2012, 7, 1)]],
            "第2行：〔阶梯电价〕居民（2012-07-01起）：第3档的电价 0.5000 低于第2档",
        ),
        (
            [],
            [*TIERS[:2], ["居民", 3, 4801, None, -0.8, "2012-07-01"]],
            "第4行：〔阶梯电价〕电价不能为负",
        ),
        (
            [],
            [*TIERS[:2], ["居民", 3, 4801, None, 0.838, "七月"]],
            "第4行：〔阶梯电价〕生效日期“七月”",
        ),
        (
            [],
            [*TIERS[:2], ["居民", "三", 4801, None, 0.838, "2012-07-01"]],
            "第4行：〔阶梯电价〕档位“三”",
        ),
    ],
)
def test_each_bad_fee_row_is_refused_and_nothing_is_written(
    clocked: AppContext, tmp_path: Path, items: list[Row], tiers: list[Row], reason: str
) -> None:
    path = fee_file(tmp_path / "bad.xlsx", [ITEM, *items], tiers)
    with pytest.raises(ImportRejected) as caught:
        import_fee_schedule(clocked, ADMIN, path)
    assert reason in caught.value.message, caught.value.message
    assert count(clocked, FeeItem) == count(clocked, TariffTier) == 0


def test_fee_headers_and_an_empty_schedule(clocked: AppContext, tmp_path: Path) -> None:
    with pytest.raises(ImportRejected, match="没有收费项目或阶梯电价"):
        import_fee_schedule(clocked, ADMIN, fee_file(tmp_path / "e.xlsx", [], []))
    bad_tiers = workbook(
        tmp_path / "h.xlsx", [("收费标准", FEE_HEADERS, [ITEM]), ("阶梯电价", ["类别"], [])]
    )
    with pytest.raises(ImportRejected, match="〔阶梯电价〕表头应为"):
        import_fee_schedule(clocked, ADMIN, bad_tiers)
