"""The settings dialog's 客户显示屏 tab: the customer screen on or off, and on which screen."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QWidget

from counter_app.ui import settings as opt
from counter_app.ui.settings import Settings
from counter_app.ui.settings_sections import SettingsSection


class CustomerScreenSection(SettingsSection):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(settings, parent)
        self.title = self.tr("客户显示屏")
        form = QFormLayout(self)
        self.onBox = QCheckBox(self.tr("在客户显示屏上显示收费明细、所需资料、公告和评价"))
        self.onBox.setObjectName("customerScreenOnBox")
        self.onBox.setChecked(bool(settings.get(opt.CUSTOMER_SCREEN_ON)))
        form.addRow(self.onBox)
        self.screenCombo = QComboBox()
        self.screenCombo.setObjectName("customerScreenCombo")
        screens = QGuiApplication.screens()
        chosen = settings.get(opt.CUSTOMER_SCREEN_INDEX)
        for index, screen in enumerate(screens):
            size = screen.geometry()
            self.screenCombo.addItem(
                self.tr("屏幕 {0}（{1}×{2}）").format(index + 1, size.width(), size.height()),
                index,
            )
        if not 0 <= chosen < len(screens):
            # Kept as chosen: the monitor may be unplugged today.
            self.screenCombo.addItem(self.tr("屏幕 {0}（未连接）").format(chosen + 1), chosen)
        self.screenCombo.setCurrentIndex(max(0, self.screenCombo.findData(chosen)))
        form.addRow(self.tr("显示在："), self.screenCombo)
        note = QLabel(
            self.tr(
                "只有一个屏幕时，客户显示屏是一个可移动的窗口。设置在下次登录时生效；"
                "字号即“客户评价窗口字号”。"
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        self.onBox.toggled.connect(self.screenCombo.setEnabled)
        self.screenCombo.setEnabled(self.onBox.isChecked())

    def save(self) -> None:
        self.settings.set(opt.CUSTOMER_SCREEN_ON, 1 if self.onBox.isChecked() else 0)
        self.settings.set(opt.CUSTOMER_SCREEN_INDEX, self.screenCombo.currentData())
