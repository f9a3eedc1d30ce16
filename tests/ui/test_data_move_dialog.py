"""The first start after the update offers to move the per-user store (issue 15)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from support import set_up_hall

from counter_app import datadir, sample_hall
from counter_app.bootstrap import open_context
from counter_app.ui import app as app_module
from counter_app.ui import data_move_dialog
from counter_app.ui.settings import Settings


@pytest.fixture
def old_store(tmp_path: Path) -> Path:
    db = tmp_path / "home" / "counter-app" / "counter.db"
    ctx = open_context(str(db))
    try:
        set_up_hall(ctx)
    finally:
        ctx.close()
    return db


@pytest.mark.parametrize("answer", [True, False])
def test_the_store_opened_is_the_moved_one_or_the_old_one(
    qtbot,
    app_look,
    settings: Settings,
    tmp_path: Path,
    old_store: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: bool,
) -> None:  # type: ignore[no-untyped-def]
    new_store = tmp_path / "machine" / "counter.db"
    monkeypatch.setattr(datadir, "data_dir", lambda: new_store.parent)
    asked: list[tuple[Path, Path]] = []
    told: list[str] = []
    monkeypatch.setattr(
        data_move_dialog, "ask_move", lambda _p, old, new: asked.append((old, new)) or answer
    )
    monkeypatch.setattr(
        data_move_dialog, "show_move_result", lambda _p, t, _x, failed: told.append(t)
    )
    start = app_module.Startup(str(new_store), settings, old_store=old_store)
    qtbot.addWidget(start.login)
    start.start()
    qtbot.waitUntil(start.login.ui.loginButton.isEnabled, timeout=15_000)
    try:
        assert asked == [(old_store, new_store.parent)]
        assert start.ctx is not None
        assert sample_hall.HALL["code"] in start.login.ui.hallLabel.text()  # not the setup
        if answer:
            assert start.db == str(new_store) and new_store.is_file()
            assert not old_store.exists() and told == ["数据已迁移"]
        else:  # this start works on the old store; asked again next time
            assert start.db == str(old_store) and not new_store.exists() and told == []
    finally:
        if start.ctx is not None:
            start.ctx.close()


def test_the_question_defaults_to_not_moving(qtbot, app_look, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A stray Enter on the real dialog moves nothing."""
    seen: list[str] = []

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.defaultButton().text())
        qtbot.keyClick(box, "\r")

    QTimer.singleShot(200, press_enter)
    assert data_move_dialog.ask_move(None, tmp_path / "old.db", tmp_path / "new") is False
    assert seen == ["暂不迁移"]
