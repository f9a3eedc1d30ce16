"""The customer screen's views (客显): between customers, a payment, the payment done, a
business. Each shows one value from customer_feed.py; the window (customer_screen.py)
chooses the view. Type sizes come from the window's style sheet (the customer's size)."""

from __future__ import annotations

from decimal import Decimal
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from counter_app.services import announcements
from counter_app.services.context import AppContext
from counter_app.ui.customer_feed import BusinessShown, PaidShown, PaymentShown
from counter_app.ui.day_text import day_text
from counter_app.ui.i18n import tr_data
from counter_app.ui.notice_board import KIND_COLOURS, notice_html
from counter_app.ui.refusals import refusal_shown

NOTICES_SHOWN = 4  # at the customer's size, more would not be read from the counter


def _label(text: str = "", name: str = "", role: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    if role:
        label.setProperty("role", role)
    return label


def _money(amount: Decimal) -> str:
    return f"{amount:,.2f}"


def _clear(layout: QGridLayout | QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()  # out of sight now: it is deleted only when control returns
            widget.deleteLater()


class IdleView(QWidget):
    """Between customers: a welcome and the hall's current notices, outages first."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        column = QVBoxLayout(self)
        self.welcome = _label(self.tr("欢迎光临，请稍候"), "csWelcome")
        self.welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.welcome)
        self.notices = QVBoxLayout()
        column.addLayout(self.notices)
        column.addStretch(1)
        self.labels: list[QLabel] = []

    def refresh(self) -> None:
        _clear(self.notices)
        self.labels = []
        rows: list[announcements.NoticeRow] = []
        # A bad data file: the customer sees no notices, never the clerk's error.
        with refusal_shown(self, show_in=lambda _text: None):
            rows = announcements.current_and_upcoming(self.ctx)
        if rows:
            self.notices.addWidget(_label(self.tr("公告"), "csNoticesTitle"))
        for row in rows[:NOTICES_SHOWN]:
            background, ink = KIND_COLOURS.get(row.kind, KIND_COLOURS["service"])
            label = _label(notice_html(row, self.tr("范围："), self.tr("原因：")), role="notice")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setStyleSheet(
                f"background:{background}; color:#222222; border-left:8px solid {ink};"
                " padding:8px 12px;"
            )
            self.notices.addWidget(label)
            self.labels.append(label)


class PaymentView(QWidget):
    """The payment being keyed: account, each line with its working, total, tendered, change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setSpacing(6)
        self.account = _label(name="csAccount")
        column.addWidget(self.account)
        self.lines_widget = QWidget()
        self.lines_widget.setObjectName("csLines")
        self.grid = QGridLayout(self.lines_widget)
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(0)
        scroll = QScrollArea()
        scroll.setObjectName("csLinesScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.viewport().setAutoFillBackground(False)
        scroll.setWidget(self.lines_widget)
        column.addWidget(scroll, 1)
        # The sums never scroll away: below the lines, always in sight.
        sums = QFrame()
        sums.setObjectName("csSums")
        box = QVBoxLayout(sums)
        self.total = _label(name="csTotal")
        self.words = _label(name="csWords")
        money_row = QHBoxLayout()
        self.tendered = _label(name="csTendered")
        self.change = _label(name="csChange")
        money_row.addWidget(self.tendered)
        money_row.addStretch(1)
        money_row.addWidget(self.change)
        box.addWidget(self.total)
        box.addWidget(self.words)
        box.addLayout(money_row)
        column.addWidget(sums)
        # Each shown line's labels by column, for whoever reads the screen back (tests).
        self.rows: list[dict[str, QLabel]] = []

    def show_payment(self, shown: PaymentShown) -> None:
        self.account.setText(self.tr("户号：{0}　户名：{1}").format(shown.account, shown.name))
        _clear(self.grid)
        for r in range(self.grid.rowCount()):  # an earlier, shorter quote's last row
            self.grid.setRowStretch(r, 0)
        self.rows = []
        heads = (self.tr("月份"), self.tr("项目"), self.tr("本金"), self.tr("违约金"))
        heads += (self.tr("小计"),)
        for col, head in enumerate(heads):
            label = _label(head, role="head")
            if col >= 2:
                label.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.grid.addWidget(label, 0, col)
        for i, line in enumerate(shown.lines):
            cells = {
                "month": line.month,
                "item": tr_data(line.item),
                "principal": _money(line.principal),
                "late_fee": _money(line.late_fee),
                "amount": _money(line.amount),
            }
            row: dict[str, QLabel] = {}
            for col, (key, text) in enumerate(cells.items()):
                label = _label(text, role="cell")
                label.setWordWrap(key == "item")
                if col >= 2:
                    label.setAlignment(Qt.AlignmentFlag.AlignRight)
                self.grid.addWidget(label, 1 + 2 * i, col)
                row[key] = label
            # The working under its line, across the columns: it is the longest text.
            working = _label(line.working, role="working")
            self.grid.addWidget(working, 2 + 2 * i, 1, 1, 4)
            row["working"] = working
            self.rows.append(row)
        self.grid.setColumnStretch(1, 1)
        self.grid.setRowStretch(1 + 2 * len(shown.lines), 1)
        if shown.total is None:
            self.total.setText(self.tr("正在核算，请稍候"))
            self.words.clear()
        else:
            self.total.setText(self.tr("合计：¥{0}").format(_money(shown.total)))
            self.words.setText(self.tr("人民币{0}").format(shown.words))
        self.tendered.setText(
            self.tr("实收：{0} 元").format(_money(shown.tendered))
            if shown.tendered is not None
            else ""
        )
        self.change.setText(
            self.tr("找零：{0} 元").format(_money(shown.change)) if shown.change is not None else ""
        )


class PaidView(QWidget):
    """The payment booked: 收费成功 and the change, in the largest type."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.addStretch(1)
        self.headline = _label(self.tr("收费成功"), "csPaidHeadline")
        self.amounts = _label(name="csPaidAmounts")
        self.hint = _label(self.tr("请收好找零和收据，谢谢！"), "csPaidHint")
        for label in (self.headline, self.amounts, self.hint):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addWidget(label)
        column.addStretch(1)

    def show_paid(self, paid: PaidShown) -> None:
        text = self.tr("本次收费 {0} 元").format(_money(paid.total))
        if paid.change:
            text += "\n" + self.tr("找零 {0} 元").format(_money(paid.change))
        self.amounts.setText(text)


class BusinessView(QWidget):
    """A guided business: the documents (ticked once received) and the promised date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        self.business = _label(name="csBusiness")
        column.addWidget(self.business)
        column.addWidget(_label(self.tr("所需资料："), role="head"))
        self.documents = QVBoxLayout()
        column.addLayout(self.documents)
        self.promised = _label(name="csPromised")
        column.addWidget(self.promised)
        self.accepted = _label(name="csAccepted")
        column.addWidget(self.accepted)
        column.addStretch(1)
        self.items: list[QLabel] = []

    def show_business(self, shown: BusinessShown) -> None:
        self.business.setText(self.tr("办理业务：{0}").format(tr_data(shown.business)))
        _clear(self.documents)
        self.items = []
        for doc in shown.documents:
            mark = "☑" if doc.received else "☐"
            tag = self.tr("必备") if doc.required else self.tr("可选")
            ink = "#1b7a3a" if doc.received else "#222222"
            label = _label(
                f"<span style='color:{ink}'>{mark}</span> "
                + escape(self.tr("{0}（{1}）").format(tr_data(doc.name), tag)),
                role="document",
            )
            label.setTextFormat(Qt.TextFormat.RichText)
            self.documents.addWidget(label)
            self.items.append(label)
        if not shown.documents:
            label = _label(self.tr("本业务无需提交资料"), role="document")
            self.documents.addWidget(label)
            self.items.append(label)
        self.promised.setText(
            self.tr("承诺完成日期：{0}").format(day_text(shown.promised)) if shown.promised else ""
        )
        self.accepted.setText(
            self.tr("已受理，受理编号 {0}，请收好回执").format(shown.application_no)
            if shown.application_no
            else ""
        )
