"""The period workbook for HQ (hq-contract.md section 1): sheets, headers, masking, types,
checksums, row keys, --since-last batches, exact re-export, formula injection, cancel."""

from __future__ import annotations

import hashlib
import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select, text, update
from support import ADMIN, add_owing_account

from counter_app.cli_export import add_export_parser, run_export
from counter_app.hq import cells, contract, export, writer
from counter_app.hq.export import ExportCancelled
from counter_app.services import applications, payments, receipts, settlement
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.services.errors import NotFound, UserError
from counter_app.services.payments import PaymentRequest
from counter_app.store.models import (
    AuditEntry,
    Complaint,
    Customer,
    ExportBatch,
    ExportRow,
    Payment,
    Visit,
)

D = Decimal
# Tuesday 2026-11-24, 10:00 in the hall; the day before for the settled day.
NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)
YESTERDAY = NOW - timedelta(days=1)
ACCOUNT = "0012345678"  # leading zeros must survive as text
NAME, CERT, MOBILE = "张三丰", "11010519491231002X", "13812341234"
INJECTION = '=HYPERLINK("http://evil.example","点我")'

# hq-contract.md section 1, verbatim.
CONTRACT = {
    "来访记录": "来访编号, 票号, 柜台, 营业员工号, 到达时间, 开始办理时间, 结束时间, 等候分钟, "
    "办理分钟, 业务类型, 户号, 客户姓名, 办理结果, 满意度",
    "业务受理": "申请编号, 业务类型, 户号, 户名, 证件号码, 联系电话, 用电地址, 申请容量(kW), "
    "受理时间, 当前环节, 状态, 承诺完成日期, 完成时间, 是否超期",
    "收费明细": "收据号, 收费时间, 户号, 户名, 费用项目, 应收年月, 金额, 违约金, 合计, 支付方式, "
    "交易参考号, 收费员工号, 状态, 作废原因, 授权人",
    "日结": "日结编号, 日期, 收费员工号, 应收现金, 实点现金, 差额, 非现金合计, 笔数, 差异说明, "
    "复核人",
    "投诉意见": "编号, 受理时间, 渠道, 类别, 户号, 内容摘要, 联系时限, 办结时限, 状态, 处理结果, "
    "回访结果, 办结时间, 是否超时",
    "员工绩效": "营业员工号, 姓名, 接待人次, 平均等候分钟, 平均办理分钟, 收费笔数, 收费金额, "
    "满意率, 差评数, 投诉数, 超期件数",
    "客户走访": "走访编号, 计划, 户号, 客户姓名, 走访方式, 走访人工号, 走访时间, 问卷, 问题, "
    "回答, 是否问题, 跟进编号",
}
SHEET_ORDER = ["说明", "来访记录", "业务受理", "收费明细", "日结", "投诉意见", "员工绩效"]
SHEET_ORDER += ["客户走访"]
INFO_KEYS = ["format_version", "营业厅编码", "营业厅名称", "批次号", "起始日期", "截止日期"]
INFO_KEYS += ["生成时间", "软件版本"]
FILE_NAME = re.compile(r"^330101_(\d{8})-(\d{8})_(\d{4})\.xlsx$")


def at(ctx: AppContext, moment: datetime) -> None:
    ctx.clock = lambda: moment


@dataclass
class Hall:
    ctx: AppContext
    clerk: UserInfo
    supervisor: UserInfo
    admin: UserInfo
    application_no: str
    cash_receipt: str
    mobile_receipt: str


def pay(ctx: AppContext, clerk: UserInfo, request: PaymentRequest) -> str:
    return payments.take_payment(ctx, clerk, "1", request).receipt_no


