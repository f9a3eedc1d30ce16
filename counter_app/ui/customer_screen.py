"""The customer screen (客显): a second monitor facing the customer.

It shows what the clerk's pages feed it (customer_feed.py): the payment being keyed,
line by line with the late fees' working, the total in words, tendered and change; the
payment done; a business's checklist and promised date; the rating at the end of the
visit (the rating panel of rating_window.py); and between customers, the notices.
Per PC (settings.py): on or off, and which screen. Only one screen: a normal window
the clerk may move (for a PC whose second monitor is not plugged in yet).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from counter_app.domain.clock import to_local
from counter_app.services.context import AppContext
from counter_app.ui import settings as opt
from counter_app.ui.customer_feed import BusinessShown, CustomerView, PaidShown, PaymentShown
from counter_app.ui.customer_views import BusinessView, IdleView, PaidView, PaymentView
from counter_app.ui.rating_window import RatingPanel
from counter_app.ui.settings import Settings

# How long a view stays once its moment has passed, before the notices come back.
PAID_HOLD_MS = 30_000  # 收费成功 / 找零: the customer counts the change
ACCEPTED_HOLD_MS = 30_000  # 已受理: the promised date is read
RATING_HOLD_MS = 120_000  # a customer who walked away without rating stays unrated
NOTICES_REFRESH_MS = 60_000
WINDOW_SIZE = (1024, 640)  # the movable window on a PC with one screen


def style_sheet(point_size: int) -> str:
    """The customer's type: the base size is the PC's setting (CUSTOMER_FONT_SIZE)."""

    def pt(scale: float) -> int:
        return round(point_size * scale)

    return (
        f"* {{ font-size: {point_size}pt; }}"
        " QWidget#customerScreen, QWidget#csLines, QScrollArea#csLinesScroll"
        " { background: #ffffff; }"
        " QLabel { color: #222222; }"
        f" QFrame#csHeader {{ background: #0b4f8a; }}"
        f" QFrame#csHeader QLabel {{ color: #ffffff; font-size: {pt(0.9)}pt; }}"
        f" QLabel#csWelcome {{ font-size: {pt(1.6)}pt; color: #0b4f8a; padding: 16px; }}"
        f" QLabel#csNoticesTitle, QLabel#csBusiness {{ font-size: {pt(1.1)}pt;"
        " font-weight: bold; color: #0b4f8a; }"
        f" QLabel[role='head'] {{ color: #555555; font-size: {pt(0.8)}pt; }}"
        f" QLabel[role='notice'] {{ font-size: {pt(0.8)}pt; }}"
        f" QLabel[role='working'] {{ color: #555555; font-size: {pt(0.7)}pt;"
        " padding-bottom: 6px; }"
        f" QFrame#csSums {{ border-top: 2px solid #0b4f8a; }}"
        f" QLabel#csTotal {{ font-size: {pt(1.5)}pt; font-weight: bold; color: #0b4f8a; }}"
        f" QLabel#csChange {{ font-size: {pt(1.3)}pt; font-weight: bold; }}"
        f" QLabel#csPaidHeadline {{ font-size: {pt(2.2)}pt; font-weight: bold; color: #1b7a3a; }}"
        f" QLabel#csPaidAmounts {{ font-size: {pt(1.5)}pt; }}"
        f" QLabel#csPromised, QLabel#csAccepted {{ font-size: {pt(1.1)}pt; font-weight: bold; }}"
    )


class CustomerScreen(QWidget):
    """One window, one view at a time; the pages' feed decides which."""

    def __init__(self, ctx: AppContext, hall_name: str, counter: str, point_size: int = 20) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.ctx, self.point_size = ctx, point_size
        self.setObjectName("customerScreen")
        self.setWindowTitle(self.tr("客户显示屏"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(style_sheet(point_size))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._header(hall_name, counter))
        self.stack = QStackedWidget()
        body = QVBoxLayout()
        body.setContentsMargins(24, 12, 24, 16)
        body.addWidget(self.stack)
        column.addLayout(body, 1)
        self.idle = IdleView(ctx)
        self.payment = PaymentView()
        self.paid = PaidView()
        self.business = BusinessView()
        self.rating_host = QWidget()
        self.rating_host.setLayout(QVBoxLayout())
        for view in (self.idle, self.payment, self.paid, self.business, self.rating_host):
            self.stack.addWidget(view)
        self.rating: RatingPanel | None = None
        # Back to the notices once a view's moment has passed.
        self.hold = QTimer(self)
        self.hold.setSingleShot(True)
        self.hold.timeout.connect(self.show_idle)
        self.ticker = QTimer(self)
        self.ticker.timeout.connect(self._tick)
        self.ticker.start(1000)
        self.ticks = 0
        self.show_idle()

    def _header(self, hall_name: str, counter: str) -> QWidget:
        header = QFrame()
        header.setObjectName("csHeader")
        row = QHBoxLayout(header)
        row.setContentsMargins(24, 8, 24, 8)
        self.hall = QLabel(self.tr("{0}　{1}号柜台").format(hall_name, counter))
        self.hall.setObjectName("csHall")
        self.clock = QLabel()
        self.clock.setObjectName("csClock")
        row.addWidget(self.hall, 1)
        row.addWidget(self.clock)
        self._show_time()
        return header

    def _show_time(self) -> None:
        now = to_local(self.ctx.clock())
        self.clock.setText(
            self.tr("{0}年{1}月{2}日 {3}").format(
                now.year, now.month, now.day, now.strftime("%H:%M")
            )
        )

    def _tick(self) -> None:
        self._show_time()
        self.ticks += 1
        if self.stack.currentWidget() is self.idle and self.ticks * 1000 >= NOTICES_REFRESH_MS:
            self.ticks = 0
            self.idle.refresh()

    # -- what the pages feed -------------------------------------------------------

    def show_view(self, view: CustomerView) -> None:
        """A page's value for the customer (customer_feed.py); None: nothing now."""
        if view is None:
            # The clerk's emptied form does not cut short a view held for its moment
            # (收费成功 and the change, 已受理, the rating): its timer brings the notices.
            if not self.hold.isActive():
                self.show_idle()
            return
        if isinstance(view, PaymentShown):
            self.payment.show_payment(view)
            self._show(self.payment)
        elif isinstance(view, PaidShown):
            self.paid.show_paid(view)
            self._show(self.paid, PAID_HOLD_MS)
        elif isinstance(view, BusinessShown):
            self.business.show_business(view)
            self._show(self.business, ACCEPTED_HOLD_MS if view.application_no else 0)

    def ask_rating(self, visit_id: int) -> RatingPanel:
        """The visit's rating on this screen; the notices come back once it is given."""
        self._drop_rating()
        panel = RatingPanel(self.ctx, visit_id, self.rating_host, self.point_size)
        panel.done.connect(self.show_idle)
        layout = self.rating_host.layout()
        assert layout is not None
        layout.addWidget(panel)
        self.rating = panel
        self._show(self.rating_host, RATING_HOLD_MS)
        return panel

    def show_idle(self) -> None:
        self._drop_rating()
        self.idle.refresh()
        self.ticks = 0
        self._show(self.idle)

    def _show(self, view: QWidget, hold_ms: int = 0) -> None:
        if view is not self.rating_host:
            self._drop_rating()
        self.hold.stop()
        if hold_ms:
            self.hold.start(hold_ms)
        self.stack.setCurrentWidget(view)

    def _drop_rating(self) -> None:
        if self.rating is not None:
            self.rating.hide()
            self.rating.deleteLater()
            self.rating = None

    # -- where it is shown ---------------------------------------------------------

    def place(self, screen_index: int) -> None:
        """Full screen on the chosen screen; a movable window where the PC has only one."""
        screens = QGuiApplication.screens()
        if len(screens) > 1 and 0 <= screen_index < len(screens):
            screen = screens[screen_index]
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
            self.showFullScreen()
            return
        self.resize(*WINDOW_SIZE)
        self.show()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ticker.stop()
        self.hold.stop()
        super().closeEvent(event)


def open_customer_screen(
    ctx: AppContext, hall_name: str, settings: Settings
) -> CustomerScreen | None:
    """The PC's customer screen if it is switched on (settings.py), shown; else None."""
    if not settings.get(opt.CUSTOMER_SCREEN_ON):
        return None
    screen = CustomerScreen(
        ctx,
        hall_name,
        str(settings.get(opt.COUNTER)),
        settings.get(opt.CUSTOMER_FONT_SIZE),
    )
    screen.place(settings.get(opt.CUSTOMER_SCREEN_INDEX))
    return screen
