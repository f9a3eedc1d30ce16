"""Write the sample HQ workbooks shipped in resources/samples/ (deterministic).

    make samples     (or: .venv/bin/python tools/make_samples.py [OUT_DIR])

arrears_sample.xlsx is an arrears list (欠费清单, hq-contract.md section 2);
fee_schedule_sample.xlsx a fee schedule with tariff tiers (收费标准, section 3).
Every name, address, account number, amount, price and document title in them
is an EXAMPLE made up for demonstrations and training; the residential tiers
are the Zhejiang example of docs (domain.md), not any hall's real tariff.

Written as the contract asks: Chinese headers on row 1, dates as real Excel
dates, money as numbers with the format 0.00, account numbers and months as
text, a frozen header row, fitted column widths and an autofilter. Running it
twice gives the same bytes: the workbook's timestamps and the zip entries'
dates are fixed.
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's counter_app, as the other tools do

from counter_app.services.hq_imports import (  # noqa: E402
    ARREARS_HEADERS,
    FEE_HEADERS,
    TIER_HEADERS,
)

SAMPLES = ROOT / "resources" / "samples"  # where the shipped samples live
FIXED = datetime(2025, 5, 6, 8, 0, 0)  # the samples' "made on" moment
ZIP_TIME = (2025, 5, 6, 8, 0, 0)

MONEY = "0.00"
PRICE = "0.00##"  # 2 to 4 decimals: 210.00, 0.538
DAY = "yyyy-mm-dd"
TEXT = "@"

EXAMPLE_NOTE = "示例数据：仅供演示和培训，以总部下发的正式文件为准"

# 户号, 户名, 用电地址, 用户类别
ACCOUNTS: list[tuple[str, str, str, str]] = [
    ("330101800117", "陈建国", "城关镇人民路88号2幢301室", "居民"),
    ("330101800235", "王秀英", "城关镇解放街16弄5号", "居民"),
    ("330101800342", "李明华", "城关镇文昌路120号1单元602室", "居民"),
    ("330101800468", "张丽娟", "城关镇新华村下塘组27号", "居民"),
    ("330101800573", "刘志强", "城关镇东门小区7幢402室", "居民"),
    ("330101800619", "杨桂芳", "城关镇环城南路45号", "居民"),
    ("330101800784", "赵德胜", "城关镇石桥村上周组8号", "居民"),
    ("330101800856", "黄美玲", "城关镇滨江花园3幢1单元1102室", "居民"),
    ("330101800921", "周文斌", "城关镇西街巷19号", "居民"),
    ("330101801047", "吴淑珍", "城关镇和平路33号4幢201室", "居民"),
    ("330101900153", "城关镇鑫源五金经营部", "城关镇人民路102号", "非居民"),
    ("330101900278", "杭州恒达纺织有限公司", "城关镇工业园区纬二路6号", "非居民"),
    ("330101900364", "聚福楼餐饮店", "城关镇解放街58号", "非居民"),
    ("330101900415", "城关华联超市有限公司", "城关镇文昌路200号", "非居民"),
    ("330101900532", "城关镇明德幼儿园", "城关镇学府路9号", "非居民"),
]

# account index, 应收年月, 应收金额, 已收金额 (some months already partly paid)
BILLS: list[tuple[int, str, str, str]] = [
    (0, "202502", "186.43", "0.00"),
    (0, "202503", "152.70", "0.00"),
    (0, "202504", "98.15", "0.00"),
    (1, "202503", "76.20", "0.00"),
    (1, "202504", "64.38", "0.00"),
    (2, "202501", "312.56", "100.00"),
    (2, "202502", "287.90", "0.00"),
    (2, "202503", "201.33", "0.00"),
    (3, "202412", "58.60", "0.00"),
    (3, "202501", "71.25", "0.00"),
    (3, "202502", "66.90", "0.00"),
    (3, "202503", "49.80", "0.00"),
    (4, "202503", "145.20", "45.20"),
    (4, "202504", "133.47", "0.00"),
    (5, "202502", "95.10", "0.00"),
    (5, "202503", "88.64", "0.00"),
    (6, "202501", "412.80", "200.00"),
    (6, "202502", "389.55", "0.00"),
    (6, "202503", "275.06", "0.00"),
    (7, "202503", "167.92", "0.00"),
    (7, "202504", "143.18", "0.00"),
    (8, "202502", "52.30", "0.00"),
    (8, "202503", "47.65", "0.00"),
    (8, "202504", "39.90", "0.00"),
    (9, "202503", "110.66", "0.00"),
    (9, "202504", "121.05", "21.05"),
    (10, "202502", "1286.40", "0.00"),
    (10, "202503", "1135.72", "500.00"),
    (10, "202504", "968.15", "0.00"),
    (11, "202502", "28640.55", "15000.00"),
    (11, "202503", "31208.90", "0.00"),
    (11, "202504", "29875.36", "0.00"),
    (12, "202503", "4320.18", "0.00"),
    (12, "202504", "3986.74", "0.00"),
    (13, "202501", "9876.50", "9000.00"),
    (13, "202502", "10342.27", "0.00"),
    (13, "202503", "8765.43", "0.00"),
    (13, "202504", "9120.00", "0.00"),
    (14, "202503", "2156.80", "0.00"),
    (14, "202504", "1987.36", "0.00"),
]

BASIS = "【示例】省发展改革委（物价局）关于供电企业业务收费项目和标准的通知（示例文件，非真实文号）"

# 项目编码, 项目名称, 计费方式, 单价, 单位, 生效日期, 失效日期
FEE_ITEMS: list[tuple[str, str, str, str, str, date, date | None]] = [
    (
        "GK0101",
        "高可靠性供电费（10千伏，架空线路）",
        "按容量kVA",
        "210.00",
        "元/千伏安",
        date(2024, 1, 1),
        None,
    ),
    (
        "GK0102",
        "高可靠性供电费（10千伏，电缆线路）",
        "按容量kVA",
        "280.00",
        "元/千伏安",
        date(2024, 1, 1),
        None,
    ),
    ("LS0201", "临时接电费（10千伏）", "按容量kVA", "140.00", "元/千伏安", date(2024, 1, 1), None),
    ("LS0202", "临时接电费（低压）", "按容量kVA", "100.00", "元/千伏安", date(2024, 1, 1), None),
    (
        "JY0301",
        "电能表校验费（单相）",
        "固定",
        "25.00",
        "元/只",
        date(2020, 1, 1),
        date(2024, 12, 31),
    ),
    ("JY0301", "电能表校验费（单相）", "固定", "20.00", "元/只", date(2025, 1, 1), None),
    ("JY0302", "电能表校验费（三相）", "固定", "50.00", "元/只", date(2024, 1, 1), None),
    ("FD0401", "复电费（低压）", "固定", "10.00", "元/次", date(2024, 1, 1), None),
    ("FD0402", "复电费（高压）", "固定", "100.00", "元/次", date(2024, 1, 1), None),
    (
        "LS0203",
        "临时用电电费（无表计，按核定电量）",
        "按电量kWh",
        "0.7236",
        "元/千瓦时",
        date(2024, 1, 1),
        None,
    ),
]

# 类别, 档位, 下限, 上限, 电价, 生效日期: Zhejiang residential, ≤1 kV, one household one meter
TIERS: list[tuple[str, int, int, int | None, str, date]] = [
    ("居民", 1, 0, 2760, "0.538", date(2012, 7, 1)),
    ("居民", 2, 2761, 4800, "0.588", date(2012, 7, 1)),
    ("居民", 3, 4801, None, "0.838", date(2012, 7, 1)),
]
TIER_NOTE = (
    "示例：浙江省居民阶梯电价（不满1千伏，一户一表，年度阶梯，不含峰谷），"
    "仅供演示，实际以总部下发的电价表为准"
)


def _width(value: Any) -> int:
    if isinstance(value, date):
        return 10
    text = str(value)
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _sheet(
    book: Workbook,
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    formats: Sequence[str | None],
    first: bool,
) -> None:
    sheet = book.active if first else book.create_sheet()
    sheet.title = title
    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(list(row))
        for cell, fmt in zip(sheet[sheet.max_row], formats, strict=False):
            if fmt and cell.value is not None:
                cell.number_format = fmt
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{sheet.max_row}"
    for index, header in enumerate(headers, start=1):
        widest = max([_width(header)] + [_width(r[index - 1]) for r in rows if len(r) >= index])
        sheet.column_dimensions[get_column_letter(index)].width = min(widest + 4, 80)


def _due_date(month: str) -> date:
    year, mon = int(month[:4]), int(month[4:])
    year, mon = (year + 1, 1) if mon == 12 else (year, mon + 1)
    return date(year, mon, 25)  # the 25th of the month after the month billed


def arrears_rows() -> list[list[Any]]:
    rows = []
    for index, month, due, paid in BILLS:
        account_no, name, address, category = ACCOUNTS[index]
        amount, settled = Decimal(due), Decimal(paid)
        rows.append(
            [
                account_no,
                name,
                address,
                category,
                month,
                amount,
                settled,
                amount - settled,
                _due_date(month),
            ]
        )
    return rows


def arrears_book() -> Workbook:
    book = Workbook()
    formats = [TEXT, None, None, None, TEXT, MONEY, MONEY, MONEY, DAY]
    _sheet(book, "欠费清单", ARREARS_HEADERS, arrears_rows(), formats, first=True)
    return book


def fee_book() -> Workbook:
    book = Workbook()
    items = [
        [code, name, method, Decimal(price), unit, BASIS, start, end]
        for code, name, method, price, unit, start, end in FEE_ITEMS
    ]
    items[0].append(EXAMPLE_NOTE)
    formats = [TEXT, None, None, PRICE, None, None, DAY, DAY]
    _sheet(book, "收费标准", [*FEE_HEADERS, "备注"], items, formats, first=True)
    tiers = [
        [category, tier, lower, upper, Decimal(price), start]
        for category, tier, lower, upper, price, start in TIERS
    ]
    tiers[0].append(TIER_NOTE)
    formats = [None, None, None, None, PRICE, DAY]
    _sheet(book, "阶梯电价", [*TIER_HEADERS, "备注"], tiers, formats, first=False)
    return book


def workbook_bytes(book: Workbook) -> bytes:
    """The .xlsx bytes with fixed timestamps, so that the same data gives the same file."""
    book.properties.creator = "counter-app make_samples.py"
    book.properties.created = FIXED
    raw = io.BytesIO()
    book.save(raw)  # openpyxl stamps "modified" with the clock: fixed below
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>" + FIXED.strftime("%Y-%m-%dT%H:%M:%SZ").encode() + rb"\g<2>",
                    data,
                )
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, data)
    return out.getvalue()


def write_samples(out_dir: Path = SAMPLES) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, book in (
        ("arrears_sample.xlsx", arrears_book()),
        ("fee_schedule_sample.xlsx", fee_book()),
    ):
        path = out_dir / name
        path.write_bytes(workbook_bytes(book))
        written.append(path)
    return written


if __name__ == "__main__":
    for written in write_samples(Path(sys.argv[1]) if len(sys.argv) > 1 else SAMPLES):
        print(written)