@pytest.fixture
def data(
    ctx: AppContext,
    hall: tuple[HallInfo, UserInfo],
    clerk: UserInfo,
    supervisor: UserInfo,
) -> Hall:
    """A day's work: yesterday settled; today an application (with its visit), two payments,
    a bad rating and a complaint, with hostile text in places."""
    at(ctx, YESTERDAY)
    bills = [("202609", "200.00", date(2026, 10, 5)), ("202610", "150.00", date(2026, 11, 4))]
    with ctx.write() as s:
        add_owing_account(
            s,
            YESTERDAY,
            ACCOUNT,
            bills,
            name=NAME,
            address="城关镇人民路100号",
            cert_no=CERT,
            mobile=MOBILE,
        )
    # Yesterday: 100.00 prepaid in cash, the day closed with a blind count.
    pay(ctx, clerk, PaymentRequest(ACCOUNT, D("0"), prepayment=D("100.00"), tendered=D("100")))
    settlement.compare_count(ctx, clerk, YESTERDAY.date(), {"100元": 1}, clerk)
    settlement.close_day(ctx, clerk, YESTERDAY.date(), "", supervisor)

    at(ctx, NOW)
    values = {
        "cert_type": "居民身份证",
        "cert_no": CERT,
        "name": NAME,
        "mobile": MOBILE,
        "address": "城关镇人民路100号3单元",
        "capacity_kw": "8",
        "usage": "居民生活用电",
    }
    accepted = applications.submit_application(
        ctx, clerk, "1", "lv_residential_new", values, ("applicant_id",), NOW
    )
    at(ctx, NOW + timedelta(minutes=20))
    cash = pay(ctx, clerk, PaymentRequest(ACCOUNT, D("363.00"), tendered=D("400.00")))
    at(ctx, NOW + timedelta(minutes=30))
    mobile = pay(
        ctx,
        clerk,
        PaymentRequest(
            ACCOUNT, D("0"), prepayment=D("50.00"), method="mobile", reference=INJECTION
        ),
    )
    at(ctx, NOW + timedelta(minutes=40))
    with ctx.write() as s:
        visit = s.scalars(select(Visit).where(Visit.business_code == "lv_residential_new")).one()
        visit.rating, visit.rated_at, visit.updated_at = 2, ctx.clock(), ctx.clock()
        s.add(
            Complaint(
                complaint_no="330101-TS20261124-001",
                hall_id=1,
                kind="complaint",
                channel="柜台",
                category="服务态度",
                customer_id=visit.customer_id,
                contact_name=NAME,
                contact_phone=MOBILE,
                account_no=ACCOUNT,
                content=f"=1+2 客户{NAME[0]}先生（电话{MOBILE}，身份证{CERT}）反映\n等候太久",
                request="",
                visit_id=visit.id,
                rating=None,
                received_at=ctx.clock(),
                contact_due=date(2026, 11, 25),
                decision_due=date(2026, 12, 3),
                assigned_to=None,
                status="open",
                resolution="@已转值班长",
                callback_result="",
                created_by=clerk.id,
                updated_at=ctx.clock(),
            )
        )
    at(ctx, NOW + timedelta(hours=1))
    return Hall(ctx, clerk, supervisor, hall[1], accepted.application_no, cash, mobile)


# -- reading a workbook the way HQ does ---------------------------------------------------


def open_book(path: Path) -> Any:
    return openpyxl.load_workbook(path)  # full mode: styles, panes and filters too


PLACES = {"0.00": 2, "0.0": 1, "0.0%": 4}


def cell_text(cell: Any) -> str:
    """hq-formats.md: how HQ renders a cell for the checksum."""
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, bool):
        raise AssertionError("no booleans in the workbook")
    if isinstance(value, int | float):
        places = PLACES.get(cell.number_format)
        if places is None:
            assert isinstance(value, int), (cell.coordinate, value, cell.number_format)
            return str(value)
        return format(Decimal(repr(value)), f".{places}f")
    assert isinstance(value, str)
    return value


def data_rows(ws: Any) -> list[list[Any]]:
    return [list(r) for r in ws.iter_rows(min_row=2)]


def texts(ws: Any) -> list[list[str]]:
    return [[cell_text(c) for c in row] for row in data_rows(ws)]


def checksum(rows: list[list[str]]) -> str:
    return hashlib.sha256("\n".join("\t".join(r) for r in rows).encode("utf-8")).hexdigest()


def info(wb: Any) -> dict[str, Any]:
    return {row[0].value: row[1].value for row in wb["说明"].iter_rows(min_row=2)}


def column(ws: Any, header: str) -> list[Any]:
    headers = [c.value for c in ws[1]]
    i = headers.index(header)
    return [row[i].value for row in ws.iter_rows(min_row=2)]


