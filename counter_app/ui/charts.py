"""The dashboard's two charts, drawn with QPainter.

Qt Charts is offered under GPLv3 or a commercial licence only, so the shipped
program does not use it (README "Licences"); a bar chart with an optional line on
a second axis is all the dashboard needs. Every size comes from the font's
metrics, so labels in the shipped CJK font are never cut off.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from counter_app.domain.chart_axis import AXIS_STEPS

POINT_SIZE = 9.0
TICKS = AXIS_STEPS  # steps on a value axis: 5 labels, 0 … top
AXIS = QColor("#8a8a8a")
GRID = QColor("#e3e3e3")
TEXT = QColor("#303030")
PAD = 4.0
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Series:
    """One named, coloured row of values, one per category (None: no value there)."""

    name: str
    colour: QColor
    values: tuple[float | None, ...]


@dataclass(frozen=True)
class LineAxis:
    """The right-hand axis a line is drawn against (the satisfaction rate, in %)."""

    low: float
    high: float
    suffix: str = "%"


@dataclass
class ChartData:
    title: str = ""
    categories: tuple[str, ...] = ()  # one label per bar ("" leaves it unlabelled)
    bars: tuple[Series, ...] = ()  # stacked when more than one
    top: float = 4.0  # the value axis' top
    value_title: str = ""
    category_title: str = ""
    line: Series | None = None
    line_axis: LineAxis | None = None
    bar_width: float = 0.7  # of a category's slot
    values_on_bars: bool = False  # each bar's total above it
    tips: tuple[str, ...] = field(default=())  # hover text per category


def value_text(value: float, suffix: str = "") -> str:
    return f"{value:,.0f}{suffix}" if value == int(value) else f"{value:,.1f}{suffix}"


class BarChart(QWidget):
    """Bars (stacked when several series), an optional line on a right axis, a legend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = ChartData()
        # Low enough that the 指标看板 fits a 720-pixel screen at 14 pt; the splitter gives more.
        self.setMinimumHeight(120)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._plot = QRectF()

    def set_data(self, data: ChartData) -> None:
        self.data = data
        self.setToolTip("")
        self.update()

    # -- what tests and tooltips read ---------------------------------------------------

    def totals(self) -> list[float]:
        """Each bar's height (the sum of its stacked parts)."""
        return [
            sum(s.values[i] or 0 for s in self.data.bars) for i in range(len(self.data.categories))
        ]

    def category_at(self, x: float) -> int | None:
        count = len(self.data.categories)
        if not count or not self._plot.left() <= x <= self._plot.right():
            return None
        return min(count - 1, int((x - self._plot.left()) / self._plot.width() * count))

    def event(self, event) -> bool:  # type: ignore[no-untyped-def]
        if event.type() == event.Type.ToolTip and isinstance(event, QHelpEvent):
            i = self.category_at(event.position().x())
            if i is not None and i < len(self.data.tips):
                QToolTip.showText(event.globalPos(), self.data.tips[i], self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    # -- painting -----------------------------------------------------------------------

    def _font(self, bold: bool = False) -> QFont:
        font = QFont(QApplication.font())
        font.setPointSizeF(POINT_SIZE)
        font.setBold(bold)
        return font

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        p.fillRect(self.rect(), Qt.GlobalColor.white)
        d = self.data
        font, bold = self._font(), self._font(bold=True)
        fm, fm_bold = QFontMetricsF(font), QFontMetricsF(bold)
        line_h = fm.height()
        area = QRectF(self.rect()).adjusted(PAD * 2, PAD, -PAD * 2, -PAD)
        # Title on top, legend at the bottom.
        p.setPen(TEXT)
        if d.title:
            p.setFont(bold)
            title = QRectF(area.left(), area.top(), area.width(), fm_bold.height())
            p.drawText(title, Qt.AlignmentFlag.AlignCenter, d.title)
            area.setTop(title.bottom() + PAD * 2)
        p.setFont(font)
        area.setBottom(area.bottom() - line_h - PAD)
        self._legend(p, fm, QRectF(area.left(), area.bottom() + PAD, area.width(), line_h))
        # Category labels (several lines each) and their title below the plot.
        rows = max((c.count("\n") + 1 for c in d.categories if c), default=1)
        below = rows * line_h + PAD + (line_h if d.category_title else 0)
        left_labels = [value_text(d.top * k / TICKS) for k in range(TICKS + 1)]
        left = max(fm.horizontalAdvance(t) for t in left_labels) + PAD * 2
        if d.value_title:
            left += fm.horizontalAdvance("人") + PAD
        right = fm.horizontalAdvance("0") / 2 + PAD
        if d.line_axis is not None:
            a = d.line_axis
            right = max(fm.horizontalAdvance(value_text(v, a.suffix)) for v in (a.low, a.high))
            right += PAD * 2
        plot = QRectF(area.left() + left, area.top() + line_h / 2, 0, 0)
        plot.setRight(area.right() - right)
        plot.setBottom(area.bottom() - below)
        self._plot = plot
        if plot.width() < 10 or plot.height() < 10:
            p.end()
            return
        self._value_axis(p, fm, plot, left_labels)
        self._bars(p, fm, plot)
        self._category_axis(p, fm, plot, area.bottom())
        if d.line is not None and d.line_axis is not None:
            self._line(p, fm, plot, d.line, d.line_axis)
        p.end()

    def _legend(self, p: QPainter, fm: QFontMetricsF, rect: QRectF) -> None:
        entries: list[tuple[Series, bool]] = [(s, False) for s in self.data.bars]
        if self.data.line is not None:
            entries.append((self.data.line, True))
        marker = fm.height() * 0.6
        widths = [marker + PAD + fm.horizontalAdvance(s.name) for s, _ in entries]
        gap = fm.horizontalAdvance("　")
        x = rect.center().x() - (sum(widths) + gap * (len(entries) - 1)) / 2
        for (series, is_line), width in zip(entries, widths, strict=True):
            y = rect.center().y()
            if is_line:
                p.setPen(QPen(series.colour, 2))
                p.drawLine(QPointF(x, y), QPointF(x + marker, y))
            else:
                p.fillRect(QRectF(x, y - marker / 2, marker, marker), series.colour)
            p.setPen(TEXT)
            text = QRectF(x + marker + PAD, rect.top(), width, rect.height())
            p.drawText(
                text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, series.name
            )
            x += width + gap

    def _value_axis(self, p: QPainter, fm: QFontMetricsF, plot: QRectF, labels: list[str]) -> None:
        right_aligned = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for k, label in enumerate(labels):
            y = plot.bottom() - plot.height() * k / TICKS
            p.setPen(QPen(GRID if k else AXIS, 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(TEXT)
            box = QRectF(plot.left() - 200 - PAD, y - fm.height() / 2, 200, fm.height())
            p.drawText(box, right_aligned, label)
        if self.data.value_title:
            # Chinese reads top to bottom: one character under the other, not turned.
            title = "\n".join(self.data.value_title)
            width = fm.horizontalAdvance("人")
            box = QRectF(self.rect().left() + PAD * 2, plot.top(), width, plot.height())
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, title)
        p.setPen(QPen(AXIS, 1))
        p.drawLine(plot.bottomLeft(), plot.topLeft())

    def _slot(self, plot: QRectF) -> float:
        return plot.width() / max(1, len(self.data.categories))

    def _bars(self, p: QPainter, fm: QFontMetricsF, plot: QRectF) -> None:
        d, slot = self.data, self._slot(plot)
        scale = plot.height() / d.top if d.top > 0 else 0.0
        width = slot * d.bar_width
        for i, total in enumerate(self.totals()):
            x = plot.left() + slot * i + (slot - width) / 2
            base = plot.bottom()
            for series in d.bars:
                value = series.values[i] or 0
                if value <= 0:
                    continue
                height = value * scale
                p.fillRect(QRectF(x, base - height, width, height), series.colour)
                base -= height
            if d.values_on_bars and total > 0:
                text = value_text(total)
                if fm.horizontalAdvance(text) <= slot:
                    p.setPen(TEXT)
                    box = QRectF(x - slot, base - fm.height(), width + 2 * slot, fm.height())
                    p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _category_axis(self, p: QPainter, fm: QFontMetricsF, plot: QRectF, bottom: float) -> None:
        d, slot = self.data, self._slot(plot)
        p.setPen(TEXT)
        top = plot.bottom() + PAD
        for i, label in enumerate(d.categories):
            if not label:
                continue
            centre = plot.left() + slot * (i + 0.5)
            width = max(slot, max(fm.horizontalAdvance(t) for t in label.split("\n")))
            box = QRectF(centre - width / 2, top, width, fm.height() * (label.count("\n") + 1))
            p.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)
        if d.category_title:
            box = QRectF(plot.left(), bottom - fm.height(), plot.width(), fm.height())
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, d.category_title)

    def _line(
        self, p: QPainter, fm: QFontMetricsF, plot: QRectF, line: Series, axis: LineAxis
    ) -> None:
        span = (axis.high - axis.low) or 1.0
        p.setPen(TEXT)
        for k in range(TICKS + 1):
            value = axis.low + span * k / TICKS
            y = plot.bottom() - plot.height() * k / TICKS
            box = QRectF(plot.right() + PAD, y - fm.height() / 2, 200, fm.height())
            p.drawText(box, LEFT, value_text(value, axis.suffix))
        p.setPen(QPen(AXIS, 1))
        p.drawLine(plot.bottomRight(), plot.topRight())
        slot = self._slot(plot)
        points = [
            QPointF(
                plot.left() + slot * (i + 0.5),
                plot.bottom()
                - plot.height() * (min(max(v, axis.low), axis.high) - axis.low) / span,
            )
            for i, v in enumerate(line.values)
            if v is not None
        ]
        p.setPen(QPen(line.colour, 2))
        p.drawPolyline(points)
        p.setBrush(line.colour)
        for point in points:
            p.drawEllipse(point, 2.5, 2.5)
        p.setBrush(Qt.BrushStyle.NoBrush)


def series(name: str, colour: QColor, values: Sequence[float | None]) -> Series:
    return Series(name, colour, tuple(values))
