"""Checking a backup file before it is restored: what it is, and whether this app can restore it.

The checks run on a staged copy (``stage_copy``), never on the file on the USB drive.
"""

import contextlib
import errno
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from counter_app.domain.clock import to_local
from counter_app.services.errors import UserError
from counter_app.store.backup import SQLITE_HEADER, backup_sqlite
from counter_app.store.migrate import HEAD_REVISION, alembic_config

REQUIRED_TABLES = ("alembic_version", "halls")


def os_reason(exc: OSError) -> str:
    reasons = {
        errno.ENOSPC: "空间不足",
        errno.EACCES: "没有写入权限",
        errno.EPERM: "没有写入权限",
        errno.EROFS: "U盘或磁盘处于只读（写保护）状态",
        errno.ENOENT: "文件夹已不存在（U盘可能已拔出）",
        errno.EIO: "读写出错（U盘可能已拔出或损坏）",
    }
    return reasons.get(exc.errno or 0, exc.strerror or str(exc))


@dataclass(frozen=True)
class BackupInfo:
    file: Path
    hall_code: str
    hall_name: str
    revision: str
    last_event: datetime | None  # the newest audit entry: how recent the backup's data is
    payments: int
    size: int

    def describe(self) -> str:
        when = to_local(self.last_event).strftime("%Y-%m-%d %H:%M") if self.last_event else "无"
        return (
            f"备份文件：{self.file}\n"
            f"营业厅：{self.hall_name}（{self.hall_code}）\n"
            f"最后一条记录的时间：{when}\n"
            f"收费记录：{self.payments} 笔；数据库版本：{self.revision}；"
            f"大小：{self.size / 1_048_576:.1f} MB"
        )


def _known_revision(revision: str) -> bool:
    if revision == HEAD_REVISION:
        return True
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return any(rev.revision == revision for rev in script.walk_revisions())


def not_a_backup(file: Path, why: str) -> UserError:
    return UserError(
        "{name} 不是柜台助手的数据库备份（{why}），不能用于恢复。", name=file.name, why=why
    )


def check_header(file: Path) -> None:
    if not file.is_file():
        raise UserError("找不到备份文件 {file}", file=file)
    try:
        with file.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise UserError(
            "无法读取备份文件 {file}（{os_reason}）", file=file, os_reason=os_reason(exc)
        ) from None
    if header != SQLITE_HEADER:
        raise not_a_backup(file, "不是 SQLite 数据库文件")


def stage_copy(file: Path, staging: Path) -> None:
    """A working copy of the backup through the backup API (which reads any -wal with it)."""
    try:
        backup_sqlite(file, staging)
    except sqlite3.DatabaseError as exc:
        raise UserError(
            "备份文件 {name} 已损坏，无法读取（{exc}）。请换一份备份（例如更早的一份）。",
            name=file.name,
            exc=exc,
        ) from None
    except OSError as exc:
        raise UserError(
            "无法复制备份文件 {file}（{os_reason}）", file=file, os_reason=os_reason(exc)
        ) from None


def check_copy(copy: Path, original: Path) -> BackupInfo:
    """Everything restore requires of a backup, checked on the staged copy."""
    name = original.name
    with contextlib.closing(sqlite3.connect(copy)) as conn:
        try:
            rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check(5)")]
        except sqlite3.DatabaseError as exc:
            rows = [str(exc)]
        if rows != ["ok"]:
            raise UserError(
                "备份文件 {name} 已损坏（完整性检查：{result}）"
                "，不能用于恢复。请换一份备份（例如更早的一份）。",
                name=name,
                result=rows[0],
            )
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        missing = [t for t in REQUIRED_TABLES if t not in tables]
        if missing:
            raise not_a_backup(original, f"缺少数据表 {'、'.join(missing)}")
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is None:
            raise not_a_backup(original, "没有数据库版本号")
        revision = str(row[0])
        if not _known_revision(revision):
            raise UserError(
                "备份 {name} 的数据库版本（{revision}）"
                "比本程序新，不能用本程序恢复。请先安装最新版本的柜台助手。",
                name=name,
                revision=revision,
            )
        hall = conn.execute("SELECT code, name FROM halls ORDER BY id LIMIT 1").fetchone()
        if hall is None:
            raise UserError(
                "备份 {name} 中还没有营业厅数据（是首次设置之前的备份），不能用于恢复。", name=name
            )
        last = None
        if "audit_entries" in tables:
            text = conn.execute("SELECT max(at) FROM audit_entries").fetchone()[0]
            last = datetime.fromisoformat(text).replace(tzinfo=UTC) if text else None
        payments = 0
        if "payments" in tables:
            payments = int(conn.execute("SELECT count(*) FROM payments").fetchone()[0])
    return BackupInfo(
        original, str(hall[0]), str(hall[1]), revision, last, payments, copy.stat().st_size
    )


def inspect_backup(file: Path) -> BackupInfo:
    """Check a backup as restore would, without touching the store; what it holds."""
    file = Path(file).expanduser()
    check_header(file)
    with tempfile.TemporaryDirectory(prefix="counter-restore-") as tmp:
        staged = Path(tmp) / "check.db"
        stage_copy(file, staged)
        return check_copy(staged, file)