def by_key(ws: Any) -> dict[str, dict[str, Any]]:
    headers = [c.value for c in ws[1]]
    return {
        row[-1].value: dict(zip(headers, [c.value for c in row], strict=True))
        for row in ws.iter_rows(min_row=2)
    }


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


# -- the workbook's shape ------------------------------------------------------------------


def test_sheets_and_headers_exactly_as_the_contract_says(data: Hall, out: Path) -> None:
    result = export.export_period(data.ctx, data.admin, out)
    wb = open_book(result.path)
    assert wb.sheetnames == SHEET_ORDER
    for name, headers in CONTRACT.items():
        ws = wb[name]
        got = [c.value for c in ws[1]]
        expected = headers.split(", ")
        assert got[: len(expected)] == expected, name
        assert got[-1] == "记录键"  # more columns follow the named ones, never in between
        assert ws.freeze_panes == "A2", name
        assert ws.auto_filter.ref == f"A1:{ws.cell(1, len(got)).column_letter}{ws.max_row}"
        widths = [ws.column_dimensions[ws.cell(1, i).column_letter].width for i in
                  range(1, len(got) + 1)]  # fmt: skip
        assert all(w and w >= len(h) for w, h in zip(widths, got, strict=True)), name
        assert all(c.font.bold for c in ws[1])
    assert [c.value for c in wb["说明"][1]] == ["项目", "内容"]
    keys = list(info(wb))
    assert keys[: len(INFO_KEYS)] == INFO_KEYS
    for name in CONTRACT:
        assert f"{name} 行数" in keys and f"{name} SHA-256" in keys


def test_file_name_and_manifest(data: Hall, out: Path) -> None:
    first = export.export_period(data.ctx, data.admin, out)
    assert FILE_NAME.match(first.path.name)
    assert first.path.name == "330101_20261123-20261124_0001.xlsx"  # oldest row: yesterday
    assert [p.name for p in out.iterdir()] == [first.path.name]  # nothing else left behind
    manifest = info(open_book(first.path))
    assert manifest["format_version"] == contract.FORMAT_VERSION
    assert (manifest["营业厅编码"], manifest["营业厅名称"]) == ("330101", "城关供电营业厅")
    assert manifest["批次号"] == "0001"
    assert manifest["起始日期"] == datetime(2026, 11, 23)
    assert manifest["截止日期"] == datetime(2026, 11, 24)
    assert manifest["生成时间"] == datetime(2026, 11, 24, 11, 0)  # hall time, naive
    assert manifest["软件版本"]
    at(data.ctx, NOW + timedelta(hours=2))
    ranged = export.export_period(
        data.ctx, ADMIN, out, date_from=date(2026, 11, 1), date_to=date(2026, 11, 30)
    )
    assert ranged.path.name == "330101_20261101-20261130_0002.xlsx"
    assert info(open_book(ranged.path))["批次号"] == "0002"


def test_checksums_recomputed_from_the_file_match_the_manifest(data: Hall, out: Path) -> None:
    result = export.export_period(data.ctx, data.admin, out)
    wb = open_book(result.path)
    manifest = info(wb)
    for name in CONTRACT:
        rows = texts(wb[name])
        assert manifest[f"{name} 行数"] == len(rows) == result.row_counts[name]
        assert manifest[f"{name} SHA-256"] == checksum(rows) == result.checksums[name], name
        assert contract.sheet_checksum(rows) == checksum(rows)
    # A visit per payment (walk-ins) and the application's; receipt lines: yesterday's
    # prepayment, two bill months, today's prepayment.
    assert result.row_counts == {
        "来访记录": 4,
        "业务受理": 1,
        "收费明细": 4,
        "日结": 1,
        "投诉意见": 1,
        "员工绩效": 1,
        "客户走访": 0,  # tests/services/test_export_outreach.py exports visits
    }
    # The stored rows are the very texts the file holds.
    with data.ctx.read() as s:
        stored = s.scalars(
            select(ExportRow.cells).where(ExportRow.sheet == "收费明细").order_by(ExportRow.seq)
        ).all()
    assert [c.split("\x1f") for c in stored] == texts(wb["收费明细"])


