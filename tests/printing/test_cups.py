"""Through a real CUPS queue: the page each kind of document comes out on.

Skipped unless COUNTER_TEST_CUPS_PRINTER names an installed queue; made for cups-pdf,
whose output folder (COUNTER_TEST_CUPS_OUT, default ~/PDF as cups-pdf.conf's
``Out ${HOME}/PDF``) receives each job as a PDF. How to set one up: README.md
(打印测试 / `make test-cups`).
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.errors import PdfReadError
from PySide6.QtPrintSupport import QPrinterInfo

from counter_app.printing.documents import AcceptanceSlip, Receipt, SettlementReport
from counter_app.printing.printouts import Printout
from counter_app.printing.qt_print import print_pdf, printer_for_pdf
from counter_app.printing.receipt import render_receipt
from counter_app.printing.settlement_report import render_settlement_report
from counter_app.printing.slips import render_acceptance_slip

QUEUE = os.environ.get("COUNTER_TEST_CUPS_PRINTER", "")
OUT = Path(os.environ.get("COUNTER_TEST_CUPS_OUT", str(Path.home() / "PDF")))

pytestmark = [
    pytest.mark.usefixtures("qapp"),
    pytest.mark.skipif(not QUEUE, reason="COUNTER_TEST_CUPS_PRINTER names no CUPS queue"),
]


def _mm(points: float) -> float:
    return points / 72 * 25.4


def _near(size: tuple[float, float], mm: tuple[float, float]) -> bool:
    """Within a millimetre: Ghostscript in cups-pdf rounds to whole points (A5 is 421 pt)."""
    return all(abs(got - want) <= 1 for got, want in zip(size, mm, strict=True))


def _through_cups(document: Path) -> tuple[float, float]:
    """Print on the queue; the page size (mm) of the PDF cups-pdf made of the job."""
    if QPrinterInfo.printerInfo(QUEUE).isNull():
        pytest.skip(f"no CUPS queue {QUEUE!r} on this machine")
    before = set(OUT.glob("*.pdf")) if OUT.is_dir() else set()
    printout = Printout.of(document)
    print_pdf(document, printer_for_pdf(document, QUEUE, printout.title))
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        made = set(OUT.glob("*.pdf")) - before if OUT.is_dir() else set()
        # cups-pdf writes the file in place: read it once it is whole.
        with contextlib.suppress(PdfReadError, OSError):
            if made:
                box = PdfReader(made.pop()).pages[0].mediabox
                return _mm(float(box.width)), _mm(float(box.height))
        time.sleep(0.5)
    raise AssertionError(f"no job of {document.name} in {OUT} within a minute")


def test_each_kind_of_document_comes_out_on_its_paper(
    tmp_path: Path,
    make_receipt: Callable[..., Receipt],
    make_slip: Callable[..., AcceptanceSlip],
    make_settlement: Callable[..., SettlementReport],
) -> None:
    receipt = render_receipt(make_receipt(), tmp_path / "收据_R1_80mm.pdf", "80mm")
    length = _mm(float(PdfReader(receipt).pages[0].mediabox.height))
    slip = render_acceptance_slip(make_slip(), tmp_path / "受理回执_SQ1.pdf")
    report = render_settlement_report(make_settlement(), tmp_path / "日结报表_RJ1.pdf")

    assert _near(_through_cups(receipt), (80, length))  # the roll, as long as the receipt
    assert _near(_through_cups(slip), (148, 210))  # A5
    assert _near(_through_cups(report), (210, 297))  # A4
