"""Screens the user manual (docs/manual.md) shows that the other shots do not reach.

Called from screenshots.take_all once the money screens have filled the store with demo
data: the queue panel and the customer's rating screen, a returned application (补正),
a draft, complaints and a bad rating's follow-up, the supervisor's dashboard, the HQ
export and the backup folder on a USB drive. Everything goes through the real services and
widgets, so the pictures in the manual are the screens a clerk sees.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from counter_app.domain.clock import local_date
from counter_app.services import applications, auth, complaints, drafts, queue, ratings, tracking
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.ui.settings import BACKUP_FOLDER, COUNTER, Settings

if TYPE_CHECKING:
    from counter_app.ui.main_window import MainWindow

SIZE = (1280, 800)
COMPLAINT = {
    "channel": "柜台",
    "category": "办电时限",
    "content": "11月3日申请低压居民新装，至今未装表，打过两次电话也没有人答复具体时间。",
    "request": "尽快装表通电，并告知具体装表日期。",
    "account_no": "3301086624",
    "contact_name": "陈建国",
    "contact_phone": "13957112468",
}


def _window(
    ctx: AppContext, hall: HallInfo, user: UserInfo, settings: Settings, printouts: Path
) -> MainWindow:
    from counter_app.ui.main_window import MainWindow

    window = MainWindow(ctx, hall, user, settings, printouts)
    window.show_pdf = lambda _path: None  # type: ignore[method-assign]
    window.resize(*SIZE)
    return window


def shoot_manual_screens(
    shoot: Callable[..., Path],
    ctx: AppContext,
    hall: HallInfo,
    settings: Settings,
    printouts: Path,
    to_png: Callable[[Path, str], list[Path]],
) -> list[Path]:
    """Shoot the screens; ``to_png(pdf, name)`` turns a printed PDF into PNGs, returned."""
    users = {u.username: u for u in auth.list_users(ctx)}
    clerk, supervisor = users["zhang"], users["liu"]
    settings.set(COUNTER, "2")
    window = _window(ctx, hall, clerk, settings, printouts)
    pngs = shoot_queue(shoot, ctx, window)
    pngs += shoot_returned_and_draft(shoot, ctx, window, clerk, printouts, to_png)
    shoot_complaints(shoot, ctx, window, clerk, supervisor)
    window.close()
    window.deleteLater()

    boss = _window(ctx, hall, supervisor, settings, printouts)
    boss.show_area(boss.dashboard)
    boss.dashboard.set_period("month", local_date(ctx.clock()))
    shoot(boss, "90_dashboard_month")
    dialog = boss.open_export()
    shoot(dialog, "91_export_dialog")
    dialog.close()
    shoot_backup_settings(shoot, settings, printouts, boss)
    boss.close()
    boss.deleteLater()
    return pngs


def shoot_queue(shoot: Callable[..., Path], ctx: AppContext, window: MainWindow) -> list[Path]:
    """Tickets waiting, one called to this counter, then the customer's rating screen."""
    from counter_app.ui.rating_window import RatingWindow

    for category in "ABABCAB":
        queue.issue_ticket(ctx, category)
    page = window.queue
    window.show_area(page)
    page.call_next()
    shoot(window, "92_queue_serving")
    ended: list[int] = []
    window.ask_rating = ended.append  # type: ignore[method-assign]
    page.end_visit()
    rating = RatingWindow(ctx, ended[0])
    rating.resize(900, 520)
    shoot(rating, "93_rating_window")
    # A bad rating opens a follow-up (回访) that the complaints page lists.
    ratings.rate_visit(ctx, ended[0], 2)
    rating.close()
    rating.deleteLater()
    return []


def shoot_returned_and_draft(
    shoot: Callable[..., Path],
    ctx: AppContext,
    window: MainWindow,
    clerk: UserInfo,
    printouts: Path,
    to_png: Callable[[Path, str], list[Path]],
) -> list[Path]:
    """补正: the dialog, the notice printed, and the today page with it and a draft."""
    from PySide6.QtCore import Qt

    from counter_app.sample_hall import BUSINESS, CUSTOMER
    from counter_app.ui.application_dialog import ReturnDialog

    accepted = applications.submit_application(
        ctx,
        clerk,
        "2",
        BUSINESS,
        CUSTOMER,
        ("applicant_id",),
        ctx.clock(),
        duplicate_reason="原申请资料有误，客户重新提交",  # the same customer as the wizard's
    )
    documents = [d.name for d in ctx.workflows[BUSINESS].documents]
    dialog = ReturnDialog(documents, window)
    dialog.ui.documentsList.item(1).setCheckState(Qt.CheckState.Checked)
    dialog.ui.noteEdit.setText("房产证复印件不清晰，请带原件")
    shoot(dialog, "94_return_dialog")
    tracking.return_for_documents(
        ctx, clerk, accepted.application_no, dialog.missing(), dialog.ui.noteEdit.text()
    )
    dialog.close()
    notice = tracking.print_correction_notice(ctx, accepted.application_no, printouts)
    pngs = to_png(notice, "95_correction_notice")

    values = {"name": "周国平", "account_no": "3301072215", "new_name": "周小军"}
    drafts.save_draft(ctx, clerk, "rename", values, (), 1)
    window.show_area(window.today)
    window.today.refresh()
    shoot(window, "96_today_returned_and_draft")
    return pngs


def shoot_complaints(
    shoot: Callable[..., Path],
    ctx: AppContext,
    window: MainWindow,
    clerk: UserInfo,
    supervisor: UserInfo,
) -> None:
    """A complaint taken at the counter, assigned and contacted; the list with a follow-up."""
    from counter_app.ui.complaints_page import ComplaintDialog

    intake = ComplaintDialog(ctx, clerk, window)
    ui = intake.ui
    ui.channelCombo.setCurrentText(COMPLAINT["channel"])
    ui.categoryCombo.setCurrentText(COMPLAINT["category"])
    ui.nameEdit.setText(COMPLAINT["contact_name"])
    ui.phoneEdit.setText(COMPLAINT["contact_phone"])
    ui.accountEdit.setText(COMPLAINT["account_no"])
    ui.contentEdit.setPlainText(COMPLAINT["content"])
    ui.requestEdit.setPlainText(COMPLAINT["request"])
    shoot(intake, "97_complaint_intake")
    intake.close()
    intake.deleteLater()

    taken = complaints.open_complaint(ctx, clerk, **COMPLAINT)
    complaints.assign(ctx, supervisor, taken.complaint_no, clerk.id)
    complaints.record_contact(
        ctx, clerk, taken.complaint_no, "电话联系客户，告知已催办装表，2个工作日内答复装表日期"
    )
    page = window.complaints
    window.show_area(page)
    page.refresh()
    shoot(window, "98_complaints_list")
    detail = page.open_complaint(taken.complaint_no)
    detail.resize(900, 640)
    shoot(detail, "99_complaint_detail")
    detail.close()


def shoot_backup_settings(
    shoot: Callable[..., Path], settings: Settings, printouts: Path, window: MainWindow
) -> None:
    """本机设置 with the daily backup going to a USB drive, as rural halls keep it."""
    from counter_app.ui.settings_dialog import SettingsDialog

    settings.set(BACKUP_FOLDER, "E:/柜台助手备份")
    dialog = SettingsDialog(settings, str(printouts), window)
    dialog.ui.backupEdit.setFocus()
    shoot(dialog, "89_settings_backup_usb")
    dialog.close()
    dialog.deleteLater()
    settings.set(BACKUP_FOLDER, "")
