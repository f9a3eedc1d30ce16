"""The question before a half-filled business is closed (Esc, 取消, the close button,
注销): keep it as a draft, throw it away, or go on filling it in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

DRAFT, DISCARD, STAY = "draft", "discard", "stay"


def leave_question(parent: QWidget) -> tuple[QMessageBox, dict[str, object]]:
    """The question box and its buttons by answer (for the screenshots and tests)."""

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("WizardLeave", "放弃本次办理？"))
    box.setText(QCoreApplication.translate("WizardLeave", "放弃本次办理？"))
    box.setInformativeText(
        QCoreApplication.translate(
            "WizardLeave", "已填写的内容尚未受理。保存为草稿后，可在“今日工作”的草稿中继续办理。"
        )
    )
    draft = box.addButton(
        QCoreApplication.translate("WizardLeave", "保存草稿(&S)"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("WizardLeave", "放弃(&D)"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    stay = box.addButton(
        QCoreApplication.translate("WizardLeave", "继续填写(&C)"), QMessageBox.ButtonRole.RejectRole
    )
    draft.setObjectName("leaveDraft")
    discard.setObjectName("leaveDiscard")
    stay.setObjectName("leaveStay")
    box.setDefaultButton(stay)  # Enter or Esc again keeps the work
    box.setEscapeButton(stay)
    return box, {DRAFT: draft, DISCARD: discard, STAY: stay}


def ask_leave(parent: QWidget) -> str:
    """DRAFT, DISCARD or STAY (a patchable entry point: the box is modal)."""
    box, buttons = leave_question(parent)
    box.exec()
    clicked = box.clickedButton()
    return next((answer for answer, button in buttons.items() if button is clicked), STAY)
