"""The export dialog: the export runs off the UI thread, shows progress, and a cancel leaves
no file and no batch."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel, QProgressDialog, QPushButton
from support import add_owing_account

from counter_app.hq import export
from counter_app.services import payments
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.services.payments import PaymentRequest
from counter_app.ui.export_dialog import ExportDialog
from counter_app.ui.main_window import MainWindow

NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)  # Tuesday 10:00 in the hall
ACCOUNT = "0012345678"


@pytest.fixture
def paid(ctx: AppContext, hall: tuple[HallInfo, UserInfo], clerk: UserInfo) -> AppContext:
    """An account with two bill months, paid at the counter."""
    ctx.clock = lambda: NOW
    with ctx.write() as s:
        bills = [(month, "100.00", date(2026, 12, 5)) for month in ("202609", "202610")]
        add_owing_account(s, NOW, ACCOUNT, bills, name="张三丰", address="城关镇人民路100号")
    payments.take_payment(ctx, clerk, "1", PaymentRequest(ACCOUNT, Decimal("200.00")))
    return ctx


@pytest.fixture
def dialog(qtbot, app_look, paid: AppContext, hall, tmp_path: Path) -> ExportDialog:  # type: ignore[no-untyped-def]
    # The export is a supervisor's or an administrator's (domain/permissions.py).
    d = ExportDialog(paid, hall[1], tmp_path / "exports")
    qtbot.addWidget(d)
    d.show()
    return d


def shown_colour(label: QLabel) -> str:
    """The colour the label's text is painted in, style sheets applied (the app's too)."""
    label.ensurePolished()
    return label.palette().color(label.foregroundRole()).name()


RED, GREEN = "#b00020", "#0b6b3a"  # ui/refusals.py REFUSAL_STYLE, DONE_STYLE


def files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_export_runs_off_the_ui_thread_and_reports_the_batch(
    qtbot, dialog: ExportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    threads: list[int] = []
    real = export.export_period

    def recorded(*args: Any, **kw: Any) -> export.ExportResult:
        threads.append(threading.get_ident())
        return real(*args, **kw)

    monkeypatch.setattr(export, "export_period", recorded)
    assert "还没有导出过" in dialog.ui.lastBatchLabel.text()
    assert not dialog.ui.againRadio.isEnabled()
    qtbot.mouseClick(dialog.ui.exportButton, Qt.MouseButton.LeftButton)
    assert dialog.busy and not dialog.ui.exportButton.isEnabled()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)

    assert threads and threads[0] != threading.get_ident()
    assert dialog.result is not None and dialog.result.batch_no == 1
    assert files(tmp_path / "exports") == [dialog.result.path.name]
    assert "已导出第 0001 批" in dialog.ui.messageLabel.text()
    assert dialog.ui.exportButton.isEnabled() and dialog.ui.openFolderButton.isEnabled()
    assert dialog.findChild(QProgressDialog, "exportProgress") is None
    assert "第 0001 批" in dialog.ui.lastBatchLabel.text()
    assert dialog.ui.againRadio.isEnabled() and dialog.ui.batchCombo.count() == 1


def test_cancel_leaves_no_file_and_no_batch(
    qtbot, dialog: ExportDialog, paid: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    reached, release = threading.Event(), threading.Event()
    real = export.export_period

    def held(*args: Any, **kw: Any) -> export.ExportResult:
        outer = kw["progress"]

        def progress(stage: str, done: int, total: int) -> bool:
            keep_going = outer(stage, done, total)
            if stage == "收费明细" and done:  # rows already written to the temp file
                reached.set()
                release.wait(10)
                return bool(outer(stage, done, total))
            return bool(keep_going)

        kw["progress"] = progress
        return real(*args, **kw)

    monkeypatch.setattr(export, "export_period", held)
    qtbot.mouseClick(dialog.ui.exportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(reached.is_set, timeout=30_000)
    progress = dialog.findChild(QProgressDialog, "exportProgress")
    assert progress is not None and progress.isVisible()
    qtbot.waitUntil(lambda: "收费明细" in progress.labelText(), timeout=5_000)
    # Closing the dialog now does not close it: it cancels.
    dialog.reject()
    assert dialog.isVisible() and dialog.worker is not None and dialog.worker.stop.is_set()
    (cancel,) = [b for b in progress.findChildren(QPushButton) if b.text() == "取消"]
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)

    assert "导出已取消" in dialog.ui.messageLabel.text()
    assert dialog.result is None
    assert files(tmp_path / "exports") == []
    assert export.list_batches(paid) == []
    monkeypatch.setattr(export, "export_period", real)
    qtbot.mouseClick(dialog.ui.exportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    assert dialog.result is not None and dialog.result.batch_no == 1  # no number was used


def test_range_and_again(qtbot, dialog: ExportDialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "exports"
    assert dialog.ui.fromDate.date() == QDate(2026, 11, 1)
    assert dialog.ui.toDate.date() == QDate(2026, 11, 24)
    assert not dialog.ui.fromDate.isEnabled()
    dialog.ui.rangeRadio.setChecked(True)
    assert dialog.ui.fromDate.isEnabled() and not dialog.ui.batchCombo.isEnabled()
    dialog.ui.fromDate.setDate(QDate(2026, 11, 30))
    qtbot.mouseClick(dialog.ui.exportButton, Qt.MouseButton.LeftButton)
    assert not dialog.busy and "起始日期不能晚于截止日期" in dialog.ui.messageLabel.text()
    assert shown_colour(dialog.ui.messageLabel) == RED
    dialog.ui.fromDate.setDate(QDate(2026, 11, 1))
    qtbot.mouseClick(dialog.ui.exportButton, Qt.MouseButton.LeftButton)
    assert shown_colour(dialog.ui.messageLabel) != RED  # 正在导出…… is news, not a refusal
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    assert shown_colour(dialog.ui.messageLabel) == GREEN  # 已导出 after the refusal
    first = dialog.result
    assert first is not None and first.path.name == "330101_20261101-20261124_0001.xlsx"
    first.path.unlink()

    dialog.ui.againRadio.setChecked(True)
    assert dialog.ui.batchCombo.isEnabled() and dialog.ui.batchCombo.currentData() == 1
    qtbot.mouseClick(dialog.ui.exportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    again = dialog.result
    assert (
        again is not None and again.again and "重新导出第 0001 批" in dialog.ui.messageLabel.text()
    )
    assert files(out) == [first.path.name]
    assert again.checksums == first.checksums


def test_a_folder_that_cannot_be_used_is_reported(
    qtbot, dialog: ExportDialog, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    dialog.ui.folderEdit.setText(str(blocker / "sub"))
    qtbot.mouseClick(dialog.ui.exportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    assert dialog.ui.messageLabel.text().startswith("未导出：")
    dialog.ui.folderEdit.setText("")
    qtbot.mouseClick(dialog.ui.exportButton, Qt.MouseButton.LeftButton)
    assert "请选择导出文件保存的文件夹" in dialog.ui.messageLabel.text()


def test_main_window_opens_the_export_for_supervisors_only(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    assert not window.ui.exportAction.isEnabled()  # the window's user is a clerk
    dialog = window.open_export()
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.ui.folderEdit.text().endswith("exports")
    assert dialog.ui.sinceLastRadio.isChecked()
    dialog.reject()
    assert not dialog.isVisible()
