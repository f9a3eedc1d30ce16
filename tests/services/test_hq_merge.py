"""HQ's side of the period workbook: check, merge (hq-merge) and load (hq-load)."""

from __future__ import annotations

import argparse
import os
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import create_engine, func, select, table, text
from support import ADMIN, PASSWORD

from counter_app.bootstrap import open_context
from counter_app.cli_hq import add_hq_parsers, run_hq
from counter_app.demo import fill_demo
from counter_app.hq import check, export, load, merge
from counter_app.hq.check import HqFilesRefused
from counter_app.hq.contract import (
    DATA_SHEETS,
    DAY,
    FORMAT_VERSION,
    INFO_SHEET,
    INT,
    KEY_HEADER,
    NUMBER_FORMATS,
    SHEETS,
    TEXT,
    TIME,
    cell_text,
    columns_of,
    sheet_checksum,
    sheets_of,
)
from counter_app.hq.results import MODE_NAMES
from counter_app.services import auth

T0 = datetime(2026, 11, 1, 18, 0, 0)


# -- minimal valid workbooks, made as the export makes them --------------------------------


def sample(kind: str, header: str) -> Any:
    """A value of the column's kind."""
    if kind == TEXT:
        return f"{header}值"
    if kind == TIME:
        return datetime(2026, 11, 2, 9, 30, 15)
    if kind == DAY:
        return datetime(2026, 11, 30)
    if kind == INT:
        return 3
    return Decimal("12.30") if kind != "ratio" else Decimal("0.8750")


def row(sheet: str, key: str, *, version: int = FORMAT_VERSION, **values: Any) -> list[Any]:
    out = []
    for col in columns_of(sheet, version):
        if col.header == KEY_HEADER:
            out.append(key)
        elif col.header in values:
            out.append(values[col.header])
        else:
            out.append(sample(col.kind, col.header))
    out[0] = values.get(SHEETS[sheet][0].header, key.split("-", 1)[1])
    return out


def book(
    folder: Path,
    hall: str,
    batch: int,
    generated: datetime,
    rows: dict[str, list[list[Any]]],
    *,
    version: int = FORMAT_VERSION,
    period: tuple[date, date] = (date(2026, 11, 1), date(2026, 11, 30)),
    mode: str = "range",
) -> Path:
    """A workbook with the export's sheets, headers, formats and a correct 说明 (the
    columns of format_version ``version``)."""
    start, end = (datetime(d.year, d.month, d.day) for d in period)
    wb = openpyxl.Workbook(write_only=True)
    info = wb.create_sheet(INFO_SHEET)
    manifest: list[list[Any]] = [
        ["format_version", version],
        ["营业厅编码", hall],
        ["营业厅名称", f"营业厅{hall}"],
        ["批次号", f"{batch:04d}"],
        ["起始日期", start],
        ["截止日期", end],
        ["生成时间", generated],
        ["软件版本", "test"],
        ["导出方式", MODE_NAMES[mode]],
    ]
    # A version before a sheet was added has no such sheet (an unknown one: every sheet).
    for name in sheets_of(version) if version <= FORMAT_VERSION else DATA_SHEETS:
        ws = wb.create_sheet(name)
        columns = columns_of(name, min(version, FORMAT_VERSION))
        ws.append([c.header for c in columns])
        texts = []
        for values in rows.get(name, []):
            cells = []
            for col, value in zip(columns, values, strict=True):
                fmt = NUMBER_FORMATS.get(col.kind)
                if fmt is None or value is None:
                    cells.append(value)
                else:
                    cell = openpyxl.cell.WriteOnlyCell(ws, value)
                    cell.number_format = fmt
                    cells.append(cell)
            ws.append(cells)
            texts.append([cell_text(c.kind, v) for c, v in zip(columns, values, strict=True)])
        manifest.append([f"{name} 行数", len(texts)])
        manifest.append([f"{name} SHA-256", sheet_checksum(texts)])
    info.append(["项目", "内容"])
    for pair in manifest:
        info.append(pair)
    path = folder / f"{hall}_{start:%Y%m%d}-{end:%Y%m%d}_{batch:04d}.xlsx"
    wb.save(path)
    return path


def visit(hall: str, n: int, **values: Any) -> list[Any]:
    return row("来访记录", f"{hall}-V{n:04d}", **values)


def sheet_rows(ws: Any) -> list[tuple[Any, ...]]:
    return list(ws.iter_rows(min_row=2, values_only=True))


