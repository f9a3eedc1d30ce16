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
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from counter_app.printing.a5_layout import (
    ACCENT,
    LABEL_BG,
    MUTED,
    QR_SIZE,
    A5Styles,
    FillToBottom,
    boxed,
    field_table,
    format_cn_date,
    format_cn_datetime,
    header_table,
    hex_colour,
    label_cell,
    p,
    qr_drawing,
    two_sides,
    value_cell,
    write_numbered_paper,
)
from counter_app.printing.fonts import register_cjk_font

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
    hotline: str  # 投诉监督电话 in the footer: the number escalation begins with
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
    st = _SlipStyles(register_cjk_font())
    return write_numbered_paper(
        path,
        slip,
        lambda: _story(slip, st),
        st,
        title=TITLE,
        number=slip.complaint_no,
        subject=slip.category,
        template_id="complaint",
        mark_drop=None,
    )


class _SlipStyles(A5Styles):
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
        p("反映问题", st.section),
        Spacer(0, 1 * mm),
        p(summarize(slip.content, CONTENT_LIMIT), st.text),
    ]
    if slip.request.strip():
        story += [
            Spacer(0, 2 * mm),
            p("客户诉求", st.section),
            Spacer(0, 1 * mm),
            p(summarize(slip.request, REQUEST_LIMIT), st.text),
        ]
    story += [
        Spacer(0, 3 * mm),
        p(LEAD, st.lead),
        Spacer(0, 1.5 * mm),
        _promise_box(slip, st),
        Spacer(0, 1.5 * mm),
        p(KEEP_THIS, st.keep),
    ]
    signature = [Spacer(0, 4 * mm), _signature(slip, st)]
    story += [FillToBottom(signature), *signature]
    return story


def _header(slip: ComplaintSlip, st: _SlipStyles) -> Table:
    """Hall name; the title and the number, large, with its QR code at the right."""
    middle: list[Flowable] = [
        p(TITLE, st.title),
        Spacer(0, 1.5 * mm),
        Paragraph(
            f'受理编号：<font size="14">{escape(slip.complaint_no)}</font>',
            ParagraphStyle("bignumber", st.number, leading=17),
        ),
    ]
    hall = p(slip.hall_name, st.hall)
    return header_table(hall, middle, qr_drawing(slip.complaint_no), QR_SIZE + 1 * mm, st.font)


def _info_table(slip: ComplaintSlip, st: _SlipStyles) -> Table:
    def lab(text: str) -> Paragraph:
        return label_cell(text, st)

    def val(text: str) -> Paragraph:
        return value_cell(text, st)

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
    return field_table(rows, 20 * mm, st.font, [("BACKGROUND", (2, 0), (2, -1), LABEL_BG)])


def _promise_box(slip: ComplaintSlip, st: _SlipStyles) -> Table:
    accent = hex_colour(ACCENT)
    promise = (
        f'我们将于 <font color="{accent}">{format_cn_date(slip.contact_due)}</font> 前与您联系，'
        f'<font color="{accent}">{format_cn_date(slip.decision_due)}</font> 前答复处理意见。'
    )
    cells: list[Flowable] = [
        Paragraph(promise, st.promise),
        Spacer(0, 1 * mm),
        p(escalation_text(slip), st.escalation),
    ]
    return boxed(cells, st.font)


def _signature(slip: ComplaintSlip, st: _SlipStyles) -> Table:
    left = p(f"受理人：{slip.clerk}", st.sign)
    return two_sides(left, p("受理单位（盖章）", st.sign_right), st.font, bottom=1)
