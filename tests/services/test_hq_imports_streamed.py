"""The arrears list read row by row: plausible dates and amounts, all or nothing across
chunks, the same result as the whole-file import, and memory that does not follow the
file (issue 12, part E)."""

from __future__ import annotations

import tracemalloc
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from counter_app.services import integrity, workbook_apart
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.services.errors import ImportRejected
from counter_app.services.hq_imports import ARREARS_HEADERS, import_arrears
from counter_app.services.hq_imports.arrears_rows import _Window
from counter_app.store.models import Account, Arrears, AuditEntry, Customer

NOW = datetime(2025, 5, 12, 2, 0, tzinfo=UTC)  # 2025-05-12 in the hall (UTC+8)


def bill(
    account: str = "330101000201",
    month: object = "202503",
    due: object = 120.5,
    paid: object = 0,
    deadline: object = datetime(2025, 4, 25),
    name: str = "陈建国",
    address: str = "城关镇人民路88号",
) -> list[object]:
    owed = Decimal(str(due)) - Decimal(str(paid))
    return [account, name, address, "居民", month, due, paid, owed, deadline]


def write(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("欠费清单")
    sheet.append(list(ARREARS_HEADERS))
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def many(count: int, first_account: int = 1, paid: int = 0) -> list[list[object]]:
    """``count`` rows, three months per account; an account's months are not adjacent
    (every account's 202502 first, then every 202503 ...), so an account's rows fall
    into different chunks."""
    accounts = (count + 2) // 3
    rows = []
    for month in ("202502", "202503", "202504"):
        for n in range(accounts):
            if len(rows) < count:
                no = f"3301{first_account + n:08d}"
                rows.append(bill(no, month, 100 + n % 50, paid, name=f"户{n}"))
    return rows


def counts(ctx: AppContext) -> tuple[int, int, int, int]:
    with ctx.read() as s:
        return tuple(  # type: ignore[return-value]
            s.scalar(select(func.count()).select_from(m)) or 0
            for m in (Account, Customer, Arrears, AuditEntry)
        )


def stored(ctx: AppContext) -> dict[tuple[str, str], tuple[Decimal, Decimal, Decimal, date, str]]:
    with ctx.read() as s:
        rows = s.execute(
            select(
                Account.account_no,
                Arrears.bill_month,
                Arrears.amount_due,
                Arrears.amount_paid,
                Arrears.paid_elsewhere,
                Arrears.due_date,
                Arrears.status,
            ).join(Account, Account.id == Arrears.account_id)
        ).all()
    return {(r[0], r[1]): tuple(r[2:]) for r in rows}  # type: ignore[misc]


@pytest.fixture
def clocked(ctx: AppContext, hall: tuple[HallInfo, UserInfo]) -> AppContext:
    ctx.clock = lambda: NOW
    return ctx


@pytest.fixture(params=["here", "apart"])
def reading(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """The file read in this process, or in a child handing over small batches (as a
    county's list is: services/workbook_apart.py)."""
    if request.param == "apart":
        monkeypatch.setattr(workbook_apart, "APART_FROM_BYTES", 0)
        monkeypatch.setenv("COUNTER_READER_BATCH_ROWS", "97")
    return str(request.param)


@pytest.fixture
def admin(hall: tuple[HallInfo, UserInfo]) -> UserInfo:
    return hall[1]  # imports are the administrator's (domain/permissions.py)


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        (
            bill(deadline=datetime(1, 1, 1)),
            "第3行：缴费截止日期 0001-01-01 早于 2000-01-01，不像是真实的截止日期",
        ),
        (bill(deadline="0001-01-01"), "第3行：缴费截止日期 0001-01-01 早于 2000-01-01"),
        (bill(deadline="1999-12-31"), "第3行：缴费截止日期 1999-12-31 早于 2000-01-01"),
        (
            bill(deadline=datetime(2026, 5, 13)),
            "第3行：缴费截止日期 2026-05-13 晚于一年以后（2026-05-12）",
        ),
        (
            bill(month="199912"),
            "第3行：应收年月 199912 不在 200001 至 202612 之间，不像是真实的账期",
        ),
        (bill(month=202701), "第3行：应收年月 202701 不在 200001 至 202612 之间"),
        (bill(month="000101"), "第3行：应收年月 000101 不在 200001 至 202612 之间"),
        (
            bill(due=10_000_000.01),
            "第3行：应收金额 10,000,000.01 超过单月上限 10,000,000.00 元",
        ),
        (
            bill(due=20_000_000, paid=15_000_000),
            "第3行：已收金额 15,000,000.00 超过单月上限 10,000,000.00 元",
        ),
        (bill(due=-100), "第3行：应收金额不能为负数"),
        (bill(name="陈建国\u200b"), "第3行：户名含有不可见的控制字符，请删除后重新输入"),
        (bill(address="村" * 201), "第3行：用电地址最多200个字，现为201个字"),
        (bill(name="陈" * 101), "第3行：户名最多100个字，现为101个字"),
    ],
)
def test_implausible_dates_and_amounts_are_refused_with_the_row_and_reason(
    clocked: AppContext, admin: UserInfo, tmp_path: Path, bad: list[object], reason: str
) -> None:
    before = counts(clocked)
    path = write(tmp_path / "bad.xlsx", [bill(month="202502"), bad, bill("330101000301")])
    with pytest.raises(ImportRejected) as caught:
        import_arrears(clocked, admin, path)
    assert reason in caught.value.message, caught.value.message
    assert {row for row, _ in caught.value.problems} == {3}
    assert counts(clocked) == before


