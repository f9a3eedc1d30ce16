"""便捷查询: one search box; the results (masked) and the chosen customer's whole story."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHeaderView, QPushButton, QTableWidgetItem, QWidget

from counter_app.domain.clock import format_local, local_date
from counter_app.domain.permissions import may
from counter_app.services import customer_history, lookup, reconnection
from counter_app.ui import disconnection_dialog
from counter_app.ui import shortcuts as keys
from counter_app.ui.forms.ui_lookup_page import Ui_LookupPage
from counter_app.ui.i18n import tr_data
from counter_app.ui.notice_board import OutagePanel
from counter_app.ui.page_contract import Page, PageKit
from counter_app.ui.refusals import refusal_shown, say_done, say_info, show_refusal

RED = "#b00020"
GREEN = "#1b7a3a"
GREY = "#666666"
SEARCH_LIMIT = 50


class LookupPage(Page):
    """Type any key a customer has at hand, press Enter, pick a line to see everything."""

    pay_account = Signal(str)  # a double-click on a result takes the clerk to 收费

    def __init__(self, kit: PageKit, parent: QWidget | None = None) -> None:
        super().__init__(kit, parent)
        self.ui = Ui_LookupPage()
        self.ui.setupUi(self)
        self.hits: list[lookup.CustomerHit] = []
        self.shown: customer_history.CustomerDetail | None = None
        self.headers = [
            self.tr("客户"),
            self.tr("类型"),
            self.tr("证件号码"),
            self.tr("手机号码"),
            self.tr("户号"),
            self.tr("匹配项"),
            self.tr("用电地址"),
        ]
        table = self.ui.resultsTable
        table.setColumnCount(len(self.headers))
        table.setHorizontalHeaderLabels(self.headers)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # A few result lines, and room for the customer's story below them.
        self.ui.splitter.setSizes([220, 520])
        self.ui.searchEdit.returnPressed.connect(self.search)
        self.ui.searchButton.clicked.connect(self.search)
        table.itemSelectionChanged.connect(self._show_selected)
        table.itemDoubleClicked.connect(self._pay)
        table.setToolTip(keys.tooltip("lookup_pay", self.tr("双击一行为该户收费")))
        self.ui.searchEdit.setToolTip(
            "\n".join(keys.tooltip(a) for a in ("lookup", "lookup_search", "lookup_results"))
        )
        # Down from the search box into the results, Enter on a result: 收费 for that account.
        self.ui.searchEdit.installEventFilter(self)
        table.installEventFilter(self)
        # 停电查询: the shown customer's addresses, or an area keyword, against the notices.
        self.outages = OutagePanel(kit.ctx, self)
        self.ui.mainLayout.insertWidget(self.ui.mainLayout.indexOf(self.ui.splitter), self.outages)
        # 欠费停电 is a supervisor's record (domain/permissions.py); the service asks again.
        self.disconnectButton = QPushButton(self.tr("登记欠费停电…"), self)
        self.disconnectButton.setObjectName("disconnectButton")
        self.disconnectButton.setVisible(may(kit.user.role, "account.disconnect"))
        self.disconnectButton.setEnabled(False)
        self.disconnectButton.clicked.connect(self.record_disconnection)
        self.ui.mainLayout.addWidget(self.disconnectButton)
        self.ui.searchEdit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        table = self.ui.resultsTable
        if watched is self.ui.searchEdit and event.key() == Qt.Key.Key_Down and self.hits:
            table.setFocus(Qt.FocusReason.TabFocusReason)
            if table.currentRow() < 0:
                table.selectRow(0)
            return True
        if watched is table and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
            if item is not None:
                self._pay(item)
            return True
        return False

    # -- searching -------------------------------------------------------------------

    def _say(self, text: str, info: bool = False) -> None:
        # A fact is plain; nothing to search for, or nothing found, reads as a refusal.
        if info:
            say_info(self.ui.messageLabel, text)
        else:
            show_refusal(self, text, line=self.ui.messageLabel)

    def refresh(self) -> None:
        """F5: the same search again, when there is one."""
        if self.ui.searchEdit.text().strip():
            self.search()

    def search(self) -> None:
        typed = self.ui.searchEdit.text().strip()
        self.ui.detailView.clear()
        if not typed:
            self._show([])
            self._say(self.tr("请输入受理编号、户号、证件号码、手机号码，或姓名/地址的一部分"))
            return
        with refusal_shown(self, line=self.ui.messageLabel) as refused:
            hits = lookup.search(self.ctx, typed, limit=SEARCH_LIMIT)
        if refused:
            self._show([])
            return
        self._show(hits)
        if not hits:
            hint = ""
            if lookup.search_keys(typed)[:1] == [("text", typed)] and len(typed) < 3:
                hint = self.tr("（少于3个字时只按姓名开头查找；查地址请至少输入3个字）")
            self._say(self.tr("没有找到与“{0}”相符的客户").format(typed) + hint)
            return
        if len(hits) >= SEARCH_LIMIT:
            self._say(
                self.tr("只显示前{0}位客户，请输入更完整的内容以缩小范围").format(SEARCH_LIMIT),
                info=True,
            )
        else:
            self._say(self.tr("找到 {0} 位客户，选中一行查看详情").format(len(hits)), info=True)
        self.ui.resultsTable.selectRow(0)

    def _show(self, hits: list[lookup.CustomerHit]) -> None:
        self.hits = hits
        table = self.ui.resultsTable
        table.clearSelection()
        table.setRowCount(len(hits))
        for r, hit in enumerate(hits):
            matched = tr_data(hit.matched)
            matched += f" {hit.application_no}" if hit.application_no else ""
            cells = [
                hit.name,
                tr_data(hit.kind_name),
                hit.cert_no,
                hit.mobile,
                hit.account_no,
                matched,
                hit.address,
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, hit.customer_id)
                table.setItem(r, c, item)

    def _pay(self, item: QTableWidgetItem) -> None:
        if 0 <= item.row() < len(self.hits) and self.hits[item.row()].account_no:
            self.pay_account.emit(self.hits[item.row()].account_no)

    def _show_selected(self) -> None:
        rows = sorted({i.row() for i in self.ui.resultsTable.selectedIndexes()})
        if rows and rows[0] < len(self.hits):
            self.show_customer(self.hits[rows[0]].customer_id)

    def show_customer(self, customer_id: int) -> None:
        with refusal_shown(self, line=self.ui.messageLabel) as refused:
            detail = customer_history.customer_detail(self.ctx, customer_id)
        if refused:
            self.ui.detailView.clear()
            self.shown = None
            self.disconnectButton.setEnabled(False)
            return
        self.ui.detailView.setHtml(detail_html(detail))
        self.outages.show_for_accounts([(a.account_no, a.address) for a in detail.accounts])
        self.shown = detail
        self.disconnectButton.setEnabled(bool(self._disconnectable()))

    def _disconnectable(self) -> list[str]:
        """The shown customer's accounts that may be recorded as 欠费停电 now."""
        if self.shown is None:
            return []
        return [a.account_no for a in self.shown.accounts if a.status != "closed" and not a.supply]

    def record_disconnection(self) -> None:
        accounts = self._disconnectable()
        if self.user is None or self.shown is None or not accounts:
            return
        answer = disconnection_dialog.ask_disconnection(
            self, accounts, local_date(self.ctx.clock())
        )
        if answer is None:
            return
        account_no, day, note = answer
        with refusal_shown(self, line=self.ui.messageLabel) as refused:
            number = reconnection.record_disconnection(self.ctx, self.user, account_no, day, note)
        if refused:
            return
        self.show_customer(self.shown.customer_id)
        say_done(
            self.ui.messageLabel,
            self.tr("已登记户号 {0} 欠费停电（{1}）").format(account_no, number),
        )


