"""HQ's working-day calendar: checked whole, then replacing the years it names."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook
from support import ADMIN

from counter_app.bootstrap import open_context
from counter_app.services.calendar_import import calendar_warning, import_calendar
from counter_app.services.context import AppContext
from counter_app.services.errors import ImportRejected


@pytest.fixture(autouse=True)
def _hall_with_its_admin(hall: object) -> None:
    """Imports are an administrator's (ADMIN): the store needs its hall and admin."""


def workbook(
    path: Path, rows: list[tuple[object, object]], header: tuple[str, str] = ("日期", "类型")
) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_calendar_for_an_unknown_year(ctx: AppContext, tmp_path: Path, db_path: Path) -> None:
    ctx.clock = lambda: datetime(2026, 11, 26, 2, 0, tzinfo=UTC)
    warning = calendar_warning(ctx) or ""
    assert "2027年" in warning and "已扣除法定节假日" in warning and "调休" in warning
    # Without the file 2027 falls back to Monday-Friday less its statutory days (01-01).
    assert ctx.calendar.add_working_days(date(2026, 12, 31), 1) == date(2027, 1, 4)
    path = workbook(
        tmp_path / "cal.xlsx",
        [
            (datetime(2027, 1, 1), "节假日"),
            ("2027-01-04", "节假日"),
            ("2027-01-09", "调休上班"),
        ],
    )
    assert import_calendar(ctx, ADMIN, path) == {2027: 3}
    assert calendar_warning(ctx) is None
    assert ctx.calendar.add_working_days(date(2026, 12, 31), 1) == date(2027, 1, 5)
    assert ctx.calendar.is_working_day(date(2027, 1, 9))  # a make-up Saturday
    # Importing the same file again changes nothing; a new start loads it from the store.
    import_calendar(ctx, ADMIN, path)
    again = open_context(str(db_path))
    try:
        assert again.calendar.add_working_days(date(2026, 12, 31), 1) == date(2027, 1, 5)
    finally:
        again.close()


@pytest.mark.parametrize(
    ("rows", "reason"),
    [
        ([("2027-02-30", "节假日")], "第3行：日期"),
        ([("2027-01-02", "放假")], "第3行：类型"),
        ([("2027-01-01", "调休上班")], "第3行：日期 2027-01-01 重复"),
        ([], "没有日期"),
        ([("1800-01-01", "节假日")], "第3行：日期 1800-01-01 不在 2025 至 2028 年之内"),
        ([("2073-10-01", "节假日")], "不在 2025 至 2028 年之内"),
        (
            [(date(2027, 3, 1) + timedelta(days=n), "节假日") for n in range(100)],
            "2027年列了101天，一年的节假日和调休上班日不会超过60天",
        ),
    ],
)
def test_a_bad_file_is_refused_whole(
    ctx: AppContext, tmp_path: Path, rows: list[tuple[object, object]], reason: str
) -> None:
    ctx.clock = lambda: datetime(2026, 11, 26, 2, 0, tzinfo=UTC)
    good = [("2027-01-01", "节假日")]
    with pytest.raises(ImportRejected) as caught:
        import_calendar(ctx, ADMIN, workbook(tmp_path / "bad.xlsx", good + rows if rows else []))
    assert reason in caught.value.message
    assert not ctx.calendar.covers(2027)


def test_wrong_header_and_not_a_workbook(ctx: AppContext, tmp_path: Path) -> None:
    with pytest.raises(ImportRejected, match="表头"):
        import_calendar(ctx, ADMIN, workbook(tmp_path / "h.xlsx", [], ("day", "kind")))
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a workbook")
    with pytest.raises(ImportRejected, match="无法读取"):
        import_calendar(ctx, ADMIN, junk)
