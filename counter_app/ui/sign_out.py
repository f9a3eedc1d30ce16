"""注销 / 切换用户: the shift changes without quitting the program.

The window asks before it throws work away (a wizard being filled in is offered as a
draft through the wizard's own question; a payment keyed but not taken), refuses while a
customer is still being served at this counter (their visit belongs to the clerk who
called them: end it with F8 first), audits the sign-out and closes; ui/app.py then shows
the login again in the same process, and the next user gets a window of their own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from counter_app.services import auth
from counter_app.ui import shortcuts as keys
from counter_app.ui.refusals import show_refusal

if TYPE_CHECKING:
    from counter_app.ui.main_window import MainWindow


def install(window: MainWindow) -> QAction:
    """The File menu's 注销 / 切换用户, just above 退出, with its key from the table."""
    action = QAction(QCoreApplication.translate("SignOut", "注销 / 切换用户(&U)"), window)
    action.setObjectName("signOutAction")
    action.setShortcut(QKeySequence(keys.BY_ACTION["sign_out"].keys[0]))
    action.setToolTip(keys.tooltip("sign_out"))
    action.triggered.connect(lambda: sign_out(window))
    window.ui.fileMenu.insertAction(window.ui.quitAction, action)
    return action


def confirm_drop_payment(parent: QWidget, account_no: str) -> bool:
    """Whether the clerk lets a keyed payment go (a patchable entry point)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("SignOut", "注销"),
        QCoreApplication.translate(
            "SignOut", "收费页面上户号 {0} 的收费还没有确认，注销后不会保存。仍要注销吗？"
        ).format(account_no),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def sign_out(window: MainWindow) -> bool:
    """End this user's session if nothing is lost by it; True when the window closed."""
    if window.locked or window.closed:
        return False
    visit = window.queue.visit if window.shows("queue") else None
    if visit is not None:
        show_refusal(
            window,
            QCoreApplication.translate(
                "SignOut", "本柜台正在接待 {0}，请先结束接待（F8）再注销。"
            ).format(visit.ticket_no or visit.visit_no),
            QCoreApplication.translate("SignOut", "未能注销"),
        )
        return False
    wizard = window.wizard
    if wizard is not None and wizard.isVisible():
        wizard.reject()  # asks 保存草稿 / 放弃 / 继续填写 when anything was entered
        if wizard.isVisible():
            return False
    due = window.payment.due if window.shows("payment") else None
    if due is not None and not confirm_drop_payment(window, due.account_no):
        return False
    auth.logout(window.ctx, window.user)
    window.signed_out.emit()
    window.close()
    return True
