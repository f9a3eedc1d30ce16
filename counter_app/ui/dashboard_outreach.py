"""The dashboard's 走访调查 tab: plan completion, survey satisfaction by question (this
period and the one before), the problems found and their follow-ups, and per visitor.

Filled by the dashboard page from ``Dashboard.outreach`` (services/dashboard_outreach.py
computes it); kept apart so the page stays one screen of code."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableWidget

from counter_app.domain.indicators import OutreachFigures, QuestionFigures
from counter_app.ui.forms.ui_dashboard_page import Ui_DashboardPage
from counter_app.ui.pages import fill_table

DASH = "—"
ALERT = QColor("#b00020")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def rate_text(value: float | None) -> str:
    return DASH if value is None else f"{value * 100:.1f}%"


def figure_text(q: QuestionFigures, value: float | None) -> str:
    """A scale question's mean (4.25 -> 4.3 分), else the share of good answers."""
    if value is None:
        return DASH
    if q.kind == "scale":
        return QCoreApplication.translate("DashboardPage", "{0:.1f} 分").format(value)
    return rate_text(value)


def summary_text(o: OutreachFigures) -> str:
    return QCoreApplication.translate(
        "DashboardPage",
        "本期到期的走访计划 {0} 个，客户 {1} 户：已走访 {2} 户（完成率 {3}，按期 {4} 户），"
        "联系不上 {5} 户，逾期未访 {6} 户；本期走访 {7} 次。"
        "发现问题 {8} 个；本期办结 {9} 个，其中按期 {10} 个（按期率 {11}）；超期未办结 {12} 个。",
    ).format(
        o.plans,
        o.targets,
        o.done,
        rate_text(o.completion),
        o.done_on_time,
        o.unreachable,
        o.pending_overdue,
        o.visits,
        o.found,
        o.closed,
        o.closed_on_time,
        rate_text(o.on_time_rate),
        o.open_overdue,
    )


def _right_and_mark(table: QTableWidget, first_numeric: int, alerts: tuple[int, ...]) -> None:
    table.horizontalHeader().setMinimumSectionSize(44)
    table.verticalHeader().setDefaultSectionSize(26)
    for row in range(table.rowCount()):
        for col in range(first_numeric, table.columnCount()):
            item = table.item(row, col)
            if item is None:
                continue
            item.setTextAlignment(RIGHT)
            if col in alerts and item.text() not in ("0", DASH, ""):
                item.setForeground(QBrush(ALERT))


def show_outreach(ui: Ui_DashboardPage, o: OutreachFigures) -> None:
    ui.outreachLabel.setText(summary_text(o))
    fill_table(
        ui.questionTable,
        [
            QCoreApplication.translate("DashboardPage", "问卷"),
            QCoreApplication.translate("DashboardPage", "问题"),
            QCoreApplication.translate("DashboardPage", "回答"),
            QCoreApplication.translate("DashboardPage", "本期"),
            QCoreApplication.translate("DashboardPage", "上期"),
        ],
        [
            [
                q.survey,  # fill_table shows data through tr_data
                q.text,
                f"{q.answers:,}",
                figure_text(q, q.figure),
                figure_text(q, q.before),
            ]
            for q in o.questions
        ],
        stretch=1,
    )
    _right_and_mark(ui.questionTable, 2, ())
    ui.questionTable.setToolTip(
        QCoreApplication.translate(
            "DashboardPage", "评分题为平均分（1—5分）；选择题、是否题为未被判为问题的回答所占比例"
        )
    )
    fill_table(
        ui.visitorTable,
        [
            QCoreApplication.translate("DashboardPage", "工号"),
            QCoreApplication.translate("DashboardPage", "姓名"),
            QCoreApplication.translate("DashboardPage", "分派"),
            QCoreApplication.translate("DashboardPage", "走访"),
            QCoreApplication.translate("DashboardPage", "发现\n问题"),
            QCoreApplication.translate("DashboardPage", "办结"),
            QCoreApplication.translate("DashboardPage", "按期\n办结"),
            QCoreApplication.translate("DashboardPage", "超期\n未办结"),
        ],
        [
            [
                v.staff_no,
                v.name,
                f"{v.assigned:,}",
                f"{v.done:,}",
                f"{v.found:,}",
                f"{v.owned_closed:,}",
                f"{v.owned_on_time:,}",
                f"{v.owned_overdue:,}",
            ]
            for v in o.visitors
        ],
        stretch=1,
    )
    _right_and_mark(ui.visitorTable, 2, (7,))
