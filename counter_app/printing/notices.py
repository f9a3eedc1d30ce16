"""The notice of missing documents (补正通知书), A5 portrait, rendered with ReportLab.

Given to the customer when an application is returned for documents: it
lists, all at once (一次性告知), what must still be brought, and says that the
time limit stops until then. It shares the acceptance slip's page, fonts,
colours and header (slips.py), so the two read as one hall's paperwork.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from counter_app.printing.a5_layout import (
    ACCENT,
    CONTENT_WIDTH,
    LABEL_BG,
    A5Styles,
    FillToBottom,
    boxed,
    customer_signature,
    field_table,
    format_cn_datetime,
    hex_colour,
    label_cell,
    no_padding,
    numbered_header,
    p,
    qr_drawing,
    two_sides,
    value_cell,
    write_numbered_paper,
)
from counter_app.printing.documents import CorrectionNotice
from counter_app.printing.fonts import register_cjk_font

TITLE = "补正通知书"
LEAD = "经审核，您的申请资料尚不齐全，现将需补正的全部资料一次性告知如下："
BRING_THIS = "补齐资料后请携带本通知书到营业厅办理。"

ITEM_RULE = colors.HexColor("#C8D2D0")  # faint rule between the missing documents


def render_correction_notice(notice: CorrectionNotice, path: Path) -> Path:
    """Render ``notice`` to a PDF at ``path`` (written atomically); return ``path``."""
    st = _NoticeStyles(register_cjk_font())
    return write_numbered_paper(
        path,
        notice,
        lambda: _story(notice, st),
        st,
        title=TITLE,
        number=notice.application_no,
        subject=notice.business_name,
        template_id="notice",
    )


class _NoticeStyles(A5Styles):
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
        numbered_header(
            st,
            notice.hall_name,
            TITLE,
            notice.application_no,
            notice.training,
            qr_drawing(notice.application_no),
        ),
        Spacer(0, 2 * mm),
        _info_table(notice, st),
        Spacer(0, 2 * mm),
        p(LEAD, st.lead),
        Spacer(0, 1.5 * mm),
        p(f"需补正的资料（共{len(notice.documents_missing)}项）", st.section),
        Spacer(0, 1 * mm),
        _numbered_list(notice.documents_missing, st),
    ]
    if notice.note.strip():
        # The clerk's line breaks are kept.
        note = "<br/>".join(escape(line.strip()) for line in notice.note.strip().splitlines())
        story += [
            Spacer(0, 1.5 * mm),
            Paragraph(f'<font color="{hex_colour(ACCENT)}">备注：</font>{note}', st.notice),
        ]
    story += [Spacer(0, 2 * mm), _deadline_box(notice, st)]
    signature = [Spacer(0, 3 * mm), _signature(notice, st)]
    story += [FillToBottom(signature), *signature]
    return story


def _info_table(notice: CorrectionNotice, st: _NoticeStyles) -> Table:
    def lab(text: str) -> Paragraph:
        return label_cell(text, st)

    def val(text: str) -> Paragraph:
        return value_cell(text, st)

    if notice.account_no:
        customer_row: list[object] = [
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
    extra: list[tuple[object, ...]] = [("SPAN", (1, 1), (3, 1)), ("SPAN", (1, 2), (3, 2))]
    if notice.account_no:
        extra.append(("BACKGROUND", (2, 0), (2, 0), LABEL_BG))
    else:
        extra.append(("SPAN", (1, 0), (3, 0)))
    return field_table(rows, 23 * mm, st.font, extra)


def _numbered_list(items: tuple[str, ...], st: _NoticeStyles) -> Table:
    """One item a row, its number hanging left; a faint rule between items."""
    number_w = 7 * mm
    rows = [
        [p(f"{number}.", st.number_mark), p(text, st.number_item)]
        for number, text in enumerate(items, start=1)
    ] or [["", p("—", st.number_item)]]
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
        cells.append(p(deadline, st.deadline))
        cells.append(Spacer(0, 0.8 * mm))
    cells.append(
        Paragraph(f'<font color="{hex_colour(ACCENT)}">{escape(BRING_THIS)}</font>', st.bring)
    )
    return boxed(cells, st.font)


def _signature(notice: CorrectionNotice, st: _NoticeStyles) -> Table:
    """Who returned it and when; below, the customer's signature and date (never split)."""
    clerk = two_sides(
        p(f"经办人：{notice.clerk}", st.sign),
        p(f"通知时间：{format_cn_datetime(notice.returned_at)}", st.sign_right),
        st.font,
    )
    customer = customer_signature("客户签字：", 17 * mm, st)
    block = Table([[[clerk, Spacer(0, 5 * mm), customer]]], colWidths=[CONTENT_WIDTH])
    block.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), st.font), *no_padding()]))
    return block