# -- the detail as HTML (QTextBrowser's rich-text subset) -----------------------------------


def _cell(text: str, style: str = "", width: str = "") -> str:
    attr = f' style="{style}"' if style else ""
    attr += f' width="{width}"' if width else ""
    return f"<td{attr}>{escape(text)}</td>"


# The detail's tables, by their columns (Chinese; translated when shown).
# fmt: off
STEP_COLUMNS = ("", QT_TRANSLATE_NOOP("LookupPage", "办电环节"),
                QT_TRANSLATE_NOOP("LookupPage", "时限"), QT_TRANSLATE_NOOP("LookupPage", "进度"))
ACCOUNT_COLUMNS = (
    QT_TRANSLATE_NOOP("LookupPage", "户号"), QT_TRANSLATE_NOOP("LookupPage", "用电地址"),
    QT_TRANSLATE_NOOP("LookupPage", "类别"), QT_TRANSLATE_NOOP("LookupPage", "电压"),
    QT_TRANSLATE_NOOP("LookupPage", "容量"), QT_TRANSLATE_NOOP("LookupPage", "状态"),
)
VISIT_COLUMNS = (
    QT_TRANSLATE_NOOP("LookupPage", "来访编号"), QT_TRANSLATE_NOOP("LookupPage", "时间"),
    QT_TRANSLATE_NOOP("LookupPage", "业务"), QT_TRANSLATE_NOOP("LookupPage", "柜台"),
    QT_TRANSLATE_NOOP("LookupPage", "营业员"), QT_TRANSLATE_NOOP("LookupPage", "结果"),
)
# fmt: on


