"""Backups of the SQLite store to a folder (a USB drive in rural halls), and restoring one.

Backups (``backup_now``):

- A consistent copy through SQLite's backup API (``store.backup.backup_sqlite``):
  committed data only, including what still sits in the WAL file, while the
  app keeps working. The copy is checked (PRAGMA quick_check), written to disk
  and only then renamed to ``counter-YYYYmmdd-HHMMSS.db`` (hall time), so a
  pulled USB drive or a power cut never leaves a half file under that name.
- The folder must exist: it is never created, because a USB drive that is not
  plugged in would otherwise turn into a folder on the local disk. Errors say in
  Chinese what to do (plug in the drive, write protection, space, settings).
- The last ``keep`` backups in the folder stay; older ones are deleted only
  after the new one is complete. Only files named like our backups are ever
  deleted: a USB drive may hold other things.
- Each backup is written to the audit trail (``backup.create``, after the copy,
  so the copy does not contain its own entry).
- ``daily_backup_due``: no backup dated today (hall time) in the folder. The
  folder, not the store, is asked: a backup on another drive does not count.

Restoring (``restore``), only while the app is not running on the store:

- The backup is first copied next to the store (``counter.db.restoring``) and
  that copy is checked: SQLite header, PRAGMA integrity_check = ok, the tables
  ``alembic_version`` and ``halls`` with a hall in it, and a schema revision
  this app knows (a newer one is refused; an older one is migrated by the app
  at its next start, after its own backup copy).
- A store that is open in another program is refused: leaving WAL mode needs
  the only connection, so ``PRAGMA journal_mode=DELETE`` fails while the app
  (on this PC) has it open. On a shared network folder this cannot be relied
  on: quit the app on every PC first.
- Numbers are never reused (services/restore_guard.py): a backup of another hall
  is refused outright; a backup older than the store's marks (the marks file
  beside the store, the store itself, and without a marks file the newest backup
  of the hall in the backup folder and an HQ batch given) is refused with what
  would vanish (``RestoreWouldLoseData``), unless an administrator accepts the
  loss (``accept_loss``). Either way the restored store's sequences are raised to
  the marks before it takes the store's place, so the next receipt is numbered
  above any receipt ever printed.
- What is replaced is kept as ``counter.before-restore-<stamp>.db`` (through
  the backup API, or a plain file copy with its -wal when the store is too
  damaged for SQLite to read). The checked copy is then prepared where it
  stands (``counter.db.restoring``): migrated if older, its sequences raised, and
  ``backup.restore`` recorded in its audit trail (which file, where the replaced
  store was kept, the numbers skipped, the chain head it replaced). Only then
  does it replace the store with one atomic rename: a kill at any moment leaves
  the old store or the restored one, whole. The marks file never goes down: the
  restored series are merged in before the rename, and the chain head moves to
  the restored one through ``marks.begin_restore`` / ``settle_restore``.

Every backup carries its marks beside it (``counter-….db.marks.json``: the copy's
sequences and chain head merged with the store's marks file), written after the copy
and deleted with it. Beside rather than inside: the copy stays the store as it was
(no table to add), and a new PC reads the marks without opening SQLite.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from counter_app.domain.clock import local_date, to_local, utc_now
from counter_app.domain.text import N_, Msg
from counter_app.services import audit
from counter_app.services.auth import UserInfo
from counter_app.services.authz import require, require_id
from counter_app.services.backup_check import (
    BackupInfo,
    check_copy,
    check_header,
    os_reason,
    stage_copy,
)
from counter_app.services.backup_folder import BACKUP_NAME, backup_day, list_backups
from counter_app.services.context import AppContext
from counter_app.services.errors import PermissionDenied, StartupError, UserError
from counter_app.services.marks import (
    Marks,
    begin_restore,
    marks_of_file,
    marks_of_session,
    marks_path,
    read_marks,
    save_marks,
    settle_restore,
)
from counter_app.services.progress import Cancelled, Progress
from counter_app.services.restore_guard import Loss, known_marks, loss, raise_sequences
from counter_app.store.backup import CopyCheckFailed, backup_sqlite, fsync_dir
from counter_app.store.db import database_url, open_engine, session_factory, sqlite_path
from counter_app.store.migrate import ensure_schema
from counter_app.store.models import Sequence

SQLITE_CORRUPT, SQLITE_NOTADB = 11, 26
SQLITE_BUSY, SQLITE_LOCKED = 5, 6
COPYING = N_("复制数据库")  # the backup's stage (services/progress.py)


def daily_backup_due(ctx: AppContext, folder: Path | str) -> bool:
    """True when the folder holds no backup dated today (hall time); never for a
    server store (PostgreSQL is backed up by the server: pg_dump, README)."""
    if sqlite_path(str(ctx.engine.url)) is None:
        return False
    if not Path(folder).is_absolute():
        return True  # not set (yet): backup_now will say so
    today = local_date(ctx.clock())
    return not any(backup_day(p) == today for p in list_backups(folder))


def store_file(ctx_or_db: AppContext | str) -> Path:
    """The store's file; a UserError for a server database (backed up by the server)."""
    url = str(ctx_or_db.engine.url) if isinstance(ctx_or_db, AppContext) else ctx_or_db
    path = sqlite_path(database_url(url))
    if path is None:
        raise UserError(
            "数据库在数据库服务器上（不是本机文件），请用服务器的备份方式（如 pg_dump）备份和恢复。"
        )
    return path


