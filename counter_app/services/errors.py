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
