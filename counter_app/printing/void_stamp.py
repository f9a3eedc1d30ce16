"""The 作废 stamp drawn over a voided receipt, on the roll and on the A5 form."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

VOID_MARK = "作废"
STAMP_RED = colors.Color(0.80, 0.05, 0.05)


def draw_void_stamp(
    canvas: Canvas,
    cx: float,
    cy: float,
    font: str,
    *,
    width: float,
    height: float,
    color: colors.Color,
    filled: bool,
) -> None:
    """A 作废 stamp: a double frame and the word, tilted, centred on (cx, cy).

    ``filled`` False draws the word in outline, so the figures under it stay
    readable on a black-only thermal print.
    """
    canvas.saveState()
    canvas.translate(cx, cy)
    canvas.rotate(16)
    canvas.setStrokeColor(color)
    canvas.setFillColor(color)
    canvas.setLineWidth(2.2)
    canvas.roundRect(-width / 2, -height / 2, width, height, 3, stroke=1, fill=0)
    canvas.setLineWidth(0.7)
    inset = 2.2
    canvas.roundRect(
        -width / 2 + inset, -height / 2 + inset, width - 2 * inset, height - 2 * inset, 2
    )
    size = height * 0.72
    text = canvas.beginText()
    text.setFont(font, size)
    text.setCharSpace(size * 0.35)
    text.setTextRenderMode(2 if filled else 1)
    canvas.setLineWidth(0.9)
    text_width = canvas.stringWidth(VOID_MARK, font, size) + size * 0.35
    text.setTextOrigin(-text_width / 2 + size * 0.175, -size * 0.36)
    text.textOut(VOID_MARK)
    canvas.drawText(text)
    canvas.restoreState()
