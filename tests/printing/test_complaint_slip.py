"""The complaint acknowledgement slip (投诉受理回执) PDF."""

from __future__ import annotations

import dataclasses
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A5
from support import pdf_text

from counter_app.printing.complaint_slip import (
    CONTENT_LIMIT,
    SUMMARY_MARK,
    ComplaintSlip,
    deadline_text,
    render_complaint_slip,
    summarize,
)

NUMBER = "330101-TS20260930-001"
LONG_CONTENT = (
    "我于9月1日到营业厅申请低压居民新装，营业厅承诺5个工作日内装表接电，"
    "至今已过去三周仍未装表。其间多次打电话询问，均答复“正在安排”，"
    "家里装修已经完工却无法入住，老人和孩子只能借住亲戚家，严重影响生活；"
    "希望供电公司重视，不要再一拖再拖，也请说明到底是什么原因造成延误，"
    "今后如何避免同样的问题发生在其他客户身上。"
)


def sample(**changes: Any) -> ComplaintSlip:
    slip = ComplaintSlip(
        hall_name="国网杭州供电公司西湖区供电营业厅",
        hall_address="杭州市西湖区文三路398号",
        hall_phone="0571-87654321",
        hotline="12398",
        complaint_no=NUMBER,
        received_at=datetime(2026, 9, 30, 10, 5),
        channel="电话",
        category="办电时限",
        content="9月1日申请低压居民新装，承诺5个工作日装表，至今未装。",
        request="尽快装表接电，并说明延误原因。",
        customer_name="王**",
        phone="138****1234",
        account_no="330101000777",
        contact_due=date(2026, 10, 8),
        decision_due=date(2026, 10, 15),
        escalation="12398 能源监管热线",
        clerk="李明（0231）",
    )
    return dataclasses.replace(slip, **changes)


def _text(path: Path) -> str:
    """All text of the PDF with white space removed (lines wrap anywhere in Chinese)."""
    return pdf_text(path, squeeze=True)


def test_slip_says_number_deadlines_and_where_to_turn(tmp_path: Path) -> None:
    out = render_complaint_slip(sample(), tmp_path / "slip.pdf")
    assert out == tmp_path / "slip.pdf"
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (round(A5[0]), round(A5[1]))
    assert reader.metadata is not None and reader.metadata.title == f"投诉受理回执 {NUMBER}"

    text = _text(out)
    for expected in (
        "国网杭州供电公司西湖区供电营业厅",
        "投诉受理回执",
        f"受理编号：{NUMBER}",
        "受理时间2026年9月30日10:05",
        "受理渠道电话",
        "投诉类别办电时限",
        "户号330101000777",
        "客户王**",
        "联系电话138****1234",
        "反映问题9月1日申请低压居民新装，承诺5个工作日装表，至今未装。",
        "客户诉求尽快装表接电，并说明延误原因。",
        "我们将于2026年10月8日前与您联系，2026年10月15日前答复处理意见。",
        "您可拨打12398能源监管热线反映。",
        "请妥善保管本回执，查询处理进度时请提供受理编号。",
        "受理人：李明（0231）",
        "营业厅地址：杭州市西湖区文三路398号",
        "投诉监督电话：12398",
    ):
        assert expected in text, expected
    assert "王小明" not in text and "13812341234" not in text
    assert SUMMARY_MARK not in text


def test_deadline_sentence() -> None:
    assert deadline_text(sample()) == (
        "我们将于 2026年10月8日 前与您联系，2026年10月15日 前答复处理意见。"
    )


def test_long_content_is_summarised_politely_and_stays_on_one_page(tmp_path: Path) -> None:
    content = LONG_CONTENT * 3 + "\n第二段：" + LONG_CONTENT
    slip = sample(content=content, request=LONG_CONTENT, account_no="", customer_name="")
    out = render_complaint_slip(slip, tmp_path / "long.pdf")
    assert len(PdfReader(out).pages) == 1
    text = _text(out)
    assert re.sub(r"\s+", "", SUMMARY_MARK) in text
    assert "户号—" in text and "客户—" in text
    assert "2026年10月15日前答复处理意见" in text and "12398" in text


def test_summarize_cuts_at_a_clause_not_in_a_word() -> None:
    short = "一句话。"
    assert summarize(short, CONTENT_LIMIT) == short
    assert summarize("第一行\n  第二行  \n\n", 20) == "第一行 第二行"
    cut = summarize(LONG_CONTENT, CONTENT_LIMIT)
    assert cut.endswith(SUMMARY_MARK)
    kept = cut.removesuffix(SUMMARY_MARK)
    assert len(kept) <= CONTENT_LIMIT
    assert LONG_CONTENT.startswith(kept)
    # Ends where a clause ended, without the clause's own punctuation.
    assert LONG_CONTENT[len(kept)] in "。！？；，"
    # No clause end late enough: cut at the limit.
    assert summarize("很" * 30, 10) == "很" * 10 + SUMMARY_MARK


@pytest.mark.parametrize("field", ["content", "request", "customer_name", "hall_address"])
def test_markup_in_values_is_printed_as_text(tmp_path: Path, field: str) -> None:
    out = render_complaint_slip(sample(**{field: "A&B<1>"}), tmp_path / "x.pdf")
    assert "A&B<1>" in _text(out)


def test_written_atomically(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "slip.pdf"
    render_complaint_slip(sample(), target)
    render_complaint_slip(sample(complaint_no="330101-TS20260930-002"), target)
    assert "330101-TS20260930-002" in _text(target)
    assert [p.name for p in target.parent.iterdir()] == ["slip.pdf"]


def test_footer_prints_the_hotline_the_slip_carries(tmp_path: Path) -> None:
    """The 投诉监督电话 comes from the complaints rules with the document, not from printing."""
    text = _text(render_complaint_slip(sample(hotline="95598-1"), tmp_path / "other.pdf"))
    assert "投诉监督电话：95598-1" in text and "投诉监督电话：12398" not in text