def _usable_folder(value: Path | str) -> Path:
    text = str(value).strip()
    if text in ("", "."):
        raise UserError("尚未设置备份文件夹：请在“设置”中选择备份文件夹（例如U盘）。")
    folder = Path(text).expanduser()
    if not folder.is_absolute():
        raise UserError("备份文件夹“{text}”应为完整路径（例如 E:\\柜台备份）。", text=text)
    if not folder.exists():
        raise UserError(
            "备份文件夹 {folder} 不存在。如果备份到U盘，"
            "请插好U盘后再试；否则请先建好这个文件夹，或在“设置”中另选备份文件夹。",
            folder=folder,
        )
    if not folder.is_dir():
        raise UserError("备份位置 {folder} 不是文件夹，请在“设置”中另选备份文件夹。", folder=folder)
    if not os.access(folder, os.W_OK):
        raise UserError(
            "无法写入备份文件夹 {folder}（没有写入权限，或U盘处于写保护）"
            "。请检查U盘的写保护开关，或在“设置”中另选备份文件夹。",
            folder=folder,
        )
    return folder


def _new_name(folder: Path, moment: datetime) -> Path:
    stamp = to_local(moment).strftime("%Y%m%d-%H%M%S")
    target = folder / f"counter-{stamp}.db"
    n = 2
    while target.exists():  # two backups within one second
        target = folder / f"counter-{stamp}-{n}.db"
        n += 1
    return target


def _cancelled() -> Cancelled:
    return Cancelled("备份已取消，没有留下备份文件，也没有记录。")


