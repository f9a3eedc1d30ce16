"""The main window's pages: today's work and the business catalogue."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QTableWidgetItem, QWidget

from counter_app.domain.clock import chinese_date, format_local
from counter_app.services import applications
from counter_app.services.context import AppContext
from counter_app.ui.forms.ui_catalogue_page import Ui_CataloguePage
from counter_app.ui.forms.ui_today_page import Ui_TodayPage

CATEGORY_NAMES = {"connection": "业扩报装", "change": "变更用电"}


def fill_table(table, headers: list[str], rows: list[list[str]]) -> None:  # type: ignore[no-untyped-def]
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setVisible(False)


class CataloguePage(QWidget):
    """Every business the definitions offer; starting one opens its wizard."""

    start_business = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CataloguePage()
        self.ui.setupUi(self)
        self.ctx = ctx
        for defn in sorted(ctx.workflows.values(), key=lambda d: (d.category, d.code)):
            category = CATEGORY_NAMES.get(defn.category, defn.category)
            item = QListWidgetItem(f"{defn.name}    〔{category}·{defn.time_limit_days}个工作日〕")
            item.setData(Qt.ItemDataRole.UserRole, defn.code)
            self.ui.businessList.addItem(item)
        self.ui.businessList.currentItemChanged.connect(self._describe)
        self.ui.businessList.itemActivated.connect(lambda _item: self._start())
        self.ui.startButton.clicked.connect(self._start)
        if self.ui.businessList.count():
            self.ui.businessList.setCurrentRow(0)

    def _describe(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self.ui.detailLabel.clear()
            return
        defn = self.ctx.workflows[item.data(Qt.ItemDataRole.UserRole)]
        steps = " → ".join(f"{s.name}" for s in defn.steps)
        docs = "、".join(d.name for d in defn.documents if d.required and not d.when)
        self.ui.detailLabel.setText(
            self.tr("办电环节：{0}\n承诺时限：{1}个工作日\n必备资料：{2}").format(
                steps, defn.time_limit_days, docs or "—"
            )
        )

    def _start(self) -> None:
        item = self.ui.businessList.currentItem()
        if item is not None:
            self.start_business.emit(item.data(Qt.ItemDataRole.UserRole))


class TodayPage(QWidget):
    """Today's accepted applications, with the slip at hand for a reprint."""

    def __init__(
        self, ctx: AppContext, reprint: Callable[[str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_TodayPage()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.reprint = reprint
        self.numbers: list[str] = []
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.reprintButton.clicked.connect(self._reprint)
        self.refresh()

    def refresh(self) -> None:
        rows = applications.todays_applications(self.ctx)
        self.numbers = [r.application_no for r in rows]
        self.ui.summaryLabel.setText(self.tr("今日已受理 {0} 件").format(len(rows)))
        fill_table(
            self.ui.applicationsTable,
            [
                self.tr("受理编号"),
                self.tr("业务"),
                self.tr("客户"),
                self.tr("受理时间"),
                self.tr("承诺完成"),
                self.tr("状态"),
            ],
            [
                [
                    r.application_no,
                    r.business_name,
                    r.customer,
                    format_local(r.accepted_at),
                    chinese_date(r.promised_date),
                    r.status,
                ]
                for r in rows
            ],
        )

    def _reprint(self) -> None:
        row = self.ui.applicationsTable.currentRow()
        if 0 <= row < len(self.numbers):
            self.reprint(self.numbers[row])
