"""The acceptance slip (业务受理回执) PDF."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRectF, QSize
from PySide6.QtPdf import QPdfDocument
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.pagesizes import A5

from counter_app.printing import slips
from counter_app.printing.documents import AcceptanceSlip
from counter_app.printing.fonts import CJK_NO_LINE_START
from counter_app.printing.slips import (
    format_cn_date,
    promise_text,
    qr_drawing,
    render_acceptance_slip,
)

MakeSlip = Callable[..., AcceptanceSlip]


def _text(path: Path) -> str:
    """All text of the PDF with white space removed (lines wrap anywhere in Chinese)."""
    reader = PdfReader(path)
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in reader.pages))


def test_slip_says_what_the_customer_needs(tmp_path: Path, make_slip: MakeSlip) -> None:
    slip = make_slip()
    out = render_acceptance_slip(slip, tmp_path / "slip.pdf")
    assert out == tmp_path / "slip.pdf"

    reader = PdfReader(out)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (round(A5[0]), round(A5[1]))
    assert reader.metadata is not None
    assert reader.metadata.title == "业务受理回执 330106250603000123"

    text = _text(out)
    for expected in (
        "国网杭州供电公司西湖区供电营业厅",
        "业务受理回执",
        "330106250603000123",
        "张**",
        "低压居民新装",
        "居民身份证330102********1234",
        "138****1234",
        "杭州市西湖区古荡街道文二西路18号3幢2单元501室",
        "2025年6月3日09:41",
        "李明（0231）/2号柜台",
        "✓居民身份证（原件）",
        "✓用电申请表",
        "办电环节",
        "时限(工作日)",
        "预计完成日期",
        "装表接电42025年6月10日",
        "承诺办结时限：5个工作日，预计2025年6月10日前完成",
        "请保持电话畅通",
        "客户签字",
        "投诉监督电话：12398",
        "杭州市西湖区文三路398号",
        "0571-87654321",
    ):
        assert expected in text, expected
    assert "待补资料" not in text
    assert "代办人" not in text
    assert "培训" not in text


def test_promise_line_and_date_format(make_slip: MakeSlip) -> None:
    assert format_cn_date(date(2025, 1, 2)) == "2025年1月2日"
    assert promise_text(make_slip()) == "承诺办结时限：5个工作日，预计 2025年6月10日 前完成"


def test_font_is_embedded_and_the_only_one(tmp_path: Path, make_slip: MakeSlip) -> None:
    out = render_acceptance_slip(make_slip(), tmp_path / "slip.pdf")
    reader = PdfReader(out)
    fonts = reader.pages[0]["/Resources"]["/Font"]
    base_fonts = [str(font.get_object()["/BaseFont"]) for font in fonts.values()]
    # No Helvetica/Times (unembedded, no Chinese glyphs) even as an unused resource.
    assert base_fonts
    assert all("WenQuanYiMicroHei" in name for name in base_fonts), base_fonts
    for font in fonts.values():
        descriptor = font.get_object()["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor  # TrueType outlines embedded
        assert str(descriptor["/FontName"]).startswith("/AAAAA")  # a subset
    assert out.stat().st_size < 120_000


def test_qr_drawing_holds_the_application_number() -> None:
    drawing = qr_drawing("330106250603000123")
    widget = drawing.contents[0]
    assert isinstance(widget, QrCodeWidget)
    assert widget.value == "330106250603000123"
    assert drawing.width == drawing.height == slips.QR_SIZE


@pytest.mark.usefixtures("qapp")
def test_qr_code_is_printed_top_right(tmp_path: Path, make_slip: MakeSlip) -> None:
    out = render_acceptance_slip(make_slip(), tmp_path / "slip.pdf")
    document = QPdfDocument()
    assert document.load(str(out)) == QPdfDocument.Error.None_
    image = document.render(0, QSize(420, 595))  # 72 dpi: one pixel per point
    document.close()

    def is_dark(x: int, y: int) -> bool:
        color = image.pixelColor(x, y)
        # Black, not the green rule under the header.
        return color.alpha() > 128 and max(color.red(), color.green(), color.blue()) < 100

    # The top right corner beside the title holds a square block of dark and
    # light modules, about QR_SIZE wide (less its quiet zone).
    right = int(A5[0] - slips.MARGIN_X) + 1
    corner = [
        (x, y)
        for x in range(right - int(slips.QR_SIZE) - 4, right)
        for y in range(int(slips.MARGIN_TOP), int(slips.MARGIN_TOP) + 80)
        if is_dark(x, y)
    ]
    xs, ys = [x for x, _ in corner], [y for _, y in corner]
    width, height = max(xs) - min(xs) + 1, max(ys) - min(ys) + 1
    assert abs(width - height) <= 2
    assert slips.QR_SIZE * 0.8 < width <= slips.QR_SIZE
    assert 0.3 < len(corner) / (width * height) < 0.7


def test_proxy_missing_documents_and_training(tmp_path: Path, make_long_slip: MakeSlip) -> None:
    out = render_acceptance_slip(make_long_slip(training=True), tmp_path / "slip.pdf")
    text = _text(out)
    assert "待补资料（共3项" in text
    for missing in ("□不动产权证书", "□建设工程规划许可证", "□环评批复文件"):
        assert missing in text
    assert "代办人王**" in text
    assert "客户（代办人）签字" in text
    assert "培训模式·非有效凭证" in text
    assert text.count("培训") >= 2  # the note under the title and the watermark
    assert "外部工程实施（设计审核、中间检查、竣工检验）10—" in text


def test_markup_characters_in_data_are_printed_as_is(tmp_path: Path, make_slip: MakeSlip) -> None:
    slip = make_slip(address="A&B 小区 <3> 号", notice="带上 <身份证> & 户口本")
    text = _text(render_acceptance_slip(slip, tmp_path / "slip.pdf"))
    assert "A&B小区<3>号" in text
    assert "带上<身份证>&户口本" in text


def test_write_is_atomic(tmp_path: Path, make_slip: MakeSlip) -> None:
    target = tmp_path / "slip.pdf"
    target.write_bytes(b"%PDF- previous slip")
    broken = make_slip(steps=None)  # fails while the story is built
    with pytest.raises(TypeError):
        render_acceptance_slip(broken, target)
    assert target.read_bytes() == b"%PDF- previous slip"
    assert [p.name for p in tmp_path.iterdir()] == ["slip.pdf"]

    render_acceptance_slip(make_slip(), target)
    assert target.read_bytes().startswith(b"%PDF-1.")
    assert [p.name for p in tmp_path.iterdir()] == ["slip.pdf"]


def test_overflow_continues_on_a_second_page(tmp_path: Path, make_long_slip: MakeSlip) -> None:
    documents = tuple(
        f"第{i}项：用电设备清单及相关证明材料（复印件加盖公章）" for i in range(1, 31)
    )
    out = render_acceptance_slip(make_long_slip(documents_received=documents), tmp_path / "x.pdf")
    reader = PdfReader(out)
    assert len(reader.pages) == 2
    first, second = (re.sub(r"\s+", "", page.extract_text()) for page in reader.pages)
    assert "（续）" not in first
    assert "业务受理回执（续）受理编号：330106250603000123" in second
    assert "客户（代办人）签字" in second
    for page in (first, second):
        assert "投诉监督电话：12398" in page
    text = first + second
    assert all(f"✓{name}" in text for name in documents)


def _glyph_boxes(path: Path) -> list[tuple[str, QRectF]]:
    """Every printed character with its ink box (points, origin top left), via pdfium."""
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    assert document.pageCount() == 1
    count = len(document.getAllText(0).text())
    boxes = []
    for index in range(count):
        selection = document.getSelectionAtIndex(0, index, 1)
        char, rect = selection.text(), selection.boundingRectangle()
        if char.strip() and rect.width() > 0:
            boxes.append((char, rect))
    document.close()
    return boxes


@pytest.mark.usefixtures("qapp")
def test_worst_case_fits_one_page_without_overlap(tmp_path: Path, make_long_slip: MakeSlip) -> None:
    slip = make_long_slip()
    out = render_acceptance_slip(slip, tmp_path / "long.pdf")
    assert len(PdfReader(out).pages) == 1

    text = _text(out)
    assert slip.address in text
    for name in slip.documents_received:
        assert f"✓{name}" in text
    assert "客户（代办人）签字" in text
    assert "投诉监督电话：12398" in text

    boxes = _glyph_boxes(out)
    assert len(boxes) > 500
    width, height = A5
    left, right = slips.MARGIN_X - 1, width - slips.MARGIN_X + 10  # a hanging '，' may pass
    for char, rect in boxes:
        assert left <= rect.left() and rect.right() <= right, (char, rect)
        assert rect.top() >= slips.MARGIN_TOP - 1 and rect.bottom() <= height - 5, (char, rect)
    # pdfium rounds ink boxes to whole points: neighbours may touch, never overlap.
    shrunk = [(char, rect.adjusted(0.6, 0.6, -0.6, -0.6)) for char, rect in boxes]
    shrunk.sort(key=lambda item: item[1].top())
    for i, (char, rect) in enumerate(shrunk):
        for other_char, other in shrunk[i + 1 :]:
            if other.top() > rect.bottom():
                break
            assert not rect.intersects(other), (char, rect, other_char, other)

    # No line of the page starts with punctuation that may not start a line.
    lines = _text_lines(out)
    assert all(line[0] not in CJK_NO_LINE_START for line in lines if line), lines


def _text_lines(path: Path) -> list[str]:
    document = QPdfDocument()
    document.load(str(path))
    text = document.getAllText(0).text()
    document.close()
    return [line.strip() for line in text.splitlines()]


def test_account_number_is_printed_when_given(tmp_path: Path, make_slip: MakeSlip) -> None:
    assert "户号" not in _text(render_acceptance_slip(make_slip(), tmp_path / "new.pdf"))

    slip = make_slip(business_name="低压居民更名", account_no="330101001234")
    text = _text(render_acceptance_slip(slip, tmp_path / "change.pdf"))
    assert "业务类型低压居民更名户号330101001234受理编号" in text


@pytest.mark.usefixtures("qapp")
def test_worst_case_with_account_number_still_fits(
    tmp_path: Path, make_long_slip: MakeSlip
) -> None:
    def with_account(**changes: object) -> AcceptanceSlip:
        return make_long_slip(account_no="330101001234", **changes)

    test_worst_case_fits_one_page_without_overlap(tmp_path, with_account)
    assert "户号330101001234" in _text(tmp_path / "long.pdf")
