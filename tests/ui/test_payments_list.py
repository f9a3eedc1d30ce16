"""收费记录: every copy of a receipt already taken is a counted 补打, whatever the path."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select
from support import add_owing_account, pdf_text

from counter_app.services import payments
from counter_app.services.auth import UserInfo
from counter_app.services.context import AppContext
from counter_app.store.models import AuditEntry, Payment, Reprint
from counter_app.ui import payments_page
from counter_app.ui.main_window import MainWindow

D = Decimal
NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)  # Tuesday, 10:00 hall time
ACCOUNT = "330101000777"


@pytest.fixture
def paid(ctx: AppContext, clerk: UserInfo) -> str:
    ctx.clock = lambda: NOW
    with ctx.write() as s:
        add_owing_account(s, NOW, ACCOUNT, [("202609", "123.40", date(2026, 10, 5))])
    request = payments.PaymentRequest(ACCOUNT, D("129.57"), tendered=D("130"))
    return payments.take_payment(ctx, clerk, "1", request).receipt_no


@pytest.fixture(autouse=True)
def boss(ctx: AppContext, hall, monkeypatch: pytest.MonkeyPatch) -> UserInfo:  # type: ignore[no-untyped-def]
    """A supervisor other than the receipt's clerk, who authorises every 补打 here."""
    from support import PASSWORD

    from counter_app.services import auth
    from counter_app.ui import supervisor_dialog

    chief = auth.add_user(
        ctx, hall[1], username="li", display_name="李值班", staff_no="2001",
        role="supervisor", password=PASSWORD,
    )  # fmt: skip
    monkeypatch.setattr(supervisor_dialog, "ask_supervisor", lambda *_a: chief)
    return chief


def copies(ctx: AppContext, receipt_no: str) -> tuple[int, list[str], int]:
    with ctx.read() as s:
        p = s.scalars(select(Payment).where(Payment.receipt_no == receipt_no)).one()
        reasons = list(s.scalars(select(Reprint.reason).where(Reprint.payment_id == p.id)))
        audited = s.scalars(
            select(AuditEntry).where(
                AuditEntry.action == "receipt.reprint", AuditEntry.entity_id == receipt_no
            )
        ).all()
        return p.reprint_count, reasons, len(audited)


@pytest.mark.parametrize("how", ["print button", "Ctrl+P", "reprint button"])
def test_printing_a_listed_receipt_is_a_counted_reprint(
    qtbot,
    paid: str,  # before the window: its list opens on the pinned day
    window: MainWindow,
    ctx: AppContext,
    shown_pdfs: list[Path],
    monkeypatch: pytest.MonkeyPatch,
    how: str,
) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    answers = iter([None, "  ", "客户遗失"])  # cancelled, blank, then a reason

    def ask(parent, title, label):  # type: ignore[no-untyped-def]
        asked.append(title)
        return next(answers)

    monkeypatch.setattr(payments_page, "ask_reason", ask)
    window.show_area(window.payments)
    page = window.payments
    page.search()
    assert page.ui.paymentsTable.item(0, 0).text() == paid
    page.ui.paymentsTable.selectRow(0)

    def press() -> None:
        if how == "Ctrl+P":
            qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        else:
            button = page.ui.printButton if how == "print button" else page.ui.reprintButton
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    press()  # cancelled: nothing printed, nothing counted
    assert asked == ["补打收据"] and shown_pdfs == [] and copies(ctx, paid) == (0, [], 0)
    press()  # a blank reason is refused
    assert "原因" in page.ui.messageLabel.text()
    assert shown_pdfs == [] and copies(ctx, paid) == (0, [], 0)
    press()
    assert copies(ctx, paid) == (1, ["客户遗失"], 1)
    assert len(shown_pdfs) == 1
    text = pdf_text(shown_pdfs[-1])
    assert paid in text and "补打" in text and "第1次" in text
    assert page.ui.paymentsTable.item(0, 8).text() == "1"  # the list shows the count


def test_no_path_in_the_list_gives_an_unmarked_copy(
    qtbot,
    paid: str,  # before the window: its list opens on the pinned day
    window: MainWindow,
    ctx: AppContext,
    shown_pdfs: list[Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(payments_page, "ask_reason", lambda *a: "打印机卡纸")
    window.show_area(window.payments)
    page = window.payments
    page.search()
    page.ui.paymentsTable.selectRow(0)
    for button in (page.ui.printButton, page.ui.reprintButton, page.ui.printButton):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert [("补打" in pdf_text(pdf)) for pdf in shown_pdfs] == [True, True, True]
    assert [f"第{n}次" in pdf_text(pdf) for n, pdf in enumerate(shown_pdfs, 1)] == [True] * 3
    assert copies(ctx, paid)[0] == 3 and copies(ctx, paid)[2] == 3


def test_ctrl_p_after_a_payment_prints_a_counted_copy_not_the_original_again(
    qtbot,
    paid: str,
    window: MainWindow,
    ctx: AppContext,
    shown_pdfs: list[Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    window.print_receipt(paid)  # the original, printed once right after the payment
    assert len(shown_pdfs) == 1 and "补打" not in pdf_text(shown_pdfs[0])
    monkeypatch.setattr(payments_page, "ask_reason", lambda *a: "客户要第二张")
    window.show_area(window.payment)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert copies(ctx, paid) == (1, ["客户要第二张"], 1)
    assert len(shown_pdfs) == 2 and "补打" in pdf_text(shown_pdfs[-1])
