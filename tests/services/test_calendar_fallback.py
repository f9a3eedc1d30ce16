"""Promised dates in a year without HQ's calendar skip its statutory days."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from counter_app.bootstrap import open_context
from counter_app.resources import resources_dir
from counter_app.services import applications
from counter_app.services.auth import UserInfo
from counter_app.services.calendar_import import calendar_warning
from counter_app.services.context import AppContext
from counter_app.services.errors import StartupError
from counter_app.store.models import Application

VALUES = {
    "cert_type": "居民身份证",
    "cert_no": "11010519491231002X",
    "name": "张三丰",
    "mobile": "13812341234",
    "is_proxy": False,
    "address": "城关镇人民路100号3单元",
    "capacity_kw": "8.5",
    "usage": "居民生活用电",
    "ownership_unclear": False,
}


def test_promise_made_on_2026_12_30_skips_new_years_day(ctx: AppContext, clerk: UserInfo) -> None:
    # Wednesday 2026-12-30, 10:00 in the hall; residential connection: 5 working days.
    ctx.clock = lambda: datetime(2026, 12, 30, 2, 0, tzinfo=UTC)
    accepted = applications.submit_application(
        ctx, clerk, "2", "lv_residential_new", VALUES, ("applicant_id",), ctx.clock()
    )
    # 12-31, then 2027-01-04..07: 01-01 (元旦) and the weekend are not working days.
    assert accepted.promised_date == date(2027, 1, 7)
    with ctx.read() as s:
        assert s.scalars(select(Application.promised_date)).one() == date(2027, 1, 7)
    warning = calendar_warning(ctx) or ""
    assert "2027年" in warning and "调休" in warning and "已扣除法定节假日" in warning


def test_a_broken_holiday_file_stops_start_up(db_url: str, tmp_path: Path) -> None:
    resources = tmp_path / "resources"
    shutil.copytree(resources_dir(), resources, ignore=shutil.ignore_patterns("fonts", "icons"))
    (resources / "holidays.toml").write_text('source = "x"\nfrom_year = 2025\n', encoding="utf-8")
    with pytest.raises(StartupError, match=r"holidays\.toml 中没有 festival"):
        open_context(db_url, resources=resources)
