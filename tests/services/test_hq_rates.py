"""A contract's late-fee rate per account from HQ's arrears list (issue 13): the optional
10th column 违约金日费率（‰）, checked within 1‰–3‰, applied to the account, used by the quote."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select
from support import ADMIN

from counter_app.services import dues, workbook_apart
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.services.errors import ImportRejected
from counter_app.services.hq_imports import (
    ARREARS_HEADERS,
    ARREARS_OPTIONAL,
    RATE_HEADER,
    import_arrears,
)
from counter_app.services.workbook_apart import read_values_apart
from counter_app.services.workbook_reader import read_values
from counter_app.store.models import Account, AuditEntry

D = Decimal
NOW = datetime(2025, 5, 12, 2, 0, tzinfo=UTC)
WITH_RATE = (*ARREARS_HEADERS, RATE_HEADER)


def _file(path: Path, rows: list[list[object]], header: tuple[str, ...] = WITH_RATE) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(list(header))
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _row(account: str, rate: object = None, month: str = "202503", category: str = "非居民"):  # type: ignore[no-untyped-def]
    return [
        account,
        "城关镇农机厂",
        "城关镇工业路1号",
        category,
        month,
        1000.0,
        0,
        1000.0,
        datetime(2025, 4, 25),
        rate,
    ]


def _rates(ctx: AppContext) -> dict[str, Decimal | None]:
    with ctx.read() as s:
        return dict(
            s.execute(select(Account.account_no, Account.late_fee_rate_per_mille)).tuples().all()
        )


@pytest.fixture
def clocked(ctx: AppContext, hall: tuple[HallInfo, UserInfo]) -> AppContext:
    ctx.clock = lambda: NOW
    return ctx


def test_rates_are_stored_and_reach_the_quote(clocked: AppContext, tmp_path: Path) -> None:
    rows = [_row("330101000301", 1.5), _row("330101000301", "1.5", "202504"), _row("330101000302")]
    summary = import_arrears(clocked, ADMIN, _file(tmp_path / "a.xlsx", rows))
    assert _rates(clocked) == {"330101000301": D("1.5"), "330101000302": None}
    with clocked.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "arrears.import")).one()
    assert entry.detail["late_fee_rates"] == "330101000301:1.5\n"
    assert summary.account_rates == 0  # created with it, not changed
    # 2025-05-12 is 17 days after 04-25: 1000.00 × 1.5‰ × 17 = 25.50 (default 2‰: 34.00).
    due = dues.account_due(clocked, "330101000301")
    assert due.bills[0].late_fee == D("25.50")
    assert dues.account_due(clocked, "330101000302").bills[0].late_fee == D("34.00")


def test_a_list_without_the_column_keeps_the_rates(clocked: AppContext, tmp_path: Path) -> None:
    import_arrears(clocked, ADMIN, _file(tmp_path / "a.xlsx", [_row("330101000301", 2)]))
    old = [_row("330101000301")[:9]]
    summary = import_arrears(clocked, ADMIN, _file(tmp_path / "b.xlsx", old, ARREARS_HEADERS))
    assert _rates(clocked) == {"330101000301": D("2")}
    assert summary.account_rates == 0
    # Another column in the tenth place is not a rate.
    other = [[*_row("330101000301")[:9], "5"]]
    import_arrears(clocked, ADMIN, _file(tmp_path / "c.xlsx", other, (*ARREARS_HEADERS, "备注")))
    assert _rates(clocked) == {"330101000301": D("2")}
    # With the column, an empty cell: back to the defaults, and counted.
    summary = import_arrears(clocked, ADMIN, _file(tmp_path / "d.xlsx", [_row("330101000301")]))
    assert _rates(clocked) == {"330101000301": None}
    assert summary.account_rates == 1 and summary.changed
    assert "合同约定的违约金日费率有变化的户号 1 个" in summary.text


@pytest.mark.parametrize(
    ("rate", "reason"),
    [
        (0.5, "违约金日费率（‰） 0.5 不在 1 至 3 之间"),
        (3.5, "违约金日费率（‰） 3.5 不在 1 至 3 之间"),
        ("千分之二", "不是数字"),
        (-2, "不能为负数"),
        (1.23456, "超过4位小数"),
    ],
)
def test_a_rate_outside_the_law_is_refused_with_its_row(
    clocked: AppContext, tmp_path: Path, rate: object, reason: str
) -> None:
    rows = [_row("330101000301", 2), _row("330101000302", rate)]
    with pytest.raises(ImportRejected) as caught:
        import_arrears(clocked, ADMIN, _file(tmp_path / "bad.xlsx", rows))
    assert [(n, reason in str(m)) for n, m in caught.value.problems] == [(3, True)]
    assert _rates(clocked) == {}


def test_one_account_two_rates_is_refused(clocked: AppContext, tmp_path: Path) -> None:
    rows = [_row("330101000301", 2), _row("330101000301", 3, "202504")]
    with pytest.raises(ImportRejected) as caught:
        import_arrears(clocked, ADMIN, _file(tmp_path / "two.xlsx", rows))
    assert [(n, str(m)) for n, m in caught.value.problems] == [
        (3, f"户号 330101000301 的{RATE_HEADER}与第2行不一致")
    ]


def test_the_child_reads_the_optional_column(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workbook_apart, "APART_FROM_BYTES", 0)
    file = _file(tmp_path / "big.xlsx", [_row(f"3301010{n:05d}", 2) for n in range(20)])
    here = list(read_values(file, ARREARS_HEADERS, ARREARS_OPTIONAL))
    assert len(here[0][1]) == 10 and here[0][1][9] == 2
    assert list(read_values_apart(file, ARREARS_HEADERS, ARREARS_OPTIONAL)) == here
    # Without the column, rows are the nine required values.
    nine = _file(tmp_path / "nine.xlsx", [_row("330101000301")[:9]], ARREARS_HEADERS)
    assert [len(v) for _, v in read_values_apart(nine, ARREARS_HEADERS, ARREARS_OPTIONAL)] == [9]
