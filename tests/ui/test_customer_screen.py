"""The customer screen (客显) through the real clerk's screens: a payment keyed on the
payment page shows on it line for line (masked), then 收费成功 and the change; a business's
checklist and promised date; the rating given on it lands in the database; between
customers, the notices."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from business_samples import (
    OTHER_PERSON_ID,
    click,
    fill_page,
    hall_today,
    sample_values,
    tick_required,
    walk_to_confirm,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QWizard
from support import add_owing_account, type_text

from counter_app.domain.money import amount_in_words
from counter_app.services import announcements, applications, counter_visit, queue
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.store.models import FeeItem, Visit
from counter_app.ui import settings as opt
from counter_app.ui.customer_screen import CustomerScreen
from counter_app.ui.day_text import day_text
from counter_app.ui.main_window import MainWindow
from counter_app.ui.rating_window import RatingWindow
from counter_app.ui.settings import Settings
from counter_app.ui.settings_dialog import SettingsDialog
from counter_app.ui.wizard import ConfirmPage, DocumentsPage

D = Decimal
NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)  # Tuesday, 10:00 hall time
ACCOUNT = "330101000777"


@pytest.fixture
def owing(ctx: AppContext, clerk: UserInfo) -> AppContext:
    """Two months late (each with its late fee) and a business fee HQ has set."""
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


@pytest.fixture
def window(  # type: ignore[no-untyped-def]
    qtbot,
    app_look,
    owing: AppContext,
    hall: tuple[HallInfo, UserInfo],
    clerk: UserInfo,
    settings: Settings,
    tmp_path: Path,
    shown_pdfs: list[Path],
) -> MainWindow:
    """The clerk's window on a PC with its customer screen switched on."""
    settings.set(opt.CUSTOMER_SCREEN_ON, 1)
    win = MainWindow(owing, hall[0], clerk, settings, tmp_path / "printouts")
    qtbot.addWidget(win)
    assert win.customer_screen is not None
    qtbot.addWidget(win.customer_screen)
    win.show_pdf = shown_pdfs.append  # type: ignore[method-assign]
    win.resize(1200, 760)
    win.show()
    return win


def screen_of(window: MainWindow) -> CustomerScreen:
    assert window.customer_screen is not None
    return window.customer_screen


def every_text(screen: CustomerScreen) -> str:
    """Everything the customer can read on the screen now."""
    return "\n".join(
        label.text() for label in screen.findChildren(QLabel) if label.isVisibleTo(screen)
    )


