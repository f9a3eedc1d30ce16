"""The Qt print path: our PDFs through QtPdf and QPainter onto a QPrinter."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageRanges, QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QDialog, QToolButton
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.pdfgen.canvas import Canvas

from counter_app.printing import qt_print
from counter_app.printing.documents import AcceptanceSlip, Receipt, SettlementReport
from counter_app.printing.qt_print import (
    PrintError,
    make_printer,
    preview_pdf,
    print_pdf,
    printer_for_pdf,
)
from counter_app.printing.receipt import render_receipt
from counter_app.printing.settlement_report import render_settlement_report
from counter_app.printing.slips import render_acceptance_slip

pytestmark = pytest.mark.usefixtures("qapp")

MakeSlip = Callable[..., AcceptanceSlip]


@pytest.fixture
def slip_pdf(tmp_path: Path, make_slip: MakeSlip) -> Path:
    return render_acceptance_slip(make_slip(), tmp_path / "slip.pdf")


@pytest.fixture
def three_pages(tmp_path: Path) -> Path:
    path = tmp_path / "three.pdf"
    canvas = Canvas(str(path), pagesize=A5)
    for number in (1, 2, 3):
        canvas.rect(40, 40, 100 * number, 100, fill=1)
        canvas.showPage()
    canvas.save()
    return path


def _pdf_printer(out: Path, paper: str = "A5") -> QPrinter:
    printer = make_printer(paper=paper)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    return printer


def _page_image(path: Path, page: int = 0, width: int = 300) -> QImage:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    size = document.pagePointSize(page)
    image = document.render(page, QSize(width, round(width * size.height() / size.width())))
    document.close()
    return image


def _ink(image: QImage, x: int, y: int) -> bool:
    """Something darker than paper (QtPdf leaves unpainted areas transparent)."""
    color = image.pixelColor(x, y)
    return color.alpha() > 128 and color.lightness() < 200


def _ink_rows(image: QImage) -> list[int]:
    return [
        y for y in range(image.height()) if any(_ink(image, x, y) for x in range(image.width()))
    ]


def test_print_slip_to_pdf_printer(tmp_path: Path, slip_pdf: Path) -> None:
    out = tmp_path / "printed.pdf"
    print_pdf(slip_pdf, _pdf_printer(out))

    assert out.is_file()
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - A5[0]) < 1.5
    assert abs(float(box.height) - A5[1]) < 1.5
    # Same size page to page, printed 1:1: ink where the slip has ink.
    original, printed = _ink_rows(_page_image(slip_pdf)), _ink_rows(_page_image(out))
    assert printed
    assert abs(printed[0] - original[0]) <= 1
    assert abs(printed[-1] - original[-1]) <= 1


def test_a5_on_a4_prints_at_natural_size_at_the_top(tmp_path: Path, slip_pdf: Path) -> None:
    out = tmp_path / "a4.pdf"
    print_pdf(slip_pdf, _pdf_printer(out, paper="A4"))
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    assert round(float(reader.pages[0].mediabox.height)) == 842
    rows = _ink_rows(_page_image(out, width=595))  # one pixel per point
    assert rows[-1] < A5[1]  # nothing below where an A5 page ends


def test_a5_on_receipt_roll_is_shrunk_to_fit(tmp_path: Path, slip_pdf: Path) -> None:
    out = tmp_path / "roll.pdf"
    print_pdf(slip_pdf, _pdf_printer(out, paper="80mm"))
    page = PdfReader(out).pages[0]
    assert round(float(page.mediabox.width) / 72 * 25.4) == 80
    image = _page_image(out, width=227)  # one pixel per point
    columns = [
        x for x in range(image.width()) if any(_ink(image, x, y) for y in range(image.height()))
    ]
    assert columns and columns[-1] < image.width() - 2


def test_page_range_is_honoured(tmp_path: Path, three_pages: Path) -> None:
    out = tmp_path / "range.pdf"
    printer = _pdf_printer(out)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    ranges = QPageRanges()
    ranges.addRange(2, 3)
    printer.setPageRanges(ranges)
    print_pdf(three_pages, printer)
    assert len(PdfReader(out).pages) == 2

    out_all = tmp_path / "all.pdf"
    print_pdf(three_pages, _pdf_printer(out_all))
    assert len(PdfReader(out_all).pages) == 3


def test_missing_or_broken_pdf_is_a_clear_error(tmp_path: Path) -> None:
    printer = _pdf_printer(tmp_path / "never.pdf")
    with pytest.raises(PrintError, match="找不到要打印的文件"):
        print_pdf(tmp_path / "nope.pdf", printer)

    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 half a file")
    with pytest.raises(PrintError, match=r"无法打开要打印的文件 broken\.pdf"):
        print_pdf(broken, printer)
    assert not (tmp_path / "never.pdf").exists()


@pytest.mark.qt_log_ignore(r"QPainter::begin")
def test_printer_that_cannot_start_is_a_clear_error(tmp_path: Path, slip_pdf: Path) -> None:
    printer = make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "no-such-folder" / "out.pdf"))
    with pytest.raises(PrintError, match="打印机无法开始打印"):
        print_pdf(slip_pdf, printer)


def test_make_printer() -> None:
    printer = make_printer(paper="A5")
    assert printer.fullPage()
    assert printer.resolution() >= 300
    layout = printer.pageLayout()
    assert layout.pageSize().id() == QPageSize.PageSizeId.A5
    assert layout.orientation() == QPageLayout.Orientation.Portrait

    roll = make_printer(paper="80x200mm").pageLayout().pageSize()
    size = roll.size(QPageSize.Unit.Millimeter)
    assert (round(size.width()), round(size.height())) == (80, 200)
    assert make_printer(paper="a4").pageLayout().pageSize().id() == QPageSize.PageSizeId.A4

    with pytest.raises(PrintError, match="不支持的纸张规格"):
        make_printer(paper="A55")
    with pytest.raises(PrintError, match="找不到打印机“柜台二号机”"):
        make_printer("柜台二号机")


def _fake_exec(result: QDialog.DialogCode, seen: list[int]) -> Callable[[QDialog], int]:
    """Stands in for the modal loop: lays out the preview, then closes with ``result``."""

    def run(dialog: QDialog) -> int:
        preview = dialog.findChild(QPrintPreviewWidget)
        assert preview is not None
        preview.updatePreview()  # emits paintRequested, as showing the dialog does
        seen.append(preview.pageCount())
        return int(result.value)

    return run


@pytest.mark.parametrize(
    ("result", "printed"),
    [(QDialog.DialogCode.Rejected, False), (QDialog.DialogCode.Accepted, True)],
)
def test_preview_paints_the_pages(
    monkeypatch: pytest.MonkeyPatch,
    three_pages: Path,
    result: QDialog.DialogCode,
    printed: bool,
) -> None:
    seen: list[int] = []
    monkeypatch.setattr(qt_print, "_exec_dialog", _fake_exec(result, seen))
    assert preview_pdf(three_pages, None) is printed
    assert seen == [3]


def test_preview_failure_surfaces_after_the_dialog(
    monkeypatch: pytest.MonkeyPatch, slip_pdf: Path
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise MemoryError("no room for the page image")

    monkeypatch.setattr(qt_print, "_paint_page", broken)
    monkeypatch.setattr(qt_print, "_exec_dialog", _fake_exec(QDialog.DialogCode.Accepted, []))
    with pytest.raises(PrintError, match="打印失败"):
        preview_pdf(slip_pdf, None)


def test_preview_of_missing_file_fails_before_any_dialog(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def no_dialog(dialog: QDialog) -> int:
        raise AssertionError("the dialog must not open")

    monkeypatch.setattr(qt_print, "_exec_dialog", no_dialog)
    with pytest.raises(PrintError, match="找不到要打印的文件"):
        preview_pdf(tmp_path / "gone.pdf", None)


# -- the paper comes from the document ---------------------------------------------


def _printed_size_mm(source: Path, out: Path, title: str = "") -> tuple[int, int]:
    printer = printer_for_pdf(source, title=title)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    print_pdf(source, printer)
    box = PdfReader(out).pages[0].mediabox
    return round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)


def test_a_roll_receipt_prints_on_80mm_of_its_own_length(
    tmp_path: Path, make_receipt: Callable[..., Receipt]
) -> None:
    receipt = render_receipt(make_receipt(), tmp_path / "收据_R1_80mm.pdf", "80mm")
    length = round(float(PdfReader(receipt).pages[0].mediabox.height) / 72 * 25.4)
    assert 100 < length < 297  # as long as its content, not a fixed sheet
    printer = printer_for_pdf(receipt, title="收据 R1")
    page = printer.pageLayout().pageSize()
    assert page.id() == QPageSize.PageSizeId.Custom
    # What CUPS is sent as media: Custom.80x162.552mm (checked through cups-pdf).
    width, height = page.key().removeprefix("Custom.").removesuffix("mm").split("x")
    assert (round(float(width)), round(float(height))) == (80, length)
    assert printer.docName() == "收据 R1"
    assert _printed_size_mm(receipt, tmp_path / "out.pdf") == (80, length)


def test_an_a5_slip_prints_on_a5(tmp_path: Path, slip_pdf: Path) -> None:
    printer = printer_for_pdf(slip_pdf, title="受理回执 A1")
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A5
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Portrait
    assert _printed_size_mm(slip_pdf, tmp_path / "out.pdf") == (148, 210)


def test_an_a4_report_prints_on_a4(
    tmp_path: Path, make_settlement: Callable[..., SettlementReport]
) -> None:
    report = render_settlement_report(make_settlement(), tmp_path / "日结报表_S1.pdf")
    assert printer_for_pdf(report).pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
    assert _printed_size_mm(report, tmp_path / "out.pdf") == (210, 297)


def test_a_wide_page_is_landscape(tmp_path: Path) -> None:
    wide = tmp_path / "wide.pdf"
    canvas = Canvas(str(wide), pagesize=landscape(A4))
    canvas.showPage()
    canvas.save()
    layout = printer_for_pdf(wide).pageLayout()
    assert layout.pageSize().id() == QPageSize.PageSizeId.A4
    assert layout.orientation() == QPageLayout.Orientation.Landscape
    assert _printed_size_mm(wide, tmp_path / "out.pdf") == (297, 210)


def test_the_preview_prints_with_ctrl_p_and_every_button_takes_tab(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, slip_pdf: Path
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "from-preview.pdf"
    printer = printer_for_pdf(slip_pdf, title="受理回执 A1")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    seen: dict[str, object] = {}

    def run(dialog: QDialog) -> int:
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        print_text = QCoreApplication.translate("QPrintPreviewDialog", "Print")
        reached = set()
        for _ in range(40):  # Tab round the dialog, as a clerk without a mouse would
            widget = QApplication.focusWidget()
            if isinstance(widget, QToolButton) and widget.defaultAction() is not None:
                reached.add(widget.defaultAction().text())
            qtbot.keyClick(widget, Qt.Key.Key_Tab)
        seen["print reached"] = print_text in reached
        assert not out.exists()
        focus = QApplication.focusWidget()
        qtbot.keyClick(focus, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        return dialog.result()

    monkeypatch.setattr(qt_print, "_exec_dialog", run)
    assert preview_pdf(slip_pdf, None, printer) is True
    assert seen["print reached"]
    assert len(PdfReader(out).pages) == 1  # printed straight, no second dialog


def test_esc_closes_the_preview_without_printing(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, slip_pdf: Path
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "never.pdf"
    printer = printer_for_pdf(slip_pdf)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))

    def run(dialog: QDialog) -> int:
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        return dialog.result()

    monkeypatch.setattr(qt_print, "_exec_dialog", run)
    assert preview_pdf(slip_pdf, None, printer) is False
    assert not out.exists()
