"""The hall's A5 paperwork page, shared by the acceptance slip, the correction
notice, the complaint slip, the A5 receipt and the bill explainer.

Its measures, colours and paragraph styles; the header (hall name, title,
number and QR code), the key/value field table, framed boxes, signature
lines, the footer, and what is drawn on every page (培训 mark, 续 line, rule
and footer). So the hall's papers read as one and change together.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO, Protocol
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A5
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
from counter_app.printing.watermark import TRAINING_NOTE, draw_training_mark

# 国家能源局 energy regulator hotline (domain.md). Only the receipts and the settlement
# report (receipts.py, reports.py) still print this copy; the A5 papers of hall_footer
# take complaints.toml's, handed in with their document.
SUPERVISION_HOTLINE = "12398"

PAGE_SIZE = A5
MARGIN_X = 12 * mm
MARGIN_TOP = 8 * mm
MARGIN_BOTTOM = 7 * mm
CONTENT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X
QR_SIZE = 17 * mm
# Where the slips, notices and A5 receipts have always set the 培训 mark's
# baseline (watermark.py's default sits half a point lower).
MARK_DROP = 38

# State Grid green for rules and headings; everything else prints in black/grey.
ACCENT = colors.HexColor("#00706B")
LABEL_BG = colors.HexColor("#EEF3F2")
GRID = colors.HexColor("#8A8F8E")
MUTED = colors.HexColor("#555555")

Style = tuple[object, ...]


def format_cn_date(d: date) -> str:
    """2025年6月10日: the date as the clerk's words and every screen write it."""
    return f"{d.year}年{d.month}月{d.day}日"


def format_cn_datetime(dt: datetime) -> str:
    return f"{format_cn_date(dt)} {dt.hour:02d}:{dt.minute:02d}"


def qr_drawing(value: str, size: float = QR_SIZE) -> Drawing:
    """A square QR code of ``value``, ``size`` points wide, with its quiet zone.

    The widget is the drawing's only content (``drawing.contents[0]``).
    """
    widget = QrCodeWidget(value, barLevel="M", barBorder=2)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(
        size,
        size,
        transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0],
        # Else the renderer selects Times-Roman, which then sits unembedded in the PDF.
        initialFontName=register_cjk_font(),
    )
    drawing.add(widget)
    return drawing


class A5Styles:
    """The slip's paragraph styles; a document adds its own in a subclass."""

    def __init__(self, font: str) -> None:
        base = ParagraphStyle(
            "base",
            fontName=font,
            fontSize=8.5,
            leading=12,
            wordWrap="CJK",
            bulletFontName=font,
        )
        self.font = font
        self.body = base
        self.hall = ParagraphStyle("hall", base, fontSize=11, leading=14, alignment=TA_CENTER)
        self.title = ParagraphStyle(
            "title", base, fontSize=17, leading=22, alignment=TA_CENTER, textColor=ACCENT
        )
        self.number = ParagraphStyle("number", base, fontSize=10, leading=14, alignment=TA_CENTER)
        self.training = ParagraphStyle(
            "training", base, fontSize=8, leading=10, alignment=TA_CENTER, textColor=colors.red
        )
        self.label = ParagraphStyle("label", base, fontSize=8, leading=11, textColor=MUTED)
        self.value = ParagraphStyle("value", base, fontSize=8.5, leading=11.5)
        self.section = ParagraphStyle("section", base, fontSize=9.5, leading=12, textColor=ACCENT)
        self.item = ParagraphStyle("item", base, fontSize=8.5, leading=11)
        self.cell_center = ParagraphStyle("cellc", self.value, alignment=TA_CENTER)
        self.head = ParagraphStyle(
            "head", base, fontSize=8, leading=11, alignment=TA_CENTER, textColor=MUTED
        )
        self.promise = ParagraphStyle("promise", base, fontSize=10, leading=14)
        self.notice = ParagraphStyle("notice", base, fontSize=8, leading=11.5)
        self.sign = ParagraphStyle("sign", base, fontSize=9, leading=12)
        self.sign_right = ParagraphStyle("signr", self.sign, alignment=TA_RIGHT)
        self.footer = ParagraphStyle(
            "footer", base, fontSize=7, leading=9.5, alignment=TA_LEFT, textColor=MUTED
        )
        self.continued = ParagraphStyle("continued", self.footer, alignment=TA_RIGHT)


