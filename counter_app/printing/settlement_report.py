"""The daily cash settlement report (营业收费日结报表, A4): the count against the expected
cash, the methods, every receipt of the day, voids and reprints, and the signatures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from counter_app.domain.money import format_amount
from counter_app.printing.a4_layout import (
    A4_CONTENT_WIDTH,
    TRAINING_NOTE,
    ZEBRA,
    _grid,
    _Line,
    _p,
    _parts,
    _Styles,
    _styles,
    write_a4_report,
)
from counter_app.printing.a5_layout import (
    ACCENT,
    GRID,
    LABEL_BG,
    format_cn_date,
    format_cn_datetime,
)
from counter_app.printing.documents import SettlementReport
from counter_app.printing.files import write_atomically

__all__ = ["SETTLEMENT_TITLE", "difference_text", "render_settlement_report"]


SETTLEMENT_TITLE = "营业收费日结报表"
CASH = "现金"
VOIDED = "作废"


def difference_text(difference: Decimal) -> str:
    """+¥12.00（长款）, -¥5.00（短款）, ¥0.00（账实相符）."""
    verdict = "长款" if difference > 0 else "短款" if difference < 0 else "账实相符"
    return f"{_sign(difference)}¥{format_amount(abs(difference))}（{verdict}）"


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
    """+12.00, -5.00, 0.00: a difference in the tables."""
    return f"{_sign(amount)}{format_amount(abs(amount))}"


def _sign(amount: Decimal) -> str:
    """The sign a difference is printed with: + over, - short, none when it balances."""
    return "+" if amount > 0 else "-" if amount < 0 else ""


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
    rows = [
        [_p(no, st.cell), _p(reason, st.cell), _p(by, st.cell_center)]
        for no, reason, by in report.voids
    ]
    return _receipts_listed(("收据号", "作废原因", "授权人"), rows, widths, st)


def _reprints_table(report: SettlementReport, st: _Styles) -> Table:
    widths = [58 * mm, 24 * mm, 0.0]
    widths[2] = A4_CONTENT_WIDTH - sum(widths)
    rows = [
        [_p(no, st.cell), _p(str(copies), st.cell_center), _p(reason, st.cell)]
        for no, copies, reason in report.reprints
    ]
    return _receipts_listed(("收据号", "补打次数", "最后一次补打原因"), rows, widths, st)


def _receipts_listed(
    heads: tuple[str, str, str], rows: list[list[Any]], widths: list[float], st: _Styles
) -> Table:
    """A grid of receipts under ``heads`` (the voids, the reprints); 无 when there are none."""
    head: list[Any] = [_p(t, st.head) for t in heads]
    table = Table(
        [head, *(rows or [[_p("无", st.cell), "", ""]])],
        colWidths=widths,
        repeatRows=1,
        hAlign="LEFT",
    )
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
