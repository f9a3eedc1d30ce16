"""First start: the hall and its first administrator."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from counter_app.services import auth
from counter_app.services.auth import HallInfo
from counter_app.services.context import AppContext
from counter_app.ui.forms.ui_setup_dialog import Ui_SetupDialog
from counter_app.ui.refusals import refusal_shown, show_refusal


class SetupDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupDialog()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.hall: HallInfo | None = None
        self.ui.okButton.clicked.connect(self.finish)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.fields = {
            "code": self.ui.hallCodeEdit,
            "name": self.ui.hallNameEdit,
            "username": self.ui.adminUsernameEdit,
            "display_name": self.ui.adminNameEdit,
            "staff_no": self.ui.adminStaffNoEdit,
            "password": self.ui.passwordEdit,
        }

    def finish(self) -> None:
        ui = self.ui
        if ui.passwordEdit.text() != ui.passwordRepeatEdit.text():
            show_refusal(self, self.tr("两次输入的密码不一致"), line=ui.messageLabel)
            self._focus("password")
            return
        with refusal_shown(self, line=ui.messageLabel) as refused:
            self.hall, _admin = auth.setup_hall(
                self.ctx,
                code=ui.hallCodeEdit.text(),
                name=ui.hallNameEdit.text(),
                address=ui.hallAddressEdit.text(),
                phone=ui.hallPhoneEdit.text(),
                admin_username=ui.adminUsernameEdit.text().strip(),
                admin_name=ui.adminNameEdit.text(),
                admin_staff_no=ui.adminStaffNoEdit.text(),
                password=ui.passwordEdit.text(),
            )
        if refused:
            self._focus(refused.field)
            return
        self.accept()

    def _focus(self, field: str) -> None:
        widget = self.fields.get(field)
        if widget is not None:
            widget.setFocus()
