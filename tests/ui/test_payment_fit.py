"""The payment page on a hall PC's screen: 1366×768 and 1280×720, default and large type.

The total, its amount in words, the cash tendered and the change must stay in sight
whatever the months and fees on the left need (issue 16: they sat below a scroll box).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)
from support import add_owing_account, type_text

from counter_app.services.context import AppContext
from counter_app.store.models import FeeItem
from counter_app.ui.look import BASE_POINT_SIZE, set_point_size
from counter_app.ui.main_window import MainWindow

NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)  # Tuesday, 10:00 hall time
ACCOUNT = "330101000778"
# The large type the page must still fit at: the settings offer up to 18 pt, but 18 pt on
# a 720-pixel screen leaves no room for the bills; 14 pt is the "large" a clerk picks.
LARGE = 14
SCREENS = [(1366, 768), (1280, 720)]


@pytest.fixture
def loaded(ctx: AppContext) -> AppContext:
    """Three months owing with late fees: more lines than the quote box shows at once."""
    ctx.clock = lambda: NOW
    with ctx.write() as s:
        add_owing_account(
            s,
            NOW,
            ACCOUNT,
            [
                ("202608", "212.30", date(2026, 9, 5)),
                ("202609", "123.40", date(2026, 10, 5)),
                ("202610", "98.60", date(2026, 11, 4)),
            ],
        )
        s.add(
            FeeItem(
                code="F01",
                name="电能表校验费",
                method="固定",
                unit_price=Decimal("20.0000"),
                unit="次",
                basis="示例物价文件",
                valid_from=date(2026, 1, 1),
                valid_to=None,
                imported_at=NOW,
            )
        )
    return ctx


@pytest.fixture
def point_size(qapp):  # type: ignore[no-untyped-def]
    """Set the app's type size for one test, and back to the default after it."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    yield lambda size: set_point_size(app, size)
    set_point_size(app, BASE_POINT_SIZE)


def in_sight(widget: QWidget, window: MainWindow) -> bool:
    """Shown, inside the window's rect, and not inside (so clipped by) any scroll viewport."""
    if not widget.isVisible() or widget.width() <= 0 or widget.height() <= 0:
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return False
        parent = parent.parentWidget()
    top_left = widget.mapTo(window, QPoint(0, 0))
    return window.rect().contains(QRect(top_left, widget.size()))


def only_payment_counts(window: MainWindow) -> None:
    """The other pages ask the window for no room (tests/ui of their own check them): what
    is measured here is the payment page with the window's menus, banner and status bar."""
    stack = window.payment.parentWidget()
    assert isinstance(stack, QStackedWidget)
    for i in range(stack.count()):
        if stack.widget(i) is not window.payment:
            stack.widget(i).setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
    QApplication.processEvents()  # the window's layout takes the new minimum before a resize


def open_loaded(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = window.payment
    page.load_fee_items()
    window.new_payment()
    type_text(qtbot, page.ui.accountEdit, ACCOUNT)
    qtbot.keyClick(page.ui.accountEdit, Qt.Key.Key_Return)
    page.ui.quantityEdit.setText("1")
    page.add_fee()
    page.ui.tenderedEdit.setText("1000")
    page.update_quote()


@pytest.mark.parametrize("size", [BASE_POINT_SIZE, LARGE])
@pytest.mark.parametrize(("width", "height"), SCREENS)
def test_total_words_tendered_and_change_in_sight(
    qtbot, window: MainWindow, loaded: AppContext, point_size, size: int, width: int, height: int
) -> None:  # type: ignore[no-untyped-def]
    point_size(size)
    only_payment_counts(window)
    open_loaded(qtbot, window)
    QApplication.processEvents()
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.size().toTuple() == (width, height), timeout=2000)
    # The window can be made that small at all: its layouts ask for no more.
    hint = window.minimumSizeHint()
    assert hint.width() <= width and hint.height() <= height, hint
    page = window.payment
    ui = page.ui
    assert ui.totalLabel.text().startswith("¥"), ui.quoteView.toPlainText() + ui.messageLabel.text()
    assert ui.wordsLabel.text().startswith("人民币") and ui.wordsLabel.text().endswith(("整", "分"))
    assert ui.changeLabel.text() not in ("", "—")
    for widget in (
        ui.totalLabel,
        ui.wordsLabel,
        ui.tenderedEdit,
        ui.changeLabel,
        ui.confirmButton,
        ui.messageLabel,
    ):
        assert in_sight(widget, window), (widget.objectName(), size, width, height)
    # The words are not cut: the label is as tall as its wrapped text needs.
    words = ui.wordsLabel
    assert words.height() >= words.heightForWidth(words.width())
    # The bills stay usable: at least one row of the table and of the quote in sight.
    assert ui.billsTable.viewport().height() >= ui.billsTable.verticalHeader().defaultSectionSize()
    assert ui.quoteView.viewport().height() >= ui.quoteView.fontMetrics().height()


def test_quote_keeps_its_place_after_an_edit(qtbot, window: MainWindow, loaded: AppContext) -> None:  # type: ignore[no-untyped-def]
    """Scrolled down to the last month's late fee, the clerk types the cash: the quote
    stays where it was (setHtml used to put it back at its top after every key)."""
    window.resize(1280, 720)
    open_loaded(qtbot, window)
    page = window.payment
    bar = page.ui.quoteView.verticalScrollBar()
    page.ui.quoteView.setFixedHeight(60)  # fewer lines in sight than the quote holds
    page.update_quote()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    kept = bar.value()
    page.ui.tenderedEdit.clear()
    type_text(qtbot, page.ui.tenderedEdit, "600")
    assert bar.value() == kept
    assert page.ui.changeLabel.text() == f"{600 - float(page.shown_quote.total):,.2f}"


def test_each_new_payment_starts_in_cash(qtbot, window: MainWindow, loaded: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = window.payment
    open_loaded(qtbot, window)
    page.ui.methodCombo.setCurrentIndex(page.ui.methodCombo.findData("card"))
    page.ui.referenceEdit.setText("POS1")
    qtbot.keyClick(window, Qt.Key.Key_F4)
    assert page.ui.methodCombo.currentData() == "cash"
    assert page.ui.tenderedEdit.text() == "" and page.ui.tenderedEdit.isEnabled()
    assert page.ui.accountEdit.hasFocus() and page.ui.accountEdit.text() == ""
    # And after a card payment is taken, the next one is cash again.
    open_loaded(qtbot, window)
    page.ui.methodCombo.setCurrentIndex(page.ui.methodCombo.findData("card"))
    page.ui.referenceEdit.setText("POS123456")
    page.update_quote()
    assert page.confirm() is not None
    assert page.ui.methodCombo.currentData() == "cash"
    assert page.ui.tenderedEdit.text() == "" and page.ui.accountEdit.hasFocus()
