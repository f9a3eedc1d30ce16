"""登记欠费停电: a supervisor records that an account's power was cut for arrears."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)


class DisconnectionDialog(QDialog):
    """Which account, the day the power was cut, and a note (who cut it, the notice)."""

    def __init__(self, accounts: list[str], today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("登记欠费停电"))
        form = QFormLayout(self)
        form.addRow(
            QLabel(self.tr("已按规定程序对欠费户停电后，在此登记；结清欠费后将自动登记复电。"))
        )
        self.accountCombo = QComboBox(self)
        self.accountCombo.addItems(accounts)
        form.addRow(self.tr("户号"), self.accountCombo)
        self.dateEdit = QDateEdit(self)
        self.dateEdit.setDisplayFormat("yyyy-MM-dd")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.dateEdit.setDate(QDate(today.year, today.month, today.day))
        form.addRow(self.tr("停电日期"), self.dateEdit)
        self.noteEdit = QLineEdit(self)
        self.noteEdit.setMaxLength(200)
        self.noteEdit.setPlaceholderText(self.tr("例如：停电通知书编号、执行人"))
        form.addRow(self.tr("说明"), self.noteEdit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, date, str]:
        return (
            self.accountCombo.currentText(),
            self.dateEdit.date().toPython(),
            self.noteEdit.text().strip(),
        )


def ask_disconnection(
    parent: QWidget, accounts: list[str], today: date
) -> tuple[str, date, str] | None:
    """Modal: (account, day, note), or None when cancelled; tests replace this entry point."""
    dialog = DisconnectionDialog(accounts, today, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.values()
