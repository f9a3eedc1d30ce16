"""Restoring from the screens: the administrator sees what would be lost and confirms."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from support import add_owing_account

from counter_app.bootstrap import open_context
from counter_app.services import backups, payments
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.services.errors import PermissionDenied
from counter_app.services.payments import PaymentRequest
from counter_app.ui import restore_dialog
from counter_app.ui.restore_dialog import RestoreLossDialog

pytestmark = pytest.mark.sqlite_only(reason="backups and restore work on the SQLite file")

NOW = datetime(2030, 11, 26, 2, 0, 5, tzinfo=UTC)
ACCOUNT = "330101000456"


def pay(ctx: AppContext, clerk: UserInfo) -> str:
    request = PaymentRequest(ACCOUNT, Decimal("0"), Decimal("5.00"))
    return payments.take_payment(ctx, clerk, "1", request).receipt_no


def receipts(db: Path) -> list[str]:
    with closing(sqlite3.connect(db)) as conn:
        return [r[0] for r in conn.execute("SELECT receipt_no FROM payments ORDER BY id")]


@pytest.fixture
def older(ctx: AppContext, clerk: UserInfo, db_path: Path, tmp_path: Path) -> Path:
    """A backup taken before two more receipts; the app closed."""
    ctx.clock = lambda: NOW
    with ctx.write() as s:
        add_owing_account(s, NOW, ACCOUNT)
    pay(ctx, clerk)
    folder = tmp_path / "backups"
    folder.mkdir()
    backup = backups.backup_now(ctx, folder, 5, 1)
    pay(ctx, clerk)
    pay(ctx, clerk)
    ctx.close()
    return backup


def click_when_shown(qtbot, agree: bool) -> None:  # type: ignore[no-untyped-def]
    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RestoreLossDialog)
        qtbot.addWidget(dialog)
        assert not dialog.confirm.isEnabled()
        if agree:
            dialog.agree.setChecked(True)
            assert dialog.confirm.isEnabled()
            dialog.confirm.click()
        else:
            dialog.reject()

    QTimer.singleShot(0, act)


def test_the_administrator_confirms_and_numbers_go_on(  # type: ignore[no-untyped-def]
    qtbot, hall: tuple[HallInfo, UserInfo], clerk: UserInfo, older: Path, db_path: Path
) -> None:
    issued = receipts(db_path)
    before = db_path.read_bytes()
    click_when_shown(qtbot, agree=False)
    assert restore_dialog.restore_backup(None, hall[1], older, db_path) is None
    assert db_path.read_bytes() == before
    click_when_shown(qtbot, agree=True)
    kept = restore_dialog.restore_backup(None, hall[1], older, db_path)
    assert kept is not None and receipts(kept) == issued
    assert receipts(db_path) == issued[:1]
    ctx = open_context(str(db_path))
    ctx.clock = lambda: NOW
    try:
        assert pay(ctx, clerk) not in issued
    finally:
        ctx.close()


def test_only_an_administrator_restores(clerk: UserInfo, older: Path, db_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        restore_dialog.restore_backup(None, clerk, older, db_path)


def test_the_dialog_reads_well(qtbot, app_look, older: Path, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    _info, loss = backups.check_restore(older, db_path)
    dialog = RestoreLossDialog(loss.error(older.name, on_screen=True).message)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    text = dialog.text.toPlainText()
    assert "收据 2 张：2030-11-26 1号柜台 第 2 至 3 号" in text
    assert "在确认框中勾选同意" in text and "--accept-loss" not in text
    # Everything fits: no scrolling needed for the message at the dialog's size.
    assert dialog.text.verticalScrollBar().maximum() == 0
    assert dialog.text.horizontalScrollBar().maximum() == 0
    dialog.grab().save(str(Path("/tmp") / "restore_loss_dialog.png"))
