"""Where a document goes when the clerk prints it: its printer, its paper, its title.

The kind of printer comes from the document (printing/printouts.py), the printer
for that kind from this PC's settings, the paper from the PDF itself (qt_print.py).
With its printer set, a document prints at once (one key, no dialog) and the status
bar names the printer and the job; with none set, or "打印前先预览" ticked, or
through Ctrl+Shift+P, the preview opens first (Ctrl+P there prints, Esc closes).
"""

from __future__ import annotations

import contextlib
import errno
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from counter_app.printing import printouts
from counter_app.printing.printouts import PrinterKind, Printout
from counter_app.ui import settings as opt
from counter_app.ui.settings import Settings

SHOWN_MS = 15_000  # how long the status bar names the job


class PrintDesk:
    def __init__(self, settings: Settings, parent: QWidget, say: Callable[[str, int], None]):
        self.settings, self.parent, self.say = settings, parent, say
        self.force_preview = False

    def printer_name(self, kind: PrinterKind) -> str:
        option = opt.ROLL_PRINTER if kind is PrinterKind.ROLL else opt.SHEET_PRINTER
        return str(self.settings.get(option))

    def kind_for(self, printout: Printout, page_width_pt: float) -> PrinterKind:
        return PrinterKind.ROLL if printout.fits_roll(page_width_pt) else PrinterKind.SHEET

    @contextlib.contextmanager
    def previewing(self) -> Iterator[None]:
        """Ctrl+Shift+P: whatever Ctrl+P would print, through the preview."""
        self.force_preview = True
        try:
            yield
        finally:
            self.force_preview = False

    def show(self, path: Path) -> bool:
        """Print ``path`` on its kind's printer, or preview it first; True when printed."""
        from counter_app.printing import qt_print

        printout = Printout.of(path)
        try:
            width = qt_print.page_points(path).width()
            name = self.printer_name(self.kind_for(printout, width))
            printer = qt_print.printer_for_pdf(path, name, printout.title)
            direct = bool(name) and not self.force_preview
            direct = direct and not self.settings.get(opt.PREVIEW_FIRST)
            if direct:
                qt_print.print_pdf(path, printer)
                printed = True
            else:
                printed = qt_print.preview_pdf(path, self.parent, printer)
        except qt_print.PrintError as exc:
            QMessageBox.warning(
                self.parent,
                QCoreApplication.translate("PrintDesk", "打印未完成"),
                QCoreApplication.translate(
                    "PrintDesk", "{0}\n文件已保存为 PDF：{1}，可稍后打印。"
                ).format(exc, path),
            )
            return False
        if printed:
            where = name or QCoreApplication.translate("PrintDesk", "系统默认打印机")
            said = QCoreApplication.translate("PrintDesk", "已发送到打印机 {0}：{1}")
            self.say(said.format(where, printout.title), SHOWN_MS)
        return printed

    def test_page(self, hall_name: str, layout: str, folder: Path, training: bool) -> Path:
        """打印测试页, on the paper and printer the receipts use."""
        from counter_app.printing.test_page import render_test_page

        kind = PrinterKind.ROLL if layout == "80mm" else PrinterKind.SHEET
        printer = self.printer_name(kind) or "系统默认打印机"
        return render_test_page(
            hall_name, printer, layout, printouts.file_for(folder, printouts.TEST_PAGE), training
        )


def receipt_not_written(parent: QWidget, receipt_no: str, exc: OSError) -> None:
    """The payment stands (committed before the PDF); only the paper waits. The texts
    keep the window's context: they were the window's own."""
    if exc.errno == errno.ENOSPC:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("MainWindow", "磁盘已满"),
            QCoreApplication.translate(
                "MainWindow",
                "收费已保存（收据号 {0}），但磁盘已满，收据 PDF 未能写入。\n"
                "请清理磁盘或联系管理员，之后在“收费记录”中补打这张收据。",
            ).format(receipt_no),
        )
        return
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("MainWindow", "收据未能生成"),
        QCoreApplication.translate(
            "MainWindow", "收费已保存。收据未能生成：{0}\n可在“收费记录”中重新打印。"
        ).format(exc),
    )
