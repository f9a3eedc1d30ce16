"""The payment page on a day the clerk has settled (已日结): said as soon as the page shows,
确认收费 held, and the supervisor's way through — 重开日结 or 计入次日日结.

The services decide (settlement.reopen_day, payments.take_payment with ``next_day_by``),
checking the supervisor as the store has them; this only asks and shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from counter_app.services import payments, settlement
from counter_app.services.auth import UserInfo
from counter_app.ui import supervisor_dialog
from counter_app.ui.refusals import refusal_shown, say_done, say_info

if TYPE_CHECKING:
    from counter_app.ui.payment_page import PaymentPage

REOPEN, NEXT_DAY = "reopen", "next_day"


def ask_choice(parent: QWidget) -> str | None:
    """重开日结, 计入次日 or nothing. Modal; tests replace this entry point on the module."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("SettledDay", "今日已日结"))
    box.setText(
        QCoreApplication.translate("SettledDay", "今日已日结。请值班长选择如何处理本笔收费：")
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "SettledDay",
            "重开日结：原日结保留为记录，今日可继续收费，下班前须重新清点并日结。\n"
            "计入次日：本笔现在收费，计入明天的日结。",
        )
    )
    reopen = box.addButton(
        QCoreApplication.translate("SettledDay", "重开日结…"), QMessageBox.ButtonRole.AcceptRole
    )
    next_day = box.addButton(
        QCoreApplication.translate("SettledDay", "计入次日日结"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(next_day)
    box.exec()
    clicked = box.clickedButton()
    return REOPEN if clicked is reopen else NEXT_DAY if clicked is next_day else None


def ask_reason(parent: QWidget) -> str | None:
    """Why the day is reopened. Modal; tests replace this entry point on the module."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("SettledDay", "重开日结"),
        QCoreApplication.translate("SettledDay", "重开日结的原因（必填）："),
    )
    return text if ok else None


class SettledDay:
    """Whether this clerk's day is settled, and the supervisor's word for one payment."""

    def __init__(self, page: PaymentPage) -> None:
        self.page = page
        self.settled = False
        self.next_day_by: UserInfo | None = None  # for the payment on screen only
        page.ui.supervisorButton.clicked.connect(self.ask)
        page.ui.supervisorButton.hide()

    def blocks_payment(self) -> bool:
        return self.settled and self.next_day_by is None

    def check(self) -> None:
        """Read the day's state now and say it (the page was shown, F5, a new payment)."""
        page = self.page
        self.settled = settlement.is_settled(page.ctx, page.user, payments.today(page.ctx))
        if not self.settled:
            self.next_day_by = None
        page.ui.supervisorButton.setVisible(self.settled)
        self.say()

    def say(self) -> None:
        """The day's state on the message line (cleared when there is nothing to say)."""
        line = self.page.ui.messageLabel
        if not self.settled:
            line.clear()
        elif self.next_day_by is not None:
            say_info(
                line,
                QCoreApplication.translate(
                    "SettledDay", "今日已日结。值班长 {0} 已授权：本笔收费计入次日日结"
                ).format(self.next_day_by.display_name),
            )
        else:
            say_info(
                line,
                QCoreApplication.translate(
                    "SettledDay",
                    "今日已日结，不能直接收费。请值班长处理：重开日结，或本笔计入次日日结",
                ),
            )

    def ask(self) -> None:
        page = self.page
        choice = ask_choice(page)
        if choice is None:
            return
        if choice == REOPEN:
            reason = ask_reason(page)
            if reason is None:
                return
            boss = supervisor_dialog.ask_supervisor(
                page.ctx, QCoreApplication.translate("SettledDay", "重开今日日结"), page
            )
            if boss is None:
                return
            with refusal_shown(page, line=page.ui.messageLabel) as refused:
                number = settlement.reopen_day(
                    page.ctx, page.user, payments.today(page.ctx), reason, boss
                )
            if refused:
                return
            self.check()
            say_done(
                page.ui.messageLabel,
                QCoreApplication.translate(
                    "SettledDay", "日结 {0} 已重开：可以继续收费，下班前请重新清点并日结"
                ).format(number),
            )
        else:
            boss = supervisor_dialog.ask_supervisor(
                page.ctx, QCoreApplication.translate("SettledDay", "本笔收费计入次日日结"), page
            )
            if boss is None:
                return
            # The service checks the supervisor's role as the store has it at booking.
            self.next_day_by = boss
            self.say()
        page.update_quote()
