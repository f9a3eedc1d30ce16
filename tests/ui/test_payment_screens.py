"""A clerk takes a cash payment with change through the real screens, then closes the day."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSpinBox
from sqlalchemy import func, select
from support import PASSWORD, add_owing_account, pdf_text, type_text

from counter_app.services import auth, payments
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.store.models import Account, Arrears, AuditEntry, Payment, Settlement
from counter_app.ui import supervisor_dialog
from counter_app.ui.main_window import MainWindow

D = Decimal
NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)  # Tuesday, 10:00 hall time
ACCOUNT = "330101000777"


@pytest.fixture
def owing(ctx: AppContext, clerk: UserInfo) -> AppContext:
    ctx.clock = lambda: NOW
    with ctx.write() as s:
        add_owing_account(
            s,
            NOW,
            ACCOUNT,
            [("202609", "123.40", date(2026, 10, 5)), ("202610", "98.60", date(2026, 11, 4))],
        )
    return ctx


def test_cash_payment_with_change(
    qtbot, window: MainWindow, owing: AppContext, shown_pdfs: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    window.show_area(window.payment)
    page = window.payment
    type_text(qtbot, page.ui.accountEdit, ACCOUNT)
    qtbot.keyClick(page.ui.accountEdit, Qt.Key.Key_Return)
    assert page.ui.billsTable.rowCount() == 2
    assert "王**" in page.ui.infoLabel.text() and "王小明" not in page.ui.infoLabel.text()
    # Both months ticked: 123.40 + 50 days × 1‰ = 6.17, 98.60 + 20 days = 1.97 → 1.97.
    assert page.ui.arrearsAmountEdit.text() == "230.14"
    # Untick the newer month: only September is paid.
    page.ui.billsTable.item(1, 0).setCheckState(Qt.CheckState.Unchecked)
    assert page.ui.arrearsAmountEdit.text() == "129.57"
    assert not page.ui.confirmButton.isEnabled()  # cash: the tendered amount is needed
    type_text(qtbot, page.ui.tenderedEdit, "200")
    assert page.ui.confirmButton.isEnabled()
    assert page.ui.changeLabel.text() == "70.43" and page.ui.totalLabel.text() == "¥129.57"
    qtbot.mouseClick(page.ui.confirmButton, Qt.MouseButton.LeftButton)
    assert "找零 70.43" in page.ui.messageLabel.text()

    with owing.read() as s:
        payment = s.scalars(select(Payment)).one()
        arrears = {a.bill_month: a.amount_paid for a in s.scalars(select(Arrears))}
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "payment.take")).one()
    assert (payment.total, payment.tendered, payment.change) == (
        D("129.57"),
        D("200.00"),
        D("70.43"),
    )
    assert arrears == {"202609": D("123.40"), "202610": D("0.00")}
    assert audit.entity_id == payment.receipt_no
    # The receipt went to the preview: total in words, masked name, QR payload.
    pdf = shown_pdfs[-1]
    text = pdf_text(pdf)
    assert payment.receipt_no in text and "壹佰贰拾玖元伍角柒分" in text
    assert "王**" in text and "王小明" not in text
    from counter_app.printing.receipt_content import qr_payload
    from counter_app.services.receipts import receipt_document

    payload = qr_payload(receipt_document(owing, payment.receipt_no))
    assert payment.receipt_no in payload and payment.check_code in payload


def test_a_bill_taken_at_another_counter_meanwhile_is_not_charged_twice(
    qtbot, window: MainWindow, owing: AppContext, hall: tuple[HallInfo, UserInfo], shown_pdfs
) -> None:  # type: ignore[no-untyped-def]
    page = window.payment
    type_text(qtbot, page.ui.accountEdit, ACCOUNT)
    qtbot.keyClick(page.ui.accountEdit, Qt.Key.Key_Return)
    type_text(qtbot, page.ui.tenderedEdit, "300")
    assert page.ui.arrearsAmountEdit.text() == "230.14" and page.ui.confirmButton.isEnabled()
    # Meanwhile counter 2 takes September for the same account (another family member).
    other = payments.take_payment(
        owing, hall[1], "2", payments.PaymentRequest(ACCOUNT, D("129.57"), tendered=D("129.57"))
    )

    qtbot.mouseClick(page.ui.confirmButton, Qt.MouseButton.LeftButton)

    shown = page.ui.messageLabel.text()
    assert "欠费在显示后已有变化" in shown and "本笔未收费" in shown and "屏幕已刷新" in shown
    assert not shown.startswith("已收费") and shown_pdfs == []  # no receipt: no money taken
    # The screen now shows what is owed now: October only, 98.60 + 1.97.
    assert page.ui.billsTable.rowCount() == 1
    assert page.ui.billsTable.item(0, 1).text() == "202610"
    assert page.ui.arrearsAmountEdit.text() == "100.57"
    assert "100.57" in page.ui.quoteView.toPlainText()
    with owing.read() as s:
        assert list(s.scalars(select(Payment.receipt_no))) == [other.receipt_no]
        assert s.scalar(select(Account.prepaid).where(Account.account_no == ACCOUNT)) == 0
        paid = {a.bill_month: a.amount_paid for a in s.scalars(select(Arrears))}
    assert paid == {"202609": D("123.40"), "202610": D("0.00")}

    # The clerk checks with the customer and takes October: booked as now shown.
    qtbot.mouseClick(page.ui.confirmButton, Qt.MouseButton.LeftButton)
    assert "已收费 100.57 元" in page.ui.messageLabel.text()
    with owing.read() as s:
        assert s.scalar(select(func.count()).select_from(Payment)) == 2
        assert all(a.amount_paid == a.amount_due for a in s.scalars(select(Arrears)))
        assert s.scalar(select(Account.prepaid).where(Account.account_no == ACCOUNT)) == 0


def test_an_amount_above_the_arrears_is_not_taken_as_prepayment(
    qtbot, window: MainWindow, owing: AppContext
) -> None:  # type: ignore[no-untyped-def]
    page = window.payment
    type_text(qtbot, page.ui.accountEdit, ACCOUNT)
    qtbot.keyClick(page.ui.accountEdit, Qt.Key.Key_Return)
    page.ui.arrearsAmountEdit.clear()
    type_text(qtbot, page.ui.arrearsAmountEdit, "300")
    type_text(qtbot, page.ui.tenderedEdit, "300")
    assert "预存金额" in page.ui.quoteView.toPlainText()  # the quote says where it belongs
    assert not page.ui.confirmButton.isEnabled()


def test_day_closes_after_a_blind_count(
    qtbot,
    window: MainWindow,
    owing: AppContext,
    hall: tuple[HallInfo, UserInfo],
    shown_pdfs: list[Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    boss = auth.add_user(
        owing,
        hall[1],
        username="boss",
        display_name="李值班",
        staff_no="S01",
        role="supervisor",
        password=PASSWORD,
    )
    page = window.payment
    type_text(qtbot, page.ui.accountEdit, ACCOUNT)
    qtbot.keyClick(page.ui.accountEdit, Qt.Key.Key_Return)
    type_text(qtbot, page.ui.tenderedEdit, "230.14")
    qtbot.mouseClick(page.ui.confirmButton, Qt.MouseButton.LeftButton)

    window.show_area(window.settlement)
    day = window.settlement
    assert day.ui.figuresView.toPlainText() == ""  # nothing expected is shown before the count
    spins = {s.objectName(): s for s in day.ui.countsBox.findChildren(QSpinBox)}
    spins["count_100元"].setValue(2)
    spins["count_20元"].setValue(1)
    spins["count_10元"].setValue(1)
    assert not day.ui.closeDayButton.isEnabled()
    qtbot.mouseClick(day.ui.compareButton, Qt.MouseButton.LeftButton)
    assert "230.14" in day.ui.figuresView.toPlainText()
    assert "-0.14" in day.ui.figuresView.toPlainText()
    monkeypatch.setattr(supervisor_dialog, "ask_supervisor", lambda *a: boss)
    qtbot.mouseClick(day.ui.closeDayButton, Qt.MouseButton.LeftButton)
    assert "差异说明" in day.ui.messageLabel.text()  # a difference needs a reason
    type_text(qtbot, day.ui.reasonEdit, "零钱不足少收")
    qtbot.mouseClick(day.ui.closeDayButton, Qt.MouseButton.LeftButton)
    with owing.read() as s:
        st = s.scalars(select(Settlement)).one()
    assert (st.expected_cash, st.counted_cash, st.difference) == (
        D("230.14"),
        D("230.00"),
        D("-0.14"),
    )
    assert st.signed_off_by == boss.id and "日结完成" in day.ui.messageLabel.text()
    assert shown_pdfs[-1].name.startswith("日结报表_")


def test_lookup_leads_to_the_payment(qtbot, window: MainWindow, owing: AppContext) -> None:  # type: ignore[no-untyped-def]
    window.show_area(window.lookup)
    type_text(qtbot, window.lookup.ui.searchEdit, ACCOUNT)
    qtbot.keyClick(window.lookup.ui.searchEdit, Qt.Key.Key_Return)
    item = window.lookup.ui.resultsTable.item(0, 0)
    assert item.text() == "王**"
    window.lookup.ui.resultsTable.itemDoubleClicked.emit(item)
    assert window.ui.pages.currentWidget() is window.payment
    assert window.payment.ui.billsTable.rowCount() == 2


def test_admin_imports_hq_arrears(
    qtbot,
    app_look,
    owing: AppContext,  # type: ignore[no-untyped-def]
    hall: tuple[HallInfo, UserInfo],
    settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from counter_app.resources import resource
    from counter_app.ui import users_page

    admin_window = MainWindow(owing, hall[0], hall[1], settings, tmp_path)
    qtbot.addWidget(admin_window)
    said: list[str] = []
    monkeypatch.setattr(
        users_page, "choose_file", lambda *a: str(resource("samples", "arrears_sample.xlsx"))
    )
    monkeypatch.setattr(QMessageBox, "information", lambda *a: said.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append("WARN " + a[2]))
    qtbot.mouseClick(admin_window.admin_page.ui.arrearsButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(said), timeout=30_000)  # the import runs as a job
    assert not said[0].startswith("WARN")
    with owing.read() as s:
        assert len(s.scalars(select(Arrears)).all()) > 2
