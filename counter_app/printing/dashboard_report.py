"""指标看板报表 (A4): the dashboard of a day, a week or a month on paper.

The same figures as the dashboard page (services/dashboard.py builds them):
the headline figures, waiting and handling minutes by category, payments by
method, the rating distribution with a bar chart, complaints, each post's
indicators (岗位责任制) and the daily trend with a bar chart. Same font,
colours and page furniture as the settlement report (a4_layout.py); every
string, chart labels included, is set in the shipped font; written atomically.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from counter_app.domain.chart_axis import AXIS_STEPS, nice_top
from counter_app.domain.clock import local_naive
from counter_app.domain.money import format_amount

# The settlement report's page furniture, shared so both reports look alike.
from counter_app.printing.a4_layout import (
    A4_CONTENT_WIDTH,
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
    MUTED,
    format_cn_datetime,
    no_padding,
)
from counter_app.printing.dashboard_outreach import outreach_section
from counter_app.printing.files import write_atomically

if TYPE_CHECKING:
    from counter_app.domain.indicators import Dashboard

__all__ = ["DASHBOARD_TITLE", "minutes_text", "rate_text", "render_dashboard_report"]

DASHBOARD_TITLE = "营业厅服务指标报表"
DASH = "—"
BAR = colors.HexColor("#00706B")
BAR_LIGHT = colors.HexColor("#7FB7B4")
BAR_BAD = colors.HexColor("#C62828")
BAR_NONE = colors.HexColor("#B0B0B0")
RATING_COLOURS = {
    5: BAR,
    4: BAR,
    3: BAR_LIGHT,
    2: BAR_BAD,
    1: BAR_BAD,
}


def minutes_text(value: float | None) -> str:
    """12.75 -> 12.8; None -> —."""
    return DASH if value is None else f"{value:.1f}"


def rate_text(value: float | None) -> str:
    """0.9286 -> 92.9%; None (nothing rated) -> —."""
    return DASH if value is None else f"{value * 100:.1f}%"


def render_dashboard_report(figures: Dashboard, path: Path, training: bool = False) -> Path:
    """Render ``figures`` to an A4 PDF at ``path``; return ``path``. ``training``: 培训 mark."""
    st = _styles()
    period = f"统计周期：{figures.period.label}"

    def write(fh: BinaryIO) -> None:
        write_a4_report(
            fh,
            st,
            _story(figures, st),
            continued=_parts(f"{DASHBOARD_TITLE}（续）", period),
            footer=_parts(figures.hall_name, period),
            training=training,
            title=f"{DASHBOARD_TITLE} {figures.period.label}",
            author=figures.hall_name,
            subject=f"{DASHBOARD_TITLE}（{figures.period.label}）",
        )

    return write_atomically(Path(path), write)


# ---------------------------------------------------------------------------


def _section(title: str, st: _Styles, *body: Flowable) -> KeepTogether:
    return KeepTogether([_p(title, st.section), Spacer(0, 1.5 * mm), *body])


def _story(f: Dashboard, st: _Styles) -> list[Flowable]:
    p = f.period
    generated = format_cn_datetime(local_naive(f.generated_at))
    # A day's and a week's label name their days; a month's and a range's get them here.
    span = (
        f"（{p.start.isoformat()} 至 {p.end.isoformat()}）" if p.kind in ("month", "range") else ""
    )
    story: list[Flowable] = [
        _p(f.hall_name, st.hall),
        Spacer(0, 1 * mm),
        _p(DASHBOARD_TITLE, st.title),
        Spacer(0, 1.5 * mm),
        Paragraph(
            _parts(f"统计周期：{p.label}{span}", f"生成时间：{generated}"),
            st.subtitle,
        ),
        _Line(A4_CONTENT_WIDTH, 1.2, ACCENT, space_before=2 * mm),
        Spacer(0, 4 * mm),
        _section("一、总体指标", st, _headline(f, st)),
        Spacer(0, 4 * mm),
        _section("二、分类别等候与办理时长（分钟）", st, _categories(f, st)),
        Spacer(0, 4 * mm),
        _section("三、满意度评价（一次一评）", st, _ratings(f, st)),
        Spacer(0, 4 * mm),
        KeepTogether(
            [
                _two_up(
                    [_p("四、收费（有效收据）", st.section), Spacer(0, 1.5 * mm), _money(f, st)],
                    [_p("五、投诉与差评回访", st.section), Spacer(0, 1.5 * mm), _complaints(f, st)],
                    st,
                )
            ]
        ),
        Spacer(0, 4 * mm),
        _p("六、员工绩效（岗位责任制）", st.section),
        Spacer(0, 1.5 * mm),
        _clerks(f, st),
        Spacer(0, 4 * mm),
        _section("七、每日来访与满意率", st, _trend_chart(f, st), Spacer(0, 2 * mm), _days(f, st)),
        Spacer(0, 4 * mm),
        *outreach_section(f.outreach, "八、走访调查", st),
        Spacer(0, 4 * mm),
        _notes(f, st),
    ]
    return story


def _two_up(left: list[Flowable], right: list[Flowable], st: _Styles) -> Table:
    half = A4_CONTENT_WIDTH / 2
    table = Table([[left, right]], colWidths=[half, half], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), st.font),  # else Helvetica is set per cell
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 3 * mm),
                ("RIGHTPADDING", (1, 0), (1, 0), 0),
                ("LEFTPADDING", (1, 0), (1, 0), 3 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _headline(f: Dashboard, st: _Styles) -> Table:
    r = f.ratings
    pairs = [
        ("来访人次", f"{f.visits:,}"),
        ("平均等候（分钟）", minutes_text(f.waiting.average)),
        ("平均办理（分钟）", minutes_text(f.handling.average)),
        ("当前等候取号", f"{f.tickets_waiting}"),
        ("收费笔数", f"{f.payment_count:,}"),
        ("收费金额（元）", format_amount(f.payment_total)),
        ("满意率", rate_text(r.rate)),
        ("已评价 / 未评价", f"{r.rated:,} / {r.unrated:,}"),
        ("差评（不满意及以下）", f"{r.bad:,}"),
        ("投诉回访未办结 / 超期", f"{f.complaints_open:,} / {f.complaints_overdue:,}"),
        ("待办到期（办理中）", f"{f.applications_due:,}"),
        ("业务超期", f"{f.applications_overdue:,}"),
    ]
    alerts = {
        "投诉回访未办结 / 超期": f.complaints_overdue > 0,
        "业务超期": f.applications_overdue > 0,
        "差评（不满意及以下）": r.bad > 0,
    }
    rows: list[list[Any]] = []
    for i in range(0, len(pairs), 3):
        row: list[Any] = []
        for label, value in pairs[i : i + 3]:
            style = st.cell_alert if alerts.get(label) else st.cell_right
            row += [_p(label, st.label), _p(value, style)]
        rows.append(row)
    label_w, value_w = 33 * mm, A4_CONTENT_WIDTH / 3 - 33 * mm
    table = Table(rows, colWidths=[label_w, value_w] * 3, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                *_grid(st.font, header=False),
                ("BACKGROUND", (0, 0), (0, -1), LABEL_BG),
                ("BACKGROUND", (2, 0), (2, -1), LABEL_BG),
                ("BACKGROUND", (4, 0), (4, -1), LABEL_BG),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _table(
    rows: list[list[Any]],
    widths: Sequence[float],
    st: _Styles,
    total_row: bool = False,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    table = Table(rows, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    commands = [*_grid(st.font), *extra]
    if total_row:
        commands += [
            ("BACKGROUND", (0, -1), (-1, -1), LABEL_BG),
            ("LINEABOVE", (0, -1), (-1, -1), 1, ACCENT),
        ]
    table.setStyle(TableStyle(commands))
    return table


def _head(st: _Styles, *titles: str) -> list[Any]:
    return [_p(t, st.head) for t in titles]


def _categories(f: Dashboard, st: _Styles) -> Flowable:
    rows: list[list[Any]] = [
        _head(
            st,
            "服务类别",
            "来访人次",
            "等候人次",
            "平均等候",
            "90%等候",
            "办理人次",
            "平均办理",
            "90%办理",
        )
    ]
    for c in f.categories:
        rows.append(
            [
                _p(f"{c.category} {c.name}".strip(), st.cell),
                _p(f"{c.visits:,}", st.cell_right),
                _p(f"{c.waiting.count:,}", st.cell_right),
                _p(minutes_text(c.waiting.average), st.cell_right),
                _p(minutes_text(c.waiting.p90), st.cell_right),
                _p(f"{c.handling.count:,}", st.cell_right),
                _p(minutes_text(c.handling.average), st.cell_right),
                _p(minutes_text(c.handling.p90), st.cell_right),
            ]
        )
    rows.append(
        [
            _p("合计", st.cell_center),
            _p(f"{f.visits:,}", st.cell_right),
            _p(f"{f.waiting.count:,}", st.cell_right),
            _p(minutes_text(f.waiting.average), st.cell_right),
            _p(DASH, st.cell_right),
            _p(f"{f.handling.count:,}", st.cell_right),
            _p(minutes_text(f.handling.average), st.cell_right),
            _p(DASH, st.cell_right),
        ]
    )
    first = 46 * mm
    rest = (A4_CONTENT_WIDTH - first) / 7
    return _table(rows, [first] + [rest] * 7, st, total_row=True)


def _ratings(f: Dashboard, st: _Styles) -> Flowable:
    from counter_app.domain.queueing import RATING_NAMES, SATISFIED_FROM

    r = f.ratings
    rows: list[list[Any]] = [_head(st, "评价", "人次", "占已评价")]
    for level, name in RATING_NAMES.items():
        n = r.counts.get(level, 0)
        style = st.cell_alert if level <= 2 and n else st.cell_right
        rows.append(
            [
                _p(f"{name}（{level}）", st.cell),
                _p(f"{n:,}", style),
                _p(rate_text(n / r.rated if r.rated else None), st.cell_right),
            ]
        )
    rows += [
        [
            _p("已评价合计", st.cell),
            _p(f"{r.rated:,}", st.cell_right),
            _p(rate_text(1.0 if r.rated else None), st.cell_right),
        ],
        [
            _p(f"其中满意（含{RATING_NAMES[SATISFIED_FROM]}）", st.cell),
            _p(f"{r.satisfied:,}", st.cell_right),
            _p(rate_text(r.rate), st.cell_right),
        ],
        [
            _p("未评价（不计入满意率）", st.cell),
            _p(f"{r.unrated:,}", st.cell_faint),
            _p(DASH, st.cell_faint),
        ],
        [_p("满意率", st.cell), _p(rate_text(r.rate), st.cell_right), ""],
    ]
    left_w = A4_CONTENT_WIDTH * 0.42
    table = _table(
        rows,
        [left_w * 0.52, left_w * 0.24, left_w * 0.24],
        st,
        extra=[("BACKGROUND", (0, -1), (-1, -1), LABEL_BG), ("SPAN", (1, -1), (2, -1))],
    )
    chart = _rating_chart(f, st, A4_CONTENT_WIDTH - left_w - 4 * mm, 58 * mm)
    outer = Table([[table, chart]], colWidths=[left_w + 4 * mm, A4_CONTENT_WIDTH - left_w - 4 * mm])
    outer.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), st.font),  # else Helvetica is set per cell
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                *no_padding(),
            ]
        )
    )
    return outer


def _bar_chart(
    st: _Styles,
    width: float,
    height: float,
    labels: list[str],
    values: list[int],
    fills: list[colors.Color],
    title: str,
    label_size: float = 7.5,
) -> Drawing:
    """A plain bar chart with every string in the shipped font."""
    drawing = Drawing(width, height)
    drawing.initialFontName = st.font  # else the renderer sets Times-Roman first
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 9 * mm
    chart.width, chart.height = width - 16 * mm, height - 17 * mm
    chart.data = [values or [0]]
    chart.categoryAxis.categoryNames = labels or [""]
    chart.categoryAxis.labels.fontName = st.font
    chart.categoryAxis.labels.fontSize = label_size
    chart.categoryAxis.labels.fillColor = MUTED
    chart.categoryAxis.strokeColor = GRID
    chart.valueAxis.labels.fontName = st.font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.strokeColor = GRID
    chart.valueAxis.valueMin = 0
    top = max(values or [0])
    chart.valueAxis.valueMax = nice_top(top)
    chart.valueAxis.valueStep = nice_top(top) / AXIS_STEPS
    chart.valueAxis.labelTextFormat = _count_label
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#DDDDDD")
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.bars.strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = 3 if len(values) > 15 else 8
    for i, fill in enumerate(fills):
        chart.bars[(0, i)].fillColor = fill
    chart.barLabels.fontName = st.font
    drawing.add(chart)
    drawing.add(
        String(
            12 * mm,
            height - 5 * mm,
            title,
            fontName=st.font,
            fontSize=8,
            fillColor=MUTED,
        )
    )
    return drawing


def _count_label(value: float) -> str:
    return f"{value:,.0f}"


def _rating_chart(f: Dashboard, st: _Styles, width: float, height: float) -> Drawing:
    from counter_app.domain.queueing import RATING_NAMES

    labels = [*RATING_NAMES.values(), "未评价"]
    values = [*(f.ratings.counts.get(level, 0) for level in RATING_NAMES), f.ratings.unrated]
    fills = [*(RATING_COLOURS[level] for level in RATING_NAMES), BAR_NONE]
    return _bar_chart(st, width, height, labels, values, fills, "评价分布（人次）")


def _trend_chart(f: Dashboard, st: _Styles) -> Drawing:
    days = f.days
    many = len(days) > 10
    labels = [f"{d.day.day}" if many else f"{d.day.month}/{d.day.day}" for d in days]
    fills = [BAR] * len(days)
    return _bar_chart(
        st,
        A4_CONTENT_WIDTH,
        52 * mm,
        labels,
        [d.visits for d in days],
        fills,
        "每日来访人次" + ("（横轴为日）" if many else ""),
        label_size=6.5 if many else 7.5,
    )


def _days(f: Dashboard, st: _Styles) -> Flowable:
    """Days in two halves side by side: 日期, 来访, 已评价, 满意率."""
    head = _head(st, "日期", "来访", "已评价", "满意率")
    cells = [
        [
            _p(f"{d.day.month}月{d.day.day}日", st.cell_center),
            _p(f"{d.visits:,}", st.cell_right),
            _p(f"{d.rated:,}", st.cell_right),
            _p(rate_text(d.satisfaction), st.cell_right),
        ]
        for d in f.days
    ]
    if len(cells) <= 7:
        quarter = A4_CONTENT_WIDTH / 2 / 4
        return _table([head, *cells], [quarter] * 4, st)
    half = (len(cells) + 1) // 2
    left, right = cells[:half], cells[half:]
    right += [["", "", "", ""]] * (len(left) - len(right))
    rows: list[list[Any]] = [head + head] + [a + b for a, b in zip(left, right, strict=True)]
    eighth = A4_CONTENT_WIDTH / 8
    return _table(rows, [eighth] * 8, st, extra=[("LINEAFTER", (3, 0), (3, -1), 1, GRID)])


def _money(f: Dashboard, st: _Styles) -> Flowable:
    rows: list[list[Any]] = [_head(st, "支付方式", "笔数", "金额（元）")]
    for m in f.payments:
        rows.append(
            [
                _p(m.name, st.cell_center),
                _p(f"{m.count:,}", st.cell_right),
                _p(format_amount(m.total), st.cell_right),
            ]
        )
    rows.append(
        [
            _p("合计", st.cell_center),
            _p(f"{f.payment_count:,}", st.cell_right),
            _p(format_amount(f.payment_total), st.cell_right),
        ]
    )
    w = A4_CONTENT_WIDTH / 2 - 3 * mm
    return _table(rows, [w * 0.34, w * 0.26, w * 0.40], st, total_row=True)


def _complaints(f: Dashboard, st: _Styles) -> Flowable:
    rows: list[list[Any]] = [_head(st, "类别", "本期受理", "未办结", "其中超期")]
    for c in f.complaints:
        rows.append(
            [
                _p(c.name, st.cell_center),
                _p(f"{c.received:,}", st.cell_right),
                _p(f"{c.open:,}", st.cell_right),
                _p(f"{c.overdue:,}", st.cell_alert if c.overdue else st.cell_right),
            ]
        )
    w = A4_CONTENT_WIDTH / 2 - 3 * mm
    return _table(rows, [w * 0.34, w * 0.22, w * 0.22, w * 0.22], st)


def _clerks(f: Dashboard, st: _Styles) -> Flowable:
    rows: list[list[Any]] = [
        _head(
            st,
            "工号",
            "姓名",
            "接待人次",
            "平均等候",
            "平均办理",
            "收费笔数",
            "收费金额（元）",
            "满意率",
            "差评",
            "投诉",
            "超期",
        )
    ]
    for c in f.clerks:
        rows.append(
            [
                _p(c.staff_no, st.cell_center),
                _p(c.name, st.cell_center),
                _p(f"{c.visits:,}", st.cell_right),
                _p(minutes_text(c.waiting_average), st.cell_right),
                _p(minutes_text(c.handling_average), st.cell_right),
                _p(f"{c.payments:,}", st.cell_right),
                _p(format_amount(c.paid), st.cell_right),
                _p(rate_text(c.satisfaction), st.cell_right),
                _p(f"{c.bad:,}", st.cell_alert if c.bad else st.cell_right),
                _p(f"{c.complaints:,}", st.cell_alert if c.complaints else st.cell_right),
                _p(f"{c.overdue:,}", st.cell_alert if c.overdue else st.cell_right),
            ]
        )
    if not f.clerks:
        rows.append([_p("本期无人员数据", st.cell_center)] + [""] * 10)
    widths = [14, 18, 17, 16, 16, 16, 26, 16, 12, 12, 12]
    scale = A4_CONTENT_WIDTH / (sum(widths) * mm)
    extra: list[tuple[Any, ...]] = []
    if not f.clerks:
        extra.append(("SPAN", (0, 1), (-1, 1)))
    return _table(rows, [w * mm * scale for w in widths], st, extra=extra)


def _notes(f: Dashboard, st: _Styles) -> Flowable:
    from counter_app.domain.queueing import RATING_NAMES, SATISFIED_FROM

    satisfied = "、".join(n for level, n in RATING_NAMES.items() if level >= SATISFIED_FROM)
    lines = [
        "说明：等候时长为取号到叫号（有取号和叫号时间的来访）；办理时长为开始办理到办结；"
        "90%等候/办理为按最近秩法取的第90百分位数（九成来访不超过此值）。",
        f"满意率 = 评价为{satisfied}的来访 / 已评价来访；未评价的来访不计入满意率，单列其数。",
        "当前等候取号、投诉回访未办结及超期、业务超期为报表生成时的数；"
        "待办到期为办理中、当前环节期限不晚于统计周期末日的业务（含已超期）。",
        "员工投诉数为涉及本人接待来访的投诉（与报送总部的员工绩效相同；差评回访已计入差评，"
        "不重复计入）；超期件数为本人受理、办理中且当前环节已过期限的业务。",
        *f.notes,
    ]
    return KeepTogether([_p(line, st.note) for line in lines])
