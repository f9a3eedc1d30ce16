"""A printer test page: the layout's edges, the font, and which printer and paper."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from counter_app.printing.files import write_atomically
from counter_app.printing.fonts import register_cjk_font
from counter_app.printing.watermark import draw_training_mark

SIZES = {"80mm": (80 * mm, 120 * mm), "A5": (148 * mm, 210 * mm), "A4": (210 * mm, 297 * mm)}


def render_test_page(
    hall_name: str, printer: str, layout: str, path: Path, training: bool = False
) -> Path:
    font = register_cjk_font()
    width, height = SIZES.get(layout, SIZES["A5"])
    margin = 4 * mm

    def draw(target: BinaryIO) -> None:
        c = Canvas(target, pagesize=(width, height))
        c.setTitle("打印测试页")
        if training:
            draw_training_mark(c, width, height, font, min(width, height) * 0.4)
        c.rect(margin, margin, width - 2 * margin, height - 2 * margin)
        lines = [
            ("打印测试页", 14),
            (hall_name, 10),
            (f"打印机：{printer}", 9),
            (f"纸张：{layout}（四边方框应完整可见）", 9),
            (datetime.now().strftime("%Y-%m-%d %H:%M"), 9),
            ("壹贰叁肆伍陆柒捌玖拾佰仟万 ¥0123456789", 9),
        ]
        y = height - margin - 10 * mm
        for text, size in lines:
            c.setFont(font, size)
            c.drawCentredString(width / 2, y, text)
            y -= size * 1.8
        c.showPage()
        c.save()

    return write_atomically(path, draw)
