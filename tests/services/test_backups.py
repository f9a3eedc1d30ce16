"""Backups to a folder (a USB drive), keeping the last N, and restoring one safely."""

from __future__ import annotations

import errno
import os
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from test_integrity import add_account, corrupt_table, safety_cli

from counter_app.bootstrap import open_context
from counter_app.services import backup_check, backup_folder, backups, integrity, payments
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.services.errors import UserError
from counter_app.services.marks import marks_path, read_marks
from counter_app.services.payments import PaymentRequest
from counter_app.store.models import AuditEntry

D = Decimal
# After the real clock that set up the hall (conftest): 10:00:05 in the hall.
NOW = datetime(2030, 11, 26, 2, 0, 5, tzinfo=UTC)
ACCOUNT = "330101000456"


@pytest.fixture
def paying(ctx: AppContext, hall: tuple[HallInfo, UserInfo], clerk: UserInfo) -> AppContext:
    ctx.clock = lambda: NOW
    add_account(ctx, ACCOUNT, ACCOUNT)
    for amount in ("10.00", "20.00", "30.00"):
        payments.take_payment(ctx, clerk, "1", PaymentRequest(ACCOUNT, D("0"), D(amount)))
    return ctx


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    """A folder like a USB drive's: Chinese and a space in its name."""
    folder = tmp_path / "U盘 (E)" / "柜台备份"
    folder.mkdir(parents=True)
    return folder


def count(db: Path, table: str = "payments") -> int:
    with closing(sqlite3.connect(db)) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def take(ctx: AppContext, clerk: UserInfo, amount: str = "5.00") -> str:
    request = PaymentRequest(ACCOUNT, D("0"), D(amount))
    return payments.take_payment(ctx, clerk, "1", request).receipt_no


# -- backing up --------------------------------------------------------------------------


