"""The receipt as an A5 form (the ``"A5"`` layout): the content of receipt.py in
tables, on the acceptance slip's page (a5_layout.py)."""

from __future__ import annotations

import functools
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from counter_app.domain.money import format_amount
from counter_app.printing.a5_layout import (
    ACCENT,
    GRID,
    LABEL_BG,
    MUTED,
    boxed,
    build_a5,
    header_table,
    label_cell,
    two_sides,
    value_cell,
)
from counter_app.printing.a5_layout import CONTENT_WIDTH as A5_CONTENT_WIDTH
from counter_app.printing.a5_layout import p as _p
from counter_app.printing.documents import Receipt
from counter_app.printing.fonts import register_cjk_font
from counter_app.printing.receipt_content import (
    KEEP_NOTE,
    TRAINING_NOTE,
    footer_parts,
    format_bill_month,
    format_time,
    payment_rows,
    qr_flowable,
    qr_payload,
    receipt_title,
    reprint_mark,
    void_rows,
    words,
    yuan,
)
from counter_app.printing.void_stamp import STAMP_RED, VOID_MARK, draw_void_stamp

# A5 form: the acceptance slip's page (a5_layout.py), a larger QR code.
A5_QR_SIZE = 19 * mm
# Room between parts of a line in markup: Paragraph collapses ordinary and
# ideographic spaces alike; no-break spaces keep their width.
_GAP = "&nbsp;" * 6 + " "


class _FormStyles:
    def __init__(self, font: str) -> None:
        base = ParagraphStyle("form", fontName=font, fontSize=9, leading=12, wordWrap="CJK")
        self.font = font
        self.hall = ParagraphStyle("f_hall", base, fontSize=11, leading=14, alignment=TA_CENTER)
        self.title = ParagraphStyle(
            "f_title", base, fontSize=18, leading=23, alignment=TA_CENTER, textColor=ACCENT
        )
        self.number = ParagraphStyle("f_number", base, fontSize=10, leading=14, alignment=TA_CENTER)
        self.training = ParagraphStyle(
            "f_training", base, fontSize=8, leading=10, alignment=TA_CENTER, textColor=colors.red
        )
        self.mark = ParagraphStyle(
            "f_mark", base, fontSize=12, leading=15, alignment=TA_CENTER, textColor=STAMP_RED
        )
        self.label = ParagraphStyle("f_label", base, fontSize=8.5, leading=11.5, textColor=MUTED)
        self.value = ParagraphStyle("f_value", base, fontSize=9, leading=12)
        self.head = ParagraphStyle(
            "f_head", base, fontSize=8.5, leading=11, alignment=TA_CENTER, textColor=MUTED
        )
        self.cell = ParagraphStyle("f_cell", base, fontSize=9, leading=12)
        self.cell_center = ParagraphStyle("f_cellc", self.cell, alignment=TA_CENTER)
        self.cell_right = ParagraphStyle("f_cellr", self.cell, alignment=TA_RIGHT)
        self.cell_note = ParagraphStyle(
            "f_celln", self.cell, fontSize=8, leading=10, textColor=MUTED
        )
        self.total_label = ParagraphStyle("f_totall", base, fontSize=9, leading=12)
        self.total = ParagraphStyle("f_total", base, fontSize=12, leading=15)
        self.words = ParagraphStyle("f_words", base, fontSize=10.5, leading=14)
        self.void_head = ParagraphStyle(
            "f_voidh", base, fontSize=11, leading=14, textColor=STAMP_RED
        )
        self.caption = ParagraphStyle(
            "f_caption", base, fontSize=7.5, leading=9.5, alignment=TA_CENTER, textColor=MUTED
        )
        self.sign = ParagraphStyle("f_sign", base, fontSize=9, leading=12)
        self.sign_right = ParagraphStyle("f_signr", self.sign, alignment=TA_RIGHT)
        self.footer = ParagraphStyle(
            "f_footer", base, fontSize=7, leading=9.5, alignment=TA_LEFT, textColor=MUTED
        )
        self.continued = ParagraphStyle("f_cont", self.footer, alignment=TA_RIGHT)


@functools.cache
def _form_styles() -> _FormStyles:
    return _FormStyles(register_cjk_font())


def write_receipt_form(fh: BinaryIO, receipt: Receipt) -> None:
    st = _form_styles()
    title = receipt_title(receipt)
    build_a5(
        fh,
        lambda: _a5_story(receipt, title, st),
        font=st.font,
        footer=Paragraph(_GAP.join(escape(part) for part in footer_parts(receipt)), st.footer),
        continued=f"{title}（续）　收据号：{receipt.receipt_no}",
        continued_style=st.continued,
        training=receipt.training,
        template_id="receipt",
        title=f"{title} {receipt.receipt_no}",
        author=receipt.hall_name,
        subject=title,
    )


def _a5_story(receipt: Receipt, title: str, st: _FormStyles) -> list[Flowable]:
    story: list[Flowable] = [
        _a5_header(receipt, title, st),
        Spacer(0, 3 * mm),
        _a5_info(receipt, st),
        Spacer(0, 3 * mm),
    ]
    items = _a5_items(receipt, st)
    if receipt.voided:
        story += [items, _StampAfter(st.font), Spacer(0, 3 * mm)]
        story.append(_a5_void_box(receipt, st))
    else:
        story.append(items)
    story += [Spacer(0, 6 * mm), _a5_signature(receipt, st)]
    return story


