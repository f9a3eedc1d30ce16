"""Long work: how a service reports its progress and hears that the user cancelled.

A long service call (an HQ import, a backup, the export, the training store) takes an
optional ``progress``: called with (stage, done, total), from the thread the service
runs in, it returns False once the user asked to stop. ``total`` 0 means no count is
known (the screen shows a busy bar); ``stage`` is a fixed text marked with N_ so the
screen can translate it. On False the service raises Cancelled before it commits or
keeps anything, with a message that says what was left as it was. No Qt here: the
screen's side is counter_app/ui/jobs.py.
"""

from __future__ import annotations

from collections.abc import Callable

from counter_app.services.errors import UserError

Progress = Callable[[str, int, int], bool]


def no_progress(_stage: str, _done: int, _total: int) -> bool:
    return True


class Cancelled(UserError):
    """The user stopped a long job; its message says that nothing was changed."""


def import_cancelled() -> Cancelled:
    """An import stopped by the user: raised inside its transaction, so it is rolled back."""
    return Cancelled("导入已取消：事务已撤销，没有写入任何数据。")
