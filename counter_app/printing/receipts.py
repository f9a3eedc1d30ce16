"""Receipts (电费收据 / 收费凭证) and void slips (作废凭证), rendered with ReportLab.

Two layouts of the same content, chosen per PC:

- ``"80mm"``: a roll for thermal receipt printers. The page is 80 mm wide and
  as long as its content (one page, like the paper roll); everything is drawn
  inside 4 mm margins, since those printers print about 72 mm wide
  (DESIGN.md, pitfalls). Black only: a thermal head has no colour.
- ``"A5"``: the same content as a form with tables, like the acceptance slip.

The 80 mm roll is printed for every payment, so its code is kept lean: styles
are built once per process, and the roll is laid out by measuring each
flowable once and drawing it straight onto a canvas of the measured length
(no document template, no frames, no second pass).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCode
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from counter_app.domain.money import amount_in_words, format_amount
from counter_app.printing.a5_layout import (
    ACCENT,
    GRID,
    LABEL_BG,
    MUTED,
    SUPERVISION_HOTLINE,
    boxed,
    build_a5,
    header_table,
    label_cell,
    two_sides,
    value_cell,
)
from counter_app.printing.a5_layout import CONTENT_WIDTH as A5_CONTENT_WIDTH
from counter_app.printing.documents import Receipt, ReceiptLine
from counter_app.printing.files import write_atomically
from counter_app.printing.fonts import register_cjk_font

__all__ = [
    "LAYOUTS",
    "ROLL_CONTENT_WIDTH",
    "ROLL_MARGIN",
    "ROLL_WIDTH",
    "qr_flowable",
    "qr_payload",
    "receipt_title",
    "render_receipt",
    "render_void_slip",
    "reprint_mark",
]

LAYOUTS = ("80mm", "A5")

# Items that make a receipt an electricity receipt (电费收据); any other item
# (a business fee from the fee schedule) makes it a 收费凭证.
ELECTRICITY_ITEMS = frozenset({"电费", "违约金", "预存电费"})
TITLE_ELECTRICITY = "电费收据"
TITLE_FEES = "收费凭证"
VOID_SLIP_TITLE = "作废凭证"
VOID_MARK = "作废"
TRAINING_NOTE = "培训模式 · 非有效凭证"
KEEP_NOTE = "本凭证为缴费凭据，请妥善保管。"
QR_CAPTION = "扫码验真"

# The roll: 80 mm paper, about 72 mm printed (576 dots at 8 dots/mm).
ROLL_WIDTH = 80 * mm
ROLL_MARGIN = 4 * mm
ROLL_CONTENT_WIDTH = ROLL_WIDTH - 2 * ROLL_MARGIN
ROLL_QR_SIZE = 26 * mm
# Room kept free at the right of wrapping text, so that a '，' hung at the end
# of a full line (fonts.CJK_NO_LINE_START) still prints inside the 72 mm.
HANG = 9.5
ROW_GAP = 1  # between the rows of a block on the roll
BOX_PAD_X = 4
BOX_PAD_TOP = 2.5
BOX_PAD_BOTTOM = 3.5

# A5 form: the acceptance slip's page (a5_layout.py), a larger QR code.
A5_QR_SIZE = 19 * mm

STAMP_RED = colors.Color(0.80, 0.05, 0.05)

_CENT = Decimal("0.01")


# ---------------------------------------------------------------------------
# What is printed (shared by both layouts and the void slip)


def qr_payload(receipt: Receipt) -> str:
    """The QR code's text: ``receipt_no|total|check_code``, total as 1234.50 (no commas)."""
    total = receipt.total.quantize(_CENT, rounding=ROUND_HALF_UP)
    return f"{receipt.receipt_no}|{total:f}|{receipt.check_code}"


def qr_flowable(value: str, size: float) -> QrCode:
    """A square QR code of ``value``, ``size`` points wide, quiet zone included.

    ReportLab's QR flowable encodes once and draws its modules straight onto
    the canvas (the graphics widget would encode twice and build a shape per
    run of modules): on a receipt printed for every payment that counts.
    """
    return _ClearQr(value, width=size, height=size, qrLevel="M", qrBorder=2)


