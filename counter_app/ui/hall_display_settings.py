"""The settings dialog's 叫号屏与语音 tab: this PC's hall display (open at start, on which
screen) and the voice of the calls (who speaks, volume, repeats)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QSlider, QSpinBox, QWidget

from counter_app.ui import settings as opt
from counter_app.ui.settings import Settings
from counter_app.ui.settings_sections import SettingsSection


class HallDisplaySection(SettingsSection):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(settings, parent)
        self.title = self.tr("叫号屏与语音")
        form = QFormLayout(self)
        self.at_start = QCheckBox(self.tr("启动时打开叫号屏"))
        self.at_start.setObjectName("hallDisplayAtStart")
        self.at_start.setChecked(bool(settings.get(opt.HALL_DISPLAY_AT_START)))
        form.addRow(self.at_start)
        self.screen = QComboBox()
        self.screen.setObjectName("hallDisplayScreen")
        self.screen.addItem(self.tr("最后一台显示器"), "")
        for number, screen in enumerate(QGuiApplication.screens(), 1):
            size = screen.geometry()
            self.screen.addItem(
                self.tr("显示器 {0}：{1}（{2}×{3}）").format(
                    number, screen.name(), size.width(), size.height()
                ),
                screen.name(),
            )
        at = self.screen.findData(settings.get(opt.HALL_DISPLAY_SCREEN))
        self.screen.setCurrentIndex(max(at, 0))
        form.addRow(self.tr("叫号屏显示在"), self.screen)
        self.mode = QComboBox()
        self.mode.setObjectName("voiceMode")
        for mode, label in (
            ("off", self.tr("关闭")),
            ("display", self.tr("本机叫号屏播报全部柜台的叫号")),
            ("counter", self.tr("本机只播报本柜台的叫号（大厅没有叫号屏电脑时）")),
        ):
            self.mode.addItem(label, mode)
        self.mode.setCurrentIndex(max(self.mode.findData(settings.get(opt.VOICE_MODE)), 0))
        form.addRow(self.tr("语音叫号"), self.mode)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setObjectName("voiceVolume")
        self.volume.setRange(0, 100)
        self.volume.setValue(settings.get(opt.VOICE_VOLUME))
        form.addRow(self.tr("音量"), self.volume)
        self.repeats = QSpinBox()
        self.repeats.setObjectName("voiceRepeats")
        self.repeats.setRange(opt.VOICE_REPEAT_RANGE[0], opt.VOICE_REPEAT_RANGE[-1])
        self.repeats.setValue(settings.get(opt.VOICE_REPEATS))
        self.repeats.setSuffix(self.tr(" 遍"))
        form.addRow(self.tr("每次叫号播报"), self.repeats)

    def save(self) -> None:
        self.settings.set(opt.HALL_DISPLAY_AT_START, int(self.at_start.isChecked()))
        self.settings.set(opt.HALL_DISPLAY_SCREEN, self.screen.currentData())
        self.settings.set(opt.VOICE_MODE, self.mode.currentData())
        self.settings.set(opt.VOICE_VOLUME, self.volume.value())
        self.settings.set(opt.VOICE_REPEATS, self.repeats.value())