def backup_now(
    ctx: AppContext,
    folder: Path | str,
    keep: int,
    user_id: int | None,
    *,
    daily: bool = False,
    progress: Progress | None = None,
) -> Path:
    """Back the store up into ``folder``, keep the newest ``keep`` there; returns the file.

    A backup is a copy of every customer's data: made by a supervisor or an
    administrator, or (``daily``) the automatic daily one of whoever signs in first,
    into the folder the PC's settings name. ``progress`` hears the pages copied; a cancel
    (it returned False) stops the copy: no file, no marks, no audit entry."""
    if keep < 1:
        raise UserError("备份保留份数至少为1")
    with ctx.read() as s:
        require_id(s, user_id, "backup.daily" if daily else "backup.create", ctx.clock())
    source = store_file(ctx)
    folder = _usable_folder(folder)
    target = _new_name(folder, ctx.clock())

    def copied(done: int, total: int) -> None:
        if progress is not None and not progress(COPYING, done, total):
            raise _cancelled()

    try:
        if progress is None:
            backup_sqlite(source, target, verify=True)
        else:
            backup_sqlite(source, target, verify=True, pages=copied)
        try:
            if progress is not None and not progress(COPYING, 1, 1):
                raise _cancelled()  # the last word: the copy goes, nothing is recorded
            _save_backup_marks(source, target)
        except BaseException:
            target.unlink(missing_ok=True)  # a backup always has its marks beside it
            raise
    except OSError as exc:
        raise UserError(
            "备份未完成：无法写入 {folder}（{os_reason}）"
            "。请检查U盘是否插好、是否写保护、空间是否足够，然后再试。",
            folder=folder,
            os_reason=os_reason(exc),
        ) from None
    except CopyCheckFailed as exc:
        raise UserError(
            "备份未完成：写到 {folder} 的副本校验不通过（{exc}）"
            "。U盘可能有坏块，请换一个U盘或文件夹再试。",
            folder=folder,
            exc=exc,
        ) from None
    except sqlite3.Error as exc:
        full = "full" in str(exc).lower()
        raise UserError(
            "备份未完成：{problem}。请检查U盘是否插好、空间是否足够，然后再试。",
            problem=Msg("备份文件夹空间不足")
            if full
            else Msg("写入 {folder} 时出错（{exc}）", folder=folder, exc=exc),
        ) from None
    removed = _prune(folder, keep, target)
    now = ctx.clock()
    with ctx.write() as s:
        audit.record(
            s,
            now,
            user_id,
            "backup.create",
            "backup",
            target.name,
            {
                "folder": str(folder),
                "bytes": target.stat().st_size,
                "keep": keep,
                "removed": removed,
            },
        )
    return target


def _save_backup_marks(store: Path, copy: Path) -> None:
    """The copy's marks beside it, with what the store's marks file knows besides."""
    marks = marks_of_file(copy)
    with contextlib.suppress(ValueError):
        beside = read_marks(marks_path(store))
        if beside is not None and beside.hall in ("", marks.hall):
            marks = marks.merged(Marks(marks.hall, 0, "", beside.series))
    save_marks(marks_path(copy), marks)


def _prune(folder: Path, keep: int, new: Path) -> list[str]:
    """Delete our older backups beyond ``keep`` (never the new one) and stale partial files."""
    removed = []
    older = [p for p in list_backups(folder) if p != new]
    for path in older[keep - 1 :]:
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path.name)
            marks_path(path).unlink(missing_ok=True)
    for partial in [
        *folder.glob("counter-*.db.partial"),
        *folder.glob("counter-*.db.marks.json*.tmp"),
    ]:
        if BACKUP_NAME.match(partial.name.removesuffix(".partial")):
            with contextlib.suppress(OSError):
                partial.unlink()
    return removed


# -- restoring -----------------------------------------------------------------------


def _in_use() -> UserError:
    return UserError(
        "柜台助手正在使用这个数据库。请先在所有电脑上退出柜台助手（包括锁屏状态的），再恢复备份。"
    )


def _take_over(db: Path) -> bool:
    """Refuse while another program has the store open; True if SQLite can still read it.

    Leaving WAL mode needs the only connection, so it fails while the app has the
    store open, and on success it folds the -wal file into the store and deletes it.
    """
    try:
        with contextlib.closing(sqlite3.connect(db, timeout=1.0, isolation_level=None)) as conn:
            mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as exc:
        if exc.sqlite_errorcode & 0xFF in (SQLITE_BUSY, SQLITE_LOCKED):
            raise _in_use() from None
        return False
    except sqlite3.DatabaseError:
        return False  # damaged: kept as plain files below
    if str(mode).lower() != "delete":
        raise _in_use()
    return True


def _keep_replaced(db: Path, readable: bool, stamp: str) -> Path:
    kept = db.with_name(f"{db.stem}.before-restore-{stamp}.db")
    n = 2
    while kept.exists():  # never overwrite an earlier kept store
        kept = db.with_name(f"{db.stem}.before-restore-{stamp}-{n}.db")
        n += 1
    if readable:
        try:
            return backup_sqlite(db, kept)
        except sqlite3.DatabaseError:
            pass  # too damaged for the backup API: copy the files as they are
    shutil.copy2(db, kept)
    wal = db.with_name(db.name + "-wal")
    if wal.exists():
        shutil.copy2(wal, kept.with_name(kept.name + "-wal"))
    return kept


