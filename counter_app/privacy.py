"""Private by default: what the app writes is readable by its own user only, and its
logs carry no personal data.

- ``private_files()``: the process umask becomes 077 on POSIX, so the store, its WAL,
  backups, exports, printouts and logs are created owner-only (0600, folders 0700);
  ``restrict(path)`` tightens what an older version left world-readable. On Windows
  the data folder under the user's profile is private to that user by its ACL.
- ``PrivacyFilter``: on every log handler. A logged message or traceback has its SQL
  parameters dropped (the engine is also made with ``hide_parameters``) and every
  resident ID, credit code and mobile number in it masked, as a receipt masks them.
"""

from __future__ import annotations

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


def private_files() -> None:
    """From now on this process creates files and folders for its own user only."""
    if os.name == "posix":
        os.umask(0o077)


def restrict(path: Path) -> None:
    """Owner-only for ``path`` and what it holds (a data folder an older version made)."""
    if os.name != "posix" or not path.exists():
        return
    for item in [path, *path.rglob("*")] if path.is_dir() else [path]:
        if item.is_symlink():
            continue
        mode = stat.S_IMODE(item.stat().st_mode)
        wanted = mode & 0o700
        if mode != wanted:
            item.chmod(wanted)
