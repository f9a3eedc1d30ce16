"""The customer's rating (一次一评): on the second screen when there is one."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QWidget

from counter_app.services import ratings
from counter_app.services.context import AppContext
from counter_app.services.errors import UserError
from counter_app.ui.forms.ui_rating_window import Ui_RatingWindow
from counter_app.ui.i18n import tr_message


class RatingWindow(QWidget):
    """Five big buttons facing the customer; leaving without a choice is 'unrated'."""

    rated = Signal(object)  # the RatingResult

    def __init__(self, ctx: AppContext, visit_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ui = Ui_RatingWindow()
        self.ui.setupUi(self)
        self.ctx, self.visit_id = ctx, visit_id
        self.result: ratings.RatingResult | None = None
        prompt = ratings.rating_prompt(ctx, visit_id)
        paid = (
            self.tr("　本次缴费 {0} 元").format(f"{prompt.amount_paid:,.2f}")
            if prompt.amount_paid
            else ""
        )
        self.ui.infoLabel.setText(
            self.tr("您办理的业务：{0}{1}\n为您服务的是 {2}，{3}").format(
                prompt.business, paid, prompt.clerk, prompt.counter
            )
        )
        big = QFont(self.font())
        big.setPointSize(20)
        self.ui.titleLabel.setFont(big)
        names = dict(prompt.ratings)
        for value in (5, 4, 3, 2, 1):
            button = getattr(self.ui, f"rate{value}Button")
            button.setText(names.get(value, str(value)))
            button.setMinimumHeight(90)
            button.setFont(big)
            button.clicked.connect(lambda _on=False, v=value: self.rate(v))
        self.ui.skipButton.clicked.connect(lambda: self.rate(None))

    def rate(self, value: int | None) -> None:
        try:
            self.result = ratings.rate_visit(self.ctx, self.visit_id, value)
        except UserError as exc:
            self.ui.thanksLabel.setText(tr_message(exc))
            return
        self.ui.thanksLabel.setText(self.tr("谢谢您的评价！") if value else "")
        for value_ in (5, 4, 3, 2, 1):
            getattr(self.ui, f"rate{value_}Button").setEnabled(False)
        self.rated.emit(self.result)
        QTimer.singleShot(1500, self.close)

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
