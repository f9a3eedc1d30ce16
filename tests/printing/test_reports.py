"""The daily settlement report (日结报表, A4) and the bill explainer (阶梯电价计算说明, A5)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from reportlab.lib.pagesizes import A4, A5

from counter_app.printing.bill_explainer import (
    explanation_text,
    format_price,
    render_bill_explainer,
)
from counter_app.printing.documents import BillExplainerDoc, SettlementReport
from counter_app.printing.settlement_report import difference_text, render_settlement_report

MakeSettlement = Callable[..., SettlementReport]
MakeExplainer = Callable[..., BillExplainerDoc]

RECEIPTS_HEADER = "序号收据号时间户号金额（元）状态"


def _pages(path: Path) -> list[str]:
    """Each page's text with white space removed (lines wrap anywhere in Chinese)."""
    return [re.sub(r"\s+", "", page.extract_text()) for page in PdfReader(path).pages]


def _assert_only_shipped_font(path: Path) -> None:
    for page in PdfReader(path).pages:
        fonts = page["/Resources"]["/Font"]
        base_fonts = [str(font.get_object()["/BaseFont"]) for font in fonts.values()]
        assert base_fonts
        assert all("WenQuanYiMicroHei" in name for name in base_fonts), base_fonts
        for font in fonts.values():
            descriptor = font.get_object()["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor
            assert str(descriptor["/FontName"]).startswith("/AAAAA")


def _glyph_colours(path: Path, chars: str) -> list[QColor]:
    """The darkest pixel colour inside the ink box of each of ``chars`` on page 1."""
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    size = document.pagePointSize(0)
    scale = 4
    rendered = document.render(0, QSize(round(size.width() * scale), round(size.height() * scale)))
    image = QImage(rendered.size(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    text = document.getAllText(0).text()
    colours = []
    for index, char in enumerate(text):
        if char not in chars:
            continue
        rect: QRectF = document.getSelectionAtIndex(0, index, 1).boundingRectangle()
        pixels = [
            image.pixelColor(x, y)
            for x in range(int(rect.left() * scale), int(rect.right() * scale) + 1)
            for y in range(int(rect.top() * scale), int(rect.bottom() * scale) + 1)
        ]
        colours.append(min(pixels, key=lambda c: c.red() + c.green() + c.blue()))
    document.close()
    return colours


def _is_red(colour: QColor) -> bool:
    return colour.red() > 150 and colour.green() < 110 and colour.blue() < 110


# ---------------------------------------------------------------------------
# 日结报表


def test_settlement_with_a_difference(tmp_path: Path, make_settlement: MakeSettlement) -> None:
    out = render_settlement_report(make_settlement(), tmp_path / "s.pdf")
    reader = PdfReader(out)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (round(A4[0]), round(A4[1]))
    assert reader.metadata is not None
    assert reader.metadata.title == "营业收费日结报表 RJ-330101-02-20261015"

    text = "".join(_pages(out))
    for expected in (
        "国网杭州供电公司西湖区供电营业厅",
        "营业收费日结报表",
        "日结编号：RJ-330101-02-20261015",
        "日期：2026年10月15日",
        "收费员：李明（0231）",
        "一、现金清点（盲点）",
        "面额张（枚）数金额（元）",
        "100元383,800.00",
        "5角31.50",
        "实点现金合计924,591.10",
        "二、按支付方式汇总及现金核对",
        "支付方式笔数系统应收（元）实点/实收（元）差额（元）",
        "现金94,603.104,591.10-12.00",
        "银行卡21,211.581,211.58—",
        "移动支付1260.00260.00—",
        "合计126,074.686,062.68-12.00",
        "现金差额：-¥12.00（短款）",
        "差额原因：找零时多付客户10元和2元，已联系客户追回未果，由收费员个人赔补。",
        "三、收据明细（共12张，其中作废1张）",
        RECEIPTS_HEADER,
        "13301010220261015000001",
        "四、作废记录（1笔）",
        "3301010220261015000007客户重复缴费，当日退款王芳（0101）",
        "五、补打记录（1笔）",
        "33010102202610150000032打印机卡纸，原收据未打出",
        "收费员签字：",
        "复核人（值班长）签字：",
        "复核人：王芳（0101）（已在系统中复核确认）",
        "复核时间：2026年10月15日17:45",
        "第1页/共1页",
    ):
        assert expected in text, expected
    assert "培训" not in text
    assert "（续）" not in text


@pytest.mark.usefixtures("qapp")
def test_a_difference_is_printed_in_red(tmp_path: Path, make_settlement: MakeSettlement) -> None:
    out = render_settlement_report(make_settlement(), tmp_path / "s.pdf")
    short = _glyph_colours(out, "短")  # 现金差额：-¥12.00（短款）
    reason = _glyph_colours(out, "赔")  # in the reason
    assert short and reason
    assert all(_is_red(colour) for colour in short + reason)
    assert not any(_is_red(colour) for colour in _glyph_colours(out, "盲"))


@pytest.mark.usefixtures("qapp")
def test_settlement_without_a_difference(
    tmp_path: Path, make_balanced_settlement: MakeSettlement
) -> None:
    out = render_settlement_report(make_balanced_settlement(), tmp_path / "s.pdf")
    text = "".join(_pages(out))
    assert "现金差额：¥0.00（账实相符）" in text
    assert "现金94,603.104,603.100.00" in text
    assert "差额原因" not in text
    assert "复核人：（未复核）" in text
    colours = _glyph_colours(out, "符")
    assert colours and not any(_is_red(colour) for colour in colours)


def test_difference_text() -> None:
    assert difference_text(Decimal("12")) == "+¥12.00（长款）"
    assert difference_text(Decimal("-0.50")) == "-¥0.50（短款）"
    assert difference_text(Decimal("0.00")) == "¥0.00（账实相符）"


def test_120_receipts_run_over_pages_with_the_header_repeated(
    tmp_path: Path, make_settlement: MakeSettlement
) -> None:
    report = make_settlement(receipts=120)
    out = render_settlement_report(report, tmp_path / "s.pdf")
    pages = _pages(out)
    assert len(pages) >= 3
    total = len(pages)

    for number, page in enumerate(pages, start=1):
        assert f"第{number}页/共{total}页" in page
        if number > 1:
            assert "营业收费日结报表（续）日结编号：RJ-330101-02-20261015" in page
        rows = [f"{no}{time}" for no, time, *_ in report.receipts if f"{no}{time}" in page]
        if rows:
            # The table's header row comes back on every page it runs over.
            assert page.index(RECEIPTS_HEADER) < min(page.index(row) for row in rows)
    text = "".join(pages)
    assert "三、收据明细（共120张，其中作废17张）" in text
    assert text.count(RECEIPTS_HEADER) >= 3
    for number, (receipt_no, time, account_no, *_) in enumerate(report.receipts, start=1):
        # Each receipt once in the list (voided ones once more in the voids table).
        assert f"{number}{receipt_no}{time}{account_no}" in text
    assert "四、作废记录（17笔）" in text
    assert "复核人（值班长）签字" in pages[-1]


def test_settlement_report_fonts_and_training(
    tmp_path: Path, make_settlement: MakeSettlement
) -> None:
    out = render_settlement_report(make_settlement(receipts=60, training=True), tmp_path / "s.pdf")
    _assert_only_shipped_font(out)
    pages = _pages(out)
    assert len(pages) >= 2
    assert "培训模式·非有效凭证" in pages[0]
    assert all("培训" in page for page in pages)  # the watermark on every page


def test_empty_day(tmp_path: Path, make_balanced_settlement: MakeSettlement) -> None:
    report = make_balanced_settlement(
        receipts=0,
        totals_by_method=(),
        voids=(),
        reprints=(),
        counted_by_denomination=(),
        expected_cash=Decimal("0.00"),
        counted_cash=Decimal("0.00"),
    )
    text = "".join(_pages(render_settlement_report(report, tmp_path / "s.pdf")))
    assert "当日无收费记录" in text
    assert "四、作废记录（0笔）" in text
    assert "现金00.000.000.00" in text


def test_every_count_attempt_is_listed(tmp_path: Path, make_settlement: MakeSettlement) -> None:
    from datetime import datetime

    expected = Decimal("4603.10")
    attempts = (
        (1, datetime(2026, 10, 15, 17, 31, 5), Decimal("4581.10"), expected),
        (2, datetime(2026, 10, 15, 17, 40, 12), Decimal("4591.10"), expected),
    )
    report = make_settlement(count_attempts=attempts)
    text = "".join(_pages(render_settlement_report(report, tmp_path / "s.pdf")))
    assert "清点核对记录（共2次）" in text
    assert "第1次17:31:054,581.104,603.10-22.00已重新清点" in text
    assert "第2次17:40:124,591.104,603.10-12.00日结以此为准" in text
    # A settlement without recorded attempts (written before they were kept) has no such table.
    plain = "".join(_pages(render_settlement_report(make_settlement(), tmp_path / "p.pdf")))
    assert "清点核对记录" not in plain


def test_settlement_write_is_atomic(tmp_path: Path, make_settlement: MakeSettlement) -> None:
    target = tmp_path / "s.pdf"
    target.write_bytes(b"%PDF- previous report")
    with pytest.raises(TypeError):
        render_settlement_report(make_settlement(voids=None), target)
    assert target.read_bytes() == b"%PDF- previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["s.pdf"]


# ---------------------------------------------------------------------------
# 阶梯电价计算说明


def test_bill_explainer(tmp_path: Path, make_explainer: MakeExplainer) -> None:
    doc = make_explainer()
    out = render_bill_explainer(doc, tmp_path / "bill.pdf")
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (round(A5[0]), round(A5[1]))
    text = _pages(out)[0]
    for expected in (
        "国网杭州供电公司西湖区供电营业厅",
        "阶梯电价计算说明",
        "户号330101001234户名张**",
        "计费周期2026年9月本期电量420kWh",
        "年内此前已用2,600kWh年内累计3,020kWh",
        "档位电量(kWh)电价(元/kWh)计算电费(元)",
        "第一档1600.538160×0.538=86.0886.08",
        "第二档2600.588260×0.588=152.88152.88",
        "合计420人民币贰佰叁拾捌元玖角陆分238.96",
        "本期用电420千瓦时，本年度此前已用电2,600千瓦时，累计3,020千瓦时。",
        "160千瓦时按第一档电价0.538元/千瓦时计，86.08元",
        "本期电费合计238.96元。",
        "说明：浙江省居民阶梯电价按年度累计电量计算",
        "投诉监督电话：12398",
    ):
        assert expected in text, expected
    assert "培训" not in text
    _assert_only_shipped_font(out)


def test_bill_explainer_training(tmp_path: Path, make_explainer: MakeExplainer) -> None:
    text = _pages(render_bill_explainer(make_explainer(training=True), tmp_path / "b.pdf"))[0]
    assert "培训模式·非有效凭证" in text
    assert text.count("培训") >= 2


def test_explanation_sentence_and_prices(make_explainer: MakeExplainer) -> None:
    doc = make_explainer(
        consumption_kwh=100,
        already_used_kwh=0,
        lines=(("第一档", 100, Decimal("0.5"), Decimal("50.00")),),
        total=Decimal("50.00"),
    )
    assert explanation_text(doc) == (
        "本期用电100千瓦时，本年度此前已用电0千瓦时，累计100千瓦时。"
        "按年度阶梯电价，本期电量中100千瓦时按第一档电价0.500元/千瓦时计，50.00元。"
        "本期电费合计50.00元。"
    )
    assert format_price(Decimal("0.538")) == "0.538"
    assert format_price(Decimal("0.5653")) == "0.5653"
    assert format_price(Decimal("0.58800")) == "0.588"
    assert format_price(Decimal("1")) == "1.000"
