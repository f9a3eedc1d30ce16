"""欠费停电 and 复电 through the real screens (issue 13): a supervisor records the
disconnection on the lookup page, the payment page says so, paying every bill there
starts the 复电, and the today page shows it with its deadline time, red 25 hours on."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select
from support import PASSWORD, add_owing_account, type_text

from counter_app.domain.reconnection import DISCONNECTION, RECONNECTION
from counter_app.services import auth, reconnection
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.store.models import Application
from counter_app.ui import disconnection_dialog
from counter_app.ui.lookup_page import LookupPage
from counter_app.ui.main_window import MainWindow
from counter_app.ui.page_contract import PageKit
from counter_app.ui.pages import OVERDUE, TodayPage

NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)  # Tuesday, 10:00 hall time
ACCOUNT = "330101000778"
BILLS = [("202609", "123.40", date(2026, 10, 5)), ("202610", "98.60", date(2026, 11, 4))]


@pytest.fixture
def boss(ctx: AppContext, hall: tuple[HallInfo, UserInfo]) -> UserInfo:
    return auth.add_user(
        ctx, hall[1], username="li", display_name="李值班", staff_no="2001",
        role="supervisor", password=PASSWORD,
    )  # fmt: skip


@pytest.fixture
def owing(ctx: AppContext, clerk: UserInfo) -> AppContext:
    ctx.clock = lambda: NOW
    with ctx.write() as s:
        add_owing_account(s, NOW, ACCOUNT, BILLS)
    return ctx


def _apps(ctx: AppContext, code: str) -> list[Application]:
    with ctx.read() as s:
        return list(s.scalars(select(Application).where(Application.business_code == code)))


def _lookup(qtbot, ctx: AppContext, user: UserInfo) -> LookupPage:  # type: ignore[no-untyped-def]
    page = LookupPage(PageKit(ctx, user))
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    type_text(qtbot, page.ui.searchEdit, ACCOUNT)
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Return)
    assert page.ui.resultsTable.rowCount() == 1
    return page


def test_a_supervisor_records_the_disconnection_on_the_lookup_page(
    qtbot, app_look, owing: AppContext, boss: UserInfo, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    page = _lookup(qtbot, owing, boss)
    button = page.disconnectButton
    assert button.isVisible() and button.isEnabled()
    asked: list[list[str]] = []

    def answer(_parent, accounts, today):  # type: ignore[no-untyped-def]
        asked.append(accounts)
        assert today == date(2026, 11, 24)
        return ACCOUNT, date(2026, 11, 23), "停电通知书 2026-118"

    monkeypatch.setattr(disconnection_dialog, "ask_disconnection", answer)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked == [[ACCOUNT]]
    (record,) = _apps(owing, DISCONNECTION)
    assert record.details["disconnected_on"] == "2026-11-23"
    assert record.application_no in page.ui.messageLabel.text()
    # The account's status reads 欠费停电, and it cannot be recorded twice.
    assert "欠费停电" in page.ui.detailView.toPlainText()
    assert not button.isEnabled()


def test_a_clerk_has_no_disconnection_button(
    qtbot, app_look, owing: AppContext, clerk: UserInfo
) -> None:  # type: ignore[no-untyped-def]
    page = _lookup(qtbot, owing, clerk)
    assert not page.disconnectButton.isVisible()


def test_the_dialog_returns_what_was_entered(qtbot, app_look) -> None:  # type: ignore[no-untyped-def]
    dialog = disconnection_dialog.DisconnectionDialog([ACCOUNT], date(2026, 11, 24))
    qtbot.addWidget(dialog)
    dialog.noteEdit.setText(" 通知书118 ")
    # A day after today cannot be chosen.
    dialog.dateEdit.setDate(dialog.dateEdit.date().addDays(3))
    assert dialog.values() == (ACCOUNT, date(2026, 11, 24), "通知书118")


def test_paying_on_the_payment_page_starts_the_reconnection_shown_on_the_today_page(
    qtbot, window: MainWindow, owing: AppContext, boss: UserInfo, shown_pdfs: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    reconnection.record_disconnection(owing, boss, ACCOUNT, date(2026, 11, 23), "")
    window.show_area(window.payment)
    page = window.payment
    type_text(qtbot, page.ui.accountEdit, ACCOUNT)
    qtbot.keyClick(page.ui.accountEdit, Qt.Key.Key_Return)
    assert "供电状态：欠费停电" in page.ui.infoLabel.text()
    assert "结清全部欠费后自动登记复电" in page.ui.infoLabel.text()
    type_text(qtbot, page.ui.tenderedEdit, "300")
    qtbot.mouseClick(page.ui.confirmButton, Qt.MouseButton.LeftButton)
    (app,) = _apps(owing, RECONNECTION)
    assert f"复电 {app.application_no} 已登记，2026-11-25 10:00前恢复供电" in (
        page.ui.messageLabel.text()
    )

    today = TodayPage(PageKit(owing, boss))
    qtbot.addWidget(today)
    table = today.ui.workTable
    assert table.rowCount() == 1
    row = [table.item(0, c).text() for c in range(table.columnCount())]
    assert row[0] == app.application_no and row[1] == "复电" and row[3] == "现场复电"
    assert row[4] == "2026-11-25 10:00" and row[5] != "已超期"
    assert table.item(0, 0).foreground() != OVERDUE

    owing.clock = lambda: NOW + timedelta(hours=25)
    today.refresh()
    row = [table.item(0, c).text() for c in range(table.columnCount())]
    assert row[5] == "已超期"
    assert all(table.item(0, c).foreground() == OVERDUE for c in range(table.columnCount()))
    assert "超期 1 件" in today.ui.summaryLabel.text()
