"""便捷查询: one search box; the results (masked) and the chosen customer's whole story."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from counter_app.domain.clock import format_local
from counter_app.services import lookup
from counter_app.services.context import AppContext
from counter_app.services.errors import UserError
from counter_app.ui.forms.ui_lookup_page import Ui_LookupPage
from counter_app.ui.i18n import tr_data, tr_message

RED = "#b00020"
GREEN = "#1b7a3a"
GREY = "#666666"
INFO_STYLE = "color: #333333;"
SEARCH_LIMIT = 50


class LookupPage(QWidget):
    """Type any key a customer has at hand, press Enter, pick a line to see everything."""

    pay_account = Signal(str)  # a double-click on a result takes the clerk to 收费

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LookupPage()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.hits: list[lookup.CustomerHit] = []
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
        table.setToolTip(self.tr("双击一行为该户收费"))
        self.ui.searchEdit.setFocus()

    # -- searching -------------------------------------------------------------------

    def _say(self, text: str, info: bool = False) -> None:
        self.ui.messageLabel.setText(text)
        # The hall's style sheet shows messageLabel in red (a problem); facts are plain.
        self.ui.messageLabel.setStyleSheet(INFO_STYLE if info else "")

    def search(self) -> None:
        typed = self.ui.searchEdit.text().strip()
        self.ui.detailView.clear()
        if not typed:
            self._show([])
            self._say(self.tr("请输入受理编号、户号、证件号码、手机号码，或姓名/地址的一部分"))
            return
        try:
            hits = lookup.search(self.ctx, typed, limit=SEARCH_LIMIT)
        except UserError as exc:
            self._show([])
            self._say(tr_message(exc))
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
            matched = hit.matched + (f" {hit.application_no}" if hit.application_no else "")
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
        try:
            detail = lookup.customer_detail(self.ctx, customer_id)
        except UserError as exc:
            self._say(tr_message(exc))
            self.ui.detailView.clear()
            return
        self.ui.detailView.setHtml(detail_html(detail))


# -- the detail as HTML (QTextBrowser's rich-text subset) -----------------------------------


def _cell(text: str, style: str = "", width: str = "") -> str:
    attr = f' style="{style}"' if style else ""
    attr += f' width="{width}"' if width else ""
    return f"<td{attr}>{escape(text)}</td>"


def _table(headers: list[str], rows: list[str], widths: list[str] | None = None) -> str:
    widths = widths or [""] * len(headers)
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


def _application_html(app: lookup.ApplicationLine) -> str:
    if app.status == "completed":
        colour = GREEN
    elif app.overdue:
        colour = RED
    else:
        colour = "#0b4f8a" if app.status == "in_progress" else GREY
    status = tr_data(app.status_name) + ("（已超期）" if app.overdue else "")
    title = (
        f"<p><b>{escape(app.application_no)}</b>　{escape(app.business_name)}　"
        f'<span style="color:{colour}; font-weight:bold;">{escape(status)}</span><br/>'
        f'<span style="color:{GREY};">受理 {escape(format_local(app.accepted_at))}　'
        f"承诺完成 {escape(_day(app.promised_date))}"
    )
    if app.completed_at is not None:
        title += f"　办结 {escape(format_local(app.completed_at))}"
    where = app.account_no or "（新装，尚无户号）"
    title += f"　户号 {escape(where)}　{escape(app.address)}</span></p>"
    rows = []
    for st in app.steps:
        if st.completed_at is not None:
            mark, when, style = "●", f"完成于 {format_local(st.completed_at)}", f"color:{GREEN};"
        elif app.status == "cancelled":
            mark, when, style = "—", "未办理（已撤销）", f"color:{GREY};"
        elif st.overdue:
            mark, when, style = "▲", f"已超期：应于 {_day(st.due_date)} 前完成", f"color:{RED};"
        else:
            paused = "（暂停计时）" if app.status in ("paused", "returned") else ""
            mark, when, style = "○", f"应于 {_day(st.due_date)} 前完成{paused}", ""
        name = st.name + ("（当前环节）" if st.current else "")
        weight = " font-weight:bold;" if st.current else ""
        rows.append(
            "<tr>"
            + _cell(mark, style)
            + _cell(name, style + weight)
            + _cell(f"{st.limit_days}个工作日", style)
            + _cell(when, style)
            + "</tr>"
        )
    return title + _table(["", "办电环节", "时限", "进度"], rows, ["24", "220", "110", "360"])


def detail_html(d: lookup.CustomerDetail) -> str:
    """The customer, their accounts, applications with step timelines, recent visits."""
    parts = [
        f'<h3>{escape(d.name)} <span style="color:{GREY}; font-weight:normal;">'
        f"（{escape(tr_data(d.kind_name))}）</span></h3>",
        f"<p>{escape(d.cert_type)}：{escape(d.cert_no)}　手机：{escape(d.mobile or '—')}"
        f"　来访 {d.visit_total} 次</p>",
        f"<h4>用电户（{len(d.accounts)} 个）</h4>",
    ]
    account_rows = []
    for a in d.accounts:
        capacity = f"{a.capacity_kw.normalize():f} kW" if a.capacity_kw is not None else "—"
        style = f"color:{GREY};" if a.status == "closed" else ""
        account_rows.append(
            "<tr>"
            + "".join(
                _cell(t, style)
                for t in (
                    a.account_no,
                    a.address,
                    a.category,
                    a.voltage,
                    capacity,
                    tr_data(a.status_name),
                )
            )
            + "</tr>"
        )
    parts.append(
        _table(["户号", "用电地址", "类别", "电压", "容量", "状态"], account_rows)
        if account_rows
        else "<p>（无）</p>"
    )
    parts.append(f"<h4>业务受理（{len(d.applications)} 件）</h4>")
    if not d.applications:
        parts.append("<p>（无）</p>")
    parts += [_application_html(app) for app in d.applications]
    shown = len(d.visits)
    more = f"，显示最近 {shown} 次" if shown < d.visit_total else ""
    parts.append(f"<h4>来访记录（共 {d.visit_total} 次{more}）</h4>")
    visit_rows = []
    for v in d.visits:
        style = f"color:{RED};" if v.outcome == "needs_documents" else ""
        visit_rows.append(
            "<tr>"
            + _cell(v.visit_no)
            + _cell(format_local(v.started_at))
            + _cell(v.business_name)
            + _cell(v.counter)
            + _cell(v.clerk)
            + _cell(tr_data(v.outcome_name), style)
            + "</tr>"
        )
    parts.append(
        _table(["来访编号", "时间", "业务", "柜台", "营业员", "结果"], visit_rows)
        if visit_rows
        else "<p>（无）</p>"
    )
    return "".join(parts)
