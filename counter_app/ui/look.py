"""Fonts, style sheet and the interface language, set up before any widget exists."""

from __future__ import annotations

import os
import re

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from counter_app.resources import CJK_FONT_FILE, resource
from counter_app.ui.settings import LANGUAGES

FALLBACK_FAMILY = "WenQuanYi Micro Hei"
BASE_POINT_SIZE = 11  # the size style.qss is written for
_PT = re.compile(r"font-size:\s*([0-9.]+)pt")
LANGUAGE_ENV = "COUNTER_APP_LANG"
DEFAULT_LANGUAGE = "zh_CN"
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


def chosen_language(command_line: str | None = None, setting: str | None = None) -> str:
    """--lang first, then COUNTER_APP_LANG, then this PC's setting; Chinese otherwise."""
    for candidate in (command_line, os.environ.get(LANGUAGE_ENV), setting):
        if candidate in LANGUAGES:
            return candidate
    return DEFAULT_LANGUAGE


def load_translations(app: QApplication, language: str = DEFAULT_LANGUAGE) -> None:
    """Qt's own dialogs and the app's catalogue in one language; kept alive for the app's life.

    Calling it again (tests, screenshots) replaces the previous language.
    """
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    QLocale.setDefault(QLocale(language))
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = str(resource("translations"))
    # English is Qt's source language: it ships no qtbase_en, and needs none.
    for name, folder in ((f"qtbase_{language}", qt_folder), (f"counter_app_{language}", ours)):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _translators.append(translator)
