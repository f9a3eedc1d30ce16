"""Help → 使用手册: the user manual inside the program, offline, with its pictures.

docs/manual.md is rendered by Qt's own Markdown reader (QTextBrowser.setSource); its
pictures resolve beside it (docs/images), from a checkout and from the built program alike
(counter_app/resources.manual_file). The manual is written in Chinese: an English build
shows the same text. Ctrl+F searches it; the contents' links jump to their chapter.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import (
    QAction,
    QImage,
    QKeySequence,
    QPixmap,
    QResizeEvent,
    QShortcut,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from counter_app.resources import manual_file
from counter_app.ui import shortcuts as keys

if TYPE_CHECKING:
    from counter_app.ui.main_window import MainWindow

HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*$", re.MULTILINE)


def slug(heading: str) -> str:
    """The anchor a Markdown contents link uses for a heading (GitHub's rule: lower case,
    punctuation dropped, spaces to hyphens); Qt names no anchors, so links are matched here."""
    kept = "".join(ch for ch in heading.lower() if ch.isalnum() or ch in " -_")
    return kept.replace(" ", "-")


class ManualDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("manualDialog")
        self.setWindowTitle(self.tr("柜台助手 使用手册"))
        self.resize(980, 700)
        column = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("查找(&F)：")))
        self.find_edit = QLineEdit()
        self.find_edit.setObjectName("manualFind")
        self.find_edit.setPlaceholderText(self.tr("输入要查找的文字，按 Enter 找下一处"))
        bar.addWidget(self.find_edit, 1)
        self.find_button = QPushButton(self.tr("查找下一处"))
        bar.addWidget(self.find_button)
        self.found_label = QLabel()
        self.found_label.setObjectName("manualFound")
        bar.addWidget(self.found_label)
        column.addLayout(bar)
        self.browser = QTextBrowser()
        self.browser.setObjectName("manualView")
        self.browser.setOpenLinks(False)  # offline: only the manual's own chapters
        self.browser.anchorClicked.connect(self.follow)
        column.addWidget(self.browser, 1)
        label = bar.itemAt(0).widget()
        if isinstance(label, QLabel):
            label.setBuddy(self.find_edit)
        self.find_edit.returnPressed.connect(self.find_next)
        self.find_button.clicked.connect(self.find_next)
        find_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find_key.activated.connect(self.focus_find)
        path = manual_file()
        self.headings: dict[str, str] = {}
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            self.headings = {slug(h): h for h in HEADING.findall(text)}
            # setSource: pictures resolve relative to the file, as in the repository.
            self.browser.setSource(
                QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource
            )
            self.fit_pictures()
        else:  # a build without its docs: say so rather than show an empty window
            self.browser.setPlainText(self.tr("找不到使用手册文件：{0}").format(path))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_pictures()

    def fit_pictures(self) -> None:
        """Screenshots as wide as the view at most (never scrolled sideways), never enlarged."""
        doc = self.browser.document()
        room = max(200, self.browser.viewport().width() - 40)
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                it += 1
                shape = fragment.charFormat()
                if not shape.isImageFormat():
                    continue
                image = shape.toImageFormat()
                picture = doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(image.name()))
                natural = picture.width() if isinstance(picture, QPixmap | QImage) else 0
                if natural <= 0 or image.width() == min(natural, room):
                    continue
                image.setWidth(min(natural, room))
                cursor = QTextCursor(doc)
                cursor.setPosition(fragment.position())
                cursor.setPosition(
                    fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                )
                cursor.setCharFormat(image)
            block = block.next()

    def focus_find(self) -> None:
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def find_next(self) -> bool:
        """The next place the text occurs, from the cursor; at the end, again from the top."""
        wanted = self.find_edit.text().strip()
        if not wanted:
            return False
        found = self.browser.find(wanted)
        if not found:
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)
            found = self.browser.find(wanted)
        self.found_label.setText("" if found else self.tr("未找到"))
        return found

    def follow(self, url: QUrl) -> None:
        """A contents link: to its chapter's heading."""
        heading = self.headings.get(url.fragment())
        if heading is None:
            return
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        if self.browser.find(heading):
            # The heading at the top of the view, not just somewhere on screen.
            bar = self.browser.verticalScrollBar()
            bar.setValue(bar.value() + self.browser.cursorRect().top())


def open_manual(window: QWidget) -> ManualDialog:
    """One manual window, brought forward again when already open (not modal: the clerk
    reads while working)."""
    dialog = window.findChild(ManualDialog)
    if dialog is None:
        dialog = ManualDialog(window)
    elif dialog.isVisible():
        dialog.raise_()
        dialog.activateWindow()
    dialog.show()
    return dialog


def install(window: MainWindow) -> QAction:
    """Help → 使用手册, first in the menu, with its key (Shift+F1; F1 stays the key list)."""
    action = QAction(QCoreApplication.translate("ManualDialog", "使用手册(&M)"), window)
    action.setObjectName("manualAction")
    action.setShortcut(QKeySequence(keys.BY_ACTION["manual"].keys[0]))
    action.triggered.connect(lambda: open_manual(window))
    menu = window.ui.helpMenu
    menu.insertAction(menu.actions()[0] if menu.actions() else None, action)  # type: ignore[arg-type]
    return action
