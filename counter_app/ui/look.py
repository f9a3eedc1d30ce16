"""Fonts, style sheet and Qt's own Chinese strings, set up before any widget exists."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from counter_app.resources import CJK_FONT_FILE, resource

FALLBACK_FAMILY = "WenQuanYi Micro Hei"
_translators: list[QTranslator] = []


def load_cjk_font() -> str:
    """Register the shipped font so every PC (and the test machine) renders the same."""
    font_id = QFontDatabase.addApplicationFont(str(resource(*CJK_FONT_FILE)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else FALLBACK_FAMILY


def apply_look(app: QApplication, point_size: int = 11) -> str:
    family = load_cjk_font()
    app.setFont(QFont(family, point_size))
    style = resource("style.qss")
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return family


def load_qt_translations(app: QApplication, locale: str = "zh_CN") -> None:
    """Qt's own dialogs (buttons, file dialogs) in Chinese; kept alive for the app's life."""
    QLocale.setDefault(QLocale(locale))
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(app)
    if translator.load(f"qtbase_{locale}", folder):
        app.installTranslator(translator)
        _translators.append(translator)
