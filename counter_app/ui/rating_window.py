"""The customer's rating (一次一评): on the second screen when there is one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from counter_app.services import ratings
from counter_app.services.context import AppContext
from counter_app.ui.forms.ui_rating_window import Ui_RatingWindow
from counter_app.ui.i18n import tr_data
from counter_app.ui.refusals import refusal_shown, say_done

# Texts are translated in one context, "RatingWindow", for the panel and the window:
# PySide's self.tr would look them up under whichever subclass is running.
THANKS_MS = 1500  # how long 谢谢您的评价 stays before the rating goes away


def _businesses(text: str) -> str:
    """The visit's businesses ("低压居民新装、缴费") with each one translated."""
    parts = text.split("、")
    shown = [tr_data(p) for p in parts]
    return "、".join(shown) if shown == parts else ", ".join(shown)


class RatingPanel(QWidget):
    """Five big buttons facing the customer; leaving without a choice is 'unrated'.

    The content only: the customer screen (customer_screen.py) shows it as one of its
    views; without a customer screen, RatingWindow shows it on its own."""

    rated = Signal(object)  # the RatingResult
    done = Signal()  # the thanks have been read: whoever shows the panel may move on

    def __init__(
        self,
        ctx: AppContext,
        visit_id: int,
        parent: QWidget | None = None,
        point_size: int = 20,
        flags: Qt.WindowType = Qt.WindowType.Widget,
    ) -> None:
        super().__init__(parent, flags)
        self.ui = Ui_RatingWindow()
        self.ui.setupUi(self)
        # The customer's own, larger type (a setting of this PC); the hall's style sheet sizes
        # the title, so the sizes are set in this window's sheet, which takes precedence.
        self.point_size = point_size
        self.setStyleSheet(
            f"* {{ font-size: {point_size}pt; }}"
            f" QLabel#titleLabel {{ font-size: {round(point_size * 1.3)}pt; }}"
        )
        self.ctx, self.visit_id = ctx, visit_id
        self.result: ratings.RatingResult | None = None
        prompt = ratings.rating_prompt(ctx, visit_id)
        paid = (
            QCoreApplication.translate("RatingWindow", "　本次缴费 {0} 元").format(
                f"{prompt.amount_paid:,.2f}"
            )
            if prompt.amount_paid
            else ""
        )
        self.ui.infoLabel.setText(
            QCoreApplication.translate(
                "RatingWindow", "您办理的业务：{0}{1}\n为您服务的是 {2}，{3}号柜台"
            ).format(_businesses(prompt.business), paid, prompt.clerk, prompt.counter)
        )
        names = dict(prompt.ratings)
        for value in (5, 4, 3, 2, 1):
            button = getattr(self.ui, f"rate{value}Button")
            button.setText(tr_data(names.get(value, str(value))))
            button.setMinimumHeight(max(90, point_size * 4))
            button.clicked.connect(lambda _on=False, v=value: self.rate(v))
        self.ui.skipButton.clicked.connect(lambda: self.rate(None))

    def rate(self, value: int | None) -> None:
        with refusal_shown(self, line=self.ui.thanksLabel) as refused:
            self.result = ratings.rate_visit(self.ctx, self.visit_id, value)
        if refused:
            return
        say_done(
            self.ui.thanksLabel,
            QCoreApplication.translate("RatingWindow", "谢谢您的评价！") if value else "",
        )
        for value_ in (5, 4, 3, 2, 1):
            getattr(self.ui, f"rate{value_}Button").setEnabled(False)
        self.rated.emit(self.result)
        QTimer.singleShot(THANKS_MS, self._thanked)

    def _thanked(self) -> None:
        self.done.emit()


class RatingWindow(RatingPanel):
    """The panel as a window of its own: the PC has no customer screen set up."""

    def __init__(
        self,
        ctx: AppContext,
        visit_id: int,
        parent: QWidget | None = None,
        point_size: int = 20,
    ) -> None:
        super().__init__(ctx, visit_id, parent, point_size, Qt.WindowType.Window)
        self.done.connect(self.close)

    def show_to_customer(self) -> None:
        """Full screen on the customer's screen when the PC has two; else a normal window."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            self.setScreen(screens[1])
            self.setGeometry(screens[1].geometry())
            self.showFullScreen()
        else:
            self.resize(900, 520)
            self.show()
            self.raise_()
