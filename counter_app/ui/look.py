"""Fonts, style sheet and Qt's own Chinese strings, set up before any widget exists."""

from __future__ import annotations

import re

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from counter_app.resources import CJK_FONT_FILE, resource

FALLBACK_FAMILY = "WenQuanYi Micro Hei"
BASE_POINT_SIZE = 11  # the size style.qss is written for
_PT = re.compile(r"font-size:\s*([0-9.]+)pt")
_translators: list[QTranslator] = []


def load_cjk_font() -> str:
    """Register the shipped font so every PC (and the test machine) renders the same."""
    font_id = QFontDatabase.addApplicationFont(str(resource(*CJK_FONT_FILE)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else FALLBACK_FAMILY


def apply_look(app: QApplication, point_size: int = BASE_POINT_SIZE) -> str:
    family = load_cjk_font()
    app.setFont(QFont(family, point_size))
    style = resource("style.qss")
    if style.exists():
        app.setStyleSheet(scaled_style(style.read_text(encoding="utf-8"), point_size))
    return family


def scaled_style(qss: str, point_size: int) -> str:
    """The style sheet's own sizes (titles, lists) grow and shrink with the chosen size."""
    factor = point_size / BASE_POINT_SIZE
    return _PT.sub(lambda m: f"font-size: {float(m.group(1)) * factor:.1f}pt", qss)


def set_point_size(app: QApplication, point_size: int) -> None:
    """The clerk's type size for every screen, at once (the settings dialog, start-up)."""
    font = QFont(app.font())
    if font.pointSize() == point_size:
        return
    font.setPointSize(point_size)
    app.setFont(font)
    style = resource("style.qss")
    if style.exists():
        app.setStyleSheet(scaled_style(style.read_text(encoding="utf-8"), point_size))


def load_qt_translations(app: QApplication, locale: str = "zh_CN") -> None:
    """Qt's own dialogs (buttons, file dialogs) in Chinese; kept alive for the app's life."""
    QLocale.setDefault(QLocale(locale))
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(app)
    if translator.load(f"qtbase_{locale}", folder):
        app.installTranslator(translator)
        _translators.append(translator)
