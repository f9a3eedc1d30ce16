"""Which printer each printed document goes to, and the title its print job carries.

Every document is written as ``<document>_<number>[_...].pdf`` (``file_for``, with
the document's name from the constants below, used by the function that makes it), so
the file's name says what it is: the table below maps that name to the kind of
printer. Roll (80 mm thermal) for what a customer takes away at once at the counter
(receipts, queue tickets); sheet (A5/A4) for everything else. A document not in the
table goes on sheets. The page size itself is never taken from here: it is the PDF's
own (qt_print.py), so a receipt laid out on A5 (a PC without a roll printer) is
still printed on A5, on the sheet printer (`fits_roll`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path


class PrinterKind(Enum):
    ROLL = "roll"  # 80 mm receipt roll (热敏卷纸)
    SHEET = "sheet"  # A5/A4 sheets (单页纸)


# Each document's name: the start of its file's name and of its print job's title.
RECEIPT = "收据"
TICKET = "号票"
TEST_PAGE = "打印测试页"
ACCEPTANCE_SLIP = "受理回执"
COMPLAINT_SLIP = "投诉受理回执"
CORRECTION_NOTICE = "补正通知"
VOID_SLIP = "作废凭证"
NOTICE = "公告"
SETTLEMENT_REPORT = "日结报表"
BILL_EXPLAINER = "电费说明"
DASHBOARD_REPORT = "指标看板"
VISIT_SHEET = "走访记录表"

# The one table: the document → its printer.
DOCUMENT_KINDS: dict[str, PrinterKind] = {
    RECEIPT: PrinterKind.ROLL,
    TICKET: PrinterKind.ROLL,
    TEST_PAGE: PrinterKind.ROLL,
    ACCEPTANCE_SLIP: PrinterKind.SHEET,
    COMPLAINT_SLIP: PrinterKind.SHEET,
    CORRECTION_NOTICE: PrinterKind.SHEET,
    VOID_SLIP: PrinterKind.SHEET,
    NOTICE: PrinterKind.SHEET,
    SETTLEMENT_REPORT: PrinterKind.SHEET,
    BILL_EXPLAINER: PrinterKind.SHEET,
    DASHBOARD_REPORT: PrinterKind.SHEET,
    VISIT_SHEET: PrinterKind.SHEET,
}

# The widest page a roll printer takes (80 mm, in points, with a rounding margin).
ROLL_MAX_WIDTH_PT = 80 / 25.4 * 72 + 1.0
# Parts of a file name that say how, not what (the receipt's layout tag).
_LAYOUT_TAGS = {"80mm", "A5", "A4"}


def file_for(folder: Path, document: str, *parts: str) -> Path:
    """Where a document is written: ``<folder>/<document>_<part>_….pdf``."""
    return Path(folder) / ("_".join([document, *parts]) + ".pdf")


@dataclass(frozen=True)
class Printout:
    """One document to print: its file, the printer kind it goes to, the job's title."""

    path: Path
    kind: PrinterKind
    title: str  # "收据 R20261206-0001": the job's name in the print queue

    @classmethod
    def of(cls, path: Path) -> Printout:
        """The printout a document file is, from its name (see the module's note)."""
        path = Path(path)
        document, _, rest = path.stem.partition("_")
        parts = [part for part in rest.split("_") if part and part not in _LAYOUT_TAGS]
        title = " ".join([document, *parts])
        return cls(path, DOCUMENT_KINDS.get(document, PrinterKind.SHEET), title)

    def fits_roll(self, page_width_pt: float) -> bool:
        """A roll document goes on the roll only when its page is as narrow as the roll."""
        return self.kind is PrinterKind.ROLL and page_width_pt <= ROLL_MAX_WIDTH_PT
