"""Working at speed: a clerk with only the keyboard, through the real main window.

Digits and Latin letters are typed as keys; Chinese arrives as an input-method commit
(type_text), as it does from a real IME. Nothing here clicks the mouse.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QWidget
from sqlalchemy import select
from support import add_owing_account, pdf_text, type_text

from counter_app.services import queue
from counter_app.services.auth import UserInfo
from counter_app.services.context import AppContext
from counter_app.store.models import Application, Payment, Ticket
from counter_app.ui import settings as opt
from counter_app.ui import shortcuts as keys
from counter_app.ui.main_window import MainWindow
from counter_app.ui.payment_page import CONFIRM_PAUSE_S
from counter_app.ui.rating_window import RatingWindow
from counter_app.ui.settings import Settings
from counter_app.ui.settings_dialog import SettingsDialog
from counter_app.ui.wizard import BusinessWizard

D = Decimal
NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)  # Tuesday, 10:00 hall time
ACCOUNT = "330101000777"


@pytest.fixture
def owing(ctx: AppContext, clerk: UserInfo) -> AppContext:
    """One account with one unpaid month."""
    ctx.clock = lambda: NOW
    with ctx.write() as s:
        add_owing_account(s, NOW, ACCOUNT, [("202610", "98.60", date(2026, 11, 4))])
    return ctx


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    """A key where the cursor is, as the clerk would press it."""
    qtbot.keyClick(focused(), key, modifier)


def tab_to(qtbot, name: str) -> QWidget:  # type: ignore[no-untyped-def]
    for _ in range(20):
        if focused().objectName() == name:
            return focused()
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name}")


def active(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_a_whole_business_by_keyboard(
    qtbot, window: MainWindow, ctx: AppContext, shown_pdfs: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    active(qtbot, window)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    business = window.catalogue.ui.businessList
    assert window.ui.pages.currentWidget() is window.catalogue and focused() is business
    for _ in range(business.count()):
        if business.currentItem().data(Qt.ItemDataRole.UserRole) == "lv_residential_new":
            break
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    wizard = window.wizard
    assert isinstance(wizard, BusinessWizard) and wizard.isVisible()
    qtbot.waitUntil(wizard.isActiveWindow)

    # Page 1 starts in the ID number (the certificate type already has its default).
    assert focused().objectName() == "field_cert_no"
    qtbot.keyClicks(focused(), "11010519491231002X")
    press(qtbot, Qt.Key.Key_Return)  # the name is still missing: Enter does nothing
    assert wizard.currentId() == 0
    tab_to(qtbot, "field_name")
    type_text(qtbot, focused(), "张三丰")
    tab_to(qtbot, "field_mobile")
    qtbot.keyClicks(focused(), "13812341234")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == 1

    # Page 2: the address first, then the capacity; Enter moves on.
    assert focused().objectName() == "field_address"
    type_text(qtbot, focused(), "城关镇人民路100号3单元")
    tab_to(qtbot, "field_capacity_kw")
    qtbot.keyClicks(focused(), "8")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == 2

    # Page 3: the document to tick has the focus; Space ticks it.
    assert isinstance(focused(), QCheckBox) and focused().objectName() == "doc_applicant_id"
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == 3

    # Page 4: 确认受理 has the focus; Enter accepts the business.
    assert focused() is wizard.button(wizard.WizardButton.FinishButton)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    with ctx.read() as s:
        app = s.scalars(select(Application)).one()
    assert app.business_code == "lv_residential_new" and app.status == "in_progress"
    assert str(app.capacity_kw) == "8.00"
    assert len(shown_pdfs) == 1 and app.application_no in shown_pdfs[0].name

    # Ctrl+P shows the slip again for printing.
    active(qtbot, window)
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert shown_pdfs[-1] == shown_pdfs[0] and len(shown_pdfs) == 2


def test_a_payment_from_f4_to_the_receipt(
    qtbot, window: MainWindow, owing: AppContext, shown_pdfs: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    active(qtbot, window)
    page = window.payment
    press(qtbot, Qt.Key.Key_F4)
    assert window.ui.pages.currentWidget() is page and focused() is page.ui.accountEdit
    qtbot.keyClicks(focused(), ACCOUNT)
    press(qtbot, Qt.Key.Key_Return)  # finds the account: the amount is filled in
    assert focused() is page.ui.arrearsAmountEdit
    assert page.ui.arrearsAmountEdit.text() == "100.57"  # 98.60 and its late fee
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is page.ui.prepaymentEdit
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is page.ui.tenderedEdit
    qtbot.keyClicks(focused(), "200")
    press(qtbot, Qt.Key.Key_Return)  # to the confirm button: no money taken yet
    assert focused() is page.ui.confirmButton
    with owing.read() as s:
        assert s.scalars(select(Payment)).all() == []
    press(qtbot, Qt.Key.Key_Return)  # a bounced (or held) Enter right away takes nothing
    with owing.read() as s:
        assert s.scalars(select(Payment)).all() == []
    assert "再按 Enter" in page.ui.messageLabel.text() and focused() is page.ui.confirmButton
    qtbot.wait(int(CONFIRM_PAUSE_S * 1000) + 100)
    press(qtbot, Qt.Key.Key_Return)  # Enter on 确认收费, once the change was seen, takes it
    with owing.read() as s:
        payment = s.scalars(select(Payment)).one()
    assert (payment.total, payment.change) == (D("100.57"), D("99.43"))
    pdf = shown_pdfs[-1]
    text = pdf_text(pdf)
    assert payment.receipt_no in text
    assert focused() is page.ui.accountEdit  # ready for the next customer

    # F4 again: a clean page, whatever was there.
    qtbot.keyClicks(focused(), "123")
    press(qtbot, Qt.Key.Key_F4)
    assert page.ui.accountEdit.text() == "" and focused() is page.ui.accountEdit


def test_f9_needs_a_complete_payment(
    qtbot, window: MainWindow, owing: AppContext, shown_pdfs: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    active(qtbot, window)
    press(qtbot, Qt.Key.Key_F4)
    qtbot.keyClicks(focused(), ACCOUNT)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_F9)  # cash, but nothing tendered yet
    with owing.read() as s:
        assert s.scalars(select(Payment)).all() == []
    assert shown_pdfs == []


def test_f2_calls_the_next_ticket_from_any_page(qtbot, window: MainWindow, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    ticket = queue.issue_ticket(ctx, "A")
    window.queue.refresh()
    active(qtbot, window)
    press(qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # 业务办理
    assert window.ui.pages.currentWidget() is window.catalogue
    press(qtbot, Qt.Key.Key_F2)
    assert window.ui.pages.currentWidget() is window.queue
    with ctx.read() as s:
        row = s.scalars(select(Ticket).where(Ticket.ticket_no == ticket.ticket_no)).one()
    assert row.status == "called"
    assert ticket.ticket_no in window.queue.ui.messageLabel.text()
    press(qtbot, Qt.Key.Key_F2)  # still serving: says so, calls nobody
    assert "结束接待" in window.queue.ui.messageLabel.text()
    rated: list[int] = []
    window.ask_rating = rated.append  # type: ignore[method-assign]
    press(qtbot, Qt.Key.Key_F8)
    assert window.queue.visit is None
    with ctx.read() as s:
        row = s.scalars(select(Ticket).where(Ticket.ticket_no == ticket.ticket_no)).one()
    assert row.status == "done" and len(rated) == 1  # the customer is asked to rate


def test_f3_lookup_enter_down_enter_pays(qtbot, window: MainWindow, owing: AppContext) -> None:  # type: ignore[no-untyped-def]
    active(qtbot, window)
    window.lookup.ui.searchEdit.setText("old search")
    press(qtbot, Qt.Key.Key_F3)
    edit = window.lookup.ui.searchEdit
    assert focused() is edit and edit.selectedText() == "old search"
    qtbot.keyClicks(focused(), ACCOUNT)  # replaces the selected text
    press(qtbot, Qt.Key.Key_Return)
    assert window.lookup.ui.resultsTable.rowCount() == 1
    press(qtbot, Qt.Key.Key_Down)
    assert focused() is window.lookup.ui.resultsTable
    press(qtbot, Qt.Key.Key_Return)
    assert window.ui.pages.currentWidget() is window.payment
    assert window.payment.due is not None and window.payment.due.account_no == ACCOUNT


def test_f1_overlay_lists_every_shortcut(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    active(qtbot, window)
    shown: dict[str, str] = {}
    for screen, page in (
        ("queue", window.queue),
        ("catalogue", window.catalogue),
        ("lookup", window.lookup),
        ("payment", window.payment),
        ("payments", window.payments),
    ):
        window.show_area(page)
        press(qtbot, Qt.Key.Key_F1)
        overlay = window.help_overlay
        assert overlay is not None and overlay.isVisible()
        labels = "\n".join(label.text() for label in overlay.findChildren(QLabel))
        for entry in keys.for_screen(screen) + keys.for_screen(keys.GLOBAL):
            if entry.action != "goto_page":
                assert keys.keys_text(entry.action) in labels
                assert keys.description(entry.action) in labels
        for key, name in zip(keys.PAGE_KEYS, window.page_names(), strict=False):
            assert (key, f"转到“{name}”") in overlay.rows
        shown.update({k: w for k, w in overlay.rows})
        press(qtbot, Qt.Key.Key_Escape if screen != "payments" else Qt.Key.Key_F1)
        qtbot.waitUntil(lambda: window.help_overlay is None)
    # Every screen of the main window, and together every bound key, was listed.
    listed = set(shown)
    for entry in keys.SHORTCUTS:
        if entry.screen != "wizard":
            assert set(entry.keys) & listed or keys.keys_text(entry.action) in listed


def test_the_wizard_has_its_own_help(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    active(qtbot, window)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Return)
    wizard = window.wizard
    assert wizard is not None
    qtbot.waitUntil(wizard.isActiveWindow)
    press(qtbot, Qt.Key.Key_F1)
    assert wizard.help_overlay is not None
    assert {k for k, _w in wizard.help_overlay.rows} == {"Enter", "Alt+B", "Alt+S", "Esc"}
    press(qtbot, Qt.Key.Key_Escape)  # closes the help, not the wizard
    qtbot.waitUntil(lambda: wizard.help_overlay is None)
    assert wizard.isVisible()


def test_keys_are_unique_and_in_the_tooltips(window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    bound = [k for s in keys.SHORTCUTS if s.bound for k in s.keys]
    assert len(bound) == len(set(bound))
    ui = window.queue.ui
    assert ui.callNextButton.toolTip() == "叫下一位（转到排队叫号）（F2）"
    assert "F2" in ui.callNextButton.text() and "F8" in ui.endButton.text()
    for button, key in (
        (ui.recallButton, "F6"),
        (ui.noShowButton, "F7"),
        (ui.endButton, "F8"),
        (ui.transferButton, "Ctrl+T"),
        (ui.walkInButton, "Ctrl+J"),
        (ui.issueButton, "Ctrl+G"),
        (window.payment.ui.confirmButton, "F9"),
        (window.payments.ui.printButton, "Ctrl+P"),
        (window.lookup.ui.searchEdit, "F3"),
        (window.lookup.ui.searchEdit, "Down"),
    ):
        assert f"（{key}）" in button.toolTip(), button.objectName()
    assert "F9" in window.payment.ui.confirmButton.text()
    nav = window.ui.navList
    assert nav.item(0).toolTip() == f"{nav.item(0).text()}（Ctrl+1）"
    assert window.ui.lockAction.shortcut().toString() == "Ctrl+L"


def test_font_sizes_for_the_clerk_and_the_customer(
    qtbot, window: MainWindow, settings: Settings, tmp_path: Path, ctx: AppContext
) -> None:  # type: ignore[no-untyped-def]
    assert QApplication.font().pointSize() == 11
    dialog = SettingsDialog(settings, str(tmp_path / "printouts"))
    qtbot.addWidget(dialog)
    assert dialog.ui.fontSizeSpin.value() == 11 and dialog.ui.customerFontSizeSpin.value() == 20
    assert (dialog.ui.fontSizeSpin.minimum(), dialog.ui.fontSizeSpin.maximum()) == (9, 18)
    dialog.show()
    dialog.ui.fontSizeSpin.setFocus()
    dialog.ui.fontSizeSpin.selectAll()
    qtbot.keyClicks(dialog.ui.fontSizeSpin, "14")
    dialog.ui.customerFontSizeSpin.setFocus()
    dialog.ui.customerFontSizeSpin.selectAll()
    qtbot.keyClicks(dialog.ui.customerFontSizeSpin, "28")
    qtbot.keyClick(dialog.ui.customerFontSizeSpin, Qt.Key.Key_Return)  # Enter saves
    assert not dialog.isVisible()
    assert (settings.get(opt.FONT_SIZE), settings.get(opt.CUSTOMER_FONT_SIZE)) == (14, 28)
    # Every screen at once, the window's own widgets included.
    assert QApplication.font().pointSize() == 14
    window.payment.ui.accountEdit.ensurePolished()
    assert window.payment.ui.accountEdit.font().pointSize() == 14
    # The style sheet's larger titles grew in step (18pt at 11 → 22.9pt at 14).
    assert "font-size: 22.9pt" in QApplication.instance().styleSheet()  # type: ignore[union-attr]

    # The rating window uses the customer's size.
    called = queue.walk_in(ctx, window.user, "1", "A")
    rating = RatingWindow(ctx, called.visit_id, point_size=settings.get(opt.CUSTOMER_FONT_SIZE))
    qtbot.addWidget(rating)
    rating.ensurePolished()
    rating.ui.rate5Button.ensurePolished()
    rating.ui.titleLabel.ensurePolished()
    assert rating.ui.rate5Button.font().pointSize() == 28
    assert rating.ui.titleLabel.font().pointSize() > 28
