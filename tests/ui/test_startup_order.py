"""Start-up order: the login window is painted first, the store opens right behind it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject

from counter_app import datadir
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.ui import app as app_module
from counter_app.ui.settings import Settings


class PaintSeen(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def test_the_store_opens_after_the_login_window_is_painted(
    qtbot,
    app_look,
    ctx: AppContext,
    hall: tuple[HallInfo, UserInfo],
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(datadir, "data_dir", lambda: tmp_path)
    start = app_module.Startup(ctx.database, settings)
    qtbot.addWidget(start.login)
    seen = PaintSeen()
    start.login.installEventFilter(seen)
    opened_after_paint: list[bool] = []
    real_open = start.open_store

    def open_store() -> None:
        opened_after_paint.append(seen.painted)
        real_open()

    monkeypatch.setattr(start, "open_store", open_store)
    start.start()
    assert not start.login.ui.loginButton.isEnabled()  # nothing opened before the paint
    qtbot.waitUntil(start.login.ui.loginButton.isEnabled, timeout=10_000)
    try:
        assert opened_after_paint[0] is True
        assert start.ctx is not None
        assert start.login.ui.hallLabel.text() == f"{hall[0].name}（{hall[0].code}）"
        # The fallback timer comes later and opens nothing twice.
        opened = start.ctx
        qtbot.wait(app_module.STORE_AFTER_MS + 200)
        assert start.ctx is opened
    finally:
        if start.ctx is not None:
            start.ctx.close()