class _ClearQr(QrCode):
    """A QR code on its own white square, quiet zone included: the 培训 mark drawn
    under a training receipt's content stops at its edge, so the code stays scannable."""

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setFillColor(colors.white)
        self.canv.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        self.canv.restoreState()
        super().draw()


def receipt_title(receipt: Receipt) -> str:
    """电费收据 when every item is electricity (电费, 违约金, 预存电费), else 收费凭证."""
    if receipt.lines and all(line.item in ELECTRICITY_ITEMS for line in receipt.lines):
        return TITLE_ELECTRICITY
    return TITLE_FEES


def reprint_mark(receipt: Receipt) -> str:
    """补打（第N次） on a reprinted copy; empty on the original."""
    return f"补打（第{receipt.reprint_count}次）" if receipt.reprint_count > 0 else ""


def format_time(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def format_bill_month(bill_month: str) -> str:
    """202610 -> 2026年10月; anything else is printed as it is."""
    if len(bill_month) == 6 and bill_month.isdigit():
        return f"{bill_month[:4]}年{bill_month[4:]}月"
    return bill_month


def yuan(amount: Decimal) -> str:
    """¥1,234.50"""
    return f"¥{format_amount(amount)}"


def words(amount: Decimal) -> str:
    """人民币壹仟贰佰叁拾肆元伍角"""
    return f"人民币{amount_in_words(amount)}"


def _line_title(line: ReceiptLine) -> str:
    parts = [format_bill_month(line.bill_month), line.item]
    text = "　".join(part for part in parts if part)
    return f"{text}（{line.note}）" if line.note else text


def _meta_rows(receipt: Receipt) -> list[tuple[str, str]]:
    clerk = f"{receipt.clerk}　{receipt.counter}" if receipt.counter else receipt.clerk
    return [
        ("收据号", receipt.receipt_no),
        ("收款时间", format_time(receipt.paid_at)),
        ("收款员", clerk),
    ]


def _customer_rows(receipt: Receipt) -> list[tuple[str, str]]:
    return [
        ("户号", receipt.account_no),
        ("户名", receipt.account_name),
        ("地址", receipt.address),
    ]


def _payment_rows(receipt: Receipt) -> list[tuple[str, str]]:
    rows = [("支付方式", receipt.method)]
    if receipt.reference:
        rows.append(("交易参考号", receipt.reference))
    if receipt.tendered is not None:
        rows.append(("实收", yuan(receipt.tendered)))
    if receipt.change is not None:
        rows.append(("找零", yuan(receipt.change)))
    return rows


def _void_rows(receipt: Receipt) -> list[tuple[str, str]]:
    return [
        ("作废原因", receipt.void_reason or "—"),
        ("作废时间", format_time(receipt.voided_at) if receipt.voided_at else "—"),
        ("授权人", receipt.void_by or "—"),
    ]


def _footer_parts(receipt: Receipt) -> list[str]:
    parts = []
    if receipt.hall_address:
        parts.append(f"营业厅地址：{receipt.hall_address}")
    if receipt.hall_phone:
        parts.append(f"服务电话：{receipt.hall_phone}")
    parts.append(f"投诉监督电话：{SUPERVISION_HOTLINE}")
    return parts


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped: names and addresses may hold '&' or '<')."""
    return Paragraph(escape(text), style)


# Room between parts of a line in markup: Paragraph collapses ordinary and
# ideographic spaces alike; no-break spaces keep their width.
_GAP = "&nbsp;" * 6 + " "


# ---------------------------------------------------------------------------
# Public entry points


def render_receipt(receipt: Receipt, path: Path, layout: str = "80mm") -> Path:
    """Render ``receipt`` to a PDF at ``path`` (written atomically); return ``path``.

    ``layout`` is ``"80mm"`` (roll) or ``"A5"`` (form).
    """
    if layout == "80mm":
        st = _roll_styles()
        title = receipt_title(receipt)
        roll = _receipt_roll(receipt, title, st)
        meta = _Meta(f"{title} {receipt.receipt_no}", receipt.hall_name, title)
        return write_atomically(Path(path), lambda fh: roll.write(fh, meta, receipt.training))
    if layout == "A5":
        return write_atomically(Path(path), lambda fh: _write_a5(fh, receipt))
    raise ValueError(f"未知的收据版式：{layout}（应为 {' 或 '.join(LAYOUTS)}）")


def render_void_slip(receipt: Receipt, path: Path) -> Path:
    """Render the 80 mm void slip (作废凭证) of a voided ``receipt``; return ``path``."""
    if not receipt.voided:
        raise ValueError(f"收据 {receipt.receipt_no} 未作废，不能打印作废凭证")
    st = _roll_styles()
    roll = _void_slip_roll(receipt, st)
    meta = _Meta(f"{VOID_SLIP_TITLE} {receipt.receipt_no}", receipt.hall_name, VOID_SLIP_TITLE)
    return write_atomically(Path(path), lambda fh: roll.write(fh, meta, receipt.training))


# ---------------------------------------------------------------------------
# The 80 mm roll


class _RollStyles:
    """Type sizes for a thermal head: nothing under 8 pt, black only."""

    def __init__(self, font: str) -> None:
        base = ParagraphStyle(
            "roll", fontName=font, fontSize=9, leading=12, wordWrap="CJK", textColor=colors.black
        )
        self.font = font
        self.body = base
        self.hall = ParagraphStyle("r_hall", base, fontSize=10.5, leading=13.5, alignment=TA_CENTER)
        self.title = ParagraphStyle("r_title", base, fontSize=16, leading=20, alignment=TA_CENTER)
        self.note = ParagraphStyle("r_note", base, fontSize=8.5, leading=11, alignment=TA_CENTER)
        self.label = ParagraphStyle("r_label", base)
        self.value = base
        self.number = ParagraphStyle("r_number", base, fontSize=10, leading=13)
        self.head = ParagraphStyle("r_head", base, fontSize=8, leading=10.5)
        self.head_right = ParagraphStyle("r_headr", self.head, alignment=TA_RIGHT)
        self.item = base
        self.amount = ParagraphStyle("r_amount", base, alignment=TA_RIGHT)
        self.total_label = ParagraphStyle("r_totall", base, fontSize=11, leading=16)
        self.total = ParagraphStyle("r_total", base, fontSize=14, leading=16, alignment=TA_RIGHT)
        self.words = ParagraphStyle("r_words", base, fontSize=9.5, leading=13)
        self.mark = ParagraphStyle("r_mark", base, fontSize=13, leading=16, alignment=TA_CENTER)
        self.void_head = ParagraphStyle(
            "r_voidh", base, fontSize=14, leading=17, alignment=TA_CENTER
        )
        self.caption = ParagraphStyle(
            "r_caption", base, fontSize=8, leading=10.5, alignment=TA_CENTER
        )
        self.footer = ParagraphStyle("r_footer", base, fontSize=8, leading=10.5)


@functools.cache
def _roll_styles() -> _RollStyles:
    return _RollStyles(register_cjk_font())


@dataclass(frozen=True)
class _Meta:
    title: str
    author: str
    subject: str


class _Roll:
    """Flowables stacked down a roll of paper whose length is what they take.

    Each flowable is wrapped once, to measure it, and then drawn where it falls;
    the page is created only then, as long as the content plus the margins.
    """

    def __init__(self, st: _RollStyles) -> None:
        self.st = st
        self._items: list[tuple[Flowable, float, float, str]] = []
        self._stamp_from: int | None = None
        self._stamp_to: int | None = None

    def add(
        self,
        flowable: Flowable,
        space: float = 0,
        width: float = ROLL_CONTENT_WIDTH,
        align: str = "left",
    ) -> None:
        self._items.append((flowable, space, width, align))

    def stamp_over_following(self) -> None:
        """The 作废 stamp covers the flowables added from now until ``stamp_end``."""
        self._stamp_from = len(self._items)

    def stamp_end(self) -> None:
        self._stamp_to = len(self._items)

    def write(self, fh: BinaryIO, meta: _Meta, training: bool) -> None:
        placed: list[tuple[Flowable, float, float, float]] = []  # flowable, space, x, height
        length = 0.0
        for flowable, space, width, align in self._items:
            w, h = flowable.wrap(width, 10_000)
            if align == "center":
                x = ROLL_MARGIN + (ROLL_CONTENT_WIDTH - w) / 2
            elif align == "right":
                x = ROLL_MARGIN + ROLL_CONTENT_WIDTH - w
            else:
                x = ROLL_MARGIN
            placed.append((flowable, space, x, h))
            length += space + h
        page_height = length + 2 * ROLL_MARGIN
        canvas = Canvas(
            fh,
            pagesize=(ROLL_WIDTH, page_height),
            initialFontName=self.st.font,
            initialFontSize=9,
            lang="zh-CN",
        )
        canvas.setTitle(meta.title)
        canvas.setAuthor(meta.author)
        canvas.setSubject(meta.subject)
        canvas.setCreator("柜台助手 Counter Assistant")
        if training:
            _roll_watermark(canvas, page_height, self.st.font)
        y = page_height - ROLL_MARGIN
        tops: list[float] = []
        for flowable, space, x, h in placed:
            y -= space
            tops.append(y)
            flowable.drawOn(canvas, x, y - h)
            y -= h
        tops.append(y)
        if self._stamp_from is not None:
            end = self._stamp_to if self._stamp_to is not None else len(placed)
            top, bottom = tops[self._stamp_from], tops[end]
            _draw_stamp(
                canvas,
                ROLL_MARGIN + ROLL_CONTENT_WIDTH * 0.6,
                (top + bottom) / 2,
                self.st.font,
                width=42 * mm,
                height=16 * mm,
                color=colors.black,
                filled=False,
            )
        canvas.showPage()
        canvas.save()


def _roll_watermark(canvas: Canvas, page_height: float, font: str) -> None:
    """Light 培训 marks down the roll, under the content, inside the margins."""
    canvas.saveState()
    canvas.setFillColor(colors.Color(0, 0, 0, alpha=0.13))
    canvas.setFont(font, 46)
    step = 70 * mm
    y = page_height - 45 * mm
    while True:
        canvas.saveState()
        canvas.translate(ROLL_WIDTH / 2, max(y, 30 * mm))
        canvas.rotate(30)
        canvas.drawCentredString(0, -16, "培训")
        canvas.restoreState()
        y -= step
        if y < 30 * mm:
            break
    canvas.restoreState()


def _draw_stamp(
    canvas: Canvas,
    cx: float,
    cy: float,
    font: str,
    *,
    width: float,
    height: float,
    color: colors.Color,
    filled: bool,
) -> None:
    """A 作废 stamp: a double frame and the word, tilted, centred on (cx, cy).

    ``filled`` False draws the word in outline, so the figures under it stay
    readable on a black-only thermal print.
    """
    canvas.saveState()
    canvas.translate(cx, cy)
    canvas.rotate(16)
    canvas.setStrokeColor(color)
    canvas.setFillColor(color)
    canvas.setLineWidth(2.2)
    canvas.roundRect(-width / 2, -height / 2, width, height, 3, stroke=1, fill=0)
    canvas.setLineWidth(0.7)
    inset = 2.2
    canvas.roundRect(
        -width / 2 + inset, -height / 2 + inset, width - 2 * inset, height - 2 * inset, 2
    )
    size = height * 0.72
    text = canvas.beginText()
    text.setFont(font, size)
    text.setCharSpace(size * 0.35)
    text.setTextRenderMode(2 if filled else 1)
    canvas.setLineWidth(0.9)
    text_width = canvas.stringWidth(VOID_MARK, font, size) + size * 0.35
    text.setTextOrigin(-text_width / 2 + size * 0.175, -size * 0.36)
    text.textOut(VOID_MARK)
    canvas.drawText(text)
    canvas.restoreState()


class _Rule(Flowable):
    """A dashed rule across the roll."""

    def __init__(self, width: float = ROLL_CONTENT_WIDTH, dash: Sequence[float] = (2, 1.5)) -> None:
        super().__init__()
        self.width = width
        self.height = 0.6
        self._dash = dash

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setLineWidth(0.6)
        if self._dash:
            canvas.setDash(*self._dash)
        canvas.line(0, 0.3, self.width, 0.3)


class _Text(Flowable):
    """One line of plain text in one style, drawn with a single canvas call.

    Most of what a receipt says fits one line; only when this text does not
    fit the width it is given does it become a wrapping Paragraph (leaving
    ``HANG`` free at the right for a '，' hung at a line's end).
    """

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self._para: Paragraph | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        st = self.style
        self.width = availWidth
        if stringWidth(self.text, st.fontName, st.fontSize) <= availWidth:
            self._para = None
            self.height = st.leading
        else:
            self._para = Paragraph(escape(self.text), st)
            self.height = self._para.wrap(availWidth - HANG, availHeight)[1]
        return self.width, self.height

    def draw(self) -> None:
        if self._para is not None:
            self._para.drawOn(self.canv, 0, 0)
            return
        canvas, st = self.canv, self.style
        canvas.setFont(st.fontName, st.fontSize)
        canvas.setFillColor(st.textColor)
        baseline = self.height - st.fontSize  # where a Paragraph puts its first line
        if st.alignment == TA_CENTER:
            canvas.drawCentredString(self.width / 2, baseline, self.text)
        elif st.alignment == TA_RIGHT:
            canvas.drawRightString(self.width, baseline, self.text)
        else:
            canvas.drawString(0, baseline, self.text)


class _Stack(Flowable):
    """Flowables one under the other, each given the full width."""

    def __init__(self, parts: Sequence[Flowable], gap: float = 0) -> None:
        super().__init__()
        self._parts = parts
        self._gap = gap

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self._heights = [part.wrap(availWidth, availHeight)[1] for part in self._parts]
        self.height = sum(self._heights) + self._gap * (len(self._parts) - 1)
        return self.width, self.height

    def draw(self) -> None:
        y = self.height
        for part, height in zip(self._parts, self._heights, strict=True):
            y -= height
            part.drawOn(self.canv, 0, y)
            y -= self._gap


class _Fields(Flowable):
    """Label：value rows; a long value wraps under itself, not under the label."""

    def __init__(
        self,
        rows: Sequence[tuple[str, str]],
        st: _RollStyles,
        value_style: ParagraphStyle | None = None,
        first_style: ParagraphStyle | None = None,
    ) -> None:
        super().__init__()
        value_style = value_style or st.value
        self._label_style = st.label
        self._label_width = (max(len(label) for label, _ in rows) + 1) * st.label.fontSize
        self._rows = [
            (f"{label}：", _Text(value, first_style if i == 0 and first_style else value_style))
            for i, (label, value) in enumerate(rows)
        ]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        value_width = availWidth - self._label_width
        self._heights = [value.wrap(value_width, availHeight)[1] for _, value in self._rows]
        self.height = sum(self._heights) + ROW_GAP * len(self._rows)
        return self.width, self.height

    def draw(self) -> None:
        canvas, label_style = self.canv, self._label_style
        y = self.height
        for (label, value), height in zip(self._rows, self._heights, strict=True):
            # The label first, so that text extraction reads "label：value".
            canvas.setFont(label_style.fontName, label_style.fontSize)
            canvas.setFillColor(label_style.textColor)
            canvas.drawString(0, y - value.style.fontSize, label)  # on the first line's baseline
            y -= height
            value.drawOn(canvas, self._label_width, y)
            y -= ROW_GAP


class _Items(Flowable):
    """The items: a head row, then per item its month and name, and under them
    本金, 违约金 and 合计 in right-aligned columns."""

    # Widths of the three amount columns, right to left (合计, 违约金, 本金); a
    # column widens when its figures need it (a business customer's 1,234,567.89).
    MIN_COLUMNS = (20 * mm, 17 * mm, 17 * mm)
    COLUMN_GAP = 4
    HEAD = ("年月/项目", "本金", "违约金", "合计")
    ITEM_GAP = 2.5

    def __init__(self, lines: tuple[ReceiptLine, ...], st: _RollStyles) -> None:
        super().__init__()
        self._st = st
        self._titles = [_Text(_line_title(line), st.item) for line in lines]
        self._figures = [
            (
                format_amount(line.principal),
                format_amount(line.late_fee),
                format_amount(line.amount),
            )
            for line in lines
        ]

    def _right_edges(self, width: float) -> tuple[float, float, float]:
        """Right edges of the 本金, 违约金 and 合计 columns."""
        st = self._st
        edges = []
        right = width
        for column, minimum in zip((2, 1, 0), self.MIN_COLUMNS, strict=True):
            edges.append(right)
            widest = max(
                (
                    stringWidth(f[column], st.amount.fontName, st.amount.fontSize)
                    for f in self._figures
                ),
                default=0.0,
            )
            right -= max(minimum, widest + self.COLUMN_GAP)
        return edges[2], edges[1], edges[0]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        st = self._st
        self.width = availWidth
        self._edges = self._right_edges(availWidth)
        self._title_heights = [title.wrap(availWidth, availHeight)[1] for title in self._titles]
        head = st.head.leading + 2.5
        per_item = self.ITEM_GAP + st.amount.leading + ROW_GAP
        self.height = head + sum(h + per_item for h in self._title_heights)
        return self.width, self.height

    def draw(self) -> None:
        canvas, st = self.canv, self._st
        y = self.height - st.head.fontSize
        canvas.setFillColor(st.head.textColor)
        canvas.setFont(st.head.fontName, st.head.fontSize)
        canvas.drawString(0, y, self.HEAD[0])
        for right, text in zip(self._edges, self.HEAD[1:], strict=True):
            canvas.drawRightString(right, y, text)
        top = self.height - st.head.leading - 1
        canvas.setLineWidth(0.5)
        canvas.line(0, top, self.width, top)
        top -= 1.5
        for title, height, figures in zip(
            self._titles, self._title_heights, self._figures, strict=True
        ):
            top -= self.ITEM_GAP + height
            title.drawOn(canvas, 0, top)
            canvas.setFont(st.amount.fontName, st.amount.fontSize)
            canvas.setFillColor(st.amount.textColor)
            baseline = top - st.amount.fontSize
            for right, text in zip(self._edges, figures, strict=True):
                canvas.drawRightString(right, baseline, text)
            top -= st.amount.leading + ROW_GAP


class _Boxed(Flowable):
    """``parts`` framed; the frame's stroke stays inside the flowable (and the 72 mm)."""

    def __init__(self, parts: Sequence[Flowable], line_width: float = 1.2) -> None:
        super().__init__()
        self._inner = _Stack(parts, gap=1.5)
        self._line_width = line_width

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        inner_width = availWidth - self._line_width - 2 * BOX_PAD_X
        inner = self._inner.wrap(inner_width, availHeight)[1]
        self.height = inner + self._line_width + BOX_PAD_TOP + BOX_PAD_BOTTOM
        return self.width, self.height

    def draw(self) -> None:
        canvas, half = self.canv, self._line_width / 2
        canvas.setLineWidth(self._line_width)
        canvas.rect(half, half, self.width - 2 * half, self.height - 2 * half, stroke=1, fill=0)
        self._inner.drawOn(canvas, half + BOX_PAD_X, half + BOX_PAD_BOTTOM)


def _amount_line(label: str, amount: Decimal, st: _RollStyles) -> _Stack:
    """合计金额 … ¥1,234.50: the label small at the left, the figure large at the right,
    on one baseline."""
    return _Overlay([_Text(label, st.total_label), _Text(yuan(amount), st.total)])


class _Overlay(_Stack):
    """Flowables drawn over one another (bottoms aligned), e.g. a left and a right text."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self._heights = [part.wrap(availWidth, availHeight)[1] for part in self._parts]
        self.height = max(self._heights)
        return self.width, self.height

    def draw(self) -> None:
        for part in self._parts:
            part.drawOn(self.canv, 0, 0)


def _void_box(receipt: Receipt, st: _RollStyles) -> _Boxed:
    return _Boxed([_Text(f"本收据已{VOID_MARK}", st.void_head), _Fields(_void_rows(receipt), st)])


def _roll_header(roll: _Roll, receipt: Receipt, title: str, st: _RollStyles) -> None:
    roll.add(_Text(receipt.hall_name, st.hall))
    roll.add(_Text(title, st.title), space=2)
    if receipt.training:
        roll.add(_Text(TRAINING_NOTE, st.note), space=1)


def _roll_footer(roll: _Roll, receipt: Receipt, st: _RollStyles) -> None:
    roll.add(_Rule(), space=4)
    for part in [KEEP_NOTE, *_footer_parts(receipt)]:
        roll.add(_Text(part, st.footer), space=1.5)


def _receipt_roll(receipt: Receipt, title: str, st: _RollStyles) -> _Roll:
    roll = _Roll(st)
    _roll_header(roll, receipt, title, st)
    mark = reprint_mark(receipt)
    if mark:
        roll.add(_Boxed([_Text(mark, st.mark)], line_width=1.5), space=4)
    roll.add(_Fields(_meta_rows(receipt), st, first_style=st.number), space=5)
    roll.add(_Rule(), space=3)
    roll.add(_Fields(_customer_rows(receipt), st), space=4)
    roll.add(_Rule(), space=3)
    roll.add(_Items(receipt.lines, st), space=4)
    roll.add(_Rule(dash=()), space=3)
    if receipt.voided:
        roll.stamp_over_following()
    roll.add(_amount_line("合计金额", receipt.total, st), space=3)
    roll.add(_Fields([("大写", words(receipt.total))], st, st.words), space=2)
    roll.add(_Fields(_payment_rows(receipt), st), space=4)
    if receipt.voided:
        roll.stamp_end()
        roll.add(_void_box(receipt, st), space=5)
    roll.add(qr_flowable(qr_payload(receipt), ROLL_QR_SIZE), space=5, align="center")
    roll.add(_Text(f"{QR_CAPTION}　校验码：{receipt.check_code}", st.caption))
    _roll_footer(roll, receipt, st)
    return roll


def _void_slip_roll(receipt: Receipt, st: _RollStyles) -> _Roll:
    roll = _Roll(st)
    _roll_header(roll, receipt, VOID_SLIP_TITLE, st)
    banner = [_Text(f"原收据已{VOID_MARK}", st.void_head), _Text("收据号码保留，不再使用", st.note)]
    roll.add(_Boxed(banner, line_width=1.5), space=4)
    clerk = f"{receipt.clerk}　{receipt.counter}" if receipt.counter else receipt.clerk
    rows = [
        ("原收据号", receipt.receipt_no),
        ("原收款时间", format_time(receipt.paid_at)),
        ("原收款员", clerk),
        ("户号", receipt.account_no),
        ("户名", receipt.account_name),
        ("支付方式", receipt.method),
    ]
    roll.add(_Fields(rows, st, first_style=st.number), space=5)
    roll.add(_Rule(), space=3)
    roll.add(_amount_line("原收据金额", receipt.total, st), space=4)
    roll.add(_Fields([("大写", words(receipt.total))], st, st.words), space=2)
    roll.add(_Rule(), space=3)
    roll.add(_Fields(_void_rows(receipt), st), space=4)
    roll.add(_Fields([("授权人签字", "")], st), space=14)
    roll.add(_Rule(width=ROLL_CONTENT_WIDTH - 20 * mm, dash=()), align="right")
    _roll_footer(roll, receipt, st)
    return roll


# ---------------------------------------------------------------------------
# The A5 form


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


def _write_a5(fh: BinaryIO, receipt: Receipt) -> None:
    st = _form_styles()
    title = receipt_title(receipt)
    build_a5(
        fh,
        lambda: _a5_story(receipt, title, st),
        font=st.font,
        footer=Paragraph(_GAP.join(escape(part) for part in _footer_parts(receipt)), st.footer),
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
            *(f"{label}：{value}" for label, value in _payment_rows(receipt)[1:]),
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
        _draw_stamp(
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
    text = "<br/>".join(f"{label}：{escape(value)}" for label, value in _void_rows(receipt))
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