class HallPaper(Protocol):
    """What a numbered A5 paper's frame prints: the hall, where to complain, 培训."""

    hall_name: str
    hall_address: str
    hall_phone: str
    hotline: str
    training: bool


class FieldStyles(Protocol):
    label: ParagraphStyle
    value: ParagraphStyle


def p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped: names and addresses may hold '&' or '<')."""
    return Paragraph(escape(text), style)


def blank(cjk_chars: int) -> str:
    """Markup for blank room about ``cjk_chars`` characters wide.

    Paragraph collapses runs of ordinary and ideographic spaces alike; only
    no-break spaces keep their width (about a quarter of a CJK character).
    """
    return "&nbsp;" * (4 * cjk_chars)


def hex_colour(color: colors.Color) -> str:
    return "#" + color.hexval()[2:]


def no_padding(bottom: float = 0) -> list[Style]:
    """Cells flush with the table's edges (``bottom`` points below their text)."""
    return [
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
    ]


LABEL_COLUMN = ((0, 0), (0, -1))  # grid_style's shade: the first column holds labels
HEADER_ROW = ((0, 0), (-1, 0))  # ... or the first row holds the column heads


def grid_style(
    font: str,
    shade: tuple[tuple[int, int], tuple[int, int]] | None = LABEL_COLUMN,
    *,
    line: float = 0.5,
    pad_x: float = 4,
    pad_top: float = 1.5,
    pad_bottom: float = 2.5,
) -> list[Style]:
    """The hall's ruled table: every cell framed in GRID, text middle-aligned, the
    ``shade`` cells (labels or heads) on LABEL_BG. The papers differ only in measures."""
    commands: list[Style] = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("GRID", (0, 0), (-1, -1), line, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad_x),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad_x),
        ("TOPPADDING", (0, 0), (-1, -1), pad_top),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad_bottom),
    ]
    if shade is not None:
        commands.append(("BACKGROUND", *shade, LABEL_BG))
    return commands


class FillToBottom(Flowable):
    """Blank space that pushes the flowables given (which follow it) to the frame's foot.

    When they do not fit below the content it takes no room, and they flow
    on as usual.
    """

    def __init__(self, following: list[Flowable]) -> None:
        super().__init__()
        self._following = following

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        needed = sum(f.wrap(availWidth, availHeight)[1] for f in self._following)
        self.width, self.height = availWidth, max(0.0, availHeight - needed - 1)
        return self.width, self.height

    def draw(self) -> None:
        pass


def header_table(
    hall: Paragraph,
    middle: list[Flowable],
    qr: Flowable | list[Flowable],
    side: float,
    font: str,
    centre_middle: bool = False,
) -> Table:
    """Hall name across the top; below, ``middle`` (title, number) and the QR code at
    the right, ``side`` wide; an accent rule under it all."""
    table = Table(
        [[hall, "", ""], ["", middle, qr]],
        colWidths=[side, CONTENT_WIDTH - 2 * side, side],
    )
    centre: list[Style] = [("ALIGN", (1, 1), (1, 1), "CENTER")] if centre_middle else []
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("SPAN", (0, 0), (-1, 0)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                *centre,
                ("ALIGN", (2, 1), (2, 1), "RIGHT"),
                *no_padding(),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 1 * mm),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 1.5 * mm),
                ("LINEBELOW", (0, 1), (-1, 1), 1.2, ACCENT),
            ]
        )
    )
    return table


