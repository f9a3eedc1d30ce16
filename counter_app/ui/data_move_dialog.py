"""The first start after the update: an older version's per-user store, moved with consent.

Asked before the store opens (Startup.open_store). 迁移 moves the store, its marks,
backups, printouts and logs into the machine-wide folder (counter_app/data_move.py:
copy, verify, then remove). 暂不迁移 (the default: a stray Enter changes nothing)
opens the old store where it is, for this start; the question comes again at the next
start, as long as the old store is there and the machine-wide folder has none. A move
that fails leaves the old store as it was: it is said why, and the old store opens.
"""

from __future__ import annotations

import getpass
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from counter_app.data_move import MoveFailed, move_data
from counter_app.privacy import restrict

log = logging.getLogger(__name__)


def ask_move(parent: QWidget | None, old: Path, new: Path) -> bool:
    """The clerk's answer (tests replace this entry point)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("DataMove", "迁移数据到本机公共数据文件夹"))
    box.setText(
        QCoreApplication.translate(
            "DataMove",
            "在本 Windows 账户的个人文件夹中找到了旧版本的柜台助手数据：\n{0}\n\n"
            "新版本把数据放在本机公共数据文件夹，本电脑所有柜员的账户共用：\n{1}\n\n"
            "迁移会把数据库、备份、打印件和日志复制过去，核对无误后再从旧文件夹删除。"
            "迁移前请在本电脑的其他账户中退出柜台助手。现在迁移吗？",
        ).format(old.parent, new)
    )
    move = box.addButton(
        QCoreApplication.translate("DataMove", "迁移"), QMessageBox.ButtonRole.AcceptRole
    )
    later = box.addButton(
        QCoreApplication.translate("DataMove", "暂不迁移"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(later)
    box.setEscapeButton(later)
    box.exec()
    return box.clickedButton() is move


def show_move_result(parent: QWidget | None, title: str, text: str, failed: bool) -> None:
    """Tells how the move went (tests replace this entry point)."""
    if failed:
        QMessageBox.warning(parent, title, text)
    else:
        QMessageBox.information(parent, title, text)


def offer_move(parent: QWidget | None, old_store: Path, new_store: Path) -> str:
    """The store to open now: the moved one, or the old one (not moved, or it failed)."""
    if not ask_move(parent, old_store, new_store.parent):
        log.info("the per-user store %s was not moved (the clerk's choice)", old_store)
        return str(old_store)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        moved = move_data(old_store.parent, new_store.parent, getpass.getuser())
    except MoveFailed as exc:
        log.warning("moving %s failed: %s", old_store, exc)
        QApplication.restoreOverrideCursor()
        show_move_result(
            parent,
            QCoreApplication.translate("DataMove", "数据没有迁移"),
            QCoreApplication.translate(
                "DataMove", "迁移没有完成，原来的数据没有改动，这次仍使用原来的数据库。\n原因：{0}"
            ).format(str(exc)),
            failed=True,
        )
        return str(old_store)
    QApplication.restoreOverrideCursor()
    restrict(new_store.parent)  # the clerks' group may use what was just copied
    log.info("moved %s to %s (%d files)", old_store.parent, new_store, moved.files)
    text = QCoreApplication.translate("DataMove", "数据已迁移到本机公共数据文件夹：\n{0}").format(
        new_store.parent
    )
    if moved.left_behind:
        text += "\n\n" + QCoreApplication.translate(
            "DataMove", "以下旧文件没能删除（数据已安全复制），请管理员稍后手动删除：\n{0}"
        ).format("\n".join(str(p) for p in moved.left_behind))
    show_move_result(
        parent, QCoreApplication.translate("DataMove", "数据已迁移"), text, failed=False
    )
    return str(moved.store)
