"""The notice of missing documents (补正通知书), A5 portrait, rendered with ReportLab.

Given to the customer when an application is returned for documents: it
lists, all at once (一次性告知), what must still be brought, and says that the
time limit stops until then. It shares the acceptance slip's page, fonts,
colours and header (slips.py), so the two read as one hall's paperwork.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
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

from counter_app.printing.documents import CorrectionNotice
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
    PAGE_SIZE,
    QR_SIZE,
    SUPERVISION_HOTLINE,
    _blank,
    _FillToBottom,
    _hex,
    _p,
    _Styles,
    format_cn_datetime,
    qr_drawing,
)

TITLE = "补正通知书"
LEAD = "经审核，您的申请资料尚不齐全，现将需补正的全部资料一次性告知如下："
BRING_THIS = "补齐资料后请携带本通知书到营业厅办理。"

ITEM_RULE = colors.HexColor("#C8D2D0")  # faint rule between the missing documents


def render_correction_notice(notice: CorrectionNotice, path: Path) -> Path:
    """Render ``notice`` to a PDF at ``path`` (written atomically); return ``path``."""
    font = register_cjk_font()
    styles = _NoticeStyles(font)

    def write(fh: BinaryIO) -> None:
        footer = _footer(notice, styles)
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
            _decorate_page(canvas, doc, notice, styles, footer, footer_height)

        doc = BaseDocTemplate(
            fh,
            pagesize=PAGE_SIZE,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=f"{TITLE} {notice.application_no}",
            author=notice.hall_name,
            subject=f"{TITLE}（{notice.business_name}）",
            creator="柜台助手 Counter Assistant",
            lang="zh-CN",
            initialFontName=font,
            initialFontSize=9,
        )
        doc.addPageTemplates([PageTemplate(id="notice", frames=[frame], onPage=on_page)])
        doc.build(_story(notice, styles))

    return write_atomically(Path(path), write)


class _NoticeStyles(_Styles):
    """The slip's styles, and a few of the notice's own."""

    def __init__(self, font: str) -> None:
        super().__init__(font)
        self.lead = ParagraphStyle("lead", self.body, fontSize=9, leading=13)
        self.number_item = ParagraphStyle("numitem", self.body, fontSize=9, leading=11.5)
        self.number_mark = ParagraphStyle(
            "nummark", self.number_item, alignment=TA_RIGHT, textColor=ACCENT
        )
        self.deadline = ParagraphStyle("deadline", self.body, fontSize=9.5, leading=13)
        self.bring = ParagraphStyle("bring", self.body, fontSize=9.5, leading=13)


def _story(notice: CorrectionNotice, st: _NoticeStyles) -> list[Flowable]:
    story: list[Flowable] = [
        _header(notice, st),
        Spacer(0, 2 * mm),
        _info_table(notice, st),
        Spacer(0, 2 * mm),
        _p(LEAD, st.lead),
        Spacer(0, 1.5 * mm),
        _p(f"需补正的资料（共{len(notice.documents_missing)}项）", st.section),
        Spacer(0, 1 * mm),
        _numbered_list(notice.documents_missing, st),
    ]
    if notice.note.strip():
        # The clerk's line breaks are kept.
        note = "<br/>".join(escape(line.strip()) for line in notice.note.strip().splitlines())
        story += [
            Spacer(0, 1.5 * mm),
            Paragraph(f'<font color="{_hex(ACCENT)}">备注：</font>{note}', st.notice),
        ]
    story += [Spacer(0, 2 * mm), _deadline_box(notice, st)]
    signature = [Spacer(0, 3 * mm), _signature(notice, st)]
    story += [_FillToBottom(signature), *signature]
    return story


def _header(notice: CorrectionNotice, st: _NoticeStyles) -> Table:
    """Hall name; the title and the application number, its QR code at the right."""
    middle: list[Flowable] = [
        _p(TITLE, st.title),
        Spacer(0, 1 * mm),
        Paragraph(
            f'受理编号：<font size="12.5">{escape(notice.application_no)}</font>',
            st.number,
        ),
    ]
    if notice.training:
        middle.append(_p("培训模式 · 非有效凭证", st.training))
    side = QR_SIZE + 1 * mm
    table = Table(
        [[_p(notice.hall_name, st.hall), "", ""], ["", middle, qr_drawing(notice.application_no)]],
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


def _info_table(notice: CorrectionNotice, st: _NoticeStyles) -> Table:
    label_w = 23 * mm
    value_w = (CONTENT_WIDTH - 2 * label_w) / 2

    def lab(text: str) -> Paragraph:
        return _p(text, st.label)

    def val(text: str) -> Paragraph:
        return _p(text or "—", st.value)

    if notice.account_no:
        customer_row = [
            lab("客户名称"),
            val(notice.customer_name),
            lab("户号"),
            val(notice.account_no),
        ]
    else:
        customer_row = [lab("客户名称"), val(notice.customer_name), "", ""]
    rows = [
        customer_row,
        [lab("业务类型"), val(notice.business_name), "", ""],
        [lab("用电地址"), val(notice.address), "", ""],
    ]
    style: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), st.font),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (0, -1), LABEL_BG),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("SPAN", (1, 1), (3, 1)),
        ("SPAN", (1, 2), (3, 2)),
    ]
    if notice.account_no:
        style.append(("BACKGROUND", (2, 0), (2, 0), LABEL_BG))
    else:
        style.append(("SPAN", (1, 0), (3, 0)))
    table = Table(rows, colWidths=[label_w, value_w, label_w, value_w])
    table.setStyle(TableStyle(style))
    return table


def _numbered_list(items: tuple[str, ...], st: _NoticeStyles) -> Table:
    """One item a row, its number hanging left; a faint rule between items."""
    number_w = 7 * mm
    rows = [
        [_p(f"{number}.", st.number_mark), _p(text, st.number_item)]
        for number, text in enumerate(items, start=1)
    ] or [["", _p("—", st.number_item)]]
    table = Table(rows, colWidths=[number_w, CONTENT_WIDTH - number_w])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), st.font),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (1, 0), (1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 0.8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.4),
                ("LINEABOVE", (0, 1), (-1, -1), 0.4, ITEM_RULE),
            ]
        )
    )
    return table


def _deadline_box(notice: CorrectionNotice, st: _NoticeStyles) -> Table:
    """The time limit rule and what to do next, framed like the slip's promise."""
    cells: list[Flowable] = []
    deadline = notice.deadline_text.strip()
    if deadline:
        if deadline[-1] not in "。！？":
            deadline += "。"
        cells.append(_p(deadline, st.deadline))
        cells.append(Spacer(0, 0.8 * mm))
    cells.append(Paragraph(f'<font color="{_hex(ACCENT)}">{escape(BRING_THIS)}</font>', st.bring))
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


