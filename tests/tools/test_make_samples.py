"""The sample HQ workbooks in resources/samples/ are what tools/make_samples.py writes."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import make_samples  # noqa: E402
from openpyxl import load_workbook  # noqa: E402

SAMPLES = ROOT / "resources" / "samples"


def _cells(path: Path) -> list[list[tuple[object, str]]]:
    book = load_workbook(path)
    try:
        return [
            [(c.value, c.number_format) for row in sheet.iter_rows() for c in row]
            for sheet in book.worksheets
        ]
    finally:
        book.close()


def test_the_samples_are_deterministic_and_up_to_date(tmp_path: Path) -> None:
    one = make_samples.write_samples(tmp_path / "one")
    two = make_samples.write_samples(tmp_path / "two")
    assert [p.name for p in one] == ["arrears_sample.xlsx", "fee_schedule_sample.xlsx"]
    for a, b in zip(one, two, strict=True):
        assert a.read_bytes() == b.read_bytes()
        shipped = SAMPLES / a.name
        assert _cells(a) == _cells(shipped), f"{shipped.name}: run `make samples`"
    rows = _cells(SAMPLES / "arrears_sample.xlsx")[0]
    account = next(c for c in rows if c[0] == "330101800117")
    assert account[1] == "@"  # account numbers as text
    assert ("0.00", True) in {(fmt, isinstance(v, float)) for v, fmt in rows}
    assert any(isinstance(v, datetime) and fmt == "yyyy-mm-dd" for v, fmt in rows)


def test_the_default_target_is_the_shipped_folder() -> None:
    assert make_samples.SAMPLES == SAMPLES
