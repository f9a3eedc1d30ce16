"""The main window's pages: today's work and the business catalogue."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QTableWidgetItem, QWidget

from counter_app.domain.clock import format_local
from counter_app.domain.permissions import may
from counter_app.services import applications, business_usage, drafts, field_visits, tracking
from counter_app.ui import shortcuts as keys
from counter_app.ui.day_text import day_text
from counter_app.ui.forms.ui_catalogue_page import Ui_CataloguePage
from counter_app.ui.forms.ui_today_page import Ui_TodayPage
from counter_app.ui.i18n import tr_data
from counter_app.ui.notice_board import NoticeBoard
from counter_app.ui.page_contract import Page, PageKit

CATEGORY_NAMES = {
    "connection": QT_TRANSLATE_NOOP("CataloguePage", "业扩报装"),
    "change": QT_TRANSLATE_NOOP("CataloguePage", "变更用电"),
}
OVERDUE = QBrush(QColor("#b00020"))


def fill_table(table, headers: list[str], rows: list[list[str]], stretch: int = 2) -> None:  # type: ignore[no-untyped-def]
    """Fill a read-only table; column `stretch` (often the customer or address) takes the slack."""
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(tr_data(text)))
    header = table.horizontalHeader()
    header.setMinimumSectionSize(80)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(min(stretch, len(headers) - 1), QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setVisible(False)
    # Room for the header and two rows at the clerk's type size, not a fixed 120 px: three
    # such tables share the 今日工作 page on a 768-pixel screen (test_screens_fit.py).
    rows_shown = 2 * table.verticalHeader().defaultSectionSize()
    table.setMinimumHeight(header.sizeHint().height() + rows_shown + 2 * table.frameWidth())


class CataloguePage(Page):
    """Every business the definitions offer; starting one opens its wizard."""

    start_business = Signal(str)

    def __init__(self, kit: PageKit, parent: QWidget | None = None) -> None:
        super().__init__(kit, parent)
        self.ui = Ui_CataloguePage()
        self.ui.setupUi(self)
        self.ui.businessList.currentItemChanged.connect(self._describe)
        self.ui.businessList.itemActivated.connect(lambda _item: self._start())
        self.ui.startButton.clicked.connect(self._start)
        self.ui.startButton.setToolTip(keys.tooltip("start_business"))
        self.ui.businessList.setToolTip(keys.tooltip("start_business"))
        self.refresh()

    def codes(self) -> list[str]:
        items = self.ui.businessList
        return [items.item(row).data(Qt.ItemDataRole.UserRole) for row in range(items.count())]

    def refresh(self) -> None:
        """The hall's most used businesses first (services/business_usage.py); the top one
        chosen, so Enter starts it."""
        items = self.ui.businessList
        items.clear()
        for defn in business_usage.business_order(self.ctx):
            category = tr_data(CATEGORY_NAMES.get(defn.category, defn.category))
            item = QListWidgetItem(
                self.tr("{0}    〔{1}·{2}个工作日〕").format(
                    tr_data(defn.name), category, defn.time_limit_days
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, defn.code)
            items.addItem(item)
        if items.count():
            items.setCurrentRow(0)

    def _describe(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self.ui.detailLabel.clear()
            return
        defn = self.ctx.workflows[item.data(Qt.ItemDataRole.UserRole)]
        steps = " → ".join(tr_data(s.name) for s in defn.steps)
        docs = self.tr("、").join(
            tr_data(d.name) for d in defn.documents if d.required and not d.when
        )
        self.ui.detailLabel.setText(
            self.tr("办电环节：{0}\n承诺时限：{1}个工作日\n必备资料：{2}").format(
                steps, defn.time_limit_days, docs or "—"
            )
        )

    def _start(self) -> None:
        item = self.ui.businessList.currentItem()
        if item is not None:
            self.start_business.emit(item.data(Qt.ItemDataRole.UserRole))


class TodayPage(Page):
    """The clerk's day: what is due or overdue (red), drafts to resume, what was accepted."""

    open_application = Signal(str)
    resume_draft = Signal(int)
    open_visits = Signal()  # the 走访调查 line's link

    def __init__(self, kit: PageKit, parent: QWidget | None = None) -> None:
        super().__init__(kit, parent)
        self.ui = Ui_TodayPage()
        self.ui.setupUi(self)
        self.reprint = kit.print_slip  # the acceptance slip again
        self.numbers: list[str] = []
        self.work: list[tracking.WorkItem] = []
        self.drafts: list[drafts.DraftRow] = []
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.reprintButton.clicked.connect(self._reprint)
        self.ui.openButton.clicked.connect(self._open)
        self.ui.workTable.doubleClicked.connect(lambda _index: self._open())
        self.ui.applicationsTable.doubleClicked.connect(lambda _index: self._open_accepted())
        self.ui.resumeDraftButton.clicked.connect(self._resume)
        self.ui.draftsTable.doubleClicked.connect(lambda _index: self._resume())
        self.ui.discardDraftButton.clicked.connect(self._discard)
        self.ui.visitsLabel.linkActivated.connect(lambda _link: self.open_visits.emit())
        # Outage and service notices, prominently under the day's summary (and the visits').
        self.notice_board = NoticeBoard(kit.ctx, self)
        self.ui.mainLayout.insertWidget(3, self.notice_board)
        self.refresh()

    def refresh(self) -> None:
        self.notice_board.refresh()
        self._show_visits()
        self.work = tracking.work_list(self.ctx)
        self.drafts = drafts.open_drafts(self.ctx)
        rows = applications.todays_applications(self.ctx)
        self.numbers = [r.application_no for r in rows]
        overdue = sum(1 for w in self.work if w.overdue)
        self.ui.summaryLabel.setText(
            self.tr("今日已受理 {0} 件；待办 {1} 件，其中超期 {2} 件；草稿 {3} 件").format(
                len(rows), len(self.work), overdue, len(self.drafts)
            )
        )
        fill_table(
            self.ui.workTable,
            [
                self.tr("受理编号"),
                self.tr("业务"),
                self.tr("客户"),
                self.tr("当前环节"),
                self.tr("到期日"),
                self.tr("状态"),
            ],
            [
                [
                    w.application_no,
                    tr_data(w.business_name),
                    w.customer,
                    tr_data(w.step),
                    # A 复电 is due at an hour (24 h after the payment), not on a day.
                    format_local(w.deadline) if w.deadline else day_text(w.due),
                    self.tr("已超期") if w.overdue else tr_data(w.status),
                ]
                for w in self.work
            ],
        )
        for row, item in enumerate(self.work):
            if item.overdue:
                for col in range(self.ui.workTable.columnCount()):
                    self.ui.workTable.item(row, col).setForeground(OVERDUE)
        fill_table(
            self.ui.draftsTable,
            [self.tr("业务"), self.tr("客户"), self.tr("保存人"), self.tr("保存时间")],
            [
                [tr_data(d.business_name), d.label, d.clerk, format_local(d.updated_at)]
                for d in self.drafts
            ],
            stretch=1,
        )
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
                    tr_data(r.business_name),
                    r.customer,
                    format_local(r.accepted_at),
                    day_text(r.promised_date),
                    tr_data(r.status),
                ]
                for r in rows
            ],
        )

    def _show_visits(self) -> None:
        """One line: my visits still to make and, for a supervisor, the plans' progress;
        hidden when there is neither (a hall that makes no plans sees nothing of them)."""
        parts = []
        if may(self.user.role, "visits.record"):
            mine = field_visits.to_do(self.ctx, self.user)
            if mine:
                overdue = sum(1 for t in mine if t.overdue)
                parts.append(
                    self.tr("我的走访：待走访 {0} 户，其中超期 {1} 户，最早 {2} 前完成").format(
                        len(mine), overdue, day_text(min(t.due_date for t in mine))
                    )
                )
        if may(self.user.role, "visits.plan"):
            plans = field_visits.list_plans(self.ctx)
            if plans:
                parts.append(
                    self.tr("走访计划 {0} 个进行中：已走访 {1}/{2} 户，超期计划 {3} 个").format(
                        len(plans),
                        sum(p.done for p in plans),
                        sum(p.total for p in plans),
                        sum(1 for p in plans if p.overdue),
                    )
                )
        label = self.ui.visitsLabel
        label.setVisible(bool(parts))
        if parts:
            label.setText(
                escape(self.tr("；").join(parts))
                + "　<a href='visits'>"
                + escape(self.tr("查看走访调查"))
                + "</a>"
            )

    def _open(self) -> None:
        row = self.ui.workTable.currentRow()
        if 0 <= row < len(self.work):
            self.open_application.emit(self.work[row].application_no)

    def _open_accepted(self) -> None:
        row = self.ui.applicationsTable.currentRow()
        if 0 <= row < len(self.numbers):
            self.open_application.emit(self.numbers[row])

    def _resume(self) -> None:
        row = self.ui.draftsTable.currentRow()
        if 0 <= row < len(self.drafts):
            self.resume_draft.emit(self.drafts[row].id)

    def _discard(self) -> None:
        row = self.ui.draftsTable.currentRow()
        if 0 <= row < len(self.drafts):
            drafts.discard_draft(self.ctx, self.user, self.drafts[row].id)
            self.refresh()

    def _reprint(self) -> None:
        row = self.ui.applicationsTable.currentRow()
        if 0 <= row < len(self.numbers):
            self.reprint(self.numbers[row])
