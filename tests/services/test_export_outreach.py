"""客户走访 on HQ's workbook (format_version 3): one row per answer, masked like the other
sheets, its follow-ups on 投诉意见, checked, merged and loaded by HQ's tools beside the
older workbooks that have no such sheet."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from outreach_set import NOW, OutreachSet, make_outreach_set
from sqlalchemy import create_engine, text
from support import ADMIN

from counter_app.hq import check, contract, export, load, merge
from counter_app.hq.contract import SHEETS, sheets_of
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext

SHEET = "客户走访"


@pytest.fixture
def made(
    ctx: AppContext, hall: tuple[HallInfo, UserInfo], clerk: UserInfo, supervisor: UserInfo
) -> OutreachSet:
    return make_outreach_set(ctx, hall[1], supervisor, clerk)


def rows_of(path: Path, name: str = SHEET) -> list[dict[str, Any]]:
    ws = openpyxl.load_workbook(path)[name]
    headers = [c.value for c in ws[1]]
    return [dict(zip(headers, r, strict=True)) for r in ws.iter_rows(min_row=2, values_only=True)]


def test_the_sheet_holds_each_answer_masked_with_its_follow_up(
    ctx: AppContext, made: OutreachSet, tmp_path: Path
) -> None:
    result = export.export_period(
        ctx, ADMIN, tmp_path, date_from=date(2026, 11, 16), date_to=date(2026, 11, 24)
    )
    wb = openpyxl.load_workbook(result.path)
    assert wb.sheetnames[-2:] == ["员工绩效", SHEET]
    assert [c.value for c in wb[SHEET][1]] == [c.header for c in SHEETS[SHEET]]
    rows = rows_of(result.path)
    # Three reached visits of six answers each, and the unreachable try.
    assert result.row_counts[SHEET] == len(rows) == 3 * 6 + 1
    keys = [r["记录键"] for r in rows]
    assert len(set(keys)) == len(keys) and all(k.startswith("330101-ZF2026111") for k in keys)
    by_key = {(r["户号"], r["题号"]): r for r in rows}
    late = by_key["330101000071", "on_time"]
    assert late["记录键"] == f"{late['走访编号']}#on_time"
    assert late["走访编号"].startswith(f"{made.p1}-")
    assert (late["计划"], late["问卷"], late["问题"]) == (
        made.p1,
        "新装回访",
        "是否按承诺时间送电？",
    )
    assert (late["回答"], late["是否问题"], late["跟进编号"]) == ("否", "是", made.findings["F1"])
    assert (late["客户姓名"], late["走访方式"], late["走访人工号"]) == ("张*", "上门", "1001")
    assert late["走访时间"] == datetime(2026, 11, 23, 10, 0)  # hall time, a real date
    good = by_key["330101000071", "fees_as_told"]
    assert (good["是否问题"], good["跟进编号"]) == ("否", None)
    score = by_key["330101000072", "overall"]
    assert (score["回答"], score["跟进编号"], score["走访人工号"]) == (
        "2",
        made.findings["F3"],
        "1002",
    )
    tried = by_key["330101000072", None]  # the unreachable try: no question
    assert (tried["回答"], tried["是否问题"], tried["走访方式"]) == ("未联系上", None, "电话")
    assert tried["记录键"] == tried["走访编号"]
    # Names masked, no phone or ID number anywhere on the sheet.
    cells = [str(v) for r in rows for v in r.values() if v is not None]
    assert not any(name in c for c in cells for name in ("张三", "李四", "赵六"))
    assert not any("1381234" in c or "110105" in c for c in cells)
    # Each follow-up is a row of 投诉意见 (类型 走访发现) with the same 编号.
    complaints = {r["编号"]: r for r in rows_of(result.path, "投诉意见")}
    assert {r["跟进编号"] for r in rows if r["跟进编号"]} == set(made.findings.values())
    assert all(complaints[no]["类型"] == "走访发现" for no in made.findings.values())
    # HQ's check recomputes the sheet's count and SHA-256 from the cells.
    (checked,) = check.check_files([result.path])
    assert checked.version == contract.FORMAT_VERSION == 3
    assert checked.counts[SHEET] == 19


def test_since_last_sends_a_visit_once(ctx: AppContext, made: OutreachSet, tmp_path: Path) -> None:
    first = export.export_period(ctx, ADMIN, tmp_path)
    assert first.row_counts[SHEET] == 19
    ctx.clock = lambda: NOW.replace(hour=5)
    again = export.export_period(ctx, ADMIN, tmp_path)
    assert again.row_counts[SHEET] == 0
    # The same batch again: the same rows and checksum.
    copy = export.export_batch_again(ctx, first.batch_no, tmp_path / "again", user=ADMIN)
    assert copy.checksums[SHEET] == first.checksums[SHEET]


def old_book(src: Path, folder: Path, version: int) -> Path:
    """``src`` rewritten as a workbook of ``version``: without 客户走访 and its 说明 rows."""
    assert SHEET not in sheets_of(version)
    wb = openpyxl.load_workbook(src)
    del wb[SHEET]
    info = wb["说明"]
    for row in info.iter_rows(min_row=2):
        if row[0].value == "format_version":
            row[1].value = version
    for n in range(info.max_row, 1, -1):
        if str(info.cell(n, 1).value).startswith(SHEET):
            info.delete_rows(n)
    out = folder / src.name.replace("330101", "330202")
    for row in info.iter_rows(min_row=2):
        if row[0].value == "营业厅编码":
            row[1].value = "330202"
    for name in wb.sheetnames[1:]:
        for row in wb[name].iter_rows(min_row=2):
            key = row[-1]
            key.value = key.value.replace("330101-", "330202-", 1)
    # 记录键 and hence the checksums changed: recompute them as the export would.
    for name in sheets_of(version):
        texts = [
            [
                contract.cell_text(c.kind, _value(c.kind, v))
                for c, v in zip(SHEETS[name], r, strict=True)
            ]
            for r in wb[name].iter_rows(min_row=2, values_only=True)
        ]
        for row in info.iter_rows(min_row=2):
            if row[0].value == f"{name} SHA-256":
                row[1].value = contract.sheet_checksum(texts)
    wb.save(out)
    return out


def _value(kind: str, value: Any) -> Any:
    from decimal import Decimal

    if value is None or kind in (contract.TEXT, contract.TIME, contract.DAY, contract.INT):
        return value
    return Decimal(repr(value))


def test_a_workbook_without_the_sheet_still_merges_and_loads(
    ctx: AppContext, made: OutreachSet, tmp_path: Path
) -> None:
    new = export.export_period(
        ctx, ADMIN, tmp_path, date_from=date(2026, 11, 16), date_to=date(2026, 11, 24)
    ).path
    (tmp_path / "old").mkdir()
    old = old_book(new, tmp_path / "old", 2)
    files = check.check_files([new, old])
    assert sorted((f.hall_code, f.version, SHEET in f.counts) for f in files) == [
        ("330101", 3, True),
        ("330202", 2, False),
    ]
    out = tmp_path / "合并.xlsx"
    result = merge.merge_files([new, old], out)
    assert result.rows[SHEET] == 19
    merged = rows_of(out)
    assert {r["营业厅"] for r in merged} == {"330101"}
    assert result.rows["来访记录"] == 2 * check.check_files([new])[0].counts["来访记录"]
    # Loaded into a database, twice: the same rows; the old batch's digest unchanged.
    url = f"sqlite:///{tmp_path / 'hq.db'}"
    first = load.load_files([new, old], url)
    assert first.rows[SHEET] == 19
    assert load.load_files([old, new], url).rows == first.rows
    engine = create_engine(url)
    with engine.connect() as conn:
        found = conn.execute(
            text(f'SELECT "回答", "来源营业厅" FROM "{SHEET}" WHERE "题号" = \'on_time\'')
        ).all()
    engine.dispose()
    assert sorted(found) == [("否", "330101"), ("是", "330101"), ("是", "330101")]
