"""The 培训 mark that every document made in training mode carries (现场服务模拟).

Drawn first on each page, under the content, light enough to read through.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

TRAINING_MARK = "培训"
TRAINING_NOTE = "培训模式 · 非有效凭证"


def draw_training_mark(
    canvas: Canvas,
    width: float,
    height: float,
    font: str,
    size: float = 110,
    drop: float | None = None,
) -> None:
    """One large 培训 across the middle of a ``width`` × ``height`` page.

    ``drop``: how far its baseline sits below the centre (default ``size * 0.35``).
    """
    canvas.saveState()
    canvas.setFillColor(colors.Color(0.85, 0.1, 0.1, alpha=0.10))
    canvas.setFont(font, size)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(35)
    canvas.drawCentredString(0, -(size * 0.35 if drop is None else drop), TRAINING_MARK)
    canvas.restoreState()
