"""公告 through the real widgets: a supervisor enters an outage in the dialog, it lands in
the store, shows on the today page, answers a clerk's lookup of a matching address
and keyword, prints as a PDF, and leaves the screens when withdrawn."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select
from support import pdf_text, type_text

from counter_app import demo
from counter_app.domain.clock import HALL_TZ
from counter_app.services.announcements import NoticeRow
from counter_app.services.auth import UserInfo
from counter_app.services.context import AppContext
from counter_app.store.models import Account, Announcement
from counter_app.ui import announcements_page
from counter_app.ui.announcements_page import AnnouncementDialog
from counter_app.ui.main_window import MainWindow
from counter_app.ui.settings import Settings

NOW = datetime(2026, 11, 20, 7, 0, tzinfo=UTC)  # Friday 15:00 in the hall
TITLE = "线路故障抢修停电"


@pytest.fixture
def boss(
    qtbot, app_look, ctx: AppContext, hall, supervisor: UserInfo, settings: Settings, tmp_path: Path
):  # type: ignore[no-untyped-def]
    """The supervisor's main window on a small demo store, with the clock fixed."""
    ctx.clock = lambda: NOW
    demo.fill_demo(ctx, customers=8, visits=10, days=3, seed=7)
    win = MainWindow(ctx, hall[0], supervisor, settings, tmp_path / "boss-printouts")
    qtbot.addWidget(win)
    win.show_pdf = lambda path: None  # type: ignore[method-assign]
    win.resize(1200, 760)
    win.show()
    return win


def an_account(ctx: AppContext) -> tuple[str, str]:
    with ctx.read() as s:
        account = s.scalars(select(Account).order_by(Account.id)).first()
        assert account is not None
        return account.account_no, account.address


def fill_dialog(qtbot, dialog: AnnouncementDialog, kind: str, area: str) -> None:  # type: ignore[no-untyped-def]
    ui = dialog.ui
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(kind))
    type_text(qtbot, ui.titleEdit, TITLE)
    type_text(qtbot, ui.areaEdit, area)
    type_text(qtbot, ui.reasonEdit, "10kV线路故障")


def board_text(win: MainWindow) -> str:
    board = win.today.notice_board
    return "\n".join(label.text() for label in board.labels) if not board.isHidden() else ""


