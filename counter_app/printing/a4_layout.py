"""The report layout: A4 pages with a running head and footer, page numbers (第 n 页 共 m 页)
and a 培训 watermark in training mode, and the report styles the A5 bill explanation
shares. Same font, colours and conventions as the slips (a5_layout.py): every table
names the shipped font. The settlement and dashboard reports are laid out on it.
"""

from __future__ import annotations

import functools
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
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
)

from counter_app.printing.a5_layout import (
    ACCENT,
    GRID,
    HEADER_ROW,
    MUTED,
    grid_style,
    hall_document,
)
from counter_app.printing.fonts import register_cjk_font
from counter_app.printing.watermark import draw_training_mark

__all__ = ["A4_CONTENT_WIDTH", "write_a4_report"]


TRAINING_NOTE = "培训模式 · 非有效凭证"
ALERT = colors.HexColor("#C62828")  # a difference, a void: red on the report
FAINT = colors.HexColor("#9E9E9E")
ZEBRA = colors.HexColor("#F6F8F8")
A4_MARGIN_X = 15 * mm
A4_MARGIN_TOP = 14 * mm
A4_MARGIN_BOTTOM = 12 * mm
A4_CONTENT_WIDTH = A4[0] - 2 * A4_MARGIN_X


class _Styles:
    def __init__(self, font: str) -> None:
        base = ParagraphStyle("rep", fontName=font, fontSize=9, leading=12, wordWrap="CJK")
        self.font = font
        self.body = base
        self.hall = ParagraphStyle("rep_hall", base, fontSize=11, leading=14, alignment=TA_CENTER)
        self.title = ParagraphStyle(
            "rep_title", base, fontSize=18, leading=23, alignment=TA_CENTER, textColor=ACCENT
        )
        self.subtitle = ParagraphStyle(
            "rep_sub", base, fontSize=9.5, leading=13, alignment=TA_CENTER
        )
        self.training = ParagraphStyle(
            "rep_training", base, fontSize=8, leading=10, alignment=TA_CENTER, textColor=ALERT
        )
        self.section = ParagraphStyle(
            "rep_section", base, fontSize=10.5, leading=14, textColor=ACCENT
        )
        self.head = ParagraphStyle(
            "rep_head", base, fontSize=8.5, leading=11, alignment=TA_CENTER, textColor=MUTED
        )
        self.label = ParagraphStyle("rep_label", base, fontSize=8.5, leading=11.5, textColor=MUTED)
        self.cell = ParagraphStyle("rep_cell", base, fontSize=9, leading=11.5)
        self.cell_center = ParagraphStyle("rep_cellc", self.cell, alignment=TA_CENTER)
        self.cell_right = ParagraphStyle("rep_cellr", self.cell, alignment=TA_RIGHT)
        self.cell_alert = ParagraphStyle("rep_cella", self.cell_right, textColor=ALERT)
        self.cell_faint = ParagraphStyle("rep_cellf", self.cell_right, textColor=FAINT)
        self.status_alert = ParagraphStyle("rep_stata", self.cell_center, textColor=ALERT)
        self.total = ParagraphStyle("rep_total", base, fontSize=11, leading=14)
        self.alert = ParagraphStyle("rep_alert", base, fontSize=10, leading=14, textColor=ALERT)
        self.ok = ParagraphStyle("rep_ok", base, fontSize=10, leading=14)
        self.note = ParagraphStyle("rep_note", base, fontSize=8.5, leading=12, textColor=MUTED)
        self.text = ParagraphStyle("rep_text", base, fontSize=9.5, leading=14)
        self.sign = ParagraphStyle("rep_sign", base, fontSize=10, leading=13)
        self.footer = ParagraphStyle(
            "rep_footer", base, fontSize=7.5, leading=10, alignment=TA_LEFT, textColor=MUTED
        )
        self.footer_right = ParagraphStyle("rep_footr", self.footer, alignment=TA_RIGHT)


