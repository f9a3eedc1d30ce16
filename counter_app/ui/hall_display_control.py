"""The main window's side of the hall display and the voice: the 叫号屏 menu entry,
opening the display at start when the PC's settings say so, on the chosen screen,
and saying the calls this PC should say (ui/call_voice.py).

Installed by one line in MainWindow; it watches the window's close to close the
display with it (the display is a window of its own and would keep the program open).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QGuiApplication

from counter_app.services import hall_display
from counter_app.services.hall_display import CallRow
from counter_app.ui import settings as opt
from counter_app.ui.call_voice import CallVoice, Speaker
from counter_app.ui.hall_display import CallWatcher, HallDisplay, chosen_screen

if TYPE_CHECKING:
    from counter_app.ui.main_window import MainWindow


class HallDisplayControl(QObject):
    def __init__(self, window: MainWindow, speaker: Speaker | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.settings = window.settings
        self.display: HallDisplay | None = None
        self.voice = CallVoice(self.settings, speaker)
        self.action = QAction(self.tr("叫号屏"), window)
        self.action.setObjectName("hallDisplayAction")
        self.action.setCheckable(True)
        self.action.setToolTip(self.tr("在大厅的电视或第二台显示器上显示叫号"))
        self.action.toggled.connect(self._toggled)
        # Training calls are practice: never shown or said to the hall.
        self.action.setEnabled(not self.ctx.training)
        window.ui.fileMenu.insertAction(window.ui.settingsAction, self.action)
        # Without a display open here, this PC may still say its own counter's calls.
        self.own_calls = CallWatcher(self.ctx, self, active=self._says_own_calls)
        self.own_calls.called.connect(lambda call: self.heard(call, False))
        if not self.ctx.training:
            self.own_calls.start(hall_display.latest_call_id(self.ctx))
        window.installEventFilter(self)
        if self.settings.get(opt.HALL_DISPLAY_AT_START) and not self.ctx.training:
            QTimer.singleShot(0, lambda: self.action.setChecked(True))

    def _says_own_calls(self) -> bool:
        return self.display is None and self.voice.mode == "counter"

    def _toggled(self, on: bool) -> None:
        if on:
            self.open()
        else:
            self.close()

    def open(self) -> HallDisplay:
        if self.display is None:
            self.display = HallDisplay(self.ctx)
            self.display.watcher.called.connect(lambda call: self.heard(call, True))
            screen = chosen_screen(str(self.settings.get(opt.HALL_DISPLAY_SCREEN)))
            clerks = self.window.screen()
            several = len(QGuiApplication.screens()) > 1
            if screen is not None:
                self.display.show_on(screen, full_screen=several and screen is not clerks)
        self.action.setChecked(True)
        return self.display

    def close(self) -> None:
        if self.display is not None:
            self.display.close_display()
            self.display.deleteLater()
            self.display = None
        self.action.setChecked(False)

    def heard(self, call: CallRow, on_display: bool) -> None:
        if self.voice.should_say(call, on_display):
            self.voice.say(call)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.own_calls.stop()
            self.close()
        return False