def _table(columns: tuple[str, ...], rows: list[str], widths: list[str] | None = None) -> str:
    widths = widths or [""] * len(columns)
    headers = [QCoreApplication.translate("LookupPage", c) if c else "" for c in columns]
    head = "".join(
        f'<th align="left" bgcolor="#eef3f8"{f" width={w!r}" if w else ""}>{escape(h)}</th>'
        for h, w in zip(headers, widths, strict=True)
    )
    return (
        '<table border="1" cellspacing="0" cellpadding="4" '
        'style="border-color:#c8d3de; border-style:solid;">'
        f"<tr>{head}</tr>{''.join(rows)}</table>"
    )


def _day(d: date) -> str:
    return d.isoformat()


def _application_html(app: customer_history.ApplicationLine) -> str:
    # Built outside any widget: its texts live in LookupPage's context.
    if app.status == "completed":
        colour = GREEN
    elif app.overdue:
        colour = RED
    else:
        colour = "#0b4f8a" if app.status == "in_progress" else GREY
    status = tr_data(app.status_name)
    if app.overdue:
        status = QCoreApplication.translate("LookupPage", "{0}（已超期）").format(status)
    where = app.account_no or QCoreApplication.translate("LookupPage", "（新装，尚无户号）")
    dates = QCoreApplication.translate("LookupPage", "受理 {0}　承诺完成 {1}").format(
        format_local(app.accepted_at), _day(app.promised_date)
    )
    if app.completed_at is not None:
        dates += QCoreApplication.translate("LookupPage", "　办结 {0}").format(
            format_local(app.completed_at)
        )
    dates += QCoreApplication.translate("LookupPage", "　户号 {0}　{1}").format(where, app.address)
    title = (
        f"<p><b>{escape(app.application_no)}</b>　{escape(tr_data(app.business_name))}　"
        f'<span style="color:{colour}; font-weight:bold;">{escape(status)}</span><br/>'
        f'<span style="color:{GREY};">{escape(dates)}</span></p>'
    )
    rows = []
    for st in app.steps:
        if st.completed_at is not None:
            when = QCoreApplication.translate("LookupPage", "完成于 {0}")
            mark, when, style = "●", when.format(format_local(st.completed_at)), f"color:{GREEN};"
        elif app.status == "cancelled":
            when = QCoreApplication.translate("LookupPage", "未办理（已撤销）")
            mark, style = "—", f"color:{GREY};"
        elif st.overdue:
            when = QCoreApplication.translate("LookupPage", "已超期：应于 {0} 前完成")
            mark, when, style = "▲", when.format(_day(st.due_date)), f"color:{RED};"
        else:
            if app.status in ("paused", "returned"):
                when = QCoreApplication.translate("LookupPage", "应于 {0} 前完成（暂停计时）")
            else:
                when = QCoreApplication.translate("LookupPage", "应于 {0} 前完成")
            mark, when, style = "○", when.format(_day(st.due_date)), ""
        name = tr_data(st.name)
        if st.current:
            name = QCoreApplication.translate("LookupPage", "{0}（当前环节）").format(name)
        weight = " font-weight:bold;" if st.current else ""
        limit = QCoreApplication.translate("LookupPage", "{0}个工作日").format(st.limit_days)
        rows.append(
            "<tr>"
            + _cell(mark, style)
            + _cell(name, style + weight)
            + _cell(limit, style)
            + _cell(when, style)
            + "</tr>"
        )
    return title + _table(STEP_COLUMNS, rows, ["24", "220", "110", "360"])


