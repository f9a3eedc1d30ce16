"""The tests' helper plugin (registered in tests/conftest.py): the sample hall as fixtures
and the helpers every test file used to copy.

Fixtures: ``hall`` (the sample hall and its administrator, counter_app/sample_hall.py),
``clerk`` and ``supervisor`` (its sample clerk and supervisor). Helpers: ``add_owing_account``
(a customer with an account and unpaid bills), ``add_staff`` (another clerk or
supervisor), ``pdf_text`` (a PDF's text), ``type_text``
(typing as a clerk does, Chinese through the input method), ``PASSWORD`` and ``ADMIN``.
Imported as ``support`` everywhere (tests/ is on the path through its conftest).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from counter_app.sample_hall import PASSWORD, add_owing_account, add_staff, set_up_hall
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext

__all__ = [
    "ADMIN",
    "PASSWORD",
    "add_owing_account",
    "add_staff",
    "pdf_text",
    "set_up_hall",
    "type_text",
]


@pytest.fixture
def hall(ctx: AppContext) -> tuple[HallInfo, UserInfo]:
    return set_up_hall(ctx)


@pytest.fixture
def clerk(ctx: AppContext, hall: tuple[HallInfo, UserInfo]) -> UserInfo:
    return add_staff(ctx, hall[1], "clerk")


@pytest.fixture
def supervisor(ctx: AppContext, hall: tuple[HallInfo, UserInfo]) -> UserInfo:
    return add_staff(ctx, hall[1], "supervisor")


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    """For a program run as a subprocess: no inherited app variables, no real home or
    data folder."""
    home = tmp_path / "home"
    home.mkdir()
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("COUNTER_APP_") and not k.startswith("XDG_")
    }
    clean.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        PYTHONIOENCODING="utf-8",
        QT_QPA_PLATFORM="offscreen",
    )
    return clean


def pdf_text(path: Path | str, squeeze: bool = False) -> str:
    """The text of every page of a PDF, joined; ``squeeze``: without any whitespace (CJK
    text extracted from a laid-out page breaks lines anywhere)."""
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    return re.sub(r"\s+", "", text) if squeeze else text


def type_text(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            # Chinese arrives as an input-method commit, never as a key code.
            event = QInputMethodEvent()
            event.setCommitString(ch)
            QApplication.sendEvent(widget, event)


# The administrator the ``hall`` fixture makes (always the store's first user): the
# identity tests hand to the services that need an administrator (imports, exports,
# backups); the services check it against the store as they would any user's.
ADMIN = UserInfo(1, "admin", "王管理", "A001", "admin")
