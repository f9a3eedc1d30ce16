"""The hall's screens, and what it means for a window to fit one.

A hall's counter PC is a 1366×768 or 1280×720 screen (issue 16), used at the default type
size or the large one the settings offer for tired eyes. A window fits when its minimum
size (with the page in front) is within the screen less Windows' chrome, and no control
that a clerk uses ends outside what is drawn. The fit test (tests/ui/test_screens_fit.py)
and the screenshot tool (tools/screenshots/fit.py) both measure with this module.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

SCREENS: tuple[tuple[int, int], ...] = ((1366, 768), (1280, 720))
DEFAULT_POINT_SIZE = 11  # ui/settings FONT_SIZE's default
# "Large" in the hall: the settings allow 9–18 pt; 14 pt is what a clerk who finds 11 pt
# small picks (about a quarter larger). 16–18 pt are for a customer-facing screen, and no
# 1280×720 screen holds a form of this app at 18 pt.
LARGE_POINT_SIZE = 14
POINT_SIZES = (DEFAULT_POINT_SIZE, LARGE_POINT_SIZE)
# Windows' taskbar (40 px at 100 % scaling) and a window's title bar (about 30 px): the
# frame is drawn by Windows around what Qt calls the window, so a maximized window's
# client area is the screen's width by its height less these.
TASKBAR_AND_TITLE = 70

Control = QAbstractButton | QLineEdit | QAbstractSpinBox | QComboBox | QTextEdit | QPlainTextEdit


def available(screen: tuple[int, int]) -> QSize:
    """The client area of a maximized window on ``screen``."""
    width, height = screen
    return QSize(width, height - TASKBAR_AND_TITLE)


def needed(window: QWidget) -> QSize:
    """The least size ``window`` can be given, as its layout has it now."""
    layout = window.layout()
    if layout is not None:
        layout.activate()
    return window.minimumSize().expandedTo(window.minimumSizeHint())


def _scrolled_in(widget: QWidget, top: QWidget) -> QAbstractScrollArea | None:
    """The scrolled area whose content ``widget`` is (a list's rows, a long form), if any."""
    w = widget.parentWidget()
    while w is not None and w is not top:
        parent = w.parentWidget()
        if isinstance(parent, QAbstractScrollArea) and w is parent.viewport():
            return parent
        w = parent
    return None


def shown_part(widget: QWidget, top: QWidget) -> QRect:
    """The part of ``widget`` that ``top`` draws, in ``top``'s coordinates."""
    rect = QRect(widget.mapTo(top, widget.rect().topLeft()), widget.size())
    w = widget.parentWidget()
    while w is not None:
        origin = w.mapTo(top, w.rect().topLeft()) if w is not top else w.rect().topLeft()
        rect = rect.intersected(QRect(origin, w.size()))
        if w is top:
            break
        w = w.parentWidget()
    return rect


def cut_controls(area: QWidget, top: QWidget) -> list[str]:
    """The clerk's controls in ``area`` that ``top`` does not draw whole: any control but
    the rows of a list, which scroll; in a scrolled form only its action buttons."""
    cut = []
    for widget in area.findChildren(QWidget):
        if not isinstance(widget, Control) or not widget.isVisibleTo(top):
            continue
        if isinstance(widget.parentWidget(), QAbstractItemView | QAbstractSpinBox | QComboBox):
            continue  # a view's or a box's own parts
        scrolled = _scrolled_in(widget, top)
        if isinstance(scrolled, QAbstractItemView) or (
            scrolled is not None and not isinstance(widget, QPushButton)
        ):
            continue
        if shown_part(widget, top).size() != widget.size():
            name = widget.objectName() or type(widget).__name__
            text = widget.text() if isinstance(widget, QAbstractButton) else ""
            cut.append(f"{name} {text!r}".strip())
    return cut