def numbered_header(
    st: A5Styles, hall_name: str, title: str, application_no: str, training: bool, qr: Drawing
) -> Table:
    """The slip's and the correction notice's header: 受理编号 and ``qr``, its QR code."""
    middle: list[Flowable] = [
        p(title, st.title),
        Spacer(0, 1 * mm),
        Paragraph(
            f'受理编号：<font size="12.5">{escape(application_no)}</font>',
            st.number,
        ),
    ]
    if training:
        middle.append(p(TRAINING_NOTE, st.training))
    return header_table(p(hall_name, st.hall), middle, qr, QR_SIZE + 1 * mm, st.font)


def label_cell(text: str, st: FieldStyles) -> Paragraph:
    return p(text, st.label)


def value_cell(text: str, st: FieldStyles) -> Paragraph:
    return p(text or "—", st.value)


def field_table(
    rows: list[list[object]], label_w: float, font: str, extra: Sequence[Style] = ()
) -> Table:
    """Label | value | label | value rows in a grid, the first column shaded;
    ``extra`` shades the second labels and spans the values that run across."""
    value_w = (CONTENT_WIDTH - 2 * label_w) / 2
    table = Table(rows, colWidths=[label_w, value_w, label_w, value_w])
    table.setStyle(TableStyle([*grid_style(font), *extra]))
    return table


def boxed(
    content: Flowable | list[Flowable],
    font: str,
    colour: colors.Color = ACCENT,
    line_width: float = 0.8,
) -> Table:
    """``content`` framed across the page (the promise, the deadline, the void note)."""
    table = Table([[content]], colWidths=[CONTENT_WIDTH])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("BOX", (0, 0), (-1, -1), line_width, colour),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def two_sides(left: Flowable, right: Flowable, font: str, bottom: float = 0) -> Table:
    """One line: ``left`` at the left half, ``right`` at the right (who signed, the stamp)."""
    table = Table([[left, right]], colWidths=[CONTENT_WIDTH / 2, CONTENT_WIDTH / 2])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                *no_padding(bottom),
            ]
        )
    )
    return table


def customer_signature(who: str, label_w: float, st: A5Styles) -> Table:
    """``who`` (客户签字：), a line to sign on, and 日期：   年  月  日 at the right."""
    when = f"日期：{blank(3)}年{blank(2)}月{blank(2)}日"
    date_w = 48 * mm
    table = Table(
        [[p(who, st.sign), "", Paragraph(when, st.sign_right)]],
        colWidths=[label_w, CONTENT_WIDTH - label_w - date_w, date_w],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), st.font),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                *no_padding(1),
                ("LINEBELOW", (1, 0), (1, 0), 0.6, colors.black),
            ]
        )
    )
    return table


def hall_footer(hall_address: str, hall_phone: str, hotline: str, st: A5Styles) -> Paragraph:
    """Where the hall is, its phone, and the regulator's hotline (from the complaints
    rules, handed in with the document)."""
    parts = []
    if hall_address:
        parts.append(f"营业厅地址：{escape(hall_address)}")
    if hall_phone:
        parts.append(f"服务电话：{escape(hall_phone)}")
    parts.append(f"投诉监督电话：{escape(hotline)}")
    # Separators are breakable: a long address may wrap the footer to two lines.
    return Paragraph(f"{blank(1)} ".join(parts), st.footer)


def draw_page_furniture(
    canvas: Canvas,
    continued: Paragraph | None,
    footer: Paragraph,
    footer_height: float,
) -> None:
    """The footer and a rule above it; ``continued`` (given from page 2) at the top."""
    width, height = PAGE_SIZE
    canvas.saveState()
    if continued is not None:
        continued.wrap(CONTENT_WIDTH, MARGIN_TOP)
        continued.drawOn(canvas, MARGIN_X, height - MARGIN_TOP + 1.5 * mm)
    rule_y = MARGIN_BOTTOM + footer_height + 1.5 * mm
    canvas.setStrokeColor(GRID)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, rule_y, width - MARGIN_X, rule_y)
    footer.drawOn(canvas, MARGIN_X, MARGIN_BOTTOM)
    canvas.restoreState()