def summary(wb: Any) -> dict[str, tuple[Any, ...]]:
    """The per-hall table of 汇总 (up to its first empty row), by hall code."""
    out = {}
    for r in wb[merge.SUMMARY_SHEET].iter_rows(min_row=3, values_only=True):
        if not r[0]:
            break
        out[r[0]] = r
    return out


# -- real exports from two halls ----------------------------------------------------------


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Two halls' first batch, made by the export service from demo data."""
    root = tmp_path_factory.mktemp("halls")
    out = root / "exports"
    paths = []
    for code, name in (("330101", "城关供电营业厅"), ("330202", "江北供电营业厅")):
        ctx = open_context(str(root / f"{code}.db"))
        try:
            auth.setup_hall(
                ctx,
                code=code,
                name=name,
                address="",
                phone="",
                admin_username="admin",
                admin_name="王管理",
                admin_staff_no="A001",
                password=PASSWORD,
            )
            fill_demo(ctx, 30, 60, 5, 1)
            paths.append(export.export_period(ctx, ADMIN, out).path)
        finally:
            ctx.close()
    return paths


def test_two_halls_exports_merge_into_one_workbook(exports: list[Path], tmp_path: Path) -> None:
    counts = [check.check_files([p])[0].counts for p in exports]
    out = tmp_path / "合并.xlsx"
    result = merge.merge_files(exports, out)
    expected = {name: counts[0][name] + counts[1][name] for name in DATA_SHEETS}
    assert result.rows == expected
    assert expected["来访记录"] == 120 and expected["收费明细"] > 0
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == [merge.SUMMARY_SHEET, *DATA_SHEETS]
    for name in DATA_SHEETS:
        ws = wb[name]
        assert [c.value for c in ws[1]] == [c.header for c in merge.merged_columns(name)]
        assert [c.value for c in ws[1]][: 3 if name == "员工绩效" else 1][0] == "营业厅"
        assert ws.max_row - 1 == expected[name]
        # Every row says its hall: a pivot by hall needs no splitting of 记录键.
        halls_of_rows = {r[0] for r in sheet_rows(ws)}
        assert halls_of_rows <= {"330101", "330202"}
        assert all(r[0] == r[-1].split("-", 1)[0] for r in sheet_rows(ws))
    halls = summary(wb)
    for code, c in zip(("330101", "330202"), counts, strict=True):
        line = halls[code]
        assert line[2] == 1  # files
        assert list(line[7 : 7 + len(DATA_SHEETS)]) == [c[n] for n in DATA_SHEETS]
    # Types kept: times, money as 0.00 numbers, account numbers as text.
    pay = wb["收费明细"][2]
    assert isinstance(pay[2].value, datetime) and pay[2].number_format == "yyyy-mm-dd hh:mm"
    assert isinstance(pay[9].value, int | float) and pay[9].number_format == "0.00"
    assert isinstance(pay[3].value, str) and pay[3].value.isdigit()
    # 员工绩效 rows carry their batch's period as dates.
    perf = sheet_rows(wb["员工绩效"])
    assert perf and all(isinstance(r[1], datetime) and isinstance(r[2], datetime) for r in perf)


def test_the_same_batch_twice_is_merged_once(exports: list[Path], tmp_path: Path) -> None:
    copy = tmp_path / exports[0].name
    copy.write_bytes(exports[0].read_bytes())
    result = merge.merge_files([exports[0], copy], tmp_path / "m.xlsx")
    assert result.rows == check.check_files([exports[0]])[0].counts
    assert [f.duplicate_of for f in result.files] == [None, exports[0].name]


# -- one row, two versions ------------------------------------------------------------------


def test_a_row_in_two_batches_appears_once_with_the_newer_values(tmp_path: Path) -> None:
    old = book(tmp_path, "330101", 1, T0, {"来访记录": [visit("330101", 1, 满意度="未评价"),
                                                       visit("330101", 2)]})  # fmt: skip
    new = book(
        tmp_path,
        "330101",
        2,
        T0 + timedelta(days=1),
        {"来访记录": [visit("330101", 1, 满意度="非常满意"), visit("330101", 3)]},
    )
    other = book(tmp_path, "330202", 1, T0, {"来访记录": [visit("330202", 1)]})
    out = tmp_path / "m.xlsx"
    # Given newest first: the order of the files does not matter, 生成时间 does.
    result = merge.merge_files([new, other, old], out)
    assert result.read["来访记录"] == 5 and result.rows["来访记录"] == 4
    wb = openpyxl.load_workbook(out)
    rows = {r[-1]: r for r in sheet_rows(wb["来访记录"])}
    assert sorted(rows) == ["330101-V0001", "330101-V0002", "330101-V0003", "330202-V0001"]
    assert rows["330101-V0001"][14] == "非常满意"
    halls = summary(wb)
    assert halls["330101"][2] == 2 and halls["330101"][3] == "0001-0002"
    assert halls["330101"][7] == 3 and halls["330202"][7] == 1


