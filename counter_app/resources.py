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


CJK_FONT_FILE = ("fonts", "wqy-microhei.ttc")
APP_ICON_FILE = ("icons", "counter-app.png")  # drawn by resources/icons/make_icon.py