def test_a_payment_shows_to_the_customer_as_the_clerk_sees_it(
    qtbot, window: MainWindow, owing: AppContext, shown_pdfs: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    screen = screen_of(window)
    assert screen.isVisible() and screen.stack.currentWidget() is screen.idle
    window.show_area(window.payment)
    page = window.payment
    type_text(qtbot, page.ui.accountEdit, ACCOUNT)
    qtbot.keyClick(page.ui.accountEdit, Qt.Key.Key_Return)
    page.ui.feeCombo.setCurrentIndex(page.ui.feeCombo.findData("F01"))
    qtbot.mouseClick(page.ui.addFeeButton, Qt.MouseButton.LeftButton)
    type_text(qtbot, page.ui.tenderedEdit, "300")
    quote = page.shown_quote
    assert quote is not None and page.ui.confirmButton.isEnabled()

    assert screen.stack.currentWidget() is screen.payment
    view = screen.payment
    # The account and name masked: never the whole number or name.
    shown = every_text(screen)
    assert "3301****0777" in view.account.text() and "王**" in view.account.text()
    assert ACCOUNT not in shown and "王小明" not in shown
    # Line for line the clerk's quote: two months with their late fees' working, one fee.
    assert [
        (r["month"].text(), r["principal"].text(), r["late_fee"].text(), r["amount"].text())
        for r in view.rows
    ] == [
        (line.bill_month, f"{line.principal:,.2f}", f"{line.late_fee:,.2f}", f"{line.amount:,.2f}")
        for line in quote.lines
    ]
    assert [r["month"].text() for r in view.rows[:2]] == ["202609", "202610"]
    assert [r["late_fee"].text() for r in view.rows[:2]] == ["6.17", "1.97"]
    assert "123.40元×1‰×50天=6.17元" in view.rows[0]["working"].text()
    assert "98.60元×1‰×20天=1.97元" in view.rows[1]["working"].text()
    assert view.rows[2]["item"].text() == "电能表校验费"
    assert view.rows[2]["working"].text() == page.quote_note(quote.lines[2])
    # 230.14 owed + 20.00 fee; 300 tendered, 49.86 back: as on the clerk's quote.
    assert quote.total == D("250.14") and quote.change == D("49.86")
    assert view.total.text() == "合计：¥250.14"
    assert (
        view.words.text() == f"人民币{amount_in_words(D('250.14'))}" == "人民币贰佰伍拾元壹角肆分"
    )
    assert view.tendered.text() == "实收：300.00 元" and view.change.text() == "找零：49.86 元"
    # The clerk's panel (payment_page's total block) shows the same figures.
    assert page.ui.totalLabel.text() == "¥250.14" and page.ui.changeLabel.text() == "49.86"
    assert "贰佰伍拾元壹角肆分" in page.ui.wordsLabel.text()

    # The customer sees the tendered amount change as it is typed.
    page.ui.tenderedEdit.clear()
    type_text(qtbot, page.ui.tenderedEdit, "260")
    assert view.change.text() == "找零：9.86 元"

    qtbot.mouseClick(page.ui.confirmButton, Qt.MouseButton.LeftButton)
    assert "找零 9.86" in page.ui.messageLabel.text()
    # 收费成功 and the change stay, though the clerk's form is empty again.
    assert screen.stack.currentWidget() is screen.paid
    assert "收费成功" in screen.paid.headline.text()
    assert "找零 9.86 元" in screen.paid.amounts.text()
    assert "250.14" in screen.paid.amounts.text()
    window.new_payment()  # F4: the next payment's empty form
    assert screen.stack.currentWidget() is screen.paid
    # After the hold, back to the notices.
    screen.hold.setInterval(10)
    screen.hold.start()
    qtbot.waitUntil(lambda: screen.stack.currentWidget() is screen.idle, timeout=2000)


def test_a_cleared_payment_leaves_the_customer_screen(
    qtbot, window: MainWindow, owing: AppContext
) -> None:  # type: ignore[no-untyped-def]
    screen = screen_of(window)
    page = window.payment
    type_text(qtbot, page.ui.accountEdit, ACCOUNT)
    qtbot.keyClick(page.ui.accountEdit, Qt.Key.Key_Return)
    assert screen.stack.currentWidget() is screen.payment
    assert screen.payment.tendered.text() == "" and screen.payment.change.text() == ""
    qtbot.mouseClick(page.ui.clearButton, Qt.MouseButton.LeftButton)
    assert screen.stack.currentWidget() is screen.idle


def test_the_rating_is_given_on_the_customer_screen(
    qtbot, window: MainWindow, owing: AppContext, clerk: UserInfo
) -> None:  # type: ignore[no-untyped-def]
    screen = screen_of(window)
    called = queue.walk_in(owing, clerk, "1", "A")
    counter_visit.end_visit(owing, clerk, called.visit_id, "completed")
    window.ask_rating(called.visit_id)
    assert screen.stack.currentWidget() is screen.rating_host
    panel = screen.rating
    assert panel is not None and panel.isVisibleTo(screen)
    assert not isinstance(panel, RatingWindow) and not panel.isWindow()
    assert not any(isinstance(w, RatingWindow) for w in window.findChildren(RatingWindow))
    qtbot.mouseClick(panel.ui.rate5Button, Qt.MouseButton.LeftButton)
    assert "谢谢" in panel.ui.thanksLabel.text()
    with owing.read() as s:
        assert s.get_one(Visit, called.visit_id).rating == 5
    # The thanks read, the notices come back.
    qtbot.waitUntil(lambda: screen.stack.currentWidget() is screen.idle, timeout=5000)
    assert screen.rating is None


# The offscreen platform cannot raise a window; a real desktop can.
@pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)")
def test_without_a_customer_screen_the_rating_has_its_window(
    qtbot, app_look, owing: AppContext, hall, clerk: UserInfo, settings: Settings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(owing, hall[0], clerk, settings, tmp_path / "printouts")
    qtbot.addWidget(win)
    assert win.customer_screen is None  # off unless the PC is set up for one
    called = queue.walk_in(owing, clerk, "1", "A")
    counter_visit.end_visit(owing, clerk, called.visit_id, "completed")
    win.ask_rating(called.visit_id)
    rating = win.rating_window
    qtbot.addWidget(rating)
    assert isinstance(rating, RatingWindow) and rating.isWindow() and rating.isVisible()
    qtbot.mouseClick(rating.ui.rate4Button, Qt.MouseButton.LeftButton)
    with owing.read() as s:
        assert s.get_one(Visit, called.visit_id).rating == 4
    qtbot.waitUntil(lambda: not rating.isVisible(), timeout=5000)


def test_a_business_shows_its_checklist_and_promised_date(
    qtbot, window: MainWindow, owing: AppContext
) -> None:  # type: ignore[no-untyped-def]
    screen = screen_of(window)
    code = "lv_residential_new"
    # Not the owing account's holder: a customer with arrears may not apply.
    values = {**sample_values(code, hall_today(owing)), "cert_no": OTHER_PERSON_ID}
    wizard = window.start_business(code)
    assert screen.stack.currentWidget() is screen.business
    assert "低压居民新装" in screen.business.business.text()
    assert screen.business.promised.text() == ""
    # On to the checklist: nothing received yet, then each ticked as it is handed over.
    for _ in range(len(wizard.defn.pages)):
        if isinstance(wizard.currentPage(), DocumentsPage):
            break
        fill_page(qtbot, wizard, values)
        click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.currentPage()
    assert all("☐" in item.text() for item in screen.business.items)
    boxes = page.findChildren(QCheckBox)
    assert len(screen.business.items) == len(boxes) > 0
    first = boxes[0]
    first.setChecked(True)
    assert "☑" in screen.business.items[0].text()
    assert all("☐" in item.text() for item in screen.business.items[1:])
    tick_required(wizard)
    walk_to_confirm(qtbot, wizard, values)
    assert isinstance(wizard.currentPage(), ConfirmPage)
    promised, _steps = applications.preview_dates(owing, code, wizard.values)
    assert screen.business.promised.text() == f"承诺完成日期：{day_text(promised)}"
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    accepted = wizard.result_application
    assert accepted is not None
    # Accepted: the number stays on the customer's screen after the wizard has closed.
    assert screen.stack.currentWidget() is screen.business
    assert accepted.application_no in screen.business.accepted.text()


def test_a_cancelled_business_leaves_the_customer_screen(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    screen = screen_of(window)
    wizard = window.start_business("lv_residential_new")
    assert screen.stack.currentWidget() is screen.business
    wizard.reject()
    assert screen.stack.currentWidget() is screen.idle


def test_between_customers_the_notices_show(
    qtbot, window: MainWindow, owing: AppContext, supervisor: UserInfo
) -> None:  # type: ignore[no-untyped-def]
    screen = screen_of(window)
    announcements.create(
        owing,
        supervisor,
        kind="unplanned_outage",
        title="人民路10kV线路故障抢修",
        area="人民路、解放街",
        starts_at=NOW - timedelta(minutes=40),
        ends_at=None,
        reason="10kV城关线故障跳闸，正在抢修",
    )
    assert not any("人民路10kV" in label.text() for label in screen.idle.labels)
    screen.show_idle()
    assert screen.stack.currentWidget() is screen.idle
    assert any("人民路10kV线路故障抢修" in label.text() for label in screen.idle.labels)
    assert "2026年11月24日 10:00" in screen.clock.text()  # the hall's time, not the PC's


def test_the_settings_tab_switches_the_customer_screen_on(
    qtbot, app_look, settings: Settings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(settings, str(tmp_path / "printouts"))
    qtbot.addWidget(dialog)
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "客户显示屏" in titles
    section = dialog.tabs.widget(titles.index("客户显示屏"))
    box = section.findChild(QCheckBox, "customerScreenOnBox")
    assert box is not None and not box.isChecked()
    box.setChecked(True)
    qtbot.mouseClick(dialog.ui.okButton, Qt.MouseButton.LeftButton)
    assert settings.get(opt.CUSTOMER_SCREEN_ON) == 1
    # The offscreen PC has one screen: the second (unplugged) stays the choice.
    assert settings.get(opt.CUSTOMER_SCREEN_INDEX) == 1


def test_the_customer_screen_uses_the_customers_type_size(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    screen = screen_of(window)
    screen.ensurePolished()
    screen.payment.total.ensurePolished()
    assert screen.payment.total.font().pointSize() > 20  # 1.5 × the default 20
