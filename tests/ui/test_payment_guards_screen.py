"""The payment screen with absurd amounts, a large 预存, a full store and a full disk:
each says what happened in Chinese, and money is taken only when it says so."""

from __future__ import annotations

import errno
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select
from support import ADMIN, add_owing_account, type_text

from counter_app.printing import receipt as receipt_roll
from counter_app.services import payments
from counter_app.services import receipts as receipt_service
from counter_app.services.auth import UserInfo
from counter_app.services.context import AppContext
from counter_app.services.disk_full import DiskFull
from counter_app.store.models import Account, AuditEntry, FeeItem, Payment
from counter_app.ui import payment_page
from counter_app.ui.main_window import MainWindow
from tests.full_disk import cap_store, uncap_store

D = Decimal
NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)  # Tuesday, 10:00 hall time
ACCOUNT = "330101000777"  # residential, owes 230.14 with late fees


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
        s.add(
            FeeItem(
                code="F01",
                name="电能表校验费",
                method="固定",
                unit_price=D("20.0000"),
                unit="次",
                basis="示例物价文件",
                valid_from=date(2026, 1, 1),
                valid_to=None,
                imported_at=NOW,
            )
        )
    return ctx


def counts(ctx: AppContext) -> tuple[int, int, Decimal]:
    with ctx.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Payment)) or 0,
            s.scalar(select(func.count()).select_from(AuditEntry)) or 0,
            s.scalar(select(Account.prepaid).where(Account.account_no == ACCOUNT)) or D(0),
        )


def open_account(qtbot, window: MainWindow) -> payment_page.PaymentPage:  # type: ignore[no-untyped-def]
    window.show_area(window.payment)
    page = window.payment
    page.load_fee_items()
    type_text(qtbot, page.ui.accountEdit, ACCOUNT)
    qtbot.keyClick(page.ui.accountEdit, Qt.Key.Key_Return)
    assert page.ui.arrearsAmountEdit.text() == "230.14"
    return page


@pytest.mark.parametrize(
    ("field", "text", "said"),
    [
        # 17 digits, in each field: was the generic crash dialog.
        ("arrearsAmountEdit", "12345678901234567", "金额过大"),
        ("prepaymentEdit", "12345678901234567", "金额过大"),
        ("tenderedEdit", "12345678901234567", "金额过大"),
        ("prepaymentEdit", "1e400", "金额格式不正确"),
        ("tenderedEdit", "NaN", "金额格式不正确"),
        ("arrearsAmountEdit", "Infinity", "金额格式不正确"),
        ("tenderedEdit", "300.001", "最多两位小数"),
        ("prepaymentEdit", "99999999.99", "超过单笔上限 100,000.00 元"),
        ("tenderedEdit", "100000.01", "超过单笔上限 100,000.00 元"),
    ],
)
def test_an_absurd_amount_is_told_and_takes_nothing(
    qtbot,
    window: MainWindow,
    owing: AppContext,
    shown_pdfs: list[Path],
    field: str,
    text: str,
    said: str,
) -> None:  # type: ignore[no-untyped-def]
    page = open_account(qtbot, window)
    before = counts(owing)
    if field != "tenderedEdit":
        type_text(qtbot, page.ui.tenderedEdit, "300")
    edit = getattr(page.ui, field)
    edit.clear()
    type_text(qtbot, edit, text)  # key by key, every prefix quoted on the way
    shown = page.ui.quoteView.toPlainText()
    assert said in shown, shown
    names = {"arrearsAmountEdit": "缴纳电费金额", "prepaymentEdit": "预存金额"}
    assert names.get(field, "实收金额") in shown
    assert not page.ui.confirmButton.isEnabled()
    qtbot.keyClick(page.ui.tenderedEdit, Qt.Key.Key_F9)  # the confirm key: nothing either
    qtbot.mouseClick(page.ui.confirmButton, Qt.MouseButton.LeftButton)
    assert counts(owing) == before and shown_pdfs == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("12345678901234567", "不超过一百万"),
        ("1e400", "数量格式不正确"),
        ("NaN", "数量格式不正确"),
        ("0.001", "最多两位小数"),
        ("0", "数量应大于0"),
    ],
)
def test_an_absurd_fee_quantity_is_told(
    qtbot, window: MainWindow, owing: AppContext, text: str, said: str
) -> None:  # type: ignore[no-untyped-def]
    page = open_account(qtbot, window)
    type_text(qtbot, page.ui.quantityEdit, text)
    qtbot.keyClick(page.ui.quantityEdit, Qt.Key.Key_Return)
    assert said in page.ui.messageLabel.text()
    assert page.ui.feesList.count() == 0 and page.fees == []


