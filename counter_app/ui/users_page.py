"""Administration: add, disable and reset users."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from counter_app.services import auth
from counter_app.services.auth import ROLES, UserInfo
from counter_app.services.context import AppContext
from counter_app.services.errors import UserError
from counter_app.ui.forms.ui_user_dialog import Ui_UserDialog
from counter_app.ui.forms.ui_users_page import Ui_UsersPage
from counter_app.ui.pages import fill_table


class UserDialog(QDialog):
    def __init__(self, ctx: AppContext, actor: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UserDialog()
        self.ui.setupUi(self)
        self.ctx, self.actor = ctx, actor
        self.created: UserInfo | None = None
        for code, name in ROLES.items():
            self.ui.roleCombo.addItem(name, code)
        self.ui.okButton.clicked.connect(self.save)
        self.ui.cancelButton.clicked.connect(self.reject)

    def save(self) -> None:
        ui = self.ui
        if ui.passwordEdit.text() != ui.passwordRepeatEdit.text():
            ui.messageLabel.setText(self.tr("两次输入的密码不一致"))
            return
        try:
            self.created = auth.add_user(
                self.ctx,
                self.actor,
                username=ui.usernameEdit.text().strip(),
                display_name=ui.nameEdit.text(),
                staff_no=ui.staffNoEdit.text().strip(),
                role=ui.roleCombo.currentData(),
                password=ui.passwordEdit.text(),
            )
        except UserError as exc:
            ui.messageLabel.setText(exc.message)
            return
        self.accept()


class UsersPage(QWidget):
    def __init__(self, ctx: AppContext, actor: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UsersPage()
        self.ui.setupUi(self)
        self.ctx, self.actor = ctx, actor
        self.users: list[UserInfo] = []
        self.ui.addButton.clicked.connect(self.add_user)
        self.ui.toggleButton.clicked.connect(self.toggle_user)
        self.ui.resetButton.clicked.connect(self.reset_password)
        self.refresh()

    def refresh(self) -> None:
        self.users = auth.list_users(self.ctx)
        fill_table(
            self.ui.usersTable,
            [self.tr("用户名"), self.tr("姓名"), self.tr("工号"), self.tr("角色"), self.tr("状态")],
            [
                [
                    u.username,
                    u.display_name,
                    u.staff_no,
                    u.role_name,
                    self.tr("在用") if u.active else self.tr("已停用"),
                ]
                for u in self.users
            ],
        )

    def selected(self) -> UserInfo | None:
        row = self.ui.usersTable.currentRow()
        return self.users[row] if 0 <= row < len(self.users) else None

    def add_user(self) -> None:
        dialog = UserDialog(self.ctx, self.actor, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def toggle_user(self) -> None:
        user = self.selected()
        if user is None:
            return
        try:
            auth.set_user_active(self.ctx, self.actor, user.id, not user.active)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("不能修改"), exc.message)
        self.refresh()

    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        password, ok = QInputDialog.getText(
            self,
            self.tr("重置密码"),
            self.tr("为 {0} 设置新密码：").format(user.display_name),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        try:
            auth.reset_password(self.ctx, self.actor, user.id, password)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("未能重置"), exc.message)
