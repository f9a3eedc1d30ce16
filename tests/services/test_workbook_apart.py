"""A large workbook read in a child process: the same rows, the same refusals, no child
left behind, and the import on top of it all or nothing."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from counter_app.services import workbook_apart
from counter_app.services.errors import ImportRejected
from counter_app.services.workbook_apart import read_values_apart
from counter_app.services.workbook_reader import read_values

HEADERS = ("户号", "户名", "应收金额", "缴费截止日期")


def _book(path: Path, rows: int, header: tuple[str, ...] = HEADERS) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(header)
    for n in range(rows):
        if n == 7:
            sheet.append(())  # a blank row: skipped by both
        sheet.append((f"3301{n:08d}", f"王{n}", n + 0.25, datetime(2026, 11, 25)))
    sheet.append(("3301", "短行"))  # fewer cells than headers: padded by both
    book.save(path)
    return path


CHILDREN: list[subprocess.Popen[bytes]] = []


def all_ended() -> bool:
    return bool(CHILDREN) and all(child.poll() is not None for child in CHILDREN)


@pytest.fixture
def apart(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file read in a child, in batches small enough that there are many (the
    batch size reaches the child through the environment); each child remembered."""
    monkeypatch.setattr(workbook_apart, "APART_FROM_BYTES", 0)
    monkeypatch.setenv("COUNTER_READER_BATCH_ROWS", "7")
    start = workbook_apart._start
    CHILDREN.clear()

    def remembered(*args: object) -> subprocess.Popen[bytes]:
        child = start(*args)  # type: ignore[arg-type]
        CHILDREN.append(child)
        return child

    monkeypatch.setattr(workbook_apart, "_start", remembered)


def test_the_child_hands_over_exactly_the_rows_read_here(tmp_path: Path, apart: None) -> None:
    file = _book(tmp_path / "list.xlsx", 60)
    here = list(read_values(file, HEADERS))
    assert len(here) == 61 and here[-1] == (63, ("3301", "短行", None, None))
    assert list(read_values_apart(file, HEADERS)) == here
    assert all_ended()


def test_a_small_file_is_read_here_without_a_child(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[object] = []
    monkeypatch.setattr(workbook_apart, "_start", lambda *a: started.append(a))
    file = _book(tmp_path / "small.xlsx", 3)
    assert len(list(read_values_apart(file, HEADERS))) == 4 and not started


def test_the_childs_refusal_reaches_the_clerk_in_the_same_words(
    tmp_path: Path, apart: None
) -> None:
    file = _book(tmp_path / "wrong.xlsx", 5, header=("户名", "户号", "应收金额", "缴费截止日期"))
    with pytest.raises(ImportRejected) as here:
        list(read_values(file, HEADERS))
    with pytest.raises(ImportRejected) as there:
        list(read_values_apart(file, HEADERS))
    assert there.value.message == here.value.message and "表头应为" in there.value.message
    assert all_ended()


def test_a_damaged_file_is_refused_before_any_child_starts(tmp_path: Path, apart: None) -> None:
    file = tmp_path / "damaged.xlsx"
    file.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(ImportRejected, match=r"不是有效的 \.xlsx"):
        list(read_values_apart(file, HEADERS))
    assert not CHILDREN


def test_stopping_early_stops_the_child(tmp_path: Path, apart: None) -> None:
    rows = read_values_apart(_book(tmp_path / "list.xlsx", 200), HEADERS)
    assert next(rows)[0] == 2
    rows.close()  # the import refused a row: nothing more is read
    assert all_ended()


def test_a_child_that_cannot_start_leaves_the_reading_here(
    tmp_path: Path, apart: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = _book(tmp_path / "list.xlsx", 20)
    monkeypatch.setattr(workbook_apart, "_command", lambda *a: [str(tmp_path / "no-such-program")])
    assert list(read_values_apart(file, HEADERS)) == list(read_values(file, HEADERS))


def test_a_child_that_ends_without_a_word_leaves_the_reading_here(
    tmp_path: Path, apart: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = _book(tmp_path / "list.xlsx", 20)
    monkeypatch.setattr(workbook_apart, "_command", lambda *a: [sys.executable, "-c", "pass"])
    assert list(read_values_apart(file, HEADERS)) == list(read_values(file, HEADERS))


def test_a_child_that_dies_half_way_is_a_refusal_not_a_short_list(
    tmp_path: Path, apart: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One batch, then the child is gone (killed, out of memory): never a partial import.
    one_batch = "import pickle, sys; pickle.dump([(2, ('1', '王', 1.0, None))], sys.stdout.buffer)"
    monkeypatch.setattr(workbook_apart, "_command", lambda *a: [sys.executable, "-c", one_batch])
    rows = read_values_apart(_book(tmp_path / "list.xlsx", 20), HEADERS)
    assert next(rows) == (2, ("1", "王", 1.0, None))
    with pytest.raises(ImportRejected, match="读取进程意外结束"):
        next(rows)