@functools.cache
def _styles() -> _Styles:
    return _Styles(register_cjk_font())


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped: names and reasons may hold '&' or '<')."""
    return Paragraph(escape(text), style)


# Room between the parts of a line: Paragraph collapses ordinary and
# ideographic spaces alike, no-break spaces keep their width.
_GAP = "&nbsp;" * 6 + " "


def _parts(*parts: str) -> str:
    """Markup of plain-text parts on one line, well apart (a break may fall between)."""
    return _GAP.join(escape(part) for part in parts if part)


def _grid(font: str, header: bool = True) -> list[tuple[Any, ...]]:
    return grid_style(font, HEADER_ROW if header else None, pad_top=1, pad_bottom=2)


class _PagedCanvas(Canvas):
    """A canvas that knows the page count when it finishes: 第 n 页 / 共 m 页.

    Pages are kept until ``save``; then ``page_footer(canvas, page, pages)`` is
    called on each before it is written.
    """

    def __init__(self, *args: Any, page_footer: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._page_footer = page_footer
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._page_footer(self, number, total)
            super().showPage()
        super().save()


def write_a4_report(
    fh: BinaryIO,
    st: _Styles,
    story: list[Flowable],
    *,
    continued: str,
    footer: str,
    training: bool,
    title: str,
    author: str,
    subject: str,
) -> None:
    """An A4 report as the hall prints them: the body above a footer (rule, ``footer`` on
    the left, 第 N 页 / 共 M 页 on the right), ``continued`` at the top of every later page,
    and the 培训 mark across each page in training mode. ``continued`` and ``footer`` are
    Paragraph markup (see _parts)."""
    width, height = A4
    footer_height = 10 * mm
    frame = Frame(
        A4_MARGIN_X,
        A4_MARGIN_BOTTOM + footer_height,
        A4_CONTENT_WIDTH,
        height - A4_MARGIN_TOP - A4_MARGIN_BOTTOM - footer_height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )

    def on_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        if training:
            draw_training_mark(canvas, width, height, st.font, 160)
        if doc.page > 1:
            cont = Paragraph(continued, st.footer_right)
            cont.wrap(A4_CONTENT_WIDTH, A4_MARGIN_TOP)
            cont.drawOn(canvas, A4_MARGIN_X, height - A4_MARGIN_TOP + 2 * mm)
        canvas.restoreState()

    def page_footer(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        rule_y = A4_MARGIN_BOTTOM + 6 * mm
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.5)
        canvas.line(A4_MARGIN_X, rule_y, width - A4_MARGIN_X, rule_y)
        left = Paragraph(footer, st.footer)
        left.wrap(A4_CONTENT_WIDTH * 0.8, 20 * mm)
        left.drawOn(canvas, A4_MARGIN_X, A4_MARGIN_BOTTOM + 1 * mm)
        right = _p(f"第 {page} 页 / 共 {pages} 页", st.footer_right)
        right.wrap(A4_CONTENT_WIDTH * 0.2, 20 * mm)
        right.drawOn(canvas, A4_MARGIN_X + A4_CONTENT_WIDTH * 0.8, A4_MARGIN_BOTTOM + 1 * mm)
        canvas.restoreState()

    doc = hall_document(
        fh,
        pagesize=A4,
        font=_styles().font,
        title=title,
        author=author,
        subject=subject,
        margins=(A4_MARGIN_X, A4_MARGIN_TOP, A4_MARGIN_BOTTOM),
    )
    doc.addPageTemplates([PageTemplate(id="report", frames=[frame], onPage=on_page)])
    doc.build(story, canvasmaker=functools.partial(_PagedCanvas, page_footer=page_footer))


class _Line(Flowable):
    def __init__(
        self, width: float, thickness: float, color: colors.Color, space_before: float = 0
    ) -> None:
        super().__init__()
        self.width = width
        self.height = thickness + space_before
        self._thickness = thickness
        self._color = color

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setStrokeColor(self._color)
        self.canv.setLineWidth(self._thickness)
        self.canv.line(0, self._thickness / 2, self.width, self._thickness / 2)


def _hex(color: colors.Color) -> str:
    return "#" + color.hexval()[2:]
