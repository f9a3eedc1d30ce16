"""The tiered tariff explanation for a customer (阶梯电价计算说明, A5): the bill's tiers,
their kWh and prices, in the report styles (a4_layout.py) on the slips' A5 page."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from counter_app.domain.money import amount_in_words, format_amount
from counter_app.printing.a4_layout import (
    TRAINING_NOTE,
    _grid,
    _hex,
    _Line,
    _p,
    _parts,
    _Styles,
    _styles,
)
from counter_app.printing.a5_layout import (
    ACCENT,
    LABEL_BG,
    SUPERVISION_HOTLINE,
    build_a5,
)
from counter_app.printing.a5_layout import CONTENT_WIDTH as A5_CONTENT_WIDTH
from counter_app.printing.documents import BillExplainerDoc
from counter_app.printing.files import write_atomically

__all__ = ["BILL_TITLE", "explanation_text", "format_price", "render_bill_explainer"]


BILL_TITLE = "阶梯电价计算说明"


def format_price(price: Decimal) -> str:
    """A tariff per kWh with at least three decimals: 0.538 -> 0.538, 0.5 -> 0.500."""
    exponent = price.normalize().as_tuple().exponent
    places = max(3, -exponent) if isinstance(exponent, int) else 3
    return f"{price:.{places}f}"


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
