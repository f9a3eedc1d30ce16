"""Long work as jobs (ui/jobs.py): off the UI thread, progress shown, 取消 leaves nothing.

A slow job is faked by holding the real service at one of its progress reports on an
Event, never by sleeping: the test then looks at the window while the job waits.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget
from sqlalchemy import func, select

from counter_app.services import backups, hq_imports
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.services.hq_imports import ARREARS_HEADERS
from counter_app.store.models import Account, Arrears, AuditEntry, Customer
from counter_app.ui import jobs, refusals, users_page
from counter_app.ui import settings as opt
from counter_app.ui.jobs import run_job, running_job
from counter_app.ui.main_window import MainWindow
from counter_app.ui.page_contract import PageKit
from counter_app.ui.settings import Settings
from counter_app.ui.users_page import UsersPage

pytestmark = pytest.mark.sqlite_only(reason="UI tests run on SQLite; backups copy the file")


def arrears_file(path: Path, rows: int, bad_row: int | None = None) -> Path:
    """HQ's arrears list with ``rows`` rows (three months an account); ``bad_row`` (a data
    row's number, from 1) gets a month that is not a month."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet("欠费清单")
    sheet.append(list(ARREARS_HEADERS))
    for n in range(rows):
        month = ("202502", "202503", "202504")[n % 3]
        no = f"3301{n // 3 + 1:08d}"
        amount = 100 + n % 50
        if bad_row is not None and n + 1 == bad_row:
            month = "2025年"
        sheet.append([no, f"户{n // 3}", "城关镇", "居民", month, amount, 0, amount,
                      datetime(2025, 4, 25)])  # fmt: skip
    book.save(path)
    return path


def counts(ctx: AppContext) -> dict[str, int]:
    with ctx.read() as s:
        return {
            m.__name__: s.scalar(select(func.count()).select_from(m)) or 0
            for m in (Account, Customer, Arrears, AuditEntry)
        }


def held(
    real: Callable[..., Any], at: Callable[[str, int, int], bool]
) -> tuple[Callable[..., Any], threading.Event, threading.Event]:
    """``real`` with its progress held (in the job's thread) at the first report ``at``
    accepts, until ``release``; the report then asks the job's own progress again, so a
    取消 pressed meanwhile is heard."""
    reached, release = threading.Event(), threading.Event()

    def run(*args: Any, **kw: Any) -> Any:
        outer = kw["progress"]

        def progress(stage: str, done: int, total: int) -> bool:
            keep_going = outer(stage, done, total)
            if not reached.is_set() and at(stage, done, total):
                reached.set()
                release.wait(20)
                return bool(outer(stage, done, total))
            return bool(keep_going)

        kw["progress"] = progress
        return real(*args, **kw)

    return run, reached, release


def press_cancel(qtbot, dialog: QProgressDialog) -> None:  # type: ignore[no-untyped-def]
    (cancel,) = [b for b in dialog.findChildren(QPushButton) if b.text() == "取消"]
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)


@pytest.fixture
def page(qtbot, app_look, ctx: AppContext, hall: tuple[HallInfo, UserInfo]) -> UsersPage:  # type: ignore[no-untyped-def]
    shown = UsersPage(PageKit(ctx, hall[1]))  # the administrator imports HQ's files
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_an_arrears_import_cancelled_in_the_middle_writes_nothing_and_the_window_lives_on(
    qtbot, page: UsersPage, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    file = arrears_file(tmp_path / "arrears.xlsx", 1_600)
    chosen: list[str] = []
    monkeypatch.setattr(users_page, "choose_file", lambda *_a: chosen.append("x") or str(file))
    cancelled: list[str] = []
    monkeypatch.setattr(jobs, "show_cancelled", lambda _p, _t, text: cancelled.append(text))
    # Held once 1000 rows were read: the first 500 are already written in the transaction.
    slow, reached, release = held(hq_imports.import_arrears, lambda _s, done, _t: done >= 1000)
    monkeypatch.setattr(hq_imports, "import_arrears", slow)
    before = counts(ctx)
    ticks: list[int] = []
    timer = QTimer(page)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)

    qtbot.mouseClick(page.ui.arrearsButton, Qt.MouseButton.LeftButton)
    job = running_job(page)
    assert job is not None
    qtbot.waitUntil(reached.is_set, timeout=30_000)
    dialog = page.findChild(QProgressDialog, "jobProgress")
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "导入欠费清单"
    qtbot.waitUntil(lambda: "1000" in dialog.labelText(), timeout=5_000)
    assert "检查并写入欠费记录" in dialog.labelText()
    assert dialog.maximum() == 0  # no total known while reading: a busy bar
    # The job waits in its thread; the UI thread goes on: timers fire, the page repaints.
    ticks.clear()
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=5_000)
    page.repaint()
    # A second click does not start a second import (nor ask for a file).
    page.import_file("欠费清单", hq_imports.import_arrears)
    assert chosen == ["x"] and running_job(page) is job
    assert len(page.findChildren(QProgressDialog, "jobProgress")) == 1

    with qtbot.waitSignal(job.ended, timeout=30_000):
        press_cancel(qtbot, dialog)
        release.set()
    assert cancelled and "导入已取消" in cancelled[0] and "没有写入任何数据" in cancelled[0]
    assert counts(ctx) == before  # the 500 rows written before the cancel rolled back
    with ctx.read() as s:
        assert (
            s.scalars(select(AuditEntry).where(AuditEntry.action == "arrears.import")).all() == []
        )
    assert running_job(page) is None and page.findChild(QProgressDialog, "jobProgress") is None

    # Not cancelled, the same file goes in whole.
    monkeypatch.setattr(users_page.QMessageBox, "information", lambda *_a: None)
    with qtbot.waitSignal(page.data_imported, timeout=60_000):
        page.import_file("欠费清单", slow)  # held no more: `reached` is set
    assert counts(ctx)["Arrears"] == before["Arrears"] + 1_600


