"""Running a whole service transaction again when the database says "try again".

Two counters and an HQ import on one PostgreSQL server can still meet in a
deadlock (the server ends one of them with DeadlockDetected after about a
second) or a serialization failure; on SQLite a writer can wait out the busy
timeout and get "database is locked". In each case the transaction was rolled
back whole, so nothing was written and running it again is safe. A few tries
with a short, jittered pause; what still fails becomes a ``DatabaseBusy`` the
clerk can act on, never the generic error dialog.

Every money writer takes its locks in one order, so that deadlocks stay rare:

    (the clerk's till: the users row) → account rows FOR UPDATE, by id →
    arrears rows FOR UPDATE, by id → payment rows → sequence rows → the audit chain

Wrap the function that opens the transaction (``ctx.write()``) and nothing else:
a retry runs it from the start, so it must not have done anything outside the
transaction before it fails (print a receipt only after the wrapped part).
"""

from __future__ import annotations

import functools
import logging
import random
import sqlite3
import time
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from sqlalchemy.exc import DBAPIError

from counter_app.domain.text import Msg
from counter_app.services.errors import UserError

P = ParamSpec("P")
T = TypeVar("T")

log = logging.getLogger(__name__)

# 8: under a busy hall's load on PostgreSQL (three payers, a voider and HQ imports at
# once, uncontended CI) one void in 200 still met five deadlocks in a row. The first
# pause is 0.05–0.1 s, doubling each time: about 13 s at most in all, on top of
# PostgreSQL's deadlock_timeout (1 s) for each deadlock detected.
TRIES = 8
FIRST_PAUSE_S = 0.05

# PostgreSQL SQLSTATEs that mean "rolled back, run it again".
_RETRY_SQLSTATES = {"40P01", "40001"}  # deadlock_detected, serialization_failure

# What the clerk is told when every try failed (Msg: extracted for translation).
PAYMENT_BUSY = Msg("数据库正忙（其他柜台正在办理），本笔未收费，请稍后再点确认收费")
VOID_BUSY = Msg("数据库正忙（其他柜台正在办理），收据未作废，请稍后再试")
REPRINT_BUSY = Msg("数据库正忙（其他柜台正在办理），收据未补打，请稍后再试")
IMPORT_BUSY = Msg("数据库正忙（其他柜台正在办理），欠费清单未导入，请稍后再导入")


class DatabaseBusy(UserError):
    """The database stayed busy through every try; nothing was written."""


def is_transient(exc: BaseException) -> bool:
    """A failure that rolled the whole transaction back and may pass if run again."""
    if not isinstance(exc, DBAPIError):
        return False
    orig = exc.orig
    sqlstate = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    if sqlstate in _RETRY_SQLSTATES:
        return True
    return isinstance(orig, sqlite3.OperationalError) and "database is locked" in str(orig)


def retrying(
    busy_message: Msg, tries: int = TRIES, first_pause: float = FIRST_PAUSE_S
) -> Callable[[Callable[P, T]], Callable[P, T]]:
    """Decorate a service function that runs one transaction: run it again on a
    deadlock, serialization failure or a locked SQLite file, up to ``tries`` times;
    then raise ``DatabaseBusy(busy_message)``."""

    def decorate(fn: Callable[P, T]) -> Callable[P, T]:
        @functools.wraps(fn)
        def run(*args: P.args, **kwargs: P.kwargs) -> T:
            for attempt in range(1, tries + 1):
                try:
                    return fn(*args, **kwargs)
                except DBAPIError as exc:
                    if not is_transient(exc):
                        raise
                    log.warning(
                        "%s: try %d of %d failed: %s", fn.__qualname__, attempt, tries, exc.orig
                    )
                    if attempt == tries:
                        raise DatabaseBusy(busy_message) from exc
                    pause = first_pause * 2 ** (attempt - 1)
                    time.sleep(random.uniform(pause, 2 * pause))
            raise AssertionError("unreachable")  # pragma: no cover

        return run

    return decorate
