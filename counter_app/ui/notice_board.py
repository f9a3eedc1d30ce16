"""Notices where the clerk already looks: a coloured board on the today page, and the
停电查询 answer on the lookup page ("is there an outage at my place?")."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.services import announcements
from counter_app.services.announcements import NoticeRow
from counter_app.services.context import AppContext
from counter_app.ui.i18n import tr_data, tr_message
from counter_app.ui.refusals import refusal_shown

# (background, text) per kind: outages stand out, a fault most of all.
KIND_COLOURS = {
    "unplanned_outage": ("#fde7ea", "#b00020"),
    "planned_outage": ("#fff1de", "#8a4500"),
    "service": ("#e8f1fb", "#0b4f8a"),
}
BOARD_LIMIT = 5  # more than this on the today page: the rest on the 公告 page
CLEAR = "#1b7a3a"


def notice_html(row: NoticeRow, area_label: str, reason_label: str) -> str:
    """One notice in a line or two: kind and status, title, time, area, reason."""
    _, ink = KIND_COLOURS.get(row.kind, KIND_COLOURS["service"])
    head = (
        f'<span style="color:{ink}; font-weight:bold;">【{escape(tr_data(row.kind_name))}·'
        f"{escape(tr_data(row.status_name))}】{escape(row.title)}</span>"
    )
    lines = [head, escape(tr_message(row.period))]
    if row.area:
        lines.append(f"{escape(area_label)}{escape(row.area)}")
    if row.reason:
        lines.append(f"{escape(reason_label)}{escape(row.reason)}")
    return lines[0] + "<br/>" + "　　".join(lines[1:])


class NoticeBoard(QFrame):
    """The current and upcoming notices, outages first, each on its kind's colour."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBoard")
        self.ctx = ctx
        self.rows: list[NoticeRow] = []
        self.labels: list[QLabel] = []
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(4)

    def refresh(self) -> None:
        # A bad data file: said where the notices would be, as a note of the board's own.
        with refusal_shown(
            self, show_in=lambda text: self._set_labels([(text, "#fff3cd", "#664d03")])
        ) as refused:
            self.rows = announcements.current_and_upcoming(self.ctx)
        if refused:
            self.rows = []
            return
        shown = [
            (
                notice_html(r, self.tr("范围："), self.tr("原因：")),
                *KIND_COLOURS.get(r.kind, KIND_COLOURS["service"]),
            )
            for r in self.rows[:BOARD_LIMIT]
        ]
        if len(self.rows) > BOARD_LIMIT:
            more = self.tr("另有 {0} 条公告，请到“公告”页查看").format(len(self.rows) - BOARD_LIMIT)
            shown.append((escape(more), "#f4f4f4", "#555555"))
        self._set_labels(shown)

    def _set_labels(self, shown: list[tuple[str, str, str]]) -> None:
        for label in self.labels:
            self.box.removeWidget(label)
            label.deleteLater()
        self.labels = []
        for html, background, ink in shown:
            label = QLabel(html, self)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setStyleSheet(
                f"background:{background}; color:#222222; border-left:5px solid {ink};"
                " padding:5px 8px;"
            )
            self.box.addWidget(label)
            self.labels.append(label)
        self.setVisible(bool(shown))


class OutagePanel(QGroupBox):
    """停电查询: notices covering the shown customer's addresses, or an area keyword."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outagePanel")
        self.setTitle(self.tr("停电查询"))
        self.ctx = ctx
        self.found: list[NoticeRow] = []
        self.keywordEdit = QLineEdit(self)
        self.keywordEdit.setObjectName("outageKeywordEdit")
        self.keywordEdit.setPlaceholderText(self.tr("输入街道、村、小区或台区名称，查询停电公告"))
        self.keywordEdit.setClearButtonEnabled(True)
        self.searchButton = QPushButton(self.tr("查停电"), self)
        self.searchButton.setObjectName("outageSearchButton")
        self.searchButton.setAutoDefault(False)
        self.answerLabel = QLabel(self)
        self.answerLabel.setObjectName("outageAnswerLabel")
        self.answerLabel.setTextFormat(Qt.TextFormat.RichText)
        self.answerLabel.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.keywordEdit, 1)
        row.addWidget(self.searchButton)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.addLayout(row)
        layout.addWidget(self.answerLabel)
        self.answerLabel.setVisible(False)
        self.keywordEdit.returnPressed.connect(self.search)
        self.searchButton.clicked.connect(self.search)

    def search(self) -> None:
        keyword = self.keywordEdit.text().strip()
        if len(keyword) < announcements.MIN_TERM:
            self._answer(escape(self.tr("请至少输入2个字的地名，例如街道、村或台区名称")))
            return
        self._show([(keyword, self._for(keyword))], self.tr("“{0}”"))

    def show_for_accounts(self, accounts: Sequence[tuple[str, str]]) -> None:
        """Beside a customer's story: the notices covering each (户号, 用电地址)."""
        places = [(no, address) for no, address in accounts if address.strip()]
        if not places:
            self._answer("")
            return
        self._show(
            [(f"{no} {address}", self._for(address)) for no, address in places],
            self.tr("户号 {0}"),
        )

    def _for(self, text: str) -> list[NoticeRow]:
        with refusal_shown(self, show_in=lambda said: self._answer(escape(said))):
            return announcements.for_address(self.ctx, text)
        return []  # refused: said in the answer line

    def _show(self, answers: list[tuple[str, list[NoticeRow]]], place: str) -> None:
        self.found = [r for _, rows in answers for r in rows]
        parts = []
        for where, rows in answers:
            where_html = escape(place.format(where))
            if not rows:
                clear = self.tr("目前没有停电或服务公告")
                parts.append(f'{where_html}：<span style="color:{CLEAR};">{escape(clear)}</span>')
                continue
            parts.append(f"{where_html}：")
            parts += [notice_html(r, self.tr("范围："), self.tr("原因：")) for r in rows]
        self._answer("<br/>".join(parts))

    def _answer(self, html: str) -> None:
        self.answerLabel.setText(html)
        self.answerLabel.setVisible(bool(html))
