"""A service's error shown in English when the English catalogue is installed."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from counter_app.ui.i18n import tr_data
from counter_app.ui.main_window import MainWindow
from tests.support import type_text

ROOT = Path(__file__).resolve().parents[2]


def test_unknown_account_in_english(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
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
    try:
        window.show_area(window.payment)
        page = window.payment
        type_text(qtbot, page.ui.accountEdit, "3109999999")
        qtbot.keyClick(page.ui.accountEdit, Qt.Key.Key_Return)
        shown = page.ui.messageLabel.text()
        assert "Account no. 3109999999 does not exist" in shown
        assert not re.search(r"[\u4e00-\u9fff]", shown)
        assert tr_data("现金") == "Cash" and tr_data("王小明") == "王小明"
    finally:
        QCoreApplication.removeTranslator(translator)
