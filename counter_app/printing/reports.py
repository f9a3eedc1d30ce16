"""Reports printed on office paper: the daily cash settlement (日结报表, A4) and
the tiered tariff explanation for a customer (阶梯电价计算说明, A5).

Same font, colours and conventions as the slips (slips.py): every table names
the shipped font, the pages carry a footer, training mode a 培训 watermark.
"""

from __future__ import annotations

import functools
from decimal import Decimal
from pathlib import Path
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
    KeepTogether,
    PageTemplate,
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
    build_a5,
    format_cn_date,
    format_cn_datetime,
)
from counter_app.printing.a5_layout import CONTENT_WIDTH as A5_CONTENT_WIDTH
from counter_app.printing.documents import BillExplainerDoc, SettlementReport
from counter_app.printing.files import write_atomically
from counter_app.printing.fonts import register_cjk_font
from counter_app.printing.watermark import draw_training_mark

__all__ = [
    "BILL_TITLE",
    "SETTLEMENT_TITLE",
    "difference_text",
    "explanation_text",
    "format_price",
    "render_bill_explainer",
    "render_settlement_report",
]

SETTLEMENT_TITLE = "营业收费日结报表"
BILL_TITLE = "阶梯电价计算说明"
TRAINING_NOTE = "培训模式 · 非有效凭证"
CASH = "现金"
VOIDED = "作废"

ALERT = colors.HexColor("#C62828")  # a difference, a void: red on the report
FAINT = colors.HexColor("#9E9E9E")
ZEBRA = colors.HexColor("#F6F8F8")

A4_MARGIN_X = 15 * mm
A4_MARGIN_TOP = 14 * mm
A4_MARGIN_BOTTOM = 12 * mm
A4_CONTENT_WIDTH = A4[0] - 2 * A4_MARGIN_X


def difference_text(difference: Decimal) -> str:
    """+¥12.00（长款）, -¥5.00（短款）, ¥0.00（账实相符）."""
    if difference > 0:
        return f"+¥{format_amount(difference)}（长款）"
    if difference < 0:
        return f"-¥{format_amount(-difference)}（短款）"
    return "¥0.00（账实相符）"


def format_price(price: Decimal) -> str:
    """A tariff per kWh with at least three decimals: 0.538 -> 0.538, 0.5 -> 0.500."""
    exponent = price.normalize().as_tuple().exponent
    places = max(3, -exponent) if isinstance(exponent, int) else 3
    return f"{price:.{places}f}"


# ---------------------------------------------------------------------------
# Shared page furniture


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
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), LABEL_BG))
    return commands


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


def _document(
    fh: BinaryIO, pagesize: tuple[float, float], margins: tuple[float, float, float], **meta: str
) -> BaseDocTemplate:
    margin_x, margin_top, margin_bottom = margins
    return BaseDocTemplate(
        fh,
        pagesize=pagesize,
        leftMargin=margin_x,
        rightMargin=margin_x,
        topMargin=margin_top,
        bottomMargin=margin_bottom,
        creator="柜台助手 Counter Assistant",
        lang="zh-CN",
        initialFontName=_styles().font,
        initialFontSize=9,
        **meta,
    )


# ---------------------------------------------------------------------------
# 日结报表 (A4)


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

    doc = _document(
        fh,
        A4,
        (A4_MARGIN_X, A4_MARGIN_TOP, A4_MARGIN_BOTTOM),
        title=title,
        author=author,
        subject=subject,
    )
    doc.addPageTemplates([PageTemplate(id="report", frames=[frame], onPage=on_page)])
    doc.build(story, canvasmaker=functools.partial(_PagedCanvas, page_footer=page_footer))


def render_settlement_report(report: SettlementReport, path: Path) -> Path:
    """Render the daily settlement ``report`` to an A4 PDF at ``path``; return ``path``.

    The receipts list runs on over as many pages as it needs, its header row
    repeated; every page names the settlement and its page number.
    """
    st = _styles()
    who = (f"日结编号：{report.settlement_no}", f"日期：{format_cn_date(report.day)}")

    def write(fh: BinaryIO) -> None:
        write_a4_report(
            fh,
            st,
            _settlement_story(report, st),
            continued=_parts(f"{SETTLEMENT_TITLE}（续）", *who, f"收费员：{report.clerk}"),
            footer=_parts(report.hall_name, *who),
            training=report.training,
            title=f"{SETTLEMENT_TITLE} {report.settlement_no}",
            author=report.hall_name,
            subject=f"{SETTLEMENT_TITLE}（{report.clerk}，{format_cn_date(report.day)}）",
        )

    return write_atomically(Path(path), write)


