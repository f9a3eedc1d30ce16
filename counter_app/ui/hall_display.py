"""The hall display (叫号屏): the hall's TV or second monitor, read from across the hall.

The newest call very large and flashing for a few seconds, the calls before it, the
tickets waiting per category, the notices in force (outages first, in red) and the
date and time. It sees every counter's calls through the store: a ``CallWatcher``
asks services/hall_display.calls_since every POLL_MS (why a poll: that module).

The hall's TV has no keyboard and faces the customers: Esc and Alt+F4 do not close
it; the clerk closes it from the main window's menu (ui/hall_display_control.py).
Sizes follow the window's height, so a 1366×768 monitor and a 1080p TV look alike.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QResizeEvent, QScreen
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from counter_app.domain.clock import local_naive
from counter_app.services import hall_display
from counter_app.services.context import AppContext
from counter_app.services.hall_display import CallRow, DisplayState
from counter_app.ui.day_text import day_text
from counter_app.ui.i18n import tr_data, tr_message

log = logging.getLogger(__name__)

POLL_MS = 400  # a call shows (and is said) within about this long, from any counter
REFRESH_MS = 3_000  # waiting counts and notices (a new ticket is no call)
FLASH_MS = 6_000  # the newest call flashes this long
BLINK_MS = 500
NOTICE_MS = 8_000  # each notice this long when there are several
RECENT_ROWS = 6  # the calls listed beside the newest

BACKGROUND = "#0b2545"
TEXT = "#ffffff"
HIGHLIGHT = "#ffd23f"  # the newest call
HIGHLIGHT_TEXT = "#0b2545"
OUTAGE = "#ff6b6b"
# Flag set on the window: the clerk's screen lock leaves it showing (ui/screen_lock.py).
KEEP_WHEN_LOCKED = "keepShowingWhenLocked"


class CallWatcher(QObject):
    """Polls the store for calls after the last one seen; ``called`` for each, in order."""

    called = Signal(object)  # CallRow

    def __init__(
        self,
        ctx: AppContext,
        parent: QObject | None = None,
        active: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.active = active  # asked at each poll: a setting may turn the watching off
        self.was_active = True
        self.last_id = 0
        self.failing = False
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)

    def start(self, after_id: int) -> None:
        """Watch from ``after_id`` on (calls made before are not said again)."""
        self.last_id = after_id
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def poll(self) -> None:
        if not self.active():
            self.was_active = False
            return
        try:
            if not self.was_active:  # turned on again: from now, not the calls missed
                self.last_id = hall_display.latest_call_id(self.ctx)
                self.was_active = True
            calls = hall_display.calls_since(self.ctx, self.last_id)
        except Exception:  # the server away for a moment: try again next time, log once
            if not self.failing:
                log.exception("hall display: reading the calls failed")
            self.failing = True
            return
        self.failing = False
        for call in calls:
            self.last_id = call.id
            self.called.emit(call)


def _label(name: str, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setAlignment(align)
    return label


class HallDisplay(QWidget):
    """The display window; ``watcher.called`` also drives the voice (hall_display_control)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.may_close = False
        self.state: DisplayState | None = None
        self.notice_index = 0
        self.setObjectName("hallDisplay")
        self.setWindowTitle(self.tr("叫号屏"))
        self.setProperty(KEEP_WHEN_LOCKED, True)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self._build()
        self.watcher = CallWatcher(ctx, self)
        self.watcher.called.connect(self.show_call)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.timeout.connect(self.refresh)
        self.refresh_timer.start(REFRESH_MS)
        self.clock_timer = QTimer(self)
        self.clock_timer.timeout.connect(self.tick)
        self.clock_timer.start(1_000)
        self.blink_timer = QTimer(self)
        self.blink_timer.setInterval(BLINK_MS)
        self.blink_timer.timeout.connect(self._blink)
        self.blinks_left = 0
        self.notice_timer = QTimer(self)
        self.notice_timer.timeout.connect(self._next_notice)
        self.notice_timer.start(NOTICE_MS)
        self.refresh()
        self.watcher.start(self.state.last_id if self.state else 0)
        self.tick()

    # -- building ------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        top = QHBoxLayout()
        top.setContentsMargins(24, 8, 24, 8)
        self.hall_label = _label("hallLabel", Qt.AlignmentFlag.AlignLeft)
        self.clock_label = _label("clockLabel", Qt.AlignmentFlag.AlignRight)
        top.addWidget(self.hall_label, 1)
        top.addWidget(self.clock_label)
        root.addLayout(top)

        middle = QHBoxLayout()
        middle.setContentsMargins(24, 0, 24, 0)
        middle.setSpacing(24)
        self.current = QFrame()
        self.current.setObjectName("currentCall")
        current = QVBoxLayout(self.current)
        self.current_title = _label("currentTitle")
        self.current_title.setText(self.tr("正在叫号"))
        self.ticket_label = _label("ticketLabel")
        self.counter_label = _label("counterLabel")
        current.addWidget(self.current_title)
        current.addWidget(self.ticket_label, 1)
        current.addWidget(self.counter_label)
        middle.addWidget(self.current, 3)

        recent_box = QFrame()
        recent_box.setObjectName("recentBox")
        self.recent = QGridLayout(recent_box)
        self.recent.setVerticalSpacing(4)
        head_ticket = _label("recentHead")
        head_ticket.setText(self.tr("号票"))
        head_counter = _label("recentHead")
        head_counter.setText(self.tr("柜台"))
        self.recent.addWidget(head_ticket, 0, 0)
        self.recent.addWidget(head_counter, 0, 1)
        self.recent_rows: list[tuple[QLabel, QLabel]] = []
        for row in range(1, RECENT_ROWS + 1):
            pair = (_label("recentTicket"), _label("recentCounter"))
            self.recent.addWidget(pair[0], row, 0)
            self.recent.addWidget(pair[1], row, 1)
            self.recent_rows.append(pair)
        self.recent.setRowStretch(RECENT_ROWS + 1, 1)
        middle.addWidget(recent_box, 2)
        root.addLayout(middle, 1)

        self.waiting_label = _label("waitingLabel")
        self.waiting_label.setWordWrap(True)
        self.notice_label = _label("noticeLabel")
        self.notice_label.setWordWrap(True)
        root.addWidget(self.waiting_label)
        root.addWidget(self.notice_label)
        self._style()

    def _style(self, flash_on: bool = True) -> None:
        h = max(self.height(), 300)
        px = {  # pixel sizes from the height: readable at ~8 m on a hall's screen
            "top": h // 22,
            "title": h // 18,
            "ticket": h // 4,  # ≥ 1/10 of the height, as a hall display needs
            "counter": h // 9,
            "recent": h // 13,
            "bottom": h // 24,
        }
        on = flash_on and self.state is not None and bool(self.state.calls)
        box, box_text = (HIGHLIGHT, HIGHLIGHT_TEXT) if on else ("#13315c", TEXT)
        self.setStyleSheet(
            f"QWidget#hallDisplay {{ background: {BACKGROUND}; }}"
            f" QLabel {{ color: {TEXT}; }}"
            f" QLabel#hallLabel, QLabel#clockLabel {{ font-size: {px['top']}px; }}"
            f" QFrame#currentCall {{ background: {box}; border-radius: 16px; }}"
            f" QFrame#currentCall QLabel {{ color: {box_text}; }}"
            f" QLabel#currentTitle {{ font-size: {px['title']}px; }}"
            f" QLabel#ticketLabel {{ font-size: {px['ticket']}px; font-weight: bold; }}"
            f" QLabel#counterLabel {{ font-size: {px['counter']}px; font-weight: bold; }}"
            f" QLabel#recentHead {{ font-size: {px['bottom']}px; color: #9fb3c8; }}"
            f" QLabel#recentTicket, QLabel#recentCounter {{ font-size: {px['recent']}px; }}"
            f" QLabel#waitingLabel {{ font-size: {px['bottom']}px; padding: 6px;"
            f" background: #13315c; }}"
            f" QLabel#noticeLabel {{ font-size: {px['bottom']}px; padding: 6px; }}"
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._style(self.blinks_left % 2 == 0)
        super().resizeEvent(event)

    # -- what it shows -------------------------------------------------------------

    def refresh(self) -> None:
        try:
            self.state = hall_display.display_state(self.ctx, RECENT_ROWS + 1)
        except Exception:  # shown again at the next refresh; the watcher logs the outage
            return
        self._show_state(self.state)

    def _show_state(self, state: DisplayState) -> None:
        self.hall_label.setText(state.hall_name)
        if state.calls:
            newest = state.calls[0]
            self.ticket_label.setText(newest.ticket_no)
            self.counter_label.setText(self.tr("请到 {0} 号柜台").format(newest.counter))
        else:
            self.ticket_label.setText("—")
            self.counter_label.setText(self.tr("暂无叫号"))
        earlier = list(state.calls[1:])
        for (ticket, counter), call in zip(
            self.recent_rows, earlier + [None] * RECENT_ROWS, strict=False
        ):
            ticket.setText(call.ticket_no if call else "")
            counter.setText(self.tr("{0} 号柜台").format(call.counter) if call else "")
        self.waiting_label.setText(
            "    ".join(
                self.tr("{0} {1}：等候 {2} 人").format(w.category, tr_data(w.name), w.waiting)
                for w in state.waiting
            )
        )
        self.notice_index = min(self.notice_index, max(len(state.notices) - 1, 0))
        self._show_notice()
        self._style(self.blinks_left % 2 == 0)

    def _show_notice(self) -> None:
        notices = self.state.notices if self.state else ()
        if not notices:
            self.notice_label.setText("")
            self.notice_label.setVisible(False)
            return
        row = notices[self.notice_index % len(notices)]
        color = OUTAGE if row.is_outage else TEXT
        text = self.tr("【{0}】{1}  {2}").format(
            tr_data(row.kind_name), row.title, tr_message(row.period)
        )
        if row.area:
            text += self.tr("  范围：{0}").format(row.area)
        self.notice_label.setStyleSheet(f"color: {color};")
        self.notice_label.setText(text)
        self.notice_label.setVisible(True)

    def _next_notice(self) -> None:
        self.notice_index += 1
        self._show_notice()

    def show_call(self, call: CallRow) -> None:
        """A new call (or recall): shown at once, flashing."""
        self.refresh()
        self.blinks_left = FLASH_MS // BLINK_MS
        self.blink_timer.start()

    def _blink(self) -> None:
        self.blinks_left -= 1
        if self.blinks_left <= 0:
            self.blinks_left = 0
            self.blink_timer.stop()
        self._style(self.blinks_left % 2 == 0)

    def tick(self) -> None:
        now = local_naive(self.ctx.clock())
        weekday = (
            self.tr("星期一"),
            self.tr("星期二"),
            self.tr("星期三"),
            self.tr("星期四"),
            self.tr("星期五"),
            self.tr("星期六"),
            self.tr("星期日"),
        )[now.weekday()]
        self.clock_label.setText(f"{day_text(now.date())} {weekday} {now:%H:%M:%S}")

    # -- where it shows, and closing -------------------------------------------------

    def show_on(self, screen: QScreen, full_screen: bool) -> None:
        """Frameless full screen on the hall's screen; a framed window when the PC has
        only the clerk's screen (to try it out without covering the counter's work)."""
        if full_screen:
            self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
            self.showFullScreen()
        else:
            self.setWindowFlag(Qt.WindowType.FramelessWindowHint, False)
            self.resize(1024, 576)
            self.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:  # a stray key must not blank the hall's TV
            event.accept()
            return
        super().keyPressEvent(event)

    def close_display(self) -> None:
        self.may_close = True
        self.watcher.stop()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.may_close:  # Alt+F4 on the TV: only the clerk's menu closes it
            event.ignore()
            return
        for timer in (self.refresh_timer, self.clock_timer, self.blink_timer, self.notice_timer):
            timer.stop()
        self.watcher.stop()
        super().closeEvent(event)


def chosen_screen(name: str) -> QScreen | None:
    """The screen named in the PC's settings, else the last one (a second monitor)."""
    screens = QGuiApplication.screens()
    for screen in screens:
        if screen.name() == name:
            return screen
    return screens[-1] if screens else None
