"""A service's error shown in English when the English catalogue is installed."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from support import type_text

from counter_app.domain.text import Msg
from counter_app.services.errors import ImportRejected
from counter_app.ui.i18n import tr_data, tr_message
from counter_app.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def english(qapp, tmp_path: Path) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The messages catalogue compiled here and installed, as an English start-up does."""
    qm = tmp_path / "messages_en.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run(
        [str(lrelease), str(ROOT / "translations/messages_en.ts"), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_unknown_account_in_english(qtbot, window: MainWindow, english: None) -> None:  # type: ignore[no-untyped-def]
    window.show_area(window.payment)
    page = window.payment
    type_text(qtbot, page.ui.accountEdit, "3109999999")
    qtbot.keyClick(page.ui.accountEdit, Qt.Key.Key_Return)
    shown = page.ui.messageLabel.text()
    assert "Account no. 3109999999 does not exist" in shown
    assert not CJK.search(shown)
    assert tr_data("现金") == "Cash" and tr_data("王小明") == "王小明"


def test_rejected_import_rows_in_english(english: None) -> None:
    exc = ImportRejected(
        "arrears.xlsx", [(2, Msg("{label}为空", label="户号")), (0, "文件中没有欠费记录")]
    )
    assert tr_message(exc) == (
        "File arrears.xlsx was not imported; fix these problems and import it again:\n"
        "Row 2: Account no. is empty\nThe file has no arrears records"
    )
    assert exc.message.startswith("文件 arrears.xlsx 未导入")  # the CLI and the log stay Chinese


def test_late_fee_explanation_in_english(english: None) -> None:
    from datetime import date
    from decimal import Decimal

    from counter_app.domain import fees

    b = fees.late_fee_breakdown(Decimal("100.00"), date(2026, 10, 15), date(2026, 11, 26), True)
    assert tr_message(b.text) == (
        "Due 2026-10-15, 42 days overdue: 100.00 yuan × 1‰ × 42 days = 4.20 yuan"
    )


def test_business_fee_note_in_english(english: None) -> None:
    note = Msg("{price}元（{basis}）", price="5", basis="按次收取")  # as payments.quote makes it
    assert note == "5元（按次收取）"  # what the receipt prints
    assert tr_message(note) == "¥5 (按次收取)"  # HQ's own basis text is data