def body_frame(footer_height: float) -> Frame:
    """The page's body: between the top margin and the footer (and its rule)."""
    frame_bottom = MARGIN_BOTTOM + footer_height + 4 * mm
    return Frame(
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


def hall_document(
    fh: BinaryIO,
    *,
    pagesize: tuple[float, float],
    font: str,
    title: str,
    author: str,
    subject: str,
    margins: tuple[float, float, float] | None = None,
    font_size: float = 9,
) -> BaseDocTemplate:
    """A document of the hall's: its title, author (the hall) and subject, made by the
    app, in Chinese, with the CJK font as the first (so no Helvetica is embedded).
    ``margins`` are (left and right, top, bottom); None leaves ReportLab's."""
    placed: dict[str, float] = {}
    if margins is not None:
        margin_x, margin_top, margin_bottom = margins
        placed = {
            "leftMargin": margin_x,
            "rightMargin": margin_x,
            "topMargin": margin_top,
            "bottomMargin": margin_bottom,
        }
    return BaseDocTemplate(
        fh,
        pagesize=pagesize,
        **placed,
        title=title,
        author=author,
        subject=subject,
        creator="柜台助手 Counter Assistant",
        lang="zh-CN",
        initialFontName=font,
        initialFontSize=font_size,
    )


def build_a5(
    fh: BinaryIO,
    story: Callable[[], list[Flowable]],
    *,
    font: str,
    footer: Paragraph,
    continued: str,
    continued_style: ParagraphStyle,
    training: bool,
    template_id: str,
    title: str,
    author: str,
    subject: str,
    mark_drop: float | None = MARK_DROP,
) -> None:
    """Lay ``story()`` out on A5 pages with the footer, 续 line and 培训 mark; write to ``fh``.

    ``continued`` is the line at the top of pages 2 and on; ``mark_drop``
    places the 培训 mark (None: watermark.py's own place).
    """
    _, footer_height = footer.wrap(CONTENT_WIDTH, PAGE_SIZE[1])

    def on_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
        if training:
            # Drawn before the page's content, so the text stays readable over it.
            draw_training_mark(canvas, *PAGE_SIZE, font, drop=mark_drop)
        cont = p(continued, continued_style) if doc.page > 1 else None
        draw_page_furniture(canvas, cont, footer, footer_height)

    doc = hall_document(
        fh,
        pagesize=PAGE_SIZE,
        font=font,
        title=title,
        author=author,
        subject=subject,
        margins=(MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM),
    )
    doc.addPageTemplates(
        [PageTemplate(id=template_id, frames=[body_frame(footer_height)], onPage=on_page)]
    )
    doc.build(story())


def write_numbered_paper(
    path: Path,
    paper: HallPaper,
    story: Callable[[], list[Flowable]],
    st: A5Styles,
    *,
    title: str,
    number: str,
    subject: str,
    template_id: str,
    mark_drop: float | None = MARK_DROP,
) -> Path:
    """The acceptance slip, correction notice and complaint slip: an A5 paper titled
    ``title``, its 受理编号 ``number`` on every later page, the hall's footer; written
    atomically to ``path`` (returned). ``subject`` goes in brackets after the title."""

    def write(fh: BinaryIO) -> None:
        build_a5(
            fh,
            story,
            font=st.font,
            footer=hall_footer(paper.hall_address, paper.hall_phone, paper.hotline, st),
            continued=f"{title}（续）　受理编号：{number}",
            continued_style=st.continued,
            training=paper.training,
            template_id=template_id,
            title=f"{title} {number}",
            author=paper.hall_name,
            subject=f"{title}（{subject}）",
            mark_drop=mark_drop,
        )

    return write_atomically(Path(path), write)
