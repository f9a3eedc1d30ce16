"""Errors the clerk must be told about, as opposed to programming errors.

A UserError's message is shown as it is, in the user's language; anything
else is a bug: logged with its traceback and reported with a generic dialog.
A message is a Chinese template with named parameters, so the UI can translate
it (counter_app/domain/text.py): UserError("户号 {account_no} 不存在", account_no=no).
`.message` is the filled-in Chinese text, `.template` and `.params` the parts.
"""

from __future__ import annotations

from typing import Any

from counter_app.domain.text import Joined, Msg, as_msg


class UserError(Exception):
    """Something the user can understand and act on; nothing was changed."""

    def __init__(self, message: str, field: str = "", /, **params: Any) -> None:
        msg = Msg(message, **params) if params or not isinstance(message, Msg) else message
        super().__init__(str(msg))
        self.message = str(msg)
        self.template = msg.template
        self.params = msg.params
        self.field = field


class AuthError(UserError):
    pass


class PermissionDenied(UserError):
    pass


class NotFound(UserError):
    pass


class StartupError(Exception):
    """The app cannot open (bad data file, newer database); the message says what to do."""


MAX_SHOWN_PROBLEMS = 20


class ImportRejected(UserError):
    """A file refused whole: each bad row with its number and reason; nothing was imported."""

    def __init__(self, file: str, problems: list[tuple[int, str]]) -> None:
        self.file = file
        self.problems = problems
        shown = Joined(
            (
                (
                    Msg("第{row}行：{reason}", row=row, reason=as_msg(reason))
                    if row
                    else as_msg(reason)
                )
                for row, reason in problems[:MAX_SHOWN_PROBLEMS]
            ),
            "\n",
        )
        extra = len(problems) - MAX_SHOWN_PROBLEMS
        more = Msg("\n……另有{count}处问题", count=extra) if extra > 0 else ""
        super().__init__(
            "文件 {file} 未导入，请修正以下问题后重新导入：\n{problems}{more}",
            file=file,
            problems=shown,
            more=more,
        )
