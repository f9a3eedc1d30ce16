"""The notice for the hall's board (停电通知 / 服务公告), A4 portrait, rendered with ReportLab.

Read from a few steps away: a large heading, then the area, the time and the
reason in large type, the text, the 95598 hotline, and the hall's name, date
and notice number at the foot as a signed notice has them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from counter_app.printing.a5_layout import (
    ACCENT,
    GRID,
    MUTED,
    format_cn_date,
    grid_style,
    hall_document,
)
from counter_app.printing.a5_layout import blank as _blank
from counter_app.printing.a5_layout import p as _p
from counter_app.printing.files import write_atomically
from counter_app.printing.fonts import register_cjk_font
from counter_app.printing.watermark import draw_training_mark

PAGE_SIZE = A4
MARGIN_X = 22 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 16 * mm
CONTENT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X
OUTAGE_RED = colors.HexColor("#B00020")

OUTAGE_TITLE = "停电通知"
SERVICE_TITLE = "服务公告"
OUTAGE_LEAD = "尊敬的电力客户："
OUTAGE_SAFETY = (
    "停电期间请将线路和设备视为带电，切勿攀爬、触碰电力设施；恢复送电可能提前，请做好准备。"
)
APOLOGY = "由此给您带来的不便，敬请谅解。"


@dataclass(frozen=True)
class NoticeDocument:
    """What the printed notice says (services/announcements.notice_document fills it)."""

    hall_name: str
    hall_address: str
    hall_phone: str
    notice_no: str
    kind: str  # planned_outage / unplanned_outage / service
    kind_name: str  # 计划停电 / 故障停电 / 服务公告
    title: str  # the supervisor's own title, e.g. 人民路线路检修停电
    area: str
    period: str  # hall-local, e.g. 2026年6月10日 08:00 至 18:00
    reason: str
    body: str
    hotline: str  # 95598
    issued_on: date  # the day the notice was entered
    printed_at: datetime  # hall-local naive
    training: bool = False  # training mode: a "培训" watermark across the page

    @property
    def is_outage(self) -> bool:
        return self.kind != "service"

    @property
    def heading(self) -> str:
        return OUTAGE_TITLE if self.is_outage else SERVICE_TITLE


class _Styles:
    def __init__(self, font: str, colour: colors.Color) -> None:
        base = ParagraphStyle("base", fontName=font, fontSize=13, leading=20, wordWrap="CJK")
        self.font = font
        self.hall = ParagraphStyle("hall", base, fontSize=15, leading=20, alignment=TA_CENTER)
        self.heading = ParagraphStyle(
            "heading", base, fontSize=40, leading=50, alignment=TA_CENTER, textColor=colour
        )
        self.kind = ParagraphStyle(
            "kind", base, fontSize=13, leading=18, alignment=TA_CENTER, textColor=MUTED
        )
        self.title = ParagraphStyle("title", base, fontSize=18, leading=26, alignment=TA_CENTER)
        self.lead = ParagraphStyle("lead", base, fontSize=14, leading=22)
        self.label = ParagraphStyle("label", base, fontSize=14, leading=20, textColor=colour)
        self.value = ParagraphStyle("value", base, fontSize=16, leading=24)
        self.body = ParagraphStyle("body", base, firstLineIndent=26)
        self.hotline = ParagraphStyle(
            "hotline", base, fontSize=16, leading=24, alignment=TA_CENTER, textColor=ACCENT
        )
        self.sign = ParagraphStyle("sign", base, fontSize=14, leading=22, alignment=TA_RIGHT)
        self.footer = ParagraphStyle("footer", base, fontSize=8, leading=11, textColor=MUTED)


def render_notice(doc: NoticeDocument, path: Path) -> Path:
    """Render ``doc`` to a PDF at ``path`` (written atomically); return ``path``."""
    font = register_cjk_font()
    st = _Styles(font, OUTAGE_RED if doc.is_outage else ACCENT)

    def write(fh: BinaryIO) -> None:
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM + 8 * mm,
            CONTENT_WIDTH,
            PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM - 8 * mm,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )

        def on_page(canvas: Canvas, _doc: BaseDocTemplate) -> None:
            _decorate_page(canvas, doc, st)

        template = hall_document(
            fh,
            pagesize=PAGE_SIZE,
            font=font,
            title=f"{doc.heading} {doc.notice_no}",
            author=doc.hall_name,
            subject=doc.title,
            font_size=13,
        )
        template.addPageTemplates([PageTemplate(id="notice", frames=[frame], onPage=on_page)])
        template.build(_story(doc, st))

    return write_atomically(Path(path), write)


def _story(doc: NoticeDocument, st: _Styles) -> list[Flowable]:
    story: list[Flowable] = [
        _p(doc.hall_name, st.hall),
        Spacer(0, 4 * mm),
        _p(doc.heading, st.heading),
        _p(f"（{doc.kind_name}）", st.kind) if doc.is_outage else Spacer(0, 0),
        Spacer(0, 3 * mm),
        _p(doc.title, st.title),
        Spacer(0, 6 * mm),
    ]
    if doc.is_outage:
        story += [_p(OUTAGE_LEAD, st.lead), Spacer(0, 2 * mm)]
    story += [_facts(doc, st), Spacer(0, 6 * mm)]
    for paragraph in (line.strip() for line in doc.body.splitlines()):
        if paragraph:
            story += [_p(paragraph, st.body), Spacer(0, 2 * mm)]
    if doc.is_outage:
        story += [_p(OUTAGE_SAFETY, st.body), Spacer(0, 2 * mm), _p(APOLOGY, st.body)]
    story += [
        Spacer(0, 8 * mm),
        _p(f"如有疑问，请拨打供电服务热线 {doc.hotline}", st.hotline),
        Spacer(0, 12 * mm),
        _p(doc.hall_name, st.sign),
        _p(format_cn_date(doc.issued_on), st.sign),
        _p(f"编号：{doc.notice_no}", st.sign),
    ]
    return story


def _facts(doc: NoticeDocument, st: _Styles) -> Table:
    """Area, time, reason: the three things a customer looks for, in large type."""
    if doc.is_outage:
        labels = ("停电范围", "停电时间", "停电原因")
    else:
        labels = ("涉及范围", "公告时间", "事由")
    rows = [
        [_p(label, st.label), _p(value or "—", st.value)]
        for label, value in zip(labels, (doc.area, doc.period, doc.reason), strict=True)
        if value or label != labels[0]  # a service notice may concern no particular area
    ]
    table = Table(rows, colWidths=[30 * mm, CONTENT_WIDTH - 30 * mm])
    table.setStyle(TableStyle(grid_style(st.font, line=0.6, pad_x=6, pad_top=5, pad_bottom=7)))
    return table


def _decorate_page(canvas: Canvas, doc: NoticeDocument, st: _Styles) -> None:
    width, height = PAGE_SIZE
    if doc.training:
        # Drawn before the page's content, so the text stays readable over it.
        draw_training_mark(canvas, width, height, st.font, 160, drop=55)
    canvas.saveState()
    parts = [p for p in (doc.hall_address, doc.hall_phone and f"电话：{doc.hall_phone}") if p]
    parts.append(f"打印时间：{doc.printed_at:%Y-%m-%d %H:%M}")
    footer = Paragraph(f"{_blank(2)} ".join(escape(p) for p in parts), st.footer)
    footer.wrap(CONTENT_WIDTH, MARGIN_BOTTOM)
    canvas.setStrokeColor(GRID)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, MARGIN_BOTTOM + 6 * mm, width - MARGIN_X, MARGIN_BOTTOM + 6 * mm)
    footer.drawOn(canvas, MARGIN_X, MARGIN_BOTTOM)
    canvas.restoreState()
