"""A supervisor authorises one action at the clerk's counter with their own password."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from counter_app.services import auth
from counter_app.services.auth import UserInfo
from counter_app.services.context import AppContext
from counter_app.ui.refusals import refusal_shown


class SupervisorDialog(QDialog):
    def __init__(self, ctx: AppContext, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.purpose = ctx, purpose
        self.supervisor: UserInfo | None = None
        self.setWindowTitle(self.tr("值班长授权"))
        column = QVBoxLayout(self)
        intro = QLabel(purpose)
        intro.setWordWrap(True)
        column.addWidget(intro)
        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setObjectName("supervisorUser")
        self.password = QLineEdit()
        self.password.setObjectName("supervisorPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("值班长用户名"), self.username)
        form.addRow(self.tr("密码"), self.password)
        column.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("messageLabel")
        self.message.setWordWrap(True)
        column.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.resize(420, 220)

    def check(self) -> None:
        with refusal_shown(self, line=self.message, after=self.password.clear) as refused:
            self.supervisor = auth.authorize_supervisor(
                self.ctx, self.username.text().strip(), self.password.text(), self.purpose
            )
        if refused:
            return
        self.accept()


def ask_supervisor(ctx: AppContext, purpose: str, parent: QWidget | None) -> UserInfo | None:
    """Modal; tests replace this entry point on the module."""
    dialog = SupervisorDialog(ctx, purpose, parent)
    return dialog.supervisor if dialog.exec() == QDialog.DialogCode.Accepted else None
