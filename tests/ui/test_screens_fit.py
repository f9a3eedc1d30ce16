"""Every page of the main window fits the hall's PC (issue 16): 1366×768 and 1280×720, at
the default and the large type size (counter_app/ui/screen_fit.py says why these).

A page fits when the window, with that page in front, asks for no more than a maximized
window's client area (the screen less the taskbar and the title bar), and, given exactly
that area, draws every control of the page whole (a list's rows may scroll, an action
button may not). The 收费 page has its own fit test (its layout is another piece of work).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from counter_app.services import calendar_import
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.ui import screen_fit
from counter_app.ui.look import BASE_POINT_SIZE, set_point_size
from counter_app.ui.main_window import MainWindow
from counter_app.ui.page_registry import PAGES, TRAINING_EXERCISES
from counter_app.ui.settings import Settings
from counter_app.ui.training_mode import enter_training

PAYMENT = "payment"  # tested by its own fit test, with the total always in view
PAGE_ATTRS = [entry.attr for entry in PAGES if entry.attr != PAYMENT] + [TRAINING_EXERCISES.attr]
SIZES = [
    pytest.param(screen, points, id=f"{screen[0]}x{screen[1]}-{points}pt")
    for screen in screen_fit.SCREENS
    for points in screen_fit.POINT_SIZES
]


@pytest.fixture
def type_size(app_look) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The test sets the clerk's type size with look.set_point_size; it is put back after."""
    yield
    set_point_size(QApplication.instance(), BASE_POINT_SIZE)  # type: ignore[arg-type]


def admin_window(
    qtbot,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
    ctx: AppContext,
    hall: tuple[HallInfo, UserInfo],
    settings: Settings,
    tmp_path: Path,
    training: bool,
) -> MainWindow:
    """The administrator's window has every page; 培训练习 is the training window's own.

    With the calendar banner at its longest (October to December, neither this year's
    nor next year's holidays imported), whatever today is: it takes the pages' room."""
    monkeypatch.setattr(ctx.calendar, "covers", lambda _year: False)
    monkeypatch.setattr(calendar_import, "local_date", lambda _now: date(2027, 10, 8))
    win = MainWindow(ctx, hall[0], hall[1], settings, tmp_path / "printouts")
    qtbot.addWidget(win)
    win.show_pdf = lambda _path: None  # type: ignore[method-assign]
    if training:
        enter_training(win, ctx)
    win.show()
    return win


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


@pytest.mark.parametrize(("screen", "points"), SIZES)
@pytest.mark.parametrize("attr", PAGE_ATTRS)
def test_the_page_fits_the_halls_screen(
    qtbot,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
    type_size: None,
    ctx: AppContext,
    hall: tuple[HallInfo, UserInfo],
    settings: Settings,
    tmp_path: Path,
    attr: str,
    screen: tuple[int, int],
    points: int,
) -> None:
    # The type size first, as the start-up sets it before any window exists.
    set_point_size(QApplication.instance(), points)  # type: ignore[arg-type]
    win = admin_window(
        qtbot, monkeypatch, ctx, hall, settings, tmp_path, attr == TRAINING_EXERCISES.attr
    )
    page = getattr(win, attr)
    win.show_area(page)
    settle()
    assert win.ui.calendarBanner.isVisible()
    room = screen_fit.available(screen)
    need = screen_fit.needed(win)
    where = f"{attr} at {screen[0]}×{screen[1]}, {points} pt"
    if need.expandedTo(room) != room:
        pytest.fail(
            f"{where}: the window needs {need.width()}×{need.height()}, "
            f"the screen leaves {room.width()}×{room.height()}",
            pytrace=False,
        )

    win.resize(room)
    settle()
    assert win.size() == room, f"{where}: the window would not take {room.toTuple()}"
    assert screen_fit.cut_controls(page, win) == [], f"{where}: controls cut off"


def open_dialogs(win: MainWindow, ctx: AppContext, user: UserInfo, tmp_path: Path) -> dict:  # type: ignore[type-arg]
    from counter_app.sample_hall import BUSINESS
    from counter_app.ui.complaints_page import ComplaintDialog
    from counter_app.ui.settings_dialog import SettingsDialog

    return {
        "settings": SettingsDialog(win.settings, str(tmp_path), win),
        "export": win.open_export(),
        "complaint": ComplaintDialog(ctx, user, win),
        "wizard": win.start_business(BUSINESS),
    }


@pytest.mark.parametrize(("screen", "points"), SIZES)
def test_the_daily_dialogs_fit_the_halls_screen(
    qtbot,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
    type_size: None,
    ctx: AppContext,
    hall: tuple[HallInfo, UserInfo],
    settings: Settings,
    tmp_path: Path,
    screen: tuple[int, int],
    points: int,
) -> None:
    set_point_size(QApplication.instance(), points)  # type: ignore[arg-type]
    win = admin_window(qtbot, monkeypatch, ctx, hall, settings, tmp_path, False)
    room = screen_fit.available(screen)
    too_big = []
    for name, dialog in open_dialogs(win, ctx, hall[1], tmp_path).items():
        dialog.show()
        settle()
        need = screen_fit.needed(dialog)
        if need.expandedTo(room) != room:
            too_big.append(f"{name} needs {need.width()}×{need.height()}")
        dialog.resize(dialog.size().boundedTo(room))
        settle()
        cut = screen_fit.cut_controls(dialog, dialog)
        if cut:
            too_big.append(f"{name} cuts {', '.join(cut)}")
        dialog.close()
    where = f"at {screen[0]}×{screen[1]}, {points} pt (room {room.width()}×{room.height()})"
    assert too_big == [], where
