"""The dashboard report's 走访调查 section: plan completion, survey satisfaction by
question (this period and the one before), problems found and closed on time, and per
visitor (the responsibility figures). Same tables as the rest of the report."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from counter_app.printing.a4_layout import A4_CONTENT_WIDTH, _grid, _p, _Styles
from counter_app.printing.a5_layout import LABEL_BG

if TYPE_CHECKING:
    from counter_app.domain.indicators import OutreachFigures, QuestionFigures

DASH = "—"


def _rate(value: float | None) -> str:
    return DASH if value is None else f"{value * 100:.1f}%"


def _figure(q: QuestionFigures, value: float | None) -> str:
    if value is None:
        return DASH
    return f"{value:.1f} 分" if q.kind == "scale" else _rate(value)


def _table(rows: list[list[Any]], widths: list[float], st: _Styles) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(_grid(st.font)))
    return table


def _headline(o: OutreachFigures, st: _Styles) -> Table:
    pairs = [
        ("本期到期计划 / 客户", f"{o.plans:,} / {o.targets:,}"),
        ("已走访（完成率）", f"{o.done:,}（{_rate(o.completion)}）"),
        ("按期走访", f"{o.done_on_time:,}"),
        ("联系不上 / 逾期未访", f"{o.unreachable:,} / {o.pending_overdue:,}"),
        ("本期走访次数", f"{o.visits:,}"),
        ("发现问题", f"{o.found:,}"),
        ("本期办结（按期）", f"{o.closed:,}（{o.closed_on_time:,}）"),
        ("按期办结率", _rate(o.on_time_rate)),
        ("超期未办结", f"{o.open_overdue:,}"),
    ]
    rows: list[list[Any]] = []
    for i in range(0, len(pairs), 3):
        row: list[Any] = []
        for label, value in pairs[i : i + 3]:
            alert = (label == "超期未办结" and o.open_overdue) or (
                label == "联系不上 / 逾期未访" and o.pending_overdue
            )
            row += [_p(label, st.label), _p(value, st.cell_alert if alert else st.cell_right)]
        rows.append(row)
    label_w, value_w = 33 * mm, A4_CONTENT_WIDTH / 3 - 33 * mm
    table = Table(rows, colWidths=[label_w, value_w] * 3, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                *_grid(st.font, header=False),
                *(("BACKGROUND", (c, 0), (c, -1), LABEL_BG) for c in (0, 2, 4)),
            ]
        )
    )
    return table


def _questions(o: OutreachFigures, st: _Styles) -> Flowable:
    rows: list[list[Any]] = [[_p(t, st.head) for t in ("问卷", "问题", "回答", "本期", "上期")]]
    for q in o.questions:
        rows.append(
            [
                _p(q.survey, st.cell),
                _p(q.text, st.cell),
                _p(f"{q.answers:,}", st.cell_right),
                _p(_figure(q, q.figure), st.cell_right),
                _p(_figure(q, q.before), st.cell_right),
            ]
        )
    if not o.questions:
        rows.append([_p("本期无调查回答", st.cell_center), "", "", "", ""])
    w = A4_CONTENT_WIDTH
    table = _table(rows, [w * 0.18, w * 0.49, w * 0.09, w * 0.12, w * 0.12], st)
    if not o.questions:
        table.setStyle(TableStyle([("SPAN", (0, 1), (-1, 1))]))
    return table


def _visitors(o: OutreachFigures, st: _Styles) -> Flowable:
    head = ("工号", "姓名", "分派", "走访", "发现问题", "办结", "按期办结", "超期未办结")
    rows: list[list[Any]] = [[_p(t, st.head) for t in head]]
    for v in o.visitors:
        rows.append(
            [
                _p(v.staff_no, st.cell_center),
                _p(v.name, st.cell_center),
                *(
                    _p(f"{n:,}", st.cell_right)
                    for n in (v.assigned, v.done, v.found, v.owned_closed, v.owned_on_time)
                ),
                _p(f"{v.owned_overdue:,}", st.cell_alert if v.owned_overdue else st.cell_right),
            ]
        )
    if not o.visitors:
        rows.append([_p("本期无走访人员数据", st.cell_center)] + [""] * 7)
    table = _table(rows, [A4_CONTENT_WIDTH / 8] * 8, st)
    if not o.visitors:
        table.setStyle(TableStyle([("SPAN", (0, 1), (-1, 1))]))
    return table


def outreach_section(o: OutreachFigures, title: str, st: _Styles) -> list[Flowable]:
    """The section, its title first; the questions and visitors tables may break pages."""
    return [
        KeepTogether([_p(title, st.section), Spacer(0, 1.5 * mm), _headline(o, st)]),
        Spacer(0, 2 * mm),
        _questions(o, st),
        Spacer(0, 2 * mm),
        _visitors(o, st),
        Spacer(0, 1 * mm),
        _p(
            "说明：计划按其截止日期计入统计周期；按期走访为在计划截止日期当日或之前走访。"
            "评分题为平均分（1—5分），选择题、是否题为未被判为问题的回答所占比例；"
            "上期为紧接本期之前、同样长的期间。问题的办结和期限按投诉跟踪的规则（走访发现），"
            "不计入投诉数和投诉率。",
            st.note,
        ),
    ]
