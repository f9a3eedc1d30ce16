"""The F1 help: a semi-transparent panel over a window listing its shortcuts, from the table."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from counter_app.ui import shortcuts as keys


class HelpOverlay(QWidget):
    """Covers its window; the current screen's keys first, then the ones that work anywhere.

    page_names: the navigation pages in order, so Ctrl+1… show the page they open.
    """

    def __init__(
        self, window: QWidget, screens: list[str], page_names: list[str] | None = None
    ) -> None:
        super().__init__(window)
        self.setObjectName("helpOverlay")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.rows: list[tuple[str, str]] = []  # (keys, description) as shown, for tests
        panel = QFrame(self)
        panel.setObjectName("helpPanel")
        panel.setStyleSheet(
            "QFrame#helpPanel { background: white; border: 2px solid #0b4f8a; border-radius: 8px; }"
            "QLabel[role='keys'] { color: #0b4f8a; font-weight: bold; padding-right: 16px; }"
            "QLabel[role='section'] { color: #0b4f8a; font-weight: bold; padding-top: 8px;"
            " border-bottom: 1px solid #c8d3de; }"
        )
        column = QVBoxLayout(panel)
        column.setContentsMargins(24, 16, 24, 16)
        title = QLabel(self.tr("快捷键（按 F1 或 Esc 关闭）"))
        title.setObjectName("helpTitle")
        title.setStyleSheet("font-weight: bold; color: #0b4f8a;")
        column.addWidget(title)
        # One column per section, side by side: the list stays short at large type sizes.
        columns = QHBoxLayout()
        columns.setSpacing(32)
        column.addLayout(columns)
        for screen in screens:
            grid = QGridLayout()
            grid.setHorizontalSpacing(12)
            grid.setVerticalSpacing(4)
            section = QLabel(keys.text(keys.SCREENS[screen]))
            section.setProperty("role", "section")
            grid.addWidget(section, 0, 0, 1, 2)
            row = 1
            for entry in keys.for_screen(screen):
                for shown_keys, what in self._lines(entry, page_names or []):
                    key_label = QLabel(shown_keys)
                    key_label.setProperty("role", "keys")
                    grid.addWidget(key_label, row, 0, Qt.AlignmentFlag.AlignTop)
                    text = QLabel(what)
                    text.setWordWrap(True)
                    grid.addWidget(text, row, 1)
                    self.rows.append((shown_keys, what))
                    row += 1
            grid.setColumnStretch(1, 1)
            grid.setRowStretch(row, 1)
            columns.addLayout(grid, 1)
        self.panel = panel
        window.installEventFilter(self)
        self._fit()
        self.show()
        self.raise_()
        self.setFocus()

    @staticmethod
    def _lines(entry: keys.Shortcut, page_names: list[str]) -> list[tuple[str, str]]:
        if entry.action == "goto_page":
            pattern = keys.text(entry.description)
            return [
                (k, pattern.format(name)) for k, name in zip(entry.keys, page_names, strict=False)
            ]
        return [(keys.keys_text(entry.action), keys.text(entry.description))]

    def _fit(self) -> None:
        window = self.parentWidget()
        assert window is not None
        self.setGeometry(window.rect())
        hint = self.panel.sizeHint()
        width = min(max(hint.width(), 480), 900, self.width() - 40)
        wanted = self.panel.heightForWidth(width)
        height = min(wanted if wanted > 0 else hint.height(), self.height() - 40)
        self.panel.setGeometry(
            (self.width() - width) // 2, (self.height() - height) // 2, width, height
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 110))  # dims the screen beneath

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F1):
            self.close_overlay()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: object) -> None:
        self.close_overlay()

    def close_overlay(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            parent.removeEventFilter(self)
        self.hide()
        self.deleteLater()
