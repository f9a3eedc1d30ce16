"""The acceptance slip (业务受理回执), A5 portrait, rendered with ReportLab.

Imported only when printing (not at application start-up), so ReportLab is
imported at module top here.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from counter_app.printing.a5_layout import (
    ACCENT,
    CONTENT_WIDTH,
    HEADER_ROW,
    LABEL_BG,
    MARGIN_TOP,
    MARGIN_X,
    QR_SIZE,
    A5Styles,
    FillToBottom,
    boxed,
    customer_signature,
    field_table,
    format_cn_date,
    format_cn_datetime,
    grid_style,
    hex_colour,
    label_cell,
    numbered_header,
    p,
    qr_drawing,
    value_cell,
    write_numbered_paper,
)
from counter_app.printing.documents import AcceptanceSlip, SlipStep
from counter_app.printing.fonts import register_cjk_font

__all__ = [
    "MARGIN_TOP",
    "MARGIN_X",
    "QR_SIZE",
    "TITLE",
    "format_cn_date",
    "format_cn_datetime",
    "promise_text",
    "qr_drawing",
    "render_acceptance_slip",
]

TITLE = "业务受理回执"

MARK_RECEIVED = "✓"  # U+2713, present in WenQuanYi Micro Hei
MARK_MISSING = "□"  # U+25A1


def promise_text(slip: AcceptanceSlip) -> str:
    """The committed time limit sentence, as printed (plain text)."""
    return (
        f"承诺办结时限：{slip.time_limit_days}个工作日，"
        f"预计 {format_cn_date(slip.promised_date)} 前完成"
    )


def render_acceptance_slip(slip: AcceptanceSlip, path: Path) -> Path:
    """Render ``slip`` to a PDF at ``path`` (written atomically); return ``path``."""
    st = A5Styles(register_cjk_font())
    return write_numbered_paper(
        path,
        slip,
        lambda: _story(slip, st),
        st,
        title=TITLE,
        number=slip.application_no,
        subject=slip.business_name,
        template_id="slip",
    )


def _story(slip: AcceptanceSlip, st: A5Styles) -> list[Flowable]:
    story: list[Flowable] = [
        numbered_header(
            st,
            slip.hall_name,
            TITLE,
            slip.application_no,
            slip.training,
            qr_drawing(slip.application_no),
        ),
        Spacer(0, 2 * mm),
        _info_table(slip, st),
        Spacer(0, 2.5 * mm),
        *_documents(slip, st),
        Spacer(0, 2.5 * mm),
        KeepTogether(
            [
                p("办电环节及时限", st.section),
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
            Paragraph(f'<font color="{hex_colour(ACCENT)}">温馨提示：</font>{notice}', st.notice),
        ]
    signature = [Spacer(0, 5 * mm), _signature(slip, st)]
    story += [FillToBottom(signature), *signature]
    return story


def _info_table(slip: AcceptanceSlip, st: A5Styles) -> Table:
    def lab(text: str) -> Paragraph:
        return label_cell(text, st)

    def val(text: str) -> Paragraph:
        return value_cell(text, st)

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

    extra: list[tuple[object, ...]] = [
        *(("BACKGROUND", (2, row), (2, row), LABEL_BG) for row in paired),
        *(("SPAN", (1, row), (3, row)) for row in spans),
    ]
    return field_table(rows, 23 * mm, st.font, extra)


def _documents(slip: AcceptanceSlip, st: A5Styles) -> list[Flowable]:
    out: list[Flowable] = []
    received = slip.documents_received
    out.append(p(f"已收资料（共{len(received)}项）", st.section))
    out.append(Spacer(0, 1 * mm))
    if received:
        out.append(_two_column_list(received, MARK_RECEIVED, st))
    else:
        out.append(p("无", st.item))
    if slip.documents_missing:
        out += [
            Spacer(0, 2 * mm),
            p(f"待补资料（共{len(slip.documents_missing)}项，请补齐后交营业厅）", st.section),
            Spacer(0, 1 * mm),
            _two_column_list(slip.documents_missing, MARK_MISSING, st),
        ]
    return out


def _two_column_list(items: tuple[str, ...], mark: str, st: A5Styles) -> Table:
    """Items in two columns, filled row by row, each with its mark hanging left."""
    mark_w = 4 * mm
    col_w = CONTENT_WIDTH / 2
    cells = [[p(mark, st.item), p(text, st.item)] for text in items]
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


def _steps_table(steps: tuple[SlipStep, ...], st: A5Styles) -> Table:
    no_w, limit_w, due_w = 8 * mm, 21 * mm, 28 * mm
    rows: list[list[object]] = [
        [
            p("序号", st.head),
            p("办电环节", st.head),
            p("时限(工作日)", st.head),
            p("预计完成日期", st.head),
        ]
    ]
    for number, step in enumerate(steps, start=1):
        rows.append(
            [
                p(str(number), st.cell_center),
                p(step.name, st.value),
                p(str(step.limit_days), st.cell_center),
                p(format_cn_date(step.due) if step.due else "—", st.cell_center),
            ]
        )
    if not steps:
        rows.append(["", p("—", st.value), "", ""])
    table = Table(
        rows,
        colWidths=[no_w, CONTENT_WIDTH - no_w - limit_w - due_w, limit_w, due_w],
        repeatRows=1,
    )
    table.setStyle(TableStyle(grid_style(st.font, HEADER_ROW, pad_x=3)))
    return table


def _promise_box(slip: AcceptanceSlip, st: A5Styles) -> Table:
    accent = hex_colour(ACCENT)
    text = (
        f'承诺办结时限：<font color="{accent}">{slip.time_limit_days}</font>个工作日，'
        f'预计 <font color="{accent}">{format_cn_date(slip.promised_date)}</font> 前完成'
    )
    return boxed(Paragraph(text, st.promise), st.font)


def _signature(slip: AcceptanceSlip, st: A5Styles) -> Table:
    who = "客户（代办人）签字：" if slip.proxy_name else "客户签字："
    return customer_signature(who, 31 * mm if slip.proxy_name else 17 * mm, st)
