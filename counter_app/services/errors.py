"""Errors the clerk must be told about, as opposed to programming errors.

A UserError's message is shown as it is, in the user's language; anything
else is a bug: logged with its traceback and reported with a generic dialog.
"""

from __future__ import annotations


class UserError(Exception):
    """Something the user can understand and act on; nothing was changed."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class AuthError(UserError):
    pass


class PermissionDenied(UserError):
    pass


class NotFound(UserError):
    pass


class StartupError(Exception):
    """The app cannot open (bad data file, newer database); the message says what to do."""


class ImportRejected(UserError):
    """A file refused whole: each bad row with its number and reason; nothing was imported."""

    def __init__(self, file: str, problems: list[tuple[int, str]]) -> None:
        self.file = file
        self.problems = problems
        shown = "\n".join(
            f"第{row}行：{reason}" if row else reason for row, reason in problems[:20]
        )
        more = f"\n……另有{len(problems) - 20}处问题" if len(problems) > 20 else ""
        super().__init__(f"文件 {file} 未导入，请修正以下问题后重新导入：\n{shown}{more}")