def _settlement_story(report: SettlementReport, st: _Styles) -> list[Flowable]:
    head: list[Flowable] = [
        _p(report.hall_name, st.hall),
        Spacer(0, 1 * mm),
        _p(SETTLEMENT_TITLE, st.title),
        Spacer(0, 1.5 * mm),
        Paragraph(
            _parts(
                f"日结编号：{report.settlement_no}",
                f"日期：{format_cn_date(report.day)}",
                f"收费员：{report.clerk}",
            ),
            st.subtitle,
        ),
    ]
    if report.training:
        head.append(_p(TRAINING_NOTE, st.training))
    head.append(_Line(A4_CONTENT_WIDTH, 1.2, ACCENT, space_before=2 * mm))

    voided = sum(1 for row in report.receipts if row[4] == VOIDED)
    story: list[Flowable] = [
        *head,
        Spacer(0, 4 * mm),
        KeepTogether(
            [
                _p("一、现金清点（盲点）", st.section),
                Spacer(0, 1.5 * mm),
                _denomination_table(report, st),
            ]
        ),
        *_attempts(report, st),
        Spacer(0, 4 * mm),
        KeepTogether(
            [
                _p("二、按支付方式汇总及现金核对", st.section),
                Spacer(0, 1.5 * mm),
                _method_table(report, st),
                Spacer(0, 2 * mm),
                *_difference(report, st),
            ]
        ),
        Spacer(0, 4 * mm),
        _p(f"三、收据明细（共{len(report.receipts)}张，其中作废{voided}张）", st.section),
        Spacer(0, 1.5 * mm),
        _receipts_table(report, st),
        Spacer(0, 4 * mm),
        KeepTogether(
            [
                _p(f"四、作废记录（{len(report.voids)}笔）", st.section),
                Spacer(0, 1.5 * mm),
                _voids_table(report, st),
            ]
        ),
        Spacer(0, 4 * mm),
        KeepTogether(
            [
                _p(f"五、补打记录（{len(report.reprints)}笔）", st.section),
                Spacer(0, 1.5 * mm),
                _reprints_table(report, st),
            ]
        ),
        Spacer(0, 6 * mm),
        _signatures(report, st),
        *([_p(f"审计链锚点：{report.anchor}", st.note)] if report.anchor else []),
    ]
    return story


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


def _denomination_table(report: SettlementReport, st: _Styles) -> Table:
    """The blind count, denominations in two halves side by side, then the total."""
    head = [_p(t, st.head) for t in ("面额", "张（枚）数", "金额（元）")]
    cells = [
        [
            _p(label, st.cell_center),
            _p(str(count), st.cell_right),
            _p(format_amount(subtotal), st.cell_right),
        ]
        for label, count, subtotal in report.counted_by_denomination
    ] or [[_p("—", st.cell_center), "", ""]]
    half = (len(cells) + 1) // 2
    left, right = cells[:half], cells[half:]
    right += [["", "", ""]] * (len(left) - len(right))
    rows: list[list[Any]] = [head + head] + [a + b for a, b in zip(left, right, strict=True)]
    count = sum(row[1] for row in report.counted_by_denomination)
    rows.append(
        [
            _p("实点现金合计", st.cell_center),
            "",
            "",
            "",
            _p(str(count), st.cell_right),
            _p(format_amount(report.counted_cash), st.cell_right),
        ]
    )
    third = A4_CONTENT_WIDTH / 2
    widths = [third * 0.3, third * 0.3, third * 0.4] * 2
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                *_grid(st.font),
                ("SPAN", (0, -1), (3, -1)),
                ("LINEAFTER", (2, 0), (2, -2), 1, GRID),
                ("BACKGROUND", (0, -1), (-1, -1), LABEL_BG),
                ("LINEABOVE", (0, -1), (-1, -1), 1, ACCENT),
            ]
        )
    )
    return table