def require_restorer(
    db_path: Path, user: UserInfo, open_store: Callable[[str], AppContext]
) -> None:
    """Only an administrator restores, as the store at ``db_path`` has them now
    (opened with ``open_store``: the composition root's open_context)."""
    try:
        ctx = open_store(str(db_path))
    except StartupError:
        raise PermissionDenied(
            "数据库无法打开，无法核对管理员身份：请按使用手册在命令行用 counter-app restore 恢复"
        ) from None
    try:
        with ctx.read() as s:
            require(s, user, "backup.restore", ctx.clock())
    finally:
        ctx.close()


class RestoreWouldLoseData(UserError):
    """The backup is older than the store's marks: ``loss`` says what would vanish.
    Nothing was changed; restore again with ``accept_loss`` once an administrator agreed."""

    def __init__(self, backup: Path, what: Loss) -> None:
        error = what.error(backup.name)
        super().__init__(Msg(error.template, **error.params))
        self.loss = what


def restore(
    backup_file: Path,
    db_path: Path,
    now: datetime | None = None,
    user_id: int | None = None,
    *,
    accept_loss: bool = False,
    backup_folder: Path | None = None,
    hq_marks: Marks | None = None,
) -> Path | None:
    """Replace the store at ``db_path`` by a checked backup; returns the kept old store.

    The app must not be running on the store (see the module's notes). Returns
    the copy of what was replaced, or None when there was no store yet. A backup
    older than the store's marks raises RestoreWouldLoseData unless ``accept_loss``;
    ``backup_folder`` (default: the backup's folder) and ``hq_marks`` (an HQ batch's,
    ``counter_app.hq.check.batch_marks``) are asked for marks when the store has no marks file.
    """
    backup_file, db_path = Path(backup_file).expanduser(), Path(db_path).expanduser()
    moment = now or utc_now()
    check_header(backup_file)
    if db_path.exists() and backup_file.resolve() == db_path.resolve():
        raise UserError("备份文件就是当前数据库本身，不能用它恢复。")
    staging = db_path.with_name(db_path.name + ".restoring")
    kept: Path | None = None
    # What a killed restore left: a stale -journal or -wal would be applied to the new copy.
    for suffix in ("-wal", "-shm", "-journal"):
        staging.with_name(staging.name + suffix).unlink(missing_ok=True)
    try:
        stage_copy(backup_file, staging)
        info = check_copy(staging, backup_file)
        known, what = _assess(staging, info, db_path, backup_folder, hq_marks)
        if what and not accept_loss:
            raise RestoreWouldLoseData(backup_file, what)
        readable = _take_over(db_path) if db_path.exists() else False
        # Again, now that no one else has the store: nothing can have slipped in since.
        known, what = _assess(staging, info, db_path, backup_folder, hq_marks)
        if what and not accept_loss:
            raise RestoreWouldLoseData(backup_file, what)
        if db_path.exists():
            try:
                kept = _keep_replaced(db_path, readable, to_local(moment).strftime("%Y%m%d-%H%M%S"))
            except OSError as exc:
                raise UserError(
                    "无法保存当前数据库的副本（{os_reason}），没有恢复。请先腾出磁盘空间再试。",
                    os_reason=os_reason(exc),
                ) from None
        restored = _prepare(staging, known, what, backup_file, kept, moment, user_id)
        begin_restore(marks_path(db_path), restored, (restored.audit_id, restored.audit_hash))
        # A -wal left beside the store would be replayed onto the restored file.
        for suffix in ("-wal", "-shm", "-journal"):
            db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
        os.replace(staging, db_path)
        fsync_dir(db_path.parent)
        settle_restore(marks_path(db_path), (restored.audit_id, restored.audit_hash))
    finally:
        for suffix in ("", "-wal", "-shm", "-journal", ".marks.json", ".marks.json.lock"):
            staging.with_name(staging.name + suffix).unlink(missing_ok=True)
    return kept


