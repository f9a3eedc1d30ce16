"""Every text a clerk reads on a screen, with where it is, for the translation tests.

Table and tree cells and line-edit contents are data (names, addresses) and are
not collected; headers, labels, buttons, items, tool tips and titles are.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
    QWizardPage,
)

Text = tuple[str, str]  # (where: widget path and property, the text)


def _path(widget: QWidget, top: QWidget) -> str:
    names = []
    w: QWidget | None = widget
    while w is not None and w is not top:
        names.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    names.append(top.objectName() or type(top).__name__)
    return "/".join(reversed(names))


def _actions(actions: list[QAction], where: str) -> Iterator[Text]:
    for action in actions:
        name = action.objectName() or "action"
        yield f"{where}/{name}.text", action.text()
        if action.toolTip() != action.text().replace("&", ""):
            yield f"{where}/{name}.toolTip", action.toolTip()
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield f"{where}/{name}.title", menu.title()
            yield from _actions(menu.actions(), f"{where}/{name}")


def _headers(view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return
    for section in range(model.columnCount()):
        value = model.headerData(section, Qt.Orientation.Horizontal)
        if isinstance(value, str):
            yield f"header[{section}]", value


def texts(top: QWidget) -> list[Text]:
    """What ``top`` and its children show, as (path.property, text) pairs."""
    found: list[Text] = []
    for w in [top, *top.findChildren(QWidget)]:
        p = _path(w, top)

        def add(prop: str, value: str, p: str = p) -> None:
            if value and value.strip():
                found.append((f"{p}.{prop}", value))

        if w.isWindow():
            add("windowTitle", w.windowTitle())
        add("toolTip", w.toolTip())
        if isinstance(w, QLabel | QAbstractButton):
            add("text", w.text())
        elif isinstance(w, QGroupBox):
            add("title", w.title())
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(f"tab[{i}]", w.tabText(i))
        elif isinstance(w, QComboBox):
            if not w.isEditable():
                for i in range(w.count()):
                    add(f"item[{i}]", w.itemText(i))
        elif isinstance(w, QSpinBox | QDoubleSpinBox):
            add("prefix", w.prefix())
            add("suffix", w.suffix())
        elif isinstance(w, QLineEdit):
            add("placeholderText", w.placeholderText())
        elif isinstance(w, QTextEdit | QPlainTextEdit):
            add("placeholderText", w.placeholderText())
            add("plainText", w.toPlainText())
        elif isinstance(w, QWizardPage):
            add("title", w.title())
            add("subTitle", w.subTitle())
        if isinstance(w, QListWidget):
            for i in range(w.count()):
                add(f"item[{i}]", w.item(i).text())
        elif isinstance(w, QAbstractItemView):
            for prop, value in _headers(w):
                add(prop, value)
        if isinstance(w, QWizard):
            for which in (
                QWizard.WizardButton.BackButton,
                QWizard.WizardButton.NextButton,
                QWizard.WizardButton.FinishButton,
                QWizard.WizardButton.CancelButton,
            ):
                add(f"button[{which.name}]", w.buttonText(which))
        if isinstance(w, QMainWindow):
            found.extend(_actions(w.menuBar().actions(), p + "/menuBar"))
    return found
