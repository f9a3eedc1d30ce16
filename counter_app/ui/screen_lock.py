"""The idle lock: one full-screen lock screen, every other window of the app out of sight.

While locked, no window shows customer data. Windows are hidden and shown again
afterwards where they were. A modal dialog may be running its own event loop
(QDialog.exec), and hiding a QDialog ends that loop as if cancelled, losing the
clerk's work; so modal dialogs are covered instead (an opaque child over the whole
dialog, the title made neutral) and stay open beneath. The lock screen is
application-modal and comes last, so it alone takes input, whichever event loop is
running when the idle timer fires; locking does not block (no event loop of its own).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from counter_app.ui.login_dialog import LoginDialog

if TYPE_CHECKING:
    from counter_app.services.auth import UserInfo
    from counter_app.services.context import AppContext

LOCK_COLOUR = "#0b4f8a"


class LockCover(QLabel):
    """An opaque cover over a whole window while locked; the work beneath stays."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setText(self.tr("屏幕已锁定"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAutoFillBackground(True)
        self.setStyleSheet(f"background:{LOCK_COLOUR}; color:white; font-size:24pt;")
        self.setGeometry(window.rect())
        window.installEventFilter(self)  # follows the window's size
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
            self.raise_()
        elif event.type() == QEvent.Type.ChildAdded:
            self.raise_()  # a widget added beneath stays beneath
        return False


class LockScreen(QWidget):
    """Full screen, on top, application-modal: the unlock form on the hall's blue."""

    unlocked = Signal(object)  # the UserInfo who unlocked
    quit_requested = Signal()

    def __init__(self, ctx: AppContext, hall_title: str, user: UserInfo) -> None:
        flags = (
            Qt.WindowType.Window
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
        )
        super().__init__(None, flags)
        self.setObjectName("lockScreen")
        self.setWindowTitle(self.tr("柜台助手 - 屏幕已锁定"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(f"QWidget#lockScreen {{ background: {LOCK_COLOUR}; }}")
        self.login = LoginDialog(ctx, hall_title, self, locked_for=user)
        self.login.setWindowFlags(Qt.WindowType.Widget)  # a panel of this screen
        self.login.setObjectName("unlockPanel")
        self.login.setAutoFillBackground(True)
        self.login.setFixedSize(self.login.sizeHint().expandedTo(self.login.size()))
        self.login.accepted.connect(lambda: self.unlocked.emit(self.login.user))
        self.login.rejected.connect(self.quit_requested.emit)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.login, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)

    def show_over(self, where: QWidget | None) -> None:
        screen = where.screen() if where is not None else QApplication.primaryScreen()
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()  # on top by its flags (raise() is not on every platform)
        self.activateWindow()
        self.login.ui.passwordEdit.setFocus(Qt.FocusReason.OtherFocusReason)


@dataclass
class _Hidden:
    widget: QWidget
    geometry: QRect
    state: Qt.WindowState


@dataclass
class _Covered:
    window: QWidget
    cover: LockCover
    title: str


def _passing(widget: QWidget) -> bool:
    """Menus, combo lists and tooltips: closed at lock, not brought back."""
    kind = widget.windowType()
    return kind in (Qt.WindowType.Popup, Qt.WindowType.ToolTip, Qt.WindowType.SplashScreen)


class ScreenLock:
    """What one lock put out of sight, to bring back exactly."""

    def __init__(self, screen: LockScreen, owner: QWidget) -> None:
        self.screen = screen
        self.hidden: list[_Hidden] = []
        self.covered: list[_Covered] = []
        self.active = QApplication.activeWindow()
        self.focus = QApplication.focusWidget()
        where = owner if owner.isVisible() else self.active
        QToolTip.hideText()
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()
        for widget in QApplication.topLevelWidgets():
            if widget is screen or not widget.isVisible() or _passing(widget):
                continue
            if widget.property("keepShowingWhenLocked"):  # the hall display: the hall's
                continue  # TV, no input, nothing personal (ui/hall_display.py)
            if isinstance(widget, QDialog) and widget.isModal():
                # Perhaps inside exec(): hiding would end it as cancelled. Covered instead.
                self.covered.append(_Covered(widget, LockCover(widget), widget.windowTitle()))
                widget.setWindowTitle(screen.windowTitle())
            else:
                self.hidden.append(_Hidden(widget, widget.geometry(), widget.windowState()))
                widget.hide()
        screen.show_over(where)

    def release(self) -> None:
        """Everything back as it was; the lock screen closed."""
        for item in self.hidden:
            if not shiboken6.isValid(item.widget):  # deleted meanwhile
                continue
            item.widget.show()
            # Where it was: a maximised or full-screen window as such, else its rectangle.
            if item.state & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
                item.widget.setWindowState(item.state)
            elif item.widget.geometry() != item.geometry:
                item.widget.setGeometry(item.geometry)
        for covered in self.covered:
            if not shiboken6.isValid(covered.window):
                continue
            covered.window.removeEventFilter(covered.cover)
            covered.cover.hide()
            covered.cover.deleteLater()
            covered.window.setWindowTitle(covered.title)
        self.screen.close()
        self.screen.deleteLater()
        # The window the clerk was in (a modal dialog stays above its parent by itself).
        if self.active is not None and shiboken6.isValid(self.active):
            self.active.activateWindow()
        if self.focus is not None and shiboken6.isValid(self.focus):
            self.focus.setFocus(Qt.FocusReason.OtherFocusReason)
