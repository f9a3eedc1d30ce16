"""Restoring a backup from the screens: the administrator confirms what would be lost.

``restore_backup`` checks the backup as `counter-app restore` does (services/backups.py);
when it is older than the store's marks, ``RestoreLossDialog`` shows the message that
lists what would vanish, and 确认恢复 stays disabled until the administrator ticks that
they have read it. The app must not be running on the store while it is replaced: this
is for a start-up without a usable store (a new PC, a damaged store), run before the
store is opened.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.bootstrap import open_context
from counter_app.services import backups
from counter_app.services.auth import UserInfo


class RestoreLossDialog(QDialog):
    def __init__(self, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("恢复备份：将丢失记录"))
        column = QVBoxLayout(self)
        heading = QLabel(self.tr("这份备份比当前数据库旧。请核对以下将丢失的记录："))
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: bold;")
        column.addWidget(heading)
        self.text = QPlainTextEdit(message)
        self.text.setObjectName("lossText")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        # Chinese has no spaces: wrap between any two characters, never scroll sideways.
        self.text.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.text.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        column.addWidget(self.text, 1)
        self.agree = QCheckBox(self.tr("我是管理员，已核对以上记录，同意恢复"))
        self.agree.setObjectName("agreeCheck")
        column.addWidget(self.agree)
        buttons = QDialogButtonBox()
        self.confirm: QPushButton = buttons.addButton(
            self.tr("确认恢复"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.confirm.setObjectName("confirmButton")
        self.confirm.setEnabled(False)
        cancel = buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setDefault(True)  # Enter does not throw records away
        self.agree.toggled.connect(self.confirm.setEnabled)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.resize(560, 380)


def confirm_loss(parent: QWidget | None, message: str) -> bool:
    """Ask the administrator (a patchable entry point for tests)."""
    return RestoreLossDialog(message, parent).exec() == QDialog.DialogCode.Accepted


def restore_backup(
    parent: QWidget | None,
    user: UserInfo,
    backup: Path,
    db_path: Path,
    *,
    backup_folder: Path | None = None,
    confirm: Callable[[QWidget | None, str], bool] = confirm_loss,
) -> Path | None:
    """Restore ``backup`` over ``db_path`` once checked (and confirmed if it loses records).
    Returns the kept old store; raises UserError when refused, PermissionDenied for a
    user who is not an administrator. Cancelled: nothing changes and None is returned."""
    backups.require_restorer(db_path, user, open_context)
    _info, loss = backups.check_restore(backup, db_path, backup_folder=backup_folder)
    if loss and not confirm(parent, loss.error(backup.name, on_screen=True).message):
        return None
    return backups.restore(
        backup,
        db_path,
        user_id=None,  # the store's users are those of the store being replaced
        accept_loss=bool(loss),
        backup_folder=backup_folder,
    )
