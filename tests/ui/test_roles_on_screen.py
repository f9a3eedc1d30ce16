"""The screens read the role table; a disabled user's window locks (issue 12)."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import PASSWORD

from counter_app.domain.permissions import may
from counter_app.services import auth
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.ui import shortcuts as keys
from counter_app.ui.main_window import MainWindow
from counter_app.ui.page_registry import PAGES
from counter_app.ui.settings import Settings

COUNTER_PAGES = ["今日工作", "排队叫号", "业务办理", "便捷查询", "收费", "收费记录", "日结"]
COUNTER_PAGES += ["投诉意见", "走访调查", "公告"]
# What each role sees, in order: the screenshots and the manual depend on it.
SEEN = {
    "clerk": COUNTER_PAGES,
    "supervisor": [*COUNTER_PAGES, "指标看板", "培训成绩"],
    "admin": [*COUNTER_PAGES, "指标看板", "培训成绩", "系统管理"],
}


def _window(qtbot, ctx, hall, user, settings, tmp_path) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(ctx, hall[0], user, settings, tmp_path / "printouts")
    qtbot.addWidget(win)
    return win


@pytest.mark.parametrize("role", ["clerk", "supervisor", "admin"])
def test_main_window_pages_follow_the_table(
    qtbot,
    app_look,
    ctx: AppContext,
    hall: tuple[HallInfo, UserInfo],
    settings: Settings,
    tmp_path: Path,
    role: str,
) -> None:  # type: ignore[no-untyped-def]
    user = hall[1] if role == "admin" else auth.add_user(
        ctx, hall[1], username=f"u{role}", display_name="某人", staff_no="77",
        role=role, password=PASSWORD,
    )  # fmt: skip
    win = _window(qtbot, ctx, hall, user, settings, tmp_path)
    pages = [win.ui.navList.item(i).text() for i in range(win.ui.navList.count())]
    assert pages == SEEN[role]
    assert ("指标看板" in pages) == may(role, "dashboard.view")
    assert ("培训成绩" in pages) == may(role, "training.scores")
    assert ("系统管理" in pages) == may(role, "user.manage")
    # The registry's pages (ui/page_registry.py): the window holds exactly those it shows.
    for entry in PAGES:
        assert hasattr(win, entry.attr) == may(role, entry.permission), entry.attr
    # The navigation's tooltips carry the Ctrl+N keys, in the same order.
    for row, key in enumerate(keys.PAGE_KEYS[: len(pages)]):
        assert win.ui.navList.item(row).toolTip() == f"{SEEN[role][row]}（{key}）"
    assert win.ui.exportAction.isEnabled() == may(role, "export.hq")
    assert win.ui.backupAction.isEnabled() == may(role, "backup.create")


def test_a_disabled_clerks_window_locks_by_itself(
    qtbot,
    app_look,
    ctx: AppContext,
    hall: tuple[HallInfo, UserInfo],
    clerk: UserInfo,
    settings: Settings,
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, ctx, hall, clerk, settings, tmp_path)
    win.show()
    win.check_session()
    assert not win.locked  # still active: nothing happens
    auth.set_user_active(ctx, hall[1], clerk.id, False)
    win.check_session()
    assert win.locked and win.lock_screen is not None and win.lock_screen.isVisible()
    assert "已被停用" in win.statusBar().currentMessage()
    win.unlock()


def test_a_closed_window_never_locks_the_screen_of_the_next_sign_in(
    qtbot,
    app_look,
    ctx: AppContext,
    hall: tuple[HallInfo, UserInfo],
    clerk: UserInfo,
    settings: Settings,
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    # Closed (a shift ended) but not yet deleted: its session check must not hide the
    # window of whoever signed in next when the clerk it belonged to is disabled.
    old = _window(qtbot, ctx, hall, clerk, settings, tmp_path)
    old.show()
    old.close()
    assert not old.session_timer.isActive()
    nxt = _window(qtbot, ctx, hall, hall[1], settings, tmp_path)
    nxt.show()
    auth.set_user_active(ctx, hall[1], clerk.id, False)
    old.check_session()
    old.lock()
    assert not old.locked and nxt.isVisible()