def test_personal_data_is_masked_everywhere(data: Hall, out: Path) -> None:
    wb = open_book(export.export_period(data.ctx, data.admin, out).path)
    everything = " ".join(
        str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value
    )
    for secret in (NAME, CERT, MOBILE, "13812341234", "1381234"):
        assert secret not in everything
    app = next(iter(by_key(wb["业务受理"]).values()))
    assert (app["户名"], app["证件号码"], app["联系电话"]) == (
        "张**",
        "110105********002X",
        "138****1234",
    )
    assert {r["户名"] for r in by_key(wb["收费明细"]).values()} == {"张**"}
    assert set(column(wb["来访记录"], "客户姓名")) == {"张**"}
    summary = column(wb["投诉意见"], "内容摘要")[0]
    assert "138****1234" in summary and "110105********002X" in summary
    assert "\n" not in summary  # a summary is one line


def test_types_and_number_formats(data: Hall, out: Path) -> None:
    wb = open_book(export.export_period(data.ctx, data.admin, out).path)
    lines = wb["收费明细"]
    row = data_rows(lines)[0]
    headers = [c.value for c in lines[1]]
    cell = dict(zip(headers, row, strict=True))
    assert isinstance(cell["收费时间"].value, datetime)
    assert cell["收费时间"].value.tzinfo is None
    assert cell["收费时间"].number_format == "yyyy-mm-dd hh:mm"
    assert cell["收费时间"].value == datetime(2026, 11, 23, 10, 0)  # hall time
    for money in ("金额", "违约金", "合计"):
        assert cell[money].data_type == "n" and cell[money].number_format == "0.00"
    for as_text in ("收据号", "户号"):
        assert cell[as_text].data_type == "s", as_text
    months = [c for c in lines["F"][1:] if c.value]
    assert months and all(c.data_type == "s" and len(c.value) == 6 for c in months)
    assert set(column(lines, "户号")) == {ACCOUNT}  # leading zeros kept
    amounts = [Decimal(repr(v)) for v in column(lines, "合计")]
    assert sum(amounts) == D("100.00") + D("363.00") + D("50.00")
    visit = dict(zip([c.value for c in wb["来访记录"][1]], data_rows(wb["来访记录"])[0],
                     strict=True))  # fmt: skip
    assert visit["办理分钟"].number_format == "0.0"
    assert column(wb["来访记录"], "满意度").count("不满意") == 1
    assert column(wb["来访记录"], "满意度").count("未评价") == 3
    app = dict(zip([c.value for c in wb["业务受理"][1]], data_rows(wb["业务受理"])[0],
                   strict=True))  # fmt: skip
    assert app["承诺完成日期"].number_format == "yyyy-mm-dd"
    assert isinstance(app["承诺完成日期"].value, datetime)
    assert app["申请容量(kW)"].value == 8 and app["申请容量(kW)"].number_format == "0.00"
    assert app["是否超期"].value == "否" and app["当前环节"].value
    day = dict(zip([c.value for c in wb["日结"][1]], data_rows(wb["日结"])[0], strict=True))
    assert day["日期"].value == datetime(2026, 11, 23)
    assert day["应收现金"].value == 100 and day["差额"].value == 0
    assert day["收费员工号"].value == "1001" and day["复核人"].value == "0101"
    perf = by_key(wb["员工绩效"])
    (clerk,) = perf.values()
    assert clerk["营业员工号"] == "1001" and clerk["接待人次"] == 4
    assert clerk["收费笔数"] == 3 and clerk["收费金额"] == 513
    assert clerk["满意率"] == 0 and clerk["差评数"] == 1 and clerk["投诉数"] == 1
    assert wb["员工绩效"]["H2"].number_format == "0.0%"


def test_row_keys_are_unique_and_carry_the_hall_code(data: Hall, out: Path) -> None:
    first = open_book(export.export_period(data.ctx, data.admin, out).path)
    at(data.ctx, NOW + timedelta(hours=2))
    second = open_book(
        export.export_period(
            data.ctx, ADMIN, out, date_from=date(2026, 11, 23), date_to=date(2026, 11, 24)
        ).path
    )
    for name in CONTRACT:
        for wb in (first, second):
            keys = column(wb[name], "记录键")
            assert len(keys) == len(set(keys)), name
            assert all(k.startswith("330101-") for k in keys), name
    # 员工绩效 rows are per period: two batches never share a key.
    assert not set(column(first["员工绩效"], "记录键")) & set(column(second["员工绩效"], "记录键"))
    lines = column(first["收费明细"], "记录键")
    receipts = column(first["收费明细"], "收据号")
    assert all(k.startswith(r + "#") for k, r in zip(lines, receipts, strict=True))


