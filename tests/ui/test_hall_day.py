"""A whole day at one counter: tickets, calls, a payment visit, ratings, a complaint."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select
from support import add_owing_account, type_text

from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.store.models import (
    Complaint,
    Payment,
    Ticket,
    Visit,
    VisitItem,
)
from counter_app.ui import queue_page
from counter_app.ui.main_window import MainWindow
from counter_app.ui.page_contract import PageKit
from counter_app.ui.rating_window import RatingWindow

D = Decimal
OPEN = datetime(2026, 11, 24, 1, 0, tzinfo=UTC)  # 09:00 hall time, a Tuesday
ACCOUNT = "330101000888"


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, minutes: int) -> None:
        self.now += timedelta(minutes=minutes)


@pytest.fixture
def clock(ctx: AppContext) -> Clock:
    c = Clock(OPEN)
    ctx.clock = c
    with ctx.write() as s:
        add_owing_account(
            s,
            OPEN,
            ACCOUNT,
            [("202610", "88.00", date(2026, 11, 30))],
            name="赵大海",
            address="城关镇人民路8号",
        )
    return c


def test_a_day_at_the_counter(
    qtbot,
    window: MainWindow,
    ctx: AppContext,
    clock: Clock,  # type: ignore[no-untyped-def]
    hall: tuple[HallInfo, UserInfo],
    shown_pdfs: list[Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = window.queue
    window.show_area(page)
    # The ticket machine (here the clerk's own button) hands out two B and one A ticket.
    page.ui.ticketCategoryCombo.setCurrentIndex(page.ui.ticketCategoryCombo.findData("B"))
    qtbot.mouseClick(page.ui.issueButton, Qt.MouseButton.LeftButton)
    clock.advance(2)
    qtbot.mouseClick(page.ui.issueButton, Qt.MouseButton.LeftButton)
    page.ui.ticketCategoryCombo.setCurrentIndex(page.ui.ticketCategoryCombo.findData("A"))
    qtbot.mouseClick(page.ui.issueButton, Qt.MouseButton.LeftButton)
    assert [p.name for p in shown_pdfs] == ["号票_B001.pdf", "号票_B002.pdf", "号票_A001.pdf"]
    assert page.ui.waitingTable.rowCount() == 3

    # 09:12 the first B ticket is called: it waited 12 minutes.
    clock.advance(10)
    qtbot.mouseClick(page.ui.callNextButton, Qt.MouseButton.LeftButton)
    assert page.visit is not None and page.visit.ticket_no == "B001"
    assert "B001" in page.ui.messageLabel.text()
    assert page.visit.minutes_waited == 12

    # The customer pays at this counter: the payment joins the visit.
    window.show_area(window.payment)
    pay = window.payment
    type_text(qtbot, pay.ui.accountEdit, ACCOUNT)
    qtbot.keyClick(pay.ui.accountEdit, Qt.Key.Key_Return)
    type_text(qtbot, pay.ui.tenderedEdit, "100")
    clock.advance(5)
    qtbot.mouseClick(pay.ui.confirmButton, Qt.MouseButton.LeftButton)
    assert "找零 12.00" in pay.ui.messageLabel.text()

    # 09:20 the visit ends; the customer rates it 非常不满意 on the rating window.
    window.show_area(page)
    assert page.ui.itemsList.count() == 1 and "缴费" in page.ui.itemsList.item(0).text()
    opened: list[RatingWindow] = []

    def ask_rating(visit_id: int) -> None:
        opened.append(RatingWindow(ctx, visit_id))
        qtbot.addWidget(opened[-1])
        opened[-1].show()

    window.queue.visit_ended.disconnect()
    window.queue.visit_ended.connect(ask_rating)
    clock.advance(3)
    qtbot.mouseClick(page.ui.endButton, Qt.MouseButton.LeftButton)
    assert "等候 12 分钟，办理 8 分钟" in page.ui.messageLabel.text()
    assert "88.00" in opened[0].ui.infoLabel.text()
    qtbot.mouseClick(opened[0].ui.rate1Button, Qt.MouseButton.LeftButton)
    assert "谢谢" in opened[0].ui.thanksLabel.text()

    # The next customer (B002) leaves without rating: unrated, never counted satisfied.
    qtbot.mouseClick(page.ui.callNextButton, Qt.MouseButton.LeftButton)
    assert page.visit is not None and page.visit.ticket_no == "B002"
    clock.advance(4)
    qtbot.mouseClick(page.ui.endButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(opened[1].ui.skipButton, Qt.MouseButton.LeftButton)

    # A001 is transferred to 咨询 (C) and keeps its arrival time.
    monkeypatch.setattr(queue_page, "ask_category", lambda parent, title, names: 1)
    qtbot.mouseClick(page.ui.callNextButton, Qt.MouseButton.LeftButton)
    assert page.visit is not None and page.visit.ticket_no == "A001"
    qtbot.mouseClick(page.ui.transferButton, Qt.MouseButton.LeftButton)
    assert "C001" in page.ui.messageLabel.text() and page.visit is None

    with ctx.read() as s:
        visits = s.scalars(select(Visit).order_by(Visit.id)).all()
        tickets = {t.ticket_no: t for t in s.scalars(select(Ticket))}
        payment = s.scalars(select(Payment)).one()
        items = s.scalars(select(VisitItem)).all()
        followup = s.scalars(select(Complaint)).one()
    first = visits[0]
    assert (first.rating, first.outcome, first.category) == (1, "completed", "B")
    assert (first.called_at - first.arrived_at) == timedelta(minutes=12)
    assert (first.ended_at - first.started_at) == timedelta(minutes=8)
    assert payment.visit_id == first.id and [i.ref for i in items] == [payment.receipt_no]
    assert visits[1].rating is None and visits[1].ended_at is not None
    assert tickets["B001"].status == "done" and tickets["A001"].status == "transferred"
    assert tickets["C001"].issued_at == tickets["A001"].issued_at
    # The bad rating opened a follow-up with its deadlines.
    assert followup.kind == "followup" and followup.rating == 1 and followup.status == "open"
    assert followup.decision_due > followup.contact_due

    # The complaints page lists the follow-up for the supervisor.
    window.show_area(window.complaints)
    window.complaints.refresh()
    assert window.complaints.ui.complaintsTable.rowCount() == 1

    # The supervisor's dashboard shows the day as it happened.
    from counter_app.ui.dashboard_page import DashboardPage

    board = DashboardPage(
        PageKit(ctx, hall[1], show_pdf=shown_pdfs.append, printouts=lambda: shown_pdfs[0].parent)
    )
    qtbot.addWidget(board)
    board.set_period("day", date(2026, 11, 24))
    figures = board.refresh()
    assert figures is not None
    assert figures.visits == 3  # B001, B002 and A001 (transferred); C001 still waits
    assert figures.tickets_waiting == 1
    assert figures.ratings.counts[1] == 1 and figures.ratings.unrated >= 1
    assert figures.ratings.rated == 1  # the unrated visit is not counted as satisfied
    cash = next(m for m in figures.payments if m.method == "cash")
    assert (cash.name, cash.count, cash.total) == ("现金", 1, D("88.00"))
