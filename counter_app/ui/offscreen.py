"""Driving the real widgets without a screen: the self-test, the screenshot tools and the
tests fill the wizard the way a clerk does, with Qt's offscreen platform."""

from __future__ import annotations

import sys

from PySide6.QtCore import QMessageLogContext, QtMsgType
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget, QWizard


def quiet_offscreen(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Drop the offscreen plugin's one known complaint; pass everything else on."""
    if "does not support propagateSizeHints" in message:
        return
    print(message, file=sys.stderr)


def set_field(page: QWidget, key: str, value: object) -> None:
    """Type into a wizard field the way the clerk would (signals fire, checks run)."""
    editor = page.editors[key]  # type: ignore[attr-defined]
    if isinstance(editor, QCheckBox):
        editor.setChecked(bool(value))
    elif isinstance(editor, QComboBox):  # items show translated text, keep the data's own
        if editor.findData(value) >= 0:
            editor.setCurrentIndex(editor.findData(value))
    elif isinstance(editor, QLineEdit):
        editor.setFocus()
        editor.setText(str(value))
    else:  # pragma: no cover - a new editor kind needs a line here
        raise TypeError(f"no way to fill {type(editor).__name__} for {key}")


def fill_page(page: QWidget, values: dict[str, object]) -> None:
    for key in page.editors:  # type: ignore[attr-defined]
        if key in values:
            set_field(page, key, values[key])


def next_page(wizard: QWizard) -> QWidget:
    page = wizard.currentPage()
    if not page.isComplete():
        raise RuntimeError(f"wizard page {page.title()} is not complete")
    wizard.next()
    return wizard.currentPage()
