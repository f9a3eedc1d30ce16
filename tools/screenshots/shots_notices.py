"""Screenshots of 公告: the entry dialog, the page, the today page with notices, the
lookup's 停电查询 answer, and the printed notice (called from screenshots.take_all)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QWidget

from counter_app.domain.clock import HALL_TZ, to_local
from counter_app.services import announcements, auth
from counter_app.services.auth import HallInfo
from counter_app.services.context import AppContext
from counter_app.ui.settings import Settings


def _hall_time(moment: datetime, days: int, hour: int) -> datetime:
    day = to_local(moment).date() + timedelta(days=days)
    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=HALL_TZ)


def shoot_notices(
    shoot: Callable[[QWidget, str], Path],
    ctx: AppContext,
    hall: HallInfo,
    settings: Settings,
    printouts: Path,
    outdir: Path,
    to_png: Callable[[Path, Path, str, int], list[Path]],
) -> list[Path]:
    """Three notices entered by the supervisor, then each screen that shows them."""
    from counter_app.ui import announcements_page
    from counter_app.ui.announcements_page import AnnouncementDialog
    from counter_app.ui.main_window import MainWindow

    boss = next(u for u in auth.list_users(ctx) if u.role == "supervisor")
    now = ctx.clock()
    fault = announcements.create(
        ctx,
        boss,
        kind="unplanned_outage",
        title="人民路10kV线路故障抢修",
        area="人民路、解放街",
        starts_at=now - timedelta(minutes=40),
        ends_at=None,
        reason="10kV城关线故障跳闸，正在抢修",
    )
    announcements.create(
        ctx,
        boss,
        kind="planned_outage",
        title="文昌路配电变压器检修停电",
        area="文昌路、东门村 东门1号台区",
        starts_at=_hall_time(now, 10, 8),
        ends_at=_hall_time(now, 10, 17),
        reason="配电变压器预防性试验及检修",
        body="为提高供电可靠性，我公司将对上述区域配电设备进行检修，届时将停止供电。",
    )
    announcements.create(
        ctx,
        boss,
        kind="service",
        title="周末营业时间调整",
        area="",
        starts_at=now,
        ends_at=_hall_time(now, 14, 17),
        reason="营业厅设备升级",
        body="周六、周日营业时间调整为9:00至15:00，网上国网APP照常办理。",
    )
    window = MainWindow(ctx, hall, boss, settings, printouts)
    window.show_pdf = lambda _path: None  # type: ignore[method-assign]
    window.resize(1280, 800)
    window.show_area(window.notices)
    window.notices.ui.noticesTable.selectRow(1)
    shoot(window, "90_notices_page")
    dialog = AnnouncementDialog(ctx, boss, window)
    ui = dialog.ui
    ui.titleEdit.setText("东门村10kV线路检修")
    ui.areaEdit.setText("东门村、西门村 西门2号台区")
    ui.reasonEdit.setText("线路改造")
    # Starts now: a planned outage this late needs the supervisor's word; declined here,
    # so the dialog shows why (the question itself is a modal box).
    ask = announcements_page.confirm_short_notice
    announcements_page.confirm_short_notice = lambda _parent, _message: False
    try:
        dialog.save()
    finally:
        announcements_page.confirm_short_notice = ask
    shoot(dialog, "91_notice_dialog")
    dialog.close()
    dialog.deleteLater()
    window.show_area(window.today)
    shoot(window, "92_today_with_notices")
    window.show_area(window.lookup)
    window.lookup.ui.searchEdit.setText("3301086624")  # 城关镇人民路88号 (the money shots)
    window.lookup.search()
    shoot(window, "93_lookup_outage_answer")
    window.close()
    window.deleteLater()
    pdf = announcements.print_notice(ctx, fault.notice_no, printouts)
    shutil.copy(pdf, outdir / "94_outage_notice.pdf")
    return to_png(pdf, outdir, "94_outage_notice", 80)