def test_the_edges_of_the_window_are_accepted(
    clocked: AppContext, admin: UserInfo, tmp_path: Path
) -> None:
    rows = [
        bill(month="200001", deadline="2000-01-01"),
        bill(month="202612", deadline=datetime(2026, 5, 12)),  # a year after today
        bill(month="202505", due=10_000_000, paid=9_999_999.99, deadline=datetime(2025, 6, 25)),
    ]
    summary = import_arrears(clocked, admin, write(tmp_path / "ok.xlsx", rows))
    assert summary.arrears_added == 3
    assert stored(clocked)[("330101000201", "202505")][:3] == (
        Decimal("10000000.00"),
        Decimal("9999999.99"),
        Decimal("9999999.99"),
    )


def test_a_year_after_a_leap_day_is_the_28th() -> None:
    assert _Window(date(2028, 2, 29)).latest_due == date(2029, 2, 28)
    assert _Window(date(2026, 12, 31)).latest_due == date(2027, 12, 31)
    assert _Window(date(2026, 12, 31)).latest_month == "202712"


def test_a_bad_last_row_refuses_the_whole_file_after_chunks_were_applied(
    clocked: AppContext, admin: UserInfo, tmp_path: Path, reading: str
) -> None:
    """1,501 rows: three chunks of 500 are written inside the transaction before the
    last row is read; its refusal takes them all back, on a store that had a list."""
    ctx = clocked
    import_arrears(ctx, admin, write(tmp_path / "april.xlsx", many(600)))
    before, rows_before = counts(ctx), stored(ctx)
    may = many(1_500, paid=5)  # every stored row changed, 900 more rows and accounts
    may.append(bill("330199999999", "202504", deadline=datetime(1, 1, 1)))
    with pytest.raises(ImportRejected) as caught:
        import_arrears(ctx, admin, write(tmp_path / "may.xlsx", may))
    assert [row for row, _ in caught.value.problems] == [1_502]
    assert "0001-01-01" in caught.value.message
    assert counts(ctx) == before
    assert stored(ctx) == rows_before


