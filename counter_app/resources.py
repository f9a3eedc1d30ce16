"""Where the shipped data files are, in a checkout and in a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    # PyInstaller unpacks data beside the executable under sys._MEIPASS.
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def manual_file() -> Path:
    """The user manual (docs/manual.md, its pictures in docs/images beside it): shipped
    by build.spec under docs/, read by Help → 使用手册."""
    frozen = getattr(sys, "_MEIPASS", None)
    root = Path(frozen) if frozen else Path(__file__).resolve().parent.parent
    return root / "docs" / "manual.md"


CJK_FONT_FILE = ("fonts", "wqy-microhei.ttc")
APP_ICON_FILE = ("icons", "counter-app.png")  # drawn by resources/icons/make_icon.py
