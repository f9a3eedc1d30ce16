"""The status bar: the permanent hall/clerk line must leave room for the temporary messages."""

from __future__ import annotations

from counter_app.ui.main_window import MainWindow


def test_a_temporary_message_is_painted_beside_the_permanent_line(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    bar = window.statusBar()
    qtbot.waitExposed(window)
    blank = bar.grab().toImage()
    bar.showMessage("已受理 低压居民新装，受理编号 X-0001", 15_000)
    qtbot.wait(50)
    shown = bar.grab().toImage()
    assert bar.currentMessage().startswith("已受理")
    # The message is drawn left of the permanent label, which must not take the whole bar.
    assert window.status.geometry().left() > bar.width() // 3
    assert shown != blank
