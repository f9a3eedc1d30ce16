"""Receipts (80 mm roll and A5) and the void slip (作废凭证)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import dataclasses
import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.qr import QrCode
from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm

from counter_app.printing import receipt as receipt_roll
from counter_app.printing import receipt_form
from counter_app.printing.documents import Receipt, ReceiptLine
from counter_app.printing.fonts import CJK_NO_LINE_START
from counter_app.printing.receipt import ROLL_QR_SIZE, render_receipt
from counter_app.printing.receipt_content import qr_payload, receipt_title, reprint_mark
from counter_app.printing.void_slip import render_void_slip

MakeReceipt = Callable[..., Receipt]

ROLL_WIDTH_PT = 226.77  # 80 mm
MARGIN_PT = 4 * mm  # 11.34 pt: a thermal head prints ~72 mm of the 80


def _text(path: Path) -> str:
    """All text of the PDF with white space removed (lines wrap anywhere in Chinese)."""
    reader = PdfReader(path)
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in reader.pages))


def _load(path: Path) -> QPdfDocument:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    return document


def _glyphs(path: Path) -> list[tuple[str, QRectF]]:
    """Every printed character of page 1 with its ink box (points, origin top left)."""
    document = _load(path)
    count = len(document.getAllText(0).text())
    boxes = []
    for index in range(count):
        selection = document.getSelectionAtIndex(0, index, 1)
        char, rect = selection.text(), selection.boundingRectangle()
        if char.strip() and rect.width() > 0:
            boxes.append((char, rect))
    document.close()
    return boxes


def _lines(path: Path) -> list[str]:
    document = _load(path)
    text = document.getAllText(0).text()
    document.close()
    return [line.strip() for line in text.splitlines()]


def _image(path: Path, scale: int) -> QImage:
    """Page 1 rendered at ``scale`` pixels per point, on white."""
    document = _load(path)
    size = document.pagePointSize(0)
    rendered = document.render(0, QSize(round(size.width() * scale), round(size.height() * scale)))
    document.close()
    # pdfium leaves the paper transparent: lay the page on white paper.
    image = QImage(rendered.size(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return image


def _is_ink(image: QImage, x: int, y: int) -> bool:
    color = image.pixelColor(x, y)
    return min(color.red(), color.green(), color.blue()) < 235


def _assert_inside_roll_margins(path: Path) -> None:
    """Nothing, text or graphics, is drawn in the 4 mm margins of the roll."""
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) == pytest.approx(ROLL_WIDTH_PT, abs=0.01)
    height = float(box.height)

    for char, rect in _glyphs(path):
        assert rect.left() >= MARGIN_PT - 0.5 and rect.right() <= ROLL_WIDTH_PT - MARGIN_PT + 0.5, (
            char,
            rect,
        )
        assert rect.top() >= MARGIN_PT - 0.5 and rect.bottom() <= height - MARGIN_PT + 0.5, (
            char,
            rect,
        )

    scale = 3
    image = _image(path, scale)
    inner_left, inner_right = (
        int(MARGIN_PT * scale) - 1,
        int((ROLL_WIDTH_PT - MARGIN_PT) * scale) + 1,
    )
    inner_top, inner_bottom = int(MARGIN_PT * scale) - 1, int((height - MARGIN_PT) * scale) + 1
    outside = [
        (x, y)
        for y in range(image.height())
        for x in (*range(0, inner_left), *range(inner_right + 1, image.width()))
        if _is_ink(image, x, y)
    ] + [
        (x, y)
        for y in (*range(0, inner_top), *range(inner_bottom + 1, image.height()))
        for x in range(image.width())
        if _is_ink(image, x, y)
    ]
    assert not outside, outside[:10]
    # ... and the content does reach out to the printable width.
    ink_columns = [
        x for x in range(image.width()) for y in range(0, image.height(), 2) if _is_ink(image, x, y)
    ]
    assert min(ink_columns) <= inner_left + 3 * scale
    assert max(ink_columns) >= inner_right - 3 * scale


def _assert_no_overlap(boxes: list[tuple[str, QRectF]]) -> None:
    # pdfium rounds ink boxes to whole points: neighbours may touch, never overlap.
    shrunk = [(char, rect.adjusted(0.6, 0.6, -0.6, -0.6)) for char, rect in boxes]
    shrunk.sort(key=lambda item: item[1].top())
    for i, (char, rect) in enumerate(shrunk):
        for other_char, other in shrunk[i + 1 :]:
            if other.top() > rect.bottom():
                break
            assert not rect.intersects(other), (char, rect, other_char, other)


def _font_sizes(path: Path) -> list[float]:
    sizes = []
    for page in PdfReader(path).pages:
        data = page.get_contents().get_data().decode("latin-1")
        sizes += [float(size) for size in re.findall(r"/F[\w+]+ ([\d.]+) Tf", data)]
    return sizes


def _assert_only_shipped_font(path: Path) -> None:
    for page in PdfReader(path).pages:
        fonts = page["/Resources"]["/Font"]
        base_fonts = [str(font.get_object()["/BaseFont"]) for font in fonts.values()]
        # No Helvetica/Times (unembedded, no Chinese glyphs) even as an unused resource.
        assert base_fonts
        assert all("WenQuanYiMicroHei" in name for name in base_fonts), base_fonts
        for font in fonts.values():
            descriptor = font.get_object()["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor  # TrueType outlines embedded
            assert str(descriptor["/FontName"]).startswith("/AAAAA")  # a subset


# ---------------------------------------------------------------------------


def test_80mm_receipt_says_what_a_receipt_must(tmp_path: Path, make_receipt: MakeReceipt) -> None:
    receipt = make_receipt()
    out = render_receipt(receipt, tmp_path / "r.pdf")
    assert out == tmp_path / "r.pdf"

    reader = PdfReader(out)
    assert len(reader.pages) == 1
    assert reader.metadata is not None
    assert reader.metadata.title == "电费收据 3301010220261015000123"

    text = _text(out)
    for expected in (
        "国网杭州供电公司西湖区供电营业厅",
        "电费收据",
        "收据号：3301010220261015000123",
        "收款时间：2026-10-1509:41:07",
        "收款员：李明（0231）2号柜台",
        "户号：330101001234",
        "户名：张**",
        "地址：杭州市西湖区古荡街道文二西路18号3幢2单元501室",
        "年月/项目本金违约金合计",
        "2026年08月电费612.3030.62642.92",
        "2026年09月电费580.0011.58591.58",
        "合计金额¥1,234.50",
        "大写：人民币壹仟贰佰叁拾肆元伍角",
        "支付方式：现金",
        "实收：¥1,300.00",
        "找零：¥65.50",
        "扫码验真校验码：7F3K9Q",
        "营业厅地址：杭州市西湖区文三路398号",
        "服务电话：0571-87654321",
        "投诉监督电话：12398",
    ):
        assert expected in text, expected
    for absent in ("补打", "作废", "培训", "交易参考号", "张三"):
        assert absent not in text, absent


def test_card_payment_with_prepayment_and_fee(
    tmp_path: Path, make_card_receipt: MakeReceipt
) -> None:
    receipt = make_card_receipt()
    assert receipt_title(receipt) == "收费凭证"  # a business fee is not electricity
    text = _text(render_receipt(receipt, tmp_path / "card.pdf"))
    for expected in (
        "收费凭证",
        "2026年10月电费（部分缴费）200.000.00200.00",
        "预存电费300.000.00300.00",
        "电能表校验费120.000.00120.00",
        "合计金额¥1,211.58",
        "人民币壹仟贰佰壹拾壹元伍角捌分",
        "支付方式：银行卡",
        "交易参考号：622848******1234参考号102615398820",
        receipt.address,
    ):
        assert expected in text, expected
    assert "实收" not in text
    assert "找零" not in text


def test_title_is_electricity_receipt_for_electricity_items(make_receipt: MakeReceipt) -> None:
    prepay = ReceiptLine("", "预存电费", Decimal("100"), Decimal("0"), Decimal("100"))
    assert receipt_title(make_receipt()) == "电费收据"
    assert receipt_title(make_receipt(lines=(prepay,))) == "电费收据"


@pytest.mark.parametrize("layout", ["80mm", "A5"])
def test_reprint_is_marked_with_its_copy_number(
    tmp_path: Path, make_receipt: MakeReceipt, layout: str
) -> None:
    assert reprint_mark(make_receipt()) == ""
    receipt = make_receipt(reprint_count=2)
    assert reprint_mark(receipt) == "补打（第2次）"
    text = _text(render_receipt(receipt, tmp_path / "r.pdf", layout))
    assert "补打（第2次）" in text
    assert "3301010220261015000123" in text


@pytest.mark.parametrize("layout", ["80mm", "A5"])
def test_voided_receipt_keeps_its_number_and_says_why(
    tmp_path: Path, make_voided_receipt: MakeReceipt, layout: str
) -> None:
    text = _text(render_receipt(make_voided_receipt(), tmp_path / "v.pdf", layout))
    assert "3301010220261015000123" in text
    assert "本收据已作废" in text
    assert text.count("作废") >= 3  # the stamp, the box heading, 作废原因/时间
    for expected in (
        "作废原因：客户重复缴费，当日退款",
        "作废时间：2026-10-1510:02:45",
        "授权人：王芳（0101）",
        "人民币壹仟贰佰叁拾肆元伍角",
    ):
        assert expected in text, expected


@pytest.mark.parametrize("layout", ["80mm", "A5"])
def test_training_receipt_is_watermarked(
    tmp_path: Path, make_receipt: MakeReceipt, layout: str
) -> None:
    text = _text(render_receipt(make_receipt(training=True), tmp_path / "t.pdf", layout))
    assert "培训模式·非有效凭证" in text
    assert text.count("培训") >= 2  # the note under the title and the watermark


def test_qr_payload(make_receipt: MakeReceipt) -> None:
    assert qr_payload(make_receipt()) == "3301010220261015000123|1234.50|7F3K9Q"
    assert qr_payload(make_receipt(total=Decimal("16.1"))).split("|")[1] == "16.10"
    assert qr_payload(make_receipt(total=Decimal("100"))).split("|")[1] == "100.00"


@pytest.mark.parametrize("layout", ["80mm", "A5"])
def test_qr_code_carries_the_payload(
    tmp_path: Path,
    make_receipt: MakeReceipt,
    monkeypatch: pytest.MonkeyPatch,
    layout: str,
) -> None:
    drawn: list[str] = []

    def recording_qr(value: str, size: float) -> object:
        drawn.append(value)
        return QrCode(value, width=size, height=size, qrLevel="M", qrBorder=2)

    for layout_module in (receipt_roll, receipt_form):  # the roll's and the A5 form's
        monkeypatch.setattr(layout_module, "qr_flowable", recording_qr)
    render_receipt(make_receipt(), tmp_path / "r.pdf", layout)
    assert drawn == ["3301010220261015000123|1234.50|7F3K9Q"]


@pytest.mark.usefixtures("qapp")
def test_qr_code_printed_on_the_roll_encodes_the_payload(
    tmp_path: Path, make_receipt: MakeReceipt
) -> None:
    """The modules on the page are those of qr_payload(receipt), read back pixel by pixel."""
    receipt = make_receipt()
    out = render_receipt(receipt, tmp_path / "r.pdf")
    caption_top = min(rect.top() for char, rect in _glyphs(out) if char == "扫")

    scale = 8
    image = _image(out, scale)
    size = ROLL_QR_SIZE
    x0 = int((ROLL_WIDTH_PT - size) / 2 * scale)
    x1 = int((ROLL_WIDTH_PT + size) / 2 * scale)
    y0, y1 = int((caption_top - size) * scale), int((caption_top - 0.5) * scale)
    dark = [
        (x, y)
        for y in range(y0, y1)
        for x in range(x0, x1)
        if max(image.pixelColor(x, y).getRgb()[:3]) < 100
    ]
    left, right = min(x for x, _ in dark), max(x for x, _ in dark)
    top, bottom = min(y for _, y in dark), max(y for _, y in dark)

    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(qr_payload(receipt))
    qr.make()
    count = qr.getModuleCount()
    module = (right - left + 1) / count
    assert module == pytest.approx((bottom - top + 1) / count, rel=0.03)
    assert module == pytest.approx(size / (count + 4) * scale, rel=0.03)  # 2-module quiet zone
    for row in range(count):
        for column in range(count):
            x = int(left + (column + 0.5) * module)
            y = int(top + (row + 0.5) * module)
            is_dark = max(image.pixelColor(x, y).getRgb()[:3]) < 128
            assert is_dark == bool(qr.modules[row][column]), (row, column)


def extreme_receipt(make_voided_receipt: MakeReceipt) -> Receipt:
    """Everything long at once: hall, clerk, address, reference, reason, amounts."""
    big = ReceiptLine(
        "202609",
        "高压新装供电工程费（含计量装置及配套工程，按供电方案答复）",
        Decimal("1234567.89"),
        Decimal("123456.78"),
        Decimal("1358024.67"),
        "分期缴纳第一期",
    )
    return make_voided_receipt(
        hall_name="国网浙江省电力有限公司杭州供电公司西湖区文三路城区供电营业厅",
        clerk="欧阳明华（023188）",
        counter="12号柜台（综合业务）",
        address="浙江省杭州市西湖区三墩镇西园八路，振华路交叉口，紫金港科技城创新创业园区",
        lines=(big, big),
        total=Decimal("2716049.34"),
        method="移动支付",
        reference="4200002388202610151234567890123456789012",
        tendered=None,
        change=None,
        void_reason="客户要求更换缴费方式，经值班长核实同意作废，原路退回款项；另需补开发票。",
        reprint_count=12,
        training=True,
    )


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize(
    "variant", ["plain", "card", "reprint", "voided", "training", "reprint+voided", "extreme"]
)
def test_roll_is_80mm_wide_and_prints_inside_4mm_margins(
    tmp_path: Path,
    make_receipt: MakeReceipt,
    make_card_receipt: MakeReceipt,
    make_voided_receipt: MakeReceipt,
    variant: str,
) -> None:
    receipt = {
        "plain": make_receipt(),
        "card": make_card_receipt(),
        "reprint": make_receipt(reprint_count=3),
        "voided": make_voided_receipt(),
        "training": make_receipt(training=True),
        "reprint+voided": make_voided_receipt(reprint_count=1),
        "extreme": extreme_receipt(make_voided_receipt),
    }[variant]
    out = render_receipt(receipt, tmp_path / f"{variant}.pdf")
    _assert_inside_roll_margins(out)


@pytest.mark.usefixtures("qapp")
def test_roll_text_neither_overlaps_nor_starts_lines_with_punctuation(
    tmp_path: Path, make_card_receipt: MakeReceipt
) -> None:
    # A long address and reference wrap; a '，' must then stay on the line before.
    receipt = make_card_receipt(
        address="杭州市西湖区三墩镇西园八路，振华路交叉口，紫金港科技城创新创业园区，七号楼"
    )
    out = render_receipt(receipt, tmp_path / "r.pdf")
    _assert_inside_roll_margins(out)
    boxes = _glyphs(out)
    assert len(boxes) > 300
    _assert_no_overlap(boxes)
    lines = _lines(out)
    assert all(line[0] not in CJK_NO_LINE_START for line in lines if line), lines


@pytest.mark.usefixtures("qapp")
def test_extreme_receipt_wraps_instead_of_overlapping(
    tmp_path: Path, make_voided_receipt: MakeReceipt
) -> None:
    receipt = dataclasses.replace(extreme_receipt(make_voided_receipt), training=False)
    out = render_receipt(receipt, tmp_path / "x.pdf")
    text = _text(out)
    for expected in (
        "1,234,567.89123,456.781,358,024.67",
        "合计金额¥2,716,049.34",
        "人民币贰佰柒拾壹万陆仟零肆拾玖元叁角肆分",
        receipt.reference,
        receipt.address,
        receipt.void_reason,
        "补打（第12次）",
    ):
        assert expected in text, expected
    # Text under the 作废 stamp may overlap the stamp; nothing else may overlap.
    boxes = [(char, rect) for char, rect in _glyphs(out) if char not in "作废"]
    _assert_no_overlap(boxes)
    lines = _lines(out)
    assert all(line[0] not in CJK_NO_LINE_START for line in lines if line), lines


def test_roll_type_is_legible_on_a_thermal_head(
    tmp_path: Path, make_voided_receipt: MakeReceipt
) -> None:
    for path in (
        render_receipt(make_voided_receipt(reprint_count=1), tmp_path / "r.pdf"),
        render_void_slip(make_voided_receipt(), tmp_path / "s.pdf"),
    ):
        sizes = _font_sizes(path)
        assert sizes
        assert min(sizes) >= 8, sorted(set(sizes))


def test_roll_length_follows_the_content(tmp_path: Path, make_receipt: MakeReceipt) -> None:
    def height(receipt: Receipt) -> float:
        reader = PdfReader(render_receipt(receipt, tmp_path / "r.pdf"))
        assert len(reader.pages) == 1
        return float(reader.pages[0].mediabox.height)

    one = ReceiptLine("202609", "电费", Decimal("10.00"), Decimal("1.00"), Decimal("11.00"))
    short = height(make_receipt(lines=(one,)))
    normal = height(make_receipt())
    long = height(make_receipt(lines=(one,) * 30))
    assert short < normal < long
    # Each item takes two lines of about 12 pt.
    assert (long - short) / 29 == pytest.approx(2 * 12 + 2.5, abs=3)


@pytest.mark.parametrize(
    "render",
    [
        lambda r, p: render_receipt(r, p, "80mm"),
        lambda r, p: render_receipt(r, p, "A5"),
        render_void_slip,
    ],
    ids=["80mm", "A5", "void-slip"],
)
def test_only_the_shipped_font_is_embedded(
    tmp_path: Path, make_voided_receipt: MakeReceipt, render: Callable[..., Path]
) -> None:
    out = render(make_voided_receipt(reprint_count=1, training=True), tmp_path / "x.pdf")
    _assert_only_shipped_font(out)
    assert out.stat().st_size < 120_000


def test_a5_form(tmp_path: Path, make_card_receipt: MakeReceipt) -> None:
    out = render_receipt(make_card_receipt(reprint_count=1), tmp_path / "a5.pdf", layout="A5")
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (round(A5[0]), round(A5[1]))
    text = _text(out)
    for expected in (
        "收费凭证",
        "收据号：3301010220261015000123",
        "补打（第1次）",
        "收款时间2026-10-1509:41:07",
        "收款员/柜台李明（0231）/2号柜台",
        "户号330101001234户名张**",
        "序号应收年月项目本金(元)违约金(元)合计(元)",
        "12026年09月电费580.0011.58591.58",
        "22026年10月电费部分缴费200.000.00200.00",
        "3—预存电费300.000.00300.00",
        "合计（小写）¥1,211.58",
        "合计（大写）人民币壹仟贰佰壹拾壹元伍角捌分",
        "支付方式银行卡交易参考号：622848******1234参考号102615398820",
        "校验码7F3K9Q",
        "收款员：李明（0231）",
        "投诉监督电话：12398",
    ):
        assert expected in text, expected


def test_a5_with_many_items_continues_on_a_second_page(
    tmp_path: Path, make_receipt: MakeReceipt
) -> None:
    lines = tuple(
        ReceiptLine(
            f"20{year:02d}{month:02d}", "电费", Decimal("10.00"), Decimal("1.00"), Decimal("11.00")
        )
        for year in (24, 25)
        for month in range(1, 13)
    )
    out = render_receipt(make_receipt(lines=lines), tmp_path / "a5.pdf", layout="A5")
    reader = PdfReader(out)
    assert len(reader.pages) == 2
    second = re.sub(r"\s+", "", reader.pages[1].extract_text())
    assert "电费收据（续）收据号：3301010220261015000123" in second
    assert "序号应收年月项目" in second  # the header row repeated
    assert "投诉监督电话：12398" in second


def test_void_slip(tmp_path: Path, make_voided_receipt: MakeReceipt) -> None:
    out = render_void_slip(make_voided_receipt(), tmp_path / "slip.pdf")
    reader = PdfReader(out)
    assert reader.metadata is not None
    assert reader.metadata.title == "作废凭证 3301010220261015000123"
    text = _text(out)
    for expected in (
        "作废凭证",
        "原收据已作废",
        "收据号码保留，不再使用",
        "原收据号：3301010220261015000123",
        "原收款时间：2026-10-1509:41:07",
        "户号：330101001234",
        "户名：张**",
        "原收据金额¥1,234.50",
        "大写：人民币壹仟贰佰叁拾肆元伍角",
        "作废原因：客户重复缴费，当日退款",
        "作废时间：2026-10-1510:02:45",
        "授权人：王芳（0101）",
        "授权人签字：",
        "投诉监督电话：12398",
    ):
        assert expected in text, expected


@pytest.mark.usefixtures("qapp")
def test_void_slip_prints_inside_the_roll_margins(
    tmp_path: Path, make_voided_receipt: MakeReceipt
) -> None:
    out = render_void_slip(make_voided_receipt(training=True), tmp_path / "slip.pdf")
    _assert_inside_roll_margins(out)
    out = render_void_slip(make_voided_receipt(), tmp_path / "slip.pdf")
    _assert_no_overlap(_glyphs(out))


def test_void_slip_needs_a_voided_receipt(tmp_path: Path, make_receipt: MakeReceipt) -> None:
    with pytest.raises(ValueError, match="未作废"):
        render_void_slip(make_receipt(), tmp_path / "slip.pdf")
    assert not list(tmp_path.iterdir())


def test_unknown_layout_is_refused(tmp_path: Path, make_receipt: MakeReceipt) -> None:
    with pytest.raises(ValueError, match="未知的收据版式"):
        render_receipt(make_receipt(), tmp_path / "r.pdf", layout="58mm")
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("layout", ["80mm", "A5"])
def test_markup_characters_in_data_are_printed_as_is(
    tmp_path: Path, make_receipt: MakeReceipt, layout: str
) -> None:
    receipt = make_receipt(address="A&B 小区 <3> 号", reference="<ref> & 1", method="银行卡")
    text = _text(render_receipt(receipt, tmp_path / "r.pdf", layout))
    assert "A&B小区<3>号" in text
    assert "<ref>&1" in text


@pytest.mark.parametrize("layout", ["80mm", "A5"])
def test_write_is_atomic(tmp_path: Path, make_receipt: MakeReceipt, layout: str) -> None:
    target = tmp_path / "r.pdf"
    target.write_bytes(b"%PDF- previous receipt")
    broken = make_receipt(lines=None)  # fails while the content is laid out
    with pytest.raises(TypeError):
        render_receipt(broken, target, layout)
    assert target.read_bytes() == b"%PDF- previous receipt"
    assert [p.name for p in tmp_path.iterdir()] == ["r.pdf"]

    render_receipt(make_receipt(), target, layout)
    assert target.read_bytes().startswith(b"%PDF-1.")
    assert [p.name for p in tmp_path.iterdir()] == ["r.pdf"]