def test_same_time_the_larger_batch_number_wins(tmp_path: Path) -> None:
    a = book(tmp_path, "330101", 7, T0, {"日结": [row("日结", "330101-R1", 差异说明="旧")]})
    b = book(tmp_path, "330101", 8, T0, {"日结": [row("日结", "330101-R1", 差异说明="新")]})
    out = tmp_path / "m.xlsx"
    merge.merge_files([b, a], out)
    (only,) = sheet_rows(openpyxl.load_workbook(out)["日结"])
    assert only[9] == "新"


# -- bad files --------------------------------------------------------------------------------


def tamper(path: Path, sheet: str, coordinate: str, value: Any) -> None:
    wb = openpyxl.load_workbook(path)
    wb[sheet][coordinate] = value
    wb.save(path)


def test_a_tampered_cell_is_refused_and_nothing_is_written(
    exports: list[Path], tmp_path: Path
) -> None:
    bad = tmp_path / exports[1].name
    bad.write_bytes(exports[1].read_bytes())
    tamper(bad, "收费明细", "I2", 9999.99)  # 合计 of the first receipt line
    out = tmp_path / "m.xlsx"
    with pytest.raises(HqFilesRefused) as refused:
        merge.merge_files([exports[0], bad], out)
    assert refused.value.problems == [(str(bad), "“收费明细”的 SHA-256 与说明不符（内容被改动过）")]
    assert not out.exists() and list(tmp_path.iterdir()) == [bad]


def test_a_cell_of_the_wrong_type_is_refused(tmp_path: Path) -> None:
    path = book(tmp_path, "330101", 1, T0, {"来访记录": [visit("330101", 1, 户号="0012345678")]})
    tamper(path, "来访记录", "K2", 12345678)  # the account number typed over as a number
    with pytest.raises(HqFilesRefused, match="第 2 行第 11 列 的类型不对"):
        check.check_files([path])


def test_truncated_missing_and_short_files_are_each_named(tmp_path: Path) -> None:
    good = book(tmp_path, "330101", 1, T0, {"来访记录": [visit("330101", 1)]})
    truncated = tmp_path / "330202_20261101-20261130_0001.xlsx"
    (tmp_path / "whole").mkdir()
    whole = book(tmp_path / "whole", "330202", 1, T0, {"来访记录": [visit("330202", 1)]})
    truncated.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    short = book(tmp_path, "330303", 1, T0, {"来访记录": [visit("330303", 1), visit("330303", 2)]})
    wb = openpyxl.load_workbook(short)
    wb["来访记录"].delete_rows(3)  # the last row gone, 说明 still says 2
    wb.save(short)
    old_format = book(tmp_path, "330404", 1, T0, {}, version=99)
    missing = tmp_path / "没有这个文件.xlsx"
    with pytest.raises(HqFilesRefused) as refused:
        merge.merge_files([good, truncated, short, old_format, missing], tmp_path / "m.xlsx")
    reasons = dict(refused.value.problems)
    assert set(reasons) == {str(truncated), str(short), str(old_format), str(missing)}
    assert "文件不完整（可能被截断）" in reasons[str(truncated)]
    assert reasons[str(short)] == "“来访记录”有 1 行，说明中为 2 行（文件被截断或改动过）"
    assert "format_version 为 99" in reasons[str(old_format)]
    assert reasons[str(missing)] == "文件不存在"
    assert not (tmp_path / "m.xlsx").exists()


def test_cli_refuses_with_exit_1_naming_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = book(tmp_path, "330101", 1, T0, {"来访记录": [visit("330101", 1)]})
    bad = book(tmp_path, "330202", 1, T0, {"来访记录": [visit("330202", 1)]})
    tamper(bad, "来访记录", "B2", "改过")
    parser = argparse.ArgumentParser()
    add_hq_parsers(parser.add_subparsers(dest="command"))
    out = tmp_path / "m.xlsx"
    assert run_hq(parser.parse_args(["hq-merge", str(good), str(bad), "--out", str(out)])) == 1
    err = capsys.readouterr().err
    assert "1 个文件未通过校验，未生成合并文件" in err and str(bad) in err
    assert not out.exists()
    assert run_hq(parser.parse_args(["hq-merge", str(good), "--out", str(out)])) == 0
    assert out.exists()


