"""The acceptance slip (业务受理回执), A5 portrait, rendered with ReportLab.

Imported only when printing (not at application start-up), so ReportLab is
imported at module top here.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO
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
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from counter_app.printing.documents import AcceptanceSlip, SlipStep
from counter_app.printing.files import write_atomically
from counter_app.printing.fonts import register_cjk_font

TITLE = "业务受理回执"
SUPERVISION_HOTLINE = "12398"  # 国家能源局 energy regulator hotline (domain.md)

PAGE_SIZE = A5
MARGIN_X = 12 * mm
MARGIN_TOP = 8 * mm
MARGIN_BOTTOM = 7 * mm
CONTENT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X
QR_SIZE = 17 * mm

# State Grid green for rules and headings; everything else prints in black/grey.
ACCENT = colors.HexColor("#00706B")
LABEL_BG = colors.HexColor("#EEF3F2")
GRID = colors.HexColor("#8A8F8E")
MUTED = colors.HexColor("#555555")

MARK_RECEIVED = "✓"  # U+2713, present in WenQuanYi Micro Hei
MARK_MISSING = "□"  # U+25A1


def format_cn_date(d: date) -> str:
    """2025年6月10日: the date as the clerk's words and every screen write it."""
    return f"{d.year}年{d.month}月{d.day}日"


def format_cn_datetime(dt: datetime) -> str:
    return f"{format_cn_date(dt)} {dt.hour:02d}:{dt.minute:02d}"


def promise_text(slip: AcceptanceSlip) -> str:
    """The committed time limit sentence, as printed (plain text)."""
    return (
        f"承诺办结时限：{slip.time_limit_days}个工作日，"
        f"预计 {format_cn_date(slip.promised_date)} 前完成"
    )


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


def render_acceptance_slip(slip: AcceptanceSlip, path: Path) -> Path:
    """Render ``slip`` to a PDF at ``path`` (written atomically); return ``path``."""
    font = register_cjk_font()
    styles = _Styles(font)

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
            title=f"{TITLE} {slip.application_no}",
            author=slip.hall_name,
            subject=f"{TITLE}（{slip.business_name}）",
            creator="柜台助手 Counter Assistant",
            lang="zh-CN",
            initialFontName=font,
            initialFontSize=9,
        )
        doc.addPageTemplates([PageTemplate(id="slip", frames=[frame], onPage=on_page)])
        doc.build(_story(slip, styles))

    return write_atomically(Path(path), write)