# -- batches -------------------------------------------------------------------------------


def test_since_last_takes_only_new_and_changed_rows_and_a_void_comes_again(
    data: Hall, out: Path
) -> None:
    ctx = data.ctx
    first = open_book(export.export_period(ctx, data.admin, out).path)
    assert len(column(first["收费明细"], "收据号")) >= 4
    assert set(column(first["收费明细"], "状态")) == {"正常"}

    # Later the same day: the mobile payment is voided, a new one is taken.
    at(ctx, NOW + timedelta(hours=3))
    receipts.void(ctx, data.clerk, data.mobile_receipt, data.supervisor, "客户重复缴费")
    at(ctx, NOW + timedelta(hours=4))
    new = pay(ctx, data.clerk, PaymentRequest(ACCOUNT, D("0"), prepayment=D("30.00")))
    at(ctx, NOW + timedelta(hours=5))
    result = export.export_period(ctx, data.admin, out)
    second = open_book(result.path)
    assert result.batch_no == 2 and result.path.name == "330101_20261124-20261124_0002.xlsx"
    lines = by_key(second["收费明细"])
    assert {r["收据号"] for r in lines.values()} == {data.mobile_receipt, new}
    (voided,) = [r for r in lines.values() if r["收据号"] == data.mobile_receipt]
    assert (voided["状态"], voided["作废原因"], voided["授权人"]) == (
        "作废",
        "客户重复缴费",
        "0101",
    )
    assert voided["记录键"] in by_key(first["收费明细"])  # the same key: HQ replaces the row
    # The new payment's walk-in visit; unchanged rows are not sent again, the open
    # application and complaint (looked at every time) neither.
    assert column(second["来访记录"], "业务类型") == ["电费缴纳"]
    for name in ("业务受理", "日结", "投诉意见"):
        assert data_rows(second[name]) == [], name
    perf = next(iter(by_key(second["员工绩效"]).values()))
    assert (perf["接待人次"], perf["收费笔数"], perf["收费金额"]) == (1, 1, 30)
    assert info(second)["上一批次"] == "0001"

    # Nothing happened since: an empty batch, numbered on.
    at(ctx, NOW + timedelta(hours=6))
    third = export.export_period(ctx, data.admin, out)
    assert third.batch_no == 3 and third.rows == 0


def test_since_last_sends_an_application_again_when_it_turns_overdue(data: Hall, out: Path) -> None:
    ctx = data.ctx
    export.export_period(ctx, data.admin, out)
    at(ctx, NOW + timedelta(days=30))  # the promise has long passed, nothing was done
    wb = open_book(export.export_period(ctx, data.admin, out).path)
    (app,) = by_key(wb["业务受理"]).values()
    assert app["申请编号"] == data.application_no and app["是否超期"] == "是"
    (complaint,) = by_key(wb["投诉意见"]).values()
    assert complaint["是否超时"] == "是"


def test_a_late_commit_inside_the_overlap_is_not_lost(data: Hall, out: Path) -> None:
    ctx = data.ctx
    export.export_period(ctx, data.admin, out)
    # A payment stamped two minutes before the last mark, committed after it.
    at(ctx, NOW + timedelta(minutes=58))
    late = pay(ctx, data.clerk, PaymentRequest(ACCOUNT, D("0"), prepayment=D("5.00")))
    at(ctx, NOW + timedelta(hours=2))
    wb = open_book(export.export_period(ctx, data.admin, out).path)
    assert set(column(wb["收费明细"], "收据号")) == {late}