def _attempts(report: SettlementReport, st: _Styles) -> list[Flowable]:
    """Every blind count compared that day, the signed one last: a recount leaves a trace."""
    if not report.count_attempts:
        return []
    last = report.count_attempts[-1][0]
    head = ("次序", "核对时间", "实点现金（元）", "当时应收（元）", "差额（元）", "备注")
    rows: list[list[Any]] = [[_p(t, st.head) for t in head]]
    for number, at, counted, expected in report.count_attempts:
        difference = counted - expected
        rows.append(
            [
                _p(f"第{number}次", st.cell_center),
                _p(at.strftime("%H:%M:%S"), st.cell_center),
                _p(format_amount(counted), st.cell_right),
                _p(format_amount(expected), st.cell_right),
                _p(_signed(difference), st.cell_alert if difference else st.cell_right),
                _p("日结以此为准" if number == last else "已重新清点", st.cell_center),
            ]
        )
    widths = [A4_CONTENT_WIDTH / 6] * 6
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(_grid(st.font)))
    title = f"清点核对记录（共{len(report.count_attempts)}次）"
    return [Spacer(0, 3 * mm), KeepTogether([_p(title, st.section), Spacer(0, 1.5 * mm), table])]


def _method_table(report: SettlementReport, st: _Styles) -> Table:
    diff_style = st.cell_alert if report.difference else st.cell_right
    by_method = {method: (count, total) for method, count, total in report.totals_by_method}
    cash_count = by_method.get(CASH, (0, Decimal("0")))[0]
    rows: list[list[Any]] = [
        [
            _p(t, st.head)
            for t in ("支付方式", "笔数", "系统应收（元）", "实点/实收（元）", "差额（元）")
        ],
        [
            _p(CASH, st.cell_center),
            _p(str(cash_count), st.cell_right),
            _p(format_amount(report.expected_cash), st.cell_right),
            _p(format_amount(report.counted_cash), st.cell_right),
            _p(_signed(report.difference), diff_style),
        ],
    ]
    for method, count, total in report.totals_by_method:
        if method == CASH:
            continue
        rows.append(
            [
                _p(method, st.cell_center),
                _p(str(count), st.cell_right),
                _p(format_amount(total), st.cell_right),
                _p(format_amount(total), st.cell_right),
                _p("—", st.cell_center),
            ]
        )
    count_all = cash_count + sum(c for m, c, _ in report.totals_by_method if m != CASH)
    expected_all = report.expected_cash + sum(
        (t for m, _, t in report.totals_by_method if m != CASH), Decimal("0")
    )
    received_all = report.counted_cash + sum(
        (t for m, _, t in report.totals_by_method if m != CASH), Decimal("0")
    )
    rows.append(
        [
            _p("合计", st.cell_center),
            _p(str(count_all), st.cell_right),
            _p(format_amount(expected_all), st.cell_right),
            _p(format_amount(received_all), st.cell_right),
            _p(_signed(report.difference), diff_style),
        ]
    )
    width = A4_CONTENT_WIDTH / 5
    table = Table(rows, colWidths=[width] * 5, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                *_grid(st.font),
                ("BACKGROUND", (0, -1), (-1, -1), LABEL_BG),
                ("LINEABOVE", (0, -1), (-1, -1), 1, ACCENT),
            ]
        )
    )
    return table


def _signed(amount: Decimal) -> str:
    if amount > 0:
        return f"+{format_amount(amount)}"
    if amount < 0:
        return f"-{format_amount(-amount)}"
    return "0.00"


def _difference(report: SettlementReport, st: _Styles) -> list[Flowable]:
    out: list[Flowable] = []
    text = f"现金差额：{difference_text(report.difference)}"
    if report.difference:
        out.append(_p(text, st.alert))
        reason = report.difference_reason.strip() or "（未填写）"
        out.append(_p(f"差额原因：{reason}", st.alert))
    else:
        out.append(_p(text, st.ok))
    out.append(_p("说明：银行卡、移动支付以系统交易流水为准，不参与现金清点。", st.note))
    return out


