"""The backup folder (e.g. a USB stick): our backup files in it, newest first.

Plain file names, no store: integrity (naming the latest backup of a damaged store)
and restore_guard read it without importing the backup service, which needs them.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

BACKUP_NAME = re.compile(r"^counter-(\d{8})-(\d{6})(?:-(\d+))?\.db$")


def _sort_key(path: Path) -> tuple[str, str, int]:
    match = BACKUP_NAME.match(path.name)
    assert match is not None
    return match[1], match[2], int(match[3] or 1)


def list_backups(folder: Path | str) -> list[Path]:
    """Our backups in the folder, newest first (by the time in their names)."""
    if not Path(folder).is_absolute():
        return []
    try:
        names = [p for p in Path(folder).iterdir() if BACKUP_NAME.match(p.name) and p.is_file()]
    except OSError:
        return []
    return sorted(names, key=_sort_key, reverse=True)


def latest_backup(folder: Path | str) -> Path | None:
    found = list_backups(folder)
    return found[0] if found else None


def backup_day(path: Path) -> date | None:
    match = BACKUP_NAME.match(path.name)
    return datetime.strptime(match[1], "%Y%m%d").date() if match else None
