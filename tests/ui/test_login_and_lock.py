"""Signing in at the real dialog, lockout after five failures, and the idle lock."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QWidget
from support import PASSWORD, type_text

from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.ui.login_dialog import LoginDialog
from counter_app.ui.main_window import MainWindow


def attempt(qtbot, dialog: LoginDialog, username: str, password: str) -> None:  # type: ignore[no-untyped-def]
    dialog.ui.usernameEdit.clear()
    type_text(qtbot, dialog.ui.usernameEdit, username)
    dialog.ui.passwordEdit.clear()
    type_text(qtbot, dialog.ui.passwordEdit, password)
    qtbot.mouseClick(dialog.ui.loginButton, Qt.MouseButton.LeftButton)


def test_login_succeeds_with_the_right_password(
    qtbot, app_look, ctx: AppContext, clerk: UserInfo
) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(ctx, "城关供电营业厅")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.passwordEdit.echoMode() == QLineEdit.EchoMode.Password
    attempt(qtbot, dialog, "zhang", PASSWORD)
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert dialog.user is not None and dialog.user.id == clerk.id


def test_five_wrong_passwords_lock_the_account(
    qtbot, app_look, ctx: AppContext, clerk: UserInfo
) -> None:  # type: ignore[no-untyped-def]
    start = ctx.clock()
    ctx.clock = lambda: start
    dialog = LoginDialog(ctx, "城关供电营业厅")
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(4):
        attempt(qtbot, dialog, "zhang", "wrong-password")
        assert "用户名或密码不正确" in dialog.ui.messageLabel.text()
        assert dialog.ui.passwordEdit.text() == ""
    attempt(qtbot, dialog, "zhang", "wrong-password")
    assert "已锁定" in dialog.ui.messageLabel.text()
    # Even the right password is refused while locked.
    attempt(qtbot, dialog, "zhang", PASSWORD)
    assert "已锁定" in dialog.ui.messageLabel.text() and dialog.user is None
    # Five minutes later it opens again.
    ctx.clock = lambda: start + timedelta(minutes=5, seconds=1)
    attempt(qtbot, dialog, "zhang", PASSWORD)
    assert dialog.user is not None and dialog.user.username == "zhang"


def seen_texts(locked: QWidget | None = None) -> list[str]:
    """Every text a person could read on the screens now: the titles of the windows on
    show and the texts of their widgets that are neither hidden nor under a lock cover."""
    texts: list[str] = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        texts.append(top.windowTitle())
        if covered(top):
            texts.extend(w.text() for w in top.findChildren(QLabel, "lockCover"))
            continue
        for widget in [top, *top.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            for read in ("text", "toPlainText", "currentText"):
                value = getattr(widget, read, None)
                if callable(value):
                    texts.append(str(value()))
    return texts


def covered(top: QWidget) -> bool:
    """A lock cover on show over the whole window, above every other child."""
    covers = [c for c in top.findChildren(QLabel, "lockCover") if c.isVisible()]
    if not covers:
        return False
    cover = covers[0]
    widgets = [c for c in top.children() if isinstance(c, QWidget) and c.isVisible()]
    return cover.geometry().contains(top.rect()) and widgets[-1] is cover


def unlock_with(qtbot, window: MainWindow, password: str) -> None:  # type: ignore[no-untyped-def]
    assert window.lock_screen is not None
    panel = window.lock_screen.login
    panel.ui.passwordEdit.clear()
    type_text(qtbot, panel.ui.passwordEdit, password)
    qtbot.mouseClick(panel.ui.loginButton, Qt.MouseButton.LeftButton)


NAME, MOBILE = "欧阳娜娜", "13912345678"


def test_idle_lock_hides_every_window_and_dialog_and_brings_them_back(
    qtbot, window: MainWindow, ctx: AppContext
) -> None:  # type: ignore[no-untyped-def]
    # A complaint half taken (window-modal, from its page), and the rating window.
    window.show_area(window.complaints)
    dialog = window.complaints.new_complaint()
    qtbot.waitExposed(dialog)
    type_text(qtbot, dialog.ui.nameEdit, NAME)
    type_text(qtbot, dialog.ui.phoneEdit, MOBILE)
    rating = QWidget(None, Qt.WindowType.Window)  # a parentless top-level, as RatingWindow is
    qtbot.addWidget(rating)
    rating.setWindowTitle(f"请评价 {NAME}")
    rating.show()
    geometry, title = window.geometry(), dialog.windowTitle()
    assert any(NAME in t for t in seen_texts()) and any(MOBILE in t for t in seen_texts())

    window.idle.set_interval_ms(50)  # the idle timer, as after ten quiet minutes
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    window.idle.set_minutes(10)  # after the unlock, not again within this test

    lock = window.lock_screen
    assert lock is not None and lock.isVisible() and lock.isFullScreen()
    assert lock.windowModality() == Qt.WindowModality.ApplicationModal
    assert lock.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert QApplication.activeModalWidget() is lock
    for top in QApplication.topLevelWidgets():
        if top is not lock and top.isVisible():
            assert covered(top), top
    assert not window.isVisible() and not rating.isVisible()
    assert dialog.isVisible() and covered(dialog)  # modal: covered, not ended
    shown = "\n".join(seen_texts())
    assert NAME not in shown and MOBILE not in shown and "屏幕已锁定" in shown
    # The idle timer does not run while locked, and input elsewhere does not unlock.
    assert not window.idle.timer.isActive()

    # A wrong password: still locked, still nothing on show.
    unlock_with(qtbot, window, "wrong-password")
    assert window.locked and "用户名或密码不正确" in lock.login.ui.messageLabel.text()
    assert NAME not in "\n".join(seen_texts())
    # Esc does not quit the program (and lose the work beneath).
    qtbot.keyClick(lock.login.ui.passwordEdit, Qt.Key.Key_Escape)
    assert window.locked and lock.isVisible() and lock.login.isVisible()

    unlock_with(qtbot, window, PASSWORD)
    assert not window.locked and window.lock_screen is None
    assert not lock.isVisible()  # closed (deleted later)
    assert window.isVisible() and rating.isVisible() and window.geometry() == geometry
    assert dialog.isVisible() and not covered(dialog) and dialog.windowTitle() == title
    assert not any(c.isVisible() for c in dialog.findChildren(QLabel, "lockCover"))
    assert (dialog.ui.nameEdit.text(), dialog.ui.phoneEdit.text()) == (NAME, MOBILE)
    assert window.idle.timer.isActive()
    # The complaint is saved as typed after the unlock.
    type_text(qtbot, dialog.ui.contentEdit, "电压不稳")
    qtbot.mouseClick(dialog.ui.okButton, Qt.MouseButton.LeftButton)
    assert dialog.created is not None


def test_the_lock_works_over_a_dialog_in_its_own_event_loop(
    qtbot, window: MainWindow, ctx: AppContext
) -> None:  # type: ignore[no-untyped-def]
    from counter_app.ui.supervisor_dialog import SupervisorDialog

    dialog = SupervisorDialog(ctx, "作废收据", window)
    steps: list[str] = []

    def while_running() -> None:  # inside dialog.exec()
        type_text(qtbot, dialog.username, "boss")
        window.lock()
        steps.append("locked")
        assert covered(dialog) and not window.isVisible()
        assert "boss" not in "\n".join(seen_texts())
        unlock_with(qtbot, window, PASSWORD)
        steps.append("unlocked")
        assert dialog.isVisible() and dialog.username.text() == "boss"
        dialog.reject()

    QTimer.singleShot(0, while_running)
    result = dialog.exec()
    # The lock did not end the dialog: it ran until the clerk closed it.
    assert steps == ["locked", "unlocked"] and result == QDialog.DialogCode.Rejected
    assert window.isVisible() and not window.locked


def test_input_postpones_the_idle_lock(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.idle.set_interval_ms(400)
    for _ in range(6):
        qtbot.wait(100)
        qtbot.keyClick(window.ui.navList, Qt.Key.Key_Down)
    assert not window.locked
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    window.idle.set_minutes(10)
    unlock_with(qtbot, window, PASSWORD)
    assert not window.locked


def test_unlock_refuses_another_clerk(
    qtbot, app_look, ctx: AppContext, hall: tuple[HallInfo, UserInfo], clerk: UserInfo
) -> None:  # type: ignore[no-untyped-def]
    from counter_app.services import auth

    auth.add_user(
        ctx,
        hall[1],
        username="li",
        display_name="李营业",
        staff_no="1002",
        role="clerk",
        password=PASSWORD,
    )
    dialog = LoginDialog(ctx, "城关供电营业厅", locked_for=clerk)
    qtbot.addWidget(dialog)
    dialog.show()
    attempt(qtbot, dialog, "li", PASSWORD)
    assert dialog.user is None and "本人或管理员" in dialog.ui.messageLabel.text()
    attempt(qtbot, dialog, "zhang", PASSWORD)
    assert dialog.user is not None
