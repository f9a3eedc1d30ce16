"""The settlement screen keeps the count blind: a compared count is locked, a recount is
a new attempt, and the report lists them all."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSpinBox
from sqlalchemy import select
from support import PASSWORD, add_owing_account, pdf_text, type_text

from counter_app.services import auth, payments
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.services.payments import PaymentRequest
from counter_app.store.models import Settlement, SettlementCount
from counter_app.ui import supervisor_dialog
from counter_app.ui.main_window import MainWindow

D = Decimal
NOW = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)  # Tuesday, 17:30 in the hall
ACCOUNT = "330101000777"


@pytest.fixture
def paid(ctx: AppContext, clerk: UserInfo) -> AppContext:
    """The clerk took 250.00 in cash and 40.00 by card today."""
    ctx.clock = lambda: NOW
    with ctx.write() as s:
        add_owing_account(s, NOW, ACCOUNT)
    for amount, method in (("250.00", "cash"), ("40.00", "card")):
        request = PaymentRequest(
            ACCOUNT,
            D("0"),
            prepayment=D(amount),
            method=method,
            tendered=D(amount) if method == "cash" else None,
            reference="" if method == "cash" else "POS1",
        )
        payments.take_payment(ctx, clerk, "1", request)
    return ctx


def attempts(ctx: AppContext) -> list[tuple[int, Decimal, Decimal, int | None]]:
    with ctx.read() as s:
        rows = s.scalars(select(SettlementCount).order_by(SettlementCount.attempt_no))
        return [(r.attempt_no, r.counted_cash, r.expected_cash, r.settlement_id) for r in rows]


def test_a_compared_count_is_locked_and_a_recount_is_kept(
    qtbot,
    window: MainWindow,
    paid: AppContext,
    hall: tuple[HallInfo, UserInfo],
    shown_pdfs: list[Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    boss = auth.add_user(
        paid,
        hall[1],
        username="boss",
        display_name="李值班",
        staff_no="S01",
        role="supervisor",
        password=PASSWORD,
    )
    window.show_area(window.settlement)
    page = window.settlement
    spins = {s.objectName(): s for s in page.ui.countsBox.findChildren(QSpinBox)}
    assert not page.ui.recountButton.isEnabled() and page.ui.figuresView.toPlainText() == ""
    spins["count_100元"].setValue(2)
    spins["count_20元"].setValue(2)  # 240.00: ten short
    qtbot.mouseClick(page.ui.compareButton, Qt.MouseButton.LeftButton)
    assert "-10.00" in page.ui.figuresView.toPlainText()
    # Compared: the counted fields no longer take input, a recount is the way on.
    assert all(spin.isReadOnly() for spin in spins.values())
    qtbot.keyClicks(spins["count_10元"], "1")
    assert spins["count_10元"].value() == 0
    assert not page.ui.compareButton.isEnabled() and page.ui.recountButton.isEnabled()
    assert "第1次清点" in page.ui.countedLabel.text()
    assert attempts(paid) == [(1, D("240.00"), D("250.00"), None)]

    # Restarting the screen shows the same locked attempt, not an open count.
    page.reset()
    assert spins["count_20元"].value() == 2 and spins["count_20元"].isReadOnly()
    assert "-10.00" in page.ui.figuresView.toPlainText() and page.ui.closeDayButton.isEnabled()

    qtbot.mouseClick(page.ui.recountButton, Qt.MouseButton.LeftButton)
    assert all(s.value() == 0 and not s.isReadOnly() for s in spins.values())
    assert page.ui.figuresView.toPlainText() == "" and not page.ui.closeDayButton.isEnabled()
    assert page.ui.compareButton.isEnabled() and not page.ui.recountButton.isEnabled()
    spins["count_100元"].setValue(2)
    spins["count_50元"].setValue(1)
    qtbot.mouseClick(page.ui.compareButton, Qt.MouseButton.LeftButton)
    assert attempts(paid) == [
        (1, D("240.00"), D("250.00"), None),
        (2, D("250.00"), D("250.00"), None),
    ]
    assert "+0.00" in page.ui.figuresView.toPlainText()

    monkeypatch.setattr(supervisor_dialog, "ask_supervisor", lambda *a: boss)
    qtbot.mouseClick(page.ui.closeDayButton, Qt.MouseButton.LeftButton)  # no reason needed
    assert "日结完成" in page.ui.messageLabel.text()
    with paid.read() as s:
        st = s.scalars(select(Settlement)).one()
    assert (st.counted_cash, st.difference, st.denominations["50元"]) == (D("250.00"), 0, 1)
    assert [a[3] for a in attempts(paid)] == [st.id, st.id]
    assert all(s.isReadOnly() for s in spins.values()) and not page.ui.recountButton.isEnabled()
    text = pdf_text(shown_pdfs[-1])
    assert "清点核对记录（共2次）" in text
    assert "第1次" in text and "240.00" in text and "-10.00" in text
    assert "第2次" in text and "日结以此为准" in text


def test_a_payment_after_the_comparison_asks_for_a_recount(
    qtbot,
    window: MainWindow,
    paid: AppContext,
    clerk: UserInfo,
    hall: tuple[HallInfo, UserInfo],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    boss = auth.add_user(
        paid,
        hall[1],
        username="boss",
        display_name="李值班",
        staff_no="S01",
        role="supervisor",
        password=PASSWORD,
    )
    window.show_area(window.settlement)
    page = window.settlement
    page.spins["100元"].setValue(2)
    page.spins["50元"].setValue(1)
    qtbot.mouseClick(page.ui.compareButton, Qt.MouseButton.LeftButton)
    request = PaymentRequest(ACCOUNT, D("0"), prepayment=D("5.00"), tendered=D("5.00"))
    payments.take_payment(paid, clerk, "1", request)
    monkeypatch.setattr(supervisor_dialog, "ask_supervisor", lambda *a: boss)
    type_text(qtbot, page.ui.reasonEdit, "x")
    qtbot.mouseClick(page.ui.closeDayButton, Qt.MouseButton.LeftButton)
    assert "请重新清点" in page.ui.messageLabel.text()
    with paid.read() as s:
        assert s.scalars(select(Settlement)).all() == []


def test_nothing_moves_under_the_clerks_mouse_while_counting(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
) -> None:
    """Issue 16: the buttons were where the figures appeared after 核对, and a message
    pushed them down again: each control stays where it was through the whole count."""
    window.show_area(window.settlement)
    page = window.settlement
    spins = {s.objectName(): s for s in page.ui.countsBox.findChildren(QSpinBox)}
    controls = [
        page.ui.compareButton,
        page.ui.recountButton,
        page.ui.closeDayButton,
        page.ui.printButton,
        page.ui.reasonEdit,
        page.ui.figuresView,
        *spins.values(),
    ]

    def places() -> list[tuple[int, int, int, int]]:
        qtbot.wait(1)  # the layout is redone on the next turn of the event loop
        return [
            (*c.mapTo(window, c.rect().topLeft()).toTuple(), c.width(), c.height())
            for c in controls
        ]

    blind = places()
    spins["count_100元"].setValue(1234)
    assert places() == blind
    qtbot.mouseClick(page.ui.compareButton, Qt.MouseButton.LeftButton)
    assert "123,400.00" in page.ui.countedLabel.text() and page.ui.figuresView.toPlainText()
    assert places() == blind
    qtbot.mouseClick(page.ui.recountButton, Qt.MouseButton.LeftButton)
    assert page.ui.messageLabel.text()  # 已开始重新清点 …
    assert places() == blind
