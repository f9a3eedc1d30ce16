"""The queue ticket (排队号票) on the 80 mm roll printer.

Like the roll receipt (receipt.py, on roll_layout.py): the page is 80 mm wide and as long as its
content, everything is drawn inside 4 mm margins (a thermal head prints about
72 mm) straight onto one canvas, black only. A ticket is printed for every
customer who comes in, so it is kept small and quick: each line is measured
once and drawn once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from counter_app.printing.files import write_atomically
from counter_app.printing.fonts import register_cjk_font
from counter_app.printing.watermark import draw_training_mark

__all__ = ["TICKET_TITLE", "TicketSlip", "people_ahead_text", "render_ticket_slip"]

TICKET_TITLE = "排队号票"

ROLL_WIDTH = 80 * mm
ROLL_MARGIN = 4 * mm
CONTENT_WIDTH = ROLL_WIDTH - 2 * ROLL_MARGIN  # 72 mm

NUMBER_SIZE = 50  # pt: readable from the waiting seats' distance to the display
HANG = 9.5  # kept free at the right of wrapping text for a hung '，' (fonts.py)


@dataclass(frozen=True)
class TicketSlip:
    """What a queue ticket says; times are the hall's local wall time."""

    hall_name: str
    ticket_no: str  # A001
    category_name: str  # 业扩报装/变更用电
    people_ahead: int
    issued_at: datetime
    footer: str = ""
    training: bool = False  # training mode: a 培训 mark across the ticket


def people_ahead_text(people: int) -> str:
    if people <= 0:
        return "您前面没有人等候，请留意叫号"
    return f"您前面还有 {people} 人等候"


class _Line:
    """One line of text, centred, in one font size, with room above it.

    ``bold`` strokes the outline as well as filling it: the shipped font has no
    bold face, and the ticket number must stand out.
    """

    def __init__(
        self, text: str, size: float, space: float, leading: float = 0, bold: float = 0
    ) -> None:
        self.text = text
        self.size = size
        self.space = space
        self.height = leading or size * 1.3
        self.bold = bold

    def draw(self, canvas: Canvas, font: str, top: float) -> None:
        width = stringWidth(self.text, font, self.size)
        canvas.saveState()  # the render mode and line width stay with this line
        text = canvas.beginText()
        text.setFont(font, self.size)
        if self.bold:
            canvas.setLineWidth(self.bold)
            text.setTextRenderMode(2)  # fill and stroke
        # The baseline sits where a Paragraph would put it: one font size down.
        text.setTextOrigin((ROLL_WIDTH - width) / 2, top - self.size)
        text.textOut(self.text)
        canvas.drawText(text)
        canvas.restoreState()


class _Rule:
    def __init__(self, space: float, dashed: bool, weight: float = 0.6) -> None:
        self.space = space
        self.height = weight
        self.dashed = dashed

    def draw(self, canvas: Canvas, font: str, top: float) -> None:
        canvas.saveState()
        canvas.setLineWidth(self.height)
        if self.dashed:
            canvas.setDash(2, 1.5)
        y = top - self.height / 2
        canvas.line(ROLL_MARGIN, y, ROLL_MARGIN + CONTENT_WIDTH, y)
        canvas.restoreState()


class _Wrapped:
    """Text that may take several lines (the hall's footer), centred."""

    def __init__(self, text: str, style: ParagraphStyle, space: float) -> None:
        self.space = space
        self._para = Paragraph(escape(text), style)
        self.height = self._para.wrap(CONTENT_WIDTH - 2 * HANG, 10_000)[1]

    def draw(self, canvas: Canvas, font: str, top: float) -> None:
        self._para.drawOn(canvas, ROLL_MARGIN + HANG, top - self.height)


def _fit(text: str, font: str, size: float, width: float = CONTENT_WIDTH) -> float:
    """``size``, or smaller if ``text`` would not fit ``width`` (a long hall name)."""
    needed = stringWidth(text, font, size)
    return size if needed <= width else max(7.0, size * width / needed)


def _sentences(text: str) -> list[str]:
    """请留意叫号。本号当日有效。 -> ["请留意叫号。", "本号当日有效。"]"""
    sentences, current = [], ""
    for ch in text.strip():
        current += ch
        if ch in "。！？；":
            sentences.append(current.strip())
            current = ""
    if current.strip():
        sentences.append(current.strip())
    return sentences


def _parts(slip: TicketSlip, font: str) -> list[_Line | _Rule | _Wrapped]:
    number_size = _fit(slip.ticket_no, font, NUMBER_SIZE)
    parts: list[_Line | _Rule | _Wrapped] = [
        _Line(slip.hall_name, _fit(slip.hall_name, font, 11), 0),
        _Line(TICKET_TITLE, 9, 1.5),
        _Rule(3, dashed=False, weight=1.2),
        _Line(slip.ticket_no, number_size, 5, leading=number_size * 1.05, bold=1.6),
        _Line(slip.category_name, _fit(slip.category_name, font, 14), 2, bold=0.3),
        _Rule(5, dashed=False, weight=1.2),
        _Line(people_ahead_text(slip.people_ahead), 11, 5),
        _Line(f"取号时间：{slip.issued_at:%Y-%m-%d %H:%M:%S}", 9, 2.5),
    ]
    if slip.footer:
        style = ParagraphStyle(
            "ticket_footer",
            fontName=font,
            fontSize=8,
            leading=10.5,
            alignment=TA_CENTER,
            wordWrap="CJK",
            textColor=colors.black,
        )
        parts.append(_Rule(5, dashed=True))
        # One sentence a line where it fits: a ticket is read at a glance.
        for i, sentence in enumerate(_sentences(slip.footer)):
            parts.append(_Wrapped(sentence, style, 3 if i == 0 else 0.5))
    return parts


def _write(fh: BinaryIO, slip: TicketSlip) -> None:
    font = register_cjk_font()
    parts = _parts(slip, font)
    page_height = sum(p.space + p.height for p in parts) + 2 * ROLL_MARGIN
    canvas = Canvas(
        fh,
        pagesize=(ROLL_WIDTH, page_height),
        initialFontName=font,
        initialFontSize=9,
        lang="zh-CN",
    )
    canvas.setTitle(f"{TICKET_TITLE} {slip.ticket_no}")
    canvas.setAuthor(slip.hall_name)
    canvas.setSubject(TICKET_TITLE)
    canvas.setCreator("柜台助手 Counter Assistant")
    if slip.training:
        draw_training_mark(canvas, ROLL_WIDTH, page_height, font, ROLL_WIDTH * 0.4)
    canvas.setFillColor(colors.black)
    canvas.setStrokeColor(colors.black)
    top = page_height - ROLL_MARGIN
    for part in parts:
        top -= part.space
        part.draw(canvas, font, top)
        top -= part.height
    canvas.showPage()
    canvas.save()


def render_ticket_slip(slip: TicketSlip, path: Path) -> Path:
    """Render the queue ticket to a PDF at ``path`` (written atomically); return ``path``."""
    return write_atomically(Path(path), lambda fh: _write(fh, slip))
