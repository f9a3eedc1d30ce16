"""The 80 mm roll layout: a page 80 mm wide and as long as its content (one page, like
the paper roll), everything drawn inside 4 mm margins since thermal printers print about
72 mm wide (DESIGN.md, pitfalls). Black only: a thermal head has no colour.

The roll is printed for every payment, so it is kept lean: styles are built once per
process, and the roll is laid out by measuring each flowable once and drawing it
straight onto a canvas of the measured length (no document template, no frames, no
second pass). The receipt, the void slip and the queue ticket are laid out on it.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Paragraph,
)

from counter_app.printing.fonts import register_cjk_font
from counter_app.printing.void_stamp import draw_void_stamp

__all__ = [
    "ROLL_CONTENT_WIDTH",
    "ROLL_MARGIN",
    "ROLL_WIDTH",
    "Roll",
    "RollMeta",
    "RollStyles",
    "roll_styles",
]


# The roll: 80 mm paper, about 72 mm printed (576 dots at 8 dots/mm).
ROLL_WIDTH = 80 * mm
ROLL_MARGIN = 4 * mm
ROLL_CONTENT_WIDTH = ROLL_WIDTH - 2 * ROLL_MARGIN
# Room kept free at the right of wrapping text, so that a '，' hung at the end
# of a full line (fonts.CJK_NO_LINE_START) still prints inside the 72 mm.
HANG = 9.5
ROW_GAP = 1  # between the rows of a block on the roll
BOX_PAD_X = 4
BOX_PAD_TOP = 2.5
BOX_PAD_BOTTOM = 3.5


class RollStyles:
    """Type sizes for a thermal head: nothing under 8 pt, black only."""

    def __init__(self, font: str) -> None:
        base = ParagraphStyle(
            "roll", fontName=font, fontSize=9, leading=12, wordWrap="CJK", textColor=colors.black
        )
        self.font = font
        self.body = base
        self.hall = ParagraphStyle("r_hall", base, fontSize=10.5, leading=13.5, alignment=TA_CENTER)
        self.title = ParagraphStyle("r_title", base, fontSize=16, leading=20, alignment=TA_CENTER)
        self.note = ParagraphStyle("r_note", base, fontSize=8.5, leading=11, alignment=TA_CENTER)
        self.label = ParagraphStyle("r_label", base)
        self.value = base
        self.number = ParagraphStyle("r_number", base, fontSize=10, leading=13)
        self.head = ParagraphStyle("r_head", base, fontSize=8, leading=10.5)
        self.head_right = ParagraphStyle("r_headr", self.head, alignment=TA_RIGHT)
        self.item = base
        self.amount = ParagraphStyle("r_amount", base, alignment=TA_RIGHT)
        self.total_label = ParagraphStyle("r_totall", base, fontSize=11, leading=16)
        self.total = ParagraphStyle("r_total", base, fontSize=14, leading=16, alignment=TA_RIGHT)
        self.words = ParagraphStyle("r_words", base, fontSize=9.5, leading=13)
        self.mark = ParagraphStyle("r_mark", base, fontSize=13, leading=16, alignment=TA_CENTER)
        self.void_head = ParagraphStyle(
            "r_voidh", base, fontSize=14, leading=17, alignment=TA_CENTER
        )
        self.caption = ParagraphStyle(
            "r_caption", base, fontSize=8, leading=10.5, alignment=TA_CENTER
        )
        self.footer = ParagraphStyle("r_footer", base, fontSize=8, leading=10.5)


@functools.cache
def roll_styles() -> RollStyles:
    return RollStyles(register_cjk_font())


@dataclass(frozen=True)
class RollMeta:
    title: str
    author: str
    subject: str


class Roll:
    """Flowables stacked down a roll of paper whose length is what they take.

    Each flowable is wrapped once, to measure it, and then drawn where it falls;
    the page is created only then, as long as the content plus the margins.
    """

    def __init__(self, st: RollStyles) -> None:
        self.st = st
        self._items: list[tuple[Flowable, float, float, str]] = []
        self._stamp_from: int | None = None
        self._stamp_to: int | None = None

    def add(
        self,
        flowable: Flowable,
        space: float = 0,
        width: float = ROLL_CONTENT_WIDTH,
        align: str = "left",
    ) -> None:
        self._items.append((flowable, space, width, align))

    def stamp_over_following(self) -> None:
        """The 作废 stamp covers the flowables added from now until ``stamp_end``."""
        self._stamp_from = len(self._items)

    def stamp_end(self) -> None:
        self._stamp_to = len(self._items)

    def write(self, fh: BinaryIO, meta: RollMeta, training: bool) -> None:
        placed: list[tuple[Flowable, float, float, float]] = []  # flowable, space, x, height
        length = 0.0
        for flowable, space, width, align in self._items:
            w, h = flowable.wrap(width, 10_000)
            if align == "center":
                x = ROLL_MARGIN + (ROLL_CONTENT_WIDTH - w) / 2
            elif align == "right":
                x = ROLL_MARGIN + ROLL_CONTENT_WIDTH - w
            else:
                x = ROLL_MARGIN
            placed.append((flowable, space, x, h))
            length += space + h
        page_height = length + 2 * ROLL_MARGIN
        canvas = Canvas(
            fh,
            pagesize=(ROLL_WIDTH, page_height),
            initialFontName=self.st.font,
            initialFontSize=9,
            lang="zh-CN",
        )
        canvas.setTitle(meta.title)
        canvas.setAuthor(meta.author)
        canvas.setSubject(meta.subject)
        canvas.setCreator("柜台助手 Counter Assistant")
        if training:
            _roll_watermark(canvas, page_height, self.st.font)
        y = page_height - ROLL_MARGIN
        tops: list[float] = []
        for flowable, space, x, h in placed:
            y -= space
            tops.append(y)
            flowable.drawOn(canvas, x, y - h)
            y -= h
        tops.append(y)
        if self._stamp_from is not None:
            end = self._stamp_to if self._stamp_to is not None else len(placed)
            top, bottom = tops[self._stamp_from], tops[end]
            draw_void_stamp(
                canvas,
                ROLL_MARGIN + ROLL_CONTENT_WIDTH * 0.6,
                (top + bottom) / 2,
                self.st.font,
                width=42 * mm,
                height=16 * mm,
                color=colors.black,
                filled=False,
            )
        canvas.showPage()
        canvas.save()


def _roll_watermark(canvas: Canvas, page_height: float, font: str) -> None:
    """Light 培训 marks down the roll, under the content, inside the margins."""
    canvas.saveState()
    canvas.setFillColor(colors.Color(0, 0, 0, alpha=0.13))
    canvas.setFont(font, 46)
    step = 70 * mm
    y = page_height - 45 * mm
    while True:
        canvas.saveState()
        canvas.translate(ROLL_WIDTH / 2, max(y, 30 * mm))
        canvas.rotate(30)
        canvas.drawCentredString(0, -16, "培训")
        canvas.restoreState()
        y -= step
        if y < 30 * mm:
            break
    canvas.restoreState()


class Rule(Flowable):
    """A dashed rule across the roll."""

    def __init__(self, width: float = ROLL_CONTENT_WIDTH, dash: Sequence[float] = (2, 1.5)) -> None:
        super().__init__()
        self.width = width
        self.height = 0.6
        self._dash = dash

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setLineWidth(0.6)
        if self._dash:
            canvas.setDash(*self._dash)
        canvas.line(0, 0.3, self.width, 0.3)


class Text(Flowable):
    """One line of plain text in one style, drawn with a single canvas call.

    Most of what a receipt says fits one line; only when this text does not
    fit the width it is given does it become a wrapping Paragraph (leaving
    ``HANG`` free at the right for a '，' hung at a line's end).
    """

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self._para: Paragraph | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        st = self.style
        self.width = availWidth
        if stringWidth(self.text, st.fontName, st.fontSize) <= availWidth:
            self._para = None
            self.height = st.leading
        else:
            self._para = Paragraph(escape(self.text), st)
            self.height = self._para.wrap(availWidth - HANG, availHeight)[1]
        return self.width, self.height

    def draw(self) -> None:
        if self._para is not None:
            self._para.drawOn(self.canv, 0, 0)
            return
        canvas, st = self.canv, self.style
        canvas.setFont(st.fontName, st.fontSize)
        canvas.setFillColor(st.textColor)
        baseline = self.height - st.fontSize  # where a Paragraph puts its first line
        if st.alignment == TA_CENTER:
            canvas.drawCentredString(self.width / 2, baseline, self.text)
        elif st.alignment == TA_RIGHT:
            canvas.drawRightString(self.width, baseline, self.text)
        else:
            canvas.drawString(0, baseline, self.text)


class Stack(Flowable):
    """Flowables one under the other, each given the full width."""

    def __init__(self, parts: Sequence[Flowable], gap: float = 0) -> None:
        super().__init__()
        self._parts = parts
        self._gap = gap

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self._heights = [part.wrap(availWidth, availHeight)[1] for part in self._parts]
        self.height = sum(self._heights) + self._gap * (len(self._parts) - 1)
        return self.width, self.height

    def draw(self) -> None:
        y = self.height
        for part, height in zip(self._parts, self._heights, strict=True):
            y -= height
            part.drawOn(self.canv, 0, y)
            y -= self._gap


class Fields(Flowable):
    """Label：value rows; a long value wraps under itself, not under the label."""

    def __init__(
        self,
        rows: Sequence[tuple[str, str]],
        st: RollStyles,
        value_style: ParagraphStyle | None = None,
        first_style: ParagraphStyle | None = None,
    ) -> None:
        super().__init__()
        value_style = value_style or st.value
        self._label_style = st.label
        self._label_width = (max(len(label) for label, _ in rows) + 1) * st.label.fontSize
        self._rows = [
            (f"{label}：", Text(value, first_style if i == 0 and first_style else value_style))
            for i, (label, value) in enumerate(rows)
        ]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        value_width = availWidth - self._label_width
        self._heights = [value.wrap(value_width, availHeight)[1] for _, value in self._rows]
        self.height = sum(self._heights) + ROW_GAP * len(self._rows)
        return self.width, self.height

    def draw(self) -> None:
        canvas, label_style = self.canv, self._label_style
        y = self.height
        for (label, value), height in zip(self._rows, self._heights, strict=True):
            # The label first, so that text extraction reads "label：value".
            canvas.setFont(label_style.fontName, label_style.fontSize)
            canvas.setFillColor(label_style.textColor)
            canvas.drawString(0, y - value.style.fontSize, label)  # on the first line's baseline
            y -= height
            value.drawOn(canvas, self._label_width, y)
            y -= ROW_GAP


class Boxed(Flowable):
    """``parts`` framed; the frame's stroke stays inside the flowable (and the 72 mm)."""

    def __init__(self, parts: Sequence[Flowable], line_width: float = 1.2) -> None:
        super().__init__()
        self._inner = Stack(parts, gap=1.5)
        self._line_width = line_width

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        inner_width = availWidth - self._line_width - 2 * BOX_PAD_X
        inner = self._inner.wrap(inner_width, availHeight)[1]
        self.height = inner + self._line_width + BOX_PAD_TOP + BOX_PAD_BOTTOM
        return self.width, self.height

    def draw(self) -> None:
        canvas, half = self.canv, self._line_width / 2
        canvas.setLineWidth(self._line_width)
        canvas.rect(half, half, self.width - 2 * half, self.height - 2 * half, stroke=1, fill=0)
        self._inner.drawOn(canvas, half + BOX_PAD_X, half + BOX_PAD_BOTTOM)


class Overlay(Stack):
    """Flowables drawn over one another (bottoms aligned), e.g. a left and a right text."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self._heights = [part.wrap(availWidth, availHeight)[1] for part in self._parts]
        self.height = max(self._heights)
        return self.width, self.height

    def draw(self) -> None:
        for part in self._parts:
            part.drawOn(self.canv, 0, 0)
