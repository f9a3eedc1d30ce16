"""Consistent copies of the SQLite store (the backup API, not a file copy)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from counter_app.privacy import new_store_file

SQLITE_HEADER = b"SQLite format 3\x00"
# Pages copied per step when someone follows the copy (4 MB at SQLite's 4 KB pages).
STEP_PAGES = 1024


class CopyCheckFailed(Exception):
    """The copy just written does not pass PRAGMA quick_check; it was not kept."""


def backup_sqlite(
    source: Path,
    target: Path,
    *,
    verify: bool = False,
    pages: Callable[[int, int], object] | None = None,
) -> Path:
    """Copy a live database consistently; the target appears only when complete.

    The copy is one self-contained file (rollback journal, not WAL: no -wal file
    belongs with it), written to disk (fsync) before it takes its name, so a
    power cut or a pulled USB drive leaves either the old set of files or the
    new complete one. ``verify`` runs PRAGMA quick_check on the copy first.
    ``pages(done, total)`` is called after each step of STEP_PAGES pages; an exception
    it raises stops the copy (SQLite aborts the backup) and no file is left.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        new_store_file(partial)  # a restored copy becomes the store: the clerks' group writes it
        with (
            contextlib.closing(sqlite3.connect(source)) as src,
            contextlib.closing(sqlite3.connect(partial)) as dst,
        ):
            if pages is None:
                src.backup(dst)
            else:
                step = pages  # bound for the closure below

                def copied(_status: int, remaining: int, total: int) -> None:
                    step(total - remaining, total)

                src.backup(dst, pages=STEP_PAGES, progress=copied)
            dst.execute("PRAGMA journal_mode=DELETE")
            if verify:
                rows = [r[0] for r in dst.execute("PRAGMA quick_check(5)")]
                if rows != ["ok"]:
                    raise CopyCheckFailed("; ".join(str(r) for r in rows))
        _fsync_file(partial)
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):  # the drive may be gone
            partial.unlink(missing_ok=True)
        raise
    fsync_dir(target.parent)
    return target


def copy_back(copy: Path, store: Path) -> None:
    """Put a copy's contents back into the store file, through SQLite (its locks, its WAL):
    the store keeps its name, journal mode and any open handle stays valid."""
    with (
        contextlib.closing(sqlite3.connect(copy)) as src,
        contextlib.closing(sqlite3.connect(store)) as dst,
    ):
        src.backup(dst)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows cannot open a folder, and needs not."""
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (network shares) refuse fsync on a folder
    finally:
        os.close(fd)
