"""The page registry (ui/page_registry.py) drives the real main window: F1, F5 and Ctrl+P
on each page (issue 14). Which role sees which pages, in order: test_roles_on_screen.py."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from support import add_owing_account

from counter_app.domain.permissions import ACTIONS
from counter_app.services import payments
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.ui import shortcuts as keys
from counter_app.ui.main_window import MainWindow
from counter_app.ui.page_contract import Page
from counter_app.ui.page_registry import EVERY_PAGE, PAGES
from counter_app.ui.settings import Settings


def _window(qtbot, ctx, hall, user, settings, tmp_path, shown) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(ctx, hall[0], user, settings, tmp_path / "printouts")
    qtbot.addWidget(win)
    win.show_pdf = shown.append  # type: ignore[method-assign]
    win.resize(1200, 760)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key, modifier)


def test_every_page_is_declared_once() -> None:
    for field in ("attr", "title", "build"):
        values = [getattr(entry, field) for entry in EVERY_PAGE]
        assert len(values) == len(set(values)), field
    for entry in EVERY_PAGE:
        assert entry.permission in ACTIONS
        assert entry.screen is None or entry.screen in keys.SCREENS
        assert issubclass(entry.build, Page)
    # Every screen of the shortcut table but the wizard's belongs to one page.
    screens = [entry.screen for entry in PAGES if entry.screen]
    assert sorted(screens) == sorted(set(keys.SCREENS) - {keys.GLOBAL, "wizard"})


def test_a_training_window_has_no_scores_page(
    qtbot,
    app_look,
    ctx: AppContext,
    hall: tuple[HallInfo, UserInfo],
    settings: Settings,
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    ctx.training = True
    win = _window(qtbot, ctx, hall, hall[1], settings, tmp_path, [])
    assert "培训成绩" not in win.page_names() and not hasattr(win, "training_scores")
    assert win.page_names()[-1] == "系统管理"


def _listed(screen: str) -> set[tuple[str, str]]:
    """What the overlay lists for a screen; Ctrl+1 … (a row per page) are checked elsewhere."""
    entries = [s for s in keys.for_screen(screen) if s.action != "goto_page"]
    return {(keys.keys_text(s.action), keys.description(s.action)) for s in entries}


def test_f1_lists_the_shown_pages_own_keys(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    global_rows = _listed(keys.GLOBAL)
    for row, entry in enumerate(window.entries):
        window.go_to_page(row)
        press(qtbot, Qt.Key.Key_F1)
        overlay = window.help_overlay
        assert overlay is not None
        own = _listed(entry.screen) if entry.screen else set()
        # The page's keys and the global ones, and no other page's.
        shown = {r for r in overlay.rows if r[0] not in keys.PAGE_KEYS}
        assert shown == own | global_rows, entry.attr
        overlay.close_overlay()
        qtbot.waitUntil(lambda: window.help_overlay is None)


def test_f5_reaches_each_pages_own_refresh(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    calls: list[str] = []
    for entry in window.entries:
        page = getattr(window, entry.attr)
        monkeypatch.setattr(page, "refresh", lambda attr=entry.attr: calls.append(attr))
    for row, entry in enumerate(window.entries):
        window.go_to_page(row)  # shown: refreshed once, unless its entry says not
        assert calls == ([entry.attr] if entry.refresh_on_show and row else [])
        calls.clear()
        press(qtbot, Qt.Key.Key_F5)
        assert calls == [entry.attr]
        calls.clear()


D = Decimal
NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)  # Tuesday, 10:00 hall time
ACCOUNT = "330101000888"


@pytest.fixture
def owing(ctx: AppContext, clerk: UserInfo) -> AppContext:
    """Pinned before the window is built: 收费记录 opens on the hall's day."""
    ctx.clock = lambda: NOW
    with ctx.write() as s:
        add_owing_account(s, NOW, ACCOUNT, [("202609", "123.40", date(2026, 10, 5))])
    return ctx


def test_f5_reads_again_without_losing_what_was_typed(
    qtbot, owing: AppContext, window: MainWindow, clerk: UserInfo
) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    # 日结: the cash counted so far stays.
    window.show_area(window.settlement)
    spin = next(iter(window.settlement.spins.values()))
    spin.setValue(3)
    press(qtbot, Qt.Key.Key_F5)
    assert spin.value() == 3
    # 便捷查询: an empty box stays empty; a search is run again.
    window.show_area(window.lookup)
    press(qtbot, Qt.Key.Key_F5)
    assert window.lookup.hits == [] and window.lookup.ui.resultsTable.rowCount() == 0
    window.lookup.ui.searchEdit.setText(ACCOUNT)
    press(qtbot, Qt.Key.Key_F5)
    assert [h.account_no for h in window.lookup.hits] == [ACCOUNT]
    window.pay_account(ACCOUNT)  # 收费, the account shown: one month owed
    assert window.payment.due is not None and len(window.payment.due.bills) == 1
    # 收费记录: a payment taken meanwhile (at another counter) appears.
    window.show_area(window.payments)
    assert window.payments.ui.paymentsTable.rowCount() == 0
    request = payments.PaymentRequest(ACCOUNT, D("129.57"), tendered=D("130"))
    receipt_no = payments.take_payment(owing, clerk, "2", request).receipt_no
    press(qtbot, Qt.Key.Key_F5)
    assert [r.receipt_no for r in window.payments.rows] == [receipt_no]
    # 收费: the shown account's arrears again, as of now (paid: nothing owed any more).
    window.show_area(window.payment)
    press(qtbot, Qt.Key.Key_F5)
    assert window.payment.due is not None and window.payment.due.bills == ()


def test_ctrl_p_reaches_the_pages_own_print_else_the_last_document(
    qtbot, window: MainWindow, shown_pdfs: list[Path], tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    slip = tmp_path / "slip.pdf"
    slip.write_bytes(b"%PDF-1.4")
    window.last_pdf = slip
    # Where the page has nothing of its own, the last slip shown is shown again.
    window.show_area(window.today)
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert shown_pdfs == [slip]
    # 收费记录 prints its selected receipt; with none selected it says so, nothing else.
    window.show_area(window.payments)
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert shown_pdfs == [slip]
    assert window.payments.ui.messageLabel.text() == "请先选择一张收据"
    # Every page's Ctrl+P goes to that page first.
    calls: list[str] = []
    for entry in window.entries:
        page = getattr(window, entry.attr)
        monkeypatch.setattr(page, "print_current", lambda a=entry.attr: calls.append(a) or True)
    for row, entry in enumerate(window.entries):
        window.go_to_page(row)
        press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        assert calls == [entry.attr]
        calls.clear()
    assert shown_pdfs == [slip]