def _supply_text(a: customer_history.AccountLine) -> str:
    if a.supply == "reconnecting" and a.reconnect_by is not None:
        text = QCoreApplication.translate("LookupPage", "欠费停电，复电办理中（{0}前）")
        return text.format(format_local(a.reconnect_by))
    return QCoreApplication.translate("LookupPage", "欠费停电")


def detail_html(d: customer_history.CustomerDetail) -> str:
    """The customer, their accounts, applications with step timelines, recent visits."""
    nothing = QCoreApplication.translate("LookupPage", "（无）")
    none = f"<p>{escape(nothing)}</p>"
    cert = QCoreApplication.translate("LookupPage", "{0}：{1}　手机：{2}　来访 {3} 次")
    cert = cert.format(tr_data(d.cert_type), d.cert_no, d.mobile or "—", d.visit_total)
    accounts = QCoreApplication.translate("LookupPage", "用电户（{0} 个）")
    parts = [
        f'<h3>{escape(d.name)} <span style="color:{GREY}; font-weight:normal;">'
        f"（{escape(tr_data(d.kind_name))}）</span></h3>",
        f"<p>{escape(cert)}</p>",
        f"<h4>{escape(accounts.format(len(d.accounts)))}</h4>",
    ]
    account_rows = []
    for a in d.accounts:
        capacity = f"{a.capacity_kw.normalize():f} kW" if a.capacity_kw is not None else "—"
        style = f"color:{GREY};" if a.status == "closed" else ""
        texts = (a.account_no, a.address, tr_data(a.category), tr_data(a.voltage), capacity)
        status, status_style = tr_data(a.status_name), style
        if a.supply:  # no power: the clerk must see it before anything else
            status, status_style = _supply_text(a), f"color:{RED}; font-weight:bold;"
        account_rows.append(
            "<tr>" + "".join(_cell(t, style) for t in texts) + _cell(status, status_style) + "</tr>"
        )
    parts.append(_table(ACCOUNT_COLUMNS, account_rows) if account_rows else none)
    applications = QCoreApplication.translate("LookupPage", "业务受理（{0} 件）")
    parts.append(f"<h4>{escape(applications.format(len(d.applications)))}</h4>")
    if not d.applications:
        parts.append(none)
    parts += [_application_html(app) for app in d.applications]
    shown = len(d.visits)
    if shown < d.visit_total:
        visits = QCoreApplication.translate("LookupPage", "来访记录（共 {0} 次，显示最近 {1} 次）")
    else:
        visits = QCoreApplication.translate("LookupPage", "来访记录（共 {0} 次）")
    parts.append(f"<h4>{escape(visits.format(d.visit_total, shown))}</h4>")
    visit_rows = []
    for v in d.visits:
        style = f"color:{RED};" if v.outcome == "needs_documents" else ""
        visit_rows.append(
            "<tr>"
            + _cell(v.visit_no)
            + _cell(format_local(v.started_at))
            + _cell(tr_data(v.business_name))
            + _cell(v.counter)
            + _cell(v.clerk)
            + _cell(tr_data(v.outcome_name), style)
            + "</tr>"
        )
    parts.append(_table(VISIT_COLUMNS, visit_rows) if visit_rows else none)
    return "".join(parts)
