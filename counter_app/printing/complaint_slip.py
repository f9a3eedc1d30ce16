"""The complaint acknowledgement slip (投诉受理回执), A5 portrait, rendered with ReportLab.

Handed to the customer when a complaint or opinion is taken: its number (with
a QR code), what was received and when, the two deadlines as dates, and where
to turn if they are not met (12398). It shares the acceptance slip's page,
fonts, colours and footer (slips.py), so the hall's paperwork reads as one.

Personal data arrives already masked; the renderer prints what it is given.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

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

from counter_app.printing.files import write_atomically
from counter_app.printing.fonts import register_cjk_font
from counter_app.printing.slips import (
    ACCENT,
    CONTENT_WIDTH,
    GRID,
    LABEL_BG,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_SIZE,
    QR_SIZE,
    SUPERVISION_HOTLINE,
    _blank,
    _FillToBottom,
    _hex,
    _p,
    _Styles,
    format_cn_date,
    format_cn_datetime,
    qr_drawing,
)
from counter_app.printing.watermark import draw_training_mark

TITLE = "投诉受理回执"
LEAD = "您反映的问题我们已经受理，将按以下时限与您联系并答复处理意见。"
KEEP_THIS = "请妥善保管本回执，查询处理进度时请提供受理编号。"
# How much of the customer's words the slip repeats; the whole text stays on record.
CONTENT_LIMIT = 150
REQUEST_LIMIT = 80
SUMMARY_MARK = "……（摘要，完整内容已登记在案）"


@dataclass(frozen=True)
class ComplaintSlip:
    """What the acknowledgement slip says; names and phones already masked."""

    hall_name: str
    hall_address: str
    hall_phone: str
    complaint_no: str
    received_at: datetime  # hall-local naive time, as printed
    channel: str  # 受理渠道
    category: str  # 投诉类别
    content: str  # what the customer reported, as recorded (summarised on the slip)
    request: str  # what the customer asks for; may be empty
    customer_name: str  # masked, e.g. 张**; may be empty
    phone: str  # masked, e.g. 138****1234; may be empty
    account_no: str  # 户号; may be empty
    contact_due: date  # we contact the customer by this date
    decision_due: date  # and reply with a decision by this one
    escalation: str  # e.g. "12398 能源监管热线" (resources/complaints.toml)
    clerk: str  # name and staff number, e.g. 李明（0231）
    training: bool = False  # training mode: a 培训 mark across the page


def summarize(text: str, limit: int) -> str:
    """The text on one run (line breaks become spaces), cut politely past ``limit``."""
    flat = " ".join(line.strip() for line in text.strip().splitlines() if line.strip())
    if len(flat) <= limit:
        return flat
    head = flat[:limit]
    # End on a sentence or a clause when one ends late enough, not in a word.
    cut = max(head.rfind(mark) for mark in "。！？；，")
    if cut >= limit * 0.6:
        head = head[: cut + 1]
    return head.rstrip(" 。！？，、；：,;:") + SUMMARY_MARK


def deadline_text(slip: ComplaintSlip) -> str:
    """The promise, as printed (plain text)."""
    return (
        f"我们将于 {format_cn_date(slip.contact_due)} 前与您联系，"
        f"{format_cn_date(slip.decision_due)} 前答复处理意见。"
    )


def escalation_text(slip: ComplaintSlip) -> str:
    return f"如未按时得到联系或答复，或对处理结果不满意，您可拨打 {slip.escalation} 反映。"


def render_complaint_slip(slip: ComplaintSlip, path: Path) -> Path:
    """Render ``slip`` to a PDF at ``path`` (written atomically); return ``path``."""
    font = register_cjk_font()
    styles = _SlipStyles(font)

    def write(fh: BinaryIO) -> None:
        footer = _footer(slip, styles)
        _, footer_height = footer.wrap(CONTENT_WIDTH, PAGE_SIZE[1])
        frame_bottom = MARGIN_BOTTOM + footer_height + 4 * mm
        frame = Frame(
            MARGIN_X,
            frame_bottom,
            CONTENT_WIDTH,
            PAGE_SIZE[1] - MARGIN_TOP - frame_bottom,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )

        def on_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
            _decorate_page(canvas, doc, slip, styles, footer, footer_height)

        doc = BaseDocTemplate(
            fh,
            pagesize=PAGE_SIZE,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=f"{TITLE} {slip.complaint_no}",
            author=slip.hall_name,
            subject=f"{TITLE}（{slip.category}）",
            creator="柜台助手 Counter Assistant",
            lang="zh-CN",
            initialFontName=font,
            initialFontSize=9,
        )
        doc.addPageTemplates([PageTemplate(id="complaint", frames=[frame], onPage=on_page)])
        doc.build(_story(slip, styles))

    return write_atomically(Path(path), write)


class _SlipStyles(_Styles):
    def __init__(self, font: str) -> None:
        super().__init__(font)
        self.lead = ParagraphStyle("lead", self.body, fontSize=9, leading=13)
        self.text = ParagraphStyle("text", self.body, fontSize=9, leading=13)
        self.promise = ParagraphStyle("promise2", self.body, fontSize=10.5, leading=15)
        self.escalation = ParagraphStyle("escalation", self.body, fontSize=8.5, leading=12)
        self.keep = ParagraphStyle("keep", self.body, fontSize=8, leading=11, textColor=MUTED)


def _story(slip: ComplaintSlip, st: _SlipStyles) -> list[Flowable]:
    story: list[Flowable] = [
        _header(slip, st),
        Spacer(0, 2 * mm),
        _info_table(slip, st),
        Spacer(0, 2.5 * mm),
        _p("反映问题", st.section),
        Spacer(0, 1 * mm),
        _p(summarize(slip.content, CONTENT_LIMIT), st.text),
    ]
    if slip.request.strip():
        story += [
            Spacer(0, 2 * mm),
            _p("客户诉求", st.section),
            Spacer(0, 1 * mm),
            _p(summarize(slip.request, REQUEST_LIMIT), st.text),
        ]
    story += [
        Spacer(0, 3 * mm),
        _p(LEAD, st.lead),
        Spacer(0, 1.5 * mm),
        _promise_box(slip, st),
        Spacer(0, 1.5 * mm),
        _p(KEEP_THIS, st.keep),
    ]
    signature = [Spacer(0, 4 * mm), _signature(slip, st)]
    story += [_FillToBottom(signature), *signature]
    return story


def _header(slip: ComplaintSlip, st: _SlipStyles) -> Table:
    """Hall name; the title and the number, large, with its QR code at the right."""
    middle: list[Flowable] = [
        _p(TITLE, st.title),
        Spacer(0, 1.5 * mm),
        Paragraph(
            f'受理编号：<font size="14">{escape(slip.complaint_no)}</font>',
            ParagraphStyle("bignumber", st.number, leading=17),
        ),
    ]
    side = QR_SIZE + 1 * mm
    table = Table(
        [[_p(slip.hall_name, st.hall), "", ""], ["", middle, qr_drawing(slip.complaint_no)]],
        colWidths=[side, CONTENT_WIDTH - 2 * side, side],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), st.font),
                ("SPAN", (0, 0), (-1, 0)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (2, 1), (2, 1), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 1 * mm),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 1.5 * mm),
                ("LINEBELOW", (0, 1), (-1, 1), 1.2, ACCENT),
            ]
        )
    )
    return table


def _info_table(slip: ComplaintSlip, st: _SlipStyles) -> Table:
    label_w = 20 * mm
    value_w = (CONTENT_WIDTH - 2 * label_w) / 2

    def lab(text: str) -> Paragraph:
        return _p(text, st.label)

    def val(text: str) -> Paragraph:
        return _p(text or "—", st.value)

    rows = [
        [
            lab("受理时间"),
            val(format_cn_datetime(slip.received_at)),
            lab("受理渠道"),
            val(slip.channel),
        ],
        [lab("投诉类别"), val(slip.category), lab("户号"), val(slip.account_no)],
        [lab("客户"), val(slip.customer_name), lab("联系电话"), val(slip.phone)],
    ]
    table = Table(rows, colWidths=[label_w, value_w, label_w, value_w])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), st.font),
                ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                ("BACKGROUND", (0, 0), (0, -1), LABEL_BG),
                ("BACKGROUND", (2, 0), (2, -1), LABEL_BG),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    return table


def _promise_box(slip: ComplaintSlip, st: _SlipStyles) -> Table:
    accent = _hex(ACCENT)
    promise = (
        f'我们将于 <font color="{accent}">{format_cn_date(slip.contact_due)}</font> 前与您联系，'
        f'<font color="{accent}">{format_cn_date(slip.decision_due)}</font> 前答复处理意见。'
    )
    cells: list[Flowable] = [
        Paragraph(promise, st.promise),
        Spacer(0, 1 * mm),
        _p(escalation_text(slip), st.escalation),
    ]
    table = Table([[cells]], colWidths=[CONTENT_WIDTH])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), st.font),
                ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _signature(slip: ComplaintSlip, st: _SlipStyles) -> Table:
    table = Table(
        [
            [
                _p(f"受理人：{slip.clerk}", st.sign),
                _p("受理单位（盖章）", st.sign_right),
            ]
        ],
        colWidths=[CONTENT_WIDTH / 2, CONTENT_WIDTH / 2],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), st.font),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def _footer(slip: ComplaintSlip, st: _SlipStyles) -> Paragraph:
    parts = []
    if slip.hall_address:
        parts.append(f"营业厅地址：{escape(slip.hall_address)}")
    if slip.hall_phone:
        parts.append(f"服务电话：{escape(slip.hall_phone)}")
    parts.append(f"投诉监督电话：{SUPERVISION_HOTLINE}")
    return Paragraph(f"{_blank(1)} ".join(parts), st.footer)


def _decorate_page(
    canvas: Canvas,
    doc: BaseDocTemplate,
    slip: ComplaintSlip,
    st: _SlipStyles,
    footer: Paragraph,
    footer_height: float,
) -> None:
    width, height = PAGE_SIZE
    if slip.training:
        draw_training_mark(canvas, width, height, st.font)
    canvas.saveState()
    if doc.page > 1:
        cont = _p(f"{TITLE}（续）　受理编号：{slip.complaint_no}", st.continued)
        cont.wrap(CONTENT_WIDTH, MARGIN_TOP)
        cont.drawOn(canvas, MARGIN_X, height - MARGIN_TOP + 1.5 * mm)
    rule_y = MARGIN_BOTTOM + footer_height + 1.5 * mm
    canvas.setStrokeColor(GRID)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, rule_y, width - MARGIN_X, rule_y)
    footer.drawOn(canvas, MARGIN_X, MARGIN_BOTTOM)
    canvas.restoreState()
