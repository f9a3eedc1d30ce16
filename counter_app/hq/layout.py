"""How every sheet HQ gets looks and prints: the hall's workbook and HQ's merged one alike.

Column widths, the header row (bold, shaded, frozen, repeated on every printed page) and
the print set-up: landscape A4, one page wide (as many pages down as it takes). One home,
so the merged workbook prints as the hall's does.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = ["header_cells", "set_up_print", "set_up_sheet"]


def set_up_print(ws: Any) -> None:
    """Landscape A4, as wide as one page, the header row on every page."""
    from openpyxl.worksheet.worksheet import Worksheet

    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"


def set_up_sheet(ws: Any, widths: Sequence[float]) -> None:
    """Widths, the frozen header row and the print set-up of a data sheet (before its rows:
    a write-only sheet takes them only then)."""
    from openpyxl.utils import get_column_letter

    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    set_up_print(ws)


def header_cells(ws: Any, headers: Sequence[str]) -> list[Any]:
    """The header row's cells: bold, shaded, a thin line under them, centred."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    line = Border(bottom=Side(style="thin", color="8EA9DB"))
    middle = Alignment(horizontal="center", vertical="center")
    cells = []
    for header in headers:
        cell = WriteOnlyCell(ws, header)
        cell.font, cell.fill, cell.border, cell.alignment = bold, fill, line, middle
        cells.append(cell)
    return cells
