"""The notice of missing documents (补正通知书) PDF."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRectF
from PySide6.QtPdf import QPdfDocument
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A5

from counter_app.printing import notices, slips
from counter_app.printing.documents import CorrectionNotice
from counter_app.printing.fonts import CJK_NO_LINE_START
from counter_app.printing.notices import render_correction_notice

MakeNotice = Callable[..., CorrectionNotice]


def _text(path: Path) -> str:
    """All text of the PDF with white space removed (lines wrap anywhere in Chinese)."""
    reader = PdfReader(path)
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in reader.pages))


def test_notice_says_what_the_customer_needs(tmp_path: Path, make_notice: MakeNotice) -> None:
    notice = make_notice()
    out = render_correction_notice(notice, tmp_path / "notice.pdf")
    assert out == tmp_path / "notice.pdf"

    reader = PdfReader(out)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (round(A5[0]), round(A5[1]))
    assert reader.metadata is not None
    assert reader.metadata.title == "补正通知书 330106250605000456"

    text = _text(out)
    for expected in (
        "国网杭州供电公司西湖区供电营业厅",
        "补正通知书",
        "受理编号：330106250605000456",
        "客户名称张**",
        "户号330101001234",
        "业务类型低压居民更名",
        "用电地址杭州市西湖区古荡街道文二西路18号3幢2单元501室",
        "现将需补正的全部资料一次性告知如下",
        "需补正的资料（共3项）",
        "1.不动产权证书（原件）",
        "2.原户主身份证复印件",
        "3.更名协议（双方签字）",
        "备注：不动产权证书上的权利人须与新户名一致；如为共有产权，请提供其他共有人同意书。",
        # The sentence gets its full stop.
        "请于补齐资料后到营业厅办理，补正期间不计入供电企业办理时限。",
        "补齐资料后请携带本通知书到营业厅办理。",
        "经办人：李明（0231）",
        "通知时间：2025年6月5日14:20",
        "客户签字",
        "营业厅地址：杭州市西湖区文三路398号",
        "服务电话：0571-87654321",
        "投诉监督电话：12398",
    ):
        assert expected in text, expected
    assert "培训" not in text
    assert "（续）" not in text


def test_new_connection_has_no_account_row_and_no_empty_remark(
    tmp_path: Path, make_notice: MakeNotice
) -> None:
    notice = make_notice(account_no="", note="  ", deadline_text="补正期间不计入办理时限！")
    text = _text(render_correction_notice(notice, tmp_path / "notice.pdf"))
    assert "户号" not in text
    assert "备注" not in text
    assert "客户名称张**业务类型" in text
    assert "补正期间不计入办理时限！补齐资料后" in text  # no full stop added after '！'


def test_font_is_embedded_and_the_only_one(tmp_path: Path, make_long_notice: MakeNotice) -> None:
    out = render_correction_notice(make_long_notice(), tmp_path / "notice.pdf")
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


def test_qr_code_holds_the_application_number(
    tmp_path: Path, make_notice: MakeNotice, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn: list[str] = []

    def recording_qr(value: str, size: float = slips.QR_SIZE) -> Drawing:
        drawn.append(value)
        return slips.qr_drawing(value, size)

    monkeypatch.setattr(notices, "qr_drawing", recording_qr)
    render_correction_notice(make_notice(), tmp_path / "notice.pdf")
    assert drawn == ["330106250605000456"]


def _glyphs_and_lines(path: Path) -> tuple[list[tuple[str, QRectF]], list[str]]:
    """Every printed character with its ink box (points, origin top left), and the
    text lines, via pdfium."""
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
    lines = [line.strip() for line in document.getAllText(0).text().splitlines()]
    document.close()
    return boxes, lines


@pytest.mark.usefixtures("qapp")
def test_ten_long_documents_fit_one_page_without_overlap(
    tmp_path: Path, make_long_notice: MakeNotice
) -> None:
    # Training mode's note under the title takes a line more.
    training = render_correction_notice(make_long_notice(training=True), tmp_path / "t.pdf")
    assert len(PdfReader(training).pages) == 1
    assert "培训模式·非有效凭证" in _text(training)

    # The layout is checked without the watermark, which lies under the text on purpose.
    notice = make_long_notice()
    out = render_correction_notice(notice, tmp_path / "long.pdf")
    assert len(PdfReader(out).pages) == 1

    text = _text(out)
    assert notice.address in text
    assert "户号330101001234" in text
    assert "需补正的资料（共10项）" in text
    for number, name in enumerate(notice.documents_missing, start=1):
        assert f"{number}.{name}" in text
    for expected in ("备注：", "补齐资料后请携带本通知书", "客户签字", "12398"):
        assert expected in text

    boxes, lines = _glyphs_and_lines(out)
    assert len(boxes) > 700
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
    assert all(line[0] not in CJK_NO_LINE_START for line in lines if line), lines


def test_training_mode(tmp_path: Path, make_notice: MakeNotice) -> None:
    text = _text(render_correction_notice(make_notice(training=True), tmp_path / "n.pdf"))
    assert "培训模式·非有效凭证" in text
    assert text.count("培训") >= 2  # the note under the title and the watermark


def test_markup_characters_in_data_are_printed_as_is(
    tmp_path: Path, make_notice: MakeNotice
) -> None:
    notice = make_notice(
        address="A&B 小区 <3> 号",
        documents_missing=("<委托书> & 身份证",),
        note="带上 <原件> & 复印件",
    )
    text = _text(render_correction_notice(notice, tmp_path / "notice.pdf"))
    assert "A&B小区<3>号" in text
    assert "1.<委托书>&身份证" in text
    assert "带上<原件>&复印件" in text


def test_write_is_atomic(tmp_path: Path, make_notice: MakeNotice) -> None:
    target = tmp_path / "notice.pdf"
    target.write_bytes(b"%PDF- previous notice")
    broken = make_notice(documents_missing=None)  # fails while the story is built
    with pytest.raises(TypeError):
        render_correction_notice(broken, target)
    assert target.read_bytes() == b"%PDF- previous notice"
    assert [p.name for p in tmp_path.iterdir()] == ["notice.pdf"]

    render_correction_notice(make_notice(), target)
    assert target.read_bytes().startswith(b"%PDF-1.")
    assert [p.name for p in tmp_path.iterdir()] == ["notice.pdf"]


def test_overflow_continues_on_a_second_page(tmp_path: Path, make_long_notice: MakeNotice) -> None:
    documents = tuple(
        f"第{i}项：用电设备清单及相关证明材料（复印件加盖公章）" for i in range(1, 41)
    )
    out = render_correction_notice(
        make_long_notice(documents_missing=documents), tmp_path / "x.pdf"
    )
    reader = PdfReader(out)
    assert len(reader.pages) == 2
    first, second = (re.sub(r"\s+", "", page.extract_text()) for page in reader.pages)
    assert "（续）" not in first
    assert "补正通知书（续）受理编号：330106250605000456" in second
    assert "客户签字" in second
    for page in (first, second):
        assert "投诉监督电话：12398" in page
    text = first + second
    assert all(f"{number}.{name}" in text for number, name in enumerate(documents, start=1))
