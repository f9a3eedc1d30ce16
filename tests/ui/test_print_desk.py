"""Where a document goes: its kind's printer at once, or the preview first."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from counter_app.printing import qt_print
from counter_app.ui import settings as opt
from counter_app.ui.print_desk import PrintDesk
from counter_app.ui.settings import Settings


def _pdf(path: Path, size: tuple[float, float]) -> Path:
    canvas = Canvas(str(path), pagesize=size)
    canvas.showPage()
    canvas.save()
    return path


class Recorder:
    """Stands in for the printer and the modal preview, keeping what each was asked."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.jobs: list[tuple[str, str, str]] = []  # (how, printer, title)
        self.made: dict[int, tuple[str, str]] = {}

        def printer_for_pdf(path: Path, name: str = "", title: str = "") -> QPrinter:
            printer = QPrinter()
            self.made[id(printer)] = (name, title)
            return printer

        monkeypatch.setattr(qt_print, "printer_for_pdf", printer_for_pdf)
        monkeypatch.setattr(
            qt_print, "print_pdf", lambda p, pr: self.jobs.append(("print", *self.made[id(pr)]))
        )
        monkeypatch.setattr(
            qt_print,
            "preview_pdf",
            lambda p, parent, pr: self.jobs.append(("preview", *self.made[id(pr)])) or True,
        )


@pytest.fixture
def desk(qtbot, settings: Settings) -> tuple[PrintDesk, list[str]]:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    said: list[str] = []
    settings.set(opt.ROLL_PRINTER, "卷纸机")
    settings.set(opt.SHEET_PRINTER, "单页机")
    return PrintDesk(settings, parent, lambda text, _ms: said.append(text)), said


def test_each_document_prints_at_once_on_its_kinds_printer(
    desk, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    printers, said = desk
    recorded = Recorder(monkeypatch)
    printers.show(_pdf(tmp_path / "收据_R7_80mm.pdf", (80 * mm, 150 * mm)))
    printers.show(_pdf(tmp_path / "收据_R8_A5.pdf", A5))  # a receipt laid out on A5
    printers.show(_pdf(tmp_path / "受理回执_SQ1.pdf", A5))
    printers.show(_pdf(tmp_path / "号票_A001.pdf", (80 * mm, 90 * mm)))
    assert recorded.jobs == [
        ("print", "卷纸机", "收据 R7"),
        ("print", "单页机", "收据 R8"),
        ("print", "单页机", "受理回执 SQ1"),
        ("print", "卷纸机", "号票 A001"),
    ]
    assert said[0] == "已发送到打印机 卷纸机：收据 R7"


def test_the_preview_comes_first_without_a_printer_when_asked_or_with_the_setting(
    desk, monkeypatch: pytest.MonkeyPatch, settings: Settings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    printers, _said = desk
    recorded = Recorder(monkeypatch)
    slip = _pdf(tmp_path / "受理回执_SQ1.pdf", A5)
    with printers.previewing():
        printers.show(slip)
    printers.show(slip)  # the key's preview is for that one press only
    settings.set(opt.SHEET_PRINTER, "")
    printers.show(slip)  # no printer chosen for sheets: see it before it goes anywhere
    settings.set(opt.SHEET_PRINTER, "单页机")
    settings.set(opt.PREVIEW_FIRST, True)
    printers.show(slip)
    assert [how for how, *_ in recorded.jobs] == ["preview", "print", "preview", "preview"]
    assert recorded.jobs[2][1] == ""


def test_a_missing_printer_is_said_and_the_pdf_kept(
    desk, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    printers, said = desk
    warnings: list[str] = []
    monkeypatch.setattr(
        "counter_app.ui.print_desk.QMessageBox.warning",
        lambda _parent, _title, text: warnings.append(text),
    )
    slip = _pdf(tmp_path / "受理回执_SQ1.pdf", A5)
    assert printers.show(slip) is False  # 单页机 is not installed here
    assert "找不到打印机“单页机”" in warnings[0] and str(slip) in warnings[0]
    assert said == []


def test_ctrl_shift_p_is_ctrl_p_through_the_preview(
    qtbot, window, shown_pdfs: list[Path], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    slip = _pdf(tmp_path / "受理回执_SQ1.pdf", A5)
    window.last_pdf = slip
    previewed: list[bool] = []
    window.show_pdf = lambda path: previewed.append(window.print_desk.force_preview)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    mods = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_P, mods)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert previewed == [True, False]