def test_every_bad_row_is_still_reported_once_the_writing_stopped(
    clocked: AppContext, admin: UserInfo, tmp_path: Path
) -> None:
    rows = many(1_200)
    rows[10][8] = "1999-01-01"
    rows[1_100][5] = rows[1_100][7] = -1
    with pytest.raises(ImportRejected) as caught:
        import_arrears(clocked, admin, write(tmp_path / "two.xlsx", rows))
    assert [row for row, _ in caught.value.problems] == [12, 1_102, 1_102]
    assert "第1102行：应收金额不能为负数" in caught.value.message
    assert counts(clocked)[:3] == (0, 0, 0)


def test_across_chunks_the_result_is_what_the_rules_say(
    clocked: AppContext, admin: UserInfo, tmp_path: Path, reading: str
) -> None:
    """An account's months in different chunks; a newer list updates, adds, withdraws,
    keeps unchanged rows untouched, and `check` matches every row with its entry."""
    ctx = clocked
    first = import_arrears(ctx, admin, write(tmp_path / "a.xlsx", many(1_200)))
    assert (first.rows, first.accounts, first.accounts_created, first.arrears_added) == (
        1_200,
        400,
        400,
        1_200,
    )
    # The newer list: 202502 no longer listed (withdrawn), 202503 paid 5.00 elsewhere,
    # 202504 unchanged, 202505 new; the accounts 401..450 new.
    newer = [r for r in many(1_200) if r[4] == "202504"]
    newer += [bill(r[0], "202503", r[5], 5, name=r[1]) for r in many(1_200) if r[4] == "202503"]  # type: ignore[arg-type]
    newer += [bill(f"3301{n:08d}", "202505", 50, name=f"户{n - 1}") for n in range(1, 451)]
    ctx.clock = lambda: datetime(2025, 5, 20, 2, 0, tzinfo=UTC)
    second = import_arrears(ctx, admin, write(tmp_path / "b.xlsx", newer))
    assert (second.rows, second.accounts, second.accounts_created) == (1_250, 450, 50)
    assert (second.arrears_added, second.arrears_updated, second.unchanged) == (450, 400, 400)
    assert (second.arrears_withdrawn, second.arrears_kept) == (400, 0)
    rows = stored(ctx)
    assert len(rows) == 1_650
    assert rows[("330100000007", "202502")][4] == "withdrawn"
    assert rows[("330100000007", "202503")][1:3] == (Decimal("5.00"), Decimal("5.00"))
    assert rows[("330100000007", "202504")][4] == "open"
    assert rows[("330100000420", "202505")][0] == Decimal("50.00")
    with ctx.read() as s:
        unchanged = s.scalar(
            select(func.count()).where(Arrears.bill_month == "202504", Arrears.updated_at == NOW)
        )
    assert unchanged == 400
    report = integrity.check_store(ctx)
    assert report.ok, report.first_problem


@pytest.mark.slow  # tracemalloc slows the import ~6 times: ~30 s here
def test_memory_does_not_follow_the_rows(
    clocked: AppContext, admin: UserInfo, backend: str, tmp_path: Path
) -> None:
    """20,000 rows in ~6,700 accounts. What the import keeps for the whole file is a
    small key per row (duplicates), one entry per account (holder, id) and the audit
    entry's state per row (~40 characters, hq-contract: ~4 MB per 100,000 rows), plus
    one chunk of 500 rows: about 0.3 KB per row, so 6 MB here, and the audit entry
    serialised twice (hash and column) at its end: 10.9 MB measured. The whole-file
    import (every row checked, then an ORM object per row, account and holder) peaked
    at 119 MB on this file."""
    if backend != "sqlite":
        pytest.skip("the memory of the import, not of a database driver: SQLite is enough")
    path = write(tmp_path / "big.xlsx", many(20_000))
    tracemalloc.start()
    try:
        summary = import_arrears(clocked, admin, path)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert summary.arrears_added == 20_000
    assert peak < 15 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB"