def _receipts_table(report: SettlementReport, st: _Styles) -> Table:
    widths = [12 * mm, 58 * mm, 18 * mm, 42 * mm, 30 * mm, 0.0]
    widths[-1] = A4_CONTENT_WIDTH - sum(widths)
    rows: list[list[Any]] = [
        [_p(t, st.head) for t in ("序号", "收据号", "时间", "户号", "金额（元）", "状态")]
    ]
    commands = [*_grid(st.font)]
    for number, (receipt_no, time, account_no, amount, status) in enumerate(
        report.receipts, start=1
    ):
        void = status == VOIDED
        rows.append(
            [
                _p(str(number), st.cell_center),
                _p(receipt_no, st.cell),
                _p(time, st.cell_center),
                _p(account_no, st.cell),
                _p(format_amount(amount), st.cell_faint if void else st.cell_right),
                _p(status, st.status_alert if void else st.cell_center),
            ]
        )
        if number % 2 == 0:
            commands.append(("BACKGROUND", (0, number), (-1, number), ZEBRA))
    if not report.receipts:
        rows.append([_p("—", st.cell_center), _p("当日无收费记录", st.cell), "", "", "", ""])
        commands.append(("SPAN", (1, 1), (-1, 1)))
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def _voids_table(report: SettlementReport, st: _Styles) -> Table:
    widths = [58 * mm, 0.0, 40 * mm]
    widths[1] = A4_CONTENT_WIDTH - sum(widths)
    rows: list[list[Any]] = [[_p(t, st.head) for t in ("收据号", "作废原因", "授权人")]]
    rows += [
        [_p(no, st.cell), _p(reason, st.cell), _p(by, st.cell_center)]
        for no, reason, by in report.voids
    ] or [[_p("无", st.cell), "", ""]]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(_grid(st.font)))
    return table


def _reprints_table(report: SettlementReport, st: _Styles) -> Table:
    widths = [58 * mm, 24 * mm, 0.0]
    widths[2] = A4_CONTENT_WIDTH - sum(widths)
    rows: list[list[Any]] = [[_p(t, st.head) for t in ("收据号", "补打次数", "最后一次补打原因")]]
    rows += [
        [_p(no, st.cell), _p(str(copies), st.cell_center), _p(reason, st.cell)]
        for no, copies, reason in report.reprints
    ] or [[_p("无", st.cell), "", ""]]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(_grid(st.font)))
    return table


def _signatures(report: SettlementReport, st: _Styles) -> Flowable:
    """Signature lines for the clerk and the supervisor (复核人), side by side.

    A signed-off report names the supervisor and the time of the sign-off in
    the app; the handwritten signatures go on the lines all the same.
    """
    if report.signed_off_by:
        reviewed = f"复核人：{report.signed_off_by}（已在系统中复核确认）"
        when = format_cn_datetime(report.signed_at) if report.signed_at else "—"
    else:
        reviewed = "复核人：（未复核）"
        when = ""
    rows = [
        [_p("收费员签字：", st.sign), "", "", _p("复核人（值班长）签字：", st.sign), ""],
        [_p(f"收费员：{report.clerk}", st.cell), "", "", _p(reviewed, st.cell), ""],
        [
            _p(f"日期：{format_cn_date(report.day)}", st.cell),
            "",
            "",
            _p(f"复核时间：{when}", st.cell),
            "",
        ],
    ]
    table = Table(rows, colWidths=[24 * mm, 52 * mm, 12 * mm, 42 * mm, 50 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), st.font),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 1), (-1, 1), 4 * mm),
                ("LINEBELOW", (1, 0), (1, 0), 0.6, colors.black),
                ("LINEBELOW", (4, 0), (4, 0), 0.6, colors.black),
                ("SPAN", (0, 1), (1, 1)),
                ("SPAN", (3, 1), (4, 1)),
                ("SPAN", (0, 2), (1, 2)),
                ("SPAN", (3, 2), (4, 2)),
            ]
        )
    )
    return KeepTogether([table])


# ---------------------------------------------------------------------------
# 阶梯电价计算说明 (A5)


def render_bill_explainer(doc: BillExplainerDoc, path: Path) -> Path:
    """Render the tier-by-tier bill explanation ``doc`` to an A5 PDF; return ``path``."""
    st = _styles()

    def write(fh: BinaryIO) -> None:
        build_a5(
            fh,
            lambda: _bill_story(doc, st),
            font=st.font,
            footer=Paragraph(
                _parts(doc.hall_name, f"投诉监督电话：{SUPERVISION_HOTLINE}"), st.footer
            ),
            continued=f"{BILL_TITLE}（续）　户号：{doc.account_no}",
            continued_style=st.footer_right,
            training=doc.training,
            template_id="bill",
            title=f"{BILL_TITLE} {doc.account_no} {doc.period}",
            author=doc.hall_name,
            subject=BILL_TITLE,
            mark_drop=None,  # where draw_training_mark puts it, as before
        )

    return write_atomically(Path(path), write)


