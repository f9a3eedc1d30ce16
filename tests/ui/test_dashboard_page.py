"""The dashboard page: period switching, the per-clerk table, the charts and the report."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from support import PASSWORD, pdf_text

from counter_app.domain.clock import HALL_TZ
from counter_app.services import auth
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.store.models import (
    Account,
    Application,
    ApplicationStep,
    Complaint,
    Customer,
    Payment,
    Ticket,
    Visit,
)
from counter_app.ui.dashboard_page import DashboardPage
from counter_app.ui.page_contract import PageKit

NOW = datetime(2026, 10, 15, 10, 0, tzinfo=HALL_TZ)  # Thursday
TODAY, YESTERDAY = date(2026, 10, 15), date(2026, 10, 14)


def at(day: date, hour: int, minute: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=HALL_TZ)


@pytest.fixture
def page(
    qtbot,
    app_look,
    ctx: AppContext,
    hall: tuple[HallInfo, UserInfo],
    clerk: UserInfo,
    tmp_path: Path,
    shown_pdfs: list[Path],
) -> DashboardPage:  # type: ignore[no-untyped-def]
    """Yesterday: zhang served two (5 and 2, both rated) and took 80.00 cash; li one,
    unrated. Today: zhang one, rated 4; two tickets wait; a complaint about zhang's
    visit is overdue; li's application is past its step's due date."""
    ctx.clock = lambda: NOW
    li = auth.add_user(
        ctx, hall[1], username="li", display_name="李收费", staff_no="1002", role="clerk",
        password=PASSWORD,
    )  # fmt: skip
    with ctx.write() as s:
        customer = Customer(
            kind="person", name="张三丰", cert_type="居民身份证", cert_no="11010519491231002X",
            mobile="13812341234", created_at=NOW, updated_at=NOW,
        )  # fmt: skip
        s.add(customer)
        s.flush()
        account = Account(
            account_no="330101000123", hall_id=1, customer_id=customer.id, address="人民路100号",
            category="居民", voltage="低压", status="active", opened_at=NOW, updated_at=NOW,
        )  # fmt: skip
        s.add(account)
        s.flush()
        rows = [
            # (clerk, day, arrived h:m, wait, handle, rating)
            (clerk.id, YESTERDAY, (9, 0), 10, 20, 5),
            (clerk.id, YESTERDAY, (10, 0), 6, 4, 2),
            (li.id, YESTERDAY, (11, 0), 2, 8, None),
            (clerk.id, TODAY, (9, 0), 4, 6, 4),
        ]
        visits = []
        for n, (who, day, (h, m), wait, handle, rating) in enumerate(rows, start=1):
            arrived = at(day, h, m)
            started = arrived + timedelta(minutes=wait)
            v = Visit(
                visit_no=f"V{n}", hall_id=1, clerk_id=who, counter="1", business_code="payment",
                outcome="completed", category="B", arrived_at=arrived, called_at=started,
                started_at=started, ended_at=started + timedelta(minutes=handle), rating=rating,
            )  # fmt: skip
            visits.append(v)
        s.add_all(visits)
        s.flush()
        s.add(
            Payment(
                receipt_no="R1", hall_id=1, counter="1", clerk_id=clerk.id,
                account_id=account.id, paid_at=at(YESTERDAY, 9, 30), method="cash",
                total=Decimal("80.00"), check_code="X", updated_at=NOW,
            )
        )  # fmt: skip
        s.add(
            Complaint(
                complaint_no="TS1", hall_id=1, kind="complaint", channel="柜台",
                category="服务态度", content="……", visit_id=visits[1].id,
                received_at=at(YESTERDAY, 10, 30), contact_due=YESTERDAY,
                decision_due=date(2026, 10, 23), status="open", created_by=clerk.id,
                updated_at=NOW,
            )
        )  # fmt: skip
        app = Application(
            application_no="330101-20261001-0001", hall_id=1, business_code="rename",
            business_name="更名", customer_id=customer.id, clerk_id=li.id, status="in_progress",
            current_step="s0", address="人民路100号", details={},
            accepted_at=at(date(2026, 10, 1), 9, 0), promised_date=date(2026, 10, 30),
            updated_at=NOW,
        )  # fmt: skip
        app.steps = [
            ApplicationStep(seq=0, code="s0", name="审核", limit_days=1, due_date=date(2026, 10, 9))
        ]
        s.add(app)
        for number in (1, 2):
            s.add(
                Ticket(
                    hall_id=1, day=TODAY, category="B", number=number, ticket_no=f"B00{number}",
                    issued_at=NOW, status="waiting", updated_at=NOW,
                )
            )  # fmt: skip
    widget = DashboardPage(
        PageKit(ctx, hall[1], show_pdf=shown_pdfs.append, printouts=lambda: tmp_path / "printouts")
    )
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def cell(table, row: int, col: int) -> str:  # type: ignore[no-untyped-def]
    return table.item(row, col).text()


def test_today_is_shown_first(page: DashboardPage) -> None:
    assert page.figures is not None
    assert page.ui.periodCombo.currentData() == "day"
    assert page.ui.dateEdit.date() == QDate(TODAY)
    assert page.values["visits"].text() == "1"
    assert page.values["satisfaction"].text() == "100.0%"
    assert page.values["queue"].text() == "2"
    # The complaint is overdue (contact was due yesterday) and li's step since 10-10.
    assert page.values["complaints"].text() == "1"
    assert page.values["complaints"].property("alert") is True
    assert page.values["overdue"].text() == "1"
    assert "2026年10月15日" in page.ui.periodLabel.text()


def test_period_switch_fills_the_table(page: DashboardPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.ui.dateEdit.setDate(QDate(YESTERDAY))  # computed once typing pauses
    qtbot.waitUntil(lambda: page.figures is not None and page.figures.period.start == YESTERDAY)
    f = page.figures
    assert f is not None and f.period.start == YESTERDAY
    # Yesterday: 3 visits; rated 5 and 2: 1 of 2 satisfied; 80.00 cash.
    assert page.values["visits"].text() == "3"
    assert page.values["satisfaction"].text() == "50.0%"
    assert page.values["paid"].text() == "80.00"
    table = page.ui.clerkTable
    assert table.rowCount() == 2
    assert [cell(table, r, 0) for r in range(2)] == ["1001", "1002"]
    # zhang: 2 visits, waits 10 and 6 -> 8.0, handles 20 and 4 -> 12.0, 1 payment of
    # 80.00, 50.0 %, 1 bad rating, 1 complaint, no overdue application.
    assert [cell(table, 0, c) for c in range(11)] == [
        "1001", "张营业", "2", "8.0", "12.0", "1", "80.00", "50.0%", "1", "1", "0",
    ]  # fmt: skip
    # li: unrated (—), and the overdue application, in red.
    assert cell(table, 1, 7) == "—"
    assert cell(table, 1, 10) == "1"
    assert table.item(1, 10).foreground().color().name() == "#b00020"
    assert table.item(0, 2).textAlignment() & Qt.AlignmentFlag.AlignRight

    page.ui.periodCombo.setCurrentIndex(page.ui.periodCombo.findData("week"))
    f = page.figures
    assert f is not None and (f.period.start, f.period.end) == (
        date(2026, 10, 12),
        date(2026, 10, 18),
    )
    assert page.values["visits"].text() == "4"
    assert cell(page.ui.clerkTable, 0, 2) == "3"
    # The charts: one bar a day and the satisfaction line; the rating distribution.
    trend = page.trend_chart.data
    assert page.trend_chart.totals() == [0, 0, 3, 1, 0, 0, 0]
    assert trend.categories == ("10/12", "10/13", "10/14", "10/15", "10/16", "10/17", "10/18")
    assert trend.line is not None
    assert [None if v is None else round(v, 1) for v in trend.line.values] == [
        None, None, 50.0, 100.0, None, None, None,
    ]  # fmt: skip
    ratings = page.rating_chart.data
    assert [s.name for s in ratings.bars] == ["满意", "差评", "未评价"]
    assert page.rating_chart.totals() == [1, 1, 0, 1, 0, 1]  # 5, 4, 3, 2, 1, unrated
    assert ratings.bars[1].values == (0, 0, 0, 1, 0, 0)  # the bad rating (2), in red
    assert ratings.categories[0] == "非常\n满意"  # two lines: the label stays whole

    page.ui.periodCombo.setCurrentIndex(page.ui.periodCombo.findData("month"))
    assert page.figures is not None and len(page.figures.days) == 31
    # A month labels day 1, 5, 10 … 30 only, under a 日 title.
    labelled = [label for label in page.trend_chart.data.categories if label]
    assert labelled == ["1", "5", "10", "15", "20", "25", "30"]
    assert page.trend_chart.data.category_title == "日"
    assert page.ui.categoryTable.rowCount() == 2  # B and the total
    assert cell(page.ui.categoryTable, 0, 0) == "B 电费缴纳"

    page.set_period("month", date(2026, 9, 10))
    assert page.figures is not None and page.figures.visits == 0  # September: nothing
    page.ui.todayButton.click()
    qtbot.waitUntil(
        lambda: page.figures is not None and page.figures.period.start == date(2026, 10, 1)
    )
    assert page.values["visits"].text() == "4"
    page.set_period("day", TODAY)
    assert page.values["visits"].text() == "1"


def test_print_shows_the_report(page: DashboardPage, qtbot, shown_pdfs: list[Path]) -> None:  # type: ignore[no-untyped-def]
    page.set_period("week", YESTERDAY)
    qtbot.mouseClick(page.ui.printButton, Qt.MouseButton.LeftButton)
    assert len(shown_pdfs) == 1
    path = shown_pdfs[0]
    assert path.exists() and path.suffix == ".pdf"
    assert path.name.startswith("指标看板_2026-W42_")
    text = pdf_text(path)
    text = text.replace(" ", "").replace("\n", "")
    for expected in ("营业厅服务指标报表", "2026年第42周", "张营业", "李收费", "80.00", "66.7%"):
        assert expected in text, expected
