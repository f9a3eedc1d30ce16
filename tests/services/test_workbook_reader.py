"""HQ's workbooks: what is not an .xlsx, or too big to read safely, is refused by name."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from counter_app.services import workbook_reader
from counter_app.services.errors import ImportRejected
from counter_app.services.workbook_reader import read_rows


def _book(path: Path) -> Path:
    book = Workbook()
    book.active.append(("日期", "类型"))
    book.active.append(("2027-01-01", "节假日"))
    book.save(path)
    return path


@pytest.mark.parametrize("suffix", [".xls", ".csv"])
def test_old_excel_and_csv_are_refused_in_chinese_saying_what_to_do(
    tmp_path: Path, suffix: str
) -> None:
    file = tmp_path / f"arrears{suffix}"
    file.write_bytes(b"\xd0\xcf\x11\xe0" if suffix == ".xls" else "户号,户名\n".encode())
    with pytest.raises(ImportRejected, match=r"另存为.*xlsx"):
        list(read_rows(file, ("户号",)))


def test_a_workbook_with_huge_shared_strings_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = _book(tmp_path / "strings.xlsx")
    # A small file that unpacks to a lot of text: sharedStrings.xml of 3 MB of one letter.
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(file) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item.filename))
        dst.writestr("xl/sharedStrings.xml", "<sst>" + "x" * 3 * 1024 * 1024 + "</sst>")
    assert bomb.stat().st_size < 100_000
    monkeypatch.setattr(workbook_reader, "MAX_SHARED_STRINGS_MB", 2)
    with pytest.raises(ImportRejected, match="文件中的文字共有 3 MB，超过了 2 MB 的上限"):
        list(read_rows(bomb, ("日期", "类型")))


def test_a_file_over_the_size_limit_is_refused_naming_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = tmp_path / "big.xlsx"
    file.write_bytes(b"PK" + b"\0" * (2 * 1024 * 1024))
    monkeypatch.setattr(workbook_reader, "MAX_FILE_MB", 1)
    with pytest.raises(ImportRejected, match="文件有 2 MB，超过了 1 MB 的上限"):
        list(read_rows(file, ("户号",)))


def test_a_damaged_file_says_so(tmp_path: Path) -> None:
    file = tmp_path / "broken.xlsx"
    file.write_bytes(b"not a zip at all")
    with pytest.raises(ImportRejected, match=r"无法读取：不是有效的 \.xlsx 文件"):
        list(read_rows(file, ("户号",)))


def test_a_good_workbook_is_read(tmp_path: Path) -> None:
    rows = list(read_rows(_book(tmp_path / "ok.xlsx"), ("日期", "类型")))
    assert rows == [(2, {"日期": "2027-01-01", "类型": "节假日"})]