def test_export_again_is_identical_after_the_store_changed(data: Hall, out: Path) -> None:
    ctx = data.ctx
    original = export.export_period(ctx, data.admin, out)
    kept = out / "kept.xlsx"
    original.path.rename(kept)
    # Change rows the batch holds: a void, a renamed customer, a finished application.
    at(ctx, NOW + timedelta(hours=2))
    receipts.void(ctx, data.clerk, data.mobile_receipt, data.supervisor, "客户重复缴费")
    with ctx.write() as s:
        s.execute(update(Customer).values(name="李四"))
    again = export.export_batch_again(ctx, 1, out, user=data.admin)
    assert again.path.name == original.path.name and again.again
    assert (again.row_counts, again.checksums) == (original.row_counts, original.checksums)
    # Every sheet byte for byte (only the workbook's own timestamps may differ).
    with zipfile.ZipFile(kept) as a, zipfile.ZipFile(again.path) as b:
        names = [n for n in a.namelist() if n != "docProps/core.xml"]
        assert names == [n for n in b.namelist() if n != "docProps/core.xml"]
        assert any(n.startswith("xl/worksheets/sheet") for n in names)
        for n in names:
            assert a.read(n) == b.read(n), n
    wb_a, wb_b = open_book(kept), open_book(again.path)
    for name in SHEET_ORDER:
        assert texts(wb_a[name]) == texts(wb_b[name]), name
    with ctx.read() as s:
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.action.like("export.%")))
        assert list(actions) == ["export.batch", "export.again"]
        assert s.scalar(select(func.count()).select_from(ExportBatch)) == 1
    with pytest.raises(NotFound, match="0009"):
        export.export_batch_again(ctx, 9, out, user=ADMIN)


def test_export_again_refuses_a_batch_whose_stored_rows_were_altered(data: Hall, out: Path) -> None:
    ctx = data.ctx
    export.export_period(ctx, data.admin, out)
    with ctx.write() as s:
        s.execute(
            update(ExportRow)
            .where(ExportRow.sheet == "收费明细", ExportRow.seq == 1)
            .values(cells=func.replace(ExportRow.cells, "正常", "作废"))
        )
    for p in out.iterdir():
        p.unlink()
    with pytest.raises(UserError, match="收费明细"):
        export.export_batch_again(ctx, 1, out, user=ADMIN)
    assert list(out.iterdir()) == []


# -- hostile text ----------------------------------------------------------------------------


def test_formula_injection_is_neutralised_and_checksummed_as_neutralised(
    data: Hall, out: Path
) -> None:
    result = export.export_period(data.ctx, data.admin, out)
    wb = open_book(result.path)
    refs = [c for c in wb["收费明细"]["K"][1:] if c.value]
    assert refs and all(c.value == "'" + INJECTION and c.data_type == "s" for c in refs)
    complaint = by_key(wb["投诉意见"])
    (row,) = complaint.values()
    assert row["内容摘要"].startswith("'=1+2 ")
    assert row["处理结果"] == "'@已转值班长"
    for ws in wb.worksheets:
        for r in ws.iter_rows():
            for c in r:
                assert c.data_type != "f", (ws.title, c.coordinate)
    # The raw sheet XML holds no formula element at all.
    with zipfile.ZipFile(result.path) as z:
        for n in z.namelist():
            if n.startswith("xl/worksheets/"):
                assert b"<f>" not in z.read(n) and b"<f " not in z.read(n)
    assert checksum(texts(wb["收费明细"])) == result.checksums["收费明细"]


@pytest.mark.parametrize(
    ("raw", "exported"),
    [
        ("=SUM(A1:A2)", "'=SUM(A1:A2)"),
        ("+86 138", "'+86 138"),
        ("-1", "'-1"),
        ("@cmd", "'@cmd"),
        ("\tTAB", "'\tTAB"),
        ("\rCR", "'\rCR"),
        ("a=b", "a=b"),
        ("普通文字", "普通文字"),
        ("bell\x07 and nul\x00", "bell and nul"),
        ("=\x01x", "'=x"),
    ],
)
def test_neutralise(raw: str, exported: str) -> None:
    assert contract.neutralise(raw) == exported


def test_scrub_masks_numbers_in_free_text() -> None:
    text = "电话 138 1234 1234、+8613812341234，身份证11010519491231002x，户号3301234567"
    assert cells.scrub(text) == (
        "电话 138****1234、138****1234，身份证110105********002x，户号3301234567"
    )