def _signature(notice: CorrectionNotice, st: _NoticeStyles) -> Table:
    """Who returned it and when; below, the customer's signature and date (never split)."""
    clerk = Table(
        [
            [
                _p(f"经办人：{notice.clerk}", st.sign),
                _p(f"通知时间：{format_cn_datetime(notice.returned_at)}", st.sign_right),
            ]
        ],
        colWidths=[CONTENT_WIDTH / 2, CONTENT_WIDTH / 2],
    )
    clerk.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), st.font),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    when = f"日期：{_blank(3)}年{_blank(2)}月{_blank(2)}日"
    label_w, date_w = 17 * mm, 48 * mm
    customer = Table(
        [[_p("客户签字：", st.sign), "", Paragraph(when, st.sign_right)]],
        colWidths=[label_w, CONTENT_WIDTH - label_w - date_w, date_w],
    )
    customer.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), st.font),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("LINEBELOW", (1, 0), (1, 0), 0.6, colors.black),
            ]
        )
    )
    block = Table([[[clerk, Spacer(0, 5 * mm), customer]]], colWidths=[CONTENT_WIDTH])
    block.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), st.font),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return block


def _footer(notice: CorrectionNotice, st: _NoticeStyles) -> Paragraph:
    parts = []
    if notice.hall_address:
        parts.append(f"营业厅地址：{escape(notice.hall_address)}")
    if notice.hall_phone:
        parts.append(f"服务电话：{escape(notice.hall_phone)}")
    parts.append(f"投诉监督电话：{SUPERVISION_HOTLINE}")
    # Separators are breakable: a long address may wrap the footer to two lines.
    return Paragraph(f"{_blank(1)} ".join(parts), st.footer)


def _decorate_page(
    canvas: Canvas,
    doc: BaseDocTemplate,
    notice: CorrectionNotice,
    st: _NoticeStyles,
    footer: Paragraph,
    footer_height: float,
) -> None:
    width, height = PAGE_SIZE
    canvas.saveState()
    if notice.training:
        # Drawn before the page's content, so the text stays readable over it.
        canvas.setFillColor(colors.Color(0.85, 0.1, 0.1, alpha=0.10))
        canvas.setFont(st.font, 110)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(35)
        canvas.drawCentredString(0, -38, "培训")
        canvas.rotate(-35)
        canvas.translate(-width / 2, -height / 2)
    if doc.page > 1:
        cont = _p(f"{TITLE}（续）　受理编号：{notice.application_no}", st.continued)
        cont.wrap(CONTENT_WIDTH, MARGIN_TOP)
        cont.drawOn(canvas, MARGIN_X, height - MARGIN_TOP + 1.5 * mm)
    rule_y = MARGIN_BOTTOM + footer_height + 1.5 * mm
    canvas.setStrokeColor(GRID)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, rule_y, width - MARGIN_X, rule_y)
    footer.drawOn(canvas, MARGIN_X, MARGIN_BOTTOM)
    canvas.restoreState()
