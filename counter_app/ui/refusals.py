"""One way to show a user error (a refusal): the service said no, nothing was changed.

Every screen shows it the same way: in the screen's own message line when it has one (the
clerk keeps typing where they were), otherwise in a warning dialog with a title saying what
was not done. The text is the error's message in the UI's language (tr_message).

    with refusal_shown(self, self.tr("备份未完成")) as refused:
        path = backups.backup_now(...)
    if refused:
        return
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from counter_app.services.errors import UserError
from counter_app.ui.i18n import tr_message

# A refusal reads as a warning, never as success; success lines are styled by their screens.
REFUSAL_STYLE = "color:#b00020;"


@dataclass
class Refused:
    """What the block met: false while no refusal came, then the error itself."""

    error: UserError | None = None

    def __bool__(self) -> bool:
        return self.error is not None

    @property
    def text(self) -> str:
        return tr_message(self.error) if self.error is not None else ""


def show_refusal(
    where: QWidget | None, error: UserError, title: str = "", line: QLabel | None = None
) -> None:
    """The refusal in `line` when given, else in a warning dialog over `where`."""
    text = tr_message(error)
    if line is not None:
        line.setStyleSheet(REFUSAL_STYLE)
        line.setText(text)
        return
    shown_title = title or QCoreApplication.translate("refusals", "未能完成")
    QMessageBox.warning(where, shown_title, text)


@contextmanager
def refusal_shown(
    where: QWidget | None,
    title: str = "",
    line: QLabel | None = None,
    after: Callable[[], object] | None = None,
) -> Iterator[Refused]:
    """Run the block; a UserError from it is shown (then `after` runs, e.g. a refresh)
    and swallowed. Any other error goes on to the unexpected-error handler."""
    refused = Refused()
    try:
        yield refused
    except UserError as exc:
        refused.error = exc
        show_refusal(where, exc, title, line)
        if after is not None:
            after()