# -- cancel and failure ------------------------------------------------------------------------


def no_batches(ctx: AppContext) -> bool:
    with ctx.read() as s:
        batches = s.scalar(select(func.count()).select_from(ExportBatch))
        rows = s.scalar(select(func.count()).select_from(ExportRow))
        audits = s.scalar(select(func.count()).where(AuditEntry.action.like("export.%")))
    return batches == rows == audits == 0


@pytest.mark.parametrize("stage", ["来访记录", "收费明细", "员工绩效", "保存文件"])
def test_cancel_leaves_no_file_and_no_batch(data: Hall, out: Path, stage: str) -> None:
    seen: list[str] = []

    def progress(name: str, done: int, total: int) -> bool:
        seen.append(name)
        return name != stage or done < total  # cancel when the stage ends

    with pytest.raises(ExportCancelled, match="已取消"):
        export.export_period(data.ctx, data.admin, out, progress=progress)
    assert stage in seen
    assert list(out.iterdir()) == []
    assert no_batches(data.ctx)
    assert export.export_period(data.ctx, data.admin, out).batch_no == 1  # no gap


def test_a_failure_midway_leaves_no_file_and_no_batch(
    data: Hall, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = writer.Sheet.add
    calls = 0

    def failing(self: Any, values: Any, texts: Any) -> None:
        nonlocal calls
        calls += 1
        if self.name == "日结":
            raise OSError(28, "No space left on device")
        real(self, values, texts)

    monkeypatch.setattr(writer.Sheet, "add", failing)
    with pytest.raises(OSError):
        export.export_period(data.ctx, data.admin, out)
    assert calls > 1
    assert list(out.iterdir()) == []
    assert no_batches(data.ctx)


def test_a_failed_commit_leaves_no_file(
    data: Hall, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = data.ctx
    real_write = ctx.write

    @contextmanager
    def failing_write() -> Iterator[Any]:
        with real_write() as s:
            yield s
            raise OSError(5, "Input/output error")  # as if the commit failed: rolled back

    monkeypatch.setattr(ctx, "write", failing_write)
    with pytest.raises(OSError):
        export.export_period(ctx, data.admin, out)
    assert list(out.iterdir()) == []
    monkeypatch.undo()
    assert no_batches(ctx)


def test_export_again_cancelled_leaves_the_folder_as_it_was(data: Hall, out: Path) -> None:
    first = export.export_period(data.ctx, data.admin, out)
    before = first.path.read_bytes()
    with pytest.raises(ExportCancelled):
        export.export_batch_again(
            data.ctx,
            1,
            out,
            user=data.admin,
            progress=lambda stage, done, total: stage != "保存文件",
        )
    assert [p.name for p in out.iterdir()] == [first.path.name]
    assert first.path.read_bytes() == before


def test_bad_choices_are_refused_in_chinese(data: Hall, out: Path) -> None:
    with pytest.raises(UserError, match="起始日期不能晚于截止日期"):
        export.export_period(
            data.ctx, ADMIN, out, date_from=date(2026, 11, 30), date_to=date(2026, 11, 1)
        )
    with pytest.raises(UserError, match="同时填写"):
        export.export_period(data.ctx, ADMIN, out, date_from=date(2026, 11, 1))
    blocker = out / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(UserError, match="导出文件夹"):
        export.export_period(data.ctx, ADMIN, blocker / "sub")


def test_list_batches(data: Hall, out: Path) -> None:
    assert export.list_batches(data.ctx) == []
    export.export_period(data.ctx, data.admin, out)
    at(data.ctx, NOW + timedelta(hours=2))
    export.export_period(data.ctx, ADMIN, out, date_from=date(2026, 11, 1),
                         date_to=date(2026, 11, 24))  # fmt: skip
    got = export.list_batches(data.ctx)
    assert [(b.batch_no, b.mode) for b in got] == [(2, "range"), (1, "since_last")]
    assert got[1].rows > 0 and "0001" in got[1].label


# -- the schema ------------------------------------------------------------------------------


def test_migration_fills_visit_updated_at(tmp_path: Path) -> None:
    from alembic import command

    from counter_app.store.db import open_engine
    from counter_app.store.migrate import alembic_config, ensure_schema

    engine = open_engine(str(tmp_path / "old.db"))
    try:
        command.upgrade(alembic_config(engine), "0004")
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO halls (code, name, address, phone, secret, created_at) "
                    "VALUES ('330101', '厅', '', '', 'k', '2026-01-01 00:00:00')"
                )
            )
            conn.execute(
                text(
                    "INSERT INTO users (hall_id, username, display_name, staff_no, role, "
                    "password_hash, active, failed_logins, created_at) VALUES "
                    "(1, 'a', 'A', '1', 'clerk', 'x', 1, 0, '2026-01-01 00:00:00')"
                )
            )
            for n, rated, ended in ((1, "2026-01-02 03:00:00", "2026-01-02 02:00:00"),
                                    (2, None, "2026-01-02 02:00:00"), (3, None, None)):  # fmt: skip
                conn.execute(
                    text(
                        "INSERT INTO visits (visit_no, hall_id, clerk_id, counter, business_code,"
                        " outcome, started_at, ended_at, rated_at) VALUES "
                        "(:no, 1, 1, '1', 'inquiry', 'completed', '2026-01-02 01:00:00', :e, :r)"
                    ),
                    {"no": f"V{n}", "e": ended, "r": rated},
                )
        ensure_schema(engine)
        with engine.connect() as conn:
            got = conn.execute(text("SELECT updated_at FROM visits ORDER BY id")).scalars().all()
        assert [str(v)[:19] for v in got] == [
            "2026-01-02 03:00:00",
            "2026-01-02 02:00:00",
            "2026-01-02 01:00:00",
        ]
    finally:
        engine.dispose()


