"""Signing in at the real dialog, lockout after five failures, and the idle lock."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
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


def test_idle_locks_the_screen_and_keeps_the_work(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.show_area(window.catalogue)
    wizard = window.start_business("lv_residential_new")
    page = wizard.currentPage()
    name = page.findChild(QLineEdit, "field_name")
    type_text(qtbot, name, "张三丰")
    seen: list[tuple[bool, bool]] = []

    def unlock() -> bool:
        covers = [w.findChild(object, "lockCover") for w in (window, wizard)]
        seen.append((all(c is not None and c.isVisible() for c in covers), window.locked))
        return True

    window.ask_unlock = unlock  # type: ignore[method-assign]
    window.idle.set_interval_ms(50)
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    # Both windows were covered while locked, and the work is still there afterwards.
    assert seen == [(True, True)]
    assert wizard.isVisible() and name.text() == "张三丰"
    assert not window.locked and window.idle.timer.isActive()


def test_input_postpones_the_idle_lock(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    locks: list[bool] = []
    window.ask_unlock = lambda: locks.append(True) or True  # type: ignore[method-assign]
    window.idle.set_interval_ms(400)
    for _ in range(6):
        qtbot.wait(100)
        qtbot.keyClick(window.ui.navList, Qt.Key.Key_Down)
    assert locks == []
    qtbot.waitUntil(lambda: bool(locks), timeout=3000)


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
