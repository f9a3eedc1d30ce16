"""Signing in, and unlocking a screen locked after idle time."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QWidget

from counter_app.ui.forms.ui_login_dialog import Ui_LoginDialog
from counter_app.ui.i18n import tr_message

if TYPE_CHECKING:  # the store is imported only once the window is on screen
    from counter_app.services.auth import UserInfo
    from counter_app.services.context import AppContext


class LoginDialog(QDialog):
    """Login; in unlock mode only the signed-in clerk (or an administrator) may open it.

    Without a context yet (start-up) it shows at once and waits for `attach`.
    """

    def __init__(
        self,
        ctx: AppContext | None,
        hall_name: str,
        parent: QWidget | None = None,
        last_user: str = "",
        locked_for: UserInfo | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.locked_for = locked_for
        self.user: UserInfo | None = None
        self.ui.hallLabel.setText(hall_name)
        self.ui.loginButton.clicked.connect(self.try_login)
        self.ui.quitButton.clicked.connect(self.reject)
        self.ui.loginButton.setEnabled(ctx is not None)
        if locked_for is not None:
            self.ui.trainingCheck.hide()  # unlocking goes back to the mode already chosen
            self.setWindowTitle(self.tr("柜台助手 - 屏幕已锁定"))
            self.ui.titleLabel.setText(self.tr("屏幕已锁定"))
            self.ui.usernameEdit.setText(locked_for.username)
            self.ui.loginButton.setText(self.tr("解锁"))
            self.ui.quitButton.setText(self.tr("退出程序"))
            self.ui.passwordEdit.setFocus()
        elif last_user:
            self.ui.usernameEdit.setText(last_user)
            self.ui.passwordEdit.setFocus()

    @property
    def training(self) -> bool:
        """Training mode (现场服务模拟) was ticked: the real account, the training store."""
        return self.locked_for is None and self.ui.trainingCheck.isChecked()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Esc on the lock screen would quit the program and lose the work beneath it;
        # quitting there takes the 退出程序 button.
        if self.locked_for is not None and event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    def attach(self, ctx: AppContext, hall_name: str) -> None:
        self.ctx = ctx
        self.ui.hallLabel.setText(hall_name)
        self.ui.loginButton.setEnabled(True)

    def try_login(self) -> None:
        from counter_app.services import auth
        from counter_app.services.errors import AuthError

        if self.ctx is None:
            return
        username = self.ui.usernameEdit.text().strip()
        password = self.ui.passwordEdit.text()
        if not username or not password:
            self.ui.messageLabel.setText(self.tr("请输入用户名和密码"))
            return
        try:
            user = auth.login(self.ctx, username, password)
        except AuthError as exc:
            self.ui.messageLabel.setText(tr_message(exc))
            self.ui.passwordEdit.clear()
            self.ui.passwordEdit.setFocus()
            return
        if self.locked_for is not None and user.id != self.locked_for.id and not user.is_admin:
            self.ui.messageLabel.setText(self.tr("屏幕由其他营业员锁定，只能由本人或管理员解锁"))
            self.ui.passwordEdit.clear()
            return
        self.user = user
        self.accept()