def test_a_refused_file_shows_the_refusal_and_changes_nothing(
    qtbot, page: UsersPage, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    file = arrears_file(tmp_path / "bad.xlsx", 1_200, bad_row=1_100)  # after a chunk applied
    monkeypatch.setattr(users_page, "choose_file", lambda *_a: str(file))
    warned: list[tuple[str, str]] = []
    monkeypatch.setattr(
        refusals.QMessageBox, "warning", lambda _p, t, text: warned.append((t, text))
    )
    before = counts(ctx)
    qtbot.mouseClick(page.ui.arrearsButton, Qt.MouseButton.LeftButton)
    job = running_job(page)
    assert job is not None
    qtbot.waitSignal(job.ended, timeout=60_000).wait()
    assert warned and warned[0][0] == "欠费清单未导入"
    assert "bad.xlsx 未导入" in warned[0][1] and "第1101行" in warned[0][1]
    assert counts(ctx) == before


def test_a_backup_cancelled_leaves_no_file_and_no_record(
    qtbot,
    app_look,
    ctx: AppContext,
    hall: tuple[HallInfo, UserInfo],
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    admin = MainWindow(ctx, hall[0], hall[1], settings, tmp_path / "printouts")
    qtbot.addWidget(admin)
    admin.show()
    usb = tmp_path / "usb"
    usb.mkdir()
    settings.set(opt.BACKUP_FOLDER, str(usb))
    cancelled: list[str] = []
    monkeypatch.setattr(jobs, "show_cancelled", lambda _p, _t, text: cancelled.append(text))
    slow, reached, release = held(backups.backup_now, lambda *_a: True)
    monkeypatch.setattr(backups, "backup_now", slow)

    admin.ui.backupAction.trigger()
    job = running_job(admin)
    assert job is not None
    qtbot.waitUntil(reached.is_set, timeout=30_000)
    dialog = admin.findChild(QProgressDialog, "jobProgress")
    assert dialog is not None
    qtbot.waitUntil(lambda: "复制数据库" in dialog.labelText(), timeout=5_000)
    assert dialog.maximum() > 0 and dialog.value() == dialog.maximum()  # pages: determinate
    assert admin.backup_now() is None  # the menu again: no second backup meanwhile
    with qtbot.waitSignal(job.ended, timeout=30_000):
        press_cancel(qtbot, dialog)
        release.set()

    assert cancelled and "备份已取消" in cancelled[0]
    assert list(usb.iterdir()) == []  # no copy, no .partial, no marks
    with ctx.read() as s:
        assert s.scalars(select(AuditEntry).where(AuditEntry.action == "backup.create")).all() == []
    assert "备份已完成" not in admin.statusBar().currentMessage()


def test_an_unexpected_error_is_logged_and_shown_as_one(
    qtbot, app_look, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    shown: list[QWidget | None] = []
    monkeypatch.setattr(jobs, "show_unexpected", shown.append)
    done: list[object] = []

    def broken(_progress: Any) -> None:
        raise RuntimeError("a bug")

    job = run_job(parent, "任务", broken, done.append)
    assert job is not None
    with caplog.at_level("ERROR"):
        qtbot.waitSignal(job.ended, timeout=10_000).wait()
    assert shown == [parent] and done == []
    assert any(r.exc_info and r.exc_info[0] is RuntimeError for r in caplog.records)

    # A result comes back on the UI thread, as it was returned.
    job = run_job(
        parent, "任务", lambda progress: progress("阶段", 1, 2) and Decimal("1.50"), done.append
    )
    assert job is not None
    qtbot.waitSignal(job.ended, timeout=10_000).wait()
    assert done == [Decimal("1.50")]
