"""The notice for the hall's board (停电通知 / 服务公告) PDF."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from support import pdf_text

from counter_app.printing.announcement import NoticeDocument, render_notice

NUMBER = "330101-GG2026-001"


def sample(**changes: Any) -> NoticeDocument:
    doc = NoticeDocument(
        hall_name="城关供电营业厅",
        hall_address="城关镇人民路1号",
        hall_phone="0571-12345678",
        notice_no=NUMBER,
        kind="planned_outage",
        kind_name="计划停电",
        title="人民路10kV线路检修停电",
        area="人民路、解放街，城关镇东门村 东门1号台区",
        period="2026年6月10日 08:00 至 18:00",
        reason="10kV城关线设备检修",
        body="为保证电网安全运行，将对10kV城关线停电检修。",
        hotline="95598",
        issued_on=date(2026, 6, 1),
        printed_at=datetime(2026, 6, 1, 9, 30),
    )
    return dataclasses.replace(doc, **changes)


def _text(path: Path) -> str:
    """All text of the PDF with white space removed (lines wrap anywhere in Chinese)."""
    return pdf_text(path, squeeze=True)


def test_an_outage_notice_says_area_time_reason_and_hotline(tmp_path: Path) -> None:
    out = render_notice(sample(), tmp_path / "notice.pdf")
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (round(A4[0]), round(A4[1]))
    assert reader.metadata is not None and reader.metadata.title == f"停电通知 {NUMBER}"
    text = _text(out)
    for expected in (
        "城关供电营业厅",
        "停电通知",
        "（计划停电）",
        "人民路10kV线路检修停电",
        "停电范围人民路、解放街，城关镇东门村东门1号台区",
        "停电时间2026年6月10日08:00至18:00",
        "停电原因10kV城关线设备检修",
        "将对10kV城关线停电检修",
        "95598",
        "2026年6月1日",
        f"编号：{NUMBER}",
    ):
        assert expected in text
    assert "培训" not in text


def test_a_service_notice_has_its_own_heading_and_no_empty_area(tmp_path: Path) -> None:
    doc = sample(
        kind="service",
        kind_name="服务公告",
        title="端午节营业时间调整",
        area="",
        reason="端午节假期",
        body="假期内营业时间为9:00至15:00。",
    )
    text = _text(render_notice(doc, tmp_path / "service.pdf"))
    assert "服务公告" in text and "停电" not in text and "涉及范围" not in text
    assert "公告时间2026年6月10日" in text


def test_training_mode_marks_the_page_and_long_text_stays_on_the_page(tmp_path: Path) -> None:
    long_body = "\n".join(["检修期间请客户提前做好生产生活安排，注意用电安全。" * 3] * 6)
    out = render_notice(sample(training=True, body=long_body), tmp_path / "t.pdf")
    text = _text(out)
    assert "培训" in text and f"编号：{NUMBER}" in text
