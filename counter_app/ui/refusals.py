"""One way to show a user error (a refusal): the service said no, nothing was changed.

Every screen shows it the same way: in the screen's own message line when it has one (the
clerk keeps typing where they were), otherwise in a warning dialog with a title saying what
was not done. The text is the error's message in the UI's language (tr_message).

    with refusal_shown(self, self.tr("备份未完成")) as refused:
        path = backups.backup_now(...)
    if refused:
        return

A line that shows refusals shows its other news through say_done / say_info, so a success
after a refusal is not left in the refusal's red (messageLabel is red by the style sheet).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from counter_app.services.errors import UserError
from counter_app.ui.i18n import tr_message

# A refusal reads as a warning, never as success.
REFUSAL_STYLE = "color:#b00020;"
# Something the clerk asked for was done.
DONE_STYLE = "color:#0b6b3a;"
# A plain fact (how many customers were found, where a price comes from).
INFO_STYLE = "color:#333333;"


@dataclass
class Refused:
    """What the block met: false while no refusal came, then the error itself."""

    error: UserError | None = None

    def __bool__(self) -> bool:
        return self.error is not None

    @property
    def text(self) -> str:
        return tr_message(self.error) if self.error is not None else ""

    @property
    def field(self) -> str:
        """The input the service named as the problem ("" when none)."""
        return self.error.field if self.error is not None else ""


def refusal_html(text: str) -> str:
    """A refusal as a paragraph of a rich-text view (e.g. the payment's quote)."""
    return f"<p style='{REFUSAL_STYLE}'>{escape(text)}</p>"


def show_refusal(
    where: QWidget | None,
    error: UserError | str,
    title: str = "",
    line: QLabel | None = None,
    *,
    frame: str = "{0}",
    show_in: Callable[[str], object] | None = None,
) -> None:
    """The refusal in `line` when given, else in `show_in` (a place of the screen's own:
    the notice board's box, the quote view), else in a warning dialog over `where`.

    `error` is a service's UserError, or a text the screen worded itself (its own check
    of an input, a disk error); `frame` puts it in a sentence ("回执未能生成：{0}")."""
    text = frame.format(tr_message(error) if isinstance(error, UserError) else error)
    if line is not None:
        line.setStyleSheet(REFUSAL_STYLE)
        line.setText(text)
    elif show_in is not None:
        show_in(text)
    else:
        shown_title = title or QCoreApplication.translate("refusals", "未能完成")
        QMessageBox.warning(where, shown_title, text)


def say_done(line: QLabel, text: str) -> None:
    """What was done, on a line that may have shown a refusal before: not in red."""
    line.setStyleSheet(DONE_STYLE)
    line.setText(text)


def say_info(line: QLabel, text: str) -> None:
    """A plain fact on a line that may have shown a refusal before: not in red."""
    line.setStyleSheet(INFO_STYLE)
    line.setText(text)


@contextmanager
def refusal_shown(
    where: QWidget | None,
    title: str = "",
    line: QLabel | None = None,
    after: Callable[[], object] | None = None,
    *,
    frame: str = "{0}",
    show_in: Callable[[str], object] | None = None,
) -> Iterator[Refused]:
    """Run the block; a UserError from it is shown (then `after` runs, e.g. a refresh)
    and swallowed. Any other error goes on to the unexpected-error handler."""
    refused = Refused()
    try:
        yield refused
    except UserError as exc:
        refused.error = exc
        show_refusal(where, exc, title, line, frame=frame, show_in=show_in)
        if after is not None:
            after()
