"""What every page of the main window is given and what it answers (the page contract).

A page is built from one `PageKit` (the window's services to its pages: the store, the
signed-in user, the counter, the printouts folder, the print paths) and answers:

- `refresh()`: F5, the page's data again as of now, never losing what the clerk typed;
- `print_current()`: Ctrl+P on the page. True when the page dealt with it (printed, or
  told the clerk why not); False when it has nothing of its own to print, and the window
  prints its last receipt or slip instead.

Where each page sits, who sees it and what its title is: `page_registry.py`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from counter_app.services.auth import UserInfo
from counter_app.services.context import AppContext
from counter_app.services.errors import UserError
from counter_app.ui.refusals import show_refusal


def _not_offered(*_args: object) -> Any:
    raise RuntimeError("this window offers no such action to its pages")


@dataclass(frozen=True)
class PageKit:
    """One object for every page's constructor. The callables are late-bound by the window
    (settings change, tests replace `show_pdf`); a page built on its own (a test, the
    self-test) names only what it uses."""

    ctx: AppContext
    user: UserInfo
    show_pdf: Callable[[Path], None] = _not_offered
    printouts: Callable[[], Path] = _not_offered
    counter: Callable[[], str] = lambda: ""
    print_receipt: Callable[[str], None] = _not_offered
    print_slip: Callable[[str], None] = _not_offered
    receipt_layout: Callable[[], str] = lambda: "A5"
    print_test_page: Callable[[], None] = _not_offered
    queue_categories: Callable[[], list[str]] = list
    # The visit called at this counter, if any: businesses and payments belong to it.
    visit_source: Callable[[], int | None] = lambda: None


class Page(QWidget):
    """The base of every main-window page: keeps the kit and answers F5 and Ctrl+P."""

    def __init__(self, kit: PageKit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kit = kit
        self.ctx, self.user = kit.ctx, kit.user
        self.show_pdf, self.printouts = kit.show_pdf, kit.printouts

    def refresh(self) -> object:
        """F5. A page with nothing to read again keeps this."""
        return None

    def print_current(self) -> bool:
        """Ctrl+P. False: nothing of the page's own; the window prints its last document."""
        return False

    def print_and_show(
        self, make: Callable[[], Path], failed: str, line: QLabel | None = None
    ) -> Path | None:
        """Write a document to PDF and show it for printing. A refusal or a disk error is
        said with `failed` ("公告未能生成：{0}") on the page's line, else in a dialog."""
        return print_and_show(make, self.show_pdf, failed, self, line)


def print_and_show(
    make: Callable[[], Path],
    show_pdf: Callable[[Path], None],
    failed: str,
    where: QWidget | None,
    line: QLabel | None = None,
) -> Path | None:
    """The PDF is kept first; showing it is a second step. Nothing shown if it failed;
    the refusal (or the disk's error) is shown the one way (refusals.py)."""
    try:
        path = make()
    except (UserError, OSError) as exc:
        shown = exc if isinstance(exc, UserError) else str(exc)
        show_refusal(where, shown, line=line, frame=failed)
        return None
    show_pdf(path)
    return path
