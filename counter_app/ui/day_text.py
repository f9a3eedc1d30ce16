"""A day as the screens show it: 2026年11月24日 in Chinese, 2026-11-24 in English.

Printed documents keep domain.clock.chinese_date: they stay Chinese in both languages.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication


def day_text(day: date) -> str:
    return QCoreApplication.translate("Dates", "{0}年{1}月{2}日").format(
        day.year, day.month, day.day
    )
