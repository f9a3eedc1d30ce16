"""注销 / 切换用户: the next clerk signs in without the program being quit."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from sqlalchemy import select
from support import PASSWORD, add_owing_account, type_text

from counter_app import datadir
from counter_app.services import queue
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.store.models import AuditEntry
from counter_app.ui import app as app_module
from counter_app.ui import sign_out
from counter_app.ui.login_dialog import LoginDialog
from counter_app.ui.main_window import MainWindow
from counter_app.ui.settings import Settings


def sign_in(qtbot, dialog: LoginDialog, username: str) -> None:  # type: ignore[no-untyped-def]
    dialog.ui.usernameEdit.clear()
    type_text(qtbot, dialog.ui.usernameEdit, username)
    dialog.ui.passwordEdit.clear()
    type_text(qtbot, dialog.ui.passwordEdit, PASSWORD)
    qtbot.mouseClick(dialog.ui.loginButton, Qt.MouseButton.LeftButton)


def sign_out_action(window: MainWindow) -> QAction:
    action = window.findChild(QAction, "signOutAction")
    assert action is not None and action in window.ui.fileMenu.actions()
    return action


@pytest.fixture
def startup(  # type: ignore[no-untyped-def]
    qtbot,
    app_look,
    ctx: AppContext,
    hall: tuple[HallInfo, UserInfo],
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
):
    monkeypatch.setattr(datadir, "data_dir", lambda: tmp_path)
    # The clock warning and the day's first backup are not what these tests are about.
    monkeypatch.setattr(app_module.Startup, "after_login", lambda self: None)
    start = app_module.Startup(ctx.database, settings)
    qtbot.addWidget(start.login)
    start.start()
    qtbot.waitUntil(start.login.ui.loginButton.isEnabled, timeout=10_000)
    yield start
    if start.window is not None:
        start.window.signed_out.disconnect()
        start.window.close()
    if start.ctx is not None:
        start.ctx.close()


def test_a_clerk_signs_out_and_a_supervisor_signs_in(  # type: ignore[no-untyped-def]
    qtbot,
    startup: app_module.Startup,
    ctx: AppContext,
    clerk: UserInfo,
    supervisor: UserInfo,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ended: list[bool] = []
    monkeypatch.setattr(app_module, "end_app", lambda: ended.append(True))
    sign_in(qtbot, startup.login, clerk.username)
    first = startup.window
    assert first is not None and first.user.id == clerk.id
    assert not first.shows("dashboard")
    assert sign_out_action(first).shortcut().toString() == "Ctrl+Shift+L"

    sign_out_action(first).trigger()
    assert startup.window is None and not first.isVisible()
    assert startup.login.isVisible() and startup.login.ui.usernameEdit.text() == ""
    assert not ended  # the program goes on

    sign_in(qtbot, startup.login, supervisor.username)
    second = startup.window
    assert second is not None and second is not first and second.user.id == supervisor.id
    assert second.shows("dashboard") and "指标看板" in second.page_names()
    with ctx.read() as s:
        trail = [
            (e.action, e.user_id)
            for e in s.scalars(
                select(AuditEntry)
                .where(AuditEntry.action.in_(("user.login", "user.logout")))
                .order_by(AuditEntry.id)
            )
        ]
    assert trail == [
        ("user.login", clerk.id),
        ("user.logout", clerk.id),
        ("user.login", supervisor.id),
    ]

    # 退出 on the login after a sign-out ends the program.
    sign_out_action(second).trigger()
    qtbot.mouseClick(startup.login.ui.quitButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(ended))


def test_a_customer_being_served_is_ended_first(  # type: ignore[no-untyped-def]
    qtbot,
    window: MainWindow,
    ctx: AppContext,
    clerk: UserInfo,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    category = next(iter(window.queue.config.prefixes))
    window.queue.visit = queue.walk_in(ctx, clerk, window.counter, category)
    shown: list[str] = []
    monkeypatch.setattr(sign_out, "show_refusal", lambda _w, text, _title: shown.append(text))
    assert sign_out.sign_out(window) is False
    assert window.isVisible() and "请先结束接待" in shown[0]
    with ctx.read() as s:
        assert not s.scalar(select(AuditEntry.id).where(AuditEntry.action == "user.logout"))


def test_a_keyed_payment_is_asked_about(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = ctx.clock()
    with ctx.write() as s:
        add_owing_account(s, now, "3700000001", [("202401", "100.00", date(2024, 2, 10))])
    window.pay_account("3700000001")
    assert window.payment.due is not None
    asked: list[str] = []

    def refuse(_w: object, account_no: str) -> bool:
        asked.append(account_no)
        return False

    monkeypatch.setattr(sign_out, "confirm_drop_payment", refuse)
    assert sign_out.sign_out(window) is False and window.isVisible()
    assert asked == ["3700000001"]
    monkeypatch.setattr(sign_out, "confirm_drop_payment", lambda _w, _no: True)
    assert sign_out.sign_out(window) is True and not window.isVisible()
