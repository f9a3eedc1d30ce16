"""Draw the application icon: a blue rounded square with a white lightning bolt.

    .venv/bin/python resources/icons/make_icon.py [OUT_DIR]

Writes counter-app.png (256 px, the window icon) and counter-app.ico (16 to
256 px, the Windows program icon). Each size is drawn at its own resolution
rather than scaled down, so the small ones stay sharp. The .ico holds PNG
images (Windows Vista and later read them), written here by hand so no Qt
image plugin and no Pillow is needed.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter, QPainterPath, QPolygonF

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# The bolt on a 100 x 100 grid: top right to bottom left, the notch in the middle.
BOLT = ((58, 12), (26, 56), (47, 56), (40, 88), (74, 42), (53, 42), (62, 12))


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 100, size / 100)
    margin = 2 if size >= 32 else 0  # tiny sizes need every pixel
    square = QPainterPath()
    square.addRoundedRect(QRectF(margin, margin, 100 - 2 * margin, 100 - 2 * margin), 20, 20)
    fill = QLinearGradient(0, 0, 0, 100)
    fill.setColorAt(0, QColor("#2f80d1"))
    fill.setColorAt(1, QColor("#1557a0"))
    painter.fillPath(square, fill)
    bolt = QPainterPath()
    bolt.addPolygon(QPolygonF([QPointF(x, y) for x, y in BOLT]))
    bolt.closeSubpath()
    painter.fillPath(bolt, QColor("white"))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico_bytes(images: list[tuple[int, bytes]]) -> bytes:
    """ICONDIR, one ICONDIRENTRY per image, then the PNG data."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in images:
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
        blobs += png
    return header + entries + blobs


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path(__file__).parent
    out.mkdir(parents=True, exist_ok=True)
    (out / "counter-app.png").write_bytes(png_bytes(draw(256)))
    images = [(size, png_bytes(draw(size))) for size in ICO_SIZES]
    (out / "counter-app.ico").write_bytes(ico_bytes(images))
    print(out / "counter-app.png", out / "counter-app.ico")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