# -- Excel's row limit ------------------------------------------------------------------------


def test_a_sheet_past_the_row_limit_continues_on_numbered_sheets(tmp_path: Path) -> None:
    a = book(tmp_path, "330101", 1, T0, {"来访记录": [visit("330101", n) for n in range(1, 5)]})
    b = book(tmp_path, "330202", 1, T0, {"来访记录": [visit("330202", n) for n in range(1, 4)]})
    out = tmp_path / "m.xlsx"
    result = merge.merge_files([a, b], out, max_rows=3)  # header + 2 rows a sheet
    assert result.parts["来访记录"] == ["来访记录", "来访记录_2", "来访记录_3", "来访记录_4"]
    assert result.parts["日结"] == ["日结"]
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[:6] == [
        "汇总",
        "来访记录",
        "来访记录_2",
        "来访记录_3",
        "来访记录_4",
        "业务受理",
    ]
    keys = [r[-1] for name in result.parts["来访记录"] for r in sheet_rows(wb[name])]
    assert [wb[name].max_row for name in result.parts["来访记录"]] == [3, 3, 3, 2]
    assert len(keys) == len(set(keys)) == 7
    notes = [r[0] for r in wb["汇总"].iter_rows(values_only=True) if r[0]]
    assert any("来访记录_2" in n and "上限" in n for n in notes)


# -- hq-load ---------------------------------------------------------------------------------


def counts(url: str) -> dict[str, int]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return {
                name: conn.scalar(select(func.count()).select_from(table(name))) or 0
                for name in (*DATA_SHEETS, load.LOADS_TABLE)
            }
    finally:
        engine.dispose()


def check_load(url: str, exports: list[Path], tmp_path: Path) -> None:
    first = load.load_files(exports, url)
    expected = {
        name: sum(check.check_files([p])[0].counts[name] for p in exports) for name in DATA_SHEETS
    }
    assert first.rows == expected
    assert counts(url) == expected | {load.LOADS_TABLE: 2}
    again = load.load_files(list(reversed(exports)), url)  # idempotent
    assert again.rows == expected and counts(url) == expected | {load.LOADS_TABLE: 2}
    # A newer batch replaces a row; loading the older one after it changes nothing.
    old = book(tmp_path, "339999", 1, T0, {"来访记录": [visit("339999", 1, 满意度="未评价")]})
    new = book(tmp_path, "339999", 2, T0 + timedelta(hours=1),
               {"来访记录": [visit("339999", 1, 满意度="满意")]})  # fmt: skip
    load.load_files([new], url)
    load.load_files([old], url)
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            got = conn.execute(
                text('SELECT "满意度", "来源批次", "等候分钟" FROM "来访记录" WHERE "记录键" = :k'),
                {"k": "339999-V0001"},
            ).one()
    finally:
        engine.dispose()
    assert (got[0], got[1], Decimal(str(got[2]))) == ("满意", 2, Decimal("12.3"))
    # The same batch number with other contents is refused.
    clash = tmp_path / "clash"
    clash.mkdir()
    other = book(clash, "339999", 2, T0, {"来访记录": [visit("339999", 9)]})
    with pytest.raises(HqFilesRefused, match="已载入过"):
        load.load_files([other], url)


def test_hq_load_on_sqlite_is_idempotent(exports: list[Path], tmp_path: Path) -> None:
    check_load(f"sqlite:///{tmp_path / 'hq.db'}", exports, tmp_path)


@pytest.mark.skipif(not os.environ.get("COUNTER_TEST_PG"), reason="COUNTER_TEST_PG not set")
def test_hq_load_on_postgresql_is_idempotent(
    exports: list[Path], tmp_path: Path, pg_database: str
) -> None:
    check_load(pg_database, exports, tmp_path)


# -- what the merged workbook adds: the hall, 员工绩效's periods, the print set-up -----------


def perf(hall: str, start: date, end: date, staff: str, visits: int) -> list[Any]:
    key = f"{hall}-{start:%Y%m%d}-{end:%Y%m%d}-{staff}"
    return row("员工绩效", key, 营业员工号=staff, 接待人次=visits)


