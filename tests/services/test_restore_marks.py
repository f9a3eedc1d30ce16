"""Restoring never reuses a number: the marks beside the store, in backups and HQ batches."""

# ruff: noqa: F811 (fixtures imported from test_backups)

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import timedelta
from pathlib import Path

import pytest
from test_backups import NOW, paying, take, usb  # noqa: F401 (fixtures)
from test_integrity import failing, raw

from counter_app.bootstrap import open_context
from counter_app.hq import export
from counter_app.hq.check import batch_marks
from counter_app.services import backups, integrity
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.services.errors import UserError
from counter_app.services.marks import Marks, begin_restore, marks_path, read_marks

pytestmark = pytest.mark.sqlite_only(reason="backups and restore work on the SQLite file")
RECEIPTS = "receipt:330101:1:20301126"


def reopen(db: Path) -> AppContext:
    ctx = open_context(str(db))
    ctx.clock = lambda: NOW + timedelta(hours=2)
    return ctx


def later_backup(ctx: AppContext, folder: Path, minutes: int) -> Path:
    ctx.clock = lambda: NOW + timedelta(minutes=minutes)
    return backups.backup_now(ctx, folder, 10, 1)


def test_the_newest_backup_restores_without_confirmation(
    paying: AppContext, usb: Path, db_path: Path
) -> None:
    backup = backups.backup_now(paying, usb, 3, 1)  # its own backup.create entry is not a loss
    paying.close()
    assert not backups.check_restore(backup, db_path)[1]
    backups.restore(backup, db_path, now=NOW)
    ctx = reopen(db_path)
    try:
        assert integrity.check_store(ctx).ok
    finally:
        ctx.close()


def test_an_older_backup_is_refused_with_what_would_be_lost_and_nothing_changes(
    paying: AppContext, clerk: UserInfo, usb: Path, db_path: Path
) -> None:
    backup = backups.backup_now(paying, usb, 3, 1)
    lost = [take(paying, clerk) for _ in range(3)]
    paying.close()
    before = {p.name: p.read_bytes() for p in db_path.parent.iterdir()}
    with pytest.raises(backups.RestoreWouldLoseData) as refused:
        backups.restore(backup, db_path, now=NOW)
    message = refused.value.message
    assert "收据 3 张：2030-11-26 1号柜台 第 4 至 6 号" in message
    assert "来访 3 次：2030-11-26 第 4 至 6 号" in message
    assert "审计记录" in message and "--accept-loss" in message
    assert refused.value.loss.skipped()[RECEIPTS] == [4, 6]
    assert {p.name: p.read_bytes() for p in db_path.parent.iterdir()} == before
    assert lost[-1].endswith("-0006")


def test_accepted_the_numbers_continue_above_every_number_issued(
    paying: AppContext, clerk: UserInfo, usb: Path, db_path: Path
) -> None:
    backup = backups.backup_now(paying, usb, 3, 1)
    issued = [take(paying, clerk) for _ in range(2)]
    marks_before = read_marks(marks_path(db_path))
    paying.close()
    backups.restore(backup, db_path, now=NOW, accept_loss=True)
    ctx = reopen(db_path)
    try:
        ctx.clock = lambda: NOW
        new = take(ctx, clerk)
        assert new not in issued and new.endswith("-0006")
        report = integrity.check_store(ctx)  # the skipped 4 and 5 are listed by the restore
        assert report.ok
        assert "除恢复较早的备份时跳过的 2 个号" in report.result("receipts").message
        with ctx.read() as s:
            head = integrity_head(s)
    finally:
        ctx.close()
    marks = read_marks(marks_path(db_path))
    assert marks is not None and marks_before is not None
    assert all(marks.series[n] >= v for n, v in marks_before.series.items())
    assert marks.series[RECEIPTS] == 6
    assert (marks.audit_id, marks.audit_hash) == head and marks.restoring is None
    # Only the gaps the restore listed are accepted.
    with raw(db_path) as conn:
        conn.execute("DELETE FROM payment_lines WHERE payment_id IN (SELECT max(id) FROM payments)")
        conn.execute("DELETE FROM payments WHERE id = (SELECT max(id) FROM payments)")
    ctx = reopen(db_path)
    try:
        problem = failing(integrity.check_store(ctx))["receipts"].message
    finally:
        ctx.close()
    assert "0006" in problem and "0004" not in problem and "0005" not in problem


def integrity_head(s: object) -> tuple[int, str]:
    from sqlalchemy import select

    from counter_app.store.models import AuditEntry

    row = s.execute(  # type: ignore[attr-defined]
        select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).one()
    return int(row[0]), str(row[1])


