"""The Qt print path for any of our PDFs: preview, print, choose a printer.

Pages are rasterised with QtPdf at (an integer fraction of) the printer's
own resolution and drawn with QPainter, so what prints is exactly the PDF
that was saved: same font, same layout, on any driver.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QImage,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPaintEngine,
    QPainter,
    QShortcut,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import (
    QPrinter,
    QPrinterInfo,
    QPrintPreviewDialog,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import QDialog, QToolButton, QWidget

# Highest resolution a page is rasterised at for a printer (an A4 page at
# 600 dpi is a 139 MB image, held one page at a time). A 1200 dpi device
# (Qt's PDF engine, CUPS) gets 600 dpi pixels drawn 2x2.
MAX_PRINT_DPI = 600
# Preview pages are kept in memory all at once: screen quality is enough.
MAX_PREVIEW_DPI = 150

# Roll paper of 80 mm receipt printers, as their drivers name it (80 x 297 mm).
ROLL_80MM = QSizeF(80, 297)


class PrintError(Exception):
    """A print job could not be done; the message is for the clerk, in Chinese."""


def make_printer(printer_name: str = "", paper: str = "A5") -> QPrinter:
    """A printer at its own high resolution, portrait, full page, on ``paper``.

    ``printer_name`` empty means the system's default printer. ``paper`` is a
    Qt page size name ("A4", "A5", "B5", "Letter"...), "80mm" for receipt roll
    paper (80 x 297 mm), or "WxHmm" (e.g. "80x200mm"). The page is used whole
    (``fullPage``): our PDFs carry their own margins. If the driver refuses the
    size, the printer keeps its own and pages are shrunk to fit.
    """
    return _printer(printer_name, _page_size(paper), QPageLayout.Orientation.Portrait)


def printer_for_pdf(path: Path, printer_name: str = "", title: str = "") -> QPrinter:
    """A printer set to the PDF's own paper: the first page's size and orientation.

    The document knows its paper (ReportLab wrote it): an A5 slip asks for A5, an
    80 mm receipt for a custom 80 mm page as long as its content, an A4 report for
    A4 (landscape when wider than tall). Standard sizes are matched (within Qt's
    tolerance) so the driver gets its own name for them (media=A5). ``title`` is
    the job's name in the print queue ("收据 R…").
    """
    layout = page_layout_of(page_points(path))
    printer = _printer(printer_name, layout.pageSize(), layout.orientation())
    printer.setDocName(title or Path(path).stem)
    return printer


def page_points(path: Path) -> QSizeF:
    """The first page's size in points, as the PDF says."""
    document = load_pdf(path)
    try:
        return document.pagePointSize(0)
    finally:
        document.close()
        document.deleteLater()


