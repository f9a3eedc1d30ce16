"""Screenshot of the queue page with a customer at the counter (see screenshots.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.ui.settings import Settings


def shoot_queue(
    shoot: Callable[[QWidget, str], Path],
    ctx: AppContext,
    hall: HallInfo,
    clerk: UserInfo,
    settings: Settings,
    printouts: Path,
) -> None:
    from counter_app.ui.main_window import MainWindow

    window = MainWindow(ctx, hall, clerk, settings, printouts)
    window.show_pdf = lambda _path: None  # type: ignore[method-assign]
    window.resize(1280, 800)
    window.show_area(window.queue)
    for _ in range(3):  # three customers take tickets; the first is called
        window.queue.issue_ticket()
    window.queue.call_next()
    shoot(window, "12_main_queue")
    window.close()
    window.deleteLater()


def shoot_hall_display(
    shoot: Callable[[QWidget, str], Path], ctx: AppContext, clerk: UserInfo
) -> Path:
    """The hall display at 1366×768 with calls from two counters (and any notices)."""
    from counter_app.services import queue
    from counter_app.ui.hall_display import HallDisplay

    for category in "AAAB":
        queue.issue_ticket(ctx, category)
    # Counters of their own: the earlier shots left customers at 1 and 2.
    for counter, category in (("6", "A"), ("7", "B"), ("8", "A")):
        queue.call_next(ctx, clerk, counter, [category])
    display = HallDisplay(ctx)
    display.resize(1366, 768)
    display.show()
    assert display.state is not None and display.state.calls
    display.show_call(display.state.calls[0])  # highlighted, as a new call is
    path = shoot(display, "15_hall_display")
    display.close_display()
    display.deleteLater()
    return path