def explanation_text(doc: BillExplainerDoc) -> str:
    """The tiers in one sentence, as a clerk would say them."""
    total_kwh = doc.already_used_kwh + doc.consumption_kwh
    parts = [
        f"{kwh:,}千瓦时按{label}电价{format_price(price)}元/千瓦时计，{format_amount(amount)}元"
        for label, kwh, price, amount in doc.lines
    ]
    return (
        f"本期用电{doc.consumption_kwh:,}千瓦时，本年度此前已用电{doc.already_used_kwh:,}千瓦时，"
        f"累计{total_kwh:,}千瓦时。按年度阶梯电价，本期电量中"
        + "；".join(parts)
        + f"。本期电费合计{format_amount(doc.total)}元。"
    )


def _bill_story(doc: BillExplainerDoc, st: _Styles) -> list[Flowable]:
    story: list[Flowable] = [
        _p(doc.hall_name, st.hall),
        Spacer(0, 1 * mm),
        _p(BILL_TITLE, st.title),
    ]
    if doc.training:
        story.append(_p(TRAINING_NOTE, st.training))
    story += [
        _Line(A5_CONTENT_WIDTH, 1.2, ACCENT, space_before=2 * mm),
        Spacer(0, 3 * mm),
        _bill_info(doc, st),
        Spacer(0, 4 * mm),
        _p("分档计算", st.section),
        Spacer(0, 1.5 * mm),
        _tier_table(doc, st),
        Spacer(0, 3 * mm),
        _p(explanation_text(doc), st.text),
    ]
    if doc.note.strip():
        note = "<br/>".join(escape(line.strip()) for line in doc.note.strip().splitlines())
        story += [
            Spacer(0, 3 * mm),
            Paragraph(f'<font color="{_hex(ACCENT)}">说明：</font>{note}', st.note),
        ]
    return story


def _bill_info(doc: BillExplainerDoc, st: _Styles) -> Table:
    label_w = 26 * mm
    value_w = (A5_CONTENT_WIDTH - 2 * label_w) / 2
    total_kwh = doc.already_used_kwh + doc.consumption_kwh
    rows = [
        [
            _p("户号", st.label),
            _p(doc.account_no, st.cell),
            _p("户名", st.label),
            _p(doc.account_name, st.cell),
        ],
        [
            _p("计费周期", st.label),
            _p(doc.period, st.cell),
            _p("本期电量", st.label),
            _p(f"{doc.consumption_kwh:,} kWh", st.cell),
        ],
        [
            _p("年内此前已用", st.label),
            _p(f"{doc.already_used_kwh:,} kWh", st.cell),
            _p("年内累计", st.label),
            _p(f"{total_kwh:,} kWh", st.cell),
        ],
    ]
    table = Table(rows, colWidths=[label_w, value_w, label_w, value_w])
    table.setStyle(
        TableStyle(
            [
                *_grid(st.font, header=False),
                ("BACKGROUND", (0, 0), (0, -1), LABEL_BG),
                ("BACKGROUND", (2, 0), (2, -1), LABEL_BG),
            ]
        )
    )
    return table


def _tier_table(doc: BillExplainerDoc, st: _Styles) -> Table:
    widths = [18 * mm, 20 * mm, 24 * mm, 0.0, 22 * mm]
    widths[3] = A5_CONTENT_WIDTH - sum(widths)
    rows: list[list[Any]] = [
        [_p(t, st.head) for t in ("档位", "电量(kWh)", "电价(元/kWh)", "计算", "电费(元)")]
    ]
    for label, kwh, price, amount in doc.lines:
        rows.append(
            [
                _p(label, st.cell_center),
                _p(f"{kwh:,}", st.cell_right),
                _p(format_price(price), st.cell_right),
                _p(f"{kwh:,} × {format_price(price)} = {format_amount(amount)}", st.cell),
                _p(format_amount(amount), st.cell_right),
            ]
        )
    kwh_all = sum(line[1] for line in doc.lines)
    rows.append(
        [
            _p("合计", st.cell_center),
            _p(f"{kwh_all:,}", st.cell_right),
            _p(f"人民币{amount_in_words(doc.total)}", st.cell),
            "",
            _p(format_amount(doc.total), st.cell_right),
        ]
    )
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                *_grid(st.font),
                ("SPAN", (2, -1), (3, -1)),
                ("BACKGROUND", (0, -1), (-1, -1), LABEL_BG),
                ("LINEABOVE", (0, -1), (-1, -1), 1, ACCENT),
            ]
        )
    )
    return table


def _hex(color: colors.Color) -> str:
    return "#" + color.hexval()[2:]