def page_layout_of(points: QSizeF) -> QPageLayout:
    """The page layout for a page of ``points``: portrait dimensions, turned if wider."""
    landscape = points.width() > points.height()
    portrait = points.transposed() if landscape else points
    # FuzzyMatch: 419.5 x 595.3 pt is A5 (a driver knows A5; it may not know 148x210mm).
    size = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    if size.id() == QPageSize.PageSizeId.Custom:
        # In millimetres, the unit roll paper is named in (80 x 187 mm).
        millimetres = QSizeF(portrait.width() * 25.4 / 72, portrait.height() * 25.4 / 72)
        size = QPageSize(
            millimetres,
            QPageSize.Unit.Millimeter,
            f"{millimetres.width():.0f}x{millimetres.height():.0f}mm",
            QPageSize.SizeMatchPolicy.ExactMatch,
        )
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def _printer(
    printer_name: str, page_size: QPageSize, orientation: QPageLayout.Orientation
) -> QPrinter:
    if printer_name:
        info = QPrinterInfo.printerInfo(printer_name)
        if info.isNull():
            raise PrintError(
                QCoreApplication.translate(
                    "qt_print", "找不到打印机“{name}”，请检查打印机是否已安装并开启。"
                ).format(name=printer_name)
            )
        printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    else:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(
        QPageLayout(page_size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    )
    # After setPageLayout, which resets the mode to the layout's (StandardMode).
    printer.setFullPage(True)
    return printer


def print_pdf(path: Path, printer: QPrinter) -> None:
    """Print every page of the PDF at ``path`` on ``printer`` (no dialog).

    Honours a page range set on the printer (e.g. by a print dialog).
    Raises PrintError when the PDF cannot be loaded or the printer cannot start.
    """
    document = load_pdf(path)
    try:
        _paint_document(document, printer)
    finally:
        document.close()
        document.deleteLater()


def preview_pdf(path: Path, parent: QWidget | None, printer: QPrinter | None = None) -> bool:
    """Show a print preview of the PDF at ``path``; True when the clerk printed it.

    The PDF is loaded before the dialog opens, so a bad file is a PrintError
    rather than an empty preview. A failure while printing from the dialog is
    raised as PrintError once the dialog has closed.

    All of it works from the keyboard: Ctrl+P prints at once on ``printer`` (no
    second dialog) and closes the preview, Esc closes it, Tab reaches every button.
    """
    if printer is None:
        printer = make_printer()
    document = load_pdf(path)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(
        QCoreApplication.translate("qt_print", "打印预览 - {name}").format(name=Path(path).name)
    )
    errors: list[Exception] = []

    def paint(target: QPrinter) -> None:
        # An exception must not escape into Qt's event loop: keep it for later.
        try:
            _paint_document(document, target)
        except Exception as error:
            errors.append(error)

    dialog.paintRequested.connect(paint)
    _keyboard_ready(dialog)
    try:
        result = _exec_dialog(dialog)
    finally:
        dialog.paintRequested.disconnect(paint)
        dialog.deleteLater()
        document.close()
        document.deleteLater()
    if errors:
        error = errors[-1]
        if isinstance(error, PrintError):
            raise error
        raise PrintError(
            QCoreApplication.translate("qt_print", "打印失败：{error}").format(error=error)
        ) from error
    return result == QDialog.DialogCode.Accepted


def _keyboard_ready(dialog: QPrintPreviewDialog) -> None:
    """Ctrl+P prints and closes; the toolbar's buttons (NoFocus in Qt) take Tab. Sized
    to the screen: at Qt's default size the toolbar folds its print button away."""
    screen = dialog.screen()
    if screen is not None:
        room = screen.availableGeometry().size()
        dialog.resize(max(dialog.width(), room.width() * 9 // 10), room.height() * 9 // 10)
    for button in dialog.findChildren(QToolButton):
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def print_now() -> None:
        preview = dialog.findChild(QPrintPreviewWidget)
        if preview is not None:
            preview.print_()  # paintRequested on the printer itself, not the preview
        dialog.accept()

    shortcut = QShortcut(QKeySequence("Ctrl+P"), dialog)
    shortcut.setObjectName("previewPrintShortcut")
    shortcut.activated.connect(print_now)


def load_pdf(path: Path) -> QPdfDocument:
    """Open a PDF with QtPdf, ready to render; PrintError if it cannot be read."""
    path = Path(path)
    if not path.is_file():
        raise PrintError(
            QCoreApplication.translate("qt_print", "找不到要打印的文件：{path}").format(path=path)
        )
    document = QPdfDocument()
    error = document.load(str(path))
    if (
        error != QPdfDocument.Error.None_
        or document.status() != QPdfDocument.Status.Ready
        or document.pageCount() < 1
    ):
        document.close()
        document.deleteLater()
        reason = _load_error_text(error)
        raise PrintError(
            QCoreApplication.translate(
                "qt_print", "无法打开要打印的文件 {name}：{reason}。"
            ).format(name=path.name, reason=reason)
        )
    return document


def _load_error_text(error: QPdfDocument.Error) -> str:
    if error == QPdfDocument.Error.FileNotFound:
        return QCoreApplication.translate("qt_print", "文件不存在")
    if error == QPdfDocument.Error.InvalidFileFormat:
        return QCoreApplication.translate("qt_print", "不是有效的 PDF 文件或文件已损坏")
    if error == QPdfDocument.Error.IncorrectPassword:
        return QCoreApplication.translate("qt_print", "文件有密码保护")
    if error == QPdfDocument.Error.UnsupportedSecurityScheme:
        return QCoreApplication.translate("qt_print", "文件的加密方式不受支持")
    if error == QPdfDocument.Error.None_:
        return QCoreApplication.translate("qt_print", "文件中没有页面")
    return QCoreApplication.translate("qt_print", "文件无法读取")


def _exec_dialog(dialog: QDialog) -> int:
    """Run a modal dialog (a seam for tests)."""
    return dialog.exec()


def _paint_document(document: QPdfDocument, printer: QPrinter) -> None:
    pages = _pages_to_print(document.pageCount(), printer)
    if not pages:
        raise PrintError(QCoreApplication.translate("qt_print", "所选页码范围内没有可打印的页面。"))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(
            QCoreApplication.translate(
                "qt_print",
                "打印机无法开始打印，请检查打印机是否已连接、已开机、有纸，"
                "以及是否被其他程序占用。",
            )
        )
    preview = painter.paintEngine().type() == QPaintEngine.Type.Picture
    try:
        for number, index in enumerate(pages):
            if number and not printer.newPage():
                raise PrintError(
                    QCoreApplication.translate("qt_print", "打印机无法换页，打印已中止。")
                )
            _paint_page(painter, document, index, printer, preview=preview)
    except BaseException:
        if not preview:
            # Never let half a document reach the paper.
            printer.abort()
        raise
    finally:
        painter.end()


def _pages_to_print(page_count: int, printer: QPrinter) -> list[int]:
    """0-based page indexes, in order, within the printer's page range if one is set."""
    if printer.printRange() == QPrinter.PrintRange.PageRange:
        ranges = printer.pageRanges()
        if not ranges.isEmpty():
            return [i for i in range(page_count) if ranges.contains(i + 1)]
    return list(range(page_count))


def _paint_page(
    painter: QPainter, document: QPdfDocument, index: int, printer: QPrinter, *, preview: bool
) -> None:
    """Draw one page at its natural size, shrunk to fit the page area when larger.

    The page is rasterised at the device's resolution divided by an integer,
    so each image pixel covers a whole number of device pixels.
    """
    device_dpi = printer.resolution()
    area = printer.pageRect(QPrinter.Unit.DevicePixel)  # painter origin is its top-left
    points = document.pagePointSize(index)
    natural = QSizeF(points.width() * device_dpi / 72, points.height() * device_dpi / 72)
    scale = min(1.0, area.width() / natural.width(), area.height() / natural.height())

    max_dpi = MAX_PREVIEW_DPI if preview else MAX_PRINT_DPI
    step = max(1, math.ceil(device_dpi / max_dpi))
    image_size = QSize(
        max(1, round(natural.width() * scale / step)),
        max(1, round(natural.height() * scale / step)),
    )
    image = _render_on_white(document, index, image_size)

    target_size = QSizeF(image_size.width() * step, image_size.height() * step)
    left = max(0.0, (area.width() - target_size.width()) / 2)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, preview)
    painter.drawImage(QRectF(QPointF(left, 0), target_size), image)
    painter.restore()


def _render_on_white(document: QPdfDocument, index: int, size: QSize) -> QImage:
    """The page as an opaque RGB32 image: QtPdf renders on a transparent background."""
    image = document.render(index, size)
    if image.isNull():
        raise PrintError(
            QCoreApplication.translate(
                "qt_print", "第 {page} 页无法生成打印图像（内存不足或文件损坏）。"
            ).format(page=index + 1)
        )
    if image.format() != QImage.Format.Format_ARGB32_Premultiplied:
        image.convertTo(QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationOver)
    painter.fillRect(image.rect(), Qt.GlobalColor.white)
    painter.end()
    image.convertTo(QImage.Format.Format_RGB32)
    return image


def _page_size(paper: str) -> QPageSize:
    name = paper.strip()
    if name.lower() == "80mm":
        return QPageSize(ROLL_80MM, QPageSize.Unit.Millimeter, "80mm")
    custom = re.fullmatch(r"(\d+(?:\.\d+)?)\s*[xX×]\s*(\d+(?:\.\d+)?)\s*mm", name)
    if custom:
        width, height = float(custom[1]), float(custom[2])
        if width > 0 and height > 0:
            return QPageSize(QSizeF(width, height), QPageSize.Unit.Millimeter, name)
    for size_id in QPageSize.PageSizeId:
        if size_id.name.lower() == name.lower() and size_id != QPageSize.PageSizeId.Custom:
            return QPageSize(size_id)
    raise PrintError(
        QCoreApplication.translate(
            "qt_print", "不支持的纸张规格：“{paper}”（可用如 A4、A5、80mm 或 80x200mm）。"
        ).format(paper=paper)
    )
