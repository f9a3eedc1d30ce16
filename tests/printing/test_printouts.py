"""Which printer each document goes to, and its job's title, from its file's name."""

from __future__ import annotations

from pathlib import Path

import pytest

from counter_app.printing.printouts import PrinterKind, Printout

ROLL, SHEET = PrinterKind.ROLL, PrinterKind.SHEET
MM80 = 80 / 25.4 * 72


@pytest.mark.parametrize(
    ("name", "kind", "title"),
    [
        ("收据_R20261206-0001_80mm.pdf", ROLL, "收据 R20261206-0001"),
        ("收据_R20261206-0001_A5_补打1.pdf", ROLL, "收据 R20261206-0001 补打1"),
        ("号票_A001.pdf", ROLL, "号票 A001"),
        ("受理回执_SQ202612060001.pdf", SHEET, "受理回执 SQ202612060001"),
        ("投诉受理回执_TS0001.pdf", SHEET, "投诉受理回执 TS0001"),
        ("日结报表_RJ0001.pdf", SHEET, "日结报表 RJ0001"),
        ("作废凭证_R1.pdf", SHEET, "作废凭证 R1"),
        ("说明.pdf", SHEET, "说明"),  # not in the table: on sheets
    ],
)
def test_kind_and_title_from_the_file_name(name: str, kind: PrinterKind, title: str) -> None:
    printout = Printout.of(Path("/printouts") / name)
    assert (printout.kind, printout.title) == (kind, title)


def test_a_roll_document_goes_on_the_roll_only_when_it_is_roll_wide() -> None:
    receipt = Printout.of(Path("收据_R1_80mm.pdf"))
    assert receipt.fits_roll(MM80)
    assert not receipt.fits_roll(419.5)  # laid out on A5: the sheet printer's
    assert not Printout.of(Path("受理回执_A1.pdf")).fits_roll(MM80)