def _assess(
    staged: Path, info: BackupInfo, db_path: Path, folder: Path | None, hq: Marks | None
) -> tuple[Marks, Loss]:
    """The store's marks, and what restoring the staged backup would lose."""
    folder = folder if folder is not None else info.file.parent
    known = _known_for(db_path, info.file, info, folder, hq)
    return known, loss(known, marks_of_file(staged), info.last_event, db_path)


def check_restore(
    backup_file: Path,
    db_path: Path,
    *,
    backup_folder: Path | None = None,
    hq_marks: Marks | None = None,
) -> tuple[BackupInfo, Loss]:
    """Everything ``restore`` checks first, without touching anything: the backup, its
    hall, and what restoring it would lose (a falsy Loss when nothing)."""
    backup_file, db_path = Path(backup_file).expanduser(), Path(db_path).expanduser()
    check_header(backup_file)
    with tempfile.TemporaryDirectory(prefix="counter-restore-") as tmp:
        staged = Path(tmp) / "check.db"
        stage_copy(backup_file, staged)
        info = check_copy(staged, backup_file)
        _known, what = _assess(staged, info, db_path, backup_folder, hq_marks)
    return info, what


def _known_for(
    db_path: Path, backup_file: Path, info: BackupInfo, folder: Path, hq: Marks | None
) -> Marks:
    """The store's marks; another hall's backup (or HQ batch) is refused outright."""
    if hq is not None and hq.hall and hq.hall != info.hall_code:
        raise UserError(
            "总部报送批次属于营业厅 {other}，备份属于营业厅 {hall}，不能一起用于恢复。",
            other=hq.hall,
            hall=info.hall_code,
        )
    known, _sources = known_marks(db_path, folder, hq, info.hall_code)
    if known.hall and known.hall != info.hall_code:
        raise UserError(
            "备份 {name} 是营业厅 {other}（{other_name}）的，当前数据库属于营业厅 {hall}"
            "，不能用它恢复。请选择本营业厅的备份。",
            name=backup_file.name,
            other=info.hall_code,
            other_name=info.hall_name,
            hall=known.hall,
        )
    with contextlib.suppress(ValueError):  # the backup's own marks, when it has them
        beside = read_marks(marks_path(backup_file))
        if beside is not None and beside.hall == info.hall_code:
            known = known.merged(Marks(known.hall, 0, "", beside.series))
    return known


def _prepare(
    staging: Path,
    known: Marks,
    what: Loss,
    backup_file: Path,
    kept: Path | None,
    moment: datetime,
    user_id: int | None,
) -> Marks:
    """Make the staged copy the store it will be: migrated, its sequences raised to the
    marks, the restore in its audit trail. Returns its marks."""
    engine = open_engine(f"sqlite:///{staging}")
    try:
        try:
            ensure_schema(engine)  # checked above: an older revision is migrated here
        except Exception as exc:
            raise UserError(
                "备份无法升级到本程序的数据库版本（{exc}），没有恢复。", exc=exc
            ) from None
        sessions = session_factory(engine)
        with sessions.begin() as s:
            before = {n: v for n, v in s.execute(select(Sequence.name, Sequence.value)).tuples()}
            raised = raise_sequences(s, known)
            skipped = {n: [before.get(n, 0) + 1, v] for n, v in sorted(raised.items())}
            detail: dict[str, object] = {
                "from": str(backup_file),
                "kept": kept.name if kept else "",
                "skipped": skipped,
            }
            if what.audit_last >= what.audit_first:
                detail["lost_audit"] = [what.audit_first, what.audit_last]
                detail["replaced_head"] = {"id": known.audit_id, "hash": known.audit_hash}
            audit.record(s, moment, user_id, "backup.restore", "backup", backup_file.name, detail)
        with sessions() as s:
            marks = marks_of_session(s)
    finally:
        engine.dispose()
    # One self-contained file (no -wal beside it), on disk before it takes the store's name.
    with contextlib.closing(sqlite3.connect(staging, isolation_level=None)) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
    fd = os.open(staging, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    return marks