class _Styles:
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


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped: names and addresses may hold '&' or '<')."""
    return Paragraph(escape(text), style)


def _story(slip: AcceptanceSlip, st: _Styles) -> list[Flowable]:
    story: list[Flowable] = [
        _header(slip, st),
        Spacer(0, 2 * mm),
        _info_table(slip, st),
        Spacer(0, 2.5 * mm),
        *_documents(slip, st),
        Spacer(0, 2.5 * mm),
        KeepTogether(
            [
                _p("办电环节及时限", st.section),
                Spacer(0, 1 * mm),
                _steps_table(slip.steps, st),
                Spacer(0, 2 * mm),
                _promise_box(slip, st),
            ]
        ),
    ]
    if slip.notice.strip():
        # The clerk's line breaks (numbered next steps) are kept.
        # Sentences run on: a <br/> after a line that fills the width leaves a blank line.
        notice = "".join(escape(line.strip()) for line in slip.notice.strip().splitlines())
        story += [
            Spacer(0, 2.5 * mm),
            Paragraph(f'<font color="{_hex(ACCENT)}">温馨提示：</font>{notice}', st.notice),
        ]
    signature = [Spacer(0, 5 * mm), _signature(slip, st)]
    story += [_FillToBottom(signature), *signature]
    return story


class _FillToBottom(Flowable):
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


def _header(slip: AcceptanceSlip, st: _Styles) -> Table:
    middle: list[Flowable] = [
        _p(TITLE, st.title),
        Spacer(0, 1 * mm),
        Paragraph(
            f'受理编号：<font size="12.5">{escape(slip.application_no)}</font>',
            st.number,
        ),
    ]
    if slip.training:
        middle.append(_p("培训模式 · 非有效凭证", st.training))
    qr = qr_drawing(slip.application_no)
    side = QR_SIZE + 1 * mm
    table = Table(
        [[_p(slip.hall_name, st.hall), "", ""], ["", middle, qr]],
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


def _info_table(slip: AcceptanceSlip, st: _Styles) -> Table:
    label_w = 23 * mm
    value_w = (CONTENT_WIDTH - 2 * label_w) / 2

    def lab(text: str) -> Paragraph:
        return _p(text, st.label)

    def val(text: str) -> Paragraph:
        return _p(text or "—", st.value)

    certificate = " ".join(part for part in (slip.certificate_type, slip.customer_id) if part)
    rows: list[list[object]] = [
        [lab("业务类型"), val(slip.business_name), "", ""],
        [
            lab("受理编号"),
            val(slip.application_no),
            lab("受理时间"),
            val(format_cn_datetime(slip.accepted_at)),
        ],
        [lab("客户名称"), val(slip.customer_name), lab("联系电话"), val(slip.mobile)],
        [lab("证件类型/号码"), val(certificate), "", ""],
        [lab("用电地址"), val(slip.address), "", ""],
        [
            lab("申请容量(kW)"),
            val(slip.capacity_kw),
            lab("受理人/柜台"),
            val(f"{slip.clerk} / {slip.counter}" if slip.counter else slip.clerk),
        ],
    ]
    spans = [0, 3, 4]
    paired = [1, 2, 5]  # rows with a second label in column 2
    if slip.account_no:
        # Change-of-service businesses act on an existing account: right under the business.
        rows.insert(1, [lab("户号"), val(slip.account_no), "", ""])
        spans = [0, 1, *(row + 1 for row in spans[1:])]
        paired = [row + 1 for row in paired]
    if slip.proxy_name:
        rows.append([lab("代办人"), val(slip.proxy_name), "", ""])
        spans.append(len(rows) - 1)

    style: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), st.font),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (0, -1), LABEL_BG),
        *(("BACKGROUND", (2, row), (2, row), LABEL_BG) for row in paired),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    style += [("SPAN", (1, row), (3, row)) for row in spans]
    table = Table(rows, colWidths=[label_w, value_w, label_w, value_w])
    table.setStyle(TableStyle(style))
    return table


def _documents(slip: AcceptanceSlip, st: _Styles) -> list[Flowable]:
    out: list[Flowable] = []
    received = slip.documents_received
    out.append(_p(f"已收资料（共{len(received)}项）", st.section))
    out.append(Spacer(0, 1 * mm))
    if received:
        out.append(_two_column_list(received, MARK_RECEIVED, st))
    else:
        out.append(_p("无", st.item))
    if slip.documents_missing:
        out += [
            Spacer(0, 2 * mm),
            _p(f"待补资料（共{len(slip.documents_missing)}项，请补齐后交营业厅）", st.section),
            Spacer(0, 1 * mm),
            _two_column_list(slip.documents_missing, MARK_MISSING, st),
        ]
    return out


def _two_column_list(items: tuple[str, ...], mark: str, st: _Styles) -> Table:
    """Items in two columns, filled row by row, each with its mark hanging left."""
    mark_w = 4 * mm
    col_w = CONTENT_WIDTH / 2
    cells = [[_p(mark, st.item), _p(text, st.item)] for text in items]
    if len(cells) % 2:
        cells.append(["", ""])
    rows = [cells[i] + cells[i + 1] for i in range(0, len(cells), 2)]
    table = Table(rows, colWidths=[mark_w, col_w - mark_w, mark_w, col_w - mark_w])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), st.font),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (0, 0), (0, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def _steps_table(steps: tuple[SlipStep, ...], st: _Styles) -> Table:
    no_w, limit_w, due_w = 8 * mm, 21 * mm, 28 * mm
    rows: list[list[object]] = [
        [
            _p("序号", st.head),
            _p("办电环节", st.head),
            _p("时限(工作日)", st.head),
            _p("预计完成日期", st.head),
        ]
    ]
    for number, step in enumerate(steps, start=1):
        rows.append(
            [
                _p(str(number), st.cell_center),
                _p(step.name, st.value),
                _p(str(step.limit_days), st.cell_center),
                _p(format_cn_date(step.due) if step.due else "—", st.cell_center),
            ]
        )
    if not steps:
        rows.append(["", _p("—", st.value), "", ""])
    table = Table(
        rows,
        colWidths=[no_w, CONTENT_WIDTH - no_w - limit_w - due_w, limit_w, due_w],
        repeatRows=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), st.font),
                ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), LABEL_BG),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    return table


def _promise_box(slip: AcceptanceSlip, st: _Styles) -> Table:
    text = (
        f'承诺办结时限：<font color="{_hex(ACCENT)}">{slip.time_limit_days}</font>个工作日，'
        f'预计 <font color="{_hex(ACCENT)}">{format_cn_date(slip.promised_date)}</font> 前完成'
    )
    table = Table([[Paragraph(text, st.promise)]], colWidths=[CONTENT_WIDTH])
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


def _signature(slip: AcceptanceSlip, st: _Styles) -> Table:
    who = "客户（代办人）签字：" if slip.proxy_name else "客户签字："
    when = f"日期：{_blank(3)}年{_blank(2)}月{_blank(2)}日"
    label_w = 31 * mm if slip.proxy_name else 17 * mm
    date_w = 48 * mm
    table = Table(
        [[_p(who, st.sign), "", Paragraph(when, st.sign_right)]],
        colWidths=[label_w, CONTENT_WIDTH - label_w - date_w, date_w],
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
                ("LINEBELOW", (1, 0), (1, 0), 0.6, colors.black),
            ]
        )
    )
    return table


def _blank(cjk_chars: int) -> str:
    """Markup for blank room about ``cjk_chars`` characters wide.

    Paragraph collapses runs of ordinary and ideographic spaces alike; only
    no-break spaces keep their width (about a quarter of a CJK character).
    """
    return "&nbsp;" * (4 * cjk_chars)


def _footer(slip: AcceptanceSlip, st: _Styles) -> Paragraph:
    parts = []
    if slip.hall_address:
        parts.append(f"营业厅地址：{escape(slip.hall_address)}")
    if slip.hall_phone:
        parts.append(f"服务电话：{escape(slip.hall_phone)}")
    parts.append(f"投诉监督电话：{SUPERVISION_HOTLINE}")
    # Separators are breakable: a long address may wrap the footer to two lines.
    return Paragraph(f"{_blank(1)} ".join(parts), st.footer)


def _decorate_page(
    canvas: Canvas,
    doc: BaseDocTemplate,
    slip: AcceptanceSlip,
    st: _Styles,
    footer: Paragraph,
    footer_height: float,
) -> None:
    width, height = PAGE_SIZE
    canvas.saveState()
    if slip.training:
        # Drawn before the page's content, so the text stays readable over it.
        canvas.setFillColor(colors.Color(0.85, 0.1, 0.1, alpha=0.10))
        canvas.setFont(st.font, 110)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(35)
        canvas.drawCentredString(0, -38, "培训")
        canvas.rotate(-35)
        canvas.translate(-width / 2, -height / 2)
    if doc.page > 1:
        cont = _p(f"{TITLE}（续）　受理编号：{slip.application_no}", st.continued)
        cont.wrap(CONTENT_WIDTH, MARGIN_TOP)
        cont.drawOn(canvas, MARGIN_X, height - MARGIN_TOP + 1.5 * mm)
    rule_y = MARGIN_BOTTOM + footer_height + 1.5 * mm
    canvas.setStrokeColor(GRID)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, rule_y, width - MARGIN_X, rule_y)
    footer.drawOn(canvas, MARGIN_X, MARGIN_BOTTOM)
    canvas.restoreState()


def _hex(color: colors.Color) -> str:
    return "#" + color.hexval()[2:]
