"""Private by default: what the app writes is readable by the hall's clerks only, and its
logs carry no personal data.

- ``private_files()``: the process umask becomes 007 on POSIX, so the store, its WAL,
  backups, exports, printouts and logs are created for their owner and group only
  (0660, folders 0770), never for others. The data folder is shared by the clerks'
  accounts: its group is the clerks' group and its setgid bit (2770) gives everything
  made in it that group, so any clerk can open the store, its WAL and the log. Outside
  the data folder a file gets its owner's primary group, which on Debian, Ubuntu and
  Fedora is the user's own private group (README "Where the data lives").
  ``restrict(folder)`` brings what an older version (or another umask) left there to
  those modes. On Windows the installer gives the data folder its ACL (the clerks'
  group: Modify; others: nothing).
- ``PrivacyFilter``: on every log handler. A logged message or traceback has its SQL
  parameters dropped (the engine is also made with ``hide_parameters``) and every
  resident ID, credit code and mobile number in it masked, as a receipt masks them.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import stat
from pathlib import Path

# 18-character resident IDs (and 15-digit old ones), 18-character credit codes, mobiles.
_ID = re.compile(r"(?<![0-9A-Za-z])(\d{6})\d{8}(\d{3}[\dXx])(?![0-9A-Za-z])")
_OLD_ID = re.compile(r"(?<![0-9A-Za-z])(\d{6})\d{6}(\d{3})(?![0-9A-Za-z])")
_CREDIT = re.compile(
    r"(?<![0-9A-Z])([0-9A-HJ-NPQRTUWXY]{2}\d{6})[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])"
)
_MOBILE = re.compile(r"(?<!\d)(?:\+?86[ -]?)?(1[3-9]\d)\d{4}(\d{4})(?!\d)")
# SQLAlchemy appends "[parameters: …]" to a statement's error; psycopg adds "DETAIL: Key …".
_PARAMETERS = re.compile(r"\[parameters: .*?\](?=\n|$)", re.DOTALL)
_DETAIL = re.compile(r"^(DETAIL: +Key \(.*?\)=)\(.*?\)", re.MULTILINE)


def scrub(text: str) -> str:
    """``text`` without SQL parameters, IDs, credit codes or mobiles in the clear."""
    text = _PARAMETERS.sub("[parameters: 已隐去]", text)
    text = _DETAIL.sub(r"\1(已隐去)", text)
    text = _ID.sub(r"\1********\2", text)
    text = _OLD_ID.sub(r"\1******\2", text)
    text = _CREDIT.sub(r"\1**********", text)
    return _MOBILE.sub(r"\1****\2", text)


class PrivacyFilter(logging.Filter):
    """Scrubs a record's message and traceback before any handler writes it."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = scrub(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        return True


def new_store_file(path: Path) -> None:
    """Make an empty file for SQLite to fill, unless there is one: SQLite makes its own
    files 0644 under the umask (0640: the other clerks could not write the store, and
    its WAL and -shm copy that mode); made here they get 0660 under the umask 007."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))


def usual_mode(fd: int) -> None:
    """A file made by ``mkstemp`` (always 0600) gets the mode any other new file gets
    under the umask, so another clerk can read the marks or a printout it replaces."""
    if os.name != "posix":
        return
    os.fchmod(fd, 0o666 & ~current_umask())


def current_umask() -> int:
    """The process umask, read without changing it (Linux); 077 where it cannot be read."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o077


def private_files() -> None:
    """From now on this process creates files and folders for its user and group only."""
    if os.name == "posix":
        os.umask(0o007)


def restrict(path: Path) -> None:
    """``path`` and what it holds: nothing for others, the group as much as the owner,
    folders setgid so what is made in them keeps the folder's group.

    Only what this user owns can be changed: another clerk's files were made with
    these modes already (their umask), so they are left alone.
    """
    if os.name != "posix" or not path.exists():
        return
    me = os.geteuid()
    top = path.stat()
    for item in [path, *path.rglob("*")] if path.is_dir() else [path]:
        if item.is_symlink():
            continue
        status = item.stat()
        if status.st_uid != me:
            continue
        owner = stat.S_IMODE(status.st_mode) & 0o700
        wanted = owner | owner >> 3
        if stat.S_ISDIR(status.st_mode):
            wanted |= stat.S_ISGID
        if item is not path and status.st_gid != top.st_gid:
            # Made before the folder was setgid: give it the clerks' group if we may.
            with contextlib.suppress(OSError):
                os.chown(item, -1, top.st_gid)
        if stat.S_IMODE(status.st_mode) != wanted:
            item.chmod(wanted)