def test_overlapping_periods_of_a_hall_are_never_summed(tmp_path: Path) -> None:
    """A month exported as a range and a week inside it (a later batch) of one hall: a sum
    of 接待人次 by clerk must count each visit once, so the longer period is kept; another
    hall's rows and a hall's non-overlapping period stay."""
    nov, week, dec = (
        (date(2026, 11, 1), date(2026, 11, 30)),
        (date(2026, 11, 9), date(2026, 11, 15)),
        (date(2026, 12, 1), date(2026, 12, 31)),
    )
    month = book(tmp_path, "330101", 1, T0, {"员工绩效": [perf("330101", *nov, "0231", 100)]},
                 period=nov)  # fmt: skip
    inside = book(tmp_path, "330101", 2, T0 + timedelta(days=20),
                  {"员工绩效": [perf("330101", *week, "0231", 30)]}, period=week)  # fmt: skip
    later = book(tmp_path, "330101", 3, T0 + timedelta(days=40),
                 {"员工绩效": [perf("330101", *dec, "0231", 90)]}, period=dec)  # fmt: skip
    other = book(tmp_path, "330202", 1, T0, {"员工绩效": [perf("330202", *nov, "0231", 7)]},
                 period=nov)  # fmt: skip
    out = tmp_path / "m.xlsx"
    result = merge.merge_files([month, inside, later, other], out)
    assert result.left_out == [(inside.name, month.name)]
    assert result.read["员工绩效"] == 4 and result.rows["员工绩效"] == 3
    wb = openpyxl.load_workbook(out)
    rows = sheet_rows(wb["员工绩效"])
    by_hall: dict[str, int] = {}
    for r in rows:
        by_hall[r[0]] = by_hall.get(r[0], 0) + r[5]  # 营业厅, …, 接待人次
    assert by_hall == {"330101": 190, "330202": 7}
    periods = sorted((r[0], r[1].date(), r[2].date()) for r in rows)
    assert periods == [("330101", *nov), ("330101", *dec), ("330202", *nov)]
    notes = [r for r in wb["汇总"].iter_rows(values_only=True) if r[0] == "330101" and r[1]]
    assert ("330101", inside.name, "0002", "2026-11-09 至 2026-11-15", "0001") in [
        tuple(n[:5]) for n in notes
    ]


def test_since_last_batches_of_one_day_do_not_overlap(tmp_path: Path) -> None:
    """Two --since-last batches on the same day: consecutive windows, both kept."""
    day = (date(2026, 11, 26), date(2026, 11, 26))
    a = book(tmp_path, "330101", 1, T0, {"员工绩效": [perf("330101", *day, "B0001-0231", 3)]},
             period=day, mode="since_last")  # fmt: skip
    b = book(tmp_path, "330101", 2, T0 + timedelta(hours=2),
             {"员工绩效": [perf("330101", *day, "B0002-0231", 4)]},
             period=day, mode="since_last")  # fmt: skip
    result = merge.merge_files([a, b], tmp_path / "m.xlsx")
    assert result.left_out == [] and result.rows["员工绩效"] == 2


def test_a_version_1_file_merges_with_the_check_code_empty(tmp_path: Path) -> None:
    line = row("收费明细", "330101-01-20261126-0001#1", version=1)
    old = book(tmp_path, "330101", 1, T0, {"收费明细": [line]}, version=1)
    out = tmp_path / "m.xlsx"
    merge.merge_files([old], out)
    ws = openpyxl.load_workbook(out)["收费明细"]
    headers = [c.value for c in ws[1]]
    (merged,) = sheet_rows(ws)
    assert merged[headers.index("校验码")] is None
    assert merged[headers.index("授权人")] == "授权人值"


def test_the_merged_workbook_prints_as_the_hall_workbook(
    exports: list[Path], tmp_path: Path
) -> None:
    """Every sheet: landscape A4, one page wide, the header row frozen and on every page."""
    out = tmp_path / "合并.xlsx"
    merge.merge_files(exports, out)
    hall_book, merged = openpyxl.load_workbook(exports[0]), openpyxl.load_workbook(out)

    def print_set_up(ws: Any) -> tuple[Any, ...]:
        p = ws.page_setup
        fit = ws.sheet_properties.pageSetUpPr.fitToPage
        return (p.orientation, p.paperSize, p.fitToWidth, p.fitToHeight, fit, ws.print_title_rows)

    for name in DATA_SHEETS:
        expected = print_set_up(hall_book[name])
        assert expected == ("landscape", 9, 1, 0, True, "$1:$1")
        assert print_set_up(merged[name]) == expected, name
        assert merged[name].freeze_panes == hall_book[name].freeze_panes == "A2"
    summary_sheet = merged[merge.SUMMARY_SHEET]
    assert print_set_up(summary_sheet)[:5] == ("landscape", 9, 1, 0, True)