def _a5_header(receipt: Receipt, title: str, st: _FormStyles) -> Table:
    middle: list[Flowable] = [
        _p(title, st.title),
        Spacer(0, 1 * mm),
        Paragraph(f'收据号：<font size="12">{escape(receipt.receipt_no)}</font>', st.number),
    ]
    mark = reprint_mark(receipt)
    if mark:
        badge = Table([[_p(mark, st.mark)]], colWidths=[36 * mm])
        badge.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), st.font),
                    ("BOX", (0, 0), (-1, -1), 1.2, STAMP_RED),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        middle += [Spacer(0, 1.5 * mm), badge]
    if receipt.training:
        middle.append(_p(TRAINING_NOTE, st.training))
    qr = [
        qr_flowable(qr_payload(receipt), A5_QR_SIZE),
        _p(f"校验码 {receipt.check_code}", st.caption),
    ]
    hall = _p(receipt.hall_name, st.hall)
    return header_table(hall, middle, qr, A5_QR_SIZE + 3 * mm, st.font, centre_middle=True)


def _grid_style(font: str) -> list[tuple[object, ...]]:
    return [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]


def _a5_info(receipt: Receipt, st: _FormStyles) -> Table:
    label_w = 22 * mm
    value_w = (A5_CONTENT_WIDTH - 2 * label_w) / 2

    def lab(text: str) -> Paragraph:
        return label_cell(text, st)

    def val(text: str) -> Paragraph:
        return value_cell(text, st)

    clerk = f"{receipt.clerk} / {receipt.counter}" if receipt.counter else receipt.clerk
    rows = [
        [lab("收款单位"), val(receipt.hall_name), "", ""],
        [lab("收款时间"), val(format_time(receipt.paid_at)), lab("收款员/柜台"), val(clerk)],
        [lab("户号"), val(receipt.account_no), lab("户名"), val(receipt.account_name)],
        [lab("用电地址"), val(receipt.address), "", ""],
    ]
    table = Table(rows, colWidths=[label_w, value_w, label_w, value_w])
    table.setStyle(
        TableStyle(
            [
                *_grid_style(st.font),
                ("BACKGROUND", (0, 0), (0, -1), LABEL_BG),
                ("BACKGROUND", (2, 1), (2, 2), LABEL_BG),
                ("SPAN", (1, 0), (3, 0)),
                ("SPAN", (1, 3), (3, 3)),
            ]
        )
    )
    return table


def _a5_items(receipt: Receipt, st: _FormStyles) -> Table:
    widths = [9 * mm, 21 * mm, 0.0, 20 * mm, 17 * mm, 21 * mm]
    widths[2] = A5_CONTENT_WIDTH - sum(widths)
    rows: list[list[object]] = [
        [
            _p(text, st.head)
            for text in ("序号", "应收年月", "项目", "本金(元)", "违约金(元)", "合计(元)")
        ]
    ]
    for number, line in enumerate(receipt.lines, start=1):
        item: list[Flowable] = [_p(line.item, st.cell)]
        if line.note:
            item.append(_p(line.note, st.cell_note))
        rows.append(
            [
                _p(str(number), st.cell_center),
                _p(format_bill_month(line.bill_month) or "—", st.cell_center),
                item,
                _p(format_amount(line.principal), st.cell_right),
                _p(format_amount(line.late_fee), st.cell_right),
                _p(format_amount(line.amount), st.cell_right),
            ]
        )
    total_row = len(rows)
    payment = _GAP.join(
        escape(part)
        for part in [
            receipt.method,
            *(f"{label}：{value}" for label, value in payment_rows(receipt)[1:]),
        ]
    )
    rows += [
        [_p("合计（小写）", st.total_label), "", _p(yuan(receipt.total), st.total), "", "", ""],
        [_p("合计（大写）", st.total_label), "", _p(words(receipt.total), st.words), "", "", ""],
        [_p("支付方式", st.total_label), "", Paragraph(payment, st.cell), "", "", ""],
    ]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                *_grid_style(st.font),
                ("BACKGROUND", (0, 0), (-1, 0), LABEL_BG),
                ("BACKGROUND", (0, total_row), (1, -1), LABEL_BG),
                *(("SPAN", (0, row), (1, row)) for row in range(total_row, len(rows))),
                *(("SPAN", (2, row), (5, row)) for row in range(total_row, len(rows))),
                ("LINEABOVE", (0, total_row), (-1, total_row), 1, ACCENT),
            ]
        )
    )
    return table


class _StampAfter(Flowable):
    """Takes no room; draws the 作废 stamp over what was drawn just above it."""

    def __init__(self, font: str) -> None:
        super().__init__()
        self._font = font
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._avail = availWidth
        return 0, 0

    def draw(self) -> None:
        draw_void_stamp(
            self.canv,
            self._avail * 0.62,
            16 * mm,
            self._font,
            width=48 * mm,
            height=19 * mm,
            color=colors.Color(0.80, 0.05, 0.05, alpha=0.6),
            filled=True,
        )


def _a5_void_box(receipt: Receipt, st: _FormStyles) -> Flowable:
    text = "<br/>".join(f"{label}：{escape(value)}" for label, value in void_rows(receipt))
    content = [
        _p(f"本收据已{VOID_MARK}（号码保留，不再使用）", st.void_head),
        Spacer(0, 1 * mm),
        Paragraph(text, st.value),
    ]
    return KeepTogether([boxed(content, st.font, STAMP_RED, line_width=1)])


def _a5_signature(receipt: Receipt, st: _FormStyles) -> Flowable:
    left = _p(f"收款员：{receipt.clerk}", st.sign)
    table = two_sides(left, _p("收款单位（盖章）", st.sign_right), st.font)
    return KeepTogether([_p(KEEP_NOTE, st.caption), Spacer(0, 3 * mm), table])
