"""The dashboard's QPainter charts: bars to scale, the line on its own axis, nothing cut off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage

from counter_app.domain.chart_axis import nice_top
from counter_app.ui.charts import BarChart, ChartData, LineAxis, series

GREEN, RED, GREY, BLUE = QColor("#00706B"), QColor("#b00020"), QColor("#9E9E9E"), QColor("#0b4f8a")
RATINGS = ("非常\n满意", "满意", "基本\n满意", "不满意", "非常\n不满意", "未评价")


def month(visits: list[int], rates: list[float | None]) -> ChartData:
    days = len(visits)
    return ChartData(
        title="每日来访人次与满意率",
        categories=tuple(str(d) if d == 1 or d % 5 == 0 else "" for d in range(1, days + 1)),
        bars=(series("来访人次", GREEN, visits),),
        top=nice_top(max(visits)),
        value_title="人次",
        category_title="日",
        line=series("满意率（%）", BLUE, rates),
        line_axis=LineAxis(80.0, 100.0),
    )


@pytest.fixture
def chart(qtbot, app_look) -> BarChart:  # type: ignore[no-untyped-def]
    widget = BarChart()
    qtbot.addWidget(widget)
    widget.resize(480, 215)  # a chart's share of the dashboard at 1000 × 700
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def image(chart: BarChart) -> QImage:
    return chart.grab().toImage()


def near(colour: QColor, expected: QColor) -> bool:
    pairs = zip(colour.getRgb()[:3], expected.getRgb()[:3], strict=True)
    return all(abs(a - b) < 12 for a, b in pairs)


def test_bars_are_drawn_to_scale(chart: BarChart) -> None:
    visits = [0] * 31
    visits[4], visits[9] = 200, 100  # day 5 fills the axis (top 200), day 10 half of it
    chart.set_data(month(visits, [None] * 31))
    picture = image(chart)
    plot = chart._plot
    slot = plot.width() / 31

    def colour_at(day: int, share: float) -> QColor:
        x = plot.left() + slot * (day - 0.5)
        return picture.pixelColor(QPoint(int(x), int(plot.bottom() - plot.height() * share)))

    assert chart.data.top == 200
    assert near(colour_at(5, 0.97), GREEN)  # day 5 reaches the top
    assert near(colour_at(10, 0.45), GREEN)  # day 10 reaches half way …
    assert not near(colour_at(10, 0.6), GREEN)  # … and no further
    assert not near(colour_at(6, 0.1), GREEN)  # nobody came on day 6
    assert chart.totals()[4] == 200


def test_the_line_follows_its_own_axis(chart: BarChart) -> None:
    rates: list[float | None] = [None] * 31
    rates[0], rates[1] = 100.0, 80.0  # the axis runs 80 … 100 %
    chart.set_data(month([10] * 31, rates))
    picture = image(chart)
    plot = chart._plot
    slot = plot.width() / 31
    top = picture.pixelColor(QPoint(int(plot.left() + slot * 0.5), int(plot.top())))
    bottom = picture.pixelColor(QPoint(int(plot.left() + slot * 1.5), int(plot.bottom()) - 1))
    assert near(top, BLUE) and near(bottom, BLUE)


def test_nothing_is_cut_off_at_the_edges(chart: BarChart, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Labels in the shipped font, wide numbers and two-line names, in a narrow chart:
    every edge of the widget stays blank, so no text runs past it."""
    chart.resize(360, 190)
    values = [12345, 0, 678, 1, 0, 23456]
    chart.set_data(
        ChartData(
            title="评价分布（满意率 98.7%）",
            categories=RATINGS,
            bars=(
                series("满意", GREEN, [*values[:3], 0, 0, 0]),
                series("差评", RED, [0, 0, 0, *values[3:5], 0]),
                series("未评价", GREY, [0, 0, 0, 0, 0, values[5]]),
            ),
            top=nice_top(max(values)),
            bar_width=0.6,
            values_on_bars=True,
        )
    )
    qtbot.waitUntil(lambda: chart.width() == 360)
    picture = image(chart)
    w, h = picture.width(), picture.height()
    edges = [QPoint(x, y) for x in range(w) for y in (0, h - 1)]
    edges += [QPoint(x, y) for y in range(h) for x in (0, 1, w - 2, w - 1)]
    assert [p for p in edges if picture.pixelColor(p) != QColor("white")] == []
    assert chart.totals() == [12345, 0, 678, 1, 0, 23456]
    assert chart._plot.height() > 60  # the plot keeps room once the labels have theirs


def test_hover_names_the_bar(chart: BarChart) -> None:
    chart.set_data(
        ChartData(
            categories=RATINGS,
            bars=(series("满意", GREEN, [3, 2, 1, 0, 0, 4]),),
            tips=tuple(f"{n}：{v}" for n, v in zip(RATINGS, (3, 2, 1, 0, 0, 4), strict=True)),
        )
    )
    image(chart)  # lays the plot out
    plot = chart._plot
    slot = plot.width() / 6
    assert chart.category_at(plot.left() + slot * 5.5) == 5
    assert chart.category_at(plot.left() - 5) is None
    assert chart.data.tips[5] == "未评价：4"


def test_nice_top() -> None:
    # Steps of 1, 2, 5, 10, 20, 50 …: four of them hold the largest value.
    assert [nice_top(v) for v in (0, 3, 4, 5, 9, 20, 21, 199, 201, 538)] == [
        4, 4, 4, 8, 20, 20, 40, 200, 400, 800,
    ]  # fmt: skip