def test_another_halls_backup_is_refused_outright(
    paying: AppContext, usb: Path, db_path: Path, tmp_path: Path
) -> None:
    backup = backups.backup_now(paying, usb, 3, 1)
    paying.close()
    other = tmp_path / "other hall" / "counter-20301126-090000.db"
    other.parent.mkdir()
    other.write_bytes(backup.read_bytes())
    with closing(sqlite3.connect(other)) as conn, conn:
        conn.execute("UPDATE halls SET code = '330199', name = '城南供电营业厅'")
    before = db_path.read_bytes()
    with pytest.raises(
        UserError, match="是营业厅 330199（城南供电营业厅）的，当前数据库属于营业厅 330101"
    ):
        backups.restore(other, db_path, now=NOW, accept_loss=True)
    assert db_path.read_bytes() == before
    # The marks file alone tells the hall when the store is gone (a new PC keeps it).
    db_path.unlink()
    with pytest.raises(UserError, match="当前数据库属于营业厅 330101"):
        backups.restore(other, db_path, now=NOW, accept_loss=True)


def test_a_new_pc_takes_the_marks_from_the_newest_backup_in_the_folder(
    paying: AppContext, clerk: UserInfo, usb: Path, tmp_path: Path
) -> None:
    older = backups.backup_now(paying, usb, 5, 1)
    take(paying, clerk)
    take(paying, clerk)
    later_backup(paying, usb, 30)
    paying.close()
    fresh = tmp_path / "new pc" / "counter.db"  # no store, no marks file
    with pytest.raises(
        backups.RestoreWouldLoseData, match="收据 2 张：2030-11-26 1号柜台 第 4 至 5 号"
    ):
        backups.restore(older, fresh, now=NOW)
    assert not fresh.exists()
    backups.restore(older, fresh, now=NOW, accept_loss=True)
    ctx = reopen(fresh)
    try:
        ctx.clock = lambda: NOW
        assert take(ctx, clerk).endswith("-0006")
    finally:
        ctx.close()


def test_a_new_pc_takes_the_marks_from_an_hq_batch(
    paying: AppContext,
    hall: tuple[HallInfo, UserInfo],
    clerk: UserInfo,
    usb: Path,
    tmp_path: Path,
) -> None:
    older = backups.backup_now(paying, usb, 5, 1)
    for _ in range(3):
        take(paying, clerk)
    sent = tmp_path / "sent"
    sent.mkdir()
    batch = export.export_period(paying, hall[1], sent).path
    paying.close()
    lone = tmp_path / "lone"
    lone.mkdir()
    alone = lone / older.name  # a folder without the later backups
    alone.write_bytes(older.read_bytes())
    fresh = tmp_path / "new pc" / "counter.db"
    assert not backups.check_restore(alone, fresh)[1]  # nothing tells of the later receipts
    hq = batch_marks(batch)
    assert hq.hall == "330101" and hq.series[RECEIPTS] == 6
    with pytest.raises(backups.RestoreWouldLoseData, match="第 4 至 6 号"):
        backups.restore(alone, fresh, now=NOW, hq_marks=hq)
    backups.restore(alone, fresh, now=NOW, hq_marks=hq, accept_loss=True)
    ctx = reopen(fresh)
    try:
        ctx.clock = lambda: NOW
        assert take(ctx, clerk).endswith("-0007")
        # The next HQ batch is not numbered as the one HQ already has.
        assert export.export_period(ctx, hall[1], sent).batch_no == 2
    finally:
        ctx.close()


def test_a_restore_killed_before_its_rename_leaves_the_old_head(
    paying: AppContext, db_path: Path
) -> None:
    marks = read_marks(marks_path(db_path))
    assert marks is not None
    paying.close()
    begin_restore(marks_path(db_path), Marks("330101", 0, "", {}), (3, "not-this-store"))
    open_context(str(db_path)).close()  # opening settles it by the head the store has
    after = read_marks(marks_path(db_path))
    assert after is not None and after.restoring is None
    assert (after.audit_id, after.audit_hash) == (marks.audit_id, marks.audit_hash)


def test_latest_keeps_the_newest_series_of_each_kind() -> None:
    marks = Marks(
        "330101",
        series={
            "receipt:330101:1:20301125": 9,
            "receipt:330101:1:20301126": 2,
            "receipt:330101:2:20301126": 4,
            "ticket:330101:20301126:A": 7,
            "ticket:330101:20301125:A": 8,
            "announcement:330101:2030": 3,
            "account:330101": 12,
        },
    )
    assert marks.latest() == {
        "account:330101": 12,
        "announcement:330101:2030": 3,
        "receipt:330101:1:20301126": 2,
        "receipt:330101:2:20301126": 4,
        "ticket:330101:20301126:A": 7,
    }
