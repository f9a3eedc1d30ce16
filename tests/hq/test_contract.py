"""The contract as one table: the document says what the table says, and a row built
with a column too many or too few is refused."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from counter_app.hq import contract
from counter_app.hq.contract import DATA_SHEETS, SHEETS, ContractError, headers, ordered

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "docs" / "hq-formats.md"


def page() -> str:
    return PAGE.read_text(encoding="utf-8")


def test_the_column_tables_of_the_page_are_the_contracts() -> None:
    text = page()
    start = text.index(contract.DOC_BEGIN)
    end = text.index(contract.DOC_END) + len(contract.DOC_END)
    assert text[start:end] == contract.column_tables(), (
        "docs/hq-formats.md's column tables are stale: run `make hq-doc`"
    )


def test_the_row_keys_table_of_the_page_is_the_contracts() -> None:
    text = page()
    section = text[text.index("### Row keys") : text.index("### Sheets and columns")]
    rows = re.findall(r"^\| (\S+) \| (.+) \|$", section, flags=re.M)
    keys = {sheet: key for sheet, key in rows if sheet in SHEETS}
    assert keys == contract.ROW_KEYS


def test_the_pages_sheet_notes_name_every_column_in_order() -> None:
    """The prose of each sheet (### Sheets and columns) names its columns in order."""
    text = page()
    section = text[text.index("### Sheets and columns") : text.index(contract.DOC_BEGIN)]
    for name in DATA_SHEETS:
        note = section[section.index(f"**{name}**") :]
        note = note[: note.find("\n- **", 1) if "\n- **" in note[1:] else len(note)]
        at = 0
        for header in headers(name):
            found = note.find(header, at)
            assert found >= 0, f"{name}: {header} not in the page's note (or out of order)"
            at = found + len(header)


def test_a_row_is_given_by_column_name_in_the_sheets_order() -> None:
    row = {h: n for n, h in enumerate(reversed(headers("日结")))}
    assert ordered("日结", row) == [row[h] for h in headers("日结")]


@pytest.mark.parametrize("name", DATA_SHEETS)
def test_a_missing_or_extra_column_is_refused(name: str) -> None:
    full = dict.fromkeys(headers(name))
    missing = dict(full)
    del missing[headers(name)[1]]
    with pytest.raises(ContractError, match="missing"):
        ordered(name, missing)
    with pytest.raises(ContractError, match="not in the sheet"):
        ordered(name, full | {"备注": "x"})
    renamed = dict(missing) | {"备注": "x"}  # as many columns, one of them wrong
    with pytest.raises(ContractError, match="no column"):
        ordered(name, renamed)


def test_every_kind_has_its_text_and_every_column_a_known_kind() -> None:
    for columns in SHEETS.values():
        for col in columns:
            assert col.kind in contract.TEXTS and col.kind in contract.KIND_NAMES
    assert all(cols[-1].header == contract.KEY_HEADER for cols in SHEETS.values())


def test_a_sheets_table_is_read_line_by_line_and_a_slip_in_it_refused() -> None:
    table = """
        收据号      text   25
        合计        money  12
        记录键      text   28
    """
    assert contract._columns(table) == (
        contract.Column("收据号", contract.TEXT, 25),
        contract.Column("合计", contract.MONEY, 12),
        contract.Column("记录键", contract.TEXT, 28),
    )
    with pytest.raises(ValueError, match="no kind of cell 'mony'"):
        contract._columns(table.replace("money", "mony"))
    with pytest.raises(ValueError, match="the last column is 记录键"):
        contract._columns(table.replace("记录键", "备注"))
    with pytest.raises(ValueError):
        contract._columns(table.replace("12", ""))  # a width left out