def test_a_large_prepayment_is_asked_about_first(
    qtbot,
    window: MainWindow,
    owing: AppContext,
    shown_pdfs: list[Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    page = open_account(qtbot, window)
    asked: list[tuple[Decimal, Decimal]] = []
    answer = [False]

    def ask(_parent: Any, total: Decimal, prepayment: Decimal) -> bool:
        asked.append((total, prepayment))
        return answer[0]

    monkeypatch.setattr(payment_page, "ask_prepayment", ask)
    before = counts(owing)
    type_text(qtbot, page.ui.prepaymentEdit, "5000")
    type_text(qtbot, page.ui.tenderedEdit, "5300")
    assert page.ui.confirmButton.isEnabled()
    # The customer says no: nothing is taken.
    qtbot.mouseClick(page.ui.confirmButton, Qt.MouseButton.LeftButton)
    assert asked == [(D("5230.14"), D("5000.00"))]
    assert "未收费" in page.ui.messageLabel.text()
    assert counts(owing) == before and shown_pdfs == []
    # The customer says yes: taken, 5,000 on the account as 预存.
    answer[0] = True
    qtbot.mouseClick(page.ui.confirmButton, Qt.MouseButton.LeftButton)
    assert len(asked) == 2 and "已收费 5,230.14 元" in page.ui.messageLabel.text()
    assert counts(owing)[0] == before[0] + 1 and counts(owing)[2] == D("5000.00")
    # A small one is not asked about.
    type_text(qtbot, page.ui.accountEdit, "")
    qtbot.keyClick(page.ui.accountEdit, Qt.Key.Key_Return)
    type_text(qtbot, page.ui.prepaymentEdit, "100")
    type_text(qtbot, page.ui.tenderedEdit, "100")
    qtbot.mouseClick(page.ui.confirmButton, Qt.MouseButton.LeftButton)
    assert len(asked) == 2 and "已收费 100.00 元" in page.ui.messageLabel.text()


def test_the_question_says_how_much_becomes_prepayment(qtbot, app_look) -> None:  # type: ignore[no-untyped-def]
    box = payment_page.prepayment_question(None, D("5230.14"), D("5000.00"))  # type: ignore[arg-type]
    qtbot.addWidget(box)
    assert "其中 5,000.00 元将存为预存电费，确认吗？" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)


def test_a_full_store_takes_nothing_and_the_screen_says_so(
    qtbot,
    window: MainWindow,
    owing: AppContext,
    clerk: UserInfo,
    backend: str,
    shown_pdfs: list[Path],
) -> None:  # type: ignore[no-untyped-def]
    if backend != "sqlite":
        pytest.skip("SQLITE_FULL is SQLite's")
    page = open_account(qtbot, window)
    type_text(qtbot, page.ui.tenderedEdit, "300")
    cap_store(owing)
    # Fill the capped file with small payments from counter 2 until it is full.
    for _ in range(400):
        request = payments.PaymentRequest(ACCOUNT, D("0"), prepayment=D("1.00"))
        try:
            payments.take_payment(owing, clerk, "2", request)
        except DiskFull:
            break
    else:
        pytest.fail("the capped store never filled")
    before = counts(owing)
    qtbot.mouseClick(page.ui.confirmButton, Qt.MouseButton.LeftButton)
    assert page.ui.messageLabel.text() == "磁盘已满，本笔未收费：请清理磁盘或联系管理员"
    assert counts(owing) == before and shown_pdfs == []
    # Space freed: the same screen takes the payment.
    uncap_store(owing)
    qtbot.mouseClick(page.ui.confirmButton, Qt.MouseButton.LeftButton)
    assert page.ui.messageLabel.text().startswith("已收费 230.14 元")


def test_a_full_disk_after_the_payment_keeps_it_and_says_to_reprint(
    qtbot,
    window: MainWindow,
    owing: AppContext,
    clerk: UserInfo,
    shown_pdfs: list[Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    real = receipt_roll.write_atomically

    def disk_full(path: Path, write: Any) -> Path:
        def half(fh: BinaryIO) -> None:
            fh.write(b"%PDF-1.4\n")
            raise OSError(errno.ENOSPC, "No space left on device")

        return real(path, half)

    monkeypatch.setattr(receipt_roll, "write_atomically", disk_full)
    warned: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, title, text: warned.append((title, text))
    )
    page = open_account(qtbot, window)
    type_text(qtbot, page.ui.tenderedEdit, "300")
    qtbot.mouseClick(page.ui.confirmButton, Qt.MouseButton.LeftButton)

    with owing.read() as s:
        receipt_no = s.scalars(select(Payment.receipt_no)).one()  # the payment stands
    assert f"收据号 {receipt_no}" in page.ui.messageLabel.text()
    assert len(warned) == 1
    title, text = warned[0]
    assert title == "磁盘已满" and receipt_no in text and "补打" in text and "未能写入" in text
    assert shown_pdfs == []
    assert not list((tmp_path / "printouts").glob("*"))  # no half a PDF left behind
    # Space freed: the 补打 is a whole receipt.
    monkeypatch.setattr(receipt_roll, "write_atomically", real)
    copy = receipt_service.reprint(
        owing, clerk, receipt_no, "磁盘已满未能打印", tmp_path / "printouts", supervisor=ADMIN
    )
    assert copy.read_bytes().startswith(b"%PDF") and "补打1" in copy.name
