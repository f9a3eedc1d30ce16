"""Administration: add, rename, disable and reset users; the hall's details; HQ's files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QWidget,
)

from counter_app.services import auth, calendar_import, hq_imports, unconfirmed
from counter_app.services.auth import ROLES, UserInfo
from counter_app.services.context import AppContext
from counter_app.ui.forms.ui_hall_dialog import Ui_HallDialog
from counter_app.ui.forms.ui_user_dialog import Ui_UserDialog
from counter_app.ui.forms.ui_users_page import Ui_UsersPage
from counter_app.ui.i18n import tr_data, tr_message
from counter_app.ui.jobs import run_job, running_job
from counter_app.ui.page_contract import Page, PageKit
from counter_app.ui.pages import fill_table
from counter_app.ui.refusals import refusal_shown, show_refusal


class UserDialog(QDialog):
    def __init__(self, ctx: AppContext, actor: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UserDialog()
        self.ui.setupUi(self)
        self.ctx, self.actor = ctx, actor
        self.created: UserInfo | None = None
        for code, name in ROLES.items():
            self.ui.roleCombo.addItem(tr_data(name), code)
        self.ui.okButton.clicked.connect(self.save)
        self.ui.cancelButton.clicked.connect(self.reject)

    def save(self) -> None:
        ui = self.ui
        if ui.passwordEdit.text() != ui.passwordRepeatEdit.text():
            show_refusal(self, self.tr("两次输入的密码不一致"), line=ui.messageLabel)
            return
        with refusal_shown(self, line=ui.messageLabel) as refused:
            self.created = auth.add_user(
                self.ctx,
                self.actor,
                username=ui.usernameEdit.text().strip(),
                display_name=ui.nameEdit.text(),
                staff_no=ui.staffNoEdit.text().strip(),
                role=ui.roleCombo.currentData(),
                password=ui.passwordEdit.text(),
            )
        if refused:
            return
        self.accept()


class HallDialog(QDialog):
    """The hall's name, address and phone, as receipts and slips print them."""

    def __init__(self, ctx: AppContext, actor: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HallDialog()
        self.ui.setupUi(self)
        self.ctx, self.actor = ctx, actor
        hall = auth.current_hall(ctx)
        if hall is not None:
            self.ui.codeValue.setText(hall.code)
            self.ui.nameEdit.setText(hall.name)
            self.ui.addressEdit.setText(hall.address)
            self.ui.phoneEdit.setText(hall.phone)
        self.ui.okButton.clicked.connect(self.save)
        self.ui.cancelButton.clicked.connect(self.reject)

    def save(self) -> None:
        with refusal_shown(self, line=self.ui.messageLabel) as refused:
            auth.update_hall(
                self.ctx,
                self.actor,
                name=self.ui.nameEdit.text(),
                address=self.ui.addressEdit.text(),
                phone=self.ui.phoneEdit.text(),
            )
        if refused:
            return
        self.accept()


def ask_text(parent: QWidget, title: str, label: str, text: str) -> str | None:
    """One line of text from a modal prompt, or None; tests replace this entry point."""
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value if ok else None


def choose_file(parent: QWidget, title: str) -> str:
    """Modal file chooser; tests replace this entry point on the module."""
    path, _filter = QFileDialog.getOpenFileName(parent, title, "", "Excel 工作簿 (*.xlsx)")
    return path


class UsersPage(Page):
    calendar_imported = Signal()
    data_imported = Signal()

    def __init__(self, kit: PageKit, parent: QWidget | None = None) -> None:
        super().__init__(kit, parent)
        self.ui = Ui_UsersPage()
        self.ui.setupUi(self)
        self.actor = kit.user
        self.users: list[UserInfo] = []
        self.ui.addButton.clicked.connect(self.add_user)
        self.ui.toggleButton.clicked.connect(self.toggle_user)
        self.ui.resetButton.clicked.connect(self.reset_password)
        self.ui.renameButton.clicked.connect(self.rename_user)
        self.ui.hallButton.clicked.connect(self.edit_hall)
        self.ui.calendarButton.clicked.connect(self.import_calendar)
        self.ui.arrearsButton.clicked.connect(
            lambda: self.import_file(self.tr("欠费清单"), hq_imports.import_arrears)
        )
        self.ui.feesButton.clicked.connect(
            lambda: self.import_file(self.tr("收费标准"), hq_imports.import_fee_schedule)
        )
        self.add_unconfirmed_list()
        self.refresh()

    def add_unconfirmed_list(self) -> None:
        """Read-only: the shipped values no source confirms yet (to_confirm), for HQ to confirm."""
        items = unconfirmed.pending(self.ctx.workflows)
        self.unconfirmedLabel = QLabel(self.tr("待总部确认的规则取值：业务 — 取值 — 当前值"), self)
        self.unconfirmedList = QListWidget(self)
        self.unconfirmedList.setObjectName("unconfirmedList")
        self.unconfirmedList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unconfirmedList.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.unconfirmedList.addItems(
            [f"{tr_data(u.business)} — {tr_message(u.label)} — {tr_data(u.value)}" for u in items]
        )
        if not items:
            self.unconfirmedList.addItem(self.tr("（无：所有取值均有出处）"))
        self.ui.mainLayout.addWidget(self.unconfirmedLabel)
        self.ui.mainLayout.addWidget(self.unconfirmedList)

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
                    tr_data(u.role_name),
                    self.tr("在用") if u.active else self.tr("已停用"),
                ]
                for u in self.users
            ],
            stretch=1,
        )

    def selected(self) -> UserInfo | None:
        row = self.ui.usersTable.currentRow()
        return self.users[row] if 0 <= row < len(self.users) else None

    def add_user(self) -> None:
        dialog = UserDialog(self.ctx, self.actor, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def rename_user(self) -> None:
        user = self.selected()
        if user is None:
            return
        name = ask_text(
            self,
            self.tr("改姓名"),
            self.tr("{0} 的姓名：").format(user.username),
            user.display_name,
        )
        if name is None:
            return
        with refusal_shown(self, self.tr("不能修改")):
            auth.rename_user(self.ctx, self.actor, user.id, name)
        self.refresh()

    def edit_hall(self) -> None:
        HallDialog(self.ctx, self.actor, self).exec()

    def toggle_user(self) -> None:
        user = self.selected()
        if user is None:
            return
        with refusal_shown(self, self.tr("不能修改")):
            auth.set_user_active(self.ctx, self.actor, user.id, not user.active)
        self.refresh()

    def import_calendar(self) -> None:
        if running_job(self) is not None:  # one import at a time
            return
        path = choose_file(self, self.tr("选择总部下发的工作日历文件"))
        if not path:
            return
        ctx, actor, file = self.ctx, self.actor, Path(path)
        run_job(
            self,
            self.tr("导入工作日历"),
            lambda progress: calendar_import.import_calendar(ctx, actor, file, progress=progress),
            self.calendar_done,
            refused_title=self.tr("工作日历未导入"),
        )

    def calendar_done(self, years: dict[int, int]) -> None:
        QMessageBox.information(
            self,
            self.tr("工作日历已导入"),
            "；".join(self.tr("{0}年 {1} 天").format(y, n) for y, n in years.items()),
        )
        self.calendar_imported.emit()

    def import_file(self, what: str, importer: Callable[..., Any]) -> None:
        """HQ's workbooks, off the UI thread: checked whole first and applied in one
        transaction, so a bad file or a cancel changes nothing."""
        if running_job(self) is not None:  # one import at a time
            return
        path = choose_file(self, self.tr("选择总部下发的{0}文件").format(what))
        if not path:
            return
        ctx, actor, file = self.ctx, self.actor, Path(path)

        def done(summary: Any) -> None:
            QMessageBox.information(self, self.tr("{0}已导入").format(what), summary.text)
            self.data_imported.emit()

        run_job(
            self,
            self.tr("导入{0}").format(what),
            lambda progress: importer(ctx, actor, file, progress=progress),
            done,
            refused_title=self.tr("{0}未导入").format(what),
        )

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
        with refusal_shown(self, self.tr("未能重置")):
            auth.reset_password(self.ctx, self.actor, user.id, password)