def test_a_notice_from_entry_to_counter_answer_print_and_withdrawal(
    qtbot,
    boss: MainWindow,
    window: MainWindow,
    ctx: AppContext,
    shown_pdfs: list[Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    account_no, address = an_account(ctx)
    area_term = address[:6]
    page = boss.notices
    boss.show_area(page)
    assert page.ui.newButton.isVisible()

    # A planned outage starting now is short notice: declined, nothing is saved.
    asked: list[str] = []
    monkeypatch.setattr(
        announcements_page, "confirm_short_notice", lambda _p, m: asked.append(m) or False
    )
    dialog = page.new_notice()
    fill_dialog(qtbot, dialog, "planned_outage", f"{area_term}、某某村")
    assert not dialog.ui.endUnknownCheck.isEnabled()
    qtbot.mouseClick(dialog.ui.okButton, Qt.MouseButton.LeftButton)
    assert asked and "应提前7天公告" in asked[0]
    assert "未发布：计划停电应提前7天公告" in dialog.ui.messageLabel.text() and dialog.isVisible()
    with ctx.read() as s:
        assert s.scalar(select(Announcement.id)) is None

    # Entered as an unplanned outage with no restoration time yet, it is taken.
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("unplanned_outage"))
    dialog.ui.endUnknownCheck.setChecked(True)
    assert not dialog.ui.endEdit.isEnabled()
    qtbot.mouseClick(dialog.ui.okButton, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with ctx.read() as s:
        stored = s.scalars(select(Announcement)).one()
        assert (stored.kind, stored.title, stored.ends_at) == ("unplanned_outage", TITLE, None)
        assert stored.area == f"{area_term}、某某村" and stored.reason == "10kV线路故障"
    assert stored.notice_no in page.ui.messageLabel.text()
    assert page.ui.noticesTable.item(0, 2).text() == TITLE
    assert "至恢复供电为止" in page.ui.noticesTable.item(0, 4).text()

    # The supervisor's today page follows at once; the clerk's on its next refresh.
    assert TITLE in board_text(boss) and "故障停电" in board_text(boss)
    window.today.refresh()
    assert TITLE in board_text(window)

    # The clerk sees and prints, but enters nothing.
    clerk_page = window.notices
    clerk_page.refresh()
    assert not clerk_page.ui.newButton.isVisibleTo(clerk_page)
    assert not clerk_page.ui.withdrawButton.isVisibleTo(clerk_page)
    window.show_area(clerk_page)
    clerk_page.ui.noticesTable.selectRow(0)
    qtbot.mouseClick(clerk_page.ui.printButton, Qt.MouseButton.LeftButton)
    assert len(shown_pdfs) == 1 and shown_pdfs[0].name == f"公告_{stored.notice_no}.pdf"
    printed = pdf_text(shown_pdfs[0], squeeze=True)
    assert "停电通知" in printed and TITLE in printed and area_term in printed
    assert "至恢复供电为止" in printed and "95598" in printed

    # At the counter: the customer's address is covered; a keyword finds it too.
    lookup = window.lookup
    window.show_area(lookup)
    type_text(qtbot, lookup.ui.searchEdit, account_no)
    qtbot.keyClick(lookup.ui.searchEdit, Qt.Key.Key_Return)
    panel = lookup.outages
    assert panel.answerLabel.isVisible()
    assert account_no in panel.answerLabel.text() and TITLE in panel.answerLabel.text()
    assert [r.notice_no for r in panel.found] == [stored.notice_no]
    panel.keywordEdit.clear()
    type_text(qtbot, panel.keywordEdit, "某某村")
    qtbot.mouseClick(panel.searchButton, Qt.MouseButton.LeftButton)
    assert TITLE in panel.answerLabel.text()
    panel.keywordEdit.clear()
    type_text(qtbot, panel.keywordEdit, "无此地名")
    qtbot.keyClick(panel.keywordEdit, Qt.Key.Key_Return)
    assert panel.found == [] and "目前没有停电" in panel.answerLabel.text()

    # A restoration time set, then withdrawn by the supervisor: off the boards, on record.
    page.select(stored.notice_no)
    restoring = datetime(2026, 11, 20, 18, 0, tzinfo=HALL_TZ)
    monkeypatch.setattr(announcements_page, "ask_end_time", lambda _p, _r: (True, restoring))
    qtbot.mouseClick(page.ui.endButton, Qt.MouseButton.LeftButton)
    assert "已修改" in page.ui.messageLabel.text()
    assert page.ui.noticesTable.item(0, 4).text() == "2026年11月20日 15:00 至 18:00"
    monkeypatch.setattr(announcements_page, "ask_withdraw_reason", lambda _p, _r: "误发")
    qtbot.mouseClick(page.ui.withdrawButton, Qt.MouseButton.LeftButton)
    assert "已撤回" in page.ui.messageLabel.text()
    assert page.rows == [] and board_text(boss) == ""
    page.ui.pastCheck.setChecked(True)
    assert page.ui.noticesTable.item(0, 5).text() == "已撤回"
    with ctx.read() as s:
        final = s.scalars(select(Announcement)).one()
        assert final.withdrawn_by is not None and final.ends_at == restoring


def test_the_end_time_dialog_gives_a_hall_time_or_unknown(qtbot, app_look) -> None:  # type: ignore[no-untyped-def]
    row = NoticeRow(
        notice_no="330101-GG2026-001",
        kind="unplanned_outage",
        title=TITLE,
        area="人民路",
        starts_at=NOW,
        ends_at=None,
        reason="",
        body="",
        status="current",
        created_by="李班长",
        created_at=NOW,
        withdrawn_at=None,
    )
    dialog = announcements_page.EndTimeDialog(row)
    qtbot.addWidget(dialog)
    assert dialog.ends_at() == datetime(2026, 11, 20, 16, 0, tzinfo=HALL_TZ)
    dialog.unknownCheck.setChecked(True)
    assert dialog.ends_at() is None and not dialog.endEdit.isEnabled()
