"""指标看板: a day's, a week's or a month's indicators, per post, with charts and a report."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QHeaderView, QLabel, QVBoxLayout, QWidget

from counter_app.domain import indicators, queueing
from counter_app.domain.chart_axis import nice_top
from counter_app.domain.clock import format_local, local_date
from counter_app.domain.indicators import Dashboard, Period
from counter_app.services import dashboard
from counter_app.ui.charts import BarChart, ChartData, LineAxis, series
from counter_app.ui.dashboard_outreach import show_outreach
from counter_app.ui.forms.ui_dashboard_page import Ui_DashboardPage
from counter_app.ui.i18n import tr_data
from counter_app.ui.page_contract import Page, PageKit
from counter_app.ui.pages import fill_table
from counter_app.ui.refusals import refusal_shown, say_info

DASH = "—"
ACCENT = QColor("#00706B")  # the reports' State Grid green
ACCENT_LIGHT = QColor("#7FB7B4")
ALERT = QColor("#b00020")
NEUTRAL = QColor("#9E9E9E")
LINE = QColor("#0b4f8a")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
DATE_DELAY_MS = 300
# The headline figures, two rows of six: (key, name).
FIGURES = (
    ("visits", QT_TRANSLATE_NOOP("DashboardPage", "来访人次")),
    ("waiting", QT_TRANSLATE_NOOP("DashboardPage", "平均等候（分钟）")),
    ("handling", QT_TRANSLATE_NOOP("DashboardPage", "平均办理（分钟）")),
    ("queue", QT_TRANSLATE_NOOP("DashboardPage", "当前等候取号")),
    ("payments", QT_TRANSLATE_NOOP("DashboardPage", "收费笔数")),
    ("paid", QT_TRANSLATE_NOOP("DashboardPage", "收费金额（元）")),
    ("satisfaction", QT_TRANSLATE_NOOP("DashboardPage", "满意率")),
    ("bad", QT_TRANSLATE_NOOP("DashboardPage", "差评")),
    ("complaints", QT_TRANSLATE_NOOP("DashboardPage", "投诉未办结")),
    ("followups", QT_TRANSLATE_NOOP("DashboardPage", "差评回访未办结")),
    ("due", QT_TRANSLATE_NOOP("DashboardPage", "待办到期")),
    ("overdue", QT_TRANSLATE_NOOP("DashboardPage", "业务超期")),
)


def minutes_text(value: float | None) -> str:
    return DASH if value is None else f"{value:.1f}"


def rate_text(value: float | None) -> str:
    return DASH if value is None else f"{value * 100:.1f}%"


class DashboardPage(Page):
    """The supervisor's dashboard; computed when first shown and on every change."""

    def __init__(self, kit: PageKit, parent: QWidget | None = None) -> None:
        super().__init__(kit, parent)
        self.ui = Ui_DashboardPage()
        self.ui.setupUi(self)
        self.figures: Dashboard | None = None
        for kind, name in indicators.PERIOD_KINDS.items():
            self.ui.periodCombo.addItem(tr_data(name), kind)
        self.ui.dateEdit.setDate(QDate(self._today()))
        self._build_figures()
        self._build_charts()
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.periodCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        # Typing a date changes it digit by digit: compute once the typing pauses.
        self.date_timer = QTimer(self)
        self.date_timer.setSingleShot(True)
        self.date_timer.setInterval(DATE_DELAY_MS)
        self.date_timer.timeout.connect(self.refresh)
        self.ui.dateEdit.dateChanged.connect(lambda _d: self.date_timer.start())
        self.ui.todayButton.clicked.connect(self.show_today)
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.printButton.clicked.connect(self.print_report)
        # The charts are the counter's; the 走访调查 tab takes their room for its tables.
        self.ui.tablesTabs.currentChanged.connect(
            lambda _i: self.ui.chartsBox.setVisible(
                self.ui.tablesTabs.currentWidget() is not self.ui.outreachTab
            )
        )

    # -- the period ------------------------------------------------------------------

    def _today(self) -> date:
        return local_date(self.ctx.clock())

    def period(self) -> indicators.Period:
        kind = self.ui.periodCombo.currentData() or "day"
        return dashboard.period_of(kind, self.ui.dateEdit.date().toPython())

    def set_period(self, kind: str, day: date) -> None:
        """Choose the period (day / week / month holding ``day``) and show it."""
        self.ui.dateEdit.blockSignals(True)
        self.ui.dateEdit.setDate(QDate(day))
        self.ui.dateEdit.blockSignals(False)
        index = self.ui.periodCombo.findData(kind)
        if index == self.ui.periodCombo.currentIndex():
            self.refresh()
        else:
            self.ui.periodCombo.setCurrentIndex(index)

    def show_today(self) -> None:
        self.ui.dateEdit.setDate(QDate(self._today()))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.figures is None:
            # The tables take what the charts leave; then the first figures.
            self.ui.splitter.setSizes([max(150, self.ui.splitter.height() - 215), 215])
            self.refresh()

    # -- computing and showing ---------------------------------------------------------

    def refresh(self) -> Dashboard | None:
        self.date_timer.stop()
        period = self.period()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with refusal_shown(self, line=self.ui.messageLabel) as refused:
                figures = dashboard.dashboard(self.ctx, period.start, period.end, period.kind)
        finally:
            QApplication.restoreOverrideCursor()
        if refused:
            return None
        self.figures = figures
        say_info(self.ui.messageLabel, "\n".join(figures.notes))  # notes, not refusals
        self.ui.periodLabel.setText(
            self.tr("统计周期：{0}　数据截至 {1}").format(
                self._period_text(period), format_local(figures.generated_at)
            )
        )
        self._show_figures(figures)
        self._show_clerks(figures)
        self._show_categories(figures)
        self._show_money(figures)
        self._show_trend(figures)
        self._show_ratings(figures)
        show_outreach(self.ui, figures.outreach)
        return figures

    def _period_text(self, period: Period) -> str:
        s, e = period.start, period.end
        if period.kind == "day":
            return self.tr("{0}年{1}月{2}日").format(s.year, s.month, s.day)
        if period.kind == "week":
            year, week, _ = s.isocalendar()
            return self.tr("{0}年第{1}周（{2}月{3}日—{4}月{5}日）").format(
                year, week, s.month, s.day, e.month, e.day
            )
        if period.kind == "month":
            text = self.tr("{0}年{1}月").format(s.year, s.month)
        else:
            text = self.tr("{0}年{1}月{2}日—{3}年{4}月{5}日").format(
                s.year, s.month, s.day, e.year, e.month, e.day
            )
        # A day's and a week's label name their days; a month's gets them here.
        return self.tr("{0}（{1} 至 {2}）").format(text, s.isoformat(), e.isoformat())

    def print_report(self) -> None:
        figures = self.figures or self.refresh()
        if figures is None:
            return
        self.print_and_show(
            lambda: dashboard.print_report(self.ctx, figures, self.printouts()),
            self.tr("报表未能生成：{0}"),
            self.ui.messageLabel,
        )

    # -- headline figures ------------------------------------------------------------

    def _build_figures(self) -> None:
        self.values: dict[str, QLabel] = {}
        self.figure_notes: dict[str, QLabel] = {}
        grid = self.ui.figuresLayout
        for i, (key, name) in enumerate(FIGURES):
            box = QWidget(self.ui.figuresFrame)
            layout = QVBoxLayout(box)
            layout.setContentsMargins(2, 2, 2, 2)
            layout.setSpacing(0)
            title = QLabel(self.tr(name), box)
            title.setProperty("role", "figureName")
            value = QLabel(DASH, box)
            value.setProperty("role", "figureValue")
            value.setObjectName(f"figure_{key}")
            note = QLabel("", box)
            note.setProperty("role", "figureNote")
            for label in (title, value, note):
                layout.addWidget(label)
            grid.addWidget(box, i // 6, i % 6)
            self.values[key] = value
            self.figure_notes[key] = note

    def _figure(self, key: str, value: str, note: str = "", alert: bool = False) -> None:
        label = self.values[key]
        label.setText(value)
        if label.property("alert") != alert:
            label.setProperty("alert", alert)
            label.style().unpolish(label)
            label.style().polish(label)
        self.figure_notes[key].setText(note)

    def _show_figures(self, f: Dashboard) -> None:
        r = f.ratings
        complaints, followups = f.complaint("complaint"), f.complaint("followup")
        self._figure("visits", f"{f.visits:,}", self.tr("已评价 {0:,}").format(r.rated))
        self._figure(
            "waiting",
            minutes_text(f.waiting.average),
            self.tr("取号到叫号，{0:,} 人次").format(f.waiting.count),
        )
        self._figure(
            "handling",
            minutes_text(f.handling.average),
            self.tr("开始到办结，{0:,} 人次").format(f.handling.count),
        )
        self._figure("queue", f"{f.tickets_waiting}", self.tr("此刻"))
        self._figure("payments", f"{f.payment_count:,}", self.tr("有效收据"))
        self._figure("paid", f"{f.payment_total:,.2f}", self.tr("不含作废"))
        self._figure(
            "satisfaction",
            rate_text(r.rate),
            self.tr("已评价 {0:,}，未评价 {1:,}").format(r.rated, r.unrated),
        )
        self._figure("bad", f"{r.bad:,}", self.tr("不满意、非常不满意"), alert=r.bad > 0)
        self._figure(
            "complaints",
            f"{complaints.open:,}",
            self.tr("其中超期 {0:,}，本期受理 {1:,}").format(
                complaints.overdue, complaints.received
            ),
            alert=complaints.overdue > 0,
        )
        self._figure(
            "followups",
            f"{followups.open:,}",
            self.tr("其中超期 {0:,}，本期新增 {1:,}").format(followups.overdue, followups.received),
            alert=followups.overdue > 0,
        )
        self._figure("due", f"{f.applications_due:,}", self.tr("办理中，期限不晚于周期末"))
        self._figure(
            "overdue",
            f"{f.applications_overdue:,}",
            self.tr("当前环节已过期限"),
            alert=f.applications_overdue > 0,
        )

    # -- tables ----------------------------------------------------------------------

    def _align(self, table, first_numeric: int) -> None:  # type: ignore[no-untyped-def]
        table.horizontalHeader().setMinimumSectionSize(44)
        table.verticalHeader().setDefaultSectionSize(26)
        for row in range(table.rowCount()):
            for col in range(first_numeric, table.columnCount()):
                item = table.item(row, col)
                if item is not None:
                    item.setTextAlignment(RIGHT)

    def _mark(self, table, row: int, col: int) -> None:  # type: ignore[no-untyped-def]
        item = table.item(row, col)
        if item is not None and item.text() not in ("0", DASH, ""):
            item.setForeground(QBrush(ALERT))

    def _show_clerks(self, f: Dashboard) -> None:
        table = self.ui.clerkTable
        fill_table(
            table,
            [
                self.tr("工号"),
                self.tr("姓名"),
                self.tr("接待\n人次"),
                self.tr("平均等候\n（分钟）"),
                self.tr("平均办理\n（分钟）"),
                self.tr("收费\n笔数"),
                self.tr("收费金额\n（元）"),
                self.tr("满意率"),
                self.tr("差评"),
                self.tr("投诉"),
                self.tr("超期"),
            ],
            [
                [
                    c.staff_no,
                    c.name,
                    f"{c.visits:,}",
                    minutes_text(c.waiting_average),
                    minutes_text(c.handling_average),
                    f"{c.payments:,}",
                    f"{c.paid:,.2f}",
                    rate_text(c.satisfaction),
                    f"{c.bad:,}",
                    f"{c.complaints:,}",
                    f"{c.overdue:,}",
                ]
                for c in f.clerks
            ],
            stretch=1,
        )
        self._align(table, 2)
        for row in range(table.rowCount()):
            for col in (8, 9, 10):
                self._mark(table, row, col)
        # Spread once the table has its final width (after this event's layout).
        QTimer.singleShot(0, lambda: self._spread(table))

    def _spread(self, table) -> None:  # type: ignore[no-untyped-def]
        """Columns as wide as their contents, the spare width shared out evenly."""
        header = table.horizontalHeader()
        columns = table.columnCount()
        if not columns:
            return
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        natural = [header.sectionSize(c) for c in range(columns)]
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        spare = max(0, table.viewport().width() - sum(natural))
        for c, width in enumerate(natural):
            header.resizeSection(c, width + spare // columns)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.figures is not None:
            self._spread(self.ui.clerkTable)

    def _show_categories(self, f: Dashboard) -> None:
        rows = [
            [
                f"{c.category} {tr_data(c.name)}".strip(),
                f"{c.visits:,}",
                f"{c.waiting.count:,}",
                minutes_text(c.waiting.average),
                minutes_text(c.waiting.p90),
                f"{c.handling.count:,}",
                minutes_text(c.handling.average),
                minutes_text(c.handling.p90),
            ]
            for c in f.categories
        ]
        rows.append(
            [
                self.tr("合计"),
                f"{f.visits:,}",
                f"{f.waiting.count:,}",
                minutes_text(f.waiting.average),
                DASH,
                f"{f.handling.count:,}",
                minutes_text(f.handling.average),
                DASH,
            ]
        )
        fill_table(
            self.ui.categoryTable,
            [
                self.tr("服务类别"),
                self.tr("来访人次"),
                self.tr("等候人次"),
                self.tr("平均等候（分）"),
                self.tr("90%等候（分）"),
                self.tr("办理人次"),
                self.tr("平均办理（分）"),
                self.tr("90%办理（分）"),
            ],
            rows,
            stretch=0,
        )
        self._align(self.ui.categoryTable, 1)

    def _show_money(self, f: Dashboard) -> None:
        rows = [[tr_data(m.name), f"{m.count:,}", f"{m.total:,.2f}"] for m in f.payments]
        rows.append([self.tr("合计"), f"{f.payment_count:,}", f"{f.payment_total:,.2f}"])
        fill_table(
            self.ui.paymentTable,
            [self.tr("支付方式"), self.tr("笔数"), self.tr("金额（元）")],
            rows,
            stretch=0,
        )
        self._align(self.ui.paymentTable, 1)
        fill_table(
            self.ui.complaintTable,
            [self.tr("类别"), self.tr("本期受理"), self.tr("未办结"), self.tr("其中超期")],
            [[c.name, f"{c.received:,}", f"{c.open:,}", f"{c.overdue:,}"] for c in f.complaints],
            stretch=0,
        )
        self._align(self.ui.complaintTable, 1)
        for row in range(self.ui.complaintTable.rowCount()):
            self._mark(self.ui.complaintTable, row, 3)

    # -- charts (counter_app/ui/charts.py draws them) -----------------------------------

    def _new_view(self, name: str) -> BarChart:
        view = BarChart(self.ui.chartsBox)
        view.setObjectName(name)
        self.ui.chartsLayout.addWidget(view)
        return view

    def _build_charts(self) -> None:
        self.trend_chart = self._new_view("trendChart")
        self.rating_chart = self._new_view("ratingChart")
        self.ui.chartsLayout.setStretch(0, 1)
        self.ui.chartsLayout.setStretch(1, 1)

    def _show_trend(self, f: Dashboard) -> None:
        """Visits per day as bars, the satisfaction rate per day as a line (right axis)."""
        many = len(f.days) > 10
        rates = [None if d.satisfaction is None else d.satisfaction * 100 for d in f.days]
        known = [r for r in rates if r is not None]
        low = min(known, default=100.0)
        # Labels on chosen bars only: every day of a week (10/26), a month's 1, 5, 10 … 30.
        labels = [
            (f"{d.day.day}" if d.day.day == 1 or d.day.day % 5 == 0 else "")
            if many
            else f"{d.day.month}/{d.day.day}"
            for d in f.days
        ]
        tips = [
            self.tr("{0}月{1}日：来访 {2:,} 人次，满意率 {3}").format(
                d.day.month, d.day.day, d.visits, rate_text(d.satisfaction)
            )
            for d in f.days
        ]
        self.trend_chart.set_data(
            ChartData(
                title=self.tr("每日来访人次与满意率"),
                categories=tuple(labels),
                bars=(series(self.tr("来访人次"), ACCENT, [d.visits for d in f.days]),),
                top=nice_top(max((d.visits for d in f.days), default=0)),
                value_title=self.tr("人次"),
                category_title=self.tr("日") if many else "",
                line=series(self.tr("满意率（%）"), LINE, rates),
                line_axis=LineAxis(
                    max(0.0, (int(low) // 10) * 10 - 10 if low < 100 else 80.0), 100.0
                ),
                values_on_bars=not many,
                tips=tuple(tips),
            )
        )

    def _show_ratings(self, f: Dashboard) -> None:
        """The distribution 5 … 1 and the unrated beside it: satisfied green, bad red."""
        r = f.ratings
        levels = list(queueing.RATING_NAMES)
        names = [*map(tr_data, queueing.RATING_NAMES.values()), self.tr("未评价")]
        # 非常满意 on two lines (非常 / 满意): the six labels stay whole in a narrow chart.
        labels = [f"{name[:2]}\n{name[2:]}" if len(name) > 3 else name for name in names]
        values = [r.counts.get(lv, 0) for lv in levels] + [r.unrated]
        groups = (
            (self.tr("满意"), ACCENT, [lv >= queueing.SATISFIED_FROM for lv in levels] + [False]),
            (self.tr("差评"), ALERT, [lv <= queueing.BAD_UP_TO for lv in levels] + [False]),
            (self.tr("未评价"), NEUTRAL, [False] * len(levels) + [True]),
        )
        self.rating_chart.set_data(
            ChartData(
                title=self.tr("评价分布（满意率 {0}）").format(rate_text(r.rate)),
                categories=tuple(labels),
                bars=tuple(
                    series(
                        name,
                        colour,
                        [v if inside else 0 for v, inside in zip(values, member, strict=True)],
                    )
                    for name, colour, member in groups
                ),
                top=nice_top(max(values, default=0)),
                bar_width=0.6,
                values_on_bars=True,
                tips=tuple(f"{name}：{value:,}" for name, value in zip(names, values, strict=True)),
            )
        )
