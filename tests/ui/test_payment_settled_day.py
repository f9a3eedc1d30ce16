"""The payment page on a settled day: said when the page opens, and a supervisor's way
through it (计入次日日结, 重开日结) that lands in the store."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select
from support import add_owing_account, type_text

from counter_app.services import integrity, settlement
from counter_app.services.auth import UserInfo
from counter_app.services.context import AppContext
from counter_app.store.models import AuditEntry, Payment, Settlement
from counter_app.ui import payment_settled, supervisor_dialog
from counter_app.ui.main_window import MainWindow

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)  # 18:00 in the hall
TODAY = NOW.date()
ACCOUNT = "330101000779"


@pytest.fixture
def settled(ctx: AppContext, clerk: UserInfo, supervisor: UserInfo) -> AppContext:
    """The clerk's day counted (no cash) and signed off by the supervisor."""
    ctx.clock = lambda: NOW
    with ctx.write() as s:
        add_owing_account(s, NOW, ACCOUNT)
    settlement.compare_count(ctx, clerk, TODAY, {}, clerk)
    settlement.close_day(ctx, clerk, TODAY, "", supervisor)
    return ctx


def key_prepayment(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = window.payment
    type_text(qtbot, page.ui.accountEdit, ACCOUNT)
    qtbot.keyClick(page.ui.accountEdit, Qt.Key.Key_Return)
    type_text(qtbot, page.ui.prepaymentEdit, "50")
    type_text(qtbot, page.ui.tenderedEdit, "50")


def test_a_settled_day_is_said_when_the_page_opens(
    qtbot, window: MainWindow, settled: AppContext
) -> None:  # type: ignore[no-untyped-def]
    page = window.payment
    window.show_area(window.queue)
    page.ui.messageLabel.clear()
    window.show_area(page)  # nothing keyed yet
    assert "今日已日结" in page.ui.messageLabel.text()
    assert "b00020" not in page.ui.messageLabel.styleSheet()  # a fact, not an error in red
    assert page.ui.supervisorButton.isVisible()
    key_prepayment(qtbot, window)
    assert "今日已日结" in page.ui.messageLabel.text()  # still said with the account loaded
    assert page.ui.totalLabel.text() == "¥50.00"
    assert not page.ui.confirmButton.isEnabled()
    qtbot.keyClick(page.ui.tenderedEdit, Qt.Key.Key_F9)
    with settled.read() as s:
        assert s.scalars(select(Payment)).all() == []


def test_supervisor_takes_the_payment_into_the_next_day(
    qtbot,
    window: MainWindow,
    settled: AppContext,
    supervisor: UserInfo,
    monkeypatch: pytest.MonkeyPatch,
    shown_pdfs: list[Path],
) -> None:  # type: ignore[no-untyped-def]
    page = window.payment
    window.show_area(page)
    key_prepayment(qtbot, window)
    monkeypatch.setattr(payment_settled, "ask_choice", lambda _p: payment_settled.NEXT_DAY)
    monkeypatch.setattr(supervisor_dialog, "ask_supervisor", lambda *_a: supervisor)
    qtbot.mouseClick(page.ui.supervisorButton, Qt.MouseButton.LeftButton)
    assert "计入次日日结" in page.ui.messageLabel.text()
    assert page.ui.confirmButton.isEnabled()
    receipt = page.confirm()
    assert receipt is not None and "已收费 50.00 元" in page.ui.messageLabel.text()
    with settled.read() as s:
        p = s.scalars(select(Payment)).one()
    assert (p.receipt_no, p.settle_day, p.settlement_id) == (
        receipt,
        TODAY + timedelta(days=1),
        None,
    )
    assert shown_pdfs  # the receipt went to print
    # The approval was for that payment only: the next one is held again.
    assert page.settled.next_day_by is None
    key_prepayment(qtbot, window)
    assert not page.ui.confirmButton.isEnabled()
    assert integrity.check_store(settled).ok


def test_supervisor_reopens_the_day(
    qtbot,
    window: MainWindow,
    settled: AppContext,
    supervisor: UserInfo,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    page = window.payment
    window.show_area(page)
    key_prepayment(qtbot, window)
    monkeypatch.setattr(payment_settled, "ask_choice", lambda _p: payment_settled.REOPEN)
    monkeypatch.setattr(payment_settled, "ask_reason", lambda _p: "漏收一笔电费")
    monkeypatch.setattr(supervisor_dialog, "ask_supervisor", lambda *_a: supervisor)
    qtbot.mouseClick(page.ui.supervisorButton, Qt.MouseButton.LeftButton)
    assert "已重开" in page.ui.messageLabel.text()
    assert not page.ui.supervisorButton.isVisible()
    assert page.ui.confirmButton.isEnabled()
    receipt = page.confirm()
    assert receipt is not None
    with settled.read() as s:
        st = s.scalars(select(Settlement)).one()
        p = s.scalars(select(Payment)).one()
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "settlement.reopen")).one()
    assert st.reopened_by == supervisor.id and st.reopen_reason == "漏收一笔电费"
    assert p.settle_day is None and p.settlement_id is None
    assert entry.detail["reason"] == "漏收一笔电费"
    assert integrity.check_store(settled).ok
