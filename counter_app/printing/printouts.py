"""Which printer each printed document goes to, and the title its print job carries.

Every document is written as ``<document>_<number>[_...].pdf`` by the one function
that makes it (receipts.py ``收据_R…``, applications.py ``受理回执_A…`` …), so the
file's name already says what it is: the table below maps that name to the kind of
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


# The one table: the document's name (the start of its file name) → its printer.
DOCUMENT_KINDS: dict[str, PrinterKind] = {
    "收据": PrinterKind.ROLL,
    "号票": PrinterKind.ROLL,
    "打印测试页": PrinterKind.ROLL,
    "受理回执": PrinterKind.SHEET,
    "投诉受理回执": PrinterKind.SHEET,
    "补正通知": PrinterKind.SHEET,
    "作废凭证": PrinterKind.SHEET,
    "公告": PrinterKind.SHEET,
    "日结报表": PrinterKind.SHEET,
    "电费说明": PrinterKind.SHEET,
    "指标看板": PrinterKind.SHEET,
}

# The widest page a roll printer takes (80 mm, in points, with a rounding margin).
ROLL_MAX_WIDTH_PT = 80 / 25.4 * 72 + 1.0
# Parts of a file name that say how, not what (the receipt's layout tag).
_LAYOUT_TAGS = {"80mm", "A5", "A4"}


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
