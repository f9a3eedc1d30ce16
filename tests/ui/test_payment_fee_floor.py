"""The ¥1 minimum on a collection through the real payment screen (issue 13): the amount
proposed, the top-up shown as its own line, and what is booked and printed."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select
from support import add_owing_account, pdf_text, type_text

from counter_app.services.auth import UserInfo
from counter_app.services.context import AppContext
from counter_app.services.dues import FLOOR_KIND
from counter_app.store.models import Payment
from counter_app.ui.main_window import MainWindow

D = Decimal
NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)  # Tuesday, 10:00 hall time
ACCOUNT = "330101000888"


@pytest.fixture
def small_fees(ctx: AppContext, clerk: UserInfo) -> AppContext:
    """Two residential months whose fees are 0.05 and 0.20 (under ¥1 together)."""
    ctx.clock = lambda: NOW
    with ctx.write() as s:
        add_owing_account(
            s,
            NOW,
            ACCOUNT,
            [("202609", "50.00", date(2026, 11, 23)), ("202610", "100.00", date(2026, 11, 22))],
        )
    return ctx


def test_the_top_up_is_shown_booked_and_printed(
    qtbot, window: MainWindow, small_fees: AppContext, shown_pdfs: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    window.show_area(window.payment)
    page = window.payment
    type_text(qtbot, page.ui.accountEdit, ACCOUNT)
    qtbot.keyClick(page.ui.accountEdit, Qt.Key.Key_Return)
    # 50.00 × 1‰ × 1 = 0.05 and 100.00 × 1‰ × 2 = 0.20: 0.25 in all, charged 1.00 once.
    assert [page.ui.billsTable.item(r, 5).text() for r in range(2)] == ["0.05", "0.20"]
    assert page.ui.arrearsAmountEdit.text() == "151.00"
    info = page.ui.infoLabel.text()
    assert "违约金 1.00 元 = 151.00 元" in info
    assert "违约金合计0.25元，不足1.00元，按1.00元收取，补足0.75元" in info
    # The newer month unticked: the older alone, 50.05 topped up to 51.00.
    page.ui.billsTable.item(1, 0).setCheckState(Qt.CheckState.Unchecked)
    assert page.ui.arrearsAmountEdit.text() == "51.00"
    quote = page.ui.quoteView.toPlainText()
    assert "不足1.00元，按1.00元收取，补足0.95元" in quote
    assert page.ui.totalLabel.text() == "¥51.00"  # the total in its own panel
    type_text(qtbot, page.ui.tenderedEdit, "60")
    qtbot.mouseClick(page.ui.confirmButton, Qt.MouseButton.LeftButton)
    assert "找零 9.00" in page.ui.messageLabel.text()

    with small_fees.read() as s:
        payment = s.scalars(select(Payment)).one()
        lines = [(x.kind, x.bill_month, x.principal, x.late_fee) for x in payment.lines]
    assert payment.total == D("51.00")
    assert lines == [
        ("electricity", "202609", D("50.00"), D("0.05")),
        (FLOOR_KIND, "202609", D("0.00"), D("0.95")),
    ]
    text = pdf_text(shown_pdfs[-1]).replace("\n", "")
    assert "补足0.95元" in text and "伍拾壹元整" in text
