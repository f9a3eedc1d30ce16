"""The banner over every page when due dates fall in a year without HQ's calendar."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from openpyxl import Workbook

from counter_app.services.calendar_import import import_calendar
from counter_app.services.context import AppContext


def test_banner_says_holidays_are_counted_and_tiaoxiu_unknown(
    window,
    ctx: AppContext,
    hall,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    ctx.clock = lambda: datetime(2026, 11, 26, 2, 0, tzinfo=UTC)  # October on: next year shown
    window.update_banner()
    banner = window.ui.calendarBanner
    assert banner.isVisible()
    text = banner.text()
    assert "2027年" in text and "已扣除法定节假日" in text and "调休" in text
    # HQ's file for 2027 arrives: the banner goes.
    book = Workbook()
    book.active.append(("日期", "类型"))
    book.active.append(("2027-01-01", "节假日"))
    book.save(tmp_path / "cal.xlsx")
    import_calendar(ctx, hall[1], tmp_path / "cal.xlsx")
    window.update_banner()
    assert not banner.isVisible() and banner.text() == ""
