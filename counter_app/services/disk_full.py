"""A full disk is told as such: the transaction it stopped rolled back whole.

SQLite says SQLITE_FULL ("database or disk is full") when the file or its journal
cannot grow; PostgreSQL says disk_full (SQLSTATE 53100) or "No space left on device"
when its files cannot; a file written by the app raises OSError ENOSPC. Without this
the clerk would see the generic error dialog and not know whether money was taken.
"""

from __future__ import annotations

import errno
import functools
import logging
import sqlite3
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from sqlalchemy.exc import DBAPIError

from counter_app.domain.text import Msg
from counter_app.services.errors import UserError

P = ParamSpec("P")
T = TypeVar("T")

log = logging.getLogger(__name__)

SQLITE_FULL = 13
_PG_DISK_FULL = "53100"

PAYMENT_DISK_FULL = Msg("磁盘已满，本笔未收费：请清理磁盘或联系管理员")


class DiskFull(UserError):
    """The disk (or the store's size limit) was full; nothing was written."""


def is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError):
        return exc.errno == errno.ENOSPC
    if not isinstance(exc, DBAPIError):
        return False
    orig = exc.orig
    if isinstance(orig, sqlite3.Error):
        code = getattr(orig, "sqlite_errorcode", None)
        return code == SQLITE_FULL or "database or disk is full" in str(orig)
    sqlstate = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    return sqlstate == _PG_DISK_FULL or "No space left on device" in str(orig)


def refused_when_full(message: Msg) -> Callable[[Callable[P, T]], Callable[P, T]]:
    """Decorate a function that runs one transaction (``ctx.write()``): a full disk
    becomes ``DiskFull(message)``; the session has already rolled it back."""

    def decorate(fn: Callable[P, T]) -> Callable[P, T]:
        @functools.wraps(fn)
        def run(*args: P.args, **kwargs: P.kwargs) -> T:
            try:
                return fn(*args, **kwargs)
            except (DBAPIError, OSError) as exc:
                if not is_disk_full(exc):
                    raise
                log.error("%s: disk full, rolled back: %s", fn.__qualname__, exc)
                raise DiskFull(message) from exc

        return run

    return decorate
