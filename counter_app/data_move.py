"""Moving an older version's per-user data folder into the machine-wide one.

Copy, verify, then remove: nothing is removed from the old folder before the whole
copy is in place and checked, so a move that fails half-way (a full disk, a file in
use, a kill) leaves the old store as it was and the new folder without a store, and
the move is offered again at the next start.

- Printouts, backups and the rest keep their place in the folder (a log goes to
  ``logs/before-move-<user>/``: the new folder's own log is already open); a file
  whose name is already taken there with another content gets ``.<user>`` added.
- The store is copied with SQLite's backup API (its WAL included, under a write lock
  so nothing changes during the copy), checked (``integrity_check``, the same number
  of rows in every table) and its marks file copied beside it; the store is renamed
  into place last: that is the moment the move happened.
- Then the old files are removed and a note in the old folder says where they went.
  Anything that cannot be removed is listed (the data is already safe in the new place).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from counter_app.datadir import STORE_NAME
from counter_app.privacy import new_store_file

log = logging.getLogger(__name__)

NOTE_NAME = "柜台助手数据已迁移.txt"
MARKS_SUFFIX = ".marks.json"  # services/marks.py's SUFFIX: counter.db.marks.json
MOVING = ".moving"


class MoveFailed(Exception):
    """The move did not happen; the old folder is untouched. The message says why."""


@dataclass
class Moved:
    store: Path
    files: int = 0
    left_behind: list[Path] = field(default_factory=list)


def store_files(folder: Path) -> set[Path]:
    """The store and what SQLite and the marks keep beside it (copied their own way)."""
    db = folder / STORE_NAME
    names = ("", "-wal", "-shm", "-journal", MARKS_SUFFIX, MARKS_SUFFIX + ".lock")
    return {db.with_name(db.name + suffix) for suffix in names}


def store_to_offer(db: str, default_db: str, old_folder: Path) -> Path | None:
    """The old per-user store, when ``db`` is the default store, which does not exist
    yet, and the old folder holds a store (another folder than the new one)."""
    if db != default_db:
        return None
    new, old = Path(default_db), old_folder / STORE_NAME
    if new.exists() or not old.is_file():
        return None
    if old.resolve() == new.resolve():
        return None
    return old


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _plan(old: Path, new: Path, user: str) -> list[tuple[Path, Path]]:
    skip = store_files(old) | {old / NOTE_NAME}
    plan = []
    for source in sorted(old.rglob("*")):
        if not source.is_file() or source.is_symlink() or source in skip:
            continue
        rel = source.relative_to(old)
        if rel.parts[0] == "logs":
            rel = Path("logs", f"before-move-{user}", *rel.parts[1:])
        target = new / rel
        if target.exists() and _digest(target) != _digest(source):
            target = target.with_name(f"{target.stem}.{user}{target.suffix}")
        plan.append((source, target))
    return plan


def _copy_verified(source: Path, target: Path, made: list[Path]) -> None:
    if target.exists():  # the same content is there already
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + MOVING)
    made.append(partial)
    shutil.copy2(source, partial)
    if _digest(partial) != _digest(source):
        raise MoveFailed(f"复制后内容不一致：{source}")
    os.replace(partial, target)
    made.append(target)


def _row_counts(conn: sqlite3.Connection) -> dict[str, int]:
    tables = [
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _copy_store(old_db: Path, new_db: Path, made: list[Path]) -> None:
    partial = new_db.with_name(new_db.name + MOVING)
    made.append(partial)
    new_store_file(partial)
    with (
        contextlib.closing(sqlite3.connect(old_db, timeout=10, isolation_level=None)) as lock,
        contextlib.closing(sqlite3.connect(old_db, timeout=10, isolation_level=None)) as src,
        contextlib.closing(sqlite3.connect(partial, isolation_level=None)) as dst,
    ):
        # No counter writes while the copy is taken (the write lock, held by another
        # connection: SQLite's backup will not read through a writing connection).
        lock.execute("BEGIN IMMEDIATE")
        try:
            src.backup(dst)
            expected = _row_counts(src)
        finally:
            lock.execute("ROLLBACK")
        checked = dst.execute("PRAGMA integrity_check").fetchone()[0]
        if checked != "ok":
            raise MoveFailed(f"复制的数据库检查未通过：{checked}")
        if _row_counts(dst) != expected:
            raise MoveFailed("复制的数据库与原数据库的记录数不一致")
    for suffix in ("-wal", "-shm"):  # the copy is closed: nothing of it is left beside it
        made.append(partial.with_name(partial.name + suffix))


def move_data(old: Path, new: Path, user: str) -> Moved:
    """Move the old per-user folder's data into ``new`` (see the module's text).

    MoveFailed, with the old folder untouched, when anything goes wrong before the
    store is in place.
    """
    old_db, new_db = old / STORE_NAME, new / STORE_NAME
    made: list[Path] = []
    try:
        if new_db.exists():
            raise MoveFailed(f"新的数据文件夹里已经有数据库：{new_db}")
        new.mkdir(parents=True, exist_ok=True)
        plan = _plan(old, new, user)
        for source, target in plan:
            _copy_verified(source, target, made)
        old_marks = old_db.with_name(old_db.name + MARKS_SUFFIX)
        if old_marks.is_file():
            _copy_verified(old_marks, new_db.with_name(new_db.name + MARKS_SUFFIX), made)
        _copy_store(old_db, new_db, made)
        os.replace(new_db.with_name(new_db.name + MOVING), new_db)  # the move happened
    except BaseException as exc:
        for path in reversed(made):
            with contextlib.suppress(OSError):
                path.unlink()
        if isinstance(exc, MoveFailed):
            raise
        if isinstance(exc, (OSError, sqlite3.Error)):
            raise MoveFailed(str(exc)) from exc
        raise
    moved = Moved(new_db, files=len(plan) + 1)
    for path in [*(source for source, _ in plan), *sorted(store_files(old))]:
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("after the move, %s was not removed: %s", path, exc)
            moved.left_behind.append(path)
    for folder in sorted((p for p in old.rglob("*") if p.is_dir()), reverse=True):
        with contextlib.suppress(OSError):
            folder.rmdir()  # only the empty ones
    stamp = datetime.now().astimezone().strftime("%Y-%m-%d %H:%M")
    with contextlib.suppress(OSError):
        (old / NOTE_NAME).write_text(
            f"本文件夹中的柜台助手数据（数据库、备份、打印件、日志）已于 {stamp} "
            f"迁移到本机公共数据文件夹：\n{new}\n本电脑所有柜员的 Windows 账户共用那里的数据。\n",
            encoding="utf-8",
        )
    return moved
