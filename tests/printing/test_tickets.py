"""The queue ticket (排队号票) on the 80 mm roll."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from reportlab.lib.units import mm

from counter_app.domain.clock import HALL_TZ
from counter_app.printing.tickets import TicketSlip, people_ahead_text, render_ticket_slip
from counter_app.services import queue
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext

ROLL_WIDTH_PT = 226.77  # 80 mm
MARGIN_PT = 4 * mm

FOOTER = "请留意叫号，过号请重新取号。本号当日有效。办理完毕请对我们的服务作出评价。"


def slip(**changes: object) -> TicketSlip:
    values: dict[str, object] = {
        "hall_name": "国网杭州供电公司西湖区供电营业厅",
        "ticket_no": "A012",
        "category_name": "业扩报装/变更用电",
        "people_ahead": 3,
        "issued_at": datetime(2026, 9, 30, 9, 0, 12),
        "footer": FOOTER,
    }
    values.update(changes)
    return TicketSlip(**values)  # type: ignore[arg-type]


def text_of(path: Path) -> str:
    reader = PdfReader(path)
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in reader.pages))


def image_of(path: Path, scale: int = 3) -> QImage:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    size = document.pagePointSize(0)
    rendered = document.render(0, QSize(round(size.width() * scale), round(size.height() * scale)))
    document.close()
    image = QImage(rendered.size(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return image


def test_ticket_says_number_category_people_ahead_and_time(tmp_path: Path) -> None:
    out = render_ticket_slip(slip(), tmp_path / "ticket.pdf")
    assert out == tmp_path / "ticket.pdf"
    text = text_of(out)
    for part in (
        "国网杭州供电公司西湖区供电营业厅",
        "排队号票",
        "A012",
        "业扩报装/变更用电",
        "您前面还有3人等候",
        "取号时间：2026-09-3009:00:12",
        "过号请重新取号",
        "办理完毕请对我们的服务作出评价",
    ):
        assert part in text, part
    meta = PdfReader(out).metadata
    assert meta is not None and meta.title == "排队号票 A012"
    assert [p.name for p in tmp_path.iterdir()] == ["ticket.pdf"]  # no temporary file left


def test_nobody_ahead_and_no_footer(tmp_path: Path) -> None:
    out = render_ticket_slip(slip(people_ahead=0, footer="", ticket_no="C1000"), tmp_path / "t.pdf")
    text = text_of(out)
    assert "C1000" in text and "您前面没有人等候" in text
    assert "过号" not in text
    assert people_ahead_text(5) == "您前面还有 5 人等候"


def test_ticket_is_80mm_black_only_and_inside_the_margins(qapp: object, tmp_path: Path) -> None:
    out = render_ticket_slip(
        slip(hall_name="国网某某省某某市某某县供电公司某某镇供电营业厅（城东）"), tmp_path / "t.pdf"
    )
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) == pytest.approx(ROLL_WIDTH_PT, abs=0.01)
    assert 60 * mm < float(box.height) < 100 * mm  # as long as its content: a short slip

    scale = 3
    image = image_of(out, scale)
    left, right = int(MARGIN_PT * scale) - 1, int((ROLL_WIDTH_PT - MARGIN_PT) * scale) + 1
    top, bottom = int(MARGIN_PT * scale) - 1, image.height() - int(MARGIN_PT * scale) + 1
    ink_outside = []
    coloured = []
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if max(c.red(), c.green(), c.blue()) - min(c.red(), c.green(), c.blue()) > 8:
                coloured.append((x, y))
            inside = left <= x <= right and top <= y <= bottom
            if not inside and min(c.red(), c.green(), c.blue()) < 235:
                ink_outside.append((x, y))
    assert not coloured, coloured[:5]  # a thermal head prints black only
    assert not ink_outside, ink_outside[:5]


def test_issued_ticket_prints_from_the_service(
    ctx: AppContext, hall: tuple[HallInfo, UserInfo], tmp_path: Path
) -> None:
    ctx.clock = lambda: datetime(2026, 9, 30, 9, 0, 12, tzinfo=HALL_TZ)
    queue.issue_ticket(ctx, "B")
    queue.issue_ticket(ctx, "B")
    info = queue.issue_ticket(ctx, "B")
    document = queue.ticket_slip(ctx, info)
    assert document.hall_name == "城关供电营业厅"
    assert document.issued_at == datetime(2026, 9, 30, 9, 0, 12)  # the hall's wall time
    text = text_of(render_ticket_slip(document, tmp_path / "b003.pdf"))
    assert "B003" in text and "电费缴纳" in text and "您前面还有2人等候" in text
    assert "取号时间：2026-09-3009:00:12" in text