def test_a_backup_is_a_checked_standalone_copy_named_by_the_hall_time(
    paying: AppContext, usb: Path
) -> None:
    target = backups.backup_now(paying, usb, 5, user_id=1)
    assert target == usb / "counter-20301126-100005.db"
    # No -wal, no .partial; the copy's marks beside it (services/marks.py).
    assert sorted(p.name for p in usb.iterdir()) == [target.name, f"{target.name}.marks.json"]
    beside = read_marks(marks_path(target))
    assert beside is not None and beside.hall == "330101"
    assert beside.series == {n: v for n, v in beside.series.items() if v > 0} != {}
    with closing(sqlite3.connect(target)) as conn:
        assert beside.audit_id == conn.execute("SELECT max(id) FROM audit_entries").fetchone()[0]
    with closing(sqlite3.connect(target)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert count(target) == 3
    with paying.read() as s:
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
    assert (entry.action, entry.entity_id, entry.user_id) == ("backup.create", target.name, 1)
    assert entry.detail["folder"] == str(usb) and entry.detail["keep"] == 5
    # A second one in the same second gets a name of its own.
    again = backups.backup_now(paying, usb, 5, 1)
    assert again.name == "counter-20301126-100005-2.db"
    assert backup_folder.list_backups(usb) == [again, target]
    assert integrity.check_store(paying).ok


def test_only_the_last_n_are_kept_and_nothing_else_is_touched(
    paying: AppContext, usb: Path
) -> None:
    mine = ("notes.txt", "counter.db", "counter-old.db", "counter-2030.db")
    for name in mine:
        (usb / name).write_text("not ours", encoding="utf-8")
    stale = usb / "counter-20301120-090000.db.partial"
    stale.write_bytes(b"half a backup")
    made = []
    for day in range(5):
        paying.clock = lambda day=day: NOW + timedelta(days=day)
        made.append(backups.backup_now(paying, usb, 3, 1))
    assert backup_folder.list_backups(usb) == made[:1:-1]  # the newest three
    assert [p.name for p in backup_folder.list_backups(usb)] == [
        "counter-20301130-100005.db",
        "counter-20301129-100005.db",
        "counter-20301128-100005.db",
    ]
    for name in mine:
        assert (usb / name).read_text(encoding="utf-8") == "not ours"
    assert not stale.exists()
    with paying.read() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
    assert last.detail["removed"] == ["counter-20301127-100005.db"]


def test_old_backups_stay_when_the_new_one_fails(
    paying: AppContext, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = backups.backup_now(paying, usb, 1, 1)

    def full(source: Path, target: Path, *, verify: bool = False) -> Path:
        target.with_name(target.name + ".partial").write_bytes(b"half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups, "backup_sqlite", full)
    paying.clock = lambda: NOW + timedelta(days=1)
    with pytest.raises(UserError, match="空间不足") as caught:
        backups.backup_now(paying, usb, 1, 1)
    assert "U盘" in caught.value.message
    assert backup_folder.list_backups(usb) == [first]
    assert count(first) == 3


def test_a_missing_folder_is_not_created_and_is_explained(
    paying: AppContext, tmp_path: Path
) -> None:
    unplugged = tmp_path / "media" / "USB" / "柜台备份"
    with pytest.raises(UserError) as caught:
        backups.backup_now(paying, unplugged, 3, 1)
    assert f"备份文件夹 {unplugged} 不存在" in caught.value.message
    assert "插好U盘" in caught.value.message
    assert not unplugged.exists() and not unplugged.parent.exists()
    for not_set in ("", " ", Path("")):
        with pytest.raises(UserError, match="尚未设置备份文件夹"):
            backups.backup_now(paying, not_set, 3, 1)
    with pytest.raises(UserError, match="应为完整路径"):
        backups.backup_now(paying, Path("backups"), 3, 1)
    a_file = tmp_path / "file.txt"
    a_file.write_text("x", encoding="utf-8")
    with pytest.raises(UserError, match="不是文件夹"):
        backups.backup_now(paying, a_file, 3, 1)
    with pytest.raises(UserError, match="至少为1"):
        backups.backup_now(paying, tmp_path, 0, 1)


@pytest.mark.skipif(
    os.name == "nt" or os.geteuid() == 0, reason="needs POSIX permissions that apply to us"
)
def test_an_unwritable_folder_is_explained(paying: AppContext, usb: Path) -> None:
    usb.chmod(0o500)
    try:
        with pytest.raises(UserError, match="无法写入备份文件夹") as caught:
            backups.backup_now(paying, usb, 3, 1)
    finally:
        usb.chmod(0o700)
    assert "写保护" in caught.value.message


def test_a_write_protected_drive_is_explained(
    paying: AppContext, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def read_only(source: Path, target: Path, *, verify: bool = False) -> Path:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(backups, "backup_sqlite", read_only)
    with pytest.raises(UserError, match="写保护"):
        backups.backup_now(paying, usb, 3, 1)


def test_a_server_database_is_not_backed_up_here() -> None:
    with pytest.raises(UserError, match="pg_dump"):
        backups.store_file("postgresql://hall@server/counter")


def test_a_daily_backup_is_due_until_one_is_made_that_day(paying: AppContext, usb: Path) -> None:
    assert backups.daily_backup_due(paying, usb)
    assert backups.daily_backup_due(paying, usb / "missing")
    backups.backup_now(paying, usb, 3, 1)
    assert not backups.daily_backup_due(paying, usb)
    paying.clock = lambda: NOW + timedelta(hours=13)  # 23:00 the same day
    assert not backups.daily_backup_due(paying, usb)
    paying.clock = lambda: NOW + timedelta(hours=14)  # 00:00 the next day, hall time
    assert backups.daily_backup_due(paying, usb)


# -- restoring ---------------------------------------------------------------------------


def test_restore_brings_the_backup_back_and_keeps_what_it_replaced(
    paying: AppContext, clerk: UserInfo, usb: Path, db_path: Path
) -> None:
    backup = backups.backup_now(paying, usb, 3, 1)
    later = take(paying, clerk)
    paying.close()
    info = backup_check.inspect_backup(backup)
    assert (info.hall_code, info.payments) == ("330101", 3)
    assert "城关供电营业厅（330101）" in info.describe()

    moment = NOW + timedelta(hours=1)
    before = db_path.read_bytes()
    with pytest.raises(backups.RestoreWouldLoseData, match="收据 1 张"):
        backups.restore(backup, db_path, now=moment)
    assert db_path.read_bytes() == before
    kept = backups.restore(backup, db_path, now=moment, accept_loss=True)
    assert kept == db_path.with_name("counter.before-restore-20301126-110005.db")
    assert count(kept) == 4  # what was replaced, with the payment after the backup
    assert count(db_path) == 3
    ctx = open_context(str(db_path))
    ctx.clock = lambda: NOW
    try:
        with ctx.read() as s:
            entry = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
        assert (entry.action, entry.entity_id) == ("backup.restore", backup.name)
        assert entry.detail["kept"] == kept.name
        assert integrity.check_store(ctx).ok
        # The receipt taken after the backup is gone from the store, and its number is
        # not issued again: the next one continues above it (the kept copy holds it).
        assert later.endswith("-0004")
        assert take(ctx, clerk) == later.replace("-0004", "-0005")
        assert entry.detail["skipped"] == {
            "receipt:330101:1:20301126": [4, 4],
            "visit:330101:20301126": [4, 4],  # the payment's visit
        }
        assert integrity.check_store(ctx).ok
    finally:
        ctx.close()
    assert backup.exists()  # the backup itself is left as it was
    # Restored again in the same second: the first kept store is not overwritten.
    again = backups.restore(backup, db_path, now=moment, accept_loss=True)
    assert again == db_path.with_name("counter.before-restore-20301126-110005-2.db")
    assert count(kept) == 4


def test_restore_into_an_empty_place(paying: AppContext, usb: Path, tmp_path: Path) -> None:
    backup = backups.backup_now(paying, usb, 3, 1)
    fresh = tmp_path / "new pc" / "counter.db"
    assert backups.restore(backup, fresh) is None
    assert count(fresh) == 3


def test_restore_refuses_while_the_app_has_the_store_open(
    paying: AppContext, usb: Path, db_path: Path
) -> None:
    backup = backups.backup_now(paying, usb, 3, 1)
    with paying.read() as s:  # the app holds a pooled connection
        s.execute(select(1))
    with pytest.raises(UserError, match="请先在所有电脑上退出柜台助手"):
        backups.restore(backup, db_path)
    assert not list(db_path.parent.glob("*.before-restore-*"))
    assert not db_path.with_name("counter.db.restoring").exists()
    assert count(db_path) == 3


def test_restore_over_a_damaged_store(paying: AppContext, usb: Path, db_path: Path) -> None:
    backup = backups.backup_now(paying, usb, 3, 1)
    paying.close()
    corrupt_table(db_path, "payments")
    kept = backups.restore(backup, db_path, now=NOW)
    assert kept is not None and kept.exists()
    assert count(db_path) == 3
    open_context(str(db_path)).close()


@pytest.mark.parametrize(
    "spoil, message",
    [
        ("text", "不是 SQLite 数据库文件"),
        ("damaged", "已损坏"),
        ("other_database", "缺少数据表 alembic_version、halls"),
        ("no_hall", "还没有营业厅数据"),
        ("newer", "数据库版本（9999）比本程序新"),
        ("missing", "找不到备份文件"),
    ],
)
def test_restore_checks_the_backup_first_and_leaves_the_store_alone(
    paying: AppContext, usb: Path, db_path: Path, tmp_path: Path, spoil: str, message: str
) -> None:
    backup = backups.backup_now(paying, usb, 3, 1)
    paying.close()
    bad = tmp_path / "bad.db"
    if spoil == "text":
        bad.write_text("SQLite format 2 (a letter, really)", encoding="utf-8")
    elif spoil == "damaged":
        bad.write_bytes(backup.read_bytes())
        corrupt_table(bad, "audit_entries")
    elif spoil == "other_database":
        with closing(sqlite3.connect(bad)) as conn:
            conn.execute("CREATE TABLE notes (text)")
    elif spoil in ("no_hall", "newer"):
        bad.write_bytes(backup.read_bytes())
        with closing(sqlite3.connect(bad)) as conn, conn:
            if spoil == "no_hall":
                conn.execute("PRAGMA foreign_keys=OFF")
                conn.execute("DELETE FROM halls")
            else:
                conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = db_path.read_bytes()
    with pytest.raises(UserError, match=message):
        backups.restore(bad, db_path)
    with pytest.raises(UserError, match=message):
        backup_check.inspect_backup(bad)
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in db_path.parent.iterdir() if ".marks.json" not in p.name) == [
        "counter.db"
    ]


# -- the command line --------------------------------------------------------------------


def test_backup_and_restore_from_the_command_line(
    paying: AppContext, clerk: UserInfo, usb: Path, db_path: Path, tmp_path: Path
) -> None:
    paying.close()
    made = safety_cli(["--db", str(db_path), "backup", "--to", str(usb), "--keep", "2"], tmp_path)
    assert made.returncode == 0, made.stderr
    backup = backup_folder.latest_backup(usb)
    assert backup is not None and f"已备份到 {backup}" in made.stdout

    ctx = open_context(str(db_path))
    ctx.clock = lambda: NOW
    take(ctx, clerk)
    ctx.close()

    # The backup is older than the store: the loss is told and nothing is replaced,
    # --yes or not, until --accept-loss.
    for extra in ([], ["--yes"]):
        asked = safety_cli(["--db", str(db_path), "restore", str(backup), *extra], tmp_path)
        assert asked.returncode == 1
        assert (
            "备份文件检查通过" in asked.stdout
            and "营业厅：城关供电营业厅（330101）" in asked.stdout
        )
        assert "收据 1 张：2030-11-26 1号柜台 第 4 号" in asked.stderr
        assert "--accept-loss" in asked.stderr and "未恢复，数据库未改动" in asked.stderr
        assert count(db_path) == 4
    # No terminal and no --yes: nothing is replaced.
    asked = safety_cli(["--db", str(db_path), "restore", str(backup), "--accept-loss"], tmp_path)
    assert asked.returncode == 1 and "--yes" in asked.stderr
    assert count(db_path) == 4

    done = safety_cli(
        ["--db", str(db_path), "restore", str(backup), "--yes", "--accept-loss"], tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert f"已用备份恢复数据库：{db_path}" in done.stdout
    assert "原来的数据库已另存为：" in done.stdout
    assert "新的编号从已发出的最大号之后继续" in done.stdout
    assert count(db_path) == 3

    missing = safety_cli(["--db", str(db_path), "backup", "--to", str(tmp_path / "E盘")], tmp_path)
    assert missing.returncode == 1 and "不存在" in missing.stderr
    bad = safety_cli(["--db", str(db_path), "restore", str(db_path), "--yes"], tmp_path)
    assert bad.returncode == 1 and "就是当前数据库本身" in bad.stderr
    for result in (made, asked, done, missing, bad):
        assert "Traceback" not in result.stderr