# -- the command line ----------------------------------------------------------------------------


def cli(db: Path, *argv: str) -> int:
    import argparse

    parser = argparse.ArgumentParser()
    add_export_parser(parser.add_subparsers(dest="command"))
    return run_export(parser.parse_args(["export", *argv]), str(db), ADMIN)


def test_cli_exports_with_progress_and_again(
    data: Hall, db_path: Path, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The CLI opens its own store with the real clock: the fixture's day is in its past.
    assert cli(db_path, "--out", str(out)) == 0
    printed = capsys.readouterr().out
    assert "来访记录" in printed and "收费明细" in printed and "保存文件" in printed
    assert "已导出第 0001 批" in printed
    (made,) = out.iterdir()
    assert FILE_NAME.match(made.name)
    made.unlink()
    assert cli(db_path, "--out", str(out), "--again", "0001") == 0
    assert "重新导出第 0001 批" in capsys.readouterr().out
    assert [p.name for p in out.iterdir()] == [made.name]
    made.unlink()
    assert cli(db_path, "--out", str(out), "--from", "2026-11-01", "--to", "2026-11-30") == 0
    assert (out / "330101_20261101-20261130_0002.xlsx").exists()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--from", "2026-11-31", "--to", "2026-12-01"], "不是有效日期"),
        (["--from", "2026-11-01"], "须同时给出"),
        (["--since-last", "--from", "2026-11-01", "--to", "2026-11-02"], "不能与"),
        (["--again", "x1"], "批次号"),
        (["--again", "7"], "没有第 0007 批"),
        (["--from", "2026-12-01", "--to", "2026-11-01"], "起始日期不能晚于截止日期"),
    ],
)
def test_cli_errors_are_chinese_without_traceback(
    hall: tuple[HallInfo, UserInfo],
    db_path: Path,
    out: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    message: str,
) -> None:
    assert cli(db_path, "--out", str(out), *argv) == 1
    err = capsys.readouterr().err
    assert message in err and err.startswith("未导出：") and "Traceback" not in err
    assert list(out.iterdir()) == []


def test_payment_voided_by_is_the_authorising_supervisor(data: Hall) -> None:
    # The 授权人 column relies on receipts.void storing the supervisor, not the clerk.
    at(data.ctx, NOW + timedelta(hours=2))
    receipts.void(data.ctx, data.clerk, data.cash_receipt, data.supervisor, "重复")
    with data.ctx.read() as s:
        voided_by = s.scalar(select(Payment.voided_by).where(Payment.receipt_no ==
                                                             data.cash_receipt))  # fmt: skip
    assert voided_by == data.supervisor.id
